/**
 * Good/bad tables for the one-line detectors, beyond their rule examples:
 * traps in nine languages, and the confidence each finding carries.
 */
import {describe, expect, it} from 'vitest'
import {cleanDetailed, createLineRule, editBlock, type Preset, type Root} from '../../src/index.js'

const before =
  'The regional council approved the new flood plan on Tuesday after a long debate about its cost, its timing and the houses it would protect.'
const after =
  'Work on the embankments is expected to start in the spring and to last at least three years, the council said in a statement.'

/**
 * What removed a line placed alone between two paragraphs, as `ruleId@confidence`.
 *
 * @param line
 *   The line.
 * @param preset
 *   Strictness (default: `balanced`).
 * @returns
 *   The removal, or `'kept'`.
 */
function judge(line: string, preset: Preset = 'balanced'): string {
  const {report} = cleanDetailed([before, '', line, '', after].join('\n'), {
    preset,
    // The statistical classifier has its own tests.
    rules: {'block-classifier': false}
  })
  const entry = report.find((item) => item.type === 'removal' && item.position.start.line === 3)
  return entry ? entry.ruleId + '@' + entry.confidence : 'kept'
}

const caught: ReadonlyArray<[string, string]> = [
  ['By admin', 'byline@0.9'],
  ['By Jane Doe', 'byline@0.8'],
  ['By Jane Doe, Reuters', 'byline@0.9'],
  ['Par la rédaction', 'byline@0.9'],
  ['Mit Material von dpa', 'byline@0.9'],
  ['Con información de EFE', 'byline@0.9'],
  ['Com informações de Agência Brasil', 'byline@0.9'],
  ['Kaynak: Anadolu Ajansı', 'byline@0.9'],
  ['Источник: ТАСС', 'byline@0.9'],
  ['Bron: ANP', 'byline@0.9'],
  ['Have a tip? Amy Kuperinsky may be reached at amy@example.com. Follow her on Twitter @AmyKup.', 'byline@0.85'],
  ['Write to Al Root at allen.root@example.com', 'byline@0.85'],
  ['Schreiben Sie uns: redaktion@example.de', 'byline@0.85'],
  ['Email Tariq Malik at tmalik@example.com or follow him @tariqjmalik.', 'byline@0.85'],
  ['Fonte: ANSA', 'byline@0.9'],
  ['Updated 2 hours ago', 'date-stamp@0.9'],
  ['il y a 3 heures', 'date-stamp@0.9'],
  ['hace 5 minutos', 'date-stamp@0.9'],
  ['3 ore fa', 'date-stamp@0.9'],
  ['2 uur geleden', 'date-stamp@0.9'],
  ['3 saat önce', 'date-stamp@0.9'],
  ['3 часа назад', 'date-stamp@0.9'],
  ['Freitag, 5. Januar 2024, 16:24 Uhr', 'date-stamp@0.9'],
  ['05/01/2024', 'date-stamp@0.9'],
  ['Aggiornato alle 16:24', 'date-stamp@0.85'],
  ['January 2024', 'date-stamp@0.7'],
  ['Menu', 'ui-chrome@0.7'],
  ['Back to top', 'ui-chrome@0.9'],
  ['Foto 3 von 12', 'ui-chrome@0.85'],
  ['Lesezeit: 4 Minuten', 'ui-chrome@0.85'],
  ['Clique aqui para ler a reportagem completa', 'ui-chrome@0.8'],
  ['Subscribe', 'promo-line@0.85'],
  ['Inscrivez-vous à notre newsletter pour recevoir les dernières nouvelles chaque matin', 'promo-line@0.85'],
  ['Подпишитесь на наш канал', 'promo-line@0.85'],
  ['If you enjoyed this article, we have a proposition for you: join our members.', 'promo-line@0.85'],
  ['Sign Up: Stay on top of the latest film news! Sign up for our Email Newsletters here.', 'promo-line@0.8'],
  ['This copy is for your personal, non-commercial use only.', 'promo-line@0.8'],
  ['Facebook Twitter WhatsApp', 'share-widget@0.9']
]

