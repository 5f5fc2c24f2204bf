/**
 * The block classifier: judges blocks no lexicon names (menus, footers,
 * teaser headlines, comment chrome, cookie text, in any language) from their
 * features, their neighbours and their place relative to the main content.
 *
 * 1. Each block on its own: `good`, `near-good`, `short` or `bad`, from a
 *    content score over its features (length, stop word density, sentence
 *    shape, capitals, digits, link-like tokens, copyright).
 * 2. Context (jusText-style, `block-context.ts`): short and near-good blocks
 *    take their class from their neighbours; headings near good text stay.
 * 3. Main content (`content-zone.ts`): the densest run of good blocks is the
 *    article, anchored on the headline (`block-headline.ts`) and with the
 *    list of records that ends it (`block-lists.ts`); what lies outside it
 *    is boilerplate, more surely when bad.
 * 4. Evidence: `noise` (kind `boilerplate`) for bad blocks and blocks outside
 *    the article, `content` for good article prose, so lexicon rules that fire
 *    on real prose can be outvoted, while their clear cases still win.
 */
import type {VFile} from 'vfile'
import {addEvidence} from '../edit.js'
import type {Rule, RuleSettings} from '../rule.js'
import type {Block, Evidence, NoiseKind, Root} from '../types.js'
import {computeFeatures, type BlockFeatures} from './block-features.js'
import {reviseByContext, type ContextBlock, type FinalClass, type InitialClass} from './block-context.js'
import {findCommentThread} from './block-comments.js'
import {findContentZone, type Zone} from './content-zone.js'
import {findCardRuns, findTeasers} from './block-teasers.js'
import {anchorOnHeadline, listUnderHeadline} from './block-headline.js'
import {findGluedCopies} from './block-copies.js'
import {findAuthorBoxes} from './block-authors.js'
import {listEnd} from './block-lists.js'
import {domFindsMainContent} from './dom-analysis.js'
import {documentLanguage, stopwordSet} from './language.js'

/** Options of the block classifier. */
export interface BlockClassifierOptions extends RuleSettings {
  /**
   * Confidence of the surest noise finding (default: `0.8`); the others scale
   * with it. Lexicon rules use `0.9`, so they win where both fire.
   */
  readonly confidence?: number | null | undefined
  /**
   * Keep each block's judgement in `block.data.cache.classifierJudgement`,
   * for tools that explain a verdict (`bench/diagnose.mjs`; default: `false`:
   * a judgement holds about 150 bytes a block, and a large document keeps
   * every block until it is done).
   */
  readonly explain?: boolean | null | undefined
}

/** The classifier's judgement of one block (kept on the block with `explain`, for tools). */
export interface BlockJudgement {
  /** Index of the block in `tree.children`. */
  readonly index: number
  /** Class on its own. */
  readonly initial: InitialClass
  /** Class after context. */
  readonly final: FinalClass
  /** Whether the block lies in the main-content zone. */
  readonly inZone: boolean
  /** Whether the block comes after the main-content zone. */
  readonly afterZone: boolean
  /**
   * Whether the block comes before the main-content zone with chrome between
   * (at least `detachedLines` bad lines, or one chrome line): a cookie notice
   * or a teaser above the menu, not the article's lead. Also what the
   * densest run held above the headline that now starts the zone.
   */
  readonly detached: boolean
  /** Whether the document has an article (enough good text in its zone). */
  readonly hasArticle: boolean
  /** Whether the block is the document's first and looks like a heading. */
  readonly title: boolean
  /**
   * Whether the document is already an article, as another extractor's
   * output is: it starts with its main content (at most a few lines before
   * it), or it has few menu labels (a page's visible text has many).
   */
  readonly extracted: boolean
  /** Whether the block is in a comment thread (`joetoronto says:` and what follows). */
  readonly comment: boolean
  /** Whether the block looks like a heading: a few words, no final punctuation, no link-like tokens. */
  readonly heading: boolean
  /** Whether the block is an author box: the byline's name over a biography (`Meg James` / `Meg James is a …`). */
  readonly author: boolean
  /**
   * Whether the block is chrome on its own merits: mostly link-like tokens
   * (`Home | News`, a bare URL) or a short copyright notice.
   */
  readonly chrome: boolean
  /** Content score on its own (higher is more like prose). */
  readonly score: number
}

