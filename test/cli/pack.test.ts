/**
 * The CLI as users get it: pack the package (shared tarball from
 * `test/support/pack.ts`), install the tarball into an empty folder, and run
 * `npx decruft` there.
 */
import {execFileSync, spawnSync} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {packTarball} from '../support/pack.js'
import {ensureBuilt, loadBuiltCore, root, type Core} from './helpers.js'

const seed = readFileSync(join(root, 'test/fixtures/seeds/001_8ac7ddf6f77f5d42.input.txt'), 'utf8')
const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {version: string}).version

let folder: string
let core: Core

/**
 * Run `npx decruft` in the install folder.
 *
 * @param args
 *   Arguments.
 * @param input
 *   Stdin.
 * @returns
 *   Exit code and output.
 */
function npxDecruft(args: readonly string[], input = ''): {code: number | null; stdout: string; stderr: string} {
  const result = spawnSync('npx', ['--no-install', 'decruft', ...args], {cwd: folder, input, encoding: 'utf8'})
  // npm may print config warnings of this machine on stderr; keep decruft's own lines.
  const stderr = result.stderr
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith('npm warn'))
    .join('\n')
  return {code: result.status, stdout: result.stdout, stderr}
}

beforeAll(async () => {
  ensureBuilt()
  core = await loadBuiltCore()
  const tarball = packTarball()
  folder = mkdtempSync(join(tmpdir(), 'decruft-cli-install-'))
  writeFileSync(join(folder, 'package.json'), '{"name": "decruft-cli-install-test", "private": true}\n')
  execFileSync(
    'npm',
    ['install', '--no-audit', '--no-fund', '--no-package-lock', '--prefer-offline', '--loglevel=error', tarball],
    {cwd: folder, stdio: ['ignore', 'ignore', 'inherit']}
  )
}, 120_000)

afterAll(() => {
  if (folder) rmSync(folder, {recursive: true, force: true})
})

describe('npx decruft from the packed tarball', () => {
  it('should print its version', () => {
    expect(npxDecruft(['--version'])).toStrictEqual({code: 0, stdout: version + '\n', stderr: ''})
  })

  it('should clean stdin like the API', () => {
    expect(npxDecruft([], seed)).toStrictEqual({code: 0, stdout: core.clean(seed), stderr: ''})
  })

  it('should clean JSON Lines on two worker threads (the worker module is in the package)', () => {
    const input = JSON.stringify({id: 1, text: seed}) + '\n' + JSON.stringify({id: 2, text: 'Short line.'}) + '\n'
    expect(npxDecruft(['--jsonl', '--jobs', '2'], input)).toStrictEqual({
      code: 0,
      stdout: JSON.stringify({id: 1, text: core.clean(seed)}) + '\n' + JSON.stringify({id: 2, text: core.clean('Short line.')}) + '\n',
      stderr: ''
    })
  })

  it('should exit 2 on a usage error', () => {
    expect(npxDecruft(['--format', 'pdf'])).toStrictEqual({
      code: 2,
      stdout: '',
      stderr: "decruft: --format must be text, html or auto, got 'pdf'"
    })
  })
})
