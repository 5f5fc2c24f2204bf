import {describe, expect, it} from 'vitest'
import {clean, cleanDetailed} from '../../src/index.js'
import decruftTrackingScript, {trackingScript} from '../../src/detect/tracking-script.js'

const prose = [
  'The regional council approved the new flood plan on Tuesday after a long debate about its cost and its timing.',
  '',
  'Work on the embankments is expected to start in the spring and to last for at least three years.'
]

/**
 * The entries one rule reported for a document with `line` in the middle.
 *
 * @param line
 *   The line under test.
 * @param options
 *   Options for `cleanDetailed`.
 * @returns
 *   Text and the rule's entries.
 */
function run(line: string, options?: Parameters<typeof cleanDetailed>[1]) {
  const result = cleanDetailed([prose[0], '', line, '', prose[2]].join('\n'), options)
  return {
    text: result.text,
    entries: result.report.filter((entry) => entry.ruleId === 'tracking-script')
  }
}

describe('tracking-script', () => {
  it('should expose the public api', () => {
    expect([typeof decruftTrackingScript, trackingScript.id, trackingScript.kind, trackingScript.stage]).toStrictEqual([
      'function',
      'tracking-script',
      'script',
      'detect'
    ])
  })

  it('should cut a tracking call glued before content and report it at its place', () => {
    const input = "gtag('config', 'UA-12595121-1'); Iraq prepares to close down the mission – PM\n\n" + prose[0]
    const result = cleanDetailed(input)
    expect(result.text).toBe('Iraq prepares to close down the mission – PM\n\n' + prose[0])
    expect(result.report.filter((entry) => entry.ruleId === 'tracking-script')).toStrictEqual([
      {
        type: 'removal',
        ruleId: 'tracking-script',
        kind: 'script',
        reason: "Unexpected tracking call `gtag('config', 'UA-12595121-1');` before content",
        confidence: 0.9,
        position: {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 34, offset: 33}},
        actual: "gtag('config', 'UA-12595121-1'); ",
        expected: ''
      }
    ])
  })

  it('should cut several glued calls, and one without a semicolon', () => {
    expect(run("gtag('js', new Date()); gtag('config', 'G-1'); The plan was approved.").text).toContain(
      '\n\nThe plan was approved.\n\n'
    )
    expect(run("fbq('track', 'PageView') The plan was approved.").text).toContain('\n\nThe plan was approved.\n\n')
  })

  const confidences: ReadonlyArray<[string, number]> = [
    ["gtag('config', 'UA-1');", 0.95],
    ['window.dataLayer = window.dataLayer || [];', 0.9],
    ["document.write('<p>ad</p>');", 0.9],
    ['<script type="text/javascript">', 0.9],
    ['{"@context":"https://schema.org","@type":"NewsArticle"}', 0.85],
    ['@media (max-width:600px){.share{display:none}}', 0.85],
    ['var settings = {"lang": "en"};', 0.7],
    ['})();', 0.7]
  ]
  for (const [line, confidence] of confidences) {
    it(`should remove ${JSON.stringify(line)} with confidence ${confidence}`, () => {
      expect(run(line).entries.map((entry) => [entry.type, entry.confidence])).toStrictEqual([['removal', confidence]])
    })
  }

  it('should keep a plain declaration under `precision` and remove it under `balanced` (a weak cue)', () => {
    const line = 'var settings = {"lang": "en"};'
    expect(run(line, {preset: 'precision'}).entries).toStrictEqual([])
    expect(run(line, {preset: 'balanced'}).entries.length).toBe(1)
  })

  const keep = [
    'Use the var keyword to declare a variable.',
    'Google Analytics (GA) tracks most of the sites in the sample.',
    "The function f(x) = x² grows quickly, as the teacher's notes show.",
    'He wrote “window.open” on the board.',
    'Note (see below): the figures are provisional.',
    'The {curly} braces are part of the template syntax.'
  ]
  for (const line of keep) {
    it(`should keep ${JSON.stringify(line)}`, () => {
      expect(run(line)).toStrictEqual({text: [prose[0], '', line, '', prose[2]].join('\n'), entries: []})
    })
  }

  it('should not be slowed down by unbalanced brackets or endless strings', () => {
    const started = performance.now()
    clean("gtag('" + 'x'.repeat(200_000))
    clean('gtag(' + '('.repeat(200_000))
    clean('var a = ' + '{'.repeat(200_000))
    expect(performance.now() - started).toBeLessThan(2000)
  })
})
