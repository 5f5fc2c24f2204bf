import {defineConfig} from 'tsup'

export default defineConfig({
  // `cli` is the `decruft` executable (tsup keeps its shebang and run bit);
  // `cli-worker` is the module `--jobs` starts in each worker thread. The CLI
  // imports the core lazily, so `dist/cli.js` stays small and starts fast.
  entry: {index: 'src/index.ts', cli: 'src/cli.ts', 'cli-worker': 'src/cli/worker.ts'},
  format: ['esm'],
  target: 'node20',
  dts: {entry: {index: 'src/index.ts'}, compilerOptions: {ignoreDeprecations: '6.0'}},
  clean: true,
  sourcemap: false,
  splitting: true
})
