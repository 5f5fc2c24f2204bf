/**
 * Catastrophic backtracking: every regular expression in `src/` is found by
 * reading the source (regex literals and `RegExp(…)` calls), so no pattern can
 * be forgotten, and each is checked with `redos-detector`.
 *
 * Patterns built at run time (`new RegExp(words.join('|'))`) are caught as the
 * modules build them: `RegExp` is wrapped while `src/index.ts` loads and cleans
 * the seeds, and every pattern a call site builds is checked too.
 *
 * A pattern is exempt only with a `// redos: <reason>` comment on the line
 * above it, and the reason must not be empty.
 */
import {readFileSync, readdirSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {isSafePattern} from 'redos-detector'
import ts from 'typescript'
import {describe, expect, it} from 'vitest'

/** One place in `src/` that makes a regular expression. */
interface Site {
  /** `src/normalize.ts:7`. */
  readonly name: string
  /** Path relative to the repository, with `/`. */
  readonly file: string
  /** 1-based line. */
  readonly line: number
  /** The pattern, when it is written out in the source. */
  readonly pattern: string | undefined
  /** The flags, when they are written out in the source. */
  readonly flags: string | undefined
  /** The exemption reason, `''` for an empty one, `undefined` for none. */
  readonly exemption: string | undefined
}

/** A pattern built at run time, and where. */
interface Built {
  readonly pattern: string
  readonly flags: string
  /** Path relative to the repository, with `/`, of the module that built it. */
  readonly file: string
  /** Line in that module, when the stack says. */
  readonly line: number | undefined
}

const root = fileURLToPath(new URL('../', import.meta.url))

/** A `// redos: reason` comment; the reason is captured, maybe empty. */
const exemptionComment = /\/\/\s{0,8}redos:(.{0,500})$/

/** A stack frame (root already cut off) that points into `src/`: captures path, line. */
const sourceFrame = /[\s(](src\/[\w./-]{1,200}\.ts):(\d{1,7}):\d{1,7}/

const sites = findSites()
const built = await captureBuiltPatterns()

describe('redos', () => {
  it('should expose the public api', async () => {
    // The scan must see the modules the public api is made of.
    const decruft = await import('../src/index.js')
    expect(typeof decruft.clean).toBe('function')
    expect(sites.some((site) => site.file === 'src/normalize.ts')).toBe(true)
  })

  it('should find patterns of every form in a source file', () => {
    const found = scanSource(
      'src/example.ts',
      [
        'const a = /x+y/u',
        '// redos: bounded by the line length',
        'const b = new RegExp("(a|b)+", "i")',
        'const c = RegExp(words.join("|"))',
        '//redos:',
        'const d = /z/'
      ].join('\n')
    )
    expect(found).toStrictEqual([
      {name: 'src/example.ts:1', file: 'src/example.ts', line: 1, pattern: 'x+y', flags: 'u', exemption: undefined},
      {
        name: 'src/example.ts:3',
        file: 'src/example.ts',
        line: 3,
        pattern: '(a|b)+',
        flags: 'i',
        exemption: 'bounded by the line length'
      },
      {name: 'src/example.ts:4', file: 'src/example.ts', line: 4, pattern: undefined, flags: undefined, exemption: undefined},
      {name: 'src/example.ts:6', file: 'src/example.ts', line: 6, pattern: 'z', flags: '', exemption: ''}
    ])
  })

  it('should tell a safe pattern from a catastrophic one', () => {
    expect(checkPattern('[^\\p{L}\\p{N}]+', 'gu')).toStrictEqual({safe: true, error: null})
    expect(checkPattern('^(a+)+$', '')).toStrictEqual({safe: false, error: 'hitMaxScore'})
  })

  it('should check a sticky pattern where it is tried: at `lastIndex` only', () => {
    // As a search from every position, `\s+x` is quadratic on a run of spaces.
    expect(checkPattern('\\s+x', '')).toStrictEqual({safe: false, error: 'hitMaxScore'})
    expect(checkPattern('\\s+x', 'y')).toStrictEqual({safe: true, error: null})
  })

  for (const site of sites) {
    it(`should have a linear pattern at ${site.name}`, () => {
      if (site.exemption !== undefined) {
        // An exemption is a promise someone reasoned about it: say what.
        expect(site.exemption, `empty \`// redos:\` reason above ${site.name}`).not.toBe('')
        return
      }
      const patterns =
        site.pattern === undefined
          ? builtAt(site).map((item) => ({pattern: item.pattern, flags: item.flags}))
          : [{pattern: site.pattern, flags: site.flags ?? ''}]
      expect(
        patterns.length,
        `${site.name} builds a pattern at run time that loading src/index.ts and cleaning the seeds never built: ` +
          'build it when the module loads, or add `// redos: <reason>` on the line above'
      ).toBeGreaterThan(0)
      for (const item of patterns) {
        expect(
          {pattern: item.pattern, flags: item.flags, ...checkPattern(item.pattern, item.flags)},
          `redos-detector finds backtracking in ${site.name} (or cannot finish checking it): make it linear, or, ` +
            'when it is linear by construction (anchored, bounded, no overlapping runs), say why in `// redos: <reason>` ' +
            'on the line above it, and cover it in test/hostile.test.ts'
        ).toStrictEqual({pattern: item.pattern, flags: item.flags, safe: true, error: null})
      }
    })
  }
})

/**
 * Every pattern site in `src/**\/*.ts`.
 *
 * @returns
 *   Sites, by file then line.
 */
function findSites(): Site[] {
  const files = readdirSync(path.join(root, 'src'), {recursive: true, encoding: 'utf8'})
    .filter((file) => file.endsWith('.ts'))
    .map((file) => 'src/' + file.split(path.sep).join('/'))
    .sort()
  return files.flatMap((file) => scanSource(file, readFileSync(path.join(root, file), 'utf8')))
}

/**
 * Find regex literals and `RegExp(…)` calls in one source file.
 *
 * @param file
 *   Path, for names.
 * @param source
 *   Its text.
 * @returns
 *   Sites, in source order.
 */
function scanSource(file: string, source: string): Site[] {
  const tree = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS)
  const lines = source.split(/\r?\n/)
  const found: Site[] = []

  visit(tree)
  return found

  function visit(node: ts.Node): undefined {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const text = node.getText(tree)
      const slash = text.lastIndexOf('/')
      add(node, text.slice(1, slash), text.slice(slash + 1))
    } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && isRegExpCallee(node.expression)) {
      const [patternNode, flagsNode] = node.arguments ?? []
      const pattern = patternNode && isStringLike(patternNode) ? patternNode.text : undefined
      const flags = flagsNode === undefined ? '' : isStringLike(flagsNode) ? flagsNode.text : undefined
      if (pattern !== undefined && flags !== undefined) add(node, pattern, flags)
      else add(node, undefined, undefined)
    }
    ts.forEachChild(node, visit)
  }

  function add(node: ts.Node, pattern: string | undefined, flags: string | undefined): undefined {
    const line = tree.getLineAndCharacterOfPosition(node.getStart(tree)).line + 1
    const above = exemptionComment.exec(lines[line - 2] ?? '')
    found.push({
      name: file + ':' + line,
      file,
      line,
      pattern,
      flags,
      exemption: above ? (above[1] ?? '').trim() : undefined
    })
  }
}

