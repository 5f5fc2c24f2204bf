import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {PassThrough} from 'node:stream'
import {afterAll, describe, expect, it} from 'vitest'
import * as learnCli from '../../src/cli/learn.js'
import {runLearn} from '../../src/cli/learn.js'
import {main} from '../../src/cli/main.js'
import {learn, merge, rules, type CorpusModel} from '../../src/index.js'
import {corpus} from './corpus.js'

/** What a run printed and returned. */
interface Run {
  readonly code: number
  readonly stdout: string
  readonly stderr: string
}

const folder = mkdtempSync(join(tmpdir(), 'decruft-corpus-'))
afterAll(() => rmSync(folder, {recursive: true, force: true}))

/**
 * Run a command line in this process with string streams.
 *
 * @param command
 *   `runLearn` or `main`.
 * @param argv
 *   Arguments.
 * @param input
 *   Standard input.
 * @returns
 *   Exit code and output.
 */
async function run(
  command: typeof runLearn,
  argv: readonly string[],
  input = ''
): Promise<Run> {
  const stdin = new PassThrough()
  const stdout = new PassThrough()
  const stderr = new PassThrough()
  const out: Buffer[] = []
  const err: Buffer[] = []
  stdout.on('data', (chunk: Buffer) => out.push(chunk))
  stderr.on('data', (chunk: Buffer) => err.push(chunk))
  stdin.end(input)
  const code = await command(argv, {stdin, stdout, stderr, cwd: folder, env: {}})
  return {code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8')}
}

/**
 * The non-blank lines of a text.
 *
 * @param text
 *   A document.
 * @returns
 *   Its lines, trimmed.
 */
function nonBlankLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
}

/**
 * Write pages as JSON Lines records with extra fields.
 *
 * @param name
 *   File name in the temporary folder.
 * @param pages
 *   Pages.
 * @returns
 *   The file's text.
 */
function writeJsonl(name: string, pages: typeof corpus): string {
  const text = pages.map((page, index) => JSON.stringify({id: index, url: page.url, text: page.text}) + '\n').join('')
  writeFileSync(join(folder, name), text)
  return text
}

const all = writeJsonl('corpus.jsonl', corpus)
writeJsonl('first.jsonl', corpus.slice(0, 10))
writeJsonl('second.jsonl', corpus.slice(10))

describe('decruft learn', () => {
  it('should expose the public api', () => {
    expect(Object.keys(learnCli).sort()).toStrictEqual(['learnHelpText', 'runLearn'])
  })

  it('should learn a JSON Lines corpus into the same model as `learn`', async () => {
    const result = await run(runLearn, ['--jsonl', '--field', 'text', '--site-field', 'url', 'corpus.jsonl', '-o', 'model.json'])
    expect(result).toStrictEqual({code: 0, stdout: '', stderr: ''})
    expect(JSON.parse(readFileSync(join(folder, 'model.json'), 'utf8'))).toStrictEqual(learn(corpus))
  })

  it('should read stdin and write stdout by default', async () => {
    const result = await run(runLearn, ['--jsonl', '--site-field', 'url'], all)
    expect(result.code).toBe(0)
    expect(result.stdout).toBe(JSON.stringify(learn(corpus)) + '\n')
  })

  it('should learn text files as pages of one site', async () => {
    writeFileSync(join(folder, 'a.txt'), 'Menu\nFirst story.\n')
    writeFileSync(join(folder, 'b.txt'), 'Menu\nSecond story.\n')
    const result = await run(runLearn, ['--site', 'example.com', 'a.txt', 'b.txt'])
    expect(result.code).toBe(0)
    expect(JSON.parse(result.stdout)).toStrictEqual(
      learn([
        {site: 'example.com', text: 'Menu\nFirst story.\n'},
        {site: 'example.com', text: 'Menu\nSecond story.\n'}
      ])
    )
  })

  it('should refuse a text file that is not UTF-8 unless --encoding names its encoding', async () => {
    writeFileSync(join(folder, 'c.txt'), Buffer.from('Menu\nCaf\u00e9 story.\n', 'latin1'))
    writeFileSync(join(folder, 'd.txt'), 'Menu\nSecond story.\n')
    const refused = await run(runLearn, ['--site', 'example.com', 'c.txt', 'd.txt'])
    expect(refused.code).toBe(1)
    expect(refused.stderr).toBe(
      'decruft: cannot read c.txt: not valid UTF-8 (byte 0xE9 at offset 8) and no charset declared: give its ' +
        'encoding with --encoding, e.g. --encoding windows-1252\n'
    )
    expect(JSON.parse(refused.stdout)).toStrictEqual(learn([{site: 'example.com', text: 'Menu\nSecond story.\n'}]))
    const decoded = await run(runLearn, ['--site', 'example.com', '-e', 'windows-1252', 'c.txt'])
    expect(decoded.code).toBe(0)
    expect(JSON.parse(decoded.stdout)).toStrictEqual(learn([{site: 'example.com', text: 'Menu\nCaf\u00e9 story.\n'}]))
    expect((await run(runLearn, ['--jsonl', '--site-field', 'url', '-e', 'latin1'])).stderr).toBe(
      'decruft: --encoding is for text files: JSON Lines and models are UTF-8\n'
    )
  })

  it('should report bad records with their line numbers, learn the rest, and exit 1', async () => {
    const good = corpus.slice(0, 2).map((page) => JSON.stringify({url: page.url, text: page.text}))
    writeFileSync(
      join(folder, 'bad.jsonl'),
      [good[0], '{not json', '{"url": "https://a.example/"}', '{"text": "x"}', '', good[1]].join('\n') + '\n'
    )
    const result = await run(runLearn, ['--jsonl', '--site-field', 'url', 'bad.jsonl'])
    expect(result.code).toBe(1)
    expect(result.stderr.split('\n')).toStrictEqual([
      expect.stringMatching(/^decruft: bad\.jsonl:2: invalid JSON: /),
      'decruft: bad.jsonl:3: missing field `text`',
      'decruft: bad.jsonl:4: missing site field `url` (a URL or site key)',
      ''
    ])
    expect(JSON.parse(result.stdout)).toStrictEqual(learn(corpus.slice(0, 2)))
  })

  const usage: ReadonlyArray<readonly [string, readonly string[], string]> = [
    ['no site', ['--jsonl'], 'decruft: learn --jsonl needs --site-field or --site\n'],
    ['both sites', ['--jsonl', '--site', 'a', '--site-field', 'url'], 'decruft: --site and --site-field cannot be used together\n'],
    ['--field without --jsonl', ['--site', 'a', '--field', 'body'], 'decruft: --field needs --jsonl\n'],
    ['a bad capacity', ['--site', 'a', '--capacity', 'lots'], 'decruft: --capacity needs a whole number, got lots\n'],
    ['a zero capacity', ['--site', 'a', '--capacity', '0'], 'decruft: Expected `options.capacity` to be a whole number from 1 to 2147483648, got `0`\n'],
    ['--merge with --jsonl', ['--merge', '--jsonl'], 'decruft: --merge reads models: it takes no --jsonl, --site or --site-field\n']
  ]
  for (const [name, argv, stderr] of usage) {
    it('should exit 2 with one line for ' + name, async () => {
      expect(await run(runLearn, argv)).toStrictEqual({code: 2, stdout: '', stderr})
    })
  }

  it('should print its help', async () => {
    expect(await run(runLearn, ['--help'])).toStrictEqual({code: 0, stdout: learnCli.learnHelpText, stderr: ''})
  })
})

