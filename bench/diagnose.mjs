// Diagnose the quality benchmark: which rule costs gold text, which noise
// survives.
//
//   npm run bench:diagnose -- --track readability_js          rule table + worst lines
//   npm run bench:diagnose -- --track html-text --page ID     one page, line by line
//   npm run bench:diagnose -- --track html                    raw pages: one line per block
//   npm run bench:diagnose -- --track html-text --kept 30     more kept-noise lines
//   options: --preset NAME, --top N (rows per list), --module PATH (a built index.js)
//
// For every page the input goes through the pipeline (as `cleanDetailed`
// does) and each input token is marked with the rule that removed it: the
// rule of a removed block's verdict, or of a removal edit inside a line. A
// shingle (4 tokens, as in the metric) with a removed token is charged to the
// rule of its first removed token: to `gold lost` as far as the gold has that
// shingle and the output no longer does, else to `noise removed`. Kept
// shingles the gold lacks are `kept noise`, charged to the block of their
// first token. `recall cost` is a rule's lost gold over the page's gold,
// averaged over pages: what the rule takes from the track's mean recall.
//
// Imports the built library (`dist/index.js`) unless `--module` names another.
import {readFileSync, readdirSync} from 'node:fs'
import {resolve} from 'node:path'
import {pathToFileURL} from 'node:url'
import {parseArgs} from 'node:util'
import {VFile} from 'vfile'
import {loadGold, loadHtml, loadTextInput} from './lib/data.mjs'
import {scoreCorpus, shingles} from './lib/score.mjs'

/** Tracks this tool reads (text input; the seeds with their own gold). */
export const diagnoseTracks = ['html-text', 'visible-text', 'readability_js', 'trafilatura', 'seeds', 'html']

/** Tokens as the metric reads them: runs of letters, numbers and `_`. */
const tokenPattern = /[\p{L}\p{N}_]+/gu

/** Shingle size of the metric. */
const shingleSize = 4

/** Separator inside a shingle key. */
const joiner = '\u0000'

const seedsUrl = new URL('../test/fixtures/seeds/', import.meta.url)

/**
 * Inputs and gold texts of a track.
 *
 * @param {string} track
 * @returns {{inputs: Map<string, string>, gold: Map<string, string>}}
 */
export function loadTrack(track) {
  if (track === 'html') return {inputs: loadHtml(), gold: loadGold()}
  if (track !== 'seeds') return {inputs: loadTextInput(track), gold: loadGold()}
  const inputs = new Map()
  const gold = new Map()
  for (const name of readdirSync(seedsUrl).sort()) {
    if (!name.endsWith('.input.txt')) continue
    const id = name.slice(0, -'.input.txt'.length)
    inputs.set(id, readFileSync(new URL(name, seedsUrl), 'utf8'))
    gold.set(id, readFileSync(new URL(id + '.clean.txt', seedsUrl), 'utf8'))
  }
  return {inputs, gold}
}

/**
 * Run one page through a processor and attribute its shingles.
 *
 * @param {any} processor
 *   A decruft processor for text.
 * @param {string} input
 *   The page's input text.
 * @param {string} goldText
 *   The page's gold text.
 * @returns {PageDiagnosis}
 *
 * @typedef {{ruleId: string, confidence: number, reason: string}} Cause
 * @typedef {{index: number, text: string, kept: boolean, cause: Cause | undefined, content: Cause | undefined, judgement: string, goldLost: number, noiseRemoved: number, keptNoise: number, keptGold: number}} LineDiagnosis
 * @typedef {{output: string, goldTotal: number, lines: LineDiagnosis[], rules: Map<string, {lines: number, goldLost: number, noiseRemoved: number}>, keptNoise: number, keptGold: number}} PageDiagnosis
 */
