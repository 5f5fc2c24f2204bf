/**
 * The ScrapingHub article-extraction-benchmark metric, written from its
 * published description (bench/data/scrapinghub/README.md):
 *
 * 1. Tokens are maximal runs of Unicode letters, digits and `_` (Python `\w+`).
 * 2. A text's shingles are its runs of 4 consecutive tokens, counted with
 *    multiplicity; a text of 1–3 tokens has one shingle, an empty text none.
 * 3. Per page, tp/fp/fn are the shared / predicted-only / gold-only shingle
 *    counts, divided by tp+fp+fn so every page weighs the same.
 * 4. Precision is the mean of tp/(tp+fp) over pages with tp+fp > 0, recall the
 *    mean of tp/(tp+fn) over pages with tp+fn > 0; F1 is 2PR/(P+R) of the means.
 */

/** Python's `\w+`, close enough: letters, numbers and `_`. */
const tokenPattern = /[\p{L}\p{N}_]+/gu

/** Shingle size. */
const shingleSize = 4

/**
 * Count the shingles of a text.
 *
 * @param {string} text
 * @returns {Map<string, number>}
 */
export function shingles(text) {
  const tokens = text.match(tokenPattern) ?? []
  /** @type {Map<string, number>} */
  const counts = new Map()
  const last = Math.max(1, tokens.length - shingleSize + 1)
  for (let index = 0; index < last; index++) {
    const shingle = tokens.slice(index, index + shingleSize)
    if (shingle.length === 0) continue
    const key = shingle.join('\u0000')
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  return counts
}

/**
 * Normalised tp/fp/fn of one page.
 *
 * @param {string} predicted
 * @param {string} gold
 * @returns {{tp: number, fp: number, fn: number}}
 */
export function comparePage(predicted, gold) {
  const predictedShingles = shingles(predicted)
  const goldShingles = shingles(gold)
  let tp = 0
  let fp = 0
  let fn = 0
  for (const [key, count] of predictedShingles) {
    const shared = Math.min(count, goldShingles.get(key) ?? 0)
    tp += shared
    fp += count - shared
  }
  for (const [key, count] of goldShingles) {
    fn += count - Math.min(count, predictedShingles.get(key) ?? 0)
  }
  const total = tp + fp + fn
  return total === 0 ? {tp: 0, fp: 0, fn: 0} : {tp: tp / total, fp: fp / total, fn: fn / total}
}

/**
 * Score predictions against gold texts.
 *
 * @param {ReadonlyMap<string, string>} predictions
 *   Page id to predicted article text (a missing id counts as empty).
 * @param {ReadonlyMap<string, string>} gold
 *   Page id to gold article text.
 * @returns {{f1: number, precision: number, recall: number, pages: number, perPage: Map<string, {precision: number, recall: number}>}}
 */
export function scoreCorpus(predictions, gold) {
  let precisionSum = 0
  let precisionPages = 0
  let recallSum = 0
  let recallPages = 0
  const perPage = new Map()
  for (const [id, goldText] of gold) {
    const {tp, fp, fn} = comparePage(predictions.get(id) ?? '', goldText)
    let precision = Number.NaN
    let recall = Number.NaN
    if (fp === 0 && fn === 0) {
      // Both empty, or identical: a perfect page.
      precision = 1
      recall = 1
    }
    if (tp + fp > 0) precision = tp / (tp + fp)
    if (tp + fn > 0) recall = tp / (tp + fn)
    if (!Number.isNaN(precision)) {
      precisionSum += precision
      precisionPages++
    }
    if (!Number.isNaN(recall)) {
      recallSum += recall
      recallPages++
    }
    perPage.set(id, {precision, recall})
  }
  const precision = precisionPages ? precisionSum / precisionPages : 0
  const recall = recallPages ? recallSum / recallPages : 0
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0
  return {f1, precision, recall, pages: gold.size, perPage}
}
