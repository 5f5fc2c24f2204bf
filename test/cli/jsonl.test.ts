/**
 * `decruft --jsonl`, run as a real process: records cleaned in order with
 * every other byte kept, bad lines reported with their line number and
 * written to `--errors`, exit 1, worker threads keeping order.
 */
import {mkdirSync, readFileSync, readdirSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {allRulesOff, ensureBuilt, loadBuiltCore, makeTemporaryFolder, pluginSource, runCli, seed, type Core} from './helpers.js'



let core: Core
let temporary: ReturnType<typeof makeTemporaryFolder>
let pinned: string[]

beforeAll(async () => {
  ensureBuilt()
  core = await loadBuiltCore()
  temporary = makeTemporaryFolder()
  pinned = [...allRulesOff(core), '--use', join(temporary.folder, 'plugin.mjs')]
  writeFileSync(join(temporary.folder, 'plugin.mjs'), pluginSource)
}, 120_000)

afterAll(() => temporary.remove())

/**
 * A fresh folder with files.
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
  for (const [file, content] of Object.entries(files)) writeFileSync(join(folder, file), content)
  return folder
}

/** A corpus with every kind of bad line, and the parts of its expected output. */
const corpus = [
  // Odd spacing, a number spelled `1.0`, an escape and a big integer in other fields: all kept byte for byte.
  '{ "id" : 1 , "text" : "Keep me.\\nBuy CRUFT now" , "n": 1.0, "name": "caf\\u00e9", "big": 12345678901234567890 }',
  '{not json',
  '{"id": 3, "body": "no text field"}',
  '',
  '{"id": 5, "text": 42}',
  '["an", "array"]',
  '{"text": "Only content.", "id": 7}'
].join('\n')

const corpusOutput =
  '{ "id" : 1 , "text" : "Keep me." , "n": 1.0, "name": "caf\\u00e9", "big": 12345678901234567890 }\n' +
  '{"text": "Only content.", "id": 7}\n'

/** Failures, in order: line and reason. */
const corpusFailures: ReadonlyArray<readonly [number, string]> = [
  [2, "invalid JSON: Expected property name or '}' in JSON at position 1"],
  [3, 'missing field `text`'],
  [5, 'field `text` is not a string (got number)'],
  [6, 'not a JSON object']
]

describe('decruft --jsonl', () => {
  it('should clean the field of each record, keep every other byte, and report bad lines with their line number', async () => {
    const folder = folderWith('corpus', {'corpus.jsonl': corpus})
    expect(await runCli([...pinned, '--jsonl', 'corpus.jsonl'], {cwd: folder})).toStrictEqual({
      code: 1,
      stdout: corpusOutput,
      stderr:
        corpusFailures.map(([line, reason]) => 'decruft: corpus.jsonl:' + line + ': ' + reason + '\n').join('') +
        'decruft: 4 of 6 records failed\n'
    })
  })

  it('should write failed lines, whole, to --errors', async () => {
    const folder = folderWith('errors', {'corpus.jsonl': corpus})
    const result = await runCli([...pinned, '--jsonl', '--errors', 'bad.jsonl', '--quiet', 'corpus.jsonl'], {cwd: folder})
    expect(result).toStrictEqual({
      code: 1,
      stdout: corpusOutput,
      stderr: corpusFailures.map(([line, reason]) => 'decruft: corpus.jsonl:' + line + ': ' + reason + '\n').join('')
    })
    const lines = corpus.split('\n')
    expect(readFileSync(join(folder, 'bad.jsonl'), 'utf8')).toBe(
      corpusFailures
        .map(([line, reason]) => JSON.stringify({file: 'corpus.jsonl', line, reason, record: lines[line - 1]}) + '\n')
        .join('')
    )
  })

  it('should fail a line that is not UTF-8 and keep its bytes, in base64, in --errors', async () => {
    const bad = Buffer.from('{"text": "Caf\u00e9 au lait."}', 'latin1')
    const input = Buffer.concat([Buffer.from('{"text": "Caf\u00e9 stays."}\n'), bad, Buffer.from('\n')])
    const folder = folderWith('not-utf8', {})
    writeFileSync(join(folder, 'c.jsonl'), input)
    const result = await runCli([...pinned, '--jsonl', '--errors', 'bad.jsonl', 'c.jsonl'], {cwd: folder})
    expect(result).toStrictEqual({
      code: 1,
      stdout: '{"text": "Caf\u00e9 stays."}\n',
      stderr: 'decruft: c.jsonl:2: not valid UTF-8 (byte 0xE9 at offset 13)\ndecruft: 1 of 2 records failed (see bad.jsonl)\n'
    })
    const error = JSON.parse(readFileSync(join(folder, 'bad.jsonl'), 'utf8')) as {record: null; base64: string}
    expect(error).toStrictEqual({
      file: 'c.jsonl',
      line: 2,
      reason: 'not valid UTF-8 (byte 0xE9 at offset 13)',
      record: null,
      base64: bad.toString('base64')
    })
    expect(Buffer.from(error.base64, 'base64')).toStrictEqual(bad)
  })

  it('should read stdin, with CRLF line endings and a BOM', async () => {
    const input = '\uFEFF{"text":"Buy CRUFT\\nStay."}\r\n{"text":"Also stays."}\r\n'
    expect(await runCli([...pinned, '--jsonl'], {input})).toStrictEqual({
      code: 0,
      stdout: '{"text":"Stay."}\n{"text":"Also stays."}\n',
      stderr: ''
    })
  })

  it('should clean another field with --field', async () => {
    const input = '{"text":"CRUFT untouched","body":"CRUFT line\\nBody stays."}\n'
    expect(await runCli([...pinned, '--jsonl', '--field', 'body'], {input})).toStrictEqual({
      code: 0,
      stdout: '{"text":"CRUFT untouched","body":"Body stays."}\n',
      stderr: ''
    })
  })

  it('should clean each record exactly as the API does (seed text, default rules)', async () => {
    const input = JSON.stringify({id: 'a', text: seed}) + '\n' + JSON.stringify({id: 'b', text: seed.toUpperCase()}) + '\n'
    expect(await runCli(['--jsonl'], {input})).toStrictEqual({
      code: 0,
      stdout:
        JSON.stringify({id: 'a', text: core.clean(seed)}) + '\n' + JSON.stringify({id: 'b', text: core.clean(seed.toUpperCase())}) + '\n',
      stderr: ''
    })
  })

  it('should add the report as a `decruft` field with --json', async () => {
    const input = '{"id":1,"text":"Buy CRUFT\\nStay."}\n'
    const result = await runCli([...pinned, '--jsonl', '--json'], {input})
    expect(result.code).toBe(0)
    expect(JSON.parse(result.stdout)).toStrictEqual({
      id: 1,
      text: 'Stay.',
      decruft: {
        report: [
          {
            type: 'removal',
            ruleId: 'test-cruft',
            kind: 'promo',
            reason: 'Unexpected test cruft',
            confidence: 0.95,
            position: {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 10, offset: 9}},
            actual: 'Buy CRUFT',
            expected: ''
          }
        ],
        stats: {blocks: 2, removed: 1, repairs: 0}
      }
    })
  })

  it('should explain the records that lost text, by file and line', async () => {
    const folder = folderWith('explain', {'c.jsonl': '{"text":"Nothing here."}\n{"text":"Buy CRUFT\\nStay."}\n'})
    expect(await runCli([...pinned, '--jsonl', '--explain', 'c.jsonl'], {cwd: folder})).toStrictEqual({
      code: 0,
      stdout:
        'c.jsonl:2\n  1:1  remove  test-cruft (promo, 0.95)  Unexpected test cruft\n       - Buy CRUFT\n  1 of 2 lines removed, 0 repairs\n',
      stderr: ''
    })
  })

  it('should write records to --output DIR', async () => {
    const folder = folderWith('output', {'c.jsonl': '{"text":"Buy CRUFT\\nStay."}\n'})
    expect(await runCli([...pinned, '--jsonl', '-o', 'out', 'c.jsonl'], {cwd: folder})).toStrictEqual({code: 0, stdout: '', stderr: ''})
    expect(readFileSync(join(folder, 'out/c.jsonl'), 'utf8')).toBe('{"text":"Stay."}\n')
  })

  it('should not rewrite a file in place when failed lines would be lost', async () => {
    const folder = folderWith('in-place-kept', {'c.jsonl': corpus})
    expect(await runCli([...pinned, '--jsonl', '-i', '-q', 'c.jsonl'], {cwd: folder})).toStrictEqual({
      code: 1,
      stdout: '',
      stderr:
        corpusFailures.map(([line, reason]) => 'decruft: c.jsonl:' + line + ': ' + reason + '\n').join('') +
        'decruft: c.jsonl: not rewritten: 4 failed lines would be lost (use --errors FILE)\n'
    })
    expect(readFileSync(join(folder, 'c.jsonl'), 'utf8')).toBe(corpus)
    expect(readdirSync(folder)).toStrictEqual(['c.jsonl'])
  })

  it('should rewrite a file in place when --errors keeps the failed lines', async () => {
    const folder = folderWith('in-place-errors', {'c.jsonl': corpus})
    const result = await runCli([...pinned, '--jsonl', '-i', '-S', '--errors', 'bad.jsonl', 'c.jsonl'], {cwd: folder})
    expect(result).toStrictEqual({code: 1, stdout: '', stderr: ''})
    expect(readFileSync(join(folder, 'c.jsonl'), 'utf8')).toBe(corpusOutput)
    expect(readFileSync(join(folder, 'bad.jsonl'), 'utf8').split('\n').length).toBe(corpusFailures.length + 1)
  })

  it('should keep record order with --jobs 2 across many batches', async () => {
    const lines: string[] = []
    const expected: string[] = []
    for (let index = 0; index < 4000; index++) {
      // Uneven record sizes (up to ~6 kB) spread the records over several batches.
      const body = ('Sentence ' + index + ' of the body.\\n').repeat((index * 13) % 300)
      lines.push('{"id":' + index + ',"text":"CRUFT ' + index + '\\n' + body + 'End ' + index + '."}')
      expected.push('{"id":' + index + ',"text":"' + body + 'End ' + index + '."}')
    }
    const input = lines.join('\n') + '\n'
    const result = await runCli([...pinned, '--jsonl', '--jobs', '2'], {input})
    expect(result.code).toBe(0)
    expect(result.stderr).toBe('')
    expect(result.stdout).toBe(expected.join('\n') + '\n')
  })

  it('should report a missing JSONL file and go on with the next', async () => {
    const folder = folderWith('missing', {'c.jsonl': '{"text":"Stay."}\n'})
    expect(await runCli([...pinned, '--jsonl', 'nope.jsonl', 'c.jsonl'], {cwd: folder})).toStrictEqual({
      code: 1,
      stdout: '{"text":"Stay."}\n',
      stderr: 'decruft: cannot read nope.jsonl: no such file or directory\n'
    })
  })

  it('should pass --model with each record\'s --site-field, and --site for documents, to the core', async () => {
    const learn = (core as unknown as {learn: (documents: Iterable<{text: string; url?: string}>) => unknown}).learn
    const template = 'Follow our newsroom on every channel today'
    const pages = Array.from({length: 12}, (_, index) => ({
      url: 'https://news.example/article-' + index,
      text: 'Story number ' + index + ' begins with its own sentence.\n' + template + '\nThe story ' + index + ' ends here.'
    }))
    const model = learn(pages)
    const folder = folderWith('model', {'model.json': JSON.stringify(model), 'page.txt': pages[0]?.text ?? ''})
    const clean = (text: string, site: string): string =>
      core.clean(text, {model, site} as unknown as Parameters<Core['clean']>[1])
    const input = pages.slice(0, 3).map((page) => JSON.stringify(page)).join('\n') + '\n'
    expect(await runCli(['--jsonl', '--model', 'model.json', '--site-field', 'url'], {cwd: folder, input})).toStrictEqual({
      code: 0,
      stdout: pages
        .slice(0, 3)
        .map((page) => JSON.stringify({url: page.url, text: clean(page.text, page.url)}) + '\n')
        .join(''),
      stderr: ''
    })
    expect(await runCli(['--model', 'model.json', '--site', 'news.example', 'page.txt'], {cwd: folder})).toStrictEqual({
      code: 0,
      stdout: clean(pages[0]?.text ?? '', 'news.example'),
      stderr: ''
    })
    // The template line is what the model removes.
    expect(clean(pages[0]?.text ?? '', 'news.example').includes(template)).toBe(false)
  })
})
