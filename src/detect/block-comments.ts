/**
 * Comment threads for the block classifier. A reader comment is prose, so
 * on its own it looks like the article; what gives a thread away is its
 * signature lines: `thelastchargersfan says:`, `Catherine on September 13,
 * 2018 at 5:23 pm said:`, `Marie a écrit :`, and the count that heads it
 * (`34 responses to “…”`, `[ 167 comments ]`).
 *
 * Words are looked up in sets, so the work is linear in the line.
 */
import {commentCountNouns, commentReplyNouns} from '../lexicon/comments.js'

/**
 * Verbs (one or two words, lower case) that end a comment signature, before
 * its colon: en, fr, de, es, pt, it, nl, tr, ru.
 */
const signatureVerbs: ReadonlySet<string> = new Set([
  // en
  'says', 'said', 'wrote', 'writes', 'replied', 'commented',
  // fr
  'a dit', 'dit', 'a écrit', 'écrit', 'a répondu',
  // de
  'sagt', 'schreibt', 'schrieb', 'meint', 'antwortete',
  // es
  'dice', 'dijo', 'escribió', 'escribe', 'comentó', 'respondió',
  // pt
  'diz', 'disse', 'escreveu', 'comentou', 'respondeu',
  // it
  'scrive', 'ha scritto', 'ha detto', 'commenta',
  // nl
  'zegt', 'schreef', 'schrijft', 'reageerde',
  // tr
  'dedi ki', 'yazdı', 'diyor ki', 'yorumladı',
  // ru
  'пишет', 'написал', 'написала', 'говорит', 'ответил', 'ответила'
])

/**
 * Nouns that follow a count in the heading of a thread (`34 responses`,
 * `12 Kommentare`), in the nine lexicon languages.
 */
const countNouns: ReadonlySet<string> = new Set([
  ...Object.values(commentCountNouns).flat(),
  ...Object.values(commentReplyNouns).flat()
])

/** Most words of a signature line (`Name on September 13, 2018 at 5:23 pm said:` has 10). */
const signatureWords = 14

/** Signature lines within `threadReach` lines that make a thread. */
const threadSignatures = 3

/** Lines after a signature within which the next ones must stand. */
const threadReach = 40

/** Lines before the first signature that may hold the thread's count heading. */
const headingReach = 3

/** Most words of a commenter's name line. */
const nameWords = 3

/** Most characters of a commenter's name line. */
const nameCharacters = 40

/** Runs of white space. */
const spacePattern = /\s+/u

/** Brackets and quotes around a count heading (`[ 167 comments ]`). */
const wrapperPattern = /^[[(]\s?|\s?[\])]$/gu

/** A count: digits, maybe with a separator (`1,204`). */
const countPattern = /^\d{1,3}(?:[.,]\d{3}){0,3}$/u

/**
 * Whether a line is a comment signature: a few words ending in a saying verb
 * and a colon (`joetoronto says:`, `Marie a écrit :`).
 *
 * @param text
 *   Trimmed line.
 * @returns
 *   Whether it signs a comment.
 * @example
 *   isCommentSignature('joetoronto says:') //=> true
 *   isCommentSignature('The minister said on Friday:') //=> false
 */
export function isCommentSignature(text: string): boolean {
  if (!text.endsWith(':')) return false
  const words = text.slice(0, -1).trim().toLowerCase().split(spacePattern)
  // `says:` alone is a label of nothing; a name comes first.
  if (words.length < 2 || words.length > signatureWords) return false
  const last = words[words.length - 1] ?? ''
  const lastTwo = words.length >= 3 ? words[words.length - 2] + ' ' + last : ''
  return signatureVerbs.has(last) || (lastTwo !== '' && signatureVerbs.has(lastTwo))
}

/**
 * Whether a line heads a thread with its count (`34 responses to “…”`,
 * `[ 167 comments ]`, `12 Kommentare`).
 *
 * @param text
 *   Trimmed line.
 * @returns
 *   Whether it does.
 */
export function isCommentCount(text: string): boolean {
  const words = text.replace(wrapperPattern, '').toLowerCase().split(spacePattern)
  return words.length >= 2 && countPattern.test(words[0] ?? '') && countNouns.has(words[1] ?? '')
}

/**
 * Where a comment thread starts: at its count heading, or at the first of at
 * least three signature lines close together. A single `He said:` line in
 * an article starts nothing. Without a verb, a name over a date (`fmcshan` /
 * `2 days ago at 07:50 am`) signs a comment too, but only under a count
 * heading (`[ 167 comments ]`): a list of dated headings is no thread.
 *
 * @param texts
 *   Trimmed text of each unit, in order.
 * @param dated
 *   Whether each unit is a date or time (another rule's `metadata` finding);
 *   optional.
 * @returns
 *   Index of the thread's first unit, or `undefined` without a thread.
 */
export function findCommentThread(texts: readonly string[], dated?: readonly boolean[]): number | undefined {
  const signatures: number[] = []
  const namedDates: number[] = []
  for (let index = 0; index < texts.length; index++) {
    if (isCommentSignature(texts[index] ?? '')) signatures.push(index)
    else if (dated?.[index + 1] && isName(texts[index] ?? '')) namedDates.push(index)
  }
  return findRun(texts, signatures, false) ?? findRun(texts, namedDates, true)
}

/**
 * The first of `threadSignatures` signatures within reach of each other, or
 * the count heading right above it.
 *
 * @param texts
 *   Trimmed text of each unit.
 * @param signatures
 *   Indexes of signature units, in order.
 * @param needsCount
 *   Whether only a run under a count heading counts.
 * @returns
 *   Index of the thread's first unit, if any.
 */
function findRun(texts: readonly string[], signatures: readonly number[], needsCount: boolean): number | undefined {
  for (let at = 0; at + threadSignatures - 1 < signatures.length; at++) {
    const first = signatures[at] ?? 0
    const last = signatures[at + threadSignatures - 1] ?? 0
    if (last - first > threadReach * (threadSignatures - 1)) continue
    for (let index = first - 1; index >= Math.max(0, first - headingReach); index--) {
      if (isCommentCount(texts[index] ?? '')) return index
    }
    if (!needsCount) return first
  }
  return undefined
}

/**
 * Whether a line can be a commenter's name: one to three words, at most
 * `nameCharacters` characters, no sentence or label punctuation at its end
 * (`fmcshan`, `Nick A`, `mike...` is cut off, so it counts too).
 *
 * @param text
 *   Trimmed line.
 * @returns
 *   Whether it can be a name.
 */
function isName(text: string): boolean {
  if (text.length === 0 || text.length > nameCharacters || text.endsWith(':')) return false
  const words = text.split(spacePattern).length
  return words <= nameWords
}
