/**
 * Detector for author, agency, credit and source lines: `By admin`,
 * `Source: Reuters`, `Credit: A; B;C`, `Agence France-Presse` alone,
 * `Reporting by …; Editing by …`, `Par Jean Dupont`, `Yazar: …`, `Автор: …`,
 * `记者 王明`, `홍길동 기자`, an author's contact line (`Jane Doe may be reached
 * at jane@example.com`), and any of these with a date stamp on one side
 * (`Posted on May 5, 2024 by admin`).
 *
 * A dateline lead (`PARIS (AFP) — The president said…`) is prose, not a list
 * of names, so it stays.
 */
import {
  agencies,
  bylineLabels,
  bylineOpenings,
  cjkBylineLabels,
  contactOpenings,
  contactPhrases,
  creditOpenings,
  koreanBylineTitles,
  nameParticles,
  notNames,
  staffWords
} from '../lexicon/byline.js'
import {normalizeLine} from '../normalize.js'
import type {Rule} from '../rule.js'
import {dateStampConfidence, isDateStampWord} from './date-stamp.js'
import {firstCjkCode} from './language.js'
import {countWords, findOpening, lexiconSet, longestPhrase} from './lexicon-set.js'
import {createLineRule, type LineContext, type LineFinding} from './line-rule.js'

/** Longest credit line, in words (`Reporting by A and B; Editing by C and D`). */
const maxWords = 30

/** Longest `By …` line, in words. */
const maxBylineWords = 12

const openings = lexiconSet(bylineOpenings)
const openingWords = longestPhrase(openings)
const labels = lexiconSet(bylineLabels)
const credits = lexiconSet(creditOpenings)
const creditWords = longestPhrase(credits)
const contacts = [...lexiconSet(contactPhrases)]
const contactStarts = lexiconSet(contactOpenings)
const contactStartWords = longestPhrase(contactStarts)
const agencyPhrases = new Set(agencies)
const agencyWords = longestPhrase(agencies)

const cjkLabels = new Set(cjkBylineLabels)
const koreanTitles = new Set(koreanBylineTitles)

/** Most names after a Chinese or Japanese byline label (`记者 王明 李强`). */
const maxCjkNames = 4

/** Most names before a Korean title (`홍길동 김철수 기자`). */
const maxKoreanNames = 3

/** A name in a Chinese or Japanese byline: 1 to 8 Han, kana or Hangul letters (`王明`, `新华网`, `山田太郎`). */
const cjkName = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]{1,8}$/u

/** A Korean name: 2 to 4 Hangul syllables (`홍길동`). */
const koreanName = /^\p{Script=Hangul}{2,4}$/u

const particles = new Set(nameParticles)
const articles = new Set(notNames)

/**
 * Lower-case words that count as a name: staff accounts and the words of
 * agency names, but not their particles (`the` of `the associated press`).
 */
const knownNames = new Set([
  ...staffWords,
  ...agencies.flatMap((agency) => agency.split(' ')).filter((word) => !particles.has(word) && !articles.has(word))
])

/** Words of credit openings, allowed inside a list of credits. */
const creditFiller = new Set([...credits].flatMap((credit) => credit.split(' ')))

/** Connectors between agencies (`AFP and Reuters`, `dpa/AFP`). */
const agencyConnectors = new Set(['and', 'avec', 'con', 'com', 'e', 'en', 'et', 'ile', 'met', 'mit', 'und', 've', 'via', 'with', 'y', 'и', 'с'])

/** First words of the agency names and the connectors: a line opening with none of these is no agency line. */
const agencyLineStarts = new Set([...agencyConnectors, ...agencies.map((agency) => agency.split(' ')[0] ?? '')])

/** A short label and its colon at the start of a line (`Source:`, `Автор :`). */
const labelColon = /^[^:]{1,30}:/u

/** Furthest first colon `labelColon` can match, in code units: 30 code points take at most 60. */
const maxLabelColon = 60

/** Separators in a list of names: spaces, `;`, `,`, `/`, `|`, bullets. */
const nameSeparators = /[\s;,/|·•]+/u

