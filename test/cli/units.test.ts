/**
 * The CLI's pure parts, from source: argument parsing, locating a JSON field,
 * splitting a stream into line batches, ordered mapping, progress, atomic
 * writes.
 */
import {mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync, chmodSync, lstatSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {Readable} from 'node:stream'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import * as args from '../../src/cli/args.js'
import {parseCliArgs} from '../../src/cli/args.js'
import type {RecordBatch} from '../../src/cli/engine.js'
import {UsageError} from '../../src/cli/io.js'
import {readLineBatches} from '../../src/cli/jsonl-lines.js'
import {DecodeError, decodeDocument, parseEncoding} from '../../src/cli/read-document.js'
import {locateField} from '../../src/cli/jsonl-record.js'
import {mapOrdered} from '../../src/cli/ordered.js'
import {createProgress, formatProgress} from '../../src/cli/progress.js'
import {writeFileAtomic} from '../../src/cli/write-atomic.js'

describe('parseCliArgs', () => {
  it('should expose the public api', () => {
    expect(Object.keys(args).sort()).toStrictEqual(['parseCliArgs'])
  })

  it('should default to stdin, text output, field `text`, one job', () => {
    expect(parseCliArgs([], 2)).toStrictEqual({
      help: false,
      version: false,
      inputs: ['-'],
      output: undefined,
      inPlace: false,
      format: 'auto',
      encoding: undefined,
      preset: undefined,
      threshold: undefined,
      rules: {},
      use: [],
      jsonl: false,
      field: 'text',
      errors: undefined,
      mode: 'text',
      quiet: false,
      silent: false,
      jobs: 1,
      color: undefined,
      model: undefined,
      site: undefined,
      siteField: undefined
    })
  })

  const good: ReadonlyArray<{argv: string[]; pick: Partial<ReturnType<typeof parseCliArgs>>}> = [
    {argv: ['--html'], pick: {format: 'html'}},
    {argv: ['-f', 'text'], pick: {format: 'text'}},
    {argv: ['-p', 'recall'], pick: {preset: 'recall'}},
    {argv: ['--threshold', '.75'], pick: {threshold: 0.75}},
    {argv: ['--threshold', '1.0'], pick: {threshold: 1}},
    {
      argv: ['-r', 'share-widget=off', '--rule', 'byline=ON', '-r', 'promo-line = 0.5'],
      pick: {rules: {'share-widget': false, byline: true, 'promo-line': {confidence: 0.5}}}
    },
    {argv: ['-r', 'share-widget=off', '-r', 'share-widget=true'], pick: {rules: {'share-widget': true}}},
    {argv: ['-u', 'a.mjs', '--use', 'b'], pick: {use: ['a.mjs', 'b']}},
    {argv: ['--jsonl', '--field', 'body', '--errors', 'e.jsonl'], pick: {jsonl: true, field: 'body', errors: 'e.jsonl'}},
    {argv: ['--explain', 'a.txt', '-', 'b/*.txt'], pick: {mode: 'explain', inputs: ['a.txt', '-', 'b/*.txt']}},
    {argv: ['-q'], pick: {quiet: true, silent: false}},
    {argv: ['-S'], pick: {quiet: true, silent: true}},
    {argv: ['-j', '3'], pick: {jobs: 3}},
    {argv: ['--jobs', 'auto'], pick: {jobs: 2}},
    {argv: ['--no-color'], pick: {color: false}},
    {argv: ['-i', 'a.txt'], pick: {inPlace: true}},
    {argv: ['--jsonl', '--model', 'm.json', '--site-field', 'url'], pick: {model: 'm.json', siteField: 'url'}},
    {argv: ['--', '--odd-name.txt'], pick: {inputs: ['--odd-name.txt']}}
  ]
  for (const row of good) {
    it(`should parse ${row.argv.join(' ')}`, () => {
      const settings = parseCliArgs(row.argv, 2)
      const picked = Object.fromEntries(Object.keys(row.pick).map((key) => [key, settings[key as keyof typeof settings]]))
      expect(picked).toStrictEqual(row.pick)
    })
  }

  const bad: ReadonlyArray<{argv: string[]; message: string}> = [
    {argv: ['-x'], message: "Unknown option '-x' (see decruft --help)"},
    {argv: ['--json=1'], message: "Option '--json' does not take an argument (see decruft --help)"},
    {argv: ['--threshold', '0.5.5'], message: "--threshold must be a number from 0 to 1, got '0.5.5'"},
    {argv: ['--jobs', '65'], message: "--jobs must be a whole number from 1 to 64 or 'auto', got '65'"},
    {argv: ['--jobs', '1e3'], message: "--jobs must be a whole number from 1 to 64 or 'auto', got '1e3'"},
    {argv: ['--rule', '=off'], message: "--rule must look like 'share-widget=off', 'share-widget=on' or 'share-widget=0.7', got '=off'"},
    {argv: ['--color', '--no-color'], message: '--color and --no-color cannot be used together'},
    {argv: ['--jsonl', '--site', 'a', '--site-field', 'url'], message: '--site and --site-field cannot be used together'},
    {argv: ['--site-field', 'url'], message: '--site-field needs --jsonl'},
    {argv: ['--jsonl', '--field', ''], message: '--field needs a non-empty value'},
    {argv: ['-i', 'a.txt', '-'], message: '--in-place needs files, not stdin'}
  ]
  for (const row of bad) {
    it(`should reject ${row.argv.join(' ')}`, () => {
      expect(() => parseCliArgs(row.argv, 2)).toThrow(new UsageError(row.message))
    })
  }
})

describe('locateField', () => {
  const cases: ReadonlyArray<{raw: string; field: string; value: string | undefined}> = [
    {raw: '{"text":"a"}', field: 'text', value: '"a"'},
    {raw: '{ "id" : 1 , "text" : "a\\"b" , "x": [1, {"text": "inner"}] }', field: 'text', value: '"a\\"b"'},
    {raw: '{"a":{"text":"nested"},"text":"top"}', field: 'text', value: '"top"'},
    {raw: '{"te\\u0078t":"escaped key"}', field: 'text', value: '"escaped key"'},
    {raw: '{"text":"first","text":"last"}', field: 'text', value: '"last"'},
    {raw: '{"text":null}', field: 'text', value: 'null'},
    {raw: '{"path":"C:\\\\","text":"after a backslash"}', field: 'text', value: '"after a backslash"'},
    {raw: '{"other":"text"}', field: 'text', value: undefined},
    {raw: '{}', field: 'text', value: undefined}
  ]
  for (const row of cases) {
    it(`should find \`${row.field}\` in ${row.raw}`, () => {
      const place = locateField(row.raw, row.field)
      expect(place.start === place.end ? undefined : row.raw.slice(place.start, place.end)).toStrictEqual(row.value)
      expect(row.raw[place.close]).toBe('}')
    })
  }

  it('should find the value JSON.parse finds, for any object and spacing', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.string({maxLength: 6}), fc.jsonValue({maxDepth: 2})),
        fc.string({maxLength: 6}),
        fc.boolean(),
        (object, field, spaced) => {
          const raw = JSON.stringify(object, null, spaced ? 1 : undefined).replaceAll('\n', ' ')
          const place = locateField(raw, field)
          const parsed = JSON.parse(raw) as Record<string, unknown>
          if (Object.hasOwn(parsed, field)) {
            expect(JSON.parse(raw.slice(place.start, place.end))).toStrictEqual(parsed[field])
          } else {
            expect(place.start).toBe(place.end)
          }
          expect(raw[place.close]).toBe('}')
        }
      )
    )
  })
})

