import {isSafe} from 'redos-detector'
import {describe, expect, it} from 'vitest'
import * as cp1252 from '../../src/repair/cp1252.js'
import * as module from '../../src/repair/mojibake.js'
import {bestTime, describeRepairTables, expectRecordExamples, hostileRatios, run, type BadRow} from './support.js'

const id = 'mojibake'

/**
 * Windows-1252 bytes 0x80–0x9F, typed from the Encoding Standard's
 * `index-windows-1252` apart from the rule's own table. (Node 20's
 * `TextDecoder('windows-1252')` decodes Latin-1 instead, one of the runtime
 * differences the rule avoids.)
 */
const highBytes = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ'

/**
 * Misread text the way the bug does: UTF-8 bytes read as Windows-1252.
 *
 * @param text
 *   Real text.
 * @returns
 *   Its mojibake.
 */
function misread(text: string): string {
  let result = ''
  for (const byte of new TextEncoder().encode(text)) {
    result += byte >= 0x80 && byte <= 0x9f ? highBytes.charAt(byte - 0x80) : String.fromCharCode(byte)
  }
  return result
}

/** Lines the rule must leave alone. */
const good: readonly string[] = [
  'SÃO PAULO – O prefeito falou.',
  'À VISTA, ÀS VEZES, JÁ, NÃO, AÇÃO, MÃE.',
  'São Paulo, Ça va, Ärger über Öl, ÉTÉ, Ñandú.',
  'ROMÂNIA și CÂMPINA, ÎNTÂLNIRE.',
  'Il a dit « non » à 20 h, DÉJÀ.',
  'Price: 3×½ cup, 2×¼, 10 °C, ±5 %.',
  'Straße, Öffnungszeiten, Ünye, Çanakkale.',
  'Привет, мир!',
  'İstanbul ve ışık.',
  'BAGHDAD/WASHINGTON – The Iraqi government said on Friday.',
  'Background: U.S. Strike and Escalating Tensions',
  'The “firm” determination, it’s done…',
  ''
]

/** Lines the rule must repair: input, output, and `[actual, expected]` of each edit. */
const bad: readonly BadRow[] = [
  ['Itâ€™s here', 'It’s here', [['â€™', '’']]],
  ['â€œWe leave,â€\u009D he said', '“We leave,” he said', [['â€œ', '“'], ['â€\u009D', '”']]],
  ['He said: â€œNo.â€ Then', 'He said: “No.” Then', [['â€œ', '“'], ['â€', '”']]],
  ['cafÃ© Ã  la carte', 'café Ã  la carte', [['Ã©', 'é']]],
  ['voilÃ\u00A0 tout', 'voilà tout', [['Ã\u00A0', 'à']]],
  ['Die BrÃ¼cke Ã¼ber', 'Die Brücke über', [['Ã¼', 'ü'], ['Ã¼', 'ü']]],
  ['SÃƒO PAULO', 'SÃO PAULO', [['Ãƒ', 'Ã']]],
  ['100Â km and 5Â\u00A0kg', '100 km and 5\u00A0kg', [['Â', ''], ['Â\u00A0', '\u00A0']]],
  ['2020â€“2024 â€” a decadeâ€¦', '2020–2024 — a decade…', [['â€“', '–'], ['â€”', '—'], ['â€¦', '…']]],
  ['Â£5, Â©2024, Â«ouiÂ»', '£5, ©2024, «oui»', [['Â£', '£'], ['Â©', '©'], ['Â«', '«'], ['Â»', '»']]],
  ['Ã¢â‚¬â„¢ twice', '’ twice', [['Ã¢â‚¬â„¢', '’']]],
  ['ðŸ˜€ face', '😀 face', [['ðŸ˜€', '😀']]],
  ['Ä°stanbul', 'İstanbul', [['Ä°', 'İ']]]
]

