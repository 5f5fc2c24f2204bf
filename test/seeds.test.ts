import {readFileSync, readdirSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {clean, cleanDetailed} from '../src/index.js'

const folder = new URL('fixtures/seeds/', import.meta.url)
const names = readdirSync(folder)
  .filter((name) => name.endsWith('.input.txt'))
  .map((name) => name.slice(0, -'.input.txt'.length))
  .sort()

interface NoiseLine {
  readonly line: number
  readonly text: string
  readonly kind: string
}

/**
 * The seeds' comparison: the sequence of non-blank lines, each trimmed.
 *
 * @param text
 *   A document.
 * @returns
 *   Its lines.
 */
function contentLines(text: string): string[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
}

describe('seeds', () => {
  it('should have five seeds', () => {
    expect(names.length).toBe(5)
  })

  for (const name of names) {
    const input = readFileSync(new URL(name + '.input.txt', folder), 'utf8')
    const gold = readFileSync(new URL(name + '.clean.txt', folder), 'utf8')
    const noise = JSON.parse(readFileSync(new URL(name + '.noise.json', folder), 'utf8')) as NoiseLine[]

    it(`should clean ${name} to the human-cleaned text`, () => {
      expect(contentLines(clean(input))).toStrictEqual(contentLines(gold))
    })

    it(`should report each noise line of ${name} with its labelled kind, and nothing else`, () => {
      const {report} = cleanDetailed(input)
      const found = new Map<number, Set<string>>()
      for (const entry of report) {
        const kinds = found.get(entry.position.start.line) ?? new Set()
        kinds.add(entry.kind)
        found.set(entry.position.start.line, kinds)
      }
      const expected = noise.map((item) => [item.line, item.kind.split(':')[0]])
      const actual = noise.map((item) => [
        item.line,
        found.get(item.line)?.has(item.kind.split(':')[0] ?? '') ? item.kind.split(':')[0] : [...(found.get(item.line) ?? [])].join('+')
      ])
      expect(actual).toStrictEqual(expected)
      const labelled = new Set(noise.map((item) => item.line))
      expect([...found.keys()].filter((line) => !labelled.has(line))).toStrictEqual([])
    })
  }

  it('should leave seed 003 (no noise) byte for byte unchanged', () => {
    const name = names.find((item) => item.startsWith('003_'))
    const input = readFileSync(new URL(name + '.input.txt', folder), 'utf8')
    expect(clean(input)).toBe(input)
  })
})
