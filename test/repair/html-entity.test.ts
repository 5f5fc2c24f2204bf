import {isSafe} from 'redos-detector'
import {describe, expect, it} from 'vitest'
import * as module from '../../src/repair/html-entity.js'
import {cleanDetailed} from '../../src/index.js'
import {bestTime, describeRepairTables, expectRecordExamples, hostileRatios, only, run, type BadRow} from './support.js'

const id = 'html-entity'

/** Lines the rule must leave alone. */
const good: readonly string[] = [
  'AT&T and R&D; teams met.',
  'See https://example.com/?a=1&b=2&c=3 for details.',
  'Fixed in #123; see also #1; and #metoo.',
  'Closes #39; next release.',
  'Written in C# and F#; both compile.',
  'We set up camp; then it rained.',
  'Take an aliquot; then wait.',
  'He plugged in the amp; it hummed.',
  'Son muy guapos; todos.',
  'the quot; alone stays',
  'Q&A; Tom&Jerry; &foo; &D;',
  'Tom&amp Jerry without the semicolon',
  'Invalid &#0; and &#x110000; and &#xD800; and &#xFFFE; stay.',
  'Undefined in Windows-1252: &#129;',
  'Colour #000; and #fff; and #012;',
  'Background: U.S. Strike and Escalating Tensions',
  'BAGHDAD/WASHINGTON – The Iraqi government said on Friday.',
  'Le ministre a déclaré : « Nous partirons ».',
  'Die Regierung sagte am Freitag; die Truppen bleiben.',
  'El gobierno dijo el viernes; las tropas se quedan.',
  'O governo disse na sexta; as tropas ficam.',
  'Il governo ha detto venerdì; le truppe restano.',
  'De regering zei vrijdag; de troepen blijven.',
  'Hükümet cuma günü açıkladı; askerler kalacak.',
  'Правительство заявило в пятницу; войска останутся.',
  ''
]

/** Lines the rule must repair: input, output, and `[actual, expected]` of each edit. */
const bad: readonly BadRow[] = [
  ['allied to #x27;Iran and linked', "allied to 'Iran and linked", [['#x27;', "'"]]],
  ['Tom &amp; Jerry', 'Tom & Jerry', [['&amp;', '&']]],
  ['AT&amp;T', 'AT&T', [['&amp;', '&']]],
  ['It&#8217;s &#x27;here&#X27;', "It’s 'here'", [['&#8217;', '’'], ['&#x27;', "'"], ['&#X27;', "'"]]],
  ['Preis:&nbsp;5&nbsp;&euro;', 'Preis:\u00A05\u00A0€', [['&nbsp;', '\u00A0'], ['&nbsp;', '\u00A0'], ['&euro;', '€']]],
  ['L&apos;&eacute;t&eacute; &agrave; Paris', "L'été à Paris", [['&apos;', "'"], ['&eacute;', 'é'], ['&eacute;', 'é'], ['&agrave;', 'à']]],
  ['&lt;p&gt; &copy; &notin; &#x1F600;', '<p> © ∉ 😀', [['&lt;', '<'], ['&gt;', '>'], ['&copy;', '©'], ['&notin;', '∉'], ['&#x1F600;', '😀']]],
  ['He said &amp;quot;no&amp;quot;', 'He said "no"', [['&amp;quot;', '"'], ['&amp;quot;', '"']]],
  ['&amp;amp;amp; and &amp;#8217;', "& and ’", [['&amp;amp;amp;', '&'], ['&amp;#8217;', '’']]],
  ['&amp;foo; stays half', '&foo; stays half', [['&amp;', '&']]],
  ['Price &#128;5 &#150; cheap&#133;', 'Price €5 – cheap…', [['&#128;', '€'], ['&#150;', '–'], ['&#133;', '…']]],
  ['a&NewLine;b and &#10;c', 'a b and  c', [['&NewLine;', ' '], ['&#10;', ' ']]],
  ['don#8217;t and #039;quoted#039;', "don’t and 'quoted'", [['#8217;', '’'], ['#039;', "'"], ['#039;', "'"]]],
  ['#8220;Yes,#8221; he said', '“Yes,” he said', [['#8220;', '“'], ['#8221;', '”']]],
  ["don#39;t", "don't", [['#39;', "'"]]],
  ['amp;#x27;Iran', "'Iran", [['amp;#x27;', "'"]]],
  ['10nbsp;km, 2020ndash;2024hellip;', '10\u00A0km, 2020–2024…', [['nbsp;', '\u00A0'], ['ndash;', '–'], ['hellip;', '…']]],
  ['donrsquo;t, ldquo;yesrdquo;', 'don’t, “yes”', [['rsquo;', '’'], ['ldquo;', '“'], ['rdquo;', '”']]],
  ['quot;Evetquot; dedi.', '"Evet" dedi.', [['quot;', '"'], ['quot;', '"']]],
  ['Il a dit : quot;Oui.quot;', 'Il a dit : "Oui."', [['quot;', '"'], ['quot;', '"']]],
  ['Johnson amp; Johnson, AT amp; T', 'Johnson & Johnson, AT & T', [['amp;', '&'], ['amp;', '&']]],
  ['Tom amp;Jerry and amp;quot;', 'Tom &Jerry and "', [['amp;', '&'], ['amp;quot;', '"']]],
  ['Ils ont dit laquo; non raquo;', 'Ils ont dit « non »', [['laquo;', '«'], ['raquo;', '»']]],
  ['Он сказал: laquo;Нетraquo;', 'Он сказал: «Нет»', [['laquo;', '«'], ['raquo;', '»']]]
]

