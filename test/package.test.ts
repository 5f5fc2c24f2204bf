/**
 * Packaging: the tarball `npm pack` makes passes publint and "are the types
 * wrong" (`--profile esm-only`: we ship ESM only), and a CommonJS project can
 * `require('decruft')` on Node >= 20.19, which loads ES modules.
 *
 * Packs what `npm run build` left in `dist/` (`npm test` builds first).
 */
import {execFileSync, spawnSync} from 'node:child_process'
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {publint} from 'publint'
import {formatMessage} from 'publint/utils'
import {beforeAll, describe, expect, it} from 'vitest'
import {clean} from '../src/index.js'
import {packTarball, root} from './support/pack.js'

/** Whether this Node can `require()` an ES module without a flag. */
const canRequireEsm = isAtLeast(process.versions.node, [20, 19, 0])

/** A seed: the built package must clean it as the source does. */
const seedFile = path.join(root, 'test/fixtures/seeds/001_8ac7ddf6f77f5d42.input.txt')
const sample = readFileSync(seedFile, 'utf8')

let tarball: string

beforeAll(() => {
  tarball = packTarball()
}, 60_000)

describe('package', () => {
  it('should expose the public api from the tarball', () => {
    const listing = execFileSync('tar', ['-tzf', tarball], {encoding: 'utf8'}).split('\n')
    expect(listing).toContain('package/dist/index.js')
    expect(listing).toContain('package/dist/index.d.ts')
    expect(listing).toContain('package/package.json')
  })

  it('should pass publint with no message at any level', async () => {
    const buffer = readFileSync(tarball)
    const {messages, pkg} = await publint({
      pack: {tarball: buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength)},
      level: 'suggestion',
      strict: true
    })
    expect(messages.map((message) => message.type + ': ' + formatMessage(message, pkg, {color: false}))).toStrictEqual([])
  })

  it('should pass "are the types wrong" with the esm-only profile', () => {
    const run = spawnSync(
      process.execPath,
      [path.join(root, 'node_modules/@arethetypeswrong/cli/dist/index.js'), tarball, '--profile', 'esm-only', '--format', 'ascii', '--no-color', '--no-emoji'],
      {encoding: 'utf8'}
    )
    expect({status: run.status, output: run.status === 0 ? '' : run.stdout + run.stderr}).toStrictEqual({status: 0, output: ''})
  })

  describe.skipIf(!canRequireEsm)('installed from the tarball (Node >= 20.19)', () => {
    let project: string

    beforeAll(() => {
      project = mkdtempSync(path.join(os.tmpdir(), 'decruft-consumer-'))
      writeFileSync(path.join(project, 'package.json'), JSON.stringify({name: 'consumer', private: true, type: 'commonjs'}))
      execFileSync(
        'npm',
        ['install', '--no-audit', '--no-fund', '--no-package-lock', '--prefer-offline', '--loglevel=error', tarball],
        {cwd: project, stdio: ['ignore', 'ignore', 'pipe']}
      )
    }, 120_000)

    it('should load with require() from CommonJS and clean like the source', () => {
      const script =
        'const {clean} = require("decruft")\nconst {readFileSync} = require("node:fs")\n' +
        'process.stdout.write(JSON.stringify(clean(readFileSync(' + JSON.stringify(seedFile) + ', "utf8"))))\n'
      writeFileSync(path.join(project, 'use.cjs'), script)
      const run = spawnSync(process.execPath, ['use.cjs'], {cwd: project, encoding: 'utf8'})
      expect({status: run.status, stderr: run.stderr.replace(/^.*ExperimentalWarning.*\n(.*--trace-warnings.*\n)?/m, '')}).toStrictEqual({
        status: 0,
        stderr: ''
      })
      expect(JSON.parse(run.stdout)).toBe(clean(sample))
    })

    it('should load with import from an ES module', () => {
      writeFileSync(
        path.join(project, 'use.mjs'),
        'import {clean} from "decruft"\nimport {readFileSync} from "node:fs"\n' +
          'process.stdout.write(JSON.stringify(clean(readFileSync(' + JSON.stringify(seedFile) + ', "utf8"))))\n'
      )
      const run = spawnSync(process.execPath, ['use.mjs'], {cwd: project, encoding: 'utf8'})
      expect(run.stderr).toBe('')
      expect(JSON.parse(run.stdout)).toBe(clean(sample))
    })
  })
})

/**
 * Compare a dotted version with a minimum.
 *
 * @param version
 *   `20.19.1`.
 * @param minimum
 *   `[20, 19, 0]`.
 * @returns
 *   Whether `version` is at least `minimum`.
 */
function isAtLeast(version: string, minimum: readonly number[]): boolean {
  const parts = version.split('.').map(Number)
  for (let index = 0; index < minimum.length; index++) {
    const part = parts[index] ?? 0
    const wanted = minimum[index] ?? 0
    if (part !== wanted) return part > wanted
  }
  return true
}
