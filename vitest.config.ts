import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    // The code is deterministic, so a retry changes nothing for a real
    // failure; it absorbs the one kind of noise the suite has: the linear-time
    // checks (hostile input against prose, a line at 1x and 8x), which time
    // work on a shared machine and can lose a round to a neighbour.
    retry: 2
  }
})
