/**
 * The built `decruft` executable, run as a real process: stdin and stdout,
 * files, globs, `--output`, `--in-place`, `--json`, `--explain`, exit codes.
 *
 * Expected text comes from the built core (`dist/index.js`): the CLI is a thin
 * shell, so its output must be exactly what the API returns. Where the test
 * pins the CLI's own layout, every built-in rule is turned off and a small
 * plugin (`--use`) removes lines with `CRUFT`, so rule changes cannot move it.
 */
import {spawn} from 'node:child_process'
import {chmodSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {helpText} from '../../src/cli/help.js'
import {allRulesOff, cliPath, ensureBuilt, loadBuiltCore, makeTemporaryFolder, pluginSource, root, runCli, seed, type Core} from './helpers.js'

const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {version: string}).version


const page = 'A heading\nBuy CRUFT now\nA real sentence stays here.\n'
const pageClean = 'A heading\nA real sentence stays here.\n'

let core: Core
let temporary: ReturnType<typeof makeTemporaryFolder>
let pinned: string[]

beforeAll(async () => {
  ensureBuilt()
  core = await loadBuiltCore()
  temporary = makeTemporaryFolder()
  writeFileSync(join(temporary.folder, 'plugin.mjs'), pluginSource)
  pinned = [...allRulesOff(core), '--use', './plugin.mjs']
}, 120_000)

afterAll(() => temporary.remove())

/**
 * A fresh folder inside the temporary one, with the plugin and some files.
 *
 * @param name
 *   Folder name.
 * @param files
 *   File names and contents.
 * @returns
 *   Its path.
 */
function folderWith(name: string, files: Readonly<Record<string, string>>): string {
  const folder = join(temporary.folder, name)
  mkdirSync(folder, {recursive: true})
  writeFileSync(join(folder, 'plugin.mjs'), pluginSource)
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(join(folder, file, '..'), {recursive: true})
    writeFileSync(join(folder, file), content)
  }
  return folder
}

describe('decruft: version and help', () => {
  it('should print the version from package.json', async () => {
    expect(await runCli(['--version'])).toStrictEqual({code: 0, stdout: version + '\n', stderr: ''})
    expect(await runCli(['-v'])).toStrictEqual({code: 0, stdout: version + '\n', stderr: ''})
  })

  it('should print the help with examples', async () => {
    expect(await runCli(['--help'])).toStrictEqual({code: 0, stdout: helpText, stderr: ''})
  })
})

describe('decruft: stdin, files and globs', () => {
  it('should clean stdin to stdout exactly as the API does', async () => {
    expect(await runCli([], {input: seed})).toStrictEqual({code: 0, stdout: core.clean(seed), stderr: ''})
  })

  it('should read stdin for `-`', async () => {
    expect(await runCli(['-'], {input: seed})).toStrictEqual({code: 0, stdout: core.clean(seed), stderr: ''})
  })

  it('should clean a file to stdout', async () => {
    const folder = folderWith('one-file', {'seed.txt': seed})
    expect(await runCli(['seed.txt'], {cwd: folder})).toStrictEqual({code: 0, stdout: core.clean(seed), stderr: ''})
  })

  it('should run a user plugin from --use with the built-in rules off', async () => {
    const folder = folderWith('plugin', {'page.txt': page})
    expect(await runCli([...pinned, 'page.txt'], {cwd: folder})).toStrictEqual({code: 0, stdout: pageClean, stderr: ''})
  })

  it('should expand globs and directories in sorted order, keeping documents apart', async () => {
    const folder = folderWith('globs', {'pages/b.txt': 'Second CRUFT\nSecond page', 'pages/a.txt': page, 'pages/skip.bin': 'x'})
    const expected = {code: 0, stdout: pageClean + 'Second page', stderr: ''}
    expect(await runCli([...pinned, 'pages/*.txt'], {cwd: folder})).toStrictEqual(expected)
    expect(await runCli([...pinned, 'pages'], {cwd: folder})).toStrictEqual(expected)
    // A document without a final line ending is kept apart from the next one.
    expect(await runCli([...pinned, 'pages/b.txt', 'pages/a.txt'], {cwd: folder})).toStrictEqual({
      code: 0,
      stdout: 'Second page\n' + pageClean,
      stderr: ''
    })
  })

  it('should report a missing file and a glob without matches, clean the rest, and exit 1', async () => {
    const folder = folderWith('missing', {'page.txt': page})
    expect(await runCli([...pinned, 'nope.txt', 'page.txt', 'none/*.txt'], {cwd: folder})).toStrictEqual({
      code: 1,
      stdout: pageClean,
      stderr: 'decruft: cannot read nope.txt: no such file or directory\ndecruft: no files match none/*.txt\n'
    })
  })

  it('should keep every stderr line of a failure out of --silent runs, but not the exit code', async () => {
    const folder = folderWith('silent', {'page.txt': page})
    expect(await runCli([...pinned, '--silent', 'nope.txt', 'page.txt'], {cwd: folder})).toStrictEqual({
      code: 1,
      stdout: pageClean,
      stderr: ''
    })
  })
})

