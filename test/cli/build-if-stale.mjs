// Build `dist/` with tsup when any source is newer than the built CLI. Run it
// under `flock` (see helpers.ts) so parallel test files build at most once.
import {execFileSync} from 'node:child_process'
import {existsSync, readdirSync, statSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'

const root = fileURLToPath(new URL('../../', import.meta.url))
const built = ['dist/cli.js', 'dist/cli-worker.js', 'dist/index.js'].map((path) => join(root, path))

/**
 * Newest modification time under a folder.
 *
 * @param folder
 *   Absolute path.
 * @returns
 *   Milliseconds.
 */
function newest(folder) {
  let time = 0
  for (const entry of readdirSync(folder, {withFileTypes: true, recursive: true})) {
    if (entry.isFile()) time = Math.max(time, statSync(join(entry.parentPath, entry.name)).mtimeMs)
  }
  return time
}

const sources = Math.max(
  newest(join(root, 'src')),
  statSync(join(root, 'tsup.config.ts')).mtimeMs,
  statSync(join(root, 'package.json')).mtimeMs
)
const stale = built.some((path) => !existsSync(path) || statSync(path).mtimeMs < sources)
if (stale) execFileSync('npx', ['tsup'], {cwd: root, stdio: ['ignore', 'ignore', 'inherit']})