/**
 * Collect every batch of a stream.
 *
 * @param chunks
 *   Chunks (split anywhere, even inside a character).
 * @param limits
 *   Batch limits.
 * @returns
 *   Batches and the bytes counted.
 */
async function batchesOf(
  chunks: readonly Buffer[],
  limits = {characters: 1000, lines: 1000, longestLine: 1000}
): Promise<{batches: RecordBatch[]; bytes: number}> {
  const batches: RecordBatch[] = []
  let bytes = 0
  for await (const batch of readLineBatches(Readable.from(chunks), 'x', (count) => void (bytes += count), limits)) {
    batches.push(batch)
  }
  return {batches, bytes}
}

describe('readLineBatches', () => {
  it('should split lines across chunk borders, even inside a character, with CRLF and a BOM', async () => {
    const bytes = Buffer.from('\uFEFFé1\r\nline 2\n\nlast ü')
    const chunks = [bytes.subarray(0, 4), bytes.subarray(4, 9), bytes.subarray(9)]
    expect(await batchesOf(chunks)).toStrictEqual({
      batches: [{name: 'x', firstLine: 1, lines: ['é1', 'line 2', '', 'last ü']}],
      bytes: bytes.length
    })
  })

  it('should cut batches by line count and by size, numbering lines on', async () => {
    const text = Buffer.from('a\nbb\nccc\ndddd\n')
    expect((await batchesOf([text], {characters: 1000, lines: 2, longestLine: 100})).batches).toStrictEqual([
      {name: 'x', firstLine: 1, lines: ['a', 'bb']},
      {name: 'x', firstLine: 3, lines: ['ccc', 'dddd']}
    ])
    expect((await batchesOf([text], {characters: 3, lines: 100, longestLine: 100})).batches).toStrictEqual([
      {name: 'x', firstLine: 1, lines: ['a', 'bb']},
      {name: 'x', firstLine: 3, lines: ['ccc']},
      {name: 'x', firstLine: 4, lines: ['dddd']}
    ])
  })

  it('should not keep a line longer than the limit, in one chunk or many, and go on', async () => {
    const long = 'x'.repeat(50)
    const chunks = [Buffer.from('ok\n' + long.slice(0, 20)), Buffer.from(long.slice(20) + '\nafter\n' + long)]
    const tooLong = {reason: 'line longer than 64 MiB'}
    expect((await batchesOf(chunks, {characters: 1000, lines: 1000, longestLine: 10})).batches).toStrictEqual([
      {name: 'x', firstLine: 1, lines: ['ok', tooLong, 'after', tooLong]}
    ])
  })

  it('should keep a line that is not UTF-8 as bytes, with the offset of its first bad byte', async () => {
    const bad = Buffer.from('{"text": "caf\u00e9"}', 'latin1')
    const bytes = Buffer.concat([Buffer.from('{"text": "\u00e9"}\n'), bad, Buffer.from('\r\n{"text": "ok"}\n')])
    const chunks = [bytes.subarray(0, 5), bytes.subarray(5, 23), bytes.subarray(23)]
    expect((await batchesOf(chunks)).batches).toStrictEqual([
      {
        name: 'x',
        firstLine: 1,
        lines: [
          '{"text": "\u00e9"}',
          {reason: 'not valid UTF-8 (byte 0xE9 at offset 13)', base64: bad.toString('base64')},
          '{"text": "ok"}'
        ]
      }
    ])
  })

  it('should yield nothing for an empty stream', async () => {
    expect(await batchesOf([])).toStrictEqual({batches: [], bytes: 0})
  })
})