describe('decruft: a long text that loses almost everything', () => {
  // 15,000 lines of noise around one sentence: 390,028 characters.
  const noise = 'Buy CRUFT now, today only\n'.repeat(7500)
  const long = noise + 'A real sentence stays here.\n' + noise

  it('should warn on stderr, once, and still write what it kept', async () => {
    const {code, stdout, stderr} = await runCli([...pinned, '-'], {input: long, cwd: temporary.folder})
    expect({code, stdout}).toStrictEqual({code: 0, stdout: 'A real sentence stays here.\n'})
    expect(stderr).toBe(
      'decruft: -: kept 0% of a 390,028-character text: a text is judged as one page, so a text of many pages in a ' +
        'row keeps one article at most; clean each page on its own (with the CLI: a file each, or one JSON Lines record each with --jsonl)\n'
    )
  })

  it('should say nothing under --quiet, for a short text, or for HTML (whose markup is never kept)', async () => {
    expect((await runCli([...pinned, '--quiet', '-'], {input: long, cwd: temporary.folder})).stderr).toBe('')
    expect((await runCli([...pinned, '-'], {input: noise.slice(0, 150_000) + 'A real sentence stays here.\n', cwd: temporary.folder})).stderr).toBe('')
    const html = '<!doctype html><html><body>' + '<div><p>Buy CRUFT now</p></div>\n'.repeat(8000) + '<p>A real sentence stays here.</p></body></html>'
    const result = await runCli([...pinned, '-'], {input: html, cwd: temporary.folder})
    expect({code: result.code, stdout: result.stdout, stderr: result.stderr}).toStrictEqual({
      code: 0,
      stdout: 'A real sentence stays here.',
      stderr: ''
    })
  })
})

