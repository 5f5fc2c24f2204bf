/**
 * Progress on standard error for long runs: items done, rate, and an ETA when
 * the total is known. Only on a terminal (the caller decides), redrawn in
 * place at most a few times a second, and erased at the end.
 */
import type {OutputStream} from './io.js'

/** What the progress line counts. */
export interface ProgressState {
  /** `files` or `records`. */
  readonly unit: string
  /** Items done. */
  readonly done: number
  /** Items in all, when known (files). */
  readonly total: number | undefined
  /** Bytes read so far. */
  readonly bytes: number
  /** Bytes in all, when known (JSON Lines from files). */
  readonly totalBytes: number | undefined
  /** Milliseconds since the start. */
  readonly elapsed: number
}

/** A progress reporter. */
export interface Progress {
  /** Count finished items. */
  readonly advance: (items: number) => undefined
  /** Count bytes read. */
  readonly read: (bytes: number) => undefined
  /** Erase the progress line. */
  readonly finish: () => undefined
}

/** Settings for `createProgress`. */
export interface ProgressOptions {
  /** Where to draw. */
  readonly stream: OutputStream
  /** Whether to draw at all. */
  readonly enabled: boolean
  /** `files` or `records`. */
  readonly unit: string
  /** Items in all, when known. */
  readonly total?: number | undefined
  /** Bytes in all, when known. */
  readonly totalBytes?: number | undefined
  /** Clock in milliseconds (default: `performance.now`). */
  readonly now?: (() => number) | undefined
}

/** Least time between two redraws, in milliseconds. */
const redrawInterval = 200

/** Carriage return and erase to the end of the line. */
const eraseLine = '\r\u001B[K'

/**
 * Create a progress reporter; when disabled, every call does nothing.
 *
 * @param options
 *   Settings.
 * @returns
 *   The reporter.
 * @example
 *   const progress = createProgress({stream: process.stderr, enabled: true, unit: 'files', total: 10})
 *   progress.advance(1)
 */
export function createProgress(options: ProgressOptions): Progress {
  const now = options.now ?? (() => performance.now())
  const start = now()
  let done = 0
  let bytes = 0
  let lastDraw = Number.NEGATIVE_INFINITY
  let drawn = false

  /**
   * Redraw when enough time has passed.
   *
   * @returns
   *   Nothing.
   */
  function maybeDraw(): undefined {
    if (!options.enabled) return
    const time = now()
    if (time - lastDraw < redrawInterval) return
    lastDraw = time
    const state: ProgressState = {
      unit: options.unit,
      done,
      total: options.total,
      bytes,
      totalBytes: options.totalBytes,
      elapsed: time - start
    }
    // Stay on one line: a wrapped line cannot be redrawn in place.
    const columns = options.stream.columns ?? 0
    const width = columns > 20 ? columns - 1 : 79
    options.stream.write(eraseLine + formatProgress(state).slice(0, width))
    drawn = true
  }

  return {
    advance(items) {
      done += items
      maybeDraw()
    },
    read(count) {
      bytes += count
      maybeDraw()
    },
    finish() {
      if (drawn) options.stream.write(eraseLine)
      drawn = false
    }
  }
}

/**
 * The progress line.
 *
 * @param state
 *   Counts and time.
 * @returns
 *   One line, without a line ending.
 * @example
 *   formatProgress({unit: 'records', done: 5000, total: undefined, bytes: 52428800, totalBytes: 104857600, elapsed: 10000})
 *   //=> '5,000 records · 50.0 MB of 100.0 MB · 500 records/s · 5.0 MB/s · ETA 0:10'
 */
export function formatProgress(state: ProgressState): string {
  const seconds = state.elapsed / 1000
  const rate = seconds > 0 ? state.done / seconds : 0
  const byteRate = seconds > 0 ? state.bytes / seconds : 0
  const parts = [
    state.done.toLocaleString('en-US') +
      (state.total === undefined ? '' : ' of ' + state.total.toLocaleString('en-US')) +
      ' ' +
      state.unit
  ]
  if (state.bytes > 0) {
    parts.push(formatBytes(state.bytes) + (state.totalBytes === undefined ? '' : ' of ' + formatBytes(state.totalBytes)))
  }
  parts.push(Math.round(rate).toLocaleString('en-US') + ' ' + state.unit + '/s')
  if (state.bytes > 0) parts.push(formatBytes(byteRate) + '/s')

  let remaining: number | undefined
  if (state.total !== undefined && rate > 0) remaining = (state.total - state.done) / rate
  else if (state.totalBytes !== undefined && byteRate > 0) remaining = (state.totalBytes - state.bytes) / byteRate
  if (remaining !== undefined) parts.push('ETA ' + formatDuration(Math.max(0, remaining)))
  return parts.join(' · ')
}

/**
 * Bytes in decimal megabytes (`1.5 MB`), or kilobytes below one.
 *
 * @param bytes
 *   Count.
 * @returns
 *   Text.
 */
function formatBytes(bytes: number): string {
  return bytes >= 1e6 ? (bytes / 1e6).toFixed(1) + ' MB' : (bytes / 1e3).toFixed(1) + ' kB'
}

/**
 * Seconds as `m:ss`, or `h:mm:ss` from an hour.
 *
 * @param seconds
 *   Duration.
 * @returns
 *   Text.
 */
function formatDuration(seconds: number): string {
  const whole = Math.round(seconds)
  const hours = Math.floor(whole / 3600)
  const minutes = Math.floor((whole % 3600) / 60)
  const rest = String(whole % 60).padStart(2, '0')
  return hours > 0 ? hours + ':' + String(minutes).padStart(2, '0') + ':' + rest : minutes + ':' + rest
}