export function diagnosePage(processor, input, goldText) {
  const file = new VFile({value: input})
  const tree = processor.runSync(processor.parse(file), file)
  const output = String(processor.stringify(tree, file))
  // HTML: positions point into markup, so read the blocks' own text instead,
  // one block after another (edits inside a block are not charged).
  const isHtml = tree.data?.format === 'html'
  if (isHtml) {
    const ranges = []
    let text = ''
    for (const block of tree.children) {
      if (block.blank) continue
      ranges.push([text.length, text.length + block.value.length])
      text += block.value + '\n\n'
    }
    input = text
    var blockRanges = ranges
  }

  // 1. Who owns each input character: a removal cause, or the kept block.
  /** @type {Array<Cause | undefined>} */
  const causes = []
  const owner = new Int32Array(input.length).fill(-1)
  const removedBy = new Int32Array(input.length).fill(-1)
  /** @type {LineDiagnosis[]} */
  const lines = []
  for (const block of tree.children) {
    if (block.blank) continue
    const start = isHtml ? blockRanges[lines.length][0] : (block.position?.start?.offset ?? 0)
    const end = isHtml ? blockRanges[lines.length][1] : (block.position?.end?.offset ?? start)
    const verdict = block.data?.verdict
    const kept = verdict?.keep !== false
    const line = {
      index: lines.length,
      text: input.slice(start, end),
      kept,
      cause: kept ? undefined : toCause(verdict?.evidence),
      content: strongest(block.data?.evidence, 'content') ?? strongest(block.data?.evidence, 'noise'),
      judgement: describeJudgement(block.data?.cache?.classifierJudgement),
      goldLost: 0,
      noiseRemoved: 0,
      keptNoise: 0,
      keptGold: 0
    }
    lines.push(line)
    owner.fill(line.index, start, end)
    if (!kept) {
      causes.push(line.cause)
      removedBy.fill(causes.length - 1, start, end)
    }
    for (const edit of isHtml ? [] : (block.data?.edits ?? [])) {
      if (edit.type !== 'removal') continue
      causes.push({ruleId: edit.ruleId, confidence: edit.confidence, reason: edit.reason})
      removedBy.fill(causes.length - 1, edit.start, edit.end)
    }
  }

  // 2. Shingles of the input, each with its removal cause (if any) and line.
  const tokens = [...input.matchAll(tokenPattern)]
  const gold = shingles(goldText)
  const kept = shingles(output)
  let goldTotal = 0
  for (const count of gold.values()) goldTotal += count
  /** @type {Map<string, Array<{cause: number, line: number}>>} */
  const occurrences = new Map()
  const last = Math.max(1, tokens.length - shingleSize + 1)
  for (let index = 0; index < last && tokens.length > 0; index++) {
    const window = tokens.slice(index, index + shingleSize)
    let cause = -1
    for (const token of window) {
      const at = removedBy[token.index ?? 0] ?? -1
      if (at !== -1) {
        cause = at
        break
      }
    }
    const key = window.map((token) => token[0]).join(joiner)
    const list = occurrences.get(key) ?? []
    list.push({cause, line: owner[window[0]?.index ?? 0] ?? -1})
    occurrences.set(key, list)
  }

  // 3. Charge each shingle: lost gold and removed noise to causes, kept
  //    shingles to their line as gold or noise.
  const rules = new Map()
  let keptNoise = 0
  let keptGold = 0
  for (const [key, list] of occurrences) {
    const goldCount = gold.get(key) ?? 0
    const keptCount = kept.get(key) ?? 0
    let lost = Math.max(0, Math.min(list.length, goldCount) - Math.min(keptCount, goldCount))
    let goldLeft = Math.min(keptCount, goldCount)
    for (const {cause, line} of list) {
      const diagnosis = lines[line]
      if (cause === -1) {
        if (goldLeft > 0) {
          goldLeft--
          keptGold++
          if (diagnosis) diagnosis.keptGold++
        } else {
          keptNoise++
          if (diagnosis) diagnosis.keptNoise++
        }
        continue
      }
      const ruleId = causes[cause]?.ruleId ?? 'unknown'
      const row = rules.get(ruleId) ?? {lines: 0, goldLost: 0, noiseRemoved: 0}
      if (lost > 0) {
        lost--
        row.goldLost++
        if (diagnosis) diagnosis.goldLost++
      } else {
        row.noiseRemoved++
        if (diagnosis) diagnosis.noiseRemoved++
      }
      rules.set(ruleId, row)
    }
  }
  for (const line of lines) {
    if (line.kept || !line.cause) continue
    const row = rules.get(line.cause.ruleId) ?? {lines: 0, goldLost: 0, noiseRemoved: 0}
    row.lines++
    rules.set(line.cause.ruleId, row)
  }
  return {output, goldTotal, lines, rules, keptNoise, keptGold}
}

/**
 * A cause from evidence.
 *
 * @param {{ruleId: string, confidence: number, reason: string} | undefined} evidence
 * @returns {Cause | undefined}
 */
function toCause(evidence) {
  return evidence ? {ruleId: evidence.ruleId, confidence: evidence.confidence, reason: evidence.reason} : undefined
}

