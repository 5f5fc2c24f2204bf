/**
 * `docs/plugins.md` is a working example: every ```` ```ts ```` block in it is
 * joined into one module, `'decruft'` is the core bundled from `src/`, and each
 * `//=>` line is checked against the expression on the line above it.
 */
import {createHash} from 'node:crypto'
import {readFileSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {transform} from 'esbuild'
import {describe, expect, it} from 'vitest'
import {bundleCore} from './support/bundle.js'

/** One `//=>` check of a documentation page. */
interface Check {
  /** 1-based line of the expression in the page. */
  readonly line: number
  /** The expression, as written. */
  readonly expression: string
  /** What it gave. */
  readonly actual: unknown
  /** What the page says it gives. */
  readonly expected: unknown
}

/** A fenced TypeScript block: captures its body. */
const tsFence = /^```ts\n([\s\S]*?)^```$/gm

const page = readFileSync(new URL('../docs/plugins.md', import.meta.url), 'utf8')
const checks = await runDocumentation(page)

describe('docs/plugins.md', () => {
  it('should expose the public api to the examples', async () => {
    const decruft = await import('../src/index.js')
    for (const name of ['addEvidence', 'clean', 'cleanDetailed', 'createLineRule', 'createProcessor', 'decruftCompile', 'decruftDecide', 'decruftParseText', 'rules']) {
      expect(typeof (decruft as Record<string, unknown>)[name], name).not.toBe('undefined')
    }
  })

  it('should check its examples (the page has them, and a wrong one fails)', async () => {
    expect(checks.length).toBeGreaterThan(10)
    const wrong = await runDocumentation('Text.\n\n```ts\nconst two = 1 + 1\ntwo\n//=> 3\n```\n')
    expect(wrong).toStrictEqual([{line: 5, expression: 'two', actual: 2, expected: 3}])
  })

  for (const check of checks) {
    it(`should give what the page says at line ${check.line}: ${check.expression}`, () => {
      expect(check.actual).toStrictEqual(check.expected)
    })
  }
})

/**
 * Run the TypeScript blocks of a Markdown page as one module and collect its
 * `//=>` checks.
 *
 * @param markdown
 *   The page.
 * @returns
 *   The checks, in page order.
 */
async function runDocumentation(markdown: string): Promise<Check[]> {
  const lines: string[] = []
  for (const match of markdown.matchAll(tsFence)) {
    const body = match[1] ?? ''
    const firstLine = markdown.slice(0, match.index).split('\n').length + 1
    const blockLines = body.replace(/\n$/, '').split('\n')
    for (let index = 0; index < blockLines.length; index++) {
      const next = blockLines[index + 1]
      const text = blockLines[index] ?? ''
      if (next?.startsWith('//=> ')) {
        lines.push(
          '__checks.push({line: ' + (firstLine + index) + ', expression: ' + JSON.stringify(text.trim()) +
            ', actual: (' + text + '), expected: (' + next.slice(5) + ')})'
        )
        index++
      } else {
        lines.push(text)
      }
    }
  }
  const bundle = await bundleCore('esm')
  const require = createRequire(import.meta.url)
  const specifiers: Record<string, string> = {
    decruft: pathToFileURL(bundle.file).href,
    unified: pathToFileURL(require.resolve('unified')).href
  }
  const source = ['export const __checks = []', ...lines]
    .join('\n')
    .replaceAll(/from '(decruft|unified)'/g, (_, name: string) => 'from ' + JSON.stringify(specifiers[name]))
  const {code} = await transform(source, {loader: 'ts', format: 'esm', target: 'es2022'})
  // Named by content: a module URL is imported once per process.
  const file = path.join(path.dirname(bundle.file), 'documentation-' + createHash('sha256').update(code).digest('hex').slice(0, 16) + '.mjs')
  writeFileSync(file, code)
  const module = (await import(/* @vite-ignore */ pathToFileURL(file).href)) as {__checks: Check[]}
  return module.__checks
}
