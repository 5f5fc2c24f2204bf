import {describe, expect, it} from 'vitest'
// @ts-expect-error: plain ESM bench modules without types.
import {readBaseline, runHtml, runSeeds, runTextTrack, textTracks} from '../bench/quality.mjs'
// @ts-expect-error: plain ESM bench modules without types.
import {loadGold} from '../bench/lib/data.mjs'
import {clean} from '../src/index.js'

interface Score {
  readonly f1: number
  readonly precision: number
  readonly recall: number
}

const baseline = readBaseline() as {tracks: Record<string, Score>}
const gold = loadGold() as Map<string, string>

/** Tracks whose input is another extractor's output. */
const residualTracks = ['readability_js', 'trafilatura']

/** Most recall a residual track may lose against its untouched input. */
const maxRecallDrop = 0.005

/** Results per track, each track run once. */
const results = new Map<string, {cleaned: Score; untouched: Score}>()

/**
 * Run a text track once and remember the result.
 *
 * @param name
 *   A text track.
 * @returns
 *   Its untouched and cleaned scores.
 */
function trackResult(name: string): {cleaned: Score; untouched: Score} {
  let result = results.get(name)
  if (!result) {
    result = runTextTrack(clean, name, gold) as {cleaned: Score; untouched: Score}
    results.set(name, result)
  }
  return result
}

describe('quality gate', () => {
  it('should pin a floor for every track', () => {
    expect(Object.keys(baseline.tracks).sort()).toStrictEqual([...(textTracks as string[]), 'seeds', 'html'].sort())
  })

  for (const name of textTracks as string[]) {
    it(`should keep F1 on the ${name} track at or above the pinned floor`, () => {
      const floor = baseline.tracks[name]
      expect(floor).toBeDefined()
      expect(trackResult(name).cleaned.f1).toBeGreaterThanOrEqual(floor?.f1 ?? 1)
    })
  }

  // Cleaning another extractor's output must never be worse than leaving it
  // alone, and must keep its article: recall may fall by at most 0.005.
  for (const name of residualTracks) {
    it(`should beat the untouched input on the ${name} track`, () => {
      const {cleaned, untouched} = trackResult(name)
      expect(cleaned.f1).toBeGreaterThan(untouched.f1)
    })

    it(`should keep recall on the ${name} track within 0.005 of the untouched input`, () => {
      const {cleaned, untouched} = trackResult(name)
      expect(untouched.recall - cleaned.recall).toBeLessThanOrEqual(maxRecallDrop)
    })
  }

  it('should keep F1 on the html track (raw pages) at or above the pinned floor', () => {
    const floor = baseline.tracks['html']
    const result = runHtml(clean, gold) as {cleaned?: Score; error?: string}
    expect(result.error).toBeUndefined()
    expect(result.cleaned?.f1 ?? 0).toBeGreaterThanOrEqual(floor?.f1 ?? 1)
  })

  it('should keep F1 on the seeds at or above the pinned floor', () => {
    const floor = baseline.tracks['seeds']
    const result = runSeeds(clean) as {cleaned: Score}
    expect(result.cleaned.f1).toBeGreaterThanOrEqual(floor?.f1 ?? 1)
  })
})