describe('decruft: --output and --in-place', () => {
  it('should write each result to --output DIR under its own name', async () => {
    const folder = folderWith('output', {'in/a.txt': page, 'in/b.txt': 'Only content.\n'})
    expect(await runCli([...pinned, '-o', 'out', 'in/*.txt'], {cwd: folder})).toStrictEqual({code: 0, stdout: '', stderr: ''})
    expect(readdirSync(join(folder, 'out')).sort()).toStrictEqual(['a.txt', 'b.txt'])
    expect(readFileSync(join(folder, 'out/a.txt'), 'utf8')).toBe(pageClean)
    expect(readFileSync(join(folder, 'out/b.txt'), 'utf8')).toBe('Only content.\n')
  })

  it('should refuse to write two inputs of the same name to one --output file', async () => {
    const folder = folderWith('collision', {'x/page.txt': page, 'y/page.txt': 'Other CRUFT\nOther.\n'})
    const result = await runCli([...pinned, '-o', 'out', 'x/page.txt', 'y/page.txt'], {cwd: folder})
    expect(result).toStrictEqual({
      code: 1,
      stdout: '',
      stderr:
        'decruft: y/page.txt: not written: x/page.txt was already written to ' +
        join(folder, 'out/page.txt') +
        '\ndecruft: 1 of 2 inputs failed\n'
    })
    expect(readFileSync(join(folder, 'out/page.txt'), 'utf8')).toBe(pageClean)
  })

  it('should rewrite files in place atomically, keeping their permissions and leaving no temporary file', async () => {
    const folder = folderWith('in-place', {'page.txt': page})
    chmodSync(join(folder, 'page.txt'), 0o640)
    expect(await runCli([...pinned, '--in-place', 'page.txt'], {cwd: folder})).toStrictEqual({code: 0, stdout: '', stderr: ''})
    expect(readFileSync(join(folder, 'page.txt'), 'utf8')).toBe(pageClean)
    expect(statSync(join(folder, 'page.txt')).mode & 0o777).toBe(0o640)
    expect(readdirSync(folder).sort()).toStrictEqual(['page.txt', 'plugin.mjs'])
  })

  it('should not touch a file in place when nothing changes', async () => {
    const folder = folderWith('in-place-clean', {'page.txt': pageClean})
    const before = statSync(join(folder, 'page.txt')).mtimeMs
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(await runCli([...pinned, '-i', 'page.txt'], {cwd: folder})).toStrictEqual({code: 0, stdout: '', stderr: ''})
    expect(statSync(join(folder, 'page.txt')).mtimeMs).toBe(before)
  })
})

describe('decruft: input encodings', () => {
  const sentence = 'Le caf\u00e9 de la gare rouvre apr\u00e8s deux ans de travaux.'
  const latin1 = Buffer.from(sentence + '\nBuy CRUFT now\n', 'latin1')

  it('should fail an input that is not UTF-8, name the byte, and leave the file untouched in place', async () => {
    const folder = folderWith('latin1', {})
    writeFileSync(join(folder, 'page.txt'), latin1)
    writeFileSync(join(folder, 'other.txt'), page)
    const result = await runCli([...pinned, '-i', 'page.txt', 'other.txt'], {cwd: folder})
    expect(result).toStrictEqual({
      code: 1,
      stdout: '',
      stderr:
        'decruft: page.txt: not valid UTF-8 (byte 0xE9 at offset 6) and no charset declared: give its encoding with ' +
        '--encoding, e.g. --encoding windows-1252\ndecruft: 1 of 2 inputs failed\n'
    })
    expect(readFileSync(join(folder, 'page.txt'))).toStrictEqual(latin1)
    expect(readFileSync(join(folder, 'other.txt'), 'utf8')).toBe(pageClean)
  })

  it('should decode with --encoding, write UTF-8, and read stdin the same way', async () => {
    const folder = folderWith('encoding', {})
    writeFileSync(join(folder, 'page.txt'), latin1)
    expect(await runCli([...pinned, '--encoding', 'windows-1252', '-i', 'page.txt'], {cwd: folder})).toStrictEqual({
      code: 0,
      stdout: '',
      stderr: ''
    })
    expect(readFileSync(join(folder, 'page.txt'), 'utf8')).toBe(sentence + '\n')
    expect(await runCli([...pinned, '-e', 'latin1', '-'], {input: latin1, cwd: folder})).toStrictEqual({
      code: 0,
      stdout: sentence + '\n',
      stderr: ''
    })
  })

  it('should follow a byte-order mark and the charset an HTML page declares', async () => {
    const utf16 = Buffer.from('\ufeff' + sentence + '\nBuy CRUFT now\n', 'utf16le')
    expect(await runCli([...pinned, '-'], {input: utf16, cwd: temporary.folder})).toStrictEqual({
      code: 0,
      stdout: sentence + '\n',
      stderr: ''
    })
    const html = Buffer.concat([
      Buffer.from('<html><head><meta charset="iso-8859-1"><title>T</title></head><body><p>'),
      Buffer.from(sentence, 'latin1'),
      Buffer.from('</p></body></html>')
    ])
    const result = await runCli(['--html', '-'], {input: html, cwd: temporary.folder})
    expect({code: result.code, stderr: result.stderr}).toStrictEqual({code: 0, stderr: ''})
    expect(result.stdout).toContain(sentence)
  })
})

