/**
 * Repair stray tag fragments left by bad HTML-to-text conversion: whole tags
 * (`<br>`, `</div>`, `<span class="x">`, `<!-- -->`), tags that lost their
 * `<` at a line edge (`Baghdad. /p>`, `p>Text`), and tags cut off at the end
 * of a line (`<div class="`).
 *
 * What stays: tags of leaked code (`<script>`, `<style>`, `<iframe>`, …),
 * left whole for the `tracking-script` detector; anything that is no HTML
 * element (`a < b > c`, `->`, `<3`, `=>`, `List<String>`,
 * `<user@example.org>`), a one-letter tag without its partner (`a<b>c` is maths), and a tag that prose names: in quotes
 * (`"<br>"`) or next to a word like `tag`/`element`/`balise` (`the <b>
 * element`). A tag that stands in prose with none of these cues (`use <br>
 * for breaks`) is read as a leftover and goes: scraped text has far more of
 * those than tutorials have unquoted tag names.
 *
 * The space a fragment leaves behind goes with it; one glued between two
 * words becomes a space for block tags (`one<br>two` -> `one two`) and
 * nothing for inline ones; a line that was only fragments becomes blank.
 */
import type {Rule} from '../rule.js'
import {createRepairRule, repairExample, type Repair} from './repair-rule.js'
import {ambiguousTagNames, blockTagNames, inlineTagNames, tagMentionWords} from './tag-names.js'

/**
 * A whole tag: `<`, optional `/`, a name, then nothing or white space or `/`
 * followed by anything but `<>` (attributes), then `>`. Sticky: it is tried
 * at each `<` only, so each try reads up to the next `<` and a line is read
 * about once.
 */
// redos: sticky, so anchored at each `<` it is tried at; as `^…` it passes (test/repair/tag-fragment.test.ts)
const wholeTag = /<(\/?)([A-Za-z][A-Za-z\d]{0,9})((?:[\s/][^<>]{0,500})?)>/y

/** A tag that lost its `<` at the start of a line: `p>`, `/div>`, `span class="x">`. */
const leadingPartial = /^(\s{0,40})(\/?)([A-Za-z][A-Za-z\d]{0,9})((?:[\s/][^<>]{0,300})?)>/

/** A tag cut off at the end of a line, from its `<`: `<div class="x`, `</sp`. */
const truncatedTail = /^<(\/?)([A-Za-z][A-Za-z\d]{0,9})((?:[\s/][^<>]{0,300})?)$/

/** Attributes after a tag name: white space, a name, then `=`, space, `/` or the end. */
const attributes = /^\s{1,3}[A-Za-z_:@][\w:.@-]{0,40}(?:[\s=/]|$)/

