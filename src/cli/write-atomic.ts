/**
 * Write files atomically: into a temporary file next to the target, then
 * rename over it. A crash or a failed write leaves the old file whole, never
 * a half-written one.
 */
import {randomBytes} from 'node:crypto'
import {createWriteStream, type WriteStream} from 'node:fs'
import {chmod, open, realpath, rename, rm, stat, type FileHandle} from 'node:fs/promises'
import {basename, dirname, join} from 'node:path'
import {trackTemporary, untrackTemporary} from './interrupt.js'

/** A file being written through a temporary file. */
export interface AtomicWriter {
  /** The stream into the temporary file. */
  readonly stream: WriteStream
  /** Flush and rename the temporary file over the target. */
  readonly commit: () => Promise<undefined>
  /** Remove the temporary file; the target stays as it was. */
  readonly abort: () => Promise<undefined>
}

/**
 * Write text to a file atomically, keeping the permissions of the file it
 * replaces. A symbolic link is followed: its target is replaced, the link kept.
 *
 * @param path
 *   Target file.
 * @param text
 *   Content.
 * @returns
 *   When the new file is in place.
 * @example
 *   await writeFileAtomic('page.txt', 'Clean text.\n')
 */
export async function writeFileAtomic(path: string, text: string): Promise<undefined> {
  const target = await resolveTarget(path)
  const mode = await readMode(target)
  const temporary = temporaryPath(target)
  // Noted before it exists, so an interruption at any point removes it.
  trackTemporary(temporary)
  try {
    const handle = await open(temporary, 'wx', mode ?? 0o666)
    try {
      await fillAndClose(handle, text, mode)
      await rename(temporary, target)
    } catch (error) {
      await rm(temporary, {force: true})
      throw error
    }
  } finally {
    untrackTemporary(temporary)
  }
}

/**
 * Write text into a fresh file, flush it to disk and close it.
 *
 * @param handle
 *   The open file.
 * @param text
 *   Content.
 * @param mode
 *   Permission bits to give it, if any (`open` applies the umask).
 * @returns
 *   When it is closed.
 */
async function fillAndClose(handle: FileHandle, text: string, mode: number | undefined): Promise<undefined> {
  try {
    if (mode !== undefined) await handle.chmod(mode)
    await handle.writeFile(text, 'utf8')
    await handle.sync()
  } finally {
    await handle.close()
  }
}

/**
 * Start writing a file atomically through a stream (for outputs too large to
 * hold: JSON Lines).
 *
 * @param path
 *   Target file.
 * @returns
 *   The writer.
 */
export async function createAtomicWriter(path: string): Promise<AtomicWriter> {
  const target = await resolveTarget(path)
  const mode = await readMode(target)
  const temporary = temporaryPath(target)
  trackTemporary(temporary)
  const stream = createWriteStream(temporary, {flags: 'wx', mode: mode ?? 0o666})
  await new Promise<void>(function (resolve, reject) {
    stream.once('open', () => resolve())
    stream.once('error', reject)
  })
  if (mode !== undefined) await chmod(temporary, mode)

  return {
    stream,
    async commit() {
      await new Promise<void>(function (resolve, reject) {
        stream.once('error', reject)
        stream.end(() => resolve())
      })
      await rename(temporary, target)
      untrackTemporary(temporary)
    },
    async abort() {
      stream.destroy()
      await rm(temporary, {force: true})
      untrackTemporary(temporary)
    }
  }
}

/**
 * The real file behind a path (through symbolic links), or the path itself
 * when it does not exist yet.
 *
 * @param path
 *   Path.
 * @returns
 *   Path to write.
 */
async function resolveTarget(path: string): Promise<string> {
  try {
    return await realpath(path)
  } catch {
    return path
  }
}

/**
 * Permission bits of an existing file.
 *
 * @param path
 *   Path.
 * @returns
 *   Mode, or `undefined` for a new file.
 */
async function readMode(path: string): Promise<number | undefined> {
  try {
    return (await stat(path)).mode & 0o7777
  } catch {
    return undefined
  }
}

/**
 * A fresh hidden temporary name in the target's folder (so `rename` stays on
 * one file system and is atomic).
 *
 * @param target
 *   Target file.
 * @returns
 *   Temporary path.
 */
function temporaryPath(target: string): string {
  return join(dirname(target), '.' + basename(target) + '.' + process.pid + '-' + randomBytes(4).toString('hex') + '.tmp')
}
