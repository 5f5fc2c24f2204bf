/**
 * Read JSON Lines from a stream in batches of whole lines, pulling one chunk
 * at a time: the stream is paused while the consumer works (backpressure), so
 * memory stays bounded by the batch size and the longest line, never by the
 * size of the input.
 */
import type {Readable} from 'node:stream'
import {StringDecoder} from 'node:string_decoder'
import {maximumLineLength, type RecordBatch} from './engine.js'

/** Limits of one batch. */
export interface BatchLimits {
  /** Most UTF-16 units of text in one batch (a batch always holds at least one line). */
  readonly characters: number
  /** Most lines in one batch. */
  readonly lines: number
  /** Longest line kept, in UTF-16 units; a longer one comes out as `null`. */
  readonly longestLine: number
}

/** Batch size that keeps per-message overhead of worker threads small. */
const defaultBatchLimits: BatchLimits = {characters: 1024 * 1024, lines: 2048, longestLine: maximumLineLength}

/**
 * Split a stream into batches of lines.
 *
 * Line endings are `\n` or `\r\n`; a BOM at the start is dropped. A line longer
 * than `limits.longestLine` is not kept: it comes out as `null` so the record
 * is reported, and reading goes on at the next line.
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
  const decoder = new StringDecoder('utf8')
  let pending: string[] = []
  let pendingLength = 0
  let tooLong = false
  let lines: Array<string | null> = []
  let characters = 0
  let lineNumber = 1
  let firstLine = 1
  let atStart = true

  /**
   * Add a finished line to the batch.
   *
   * @param line
   *   The line (with a possible trailing `\r`), or `null` when too long.
   * @returns
   *   Nothing.
   */
  function push(line: string | null): undefined {
    let value = line
    if (value !== null && value.endsWith('\r')) value = value.slice(0, -1)
    if (value !== null && atStart && value.startsWith('\uFEFF')) value = value.slice(1)
    atStart = false
    lines.push(value)
    characters += value === null ? 0 : value.length
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
    const text = decoder.write(buffer)
    let start = 0
    for (;;) {
      const newline = text.indexOf('\n', start)
      if (newline === -1) break
      if (tooLong || pendingLength + newline - start > limits.longestLine) push(null)
      else push(pending.length === 0 ? text.slice(start, newline) : pending.join('') + text.slice(start, newline))
      pending = []
      pendingLength = 0
      tooLong = false
      start = newline + 1
      if (characters >= limits.characters || lines.length >= limits.lines) yield take()
    }
    if (start < text.length && !tooLong) {
      pending.push(text.slice(start))
      pendingLength += text.length - start
      // Drop a runaway line instead of growing without bound.
      if (pendingLength > limits.longestLine) {
        pending = []
        pendingLength = 0
        tooLong = true
      }
    }
  }

  const rest = pending.join('') + decoder.end()
  if (tooLong || rest.length > limits.longestLine) push(null)
  else if (rest !== '') push(rest)
  if (lines.length > 0) yield take()
}