/** One punctuation mark or symbol (tested one character at a time). */
const punctuation = /^[\p{P}\p{S}]$/u

/** An upper-case first letter. */
const upperCase = /^\p{Lu}/u

/** One character of an e-mail address's domain (`example-mail.co.uk`). */
const domainCharacter = /^[\p{L}\p{N}.-]$/u

/** Most words of a byline with a date (`Posted on Monday, January 5, 2024 at 4:24 pm by Jane Doe`). */
const maxDatedBylineWords = 20

/** A digit: every date stamp holds one. */
const digit = /\d/

/** A character that may stand between a byline and a date: space, `|`, `•`, `·`, `,`, a dash. */
const separatorEdge = /^[\s|•·,\-–—]$/u

/**
 * A social media handle that ends the line (`… on Twitter @janedoe`): a
 * sentence that goes on after one (`Follow him on Twitter @jdoe, the campaign
 * told supporters.`) quotes it.
 */
const socialHandle = /(?:^|\s)@\w{2,30}[.!]?$/u

/** Brackets around a whole line (`(Reporting by …)`). */
const wrapped = /^[([]([^()[\]]*)[)\]]$/u

/**
 * Judge a line: a byline when it is agencies alone, a label and a list of
 * names (`Source: Reuters`), a reporting credit, `By` and names, or one of
 * these and a date stamp (`Posted on May 5, 2024 by admin`).
 *
 * @param line
 *   The line.
 * @returns
 *   A finding, or `undefined` for content.
 */
function judgeByline(line: LineContext): LineFinding | undefined {
  const confidence =
    bylineConfidence(line.text, line.normalized, line.wordCount) ?? datedBylineConfidence(line.text, line.wordCount)
  return confidence === undefined ? undefined : bylineFinding(line.text, confidence)
}

/**
 * How sure it is that a text is a byline on its own (see `judgeByline`).
 *
 * @param line
 *   The trimmed text.
 * @param normalized
 *   `normalizeLine(line)`.
 * @param words
 *   `countWords(normalized)`.
 * @returns
 *   A confidence, or `undefined` when it is not one.
 */
function bylineConfidence(line: string, normalized: string, words: number): number | undefined {
  if (words === 0 || words > maxWords) return undefined
  // Only a line opening with a bracket can be wrapped in brackets.
  const opener = line.charCodeAt(0)
  const text = opener === 0x28 || opener === 0x5b ? (wrapped.exec(line)?.[1]?.trim() ?? line) : line

  // `记者 王明`, `责任编辑：李华`, `홍길동 기자`: no capitals to find the names by.
  if (normalized.charCodeAt(0) >= firstCjkCode && isCjkByline(normalized)) return 0.85

  // `Agence France-Presse`, `AFP / Reuters`; `© AFP` signs a photo instead.
  if (!text.includes('©') && isAgencyLine(normalized)) return 0.9

  // `Source: Reuters`, `Credit: A; B;C`, `Автор: Иван Петров`.
  const colon = text.indexOf(':')
  const label = colon > 0 && colon <= maxLabelColon ? labelColon.exec(text) : null
  if (label && labels.has(normalizeLine(label[0]))) {
    const names = readNames(text.slice(label[0].length).split(nameSeparators), particles)
    if (names && names.total > 0) return 0.9
  }

  // `Amy Kuperinsky may be reached at amy@example.com.`, `Follow Jane Doe on
  // Twitter @janedoe`: a contact line, not a byline in a bio.
  if (
    (hasEmailAddress(text) || socialHandle.test(text)) &&
    (findOpening(normalized, contactStarts, contactStartWords) !== undefined ||
      contacts.some((phrase) => normalized.includes(phrase)))
  ) {
    return 0.85
  }

  // `Reporting by A; Editing by B`.
  const credit = findOpening(normalized, credits, creditWords)
  if (credit !== undefined) {
    const names = readNames(text.split(nameSeparators).slice(countWords(credit)), creditFiller)
    if (names && names.total > 0) return 0.9
  }

  // `By Jane Doe`, `By admin`, `Par Jean Dupont`, `di Mario Rossi`.
  if (words > maxBylineWords) return undefined
  const opening = findOpening(normalized, openings, openingWords)
  if (opening === undefined) return undefined
  const rest = text.split(nameSeparators).slice(countWords(opening))
  const first = trimEdges(rest[0] ?? '', punctuation).toLowerCase()
  const names = readNames(rest, particles)
  if (!names) return undefined
  // `Par la rédaction` is a staff credit, `By The Numbers` a heading.
  if (names.known > 0) return 0.9
  if (articles.has(first)) return undefined
  // `By Design` is a single word, not a name.
  if (names.total >= 2) return 0.8
  return undefined
}