describe('mapOrdered', () => {
  it('should yield in input order while work finishes out of order, with at most `limit` in flight', async () => {
    let running = 0
    let most = 0
    const results: number[] = []
    const work = async (item: number): Promise<number> => {
      running++
      most = Math.max(most, running)
      await new Promise((resolve) => setTimeout(resolve, (item * 7) % 5))
      running--
      return item * 2
    }
    for await (const value of mapOrdered([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], work, 3)) results.push(value)
    expect({results, most}).toStrictEqual({results: [0, 2, 4, 6, 8, 10, 12, 14, 16, 18], most: 3})
  })

  it('should throw the first failure in its turn, after the results before it', async () => {
    const results: number[] = []
    const work = async (item: number): Promise<number> => {
      if (item === 2) throw new Error('item 2')
      return item
    }
    await expect(
      (async () => {
        for await (const value of mapOrdered([0, 1, 2, 3], work, 4)) results.push(value)
      })()
    ).rejects.toThrow(new Error('item 2'))
    expect(results).toStrictEqual([0, 1])
  })
})

describe('progress', () => {
  const cases: ReadonlyArray<{name: string; state: Parameters<typeof formatProgress>[0]; line: string}> = [
    {
      name: 'files with a total',
      state: {unit: 'files', done: 25, total: 100, bytes: 0, totalBytes: undefined, elapsed: 5000},
      line: '25 of 100 files · 5 files/s · ETA 0:15'
    },
    {
      name: 'records with a byte total',
      state: {unit: 'records', done: 5000, total: undefined, bytes: 50e6, totalBytes: 100e6, elapsed: 10_000},
      line: '5,000 records · 50.0 MB of 100.0 MB · 500 records/s · 5.0 MB/s · ETA 0:10'
    },
    {
      name: 'records from stdin, no ETA',
      state: {unit: 'records', done: 1234567, total: undefined, bytes: 2500, totalBytes: undefined, elapsed: 2000},
      line: '1,234,567 records · 2.5 kB · 617,284 records/s · 1.3 kB/s'
    },
    {
      name: 'an hour to go',
      state: {unit: 'files', done: 1, total: 3601, bytes: 0, totalBytes: undefined, elapsed: 1000},
      line: '1 of 3,601 files · 1 files/s · ETA 1:00:00'
    }
  ]
  for (const row of cases) {
    it(`should format progress: ${row.name}`, () => {
      expect(formatProgress(row.state)).toBe(row.line)
    })
  }

  it('should draw on the stream at most every 200 ms and erase itself at the end', () => {
    let written = ''
    let time = 0
    const stream = {write: (text: string) => ((written += text), true), columns: 80} as unknown as NodeJS.WriteStream
    const progress = createProgress({stream, enabled: true, unit: 'files', total: 4, now: () => time})
    time = 1000
    progress.advance(1)
    time = 1100
    progress.advance(1)
    time = 2000
    progress.advance(1)
    progress.finish()
    expect(written).toBe(
      '\r\u001B[K1 of 4 files · 1 files/s · ETA 0:03' + '\r\u001B[K3 of 4 files · 2 files/s · ETA 0:01' + '\r\u001B[K'
    )
  })

  it('should write nothing when disabled', () => {
    let written = ''
    const stream = {write: (text: string) => ((written += text), true)} as unknown as NodeJS.WriteStream
    const progress = createProgress({stream, enabled: false, unit: 'files'})
    progress.advance(5)
    progress.finish()
    expect(written).toBe('')
  })
})

