/**
 * The core runs in a real browser: `src/index.ts` is bundled for the browser
 * platform (no Node built-ins allowed) and run in headless Chromium from
 * Debian's `chromium` package, driven by playwright-core. It must clean every
 * seed exactly as Node does.
 *
 * Outside CI a missing browser skips these tests, loudly; in CI (`CI` set) it
 * is a failure. Install it with `apt-get install -y chromium` (`.ci/run` does).
 */
import {existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {chromium, type Browser} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {cleanDetailed} from '../src/index.js'
import {bundleCore, type CoreBundle} from './support/bundle.js'

/** Where Debian's package puts the browser. */
const executablePath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium'

const hasBrowser = existsSync(executablePath)
const inCi = Boolean(process.env['CI'])

if (!hasBrowser && !inCi) {
  console.warn(
    '\n*** browser.test.ts SKIPPED: no Chromium at ' + executablePath +
      ' (apt-get install -y chromium, or set CHROMIUM_PATH). In CI this is a failure. ***\n'
  )
}

const seedFolder = new URL('fixtures/seeds/', import.meta.url)
const seeds = readdirSync(seedFolder)
  .filter((name) => name.endsWith('.input.txt'))
  .sort()
  .map((name) => ({name, input: readFileSync(new URL(name, seedFolder), 'utf8')}))

let bundle: CoreBundle
let browser: Browser | undefined

beforeAll(async () => {
  bundle = await bundleCore('iife')
})

afterAll(async () => {
  await browser?.close()
})

describe('browser', () => {
  it('should expose the public api in the bundle', () => {
    expect(bundle.code).toContain('cleanDetailed')
    expect(bundle.code.length).toBeGreaterThan(1000)
  })

  it('should bundle the core without any Node built-in', () => {
    expect(bundle.nodeImports).toStrictEqual([])
  })

  it('should notice a Node built-in in a bundle', async () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'decruft-node-import-'))
    const entry = path.join(folder, 'entry.js')
    writeFileSync(entry, "import {readFileSync} from 'node:fs'\nimport path from 'path'\nexport const both = [readFileSync, path]\n")
    const result = await bundleCore('esm', entry)
    expect(result.nodeImports.map((item) => item.split(' -> ')[1])).toStrictEqual(['node:fs', 'path'])
  })

  it('should find a browser in CI', () => {
    // Outside CI a missing browser only skips the tests below.
    expect(hasBrowser || !inCi, 'no Chromium at ' + executablePath + ' in CI: run `apt-get install -y chromium`').toBe(true)
  })

  describe.skipIf(!hasBrowser)('in headless Chromium', () => {
    it('should clean every seed exactly as Node does', async () => {
      browser = await chromium.launch({
        executablePath,
        args: [
          '--headless',
          '--no-sandbox',
          '--disable-gpu',
          '--disable-quic',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync'
        ]
      })
      const page = await browser.newPage()
      const errors: string[] = []
      page.on('pageerror', (error) => errors.push(String(error)))
      await page.setContent('<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>')
      await page.addScriptTag({content: bundle.code})
      const loaded = await page.evaluate(() => ({
        userAgent: navigator.userAgent,
        api: typeof (globalThis as unknown as {decruft?: unknown}).decruft
      }))
      // A bundle that throws while loading leaves no `decruft`: show why.
      expect({api: loaded.api, errors}).toStrictEqual({api: 'object', errors: []})
      expect(loaded.userAgent).toMatch(/Chrome\//)

      const inBrowser = await page.evaluate((inputs) => {
        const api = (globalThis as unknown as {decruft: typeof import('../src/index.js')}).decruft
        return inputs.map((input) => {
          const result = api.cleanDetailed(input)
          return {text: result.text, report: result.report, stats: result.stats}
        })
      }, seeds.map((seed) => seed.input))

      const inNode = seeds.map((seed) => {
        const result = cleanDetailed(seed.input)
        return {text: result.text, report: result.report, stats: result.stats}
      })
      expect(errors).toStrictEqual([])
      expect(inBrowser).toStrictEqual(JSON.parse(JSON.stringify(inNode)))
      // Something must have happened, or the comparison proves little.
      expect(inNode.some((result) => result.report.length > 0)).toBe(true)
    })
  })
})