/**
 * How sure it is that a line is a byline and a date stamp side by side
 * (`Posted on May 5, 2024 by admin`, `By Jane Doe, May 5, 2024, 4:24 pm`,
 * `2024-05-12 08:30 来源：新华网`): the date is a run of date words at one end,
 * and the rest is a byline. Most lines have no date word at either end and
 * cost two folded words.
 *
 * @param line
 *   The trimmed line.
 * @param words
 *   Its word count.
 * @returns
 *   A confidence, or `undefined`.
 */
function datedBylineConfidence(line: string, words: number): number | undefined {
  // A date holds a digit, and a byline with a date is short.
  if (words < 2 || words > maxDatedBylineWords || !digit.test(line)) return undefined
  // A date word at one end, or no date: look at both ends before splitting.
  const firstSpace = line.indexOf(' ')
  if (firstSpace === -1) return undefined
  if (!isDateToken(line.slice(0, firstSpace)) && !isDateToken(line.slice(line.lastIndexOf(' ') + 1))) return undefined
  const tokens = line.split(' ')
  let head = 0
  while (head < tokens.length && isDateToken(tokens[head] ?? '')) head++
  let tail = tokens.length
  while (tail > head && isDateToken(tokens[tail - 1] ?? '')) tail--
  // The date first (`Posted on May 5, 2024 by admin`), then the date last.
  for (let cut = Math.min(head, tokens.length - 1); cut > 0; cut--) {
    if (isDatedByline(tokens.slice(0, cut).join(' '), tokens.slice(cut).join(' '))) return 0.85
  }
  for (let cut = Math.max(tail, 1); cut < tokens.length; cut++) {
    if (isDatedByline(tokens.slice(cut).join(' '), tokens.slice(0, cut).join(' '))) return 0.85
  }
  return undefined
}

/**
 * Whether a raw word may stand in a date stamp: each word it folds to does
 * (`2024-05-12`, `4:24`, `May`), or it folds to nothing (`|`, `—`).
 *
 * @param token
 *   A raw word of the line.
 * @returns
 *   Whether it may.
 */
function isDateToken(token: string): boolean {
  const folded = normalizeLine(token)
  if (folded === '') return true
  for (let start = 0, end = 0; start < folded.length; start = end + 1) {
    end = folded.indexOf(' ', start)
    if (end === -1) end = folded.length
    if (!isDateStampWord(folded.slice(start, end))) return false
  }
  return true
}

/**
 * Whether one part of a cut line is a date stamp and the other a byline.
 *
 * @param date
 *   The part that may be the date.
 * @param byline
 *   The part that may be the byline.
 * @returns
 *   Whether they are.
 */
function isDatedByline(date: string, byline: string): boolean {
  const left = trimEdges(date, separatorEdge)
  const right = trimEdges(byline, separatorEdge)
  return left !== '' && right !== '' && isPartDate(left) && isPartByline(right)
}

/**
 * Whether one side of a cut line is a date stamp.
 *
 * @param part
 *   The side, without separators at its ends.
 * @returns
 *   Whether it is.
 */
function isPartDate(part: string): boolean {
  const normalized = normalizeLine(part)
  return dateStampConfidence(part, normalized, countWords(normalized)) !== undefined
}

/**
 * Whether one side of a cut line is a byline.
 *
 * @param part
 *   The side, without separators at its ends.
 * @returns
 *   Whether it is.
 */