describe(id, () => {
  it('should expose the public api', () => {
    expect(Object.keys(module).sort()).toStrictEqual(['default', 'entityPatterns', 'findEntityRepairs', 'htmlEntity'])
  })

  describeRepairTables(
    id,
    {title: 'good: leaves legitimate text alone', rows: good},
    {title: 'bad: decodes entities', rows: bad}
  )

  it('should report the seed 004 repair as a whole entry', () => {
    const input = 'Iraqi troops.\nfactions allied to #x27;Iran and linked\n'
    expect(run(input, id).report).toStrictEqual([
      {
        type: 'repair',
        ruleId: id,
        kind: 'markup',
        reason: "Unexpected broken HTML entity `#x27;` (its `&` is missing), expected `'`",
        confidence: 0.9,
        position: {start: {line: 2, column: 20, offset: 33}, end: {line: 2, column: 25, offset: 38}},
        actual: '#x27;',
        expected: "'"
      }
    ])
  })

  it('should give each kind of fix its own reason and confidence', () => {
    const result = run('a &amp; b #8217;t C amp; D', id)
    expect(result.report.map((entry) => [entry.reason, entry.confidence])).toStrictEqual([
      ['Unexpected HTML entity `&amp;`, expected `&`', 0.95],
      ["Unexpected broken HTML entity `#8217;` (its `&` is missing), expected `’`", 0.8],
      ['Unexpected broken HTML entity `amp;` (its `&` is missing), expected `&`', 0.8]
    ])
  })

  it('should spell out an invisible result in the reason', () => {
    expect(run('x&nbsp;y', id).report.map((entry) => entry.reason)).toStrictEqual([
      'Unexpected HTML entity `&nbsp;`, expected `U+00A0`'
    ])
  })

  it('should take `confidence` from the rule settings', () => {
    const options = only(id)
    const result = cleanDetailed('Tom &amp; Jerry', {...options, rules: {...options.rules, [id]: {confidence: 0.5}}})
    expect(result.report.map((entry) => entry.confidence)).toStrictEqual([0.5])
  })

  it('should keep the record examples right with the rule alone', () => {
    expectRecordExamples(module.htmlEntity)
  })

  describe('patterns run in linear time (redos-detector)', () => {
    for (const [name, pattern] of Object.entries(module.entityPatterns)) {
      it(name, () => {
        expect(isSafe(pattern).safe).toBe(true)
      })
    }
  })

  it('should handle hostile input about as fast as ordinary text', () => {
    const hostile = ['&#&#', '&#x&#', '#x#x;', '&amp', '&a', '&#x1;', '#0#0#0;', 'camp;', 'the amp; ']
    expect(hostileRatios(id, hostile)).toStrictEqual(hostile.map((pattern) => [pattern, true]))
  })

  it('should scale linearly on a line dense with entities', () => {
    const small = bestTime(() => run('a#x27;&amp;'.repeat(2500), id))
    const large = bestTime(() => run('a#x27;&amp;'.repeat(20_000), id))
    // 8 times the text: linear work takes about 8 times as long, quadratic 64.
    expect(large < small * 32).toBe(true)
  })
})
