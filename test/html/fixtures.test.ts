import {existsSync, readFileSync, readdirSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {clean} from '../../src/index.js'

const folder = new URL('../fixtures/', import.meta.url)
const names = readdirSync(folder)
  .filter((name) => name.startsWith('html--') && name.endsWith('.html'))
  .map((name) => name.slice(0, -'.html'.length))
  .sort()

describe('HTML fixtures', () => {
  it('should expose the public api', () => {
    expect(typeof clean).toBe('function')
  })

  it('should have fixtures', () => {
    expect(names.length).toBeGreaterThanOrEqual(2)
  })

  for (const name of names) {
    it('should clean ' + name + ' to its committed expected text', () => {
      const expectedUrl = new URL(name + '.clean.txt', folder)
      // A missing expected file fails: it is never written from the output.
      expect(existsSync(expectedUrl), 'missing ' + name + '.clean.txt').toBe(true)
      const html = readFileSync(new URL(name + '.html', folder), 'utf8')
      expect(clean(html, {format: 'html'}) + '\n').toBe(readFileSync(expectedUrl, 'utf8'))
    })
  }
})