/**
 * The strongest evidence with a label.
 *
 * @param {Array<{ruleId: string, label: string, confidence: number, reason: string}> | undefined} evidence
 * @param {string} label
 * @returns {Cause | undefined}
 */
function strongest(evidence, label) {
  let best
  for (const item of evidence ?? []) {
    if (item.label === label && (!best || item.confidence > best.confidence)) best = item
  }
  return best ? {...toCause(best), label} : undefined
}

/**
 * Describe the block classifier's judgement of a line (kept on the block's
 * cache, as the rule's `explain` setting asks): initial and final class, and
 * where it lies relative to the article (`in`, `before`, `after`; `-` without
 * an article).
 *
 * @param {{initial: string, final: string, inZone: boolean, afterZone: boolean, hasArticle: boolean} | undefined} judgement
 * @returns {string}
 */
function describeJudgement(judgement) {
  if (!judgement) return ''
  const place = !judgement.hasArticle ? '-' : judgement.inZone ? 'in' : judgement.afterZone ? 'after' : 'before'
  return judgement.initial + '>' + judgement.final + ' ' + place
}

/**
 * Shorten a line for a table.
 *
 * @param {string} text
 * @param {number} size
 * @returns {string}
 */
function excerpt(text, size) {
  const flat = text.replace(/\s+/gu, ' ').trim()
  return flat.length > size ? flat.slice(0, size - 1) + '…' : flat
}

/**
 * Describe the evidence that decided a line.
 *
 * @param {Cause & {label?: string} | undefined} cause
 * @returns {string}
 */
function describeCause(cause) {
  if (!cause) return '-'
  return (cause.label === 'content' ? '+' : '') + cause.ruleId + ' ' + cause.confidence.toFixed(2)
}

/**
 * Print the whole-track view: the rule table, the lines that cost most gold,
 * the pages and lines with most kept noise.
 *
 * @param {string} track
 * @param {Map<string, PageDiagnosis>} pages
 * @param {{untouched: any, cleaned: any}} scores
 * @param {{top: number, kept: number}} limits
 * @returns {undefined}
 */
function printTrack(track, pages, scores, limits) {
  const format = (score) => `${score.f1.toFixed(3)} (P ${score.precision.toFixed(3)} / R ${score.recall.toFixed(3)})`
  console.log(`# ${track}: ${pages.size} pages; untouched ${format(scores.untouched)}; decruft ${format(scores.cleaned)}\n`)

  /** @type {Map<string, {lines: number, goldLost: number, noiseRemoved: number, recallCost: number, pages: Array<[string, number]>}>} */
  const totals = new Map()
  let keptNoise = 0
  let keptGold = 0
  for (const [id, page] of pages) {
    keptNoise += page.keptNoise
    keptGold += page.keptGold
    for (const [ruleId, row] of page.rules) {
      const total = totals.get(ruleId) ?? {lines: 0, goldLost: 0, noiseRemoved: 0, recallCost: 0, pages: []}
      total.lines += row.lines
      total.goldLost += row.goldLost
      total.noiseRemoved += row.noiseRemoved
      if (page.goldTotal > 0) total.recallCost += row.goldLost / page.goldTotal / pages.size
      if (row.goldLost > 0) total.pages.push([id, row.goldLost])
      totals.set(ruleId, total)
    }
  }

  console.log('rule'.padEnd(22) + 'lines'.padStart(7) + 'gold lost'.padStart(11) + 'noise rm'.padStart(10) +
    'precision'.padStart(11) + 'recall cost'.padStart(13) + '  worst pages (gold shingles lost)')
  const ordered = [...totals].sort((a, b) => b[1].recallCost - a[1].recallCost || b[1].noiseRemoved - a[1].noiseRemoved)
  for (const [ruleId, total] of ordered) {
    const removed = total.goldLost + total.noiseRemoved
    const precision = removed === 0 ? '-' : (total.noiseRemoved / removed).toFixed(3)
    const worst = total.pages
      .sort((a, b) => b[1] - a[1])
      .slice(0, 3)
      .map(([id, lost]) => id.slice(0, 8) + ':' + lost)
      .join(' ')
    console.log(ruleId.padEnd(22) + String(total.lines).padStart(7) + String(total.goldLost).padStart(11) +
      String(total.noiseRemoved).padStart(10) + precision.padStart(11) + total.recallCost.toFixed(4).padStart(13) + '  ' + worst)
  }
  console.log(`kept noise: ${keptNoise} shingles kept that the gold lacks (kept gold: ${keptGold})\n`)

  const removedLines = []
  const keptLines = []
  for (const [id, page] of pages) {
    for (const line of page.lines) {
      if (!line.kept && line.goldLost > 0) removedLines.push([id, line])
      if (line.kept && line.keptNoise > 0) keptLines.push([id, line])
    }
  }
  console.log(`removed lines that cost most gold (top ${limits.top}):`)
  removedLines.sort((a, b) => b[1].goldLost - a[1].goldLost)
  for (const [id, line] of removedLines.slice(0, limits.top)) {
    console.log(`  ${id.slice(0, 8)} ${String(line.goldLost).padStart(4)}  ${describeCause(line.cause).padEnd(28)} ${excerpt(line.text, 90)}`)
  }

  console.log(`\npages with most kept noise (share of output shingles; top ${limits.top}):`)
  const pageRows = [...pages]
    .map(([id, page]) => [id, page.keptNoise / Math.max(1, page.keptNoise + page.keptGold), page])
    .sort((a, b) => b[1] - a[1])
  for (const [id, share, page] of pageRows.slice(0, limits.top)) {
    console.log(`  ${id.slice(0, 8)}  ${share.toFixed(3)}  (${page.keptNoise} noise / ${page.keptGold} gold)`)
  }

  console.log(`\nkept lines with most noise (top ${limits.kept}; evidence: + content, else strongest noise):`)
  keptLines.sort((a, b) => b[1].keptNoise - a[1].keptNoise)
  for (const [id, line] of keptLines.slice(0, limits.kept)) {
    console.log(`  ${id.slice(0, 8)} ${String(line.keptNoise).padStart(4)}  ${describeCause(line.content).padEnd(28)} ${excerpt(line.text, 90)}`)
  }
}