describe('writeFileAtomic', () => {
  it('should replace a file, keeping its mode, and leave no temporary file', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'decruft-atomic-'))
    try {
      writeFileSync(join(folder, 'a.txt'), 'old')
      chmodSync(join(folder, 'a.txt'), 0o751)
      await writeFileAtomic(join(folder, 'a.txt'), 'new')
      expect({
        text: readFileSync(join(folder, 'a.txt'), 'utf8'),
        mode: statSync(join(folder, 'a.txt')).mode & 0o777,
        files: readdirSync(folder)
      }).toStrictEqual({text: 'new', mode: 0o751, files: ['a.txt']})
    } finally {
      rmSync(folder, {recursive: true, force: true})
    }
  })

  it('should write through a symbolic link, keeping the link', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'decruft-atomic-'))
    try {
      writeFileSync(join(folder, 'target.txt'), 'old')
      symlinkSync(join(folder, 'target.txt'), join(folder, 'link.txt'))
      await writeFileAtomic(join(folder, 'link.txt'), 'new')
      expect({
        target: readFileSync(join(folder, 'target.txt'), 'utf8'),
        link: lstatSync(join(folder, 'link.txt')).isSymbolicLink()
      }).toStrictEqual({target: 'new', link: true})
    } finally {
      rmSync(folder, {recursive: true, force: true})
    }
  })

  it('should reject, leaving nothing behind, when the folder does not exist', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'decruft-atomic-'))
    try {
      await expect(writeFileAtomic(join(folder, 'missing/a.txt'), 'x')).rejects.toThrow(/ENOENT/)
      expect(readdirSync(folder)).toStrictEqual([])
    } finally {
      rmSync(folder, {recursive: true, force: true})
    }
  })
})