function isPartByline(part: string): boolean {
  const normalized = normalizeLine(part)
  return bylineConfidence(part, normalized, countWords(normalized)) !== undefined
}


/**
 * Whether a folded line is a Chinese, Japanese or Korean byline: a label and
 * a few short names (`记者 王明`, `来源 新华网`, `執筆 山田太郎`), or Korean
 * names and a title (`홍길동 기자`). A sentence that opens with a label runs
 * on without a space (`记者从市政府获悉`), so it is one long word, not a name.
 *
 * @param normalized
 *   The folded line.
 * @returns
 *   Whether it is one.
 */
function isCjkByline(normalized: string): boolean {
  const words = normalized.split(' ')
  const last = words[words.length - 1] ?? ''
  if (koreanTitles.has(last)) {
    const names = words.slice(0, -1)
    return names.length > 0 && names.length <= maxKoreanNames && names.every((word) => koreanName.test(word))
  }
  if (!cjkLabels.has(words[0] ?? '')) return false
  let names = 0
  for (const word of words.slice(1)) {
    if (cjkLabels.has(word)) continue
    if (!cjkName.test(word)) return false
    names++
  }
  return names > 0 && names <= maxCjkNames
}

/**
 * A byline finding, its reason made only for a line found to be one.
 *
 * @param text
 *   The trimmed line.
 * @param confidence
 *   How sure.
 * @returns
 *   The finding.
 */
function bylineFinding(text: string, confidence: number): LineFinding {
  return {reason: 'Unexpected byline `' + text + '`, expected content', confidence}
}

/**
 * Whether a line holds an e-mail address: a word character before an `@`
 * and a domain with a dot after it (`amy@example.com`; `@AmyKup` is a handle).
 *
 * @param text
 *   The trimmed line.
 * @returns
 *   Whether it does.
 */
function hasEmailAddress(text: string): boolean {
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    if (at === 0 || !domainCharacter.test(text.charAt(at - 1))) continue
    let end = at + 1
    while (end < text.length && domainCharacter.test(text.charAt(end))) end++
    const domain = text.slice(at + 1, end)
    const dot = domain.lastIndexOf('.', domain.length - 2)
    if (dot > 0) return true
  }
  return false
}

/**
 * Whether a folded line is only agency names and connectors.
 *
 * @param normalized
 *   The folded line.
 * @returns
 *   Whether it is.
 */
function isAgencyLine(normalized: string): boolean {
  // Most lines fail on their first word: look at it before splitting the line.
  const firstSpace = normalized.indexOf(' ')
  const first = firstSpace === -1 ? normalized : normalized.slice(0, firstSpace)
  if (!agencyLineStarts.has(first)) return false
  const words = normalized.split(' ')
  let found = false
  let index = 0
  while (index < words.length) {
    const word = words[index] as string
    if (agencyConnectors.has(word)) {
      index++
      continue
    }
    // Longest agency name starting here (`agence france presse`).
    let matched = 0
    let phrase = ''
    for (let size = 1; size <= agencyWords && index + size <= words.length; size++) {
      phrase = size === 1 ? word : phrase + ' ' + words[index + size - 1]
      if (agencyPhrases.has(phrase)) matched = size
    }
    if (matched === 0) return false
    found = true
    index += matched
  }
  return found
}

/**
 * Read a list of names: capitalised words, staff accounts and agencies, with
 * name particles and connectors between them.
 *
 * @param tokens
 *   The raw words after the label.
 * @param neutral
 *   Lower-case words allowed between names.
 * @returns
 *   How many names, and how many of them are staff accounts or agencies; or
 *   `undefined` when a word is not part of a list of names.
 */
function readNames(
  tokens: readonly string[],
  neutral: ReadonlySet<string>
): {total: number; known: number} | undefined {
  let total = 0
  let known = 0
  for (const raw of tokens) {
    const token = trimEdges(raw, punctuation)
    if (token === '') continue
    const lower = token.toLowerCase()
    if (knownNames.has(lower)) {
      known++
      total++
    } else if (neutral.has(lower) || particles.has(lower)) {
      continue
    } else if (upperCase.test(token)) {
      total++
    } else {
      return undefined
    }
  }
  return {total, known}
}