const kept: readonly string[] = [
  // Datelines and leads.
  'BAGHDAD/WASHINGTON – The Iraqi government is beginning the process to remove the coalition.',
  'PARIS (AFP) — Le président a annoncé lundi que les négociations reprendraient.',
  'BERLIN (dpa) - Die Bundesregierung hat am Montag neue Hilfen beschlossen.',
  // Sentences that open like a byline or a credit.
  'By 2030, the plan says, the river will have room to flood safely.',
  'Par ailleurs, le conseil a voté une aide pour les commerçants.',
  'Von der Leyen said the commission would help.',
  'Por eso, el gobierno aprobó una ayuda para los comerciantes.',
  'Di fronte al disastro, il sindaco ha chiesto aiuto.',
  'Door de overstromingen zijn honderd huizen onbewoonbaar.',
  'Source of the river lies in the mountains to the north.',
  'Residents can write to the council before Friday, the mayor said.',
  'Kolumnist Kim Min-su kim@example.kr',
  'Follow him on Twitter @jdoe, the campaign told supporters.',
  'She told him to write to her at jane@example.com if the water rose again, and he did, every spring for ten years after the flood.',
  // Dates inside sentences, and headings with years.
  'On 5 January 2024 the water reached the town square.',
  'Am 5. Januar 2024 erreichte das Wasser den Marktplatz.',
  '2024 in review',
  'Il y a trois ans, la même rue était sous l’eau.',
  '3 saat boyunca yağmur yağdı ve nehir taştı.',
  // Words of chrome, promo and share inside prose.
  'Print editions of the paper sold out by noon.',
  'Subscribers to the service rose by 5% in the last quarter.',
  'If you enjoyed the first film, the sequel is even better, the critic wrote.',
  'Join the queue early: the museum fills up by noon.',
  'Twitter',
  'Facebook said it would appeal.',
  'Abonnenten erhalten die Zeitung schon am Vorabend.',
  'Menu prices rose by a tenth this year.',
  // Headings, quotes, list items.
  'Background: U.S. Strike and Escalating Tensions',
  '“We will not leave,” she said.',
  '- Raise the embankments along six kilometres of the river',
  'Iran-Backed Factions and Political Landscape',
  'Çevre Bakanlığı yeni bir plan açıkladı.',
  'Правительство объявило о новой программе помощи.'
]

describe('line detectors', () => {
  it('should expose the public api (a judge for lines)', () => {
    expect(judge(after)).toBe('kept')
  })

  for (const [line, expected] of caught) {
    it(`should catch ${JSON.stringify(line)} as ${expected}`, () => {
      expect(judge(line)).toBe(expected)
    })
  }

  for (const line of kept) {
    it(`should keep ${JSON.stringify(line)}`, () => {
      expect(judge(line)).toBe('kept')
    })
  }

  const weak = ['Menu', 'January 2024', 'var settings = {"lang": "en"};']
  for (const line of weak) {
    it(`should keep the weak cue ${JSON.stringify(line)} under precision and remove it under balanced`, () => {
      expect([judge(line, 'precision'), judge(line, 'balanced') === 'kept']).toStrictEqual(['kept', false])
    })
  }
})

describe('createLineRule', () => {
  /** What a judge saw of one line. */
  interface Seen {
    readonly rule: string
    readonly index: number
    readonly text: string
    readonly normalized: string
    readonly wordCount: number
  }

  /**
   * A line rule that records what its judge sees and finds nothing.
   *
   * @param rule
   *   A name for the rule.
   * @param seen
   *   Where to record.
   * @returns
   *   The plugin.
   */
  function recorder(rule: string, seen: Seen[]) {
    return createLineRule({
      ruleId: rule,
      kind: 'ui',
      confidence: 0.9,
      judge(line) {
        seen.push({rule, index: line.index, text: line.text, normalized: line.normalized, wordCount: line.wordCount})
        return undefined
      }
    })
  }

  it('should give the judge the trimmed text, its fold and word count, folded again after an edit', () => {
    const seen: Seen[] = []
    /**
     * A plugin that rewrites `three` on the third line between the two recorders.
     *
     * @returns
     *   Transform.
     */
    function rewrite() {
      return function (tree: Root): undefined {
        const block = tree.children[2]
        if (!block) return
        const info = {ruleId: 'test', type: 'repair', kind: 'markup', reason: 'Test', confidence: 1} as const
        editBlock(block, [{start: 8, end: 13, text: 'three, four'}], info)
      }
    }
    cleanDetailed('  Hello, World!  \n\nOne two-three\n', {
      format: 'text',
      plugins: [recorder('first', seen), rewrite, recorder('second', seen)]
    })
    expect(seen).toStrictEqual([
      {rule: 'first', index: 0, text: 'Hello, World!', normalized: 'hello world', wordCount: 2},
      {rule: 'first', index: 2, text: 'One two-three', normalized: 'one two three', wordCount: 3},
      {rule: 'second', index: 0, text: 'Hello, World!', normalized: 'hello world', wordCount: 2},
      {rule: 'second', index: 2, text: 'One two-three, four', normalized: 'one two three four', wordCount: 4}
    ])
  })
})
