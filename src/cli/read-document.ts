/**
 * Read an input document (a file or stdin) as text, without silent loss: its
 * bytes are decoded with the encoding a byte-order mark names, else with
 * `--encoding`, else as UTF-8 if they are valid UTF-8, else with the charset
 * an HTML page declares in its first 1,024 bytes. Anything else is an error
 * that names the first bad byte, never a text with U+FFFD where bytes were.
 */
import {readFile} from 'node:fs/promises'
import type {Input} from './inputs.js'
import {UsageError} from './io.js'

/** Byte-order marks and the encodings they name. */
const byteOrderMarks: ReadonlyArray<readonly [readonly number[], string]> = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xff, 0xfe], 'utf-16le'],
  [[0xfe, 0xff], 'utf-16be']
]

/** How far an HTML page's charset declaration is looked for, as browsers do. */
const prescanLength = 1024

/** What follows `charset` in a `<meta>` tag: `="x"`, `=x`; captures the label. */
const charsetValue = /^\s{0,8}=\s{0,8}["']?([\w.:-]{1,40})/

/** Why an input could not be decoded. */
export class DecodeError extends Error {
  /**
   * @param message
   *   What went wrong and what to do, one sentence.
   */
  constructor(message: string) {
    super(message)
    this.name = 'DecodeError'
  }
}

/**
 * Check an `--encoding` value: a WHATWG encoding name or label that
 * `TextDecoder` knows (`utf-8`, `windows-1252`, `latin1`, `shift_jis`, …).
 *
 * @param value
 *   The value given, if any.
 * @returns
 *   The value.
 * @throws {UsageError}
 *   When `TextDecoder` does not know it.
 */
export function parseEncoding(value: string | undefined): string | undefined {
  if (value === undefined || knowsEncoding(value)) return value
  throw new UsageError(
    "--encoding must be an encoding label such as utf-8, windows-1252, iso-8859-2 or shift_jis, got '" + value + "'"
  )
}

/**
 * Whether `TextDecoder` knows an encoding label.
 *
 * @param label
 *   A label (`utf-8`, `latin1`, `shift_jis`).
 * @returns
 *   Whether it does.
 */
function knowsEncoding(label: string): boolean {
  return tryDecode(new Uint8Array(0), label) !== undefined
}

/**
 * Read one input document, from its file or from stdin, and decode it.
 *
 * @param input
 *   The input.
 * @param stdin
 *   Standard input, for `-`.
 * @param encoding
 *   `--encoding` (optional).
 * @returns
 *   The text.
 * @throws {DecodeError}
 *   When its bytes are not valid in the encoding used.
 */
export async function readDocument(input: Input, stdin: NodeJS.ReadableStream, encoding?: string): Promise<string> {
  return decodeDocument(input.type === 'stdin' ? await readAll(stdin) : await readFile(input.path), encoding)
}

/**
 * Read a whole stream.
 *
 * @param stream
 *   The stream.
 * @returns
 *   Its bytes.
 */
async function readAll(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk)
  return Buffer.concat(chunks)
}

/**
 * Decode one input document.
 *
 * @param bytes
 *   The file's or stdin's bytes.
 * @param encoding
 *   `--encoding` (optional; a byte-order mark still wins, as in browsers).
 * @returns
 *   The text, without its byte-order mark.
 * @throws {DecodeError}
 *   When the bytes are not valid in the encoding used.
 * @example
 *   decodeDocument(new Uint8Array([0x63, 0x61, 0x66, 0xe9]), 'windows-1252') //=> 'café'
 */
export function decodeDocument(bytes: Uint8Array, encoding?: string): string {
  const marked = byteOrderMark(bytes)
  if (marked !== undefined) return decodeStrictly(bytes, marked, 'its byte-order mark')
  if (encoding !== undefined) return decodeStrictly(bytes, encoding, '--encoding')
  const utf8 = tryDecode(bytes, 'utf-8')
  if (utf8 !== undefined) return utf8
  const declared = declaredCharset(bytes)
  if (declared !== undefined) return decodeStrictly(bytes, declared, 'the charset the page declares')
  throw new DecodeError(
    invalidUtf8Reason(bytes) + ' and no charset declared: give its encoding with --encoding, e.g. --encoding windows-1252'
  )
}

/**
 * The encoding a byte-order mark at the start names.
 *
 * @param bytes
 *   Bytes.
 * @returns
 *   The encoding, or `undefined` without a mark.
 */