/**
 * Strip the characters a one-character pattern matches from both ends of a
 * text, by hand: an unanchored `[\p{P}]+$` is quadratic on `!!!!…a`.
 * `trimEdges('(Reuters)', punctuation)` is `Reuters`; `trimEdges('By Jane
 * Doe |', separatorEdge)` is `By Jane Doe`.
 *
 * @param text
 *   A raw word or part of a line.
 * @param edge
 *   Matches one character to strip.
 * @returns
 *   The text without them at its ends.
 */
function trimEdges(text: string, edge: RegExp): string {
  let start = 0
  let end = text.length
  while (start < end && edge.test(text.charAt(start))) start++
  while (end > start && edge.test(text.charAt(end - 1))) end--
  return text.slice(start, end)
}

/**
 * Unified plugin that marks bylines, agency and credit lines as noise.
 */
const decruftByline = createLineRule({
  ruleId: 'byline',
  kind: 'byline',
  confidence: 0.9,
  maxLength: 250,
  judge: judgeByline
})

export default decruftByline

/** The rule record. */
export const byline: Rule = {
  id: 'byline',
  kind: 'byline',
  stage: 'detect',
  languages: ['de', 'en', 'es', 'fr', 'it', 'ja', 'ko', 'nl', 'pt', 'ru', 'tr', 'zh'],
  description:
    'Author, agency, credit and source lines (`By admin`, `Source: Reuters`, `Agence France-Presse`, ' +
    '`Reporting by …; Editing by …`, `Par Jean Dupont`, `Yazar: …`, `记者 王明`, a contact line with an e-mail ' +
    'address), also with a date on one side (`Posted on May 5, 2024 by admin`); a dateline lead followed by prose ' +
    'stays.',
  examples: {
    catch: [
      'By admin',
      'Write to Al Root at al.root@example.com',
      'By Jane Doe and John Smith',
      'Source: Reuters',
      'Credit: Ahmed Rasheed; Tala Ramadan;Nick Macfie',
      'Agence France-Presse',
      'AFP / Reuters',
      '(Reporting by Timothy Gardner; Editing by Chizu Nomiyama)',
      'Par Jean Dupont',
      'Von Anna Schmidt',
      'Por María García',
      'di Mario Rossi',
      'Door Pieter de Vries',
      'Fonte: Agência Lusa',
      'Yazar: Ahmet Yılmaz',
      'Автор: Иван Петров',
      '记者 王明',
      '责任编辑：李华',
      '執筆：山田太郎',
      '홍길동 기자',
      'Posted on May 5, 2024 by admin',
      'Follow Jane Doe on Twitter @janedoe',
      'By Jane Doe, May 5, 2024, 4:24 pm',
      'Von Anna Schmidt | 05.01.2024, 16:24 Uhr',
      '2024-05-12 08:30 来源：新华网'
    ],
    keep: [
      'BAGHDAD/WASHINGTON – The Iraqi government is beginning the process to remove the coalition, the office said.',
      'PARIS (AFP) — The French president said on Monday that talks would resume next week.',
      'By The Numbers',
      'By Friday, most of the troops had left the base.',
      'Source: a person familiar with the matter, who asked not to be named.',
      'Von Berlin nach Paris',
      'Reuters reported the deal first.',
      'Par ailleurs, le ministre a démenti toute rencontre.',
      '记者从市政府获悉，大桥将于五月通车。',
      '기자회견은 금요일에 열렸다.',
      'By Friday, 5 May 2024, the troops had left the base.',
      'May 5, 2024 by the numbers',
      'Source: 2024 census',
      'Follow the money, the senator said, and you will find the answer.'
    ]
  },
  plugin: decruftByline
}

/** The module's patterns, each checked for linear time by `test/detect/patterns.test.ts`. */
export const patterns: Readonly<Record<string, RegExp>> = {
  domainCharacter,
  labelColon,
  nameSeparators,
  punctuation,
  socialHandle,
  upperCase,
  wrapped
}
