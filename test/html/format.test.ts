import {readFileSync, readdirSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {clean, createProcessor, sniffFormat} from '../../src/index.js'

describe('sniffFormat', () => {
  it('should expose the public api', async () => {
    const module = await import('../../src/format.js')
    expect(Object.keys(module).sort()).toStrictEqual(['decruftParseAuto', 'sniffFormat'])
  })

  const html: ReadonlyArray<readonly [string, string]> = [
    ['a doctype', '<!DOCTYPE html><title>x</title>'],
    ['a lower-case doctype after a BOM and blank lines', '\uFEFF\n\n<!doctype html>\n<p>x</p>'],
    ['an <html> start', '<html lang="fr"><body>Bonjour</body></html>'],
    ['an XML prolog and a comment before <html>', '<?xml version="1.0"?>\n<!-- saved --><html><p>x</p></html>'],
    ['a fragment starting with tags', '<div class="post"><p>Hello there.</p></div>'],
    ['a <head> start', '<head><meta charset="utf-8"></head><p>x</p>'],
    [
      'dense tags after a text preamble',
      'Saved page\n' + '<div><p>Paragraph text here.</p></div>\n'.repeat(6)
    ]
  ]
  for (const [name, input] of html) {
    it('should see HTML in ' + name, () => {
      expect(sniffFormat(input)).toBe('html')
    })
  }

  const text: ReadonlyArray<readonly [string, string]> = [
    ['an empty string', ''],
    ['plain prose', 'The council voted on Tuesday to close the old bridge.'],
    ['a text that mentions <b>', 'Wrap the word in <b> and </b> to make it bold.'],
    ['a tutorial line about <html>', 'Every page starts with a doctype, then an <html> element.'],
    ['leaked tag fragments', 'The minister spoke./p>\n#x27;We will act#x27;, he said.'],
    ['a comparison', 'If a < b and b > c, then nothing follows.'],
    ['a few tags in a long text', 'Use <p> for paragraphs. '.repeat(3) + 'Plain prose follows. '.repeat(200)]
  ]
  for (const [name, input] of text) {
    it('should see text in ' + name, () => {
      expect(sniffFormat(input)).toBe('text')
    })
  }

  it('should see text in every seed', () => {
    const folder = new URL('../fixtures/seeds/', import.meta.url)
    const names = readdirSync(folder).filter((name) => name.endsWith('.input.txt'))
    expect(names.map((name) => sniffFormat(readFileSync(new URL(name, folder), 'utf8')))).toStrictEqual(
      names.map(() => 'text')
    )
  })

  it('should throw a TypeError naming `input` for a non-string', () => {
    expect(() => sniffFormat(1 as unknown as string)).toThrow(new TypeError('Expected `input` to be a string, got `number`'))
  })

  it('should let `clean` sniff by default and obey an explicit format', () => {
    const page = '<!doctype html><p>Hello &amp; welcome.</p>'
    expect(clean(page)).toBe('Hello & welcome.')
    expect(clean(page, {format: 'auto'})).toBe('Hello & welcome.')
    const page2 = '<!doctype html><p>a</p>'
    expect(createProcessor({format: 'text'}).parse(page2).data?.format).toBe('text')
    expect(createProcessor({format: 'html'}).parse('a <b>b</b>').data?.format).toBe('html')
    expect(createProcessor({format: 'auto'}).parse(page2).data?.format).toBe('html')
    expect(createProcessor().parse(page2).data?.format).toBe('text')
    expect(clean('Wrap it in <b> tags.')).toBe('Wrap it in <b> tags.')
  })
})