describe('decruft: --json and --explain', () => {
  it('should print the detailed result as one JSON line per input', async () => {
    const folder = folderWith('json', {'seed.txt': seed})
    const result = await runCli(['--json', 'seed.txt'], {cwd: folder})
    const detailed = core.cleanDetailed(seed)
    expect(result.code).toBe(0)
    expect(result.stderr).toBe('')
    expect(result.stdout.endsWith('\n')).toBe(true)
    expect(JSON.parse(result.stdout)).toStrictEqual(
      JSON.parse(JSON.stringify({file: 'seed.txt', text: detailed.text, report: detailed.report, stats: detailed.stats}))
    )
  })

  const explanation = [
    'page.txt',
    '  2:1  remove  test-cruft (promo, 0.95)  Unexpected test cruft',
    '       - Buy CRUFT now',
    '  1 of 3 lines removed, 0 repairs',
    ''
  ].join('\n')
  const colored = [
    '\u001B[1mpage.txt\u001B[22m',
    '  \u001B[2m2:1\u001B[22m  \u001B[31mremove\u001B[39m  \u001B[36mtest-cruft\u001B[39m\u001B[2m (promo, 0.95)\u001B[22m  Unexpected test cruft',
    '       \u001B[31m- Buy CRUFT now\u001B[39m',
    '  \u001B[2m1 of 3 lines removed, 0 repairs\u001B[22m',
    ''
  ].join('\n')

  const colorCases: ReadonlyArray<{name: string; args: string[]; env: Record<string, string>; expected: string}> = [
    {name: 'plain in a pipe', args: [], env: {}, expected: explanation},
    {name: 'coloured with --color', args: ['--color'], env: {}, expected: colored},
    {name: 'coloured with FORCE_COLOR=1', args: [], env: {FORCE_COLOR: '1'}, expected: colored},
    {name: 'plain with NO_COLOR', args: [], env: {NO_COLOR: '1', FORCE_COLOR: '1'}, expected: explanation},
    {name: 'plain with --no-color over FORCE_COLOR', args: ['--no-color'], env: {FORCE_COLOR: '1'}, expected: explanation}
  ]
  for (const row of colorCases) {
    it(`should explain removals with rule and reason: ${row.name}`, async () => {
      const folder = folderWith('explain-' + row.name.replaceAll(/\W/g, '-'), {'page.txt': page})
      expect(await runCli([...pinned, '--explain', ...row.args, 'page.txt'], {cwd: folder, env: row.env})).toStrictEqual({
        code: 0,
        stdout: row.expected,
        stderr: ''
      })
    })
  }

  it('should write the text in place and the explanation to stdout', async () => {
    const folder = folderWith('explain-in-place', {'page.txt': page})
    expect(await runCli([...pinned, '--explain', '-i', 'page.txt'], {cwd: folder})).toStrictEqual({
      code: 0,
      stdout: explanation,
      stderr: ''
    })
    expect(readFileSync(join(folder, 'page.txt'), 'utf8')).toBe(pageClean)
  })

  it('should show control characters in removed text as escapes, never raw', async () => {
    const folder = folderWith('explain-escape', {'page.txt': 'Intro line\nCRUFT \u001B[2J\u200B here\n'})
    const result = await runCli([...pinned, '--explain', 'page.txt'], {cwd: folder})
    expect(result.stdout.split('\n')[2]).toBe('       - CRUFT \\u{1B}[2J\\u{200B} here')
  })
})

