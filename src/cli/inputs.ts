/**
 * Turn the command line's file arguments into inputs: `-` is stdin, an
 * existing file is itself, a directory is the matching files inside it, and
 * anything else is a glob (through `tinyglobby`, loaded only when needed).
 */
import {stat} from 'node:fs/promises'
import {extname, isAbsolute, relative, resolve} from 'node:path'
import type {Format} from '../types.js'

/** One input. */
export type Input =
  | {
      readonly type: 'file'
      /** Absolute path. */
      readonly path: string
      /** Path as shown in messages: relative to the working directory when inside it. */
      readonly name: string
      /** Size in bytes, for progress. */
      readonly size: number
    }
  | {readonly type: 'stdin'; readonly name: '-'}

/** Inputs found, and arguments that matched nothing. */
export interface ExpandedInputs {
  /** Inputs in argument order; each glob's matches sorted; no duplicates. */
  readonly inputs: readonly Input[]
  /** One message per argument that matched nothing. */
  readonly problems: readonly string[]
}

/** Extensions picked from directories for documents. */
export const documentExtensions: readonly string[] = ['txt', 'text', 'md', 'html', 'htm', 'xhtml']

/** Extensions picked from directories for JSON Lines. */
export const jsonlExtensions: readonly string[] = ['jsonl', 'ndjson']

/**
 * Expand file arguments.
 *
 * @param patterns
 *   Arguments: `-`, paths, directories or globs.
 * @param cwd
 *   Directory they are relative to.
 * @param extensions
 *   Extensions to take from directories.
 * @returns
 *   Inputs and problems.
 * @example
 *   await expandInputs(['-', 'pages/*.txt'], process.cwd(), documentExtensions)
 */
export async function expandInputs(
  patterns: readonly string[],
  cwd: string,
  extensions: readonly string[]
): Promise<ExpandedInputs> {
  const inputs: Input[] = []
  const problems: string[] = []
  const seen = new Set<string>()

  /**
   * Add a file once.
   *
   * @param path
   *   Absolute path.
   * @param size
   *   Bytes.
   * @returns
   *   Nothing.
   */
  function addFile(path: string, size: number): undefined {
    if (seen.has(path)) return
    seen.add(path)
    inputs.push({type: 'file', path, name: displayName(path, cwd), size})
  }

  for (const pattern of patterns) {
    if (pattern === '-') {
      if (!seen.has('-')) inputs.push({type: 'stdin', name: '-'})
      seen.add('-')
      continue
    }
    const path = resolve(cwd, pattern)
    const found = await stat(path).catch(() => undefined)
    if (found?.isFile()) {
      addFile(path, found.size)
      continue
    }
    const {glob, isDynamicPattern} = await import('tinyglobby')
    let matches: string[]
    if (found?.isDirectory()) {
      matches = await glob('**/*.{' + extensions.join(',') + '}', {cwd: path, absolute: true, onlyFiles: true})
    } else if (isDynamicPattern(pattern)) {
      matches = await glob(pattern, {cwd, absolute: true, onlyFiles: true})
    } else {
      problems.push('cannot read ' + pattern + ': no such file or directory')
      continue
    }
    if (matches.length === 0) {
      problems.push('no files match ' + pattern)
      continue
    }
    for (const match of matches.sort()) {
      const size = (await stat(match).catch(() => undefined))?.size ?? 0
      addFile(resolve(match), size)
    }
  }

  return {inputs, problems}
}

/**
 * The format of a document: the flag when given, else from its extension
 * (`.html` and `.htm` are HTML, `.txt` and `.md` are text), else `auto`,
 * which lets the core sniff.
 *
 * @param input
 *   The input.
 * @param format
 *   `--format`.
 * @returns
 *   The format to clean it with.
 */
export function formatOf(input: Input, format: Format): Format {
  if (format !== 'auto' || input.type === 'stdin') return format
  const extension = extname(input.path).toLowerCase()
  if (extension === '.html' || extension === '.htm' || extension === '.xhtml') return 'html'
  if (extension === '.txt' || extension === '.text' || extension === '.md') return 'text'
  return 'auto'
}

/**
 * A path as people want to read it.
 *
 * @param path
 *   Absolute path.
 * @param cwd
 *   Working directory.
 * @returns
 *   Relative path inside `cwd`, else the absolute one.
 */
function displayName(path: string, cwd: string): string {
  const relativePath = relative(cwd, path)
  return relativePath === '' || relativePath.startsWith('..') || isAbsolute(relativePath) ? path : relativePath
}
