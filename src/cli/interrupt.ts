/**
 * What an interrupted run must not leave behind: the temporary files of
 * atomic writes still in progress. `Ctrl-C` (SIGINT) or SIGTERM removes them,
 * so every target is either its old file or its new one, and nothing else
 * lies next to it.
 */
import {rmSync} from 'node:fs'

/** Temporary files written but not yet renamed over their target. */
const pending = new Set<string>()

/**
 * Note a temporary file that an interruption must remove.
 *
 * @param path
 *   The temporary file.
 * @returns
 *   Nothing.
 */
export function trackTemporary(path: string): undefined {
  pending.add(path)
}

/**
 * Forget a temporary file: it was renamed over its target or removed.
 *
 * @param path
 *   The temporary file.
 * @returns
 *   Nothing.
 */
export function untrackTemporary(path: string): undefined {
  pending.delete(path)
}

/**
 * On SIGINT or SIGTERM, remove every pending temporary file and exit with
 * the shell's code for the signal (130 or 143). Call once, from the executable.
 *
 * @returns
 *   Nothing.
 */
export function cleanUpOnInterrupt(): undefined {
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143]
  ] as const) {
    process.once(signal, function () {
      for (const path of pending) rmSync(path, {force: true})
      process.exit(code)
    })
  }
}