describe('decruft: usage errors exit 2 with one line naming the problem', () => {
  const cases: ReadonlyArray<{args: string[]; message: string}> = [
    {args: ['--bogus'], message: "Unknown option '--bogus' (see decruft --help)"},
    {args: ['--output'], message: "Option '-o, --output <value>' argument missing (see decruft --help)"},
    {args: ['--format', 'pdf'], message: "--format must be text, html or auto, got 'pdf'"},
    {args: ['--html', '--text'], message: 'use only one of --format, --html and --text'},
    {args: ['--preset', 'strict'], message: "--preset must be precision, balanced or recall, got 'strict'"},
    {args: ['--threshold', '2'], message: "--threshold must be a number from 0 to 1, got '2'"},
    {args: ['--jobs', '0'], message: "--jobs must be a whole number from 1 to 64 or 'auto', got '0'"},
    {args: ['--rule', 'share-widget'], message: "--rule must look like 'share-widget=off', 'share-widget=on' or 'share-widget=0.7', got 'share-widget'"},
    {args: ['--rule', 'share-widget=loud'], message: "--rule share-widget must be a number from 0 to 1, got 'loud'"},
    {args: ['--json', '--explain'], message: '--json and --explain cannot be used together'},
    {args: ['--in-place'], message: '--in-place needs files, not stdin'},
    {args: ['-o', 'out'], message: '--output needs files, not stdin (redirect stdout instead)'},
    {args: ['-i', '-o', 'out', 'a.txt'], message: '--in-place and --output cannot be used together'},
    {args: ['--field', 'body'], message: '--field needs --jsonl'},
    {args: ['--errors', 'bad.jsonl'], message: '--errors needs --jsonl'},
    {args: ['--use', './no-such-plugin.mjs'], message: 'cannot find plugin ./no-such-plugin.mjs'},
    {args: ['--site', 'example.com'], message: '--site needs --model'},
    {args: ['--encoding', 'ebcdic-9'], message: "--encoding must be an encoding label such as utf-8, windows-1252, iso-8859-2 or shift_jis, got 'ebcdic-9'"},
    {args: ['--jsonl', '-e', 'latin1'], message: '--encoding cannot be used with --jsonl (JSON Lines are UTF-8)'}
  ]
  for (const row of cases) {
    it(`should reject ${row.args.join(' ')}`, async () => {
      expect(await runCli(row.args, {input: 'Text.'})).toStrictEqual({code: 2, stdout: '', stderr: 'decruft: ' + row.message + '\n'})
    })
  }

  it('should reject an unknown rule id, naming it', async () => {
    expect(await runCli(['--rule', 'no-such-rule=off'], {input: 'Text.'})).toStrictEqual({
      code: 2,
      stdout: '',
      stderr:
        'decruft: Unknown rule id `no-such-rule` in `options.rules`; known ids: ' +
        core.rules.map((rule) => rule.id).join(', ') +
        '\n'
    })
  })

  it('should reject a model file it cannot read, naming it', async () => {
    const path = join(temporary.folder, 'no-such-model.json')
    expect(await runCli(['--model', 'no-such-model.json'], {input: 'Text.', cwd: temporary.folder})).toStrictEqual({
      code: 2,
      stdout: '',
      stderr: 'decruft: cannot read model ' + path + ": ENOENT: no such file or directory, open '" + path + "'\n"
    })
  })

  it('should reject a model the core does not accept', async () => {
    const folder = folderWith('bad-model', {'model.json': '{"version": -1}'})
    const result = await runCli(['--model', 'model.json'], {input: 'Text.', cwd: folder})
    let expected = ''
    try {
      core.clean('', {model: {version: -1}} as unknown as Parameters<Core['clean']>[1])
    } catch (error) {
      expected = 'decruft: ' + (error as Error).message + '\n'
    }
    expect(expected).not.toBe('')
    expect(result).toStrictEqual({code: 2, stdout: '', stderr: expected})
  })

  it('should reject a plugin module without a default export', async () => {
    const folder = folderWith('bad-plugin', {'named.mjs': 'export const plugin = 1\n'})
    expect(await runCli(['--use', './named.mjs'], {input: 'Text.', cwd: folder})).toStrictEqual({
      code: 2,
      stdout: '',
      stderr: 'decruft: plugin ' + new URL('file://' + join(folder, 'named.mjs')).href + ' has no default export\n'
    })
  })
})

