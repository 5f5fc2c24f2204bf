/**
 * The main-content zone: the article is usually one dense run of good blocks.
 * Find the run of blocks with the most content minus boilerplate (the maximum
 * subarray of per-block weights, as in Finn et al.'s body text extraction).
 * An article split by an advertisement stays whole when the text after the
 * break outweighs the break; the classifier then moves the zone's edges
 * (openers, teaser cards, the headline, a closing list).
 */

/** A run of blocks, by index, `end` exclusive. */
export interface Zone {
  /** First block in the zone. */
  readonly start: number
  /** One past the last block. */
  readonly end: number
}

/**
 * The zone with the greatest total weight (Kadane's algorithm, linear time).
 *
 * @param weights
 *   One weight per block: positive for content, negative for boilerplate.
 * @returns
 *   The zone; empty (`start === end`) when no weight is positive.
 * @example
 *   findContentZone([-3, 5, -1, 4, -9, 2]) //=> {start: 1, end: 4}
 */
export function findContentZone(weights: readonly number[]): Zone {
  let best: Zone = {start: 0, end: 0}
  let bestSum = 0
  let runStart = 0
  let runSum = 0
  for (let index = 0; index < weights.length; index++) {
    const weight = weights[index] ?? 0
    if (runSum <= 0) {
      runStart = index
      runSum = 0
    }
    runSum += weight
    if (runSum > bestSum) {
      bestSum = runSum
      best = {start: runStart, end: index + 1}
    }
  }
  return best
}