/** Real text in each language, misread, must come back whole. */
const roundTrips: readonly string[] = [
  'It’s the “firm” decision — finally…',
  'L’été à Paris : « déjà vu », naïveté, cœur.',
  'Die Brücke über den Fluss; Straße, Öl, Ärger.',
  'El niño comió piña; ¿qué pasó? ¡Olé!',
  'A negociação em SÃO PAULO, ação e coração.',
  'Perché è così? Città, più, già.',
  'Één café, ruïne, coöperatie.',
  'İstanbul’da ışık, şeker, çağ, öğle.',
  'Привет, мир! Ёлка и щи.',
  'Ελληνικά: καλημέρα.',
  'می‌خواهم — العربية',
  '日本語のテキスト、中文。',
  'Emoji: 😀 👩🏽‍💻 🇫🇷'
]

describe(id, () => {
  it('should expose the public api', () => {
    expect(Object.keys(module).sort()).toStrictEqual(['default', 'findMojibakeRepairs', 'mojibake', 'mojibakePatterns'])
    expect(Object.keys(cp1252).sort()).toStrictEqual(['cp1252Byte', 'cp1252CodePoint'])
  })

  it('should have the Windows-1252 table of the Encoding Standard', () => {
    expect(highBytes.length).toBe(32)
    const bytes = Array.from({length: 256}, (_, byte) => byte)
    const characters = bytes.map((byte) => (byte >= 0x80 && byte <= 0x9f ? highBytes.charCodeAt(byte - 0x80) : byte))
    expect(characters.map((code) => cp1252.cp1252Byte(code))).toStrictEqual(bytes)
    expect(cp1252.cp1252Byte(0x2019)).toBe(0x92)
    expect(cp1252.cp1252Byte(0x0100)).toBe(-1)
    expect([0x80, 0x81, 0x92, 0x9d, 0x9f, 0x7f, 0xa0].map((byte) => cp1252.cp1252CodePoint(byte))).toStrictEqual([
      0x20ac,
      undefined,
      0x2019,
      undefined,
      0x178,
      undefined,
      undefined
    ])
  })

  describeRepairTables(
    id,
    {title: 'good: leaves real text alone', rows: good},
    {title: 'bad: decodes mojibake', rows: bad}
  )

  describe('round trip: misread text comes back whole', () => {
    for (const text of roundTrips) {
      it(JSON.stringify(text), () => {
        const input = misread(text)
        expect(input === text).toBe(false)
        expect(run(input, id).text).toBe(text)
      })
    }
  })

  it('should report a repair as a whole entry', () => {
    expect(run('Title\nItâ€™s', id).report).toStrictEqual([
      {
        type: 'repair',
        ruleId: id,
        kind: 'markup',
        reason: 'Unexpected mojibake `â€™` (UTF-8 read as Windows-1252), expected `’`',
        confidence: 0.9,
        position: {start: {line: 2, column: 3, offset: 8}, end: {line: 2, column: 6, offset: 11}},
        actual: 'â€™',
        expected: '’'
      }
    ])
  })

  it('should give the guessed repairs a lower confidence', () => {
    expect(run('He said â€ then 5Â km', id).report.map((entry) => [entry.actual, entry.confidence])).toStrictEqual([
      ['â€', 0.7],
      ['Â', 0.8]
    ])
  })

  it('should keep the record examples right with the rule alone', () => {
    expectRecordExamples(module.mojibake)
  })

  describe('patterns run in linear time (redos-detector)', () => {
    for (const [name, pattern] of Object.entries(module.mojibakePatterns)) {
      it(name, () => {
        expect(isSafe(pattern).safe).toBe(true)
      })
    }
  })

  it('should handle hostile input about as fast as ordinary text', () => {
    const hostile = ['Ã', 'ÃÃ€', 'â€', 'ð', 'ðŸ', 'Ã ', 'Â', 'Ã‚Â']
    expect(hostileRatios(id, hostile)).toStrictEqual(hostile.map((pattern) => [pattern, true]))
  })

  it('should scale linearly on a line dense with mojibake', () => {
    const small = bestTime(() => run('aÃ©'.repeat(2500), id))
    const large = bestTime(() => run('aÃ©'.repeat(20_000), id))
    // 8 times the text: linear work takes about 8 times as long, quadratic 64.
    expect(large < small * 32).toBe(true)
  })
})