function byteOrderMark(bytes: Uint8Array): string | undefined {
  for (const [mark, encoding] of byteOrderMarks) {
    if (mark.every((byte, index) => bytes[index] === byte)) return encoding
  }
  return undefined
}

/**
 * The charset an HTML page declares in its first bytes (`<meta charset=x>` or
 * `<meta http-equiv=… content="…; charset=x">`), if `TextDecoder` knows it.
 * The bytes are read as `windows-1252`: every byte is a character, and ASCII
 * stays ASCII.
 *
 * @param bytes
 *   Bytes.
 * @returns
 *   The label, or `undefined`.
 */
function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, prescanLength)).toLowerCase()
  let from = 0
  for (;;) {
    const start = head.indexOf('<meta', from)
    if (start === -1) return undefined
    const end = head.indexOf('>', start)
    const tag = head.slice(start, end === -1 ? head.length : end)
    const charset = tag.indexOf('charset')
    const label = charset === -1 ? undefined : charsetValue.exec(tag.slice(charset + 'charset'.length))?.[1]
    if (label !== undefined && knowsEncoding(label)) return label
    from = start + '<meta'.length
  }
}

/**
 * Decode, failing on any byte the encoding does not define.
 *
 * @param bytes
 *   Bytes.
 * @param encoding
 *   A `TextDecoder` label.
 * @param because
 *   Why this encoding, for the error.
 * @returns
 *   The text.
 * @throws {DecodeError}
 *   When a byte sequence is not valid in the encoding.
 */
function decodeStrictly(bytes: Uint8Array, encoding: string, because: string): string {
  const text = tryDecode(bytes, encoding)
  if (text === undefined) {
    throw new DecodeError('not valid ' + encoding + ' (the encoding from ' + because + '): give the right one with --encoding')
  }
  return text
}

/**
 * Decode with a fatal `TextDecoder` (a byte-order mark of the encoding is
 * dropped).
 *
 * @param bytes
 *   Bytes.
 * @param encoding
 *   A `TextDecoder` label.
 * @returns
 *   The text, or `undefined` when a byte sequence is invalid.
 */
function tryDecode(bytes: Uint8Array, encoding: string): string | undefined {
  try {
    return new TextDecoder(encoding, {fatal: true}).decode(bytes)
  } catch {
    return undefined
  }
}

/**
 * Say where bytes stop being UTF-8.
 *
 * @param bytes
 *   Bytes that are not valid UTF-8.
 * @returns
 *   `not valid UTF-8 (byte 0xE9 at offset 6)`.
 */
export function invalidUtf8Reason(bytes: Uint8Array): string {
  const offset = firstInvalidUtf8(bytes)
  const byte = (bytes[offset] ?? 0).toString(16).toUpperCase().padStart(2, '0')
  return 'not valid UTF-8 (byte 0x' + byte + ' at offset ' + offset + ')'
}

/**
 * Offset of the first byte that starts no valid UTF-8 sequence (a stray
 * continuation byte, an overlong form, a surrogate, a value past U+10FFFF, or
 * a sequence cut short).
 *
 * @param bytes
 *   Bytes that are not valid UTF-8.
 * @returns
 *   The offset (`bytes.length` for valid UTF-8).
 */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let index = 0
  while (index < bytes.length) {
    const length = utf8SequenceLength(bytes, index)
    if (length === 0) return index
    index += length
  }
  return bytes.length
}

/**
 * Length of the valid UTF-8 sequence at `index`, or 0 when none starts there.
 *
 * @param bytes
 *   Bytes.
 * @param index
 *   Offset.
 * @returns
 *   1 to 4, or 0.
 */
function utf8SequenceLength(bytes: Uint8Array, index: number): number {
  const lead = bytes[index] ?? 0
  if (lead < 0x80) return 1
  // The second byte's range depends on the lead (no overlong form, no surrogate, nothing past U+10FFFF).
  let length: number
  let low = 0x80
  let high = 0xbf
  if (lead >= 0xc2 && lead <= 0xdf) length = 2
  else if (lead >= 0xe0 && lead <= 0xef) {
    length = 3
    if (lead === 0xe0) low = 0xa0
    if (lead === 0xed) high = 0x9f
  } else if (lead >= 0xf0 && lead <= 0xf4) {
    length = 4
    if (lead === 0xf0) low = 0x90
    if (lead === 0xf4) high = 0x8f
  } else return 0
  for (let offset = 1; offset < length; offset++) {
    const byte = bytes[index + offset]
    if (byte === undefined) return 0
    if (offset === 1 ? byte < low || byte > high : byte < 0x80 || byte > 0xbf) return 0
  }
  return length
}