describe('decodeDocument', () => {
  const latin1 = Buffer.from('Le caf\u00e9 ouvre apr\u00e8s deux ans.', 'latin1')

  it('should decode UTF-8, and drop a byte-order mark', () => {
    expect(decodeDocument(Buffer.from('Caf\u00e9 \u{1F600} \u4e2d', 'utf8'))).toBe('Caf\u00e9 \u{1F600} \u4e2d')
    expect(decodeDocument(Buffer.from('\ufeffHi', 'utf8'))).toBe('Hi')
  })

  it('should follow a UTF-16 byte-order mark, little or big endian', () => {
    expect(decodeDocument(Buffer.from('\ufeffCaf\u00e9', 'utf16le'))).toBe('Caf\u00e9')
    const big = Buffer.from('\ufeffCaf\u00e9', 'utf16le').swap16()
    expect(decodeDocument(big)).toBe('Caf\u00e9')
  })

  it('should fail on bytes that are not UTF-8, naming the first bad byte and --encoding', () => {
    expect(() => decodeDocument(latin1)).toThrow(
      new DecodeError(
        'not valid UTF-8 (byte 0xE9 at offset 6) and no charset declared: give its encoding with --encoding, ' +
          'e.g. --encoding windows-1252'
      )
    )
  })

  it.each([
    ['a stray continuation byte', [0x61, 0x80], 1],
    ['an overlong form', [0x61, 0x62, 0xc0, 0x80], 2],
    ['a surrogate', [0xed, 0xa0, 0x80], 0],
    ['a value past U+10FFFF', [0x61, 0xf4, 0x90, 0x80, 0x80], 1],
    ['a sequence cut short', [0x61, 0xc3], 1]
  ])('should name the offset of %s', (_name, bytes, offset) => {
    expect(() => decodeDocument(new Uint8Array(bytes))).toThrow('at offset ' + offset + ')')
  })

  it('should agree with a strict decoder on random bytes, and name an offset it is valid up to', () => {
    const utf16Mark = (bytes: Uint8Array) => (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)
    fc.assert(
      fc.property(fc.uint8Array({maxLength: 40}), fc.boolean(), (random, marked) => {
        // Half the cases start with a UTF-16 byte-order mark.
        const bytes = marked ? Uint8Array.from([0xff, 0xfe, ...random]) : random
        if (utf16Mark(bytes)) {
          const label = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be'
          let expected: string | undefined
          try {
            expected = new TextDecoder(label, {fatal: true}).decode(bytes)
          } catch {
            expected = undefined
          }
          if (expected === undefined) return throwsDecodeError(() => decodeDocument(bytes))
          return decodeDocument(bytes) === expected
        }
        const strict = new TextDecoder('utf-8', {fatal: true})
        try {
          const expected = strict.decode(bytes)
          return decodeDocument(bytes) === expected
        } catch {
          try {
            decodeDocument(bytes)
            return false
          } catch (error) {
            const offset = Number(/at offset (\d+)\)/.exec(String(error))?.[1])
            strict.decode(bytes.subarray(0, offset))
            return offset < bytes.length
          }
        }
      })
    )
  })

  it('should decode with --encoding, and with the charset an HTML page declares', () => {
    expect(decodeDocument(latin1, 'windows-1252')).toBe('Le caf\u00e9 ouvre apr\u00e8s deux ans.')
    const page = (meta: string) =>
      Buffer.concat([Buffer.from('<html><head>' + meta + '</head><body><p>'), latin1, Buffer.from('</p></body></html>')])
    expect(decodeDocument(page('<meta charset="iso-8859-1">'))).toContain('caf\u00e9')
    expect(decodeDocument(page('<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=windows-1252">'))).toContain(
      'apr\u00e8s'
    )
    // Valid UTF-8 stays UTF-8 whatever the page declares (a mislabelled page).
    const utf8Page = Buffer.from('<meta charset="iso-8859-1"><p>caf\u00e9</p>', 'utf8')
    expect(decodeDocument(utf8Page)).toBe('<meta charset="iso-8859-1"><p>caf\u00e9</p>')
    // A charset `TextDecoder` does not know, or one the bytes break, is an error.
    expect(() => decodeDocument(page('<meta charset="x-no-such">'))).toThrow(DecodeError)
    expect(() => decodeDocument(Buffer.from([0x82, 0xa0, 0x82]), 'shift_jis')).toThrow(
      'not valid shift_jis (the encoding from --encoding): give the right one with --encoding'
    )
  })

  it('should take the WHATWG labels for --encoding, and no others', () => {
    const labels = ['utf-8', 'UTF8', 'latin1', 'windows-1252', 'iso-8859-2', 'shift_jis', 'gb18030']
    expect(labels.map(parseEncoding)).toStrictEqual(labels)
    expect(parseEncoding(undefined)).toBe(undefined)
    expect(() => parseEncoding('nope')).toThrow(
      new UsageError("--encoding must be an encoding label such as utf-8, windows-1252, iso-8859-2 or shift_jis, got 'nope'")
    )
  })

})

/**
 * Whether a call throws a `DecodeError`.
 *
 * @param call
 *   The call.
 * @returns
 *   Whether it threw one.
 */
function throwsDecodeError(call: () => unknown): boolean {
  try {
    call()
    return false
  } catch (error) {
    return error instanceof DecodeError
  }
}
