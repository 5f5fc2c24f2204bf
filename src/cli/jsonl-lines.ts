/**
 * Read JSON Lines from a stream in batches of whole lines, pulling one chunk
 * at a time: the stream is paused while the consumer works (backpressure), so
 * memory stays bounded by the batch size and the longest line, never by the
 * size of the input.
 */
import {isUtf8} from 'node:buffer'
import type {Readable} from 'node:stream'
import {maximumLineLength, type RecordBatch, type UnreadLine} from './engine.js'
import {invalidUtf8Reason} from './read-document.js'

/** Limits of one batch. */
export interface BatchLimits {
  /** Most UTF-16 units of text in one batch (a batch always holds at least one line). */
  readonly characters: number
  /** Most lines in one batch. */
  readonly lines: number
  /** Longest line kept, in bytes; a longer one comes out as an `UnreadLine` without its bytes. */
  readonly longestLine: number
}

/** Batch size that keeps per-message overhead of worker threads small. */
const defaultBatchLimits: BatchLimits = {characters: 1024 * 1024, lines: 2048, longestLine: maximumLineLength}

/** A line longer than the limit: not kept. */
const tooLongLine: UnreadLine = {reason: 'line longer than ' + maximumLineLength / 1024 / 1024 + ' MiB'}

/**
 * Split a stream into batches of lines.
 *
 * Lines are cut at the byte `\n` (which no UTF-8 character contains), then
 * decoded one by one, so a line that is not valid UTF-8 is reported with the
 * offset of its first bad byte and kept as bytes, never read with U+FFFD in
 * place of them. Line endings are `\n` or `\r\n`; a BOM at the start is
 * dropped. A line longer than `limits.longestLine` is not kept, and reading
 * goes on at the next line.
 *
 * @param stream
 *   Bytes of UTF-8 JSON Lines.
 * @param name
 *   Input name, copied into each batch.
 * @param onBytes
 *   Called with the byte count of each chunk read (for progress).
 * @param limits
 *   Batch limits (optional).
 * @returns
 *   Batches, in order.
 */
export async function* readLineBatches(
  stream: Readable,
  name: string,
  onBytes: (bytes: number) => undefined,
  limits: BatchLimits = defaultBatchLimits
): AsyncGenerator<RecordBatch> {
  let pending: Buffer[] = []
  let pendingLength = 0
  let tooLong = false
  let lines: Array<string | UnreadLine> = []
  let characters = 0
  let lineNumber = 1
  let firstLine = 1
  let atStart = true

  /**
   * Add a finished line to the batch.
   *
   * @param bytes
   *   The line's bytes (with a possible trailing `\r`), or `undefined` when too long.
   * @returns
   *   Nothing.
   */
  function push(bytes: Buffer | undefined): undefined {
    let line: string | UnreadLine = tooLongLine
    if (bytes !== undefined) {
      let start = 0
      let end = bytes.length
      if (atStart && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3
      if (end > start && bytes[end - 1] === 0x0d) end--
      const content = bytes.subarray(start, end)
      line = isUtf8(content)
        ? content.toString('utf8')
        : {reason: invalidUtf8Reason(content), base64: content.toString('base64')}
    }
    atStart = false
    lines.push(line)
    characters += typeof line === 'string' ? line.length : (bytes?.length ?? 0)
    lineNumber++
  }

  /**
   * Take the batch so far.
   *
   * @returns
   *   The batch.
   */
  function take(): RecordBatch {
    const batch: RecordBatch = {name, firstLine, lines}
    lines = []
    characters = 0
    firstLine = lineNumber
    return batch
  }

  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer)
    onBytes(buffer.length)
    let start = 0
    for (;;) {
      const newline = buffer.indexOf(0x0a, start)
      if (newline === -1) break
      if (tooLong || pendingLength + newline - start > limits.longestLine) push(undefined)
      else push(pending.length === 0 ? buffer.subarray(start, newline) : Buffer.concat([...pending, buffer.subarray(start, newline)]))
      pending = []
      pendingLength = 0
      tooLong = false
      start = newline + 1
      if (characters >= limits.characters || lines.length >= limits.lines) yield take()
    }
    if (start < buffer.length && !tooLong) {
      pending.push(buffer.subarray(start))
      pendingLength += buffer.length - start
      // Drop a runaway line instead of growing without bound.
      if (pendingLength > limits.longestLine) {
        pending = []
        pendingLength = 0
        tooLong = true
      }
    }
  }

  if (tooLong) push(undefined)
  else if (pendingLength > 0) push(Buffer.concat(pending))
  if (lines.length > 0) yield take()
}