describe('decruft: --jobs', () => {
  it('should keep input order across worker threads', async () => {
    const files: Record<string, string> = {}
    let expected = ''
    for (let index = 0; index < 12; index++) {
      const name = 'f' + String(index).padStart(2, '0') + '.txt'
      // Uneven sizes, so workers finish out of order.
      files[name] = 'CRUFT ' + index + '\n' + ('Line ' + index + ' of content.\n').repeat(((index * 7) % 5) * 400 + 1)
      expected += ('Line ' + index + ' of content.\n').repeat(((index * 7) % 5) * 400 + 1)
    }
    const folder = folderWith('jobs', files)
    expect(await runCli([...pinned, '--jobs', '2', '*.txt'], {cwd: folder})).toStrictEqual({code: 0, stdout: expected, stderr: ''})
  })
})

describe('decruft: a reader that stops early', () => {
  /**
   * Run the CLI on stdin and close its stdout after the first chunk, as
   * `decruft … | head -1` does.
   *
   * @param args
   *   Arguments.
   * @param input
   *   Stdin.
   * @returns
   *   Exit code and standard error.
   */
  async function runUntilFirstChunk(args: readonly string[], input: string): Promise<{code: number | null; stderr: string}> {
    const child = spawn(process.execPath, [cliPath, ...args], {cwd: temporary.folder})
    const stderr: Buffer[] = []
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk))
    child.stdin.on('error', () => undefined)
    child.stdout.once('data', () => child.stdout.destroy())
    child.stdin.end(input)
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
    return {code, stderr: Buffer.concat(stderr).toString('utf8')}
  }

  const records = Array.from({length: 20_000}, (_, index) => JSON.stringify({id: index, text: 'Line ' + index + ' of a record.\nBuy CRUFT now'})).join('\n') + '\n'

  it('should stop quietly, exit 0, when stdout closes (JSON Lines)', async () => {
    expect(await runUntilFirstChunk([...pinned, '--jsonl'], records)).toStrictEqual({code: 0, stderr: ''})
  })

  it('should stop quietly, exit 0, when stdout closes (--jobs 2)', async () => {
    expect(await runUntilFirstChunk([...pinned, '--jsonl', '--jobs', '2'], records)).toStrictEqual({code: 0, stderr: ''})
  })
})

describe('decruft: interrupted while writing', () => {
  const records = Array.from({length: 100_000}, (_, index) => JSON.stringify({id: index, text: 'Line ' + index + ' of a record.\nBuy CRUFT now'})).join('\n') + '\n'

  it('should leave the file whole and no temporary file behind on Ctrl-C (JSON Lines, --in-place)', async () => {
    const folder = folderWith('interrupted', {'records.jsonl': records})
    const child = spawn(process.execPath, [cliPath, ...pinned, '--jsonl', '--in-place', 'records.jsonl'], {cwd: folder})
    child.stderr.resume()
    const closed = new Promise<number | null>((resolve) => child.on('close', resolve))
    // The records stream into a temporary file next to the input: interrupt
    // once it holds some of them, before it replaces the input.
    let interrupted = false
    while (!interrupted) {
      const partial = readdirSync(folder).find((name) => name.endsWith('.tmp'))
      if (partial !== undefined && statSync(join(folder, partial)).size > 0) {
        child.kill('SIGINT')
        interrupted = true
      } else {
        await new Promise((resolve) => setTimeout(resolve, 2))
      }
    }
    expect(await closed).toBe(130)
    expect(readdirSync(folder).sort()).toStrictEqual(['plugin.mjs', 'records.jsonl'])
    expect(readFileSync(join(folder, 'records.jsonl'), 'utf8')).toBe(records)
  })
})