/**
 * Whether a callee is `RegExp` or `globalThis.RegExp`.
 *
 * @param node
 *   The callee.
 * @returns
 *   Whether it makes a regular expression.
 */
function isRegExpCallee(node: ts.Expression): boolean {
  if (ts.isIdentifier(node)) return node.text === 'RegExp'
  return ts.isPropertyAccessExpression(node) && node.name.text === 'RegExp'
}

/**
 * Whether a node is a string written out in full.
 *
 * @param node
 *   An argument.
 * @returns
 *   Whether its text is known.
 */
function isStringLike(node: ts.Node): node is ts.StringLiteral | ts.NoSubstitutionTemplateLiteral {
  return ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)
}

/**
 * Check one pattern with redos-detector, in the mode its flags give.
 *
 * @param pattern
 *   Source of the pattern.
 * @param flags
 *   Its flags.
 * @returns
 *   Whether it is safe, and the detector's error.
 */
function checkPattern(pattern: string, flags: string): {safe: boolean; error: string | null} {
  // A sticky pattern is only tried at `lastIndex`: check it anchored there,
  // not as a search from every position.
  const anchored = flags.includes('y') && !flags.includes('m') ? '^(?:' + pattern + ')' : pattern
  const result = isSafePattern(anchored, {
    caseInsensitive: flags.includes('i'),
    unicode: flags.includes('u') || flags.includes('v'),
    dotAll: flags.includes('s'),
    multiLine: flags.includes('m'),
    // Steps, not time, bound the search, so the verdict is the same on a busy
    // machine; the timeout only stops a runaway check.
    maxSteps: 20_000,
    timeout: 30_000
  })
  return {safe: result.safe, error: result.error}
}

/**
 * The patterns built at run time by a site: the ones whose stack points at its
 * line, or, when stacks carry no usable line, every one its file built.
 *
 * @param site
 *   A site with no pattern written out.
 * @returns
 *   Patterns.
 */
function builtAt(site: Site): Built[] {
  const inFile = built.filter((item) => item.file === site.file)
  const onLine = inFile.filter((item) => item.line === site.line)
  return onLine.length > 0 ? onLine : inFile.filter((item) => item.line === undefined)
}

/**
 * Load `src/index.ts` and clean the seeds with `RegExp` wrapped, recording
 * every pattern a module under `src/` builds.
 *
 * @returns
 *   The patterns built.
 */
async function captureBuiltPatterns(): Promise<Built[]> {
  const original = globalThis.RegExp
  const records: Built[] = []
  const seen = new Set<string>()
  globalThis.RegExp = new Proxy(original, {
    construct(target, argumentsList, newTarget) {
      record(argumentsList)
      return Reflect.construct(target, argumentsList, newTarget)
    },
    apply(target, thisArgument, argumentsList) {
      record(argumentsList)
      return Reflect.apply(target, thisArgument, argumentsList)
    }
  })
  try {
    const decruft = await import('../src/index.js')
    const folder = path.join(root, 'test/fixtures/seeds')
    for (const name of readdirSync(folder).filter((item) => item.endsWith('.input.txt'))) {
      decruft.clean(readFileSync(path.join(folder, name), 'utf8'))
    }
  } finally {
    globalThis.RegExp = original
  }
  return records

  function record(argumentsList: unknown[]): undefined {
    const [pattern, flags] = argumentsList
    const frame = (new Error().stack ?? '')
      .split('\n')
      .slice(2)
      .map((line) => sourceFrame.exec(line.split(root).join(' ').split(path.sep).join('/')))
      .find((match) => match !== null)
    if (!frame) return
    const source = pattern instanceof original ? pattern.source : String(pattern)
    const flagText = flags === undefined ? (pattern instanceof original ? pattern.flags : '') : String(flags)
    const file = frame[1] ?? ''
    const line = Number(frame[2])
    const key = file + '\0' + line + '\0' + flagText + '\0' + source
    if (seen.has(key)) return
    seen.add(key)
    records.push({pattern: source, flags: flagText, file, line: Number.isFinite(line) ? line : undefined})
  }
}