/** Attributes that are surely attributes (`class="x`): needed when the `<` is gone. */
const quotedAttribute = /^\s{1,3}[A-Za-z_:@][\w:.@-]{0,40}=["']/

/** White space. */
const space = /\s/

/** A letter, mark or digit. */
const wordCharacter = /[\p{L}\p{M}\p{N}]/u

/** An ASCII letter or digit, as in tag names. */
const nameCharacter = /[A-Za-z\d]/

/** An ASCII letter, which starts a tag name. */
const nameStart = /[A-Za-z]/

/** A letter or mark. */
const letter = /[\p{L}\p{M}]/u

/** What may not follow a bare `p>` at the start of a line: `p>0.05`, `p>=`, `a>>b`. */
const numberOrOperator = /[\d=>]/

/** Longest word looked at next to a tag for a mention cue. */
const maxCueLength = 30

/** Longest tag name. */
const maxNameLength = 10

/** Quote marks that open a mention: `"<br>"`, `«<p>»`, `` `<b>` ``. */
const openingQuotes = new Set(['"', "'", '`', '‘', '’', '“', '”', '„', '«', '»', '‹', '›'])

const inlineNames = new Set(inlineTagNames)
const tagNames = new Set([...inlineTagNames, ...blockTagNames])
const ambiguousNames = new Set(ambiguousTagNames)
const mentionWords = new Set(Object.values(tagMentionWords).flat())

/** A fragment found in a line. */
interface Fragment {
  /** Start in the value. */
  readonly start: number
  /** End in the value. */
  readonly end: number
  /** Whether it breaks the line (`<br>`, `</p>`) rather than flows (`</span>`). */
  readonly block: boolean
  /** How sure: a whole tag more than one that lost its `<`. */
  readonly confidence: number
}

/**
 * Find stray tag fragments in a line.
 *
 * @param value
 *   A block's value.
 * @returns
 *   Repairs: each run of fragments (with the space it leaves) removed or made
 *   one space.
 * @example
 *   findTagFragmentRepairs('in Baghdad. /p>')[0] //=> {start: 11, end: 15, text: '', …}
 */
export function findTagFragmentRepairs(value: string): Repair[] {
  if (!value.includes('>') && !value.includes('<')) return []
  const fragments = findFragments(value)
  return clusterFragments(value, fragments).map((cluster) => placeRepair(value, cluster))
}

/**
 * Find the fragments in a line, sorted and non-overlapping.
 *
 * @param value
 *   The line.
 * @returns
 *   Fragments.
 */
function findFragments(value: string): Fragment[] {
  const fragments: Fragment[] = []
  const closed = new Set<string>()
  const matches = findWholeTags(value)
  for (const match of matches) {
    if (match[1] === '/') closed.add((match[2] ?? '').toLowerCase())
  }

  for (const match of matches) {
    const [actual, slash = '', rawName = '', rest = ''] = match
    const name = rawName.toLowerCase()
    const start = match.index
    const end = start + actual.length
    if (!tagNames.has(name) || !hasAttributeShape(rest)) continue
    // `a<b>c` is maths unless `</b>` is on the line too.
    if (slash === '' && rest.trim() === '' && ambiguousNames.has(name) && !closed.has(name)) continue
    if (isMention(value, start, end)) continue
    fragments.push({start, end, block: !inlineNames.has(name), confidence: 0.9})
  }

  if (value.includes('<!--')) fragments.push(...findComments(value))
  addEdgeFragments(value, fragments)
  return fragments.sort((a, b) => a.start - b.start)
}

/**
 * Find whole tags, trying the sticky pattern at each `<`.
 *
 * @param value
 *   The line.
 * @returns
 *   Matches, in order.
 */
function findWholeTags(value: string): RegExpExecArray[] {
  const matches: RegExpExecArray[] = []
  let open = value.indexOf('<')
  while (open !== -1) {
    wholeTag.lastIndex = open
    const match = wholeTag.exec(value)
    if (match) matches.push(match)
    open = value.indexOf('<', open + (match ? match[0].length : 1))
  }
  return matches
}

/**
 * Find HTML comments (`<!-- … -->`) in one pass with `indexOf`.
 *
 * @param value
 *   The line.
 * @returns
 *   Fragments.
 */
function findComments(value: string): Fragment[] {
  const fragments: Fragment[] = []
  let start = value.indexOf('<!--')
  while (start !== -1) {
    const close = value.indexOf('-->', start + 4)
    if (close === -1) break
    fragments.push({start, end: close + 3, block: false, confidence: 0.9})
    start = value.indexOf('<!--', close + 3)
  }
  return fragments
}

/**
 * Add the fragments at the line's edges that lost their `<` (`p>Text`,
 * `text /p>`) or were cut off (`text <div class="`), unless a whole tag
 * found before covers them.
 *
 * @param value
 *   The line.
 * @param fragments
 *   Fragments found so far; changed in place.
 * @returns
 *   Nothing.
 */
function addEdgeFragments(value: string, fragments: Fragment[]): undefined {
  const overlaps = (start: number, end: number) =>
    fragments.some((fragment) => fragment.start < end && start < fragment.end)

  const leading = leadingPartial.exec(value)
  if (leading) {
    const [actual, indent = '', slash = '', rawName = '', rest = ''] = leading
    const name = rawName.toLowerCase()
    const start = indent.length
    const end = actual.length
    const following = value.charAt(end)
    const bare = rest.trim() === '' || rest.trim() === '/'
    // `p>Text`, `/div>`, `div class="x">`; not `a>b`, `p>0.05`, `if x > y`.
    const plausible =
      tagNames.has(name) &&
      (bare ? slash === '/' || (name.length > 1 || name === 'p') && !numberOrOperator.test(following) : quotedAttribute.test(rest))
    if (plausible && !overlaps(start, end)) {
      fragments.push({start, end, block: !inlineNames.has(name), confidence: 0.85})
    }
  }

  const trimmed = value.trimEnd()
  const trailing = readTrailingPartial(trimmed)
  if (trailing) {
    const {start, end, slash, name} = trailing
    const before = value.charAt(start - 1)
    // ` /p>`, `./p>`, ` br>`; not `a/b>` (maths), not `x<p>` (a whole tag).
    const plausible =
      tagNames.has(name) &&
      before !== '<' &&
      (slash ? !wordCharacter.test(before) || name.length > 1 || name === 'p' : name.length > 1 && space.test(before))
    if (plausible && !overlaps(start, end)) {
      fragments.push({start, end, block: !inlineNames.has(name), confidence: 0.85})
    }
  }

  const open = value.lastIndexOf('<')
  const truncated = open === -1 ? null : truncatedTail.exec(trimmed.slice(open))
  if (truncated) {
    const [actual, slash = '', rawName = '', rest = ''] = truncated
    const name = rawName.toLowerCase()
    const end = open + actual.length
    const plausible =
      tagNames.has(name) &&
      (slash === '/' || name.length > 1) &&
      (rest.trim() === '' || quotedAttribute.test(rest))
    if (plausible && !overlaps(open, end)) {
      fragments.push({start: open, end, block: !inlineNames.has(name), confidence: 0.85})
    }
  }
}

/**
 * Read a tag that lost its `<` at the end of a trimmed line (` /p>`,
 * `br/>`), walking back from the final `>`: `/`, one space, a name, `/`.
 *
 * @param trimmed
 *   The line without trailing white space.
 * @returns
 *   Where it is, whether it closes, and its lower-case name; or `undefined`.
 */
function readTrailingPartial(
  trimmed: string
): {start: number; end: number; slash: boolean; name: string} | undefined {
  const end = trimmed.length
  let cursor = end - 1
  if (trimmed.charAt(cursor) !== '>') return undefined
  cursor--
  if (trimmed.charAt(cursor) === '/') cursor--
  if (trimmed.charAt(cursor) === ' ') cursor--
  const nameEnd = cursor + 1
  while (cursor >= 0 && nameEnd - cursor <= maxNameLength && nameCharacter.test(trimmed.charAt(cursor))) cursor--
  const name = trimmed.slice(cursor + 1, nameEnd)
  if (name === '' || !nameStart.test(name.charAt(0)) || nameCharacter.test(trimmed.charAt(cursor))) return undefined
  const slash = trimmed.charAt(cursor) === '/'
  return {start: slash ? cursor : cursor + 1, end, slash, name: name.toLowerCase()}
}

/**
 * Whether what follows a tag name can be the rest of a tag: nothing, `/`, or
 * attributes (`class="x"`, `hidden`).
 *
 * @param rest
 *   Text between the name and `>`.
 * @returns
 *   Whether it fits.
 */
function hasAttributeShape(rest: string): boolean {
  const trimmed = rest.trim()
  return trimmed === '' || trimmed === '/' || attributes.test(rest)
}

/**
 * Whether prose names the tag at `[start, end)`: it is quoted, or a word like
 * `tag`/`element` stands next to it.
 *
 * @param value
 *   The line.
 * @param start
 *   Start of the tag.
 * @param end
 *   End of the tag.
 * @returns
 *   Whether to keep it.
 */
function isMention(value: string, start: number, end: number): boolean {
  if (openingQuotes.has(value.charAt(start - 1)) && openingQuotes.has(value.charAt(end))) return true
  return mentionWords.has(wordBefore(value, start)) || mentionWords.has(wordAfter(value, end))
}

/**
 * The word before `index`, across one space, lower case (`''` if none).
 *
 * @param value
 *   The line.
 * @param index
 *   Where a tag starts.
 * @returns
 *   The word.
 */
function wordBefore(value: string, index: number): string {
  if (!space.test(value.charAt(index - 1))) return ''
  const end = index - 1
  let start = end
  while (start > 0 && end - start < maxCueLength && letter.test(value.charAt(start - 1))) start--
  return value.slice(start, end).toLowerCase()
}

/**
 * The word after `index`, across one space, lower case (`''` if none).
 *
 * @param value
 *   The line.
 * @param index
 *   Where a tag ends.
 * @returns
 *   The word.
 */
function wordAfter(value: string, index: number): string {
  if (!space.test(value.charAt(index))) return ''
  const start = index + 1
  let end = start
  while (end < value.length && end - start < maxCueLength && letter.test(value.charAt(end))) end++
  return value.slice(start, end).toLowerCase()
}

/**
 * Merge fragments separated only by white space (`</p> <p>`), so the run is
 * removed as one.
 *
 * @param value
 *   The line.
 * @param fragments
 *   Sorted fragments.
 * @returns
 *   Runs of fragments.
 */
function clusterFragments(value: string, fragments: readonly Fragment[]): Fragment[] {
  const clusters: Fragment[] = []
  for (const fragment of fragments) {
    const last = clusters.at(-1)
    if (last && fragment.start < last.end) continue
    if (last && value.slice(last.end, fragment.start).trim() === '') {
      clusters[clusters.length - 1] = {
        start: last.start,
        end: fragment.end,
        block: last.block || fragment.block,
        confidence: Math.min(last.confidence, fragment.confidence)
      }
    } else {
      clusters.push(fragment)
    }
  }
  return clusters
}

/**
 * Turn a run of fragments into a repair, taking the white space it would
 * leave behind.
 *
 * @param value
 *   The line.
 * @param cluster
 *   A run of fragments.
 * @returns
 *   The repair.
 */
function placeRepair(value: string, cluster: Fragment): Repair {
  let {start, end} = cluster
  const atStart = value.slice(0, start).trim() === ''
  const atEnd = value.slice(end).trim() === ''
  const spaceBefore = space.test(value.charAt(start - 1))
  const spaceAfter = space.test(value.charAt(end))
  let text = ''
  if (atEnd && !atStart) {
    // `text. /p>` -> `text.`: the space before goes too.
    while (start > 0 && space.test(value.charAt(start - 1))) start--
  } else if (atStart || (spaceBefore && spaceAfter)) {
    // `<p>Text` -> `Text`, `a <br> b` -> `a b`: the space after goes too.
    while (end < value.length && space.test(value.charAt(end))) end++
  } else if (!spaceBefore && !spaceAfter && cluster.block) {
    // `one<br>two` -> `one two`; `Hel<span>lo` -> `Hello`.
    text = ' '
  }
  const actual = value.slice(cluster.start, cluster.end)
  return {
    start,
    end,
    text,
    reason: 'Unexpected tag fragment `' + actual + '`, expected ' + (text === '' ? 'nothing' : 'a space'),
    confidence: cluster.confidence
  }
}

/** The module's patterns, for the ReDoS test. */
export const tagFragmentPatterns: Readonly<Record<string, RegExp>> = {
  wholeTag,
  leadingPartial,
  truncatedTail,
  attributes,
  quotedAttribute,
  numberOrOperator
}

/**
 * Unified plugin that removes stray tag fragments.
 */
const decruftTagFragment = createRepairRule({ruleId: 'tag-fragment', confidence: 0.9, find: findTagFragmentRepairs})

export default decruftTagFragment

/** The rule record. */
export const tagFragment: Rule = {
  id: 'tag-fragment',
  kind: 'markup',
  stage: 'repair',
  languages: ['*'],
  description:
    'Stray HTML tags and tag fragments in text (`<br>`, `</div>`, `text /p>`, `p>Text`), with the space they leave; maths (`a < b > c`), arrows and tags that prose names (`the <b> element`) stay.',
  examples: {
    catch: [
      repairExample('killed a leader of a pro-Iranian faction in Baghdad. /p>', 'killed a leader of a pro-Iranian faction in Baghdad.'),
      repairExample('p>The minister spoke on Friday.', 'The minister spoke on Friday.'),
      repairExample('First line<br>second line<br/>third', 'First line second line third'),
      repairExample('<p><span class="lead">Le ministre a parlé.</span></p>', 'Le ministre a parlé.'),
      repairExample('Der Minister sprach am Freitag. </p> <p>', 'Der Minister sprach am Freitag.'),
      repairExample('<b>Breaking:</b> talks resume', 'Breaking: talks resume'),
      repairExample('El ministro habló <br> el viernes.', 'El ministro habló el viernes.'),
      repairExample('Bakan cuma günü konuştu. <div class="', 'Bakan cuma günü konuştu.'),
      repairExample('Министр выступил<!-- ad --> в пятницу.', 'Министр выступил в пятницу.'),
      repairExample('/div>O ministro falou.', 'O ministro falou.')
    ],
    keep: [
      'If a < b > c then a < c.',
      'x -> y, a => b, I <3 you.',
      'Use the <b> element for bold.',
      'La balise <p> ouvre un paragraphe.',
      'Write "<br>" where you want a break.',
      'In maths a<b>c means both.',
      'Use List<String> and Map<K, V>.',
      'Mail <user@example.org> today.',
      'p>0.05 was not significant.',
      'BAGHDAD/WASHINGTON – The Iraqi government said on Friday.',
      'Background: U.S. Strike and Escalating Tensions',
      'Il prezzo è salito > 5%.'
    ]
  },
  plugin: decruftTagFragment
}