describe('decruft learn --merge', () => {
  it('should merge models learned on two halves into the model of the whole', async () => {
    await run(runLearn, ['--jsonl', '--site-field', 'url', 'first.jsonl', '-o', 'first.json'])
    await run(runLearn, ['--jsonl', '--site-field', 'url', 'second.jsonl', '-o', 'second.json'])
    const result = await run(runLearn, ['--merge', 'first.json', 'second.json', '-o', 'merged.json'])
    expect(result).toStrictEqual({code: 0, stdout: '', stderr: ''})
    expect(readFileSync(join(folder, 'merged.json'), 'utf8')).toBe(JSON.stringify(learn(corpus)) + '\n')
  })

  it('should take the shape of the models it merges, and read pretty-printed models', async () => {
    const small = learn(corpus.slice(0, 4), {capacity: 20, width: 64, depth: 2})
    writeFileSync(join(folder, 'pretty.json'), JSON.stringify(small, null, 2))
    const other = learn(corpus.slice(4), {capacity: 20, width: 64, depth: 2})
    const result = await run(runLearn, ['--merge', 'pretty.json', '-'], JSON.stringify(other) + '\n')
    expect(result.code).toBe(0)
    expect(JSON.parse(result.stdout)).toStrictEqual(merge(small, other))
  })

  it('should run as a shuffle: per-site lines from mappers, sorted, merged per site', async () => {
    // Two "mappers", each on its own split, writing `SITE<TAB>MODEL` lines.
    const first = await run(runLearn, ['--jsonl', '--site-field', 'url', '--per-site', 'first.jsonl'])
    const second = await run(runLearn, ['--jsonl', '--site-field', 'url', '--per-site', 'second.jsonl'])
    const shuffled = (first.stdout + second.stdout).split('\n').filter((line) => line !== '').sort().join('\n') + '\n'
    expect(shuffled.split('\n')[0]?.split('\t')[0]).toBe('blog.example.de')
    // The "reducer" merges what it gets; the final model is the whole corpus's.
    const reduced = await run(runLearn, ['--merge', '--per-site'], shuffled)
    const final = await run(runLearn, ['--merge'], reduced.stdout)
    expect(JSON.parse(final.stdout)).toStrictEqual(learn(corpus))
  })

  it('should report a line that is not a model, and merge the rest', async () => {
    const model = learn(corpus.slice(0, 2))
    const result = await run(runLearn, ['--merge'], JSON.stringify(model) + '\n{"version": 2}\n')
    expect(result.code).toBe(1)
    expect(result.stderr).toBe(
      'decruft: -:2: Expected `model.version` to be `1` (a model from `learn` of this decruft), got `2`\n'
    )
    expect(JSON.parse(result.stdout) as CorpusModel).toStrictEqual(model)
  })
})

describe('decruft --model (pass 2)', () => {
  it('should be dispatched from the main command and clean every record with the model', async () => {
    const learned = await run(main, ['learn', '--jsonl', '--site-field', 'url', 'corpus.jsonl', '-o', 'pass1.json'])
    expect(learned.code).toBe(0)
    // Every other rule off: this checks what the model removes, nothing else.
    const others = rules.filter((rule) => rule.id !== 'site-template').flatMap((rule) => ['--rule', rule.id + '=off'])
    const cleaned = await run(main, ['--model', 'pass1.json', '--jsonl', '--site-field', 'url', '--quiet', ...others, 'corpus.jsonl'])
    expect(cleaned.stderr).toBe('')
    const texts = cleaned.stdout
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => (JSON.parse(line) as {text: string}).text)
    expect(texts.map((text) => nonBlankLines(text))).toStrictEqual(
      corpus.map((page) =>
        page.url.includes('blog.example.de')
          ? nonBlankLines(page.text)
          : [...page.article, ...(page.text.includes('reader poll') ? ['Take part in our reader poll'] : [])]
      )
    )
  })
})