/**
 * Print one page line by line: `-` removed, `+` kept, with shingle counts.
 *
 * @param {string} id
 * @param {PageDiagnosis} page
 * @returns {undefined}
 */
function printPage(id, page) {
  console.log(`# page ${id}: ${page.goldTotal} gold shingles; kept ${page.keptGold} gold, ${page.keptNoise} noise\n`)
  console.log('   line  gold noise  evidence                     classifier           text')
  for (const line of page.lines) {
    const gold = line.kept ? line.keptGold : line.goldLost
    const noise = line.kept ? line.keptNoise : line.noiseRemoved
    const evidence = line.kept ? line.content : line.cause
    console.log(`${line.kept ? '+' : '-'} ${String(line.index + 1).padStart(5)} ${String(gold).padStart(5)} ${String(noise).padStart(5)}  ` +
      `${describeCause(evidence).padEnd(28)} ${line.judgement.padEnd(20)} ${excerpt(line.text, 100)}`)
  }
}

/**
 * Run the tool from the command line.
 *
 * @returns {Promise<undefined>}
 */
async function main() {
  const {values} = parseArgs({
    options: {
      track: {type: 'string', default: 'readability_js'},
      page: {type: 'string'},
      preset: {type: 'string', default: 'balanced'},
      top: {type: 'string', default: '15'},
      kept: {type: 'string', default: '20'},
      module: {type: 'string'}
    }
  })
  if (!diagnoseTracks.includes(values.track)) {
    throw new TypeError('Unknown track `' + values.track + '`; known: ' + diagnoseTracks.join(', '))
  }
  const moduleUrl = values.module ? pathToFileURL(resolve(values.module)).href : '../dist/index.js'
  const {createProcessor} = await import(moduleUrl)
  const processor = createProcessor({
    format: values.track === 'html' ? 'html' : 'text',
    preset: values.preset,
    // Keep the classifier's judgement on every block, to show it per line.
    rules: {'block-classifier': {explain: true}}
  })
  const {inputs, gold} = loadTrack(values.track)

  if (values.page) {
    const id = [...inputs.keys()].find((key) => key.startsWith(values.page))
    if (!id) throw new TypeError('Unknown page `' + values.page + '` in track `' + values.track + '`')
    printPage(id, diagnosePage(processor, inputs.get(id) ?? '', gold.get(id) ?? ''))
    return
  }

  const pages = new Map()
  const predictions = new Map()
  for (const [id, input] of inputs) {
    const page = diagnosePage(processor, input, gold.get(id) ?? '')
    pages.set(id, page)
    predictions.set(id, page.output)
  }
  const scores = {untouched: scoreCorpus(values.track === 'html' ? new Map() : inputs, gold), cleaned: scoreCorpus(predictions, gold)}
  printTrack(values.track, pages, scores, {top: Number(values.top), kept: Number(values.kept)})
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main()