/** Size below which a block is short (jusText: `length_low`, 70). */
const lengthLow = 70

/** Size above which a good block is surely good (jusText: `length_high`, 200). */
const lengthHigh = 200

/** Heading distance (jusText: `max_heading_distance`, 200). */
const headingDistance = 200

/** Most words of a heading-like line. */
const headingWords = 16

/**
 * Fewest characters of a heading in a script without spaces: two words of
 * two characters (`相关阅读`), where `分享到` or `微信` is a label.
 */
const headingCharactersUnspaced = 4

/** Good text (in Latin-text characters) the main-content zone needs to count as an article. */
const minimumArticle = 400

/** A line that ends a sentence, a heading with a colon, or a list item. */
const terminalEnd = /[.!?…。！？؟:][\p{Pf}\p{Pe}"'”’»)\]]{0,3}$/u

/** A line that starts in lower case: it continues a sentence. */
const lowerStart = /^\p{Ll}/u

/** A line ending in a comma, semicolon or hyphen: the sentence goes on. */
const joiningEnd = /[,;\-–]$/u

/** Fewest characters of a line that was hard-wrapped (wrapping happens at 60–80). */
const wrappedLine = 30

/** How many blocks at the start of a document may hold its title. */
const titlePositions = 3

/** Fewest words per link-like token in a block that is not a menu. */
const wordsPerLink = 8

/** Stop word density of neutral prose: above it argues for content. */
const neutralDensity = 0.2

/** Confidence of other rules' noise evidence that makes a block bad for context. */
const lexiconNoise = 0.6

/** Default confidence of the surest noise finding. */
const defaultConfidence = 0.8

/**
 * Most lines before the main-content zone of a document that starts with its
 * article (or a quarter of the zone's lines, if more). A page's visible text
 * opens with menus and headers (dozens of lines); an extractor's output opens
 * with the title or the lead.
 */
const leadingLines = 3

/**
 * Most labels (lines of at most `labelWords` words that end in no
 * punctuation: `Home`, `Sport`, `Log in`) per line in a document that is
 * already an article. Page text has many: a third to four fifths of its lines
 * in the benchmark's visible text.
 */
const labelShare = 0.2

/** Most words of a label. */
const labelWords = 3

/** Consecutive labels that make a menu whatever their neighbours (`Our Story` / `Jobs` / `Blog` / `Contact`). */
const menuLabels = 4

/** Most units between a headline and the list of records that is its article (a date, a share bar, an intro). */
const listDistance = 10

/** Bad lines between a text and the article that detach it from the article. */
const detachedLines = 3

/**
 * Least share of the zone's good text that must come before a related-content
 * opener inside it for the zone to end there: the article is most of it, and
 * what follows the opener is other articles (1/2 and 4/5 were tried: 2/3 cut
 * no page's article short on the dev set).
 */
const openerShare = 2 / 3

/**
 * Least share of the zone's good text that must come before a run of dated
 * teaser cards inside it for the zone to end there (1/5 gives the same on the
 * dev set, 1/2 loses two of three pages): the cards are stronger evidence
 * than an opener line, but a live blog (a date per entry) is all cards.
 */
const cardShare = 1 / 3

/** A line that is no label: it ends in punctuation or a table cell's bar. */
const labelEnd = /[.!?…。！？؟:;,|]$/u

const emptyOptions: Readonly<BlockClassifierOptions> = {}

/**
 * Classify the blocks of a document without adding evidence.
 *
 * @param tree
 *   The document.
 * @returns
 *   One judgement per non-blank block, in order.
 */
function classifyBlocks(tree: Root): BlockJudgement[] {
  const language = documentLanguage(tree)
  const stopwords = stopwordSet(language)
  const hasStopwords = stopwords.size > 0
  const units = collectUnits(tree, stopwords)
  const contexts: ContextBlock[] = []
  let labels = 0
  const scores: number[] = []
  const headingLike: boolean[] = []
  const chrome: boolean[] = []
  const openers: number[] = []
  const dated: boolean[] = []
  // Summaries cut off one after another (`… the state may soon...`) link to
  // other articles: bad on their own, so the zone does not take them in.
  const texts = units.map((unit) => unit.text)
  const teasers = findTeasers(texts)
  // A copy of the article glued into one line (leaked metadata) is no part of it.
  const copies = findGluedCopies(texts)
  // The byline's name over a biography (`Meg James` / `Meg James is a …`) is no part of the article.
  const authorBoxes = findAuthorBoxes(texts)
  // The features scan reads one flat string of all units: a unit's text is a
  // slice of the page (or a join of slices), slower to read code by code.
  const joined = texts.join('\n')
  let offset = 0
  // Each line, whether another rule dated it, and its unit: for the comment
  // thread, which is judged line by line (`riverfan says:` may be wrapped
  // into one unit with what follows).
  const lines: string[] = []
  const datedLines: boolean[] = []
  const unitOfLine: number[] = []

  for (let position = 0; position < units.length; position++) {
    const unit = units[position] as Unit
    const features = computeFeatures(unit.text, language, joined, offset)
    offset += unit.text.length + 1
    const score = contentScore(features, hasStopwords)
    let initial = teasers[position] || copies[position] ? 'bad' : initialClass(features, score)
    let isDated = false
    for (const index of unit.indexes) {
      const block = tree.children[index]
      const flagged = strongestNoise(block)
      lines.push(unit.indexes.length === 1 ? unit.text : (block?.value.trim() ?? ''))
      datedLines.push(flagged?.kind === 'metadata')
      unitOfLine.push(position)
      if (flagged !== undefined && (flagged.kind === 'metadata' || flagged.kind === 'byline')) isDated = true
      if (flagged !== undefined && flagged.confidence >= lexiconNoise && unit.indexes.length === 1) initial = 'bad'
      if (flagged !== undefined && flagged.kind === 'related' && flagged.confidence >= lexiconNoise) openers.push(position)
    }
    dated.push(isDated)
    scores.push(score)
    const heading = isHeadingLike(features)
    headingLike.push(heading)
    chrome.push(isChrome(features))
    if (features.words <= labelWords && !labelEnd.test(unit.text)) labels++
    contexts.push({
      initial,
      heading: heading && !features.copyright,
      size: features.size,
      sentence: features.terminal && (features.stopwordDensity > 0 || !hasStopwords),
      blankBefore: unit.blankBefore
    })
  }

  const finals = reviseByContext(contexts, {headingDistance, runSize: minimumArticle, menuLabels})
  // Reader comments are prose, but not the article: the zone may not reach
  // into a thread.
  const threadLine = findCommentThread(lines, datedLines)
  const thread = threadLine === undefined ? units.length : (unitOfLine[threadLine] ?? units.length)
  const weights = contexts.map((context, position) =>
    zoneWeight(context, position < thread ? (finals[position] ?? 'bad') : 'bad')
  )
  let zone = zoneBeforeOpener(findContentZone(weights), weights, finals, contexts, openers)
  // Teaser cards (heading, byline, date, one summary) inside the zone end it
  // as an opener does, when the article holds a third of its prose.
  const cardUnits = contexts.map((context, position) => ({
    heading: context.heading,
    // On its own merits: a card's summary between a date and the next
    // heading has no good neighbours to lean on.
    paragraph: !context.heading && (context.initial === 'good' || context.initial === 'near-good'),
    dated: dated[position] ?? false
  }))
  // Undated cards too: a kicker, a headline and a source line over one summary.
  const cardRuns = [...findCardRuns(cardUnits), ...findCardRuns(cardUnits, true)].sort((a, b) => a - b)
  for (const start of cardRuns) {
    if (start > zone.start && start < zone.end) {
      zone = zoneBeforeOpener(zone, weights, finals, contexts, [start], cardShare)
      break
    }
  }
  // The article follows its headline (the page title's first part): the
  // zone starts there, or is the story under it when a footer is denser.
  const densest = zone
  zone = anchorOnHeadline(
    zone,
    {
      texts,
      weights,
      goodSizes: contexts.map((context, position) => (finals[position] === 'good' ? context.size : 0)),
      bad: finals.map((final) => final === 'bad')
    },
    {minimumArticle, detachedLines}
  )
  // A table or a calendar under the headline, with no prose there, is the
  // article when the anchor found none (`1 Kyle Busch 5040 5 1 17 27`).
  const list = zone === densest ? listUnderHeadline(zone, texts, listDistance) : undefined
  if (list !== undefined) {
    for (let position = list.start; position < list.end; position++) finals[position] = 'good'
    zone = list
  }
  // 3. Without a real article (a list, a table, a page of short notes) there
  //    is no outside to remove: every block counts as inside.
  let zoneText = 0
  for (let position = zone.start; position < zone.end; position++) {
    if (finals[position] === 'good') zoneText += contexts[position]?.size ?? 0
  }
  // A list under its headline is the article, however little text it holds.
  const hasArticle = list !== undefined || zoneText >= minimumArticle
  // A list of records right after the article (`June 9 – Tampa, FL @ …`,
  // `England (Group A): 10th appearance`) is its own, not a menu.
  if (hasArticle) {
    const end = listEnd(texts, zone.end)
    for (let position = zone.end; position < end; position++) finals[position] = 'good'
    zone = {start: zone.start, end}
  }
  const extracted =
    hasArticle &&
    (zone.start <= leadingLines || labels <= labelShare * units.length)

  // Bad lines between each line before the article and the article.
  const badBetween: number[] = new Array<number>(units.length).fill(0)
  let seenBad = 0
  for (let position = Math.min(zone.start, units.length) - 1; position >= 0; position--) {
    badBetween[position] = seenBad
    if (finals[position] === 'bad') seenBad += chrome[position] ? detachedLines : 1
  }

  const judgements: BlockJudgement[] = []
  for (let position = 0; position < units.length; position++) {
    const inZone = !hasArticle || (position >= zone.start && position < zone.end)
    for (const index of units[position]?.indexes ?? []) {
      judgements.push({
        index,
        initial: contexts[position]?.initial ?? 'bad',
        final: finals[position] ?? 'bad',
        inZone,
        afterZone: hasArticle && position >= zone.end,
        // Stories above the headline that the densest run held are no lead.
        detached:
          hasArticle &&
          position < zone.start &&
          ((badBetween[position] ?? 0) >= detachedLines || (position >= densest.start && zone.start < densest.end)),
        hasArticle,
        title: isTitle(contexts, headingLike, position),
        heading: headingLike[position] ?? false,
        extracted,
        comment: hasArticle && position >= thread,
        author: hasArticle && (authorBoxes[position] ?? false),
        chrome: chrome[position] ?? false,
        score: scores[position] ?? 0
      })
    }
  }
  return judgements
}

/**
 * The article before a related-content opener (`Você pode gostar…`, `Most
 * read`, `Lire aussi`): what follows an opener is a list of other articles
 * (quote cards, teasers), not this one. When the densest run lies after the
 * last opener before it and the text before that opener holds an article of
 * its own, that article is the zone. When an opener lies inside the run, the
 * run ends there if at least `openerShare` of its good text comes before it
 * (an opener above the article, `Trending` under the menu, cuts nothing).
 *
 * @param zone
 *   The densest run over the whole document.
 * @param weights
 *   Zone weight per unit.
 * @param finals
 *   Class per unit after context.
 * @param contexts
 *   The units.
 * @param openers
 *   Units that open a related-content zone, in order.
 * @param share
 *   Least share of the zone's good text before an opener inside it for the
 *   zone to end there (default: `openerShare`).
 * @returns
 *   The zone to use.
 */
function zoneBeforeOpener(
  zone: Zone,
  weights: readonly number[],
  finals: readonly FinalClass[],
  contexts: readonly ContextBlock[],
  openers: readonly number[],
  share = openerShare
): Zone {
  let opener = -1
  // The first opener inside the zone, else the last one before it.
  for (const position of openers) {
    if (position < zone.end && opener < zone.start) opener = position
  }
  if (opener <= 0) return zone
  const before = findContentZone(weights.slice(0, opener))
  let goodText = 0
  for (let position = before.start; position < before.end; position++) {
    if (finals[position] === 'good') goodText += contexts[position]?.size ?? 0
  }
  if (goodText < minimumArticle) return zone
  if (opener < zone.start) return before
  let zoneGood = 0
  for (let position = zone.start; position < zone.end; position++) {
    if (finals[position] === 'good') zoneGood += contexts[position]?.size ?? 0
  }
  return goodText >= share * zoneGood ? before : zone
}

/**
 * Whether a block can be the document's title: heading-like, among the first
 * few blocks, and not followed by another label (`Home` / `World`).
 *
 * @param contexts
 *   The blocks.
 * @param headingLike
 *   Whether each looks like a heading, whatever its class.
 * @param position
 *   The block.
 * @returns
 *   Whether it may be the title.
 */
function isTitle(contexts: readonly ContextBlock[], headingLike: readonly boolean[], position: number): boolean {
  if (position >= titlePositions || !headingLike[position]) return false
  const next = contexts[position + 1]
  return !(next && next.initial === 'short' && !next.sentence && !next.heading)
}

/** Consecutive lines judged together: a paragraph hard-wrapped over lines. */
interface Unit {
  /** Indexes of its blocks in `tree.children`. */
  readonly indexes: number[]
  /** Its text, lines joined with spaces. */
  text: string
  /** Whether a blank line (or the start) comes before it. */
  readonly blankBefore: boolean
}

/**
 * Group the non-blank blocks into units: a line continues the previous one
 * when that one stops mid-sentence (`… won the` / `Africa Movie Academy …`,
 * `… released` / `online and …`), so hard-wrapped paragraphs are judged whole.
 *
 * @param tree
 *   The document.
 * @param stopwords
 *   Stop words of its language.
 * @returns
 *   The units in order.
 */
function collectUnits(tree: Root, stopwords: ReadonlySet<string>): Unit[] {
  const units: Unit[] = []
  let blankBefore = true
  let previous: Unit | undefined
  let previousText = ''
  for (let index = 0; index < tree.children.length; index++) {
    const block = tree.children[index]
    if (!block) continue
    if (block.blank) {
      blankBefore = true
      previous = undefined
      continue
    }
    const text = block.value.trim()
    if (previous && continuesLine(previousText, text, stopwords)) {
      previous.indexes.push(index)
      previous.text += ' ' + text
    } else {
      previous = {indexes: [index], text, blankBefore}
      units.push(previous)
    }
    previousText = text
    blankBefore = false
  }
  return units
}

/**
 * Whether a line continues the sentence of the line before it.
 *
 * @param before
 *   The previous line, trimmed.
 * @param text
 *   This line, trimmed.
 * @param stopwords
 *   Stop words of the document language.
 * @returns
 *   Whether they are one wrapped paragraph.
 */
function continuesLine(before: string, text: string, stopwords: ReadonlySet<string>): boolean {
  // Only a line long enough to have been wrapped goes on: `facebook` /
  // `linkedin` / `twitter` are labels, not one sentence.
  if (before.length < wrappedLine || terminalEnd.test(before)) return false
  if (lowerStart.test(text)) return true
  if (joiningEnd.test(before)) return true
  const lastSpace = before.lastIndexOf(' ')
  if (lastSpace === -1) return false
  return stopwords.has(before.slice(lastSpace + 1).toLowerCase())
}

/**
 * A content score for a block on its own: about 0 for borderline text,
 * positive for prose, negative for chrome.
 *
 * @param features
 *   The block's features.
 * @param hasStopwords
 *   Whether the document language has a stop word list (else density says nothing).
 * @returns
 *   The score.
 */
function contentScore(features: BlockFeatures, hasStopwords: boolean): number {
  let score = 0
  score += features.size < lengthLow ? -1.5 : features.size >= lengthHigh ? 1.5 : 0
  score += features.terminal ? 1.5 : -1.5
  if (hasStopwords) score += (features.stopwordDensity - neutralDensity) * 8
  score += Math.min(features.innerSentences, 2) * 0.5
  score -= Math.min((features.links * wordsPerLink) / Math.max(features.words, 1), 3) * 1.5
  if (features.copyright) score -= features.size < lengthHigh ? 3 : 1
  // `Diversity Among Hollywood Directors Improves`: teaser headlines are title case.
  if (features.words >= 4 && features.capitalized > 0.6) score -= 1
  if (features.digits > 0.3) score -= 1
  return score
}

/**
 * The class of a block on its own.
 *
 * @param features
 *   Its features.
 * @param score
 *   Its content score.
 * @returns
 *   Its class.
 */
function initialClass(features: BlockFeatures, score: number): InitialClass {
  // `See https://example.com for details.` is a sentence; `www.example.com` alone is not.
  if (features.size < lengthLow) return (features.links > 0 && !features.terminal) || features.copyright ? 'bad' : 'short'
  // `Home | News | Sport`: mostly separators; a long paragraph with two `»` is not a menu.
  if (features.links * wordsPerLink > features.words) return 'bad'
  // `© 2024 Example Media` is a footer; `The copyright (© 2019) belongs to …, the court ruled.` is news,
  // and so is a long paragraph with a photo credit glued to its end (`… he said.© Reuters`).
  if (features.copyright && !features.terminal && features.innerSentences < 2) return 'bad'
  if (score >= 1) return features.size >= lengthHigh || score >= 2.5 ? 'good' : 'near-good'
  if (score >= 0) return 'near-good'
  return 'bad'
}

/**
 * Whether a block could be a heading: a few words, no final punctuation, no
 * link-like tokens.
 *
 * @param features
 *   Its features.
 * @returns
 *   Whether it looks like a heading.
 */
function isHeadingLike(features: BlockFeatures): boolean {
  // In a script without spaces the word breaker cuts a name it does not know
  // into characters (`微信` -> `微`, `信`): count characters there instead.
  const unspaced = features.size > features.characters
  if (unspaced && features.characters < headingCharactersUnspaced) return false
  return !features.terminal && features.words >= 2 && features.words <= headingWords && features.links === 0
}

/**
 * Whether a block is chrome on its own merits, wherever it stands: more
 * link-like tokens than a sentence has (`Home | News | Sport`,
 * `www.example.com`), or a copyright notice that is not in a long paragraph.
 *
 * @param features
 *   Its features.
 * @returns
 *   Whether it is chrome.
 */
function isChrome(features: BlockFeatures): boolean {
  if (features.links * wordsPerLink > features.words) return true
  return features.copyright && features.innerSentences < 2 && features.size < lengthHigh
}

/**
 * Weight of a block for the content zone: its size when good, minus its size
 * and a fixed cost per block when bad (a menu of many tiny items weighs a lot).
 *
 * @param context
 *   The block.
 * @param final
 *   Its class after context.
 * @returns
 *   The weight.
 */
function zoneWeight(context: ContextBlock, final: FinalClass): number {
  if (final === 'good') return context.size
  return -(context.size + 20)
}

/**
 * The strongest noise evidence other rules gave a block.
 *
 * @param block
 *   A block.
 * @returns
 *   The evidence, if any.
 */
function strongestNoise(block: Block | undefined): Evidence | undefined {
  let best: Evidence | undefined
  for (const item of block?.data?.evidence ?? []) {
    if (item.label === 'noise' && (best === undefined || item.confidence > best.confidence)) best = item
  }
  return best
}

/**
 * Unified plugin that adds the classifier's evidence to every non-blank block.
 *
 * @param options
 *   Configuration (optional).
 * @returns
 *   Transform.
 */
export default function decruftBlockClassifier(options?: BlockClassifierOptions | null) {
  const settings = options ?? emptyOptions
  const top = settings.confidence ?? defaultConfidence

  return function (tree: Root, _file: VFile): undefined {
    // On an HTML page whose DOM found the article, `dom-main-content` judges
    // every block: the classifier reads text without structure, and on the
    // 181 dev pages its zone on top of the DOM's cost recall on article-final
    // lists (F1 0.9756 with it, 0.9776 without) and a third of the HTML time.
    if (domFindsMainContent(tree)) return
    const judgements = classifyBlocks(tree)
    for (const judgement of judgements) {
      const block = tree.children[judgement.index]
      if (!block) continue
      if (settings.explain) ((block.data ??= {}).cache ??= {})['classifierJudgement'] = judgement
      addJudgement(block, judgement, top)
    }
  }
}

/**
 * Turn a judgement into evidence on the block.
 *
 * @param block
 *   The block.
 * @param judgement
 *   What the classifier found.
 * @param top
 *   Confidence of the surest noise finding.
 * @returns
 *   Nothing.
 */
function addJudgement(block: Block, judgement: BlockJudgement, top: number): undefined {
  const text = block.value.trim()
  const {final, inZone, initial} = judgement
  if (judgement.comment) {
    addNoise(block, top, 'comment thread after the article', text)
    return
  }
  if (judgement.author && judgement.inZone) {
    addNoise(block, top - 0.15, 'author box', text)
    return
  }
  if (final === 'good' && inZone) {
    // Article prose on its own merits is strong content; prose by context weaker.
    const confidence = initial === 'good' ? 0.7 : 0.5
    addEvidence(block, {
      ruleId: 'block-classifier',
      label: 'content',
      kind: 'boilerplate',
      confidence: round(confidence * (top / defaultConfidence)),
      reason: 'Expected article text `' + text + '`'
    })
    return
  }
  let confidence: number
  let why: string
  // A title or a lead before the article, bad only for want of good
  // neighbours, is judged as text, not as chrome.
  const textLike = initial === 'good' || initial === 'near-good' || judgement.title
  if (judgement.extracted && !judgement.chrome) {
    // The text is already an article (an extractor's output): what ends it
    // (a recipe list, a table of results, a closing note) is mostly the
    // article's own. Only chrome or lexicon rules remove there, and the
    // `recall` preset.
    confidence = top - 0.25
    why = inZone ? 'boilerplate inside the main content' : 'text outside the main content'
  } else if (!inZone && (final === 'bad' && !(textLike && !judgement.afterZone))) {
    confidence = top
    why = 'boilerplate outside the main content'
  } else if (!inZone) {
    // Good text before the article (a title, a lead) may be the article's
    // own: only the `recall` preset removes it. After the article it is
    // mostly teasers and comments.
    confidence = judgement.afterZone || (judgement.detached && !judgement.title) ? top - 0.2 : top - 0.4
    why = 'text outside the main content'
  } else if (judgement.hasArticle || judgement.chrome) {
    // A long line inside the article that is bad on its own (no final stop,
    // few stop words: a command, a tweet, a line in a script the stop words
    // miss) is more likely the article's than chrome: `recall` only.
    const longLine = text.length >= lengthLow && !judgement.chrome && !judgement.heading
    confidence = initial === 'bad' && !longLine ? top - 0.15 : top - 0.25
    why = 'boilerplate inside the main content'
  } else {
    // No article to judge by (`Home` alone, a list): only `recall` removes it.
    confidence = top - 0.35
    why = 'line in a document without article text'
  }
  addNoise(block, confidence, why, text)
}

/**
 * Add the classifier's noise evidence to a block, unless another rule is
 * already as sure (its kind is then kept: `share` stays `share`).
 *
 * @param block
 *   The block.
 * @param confidence
 *   How sure.
 * @param why
 *   What the block is (`boilerplate outside the main content`).
 * @param text
 *   The block's trimmed text.
 * @returns
 *   Nothing.
 */
function addNoise(block: Block, confidence: number, why: string, text: string): undefined {
  const existing = strongestNoise(block)
  if (existing && existing.confidence >= confidence) return
  const kind: NoiseKind = existing ? existing.kind : 'boilerplate'
  addEvidence(block, {
    ruleId: 'block-classifier',
    label: 'noise',
    kind,
    confidence: round(confidence),
    reason: 'Unexpected ' + why + ' `' + text + '`'
  })
}

/**
 * Round a confidence to two decimals, so reports read cleanly.
 *
 * @param value
 *   A confidence.
 * @returns
 *   It, rounded and kept within 0–1.
 */
function round(value: number): number {
  return Math.min(1, Math.max(0, Math.round(value * 100) / 100))
}

/** Navigation lines of the examples. */
const exampleMenu = ['Home', 'World', 'Business', 'Sport']

/** A neutral article for the examples: a dateline lead, a heading, short paragraphs. */
const exampleArticle = [
  'BAGHDAD/WASHINGTON – The Iraqi government said on Friday it had begun the process of ending the mission of the U.S.-led coalition in the country.',
  '',
  'Talks with Washington will start next month, a spokesman for the prime minister told reporters in the capital.',
  '',
  'Background: Rising Tensions',
  '',
  'The announcement came a day after a strike in the capital killed a militia commander, prompting anger among armed groups allied with Iran.',
  '',
  '“We will consult closely with the Iraqi government about the safety of our forces,” a Pentagon spokesman said in a statement on Thursday.',
  '',
  'Officials declined to say how long the talks would take.'
]

/** A list that ends an article: its own, not trailing boilerplate. */
const exampleList = ['The recipe, as she gave it:', '', '2 cups flour', '1 cup sugar', '3 eggs, beaten', 'A pinch of salt']

/** Results as extractors write tables: cell bars, not menu separators. */
const exampleTable = ['| Pos | Driver | Points |', '| 1 | Ana Souza | 5040 |', '| 2 | Lee Min | 5035 |']

/** The rule record. */
export const blockClassifier: Rule = {
  id: 'block-classifier',
  kind: 'boilerplate',
  stage: 'context',
  languages: ['*'],
  description:
    'Judges every block by its features (length, stop words, sentence shape, links), its neighbours and its place relative to the main content; removes menus, footers and teasers, and speaks up for article prose.',
  examples: {
    catch: [
      {context: [...exampleMenu, '', ...exampleArticle], line: 1},
      {context: [...exampleMenu, '', ...exampleArticle], line: 3},
      {context: [...exampleArticle, '', 'Terms of Service | Privacy Policy | Contact'], line: exampleArticle.length + 1},
      {context: [...exampleArticle, '', '© 2024 The Daily Example. All rights reserved.'], line: exampleArticle.length + 1}
    ],
    keep: [
      {context: [...exampleMenu, '', ...exampleArticle], line: exampleMenu.length + 1},
      {context: [...exampleMenu, '', ...exampleArticle], line: exampleMenu.length + 3},
      {context: [...exampleMenu, '', ...exampleArticle], line: exampleMenu.length + 5},
      {context: [...exampleMenu, '', ...exampleArticle], line: exampleMenu.length + exampleArticle.length},
      {context: [...exampleMenu, '', ...exampleArticle], line: exampleMenu.length + 9},
      {context: [...exampleArticle, '', ...exampleList], line: exampleArticle.length + 3},
      {context: [...exampleArticle, '', ...exampleList], line: exampleArticle.length + 6},
      {context: [...exampleArticle, '', ...exampleTable], line: exampleArticle.length + 2}
    ]
  },
  plugin: decruftBlockClassifier
}
