/**
 * `npm pack` the package once per content, for every test that needs the
 * tarball (packaging checks, the CLI from a tarball): import `packTarball`
 * instead of packing again.
 *
 * The tarball is cached in the system temp folder under a hash of what goes
 * into it (`package.json`, `README.md` and the files under `dist/` and
 * `docs/`), so test files in parallel workers share it and a rebuild makes a
 * new one. It first rebuilds `dist/` when a source is newer than the build
 * (`test/cli/build-if-stale.mjs`), and builds and packs under the same lock
 * as the CLI tests, so no build changes `dist/` while `npm pack` reads it.
 */
import {execFileSync} from 'node:child_process'
import {createHash} from 'node:crypto'
import {existsSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

/** The repository. */
export const root = fileURLToPath(new URL('../../', import.meta.url))

/** The lock the CLI tests build under (`test/cli/helpers.ts`). */
const buildLock = '/tmp/decruft-cli-build.lock'

/**
 * Pack the package, or reuse the tarball packed from the same content.
 *
 * @returns
 *   Absolute path of the `.tgz`.
 */
export function packTarball(): string {
  const buildIfStale = path.join(root, 'test/cli/build-if-stale.mjs')
  if (existsSync(buildIfStale)) {
    execFileSync('flock', [buildLock, process.execPath, buildIfStale], {cwd: root, stdio: ['ignore', 'ignore', 'inherit']})
  }
  if (!existsSync(path.join(root, 'dist/index.js'))) {
    throw new Error('No build in dist/: run `npm run build` first (`npm test` does)')
  }
  const folder = path.join(os.tmpdir(), 'decruft-pack-' + contentHash())
  const packageJson = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
    name: string
    version: string
  }
  const tarball = path.join(folder, packageJson.name + '-' + packageJson.version + '.tgz')
  if (existsSync(tarball)) return tarball

  // Pack into a private folder, then move it in whole: a parallel worker sees
  // either no folder or a complete one.
  const staging = mkdtempSync(path.join(os.tmpdir(), 'decruft-packing-'))
  execFileSync('flock', [buildLock, 'npm', 'pack', '--silent', '--pack-destination', staging], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'pipe']
  })
  try {
    renameSync(staging, folder)
  } catch {
    // Another worker got there first with the same content.
    rmSync(staging, {recursive: true, force: true})
  }
  return tarball
}

/**
 * A hash of everything that goes into the tarball.
 *
 * @returns
 *   Hex digest.
 */
function contentHash(): string {
  const hash = createHash('sha256')
  const files = ['package.json', 'README.md', 'LICENSE']
  for (const folder of ['dist', 'docs']) {
    if (!existsSync(path.join(root, folder))) continue
    for (const file of readdirSync(path.join(root, folder), {recursive: true, encoding: 'utf8'}).sort()) {
      files.push(path.join(folder, file))
    }
  }
  for (const file of files) {
    const full = path.join(root, file)
    hash.update(file + '\0')
    try {
      hash.update(readFileSync(full))
    } catch {
      // A folder, or a file that is not there.
    }
  }
  return hash.digest('hex').slice(0, 16)
}
