import {describe, expect, it} from 'vitest'
// @ts-expect-error: plain ESM bench modules without types.
import {readBaseline, runSeeds, runTextTrack, textTracks} from '../bench/quality.mjs'
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

describe('quality gate', () => {
  it('should pin a floor for every track', () => {
    expect(Object.keys(baseline.tracks).sort()).toStrictEqual([...(textTracks as string[]), 'seeds'].sort())
  })

  for (const name of textTracks as string[]) {
    it(`should keep F1 on the ${name} track at or above the pinned floor`, () => {
      const floor = baseline.tracks[name]
      const result = runTextTrack(clean, name, gold) as {cleaned: Score}
      expect(floor).toBeDefined()
      expect(result.cleaned.f1).toBeGreaterThanOrEqual(floor?.f1 ?? 1)
    })
  }

  it('should keep F1 on the seeds at or above the pinned floor', () => {
    const floor = baseline.tracks['seeds']
    const result = runSeeds(clean) as {cleaned: Score}
    expect(result.cleaned.f1).toBeGreaterThanOrEqual(floor?.f1 ?? 1)
  })
})
