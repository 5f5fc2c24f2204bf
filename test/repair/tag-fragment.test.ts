import {isSafe} from 'redos-detector'
import {describe, expect, it} from 'vitest'
import * as module from '../../src/repair/tag-fragment.js'
import * as names from '../../src/repair/tag-names.js'
import {bestTime, describeRepairTables, expectRecordExamples, hostileRatios, run, type BadRow} from './support.js'

const id = 'tag-fragment'

/** Lines the rule must leave alone. */
const good: readonly string[] = [
  'If a < b > c then a < c.',
  'x -> y, a => b, I <3 you, a >= b, c <= d.',
  'In maths a<b>c means both.',
  'Use List<String> and Map<K, V> here.',
  'Mail <user@example.org> or see <https://example.org>.',
  'p>0.05 was not significant.',
  'a>b and a > b are the same.',
  'Use the <b> element for bold.',
  'La balise <p> ouvre un paragraphe.',
  'Das Tag <div> gruppiert Inhalte.',
  'La etiqueta <br> corta la línea.',
  'O elemento <span> não tem estilo.',
  'Il tag <em> dà enfasi.',
  'De tag <ul> maakt een lijst.',
  '<table> etiketi tablo oluşturur.',
  'Тег <br> переносит строку.',
  'Write "<br>" where you want a break.',
  'Escriba «<p>» al principio.',
  'Leaked code <script>track()</script> stays for the script rule.',
  'Il prezzo è salito > 5%.',
  'A line ending in an arrow ->',
  'Scores: 3<5, 7>2.',
  'See a/b> c/d',
  'A bare value <i>',
  'Background: U.S. Strike and Escalating Tensions',
  'BAGHDAD/WASHINGTON – The Iraqi government said on Friday.',
  ''
]

/** Lines the rule must repair: input, output, and `[actual, expected]` of each edit. */
const bad: readonly BadRow[] = [
  ['a faction in Baghdad. /p>', 'a faction in Baghdad.', [[' /p>', '']]],
  ['a faction in Baghdad./p>', 'a faction in Baghdad.', [['/p>', '']]],
  ['The end br/>', 'The end', [[' br/>', '']]],
  ['p>The minister spoke.', 'The minister spoke.', [['p>', '']]],
  ['/div>O ministro falou.', 'O ministro falou.', [['/div>', '']]],
  ['  div class="lead">Text', '  Text', [['div class="lead">', '']]],
  ['First line<br>second line<br/>third<BR />x', 'First line second line third x', [['<br>', ' '], ['<br/>', ' '], ['<BR />', ' ']]],
  ['<p><span class="lead">Le ministre a parlé.</span></p>', 'Le ministre a parlé.', [['<p><span class="lead">', ''], ['</span></p>', '']]],
  ['</div>', '', [['</div>', '']]],
  ['One.\n  <p>  </p>  \nTwo.', 'One.\n  \nTwo.', [['<p>  </p>  ', '']]],
  ['Der Minister sprach. </p> <p>', 'Der Minister sprach.', [[' </p> <p>', '']]],
  ['<b>Breaking:</b> talks resume', 'Breaking: talks resume', [['<b>', ''], ['</b>', '']]],
  ['El ministro habló <br> el viernes.', 'El ministro habló el viernes.', [['<br> ', '']]],
  ['Hel<span>lo</span> world', 'Hello world', [['<span>', ''], ['</span>', '']]],
  ['text</p><p>more', 'text more', [['</p><p>', ' ']]],
  ['He wrote <em>very</em> well.', 'He wrote very well.', [['<em>', ''], ['</em>', '']]],
  ['x <img src="a.jpg" alt="b"> y', 'x y', [['<img src="a.jpg" alt="b"> ', '']]],
  ['<a href="/x" target="_blank">Link</a> text', 'Link text', [['<a href="/x" target="_blank">', ''], ['</a>', '']]],
  ['x<b>y</b>z', 'xyz', [['<b>', ''], ['</b>', '']]],
  ['Bakan konuştu. <div class="', 'Bakan konuştu.', [[' <div class="', '']]],
  ['Bakan konuştu. </sect', 'Bakan konuştu. </sect', []],
  ['Bakan konuştu. <section', 'Bakan konuştu.', [[' <section', '']]],
  ['Министр выступил<!-- ad --> в пятницу.', 'Министр выступил в пятницу.', [['<!-- ad -->', '']]],
  ['<!-- c -->', '', [['<!-- c -->', '']]],
  ['Open <!-- never closed', 'Open <!-- never closed', []],
  ['use <br> for breaks', 'use for breaks', [['<br> ', '']]]
]

describe(id, () => {
  it('should expose the public api', () => {
    expect(Object.keys(module).sort()).toStrictEqual(['default', 'findTagFragmentRepairs', 'tagFragment', 'tagFragmentPatterns'])
    expect(Object.keys(names).sort()).toStrictEqual(['ambiguousTagNames', 'blockTagNames', 'inlineTagNames', 'tagMentionWords'])
  })

  it('should keep its word lists sorted, lower case and apart', () => {
    const lists = [names.inlineTagNames, names.blockTagNames, names.ambiguousTagNames, ...Object.values(names.tagMentionWords)]
    expect(lists.map((list) => [...list].sort().join() === list.join() && list.every((word) => word === word.toLowerCase()))).toStrictEqual(
      lists.map(() => true)
    )
    expect(names.inlineTagNames.filter((name) => names.blockTagNames.includes(name))).toStrictEqual([])
    expect(names.ambiguousTagNames.filter((name) => !names.inlineTagNames.includes(name))).toStrictEqual([])
    expect(Object.keys(names.tagMentionWords).sort()).toStrictEqual(['de', 'en', 'es', 'fr', 'it', 'nl', 'pt', 'ru', 'tr'])
  })

  describeRepairTables(
    id,
    {title: 'good: leaves maths, arrows, mentions and code alone', rows: good},
    {title: 'bad: removes fragments and the space they leave', rows: bad}
  )

  it('should report the seed 004 repair as a whole entry', () => {
    const input = 'Headline\nin Baghdad. /p>\nNext.'
    expect(run(input, id).report).toStrictEqual([
      {
        type: 'repair',
        ruleId: id,
        kind: 'markup',
        reason: 'Unexpected tag fragment `/p>`, expected nothing',
        confidence: 0.85,
        position: {start: {line: 2, column: 12, offset: 20}, end: {line: 2, column: 16, offset: 24}},
        actual: ' /p>',
        expected: ''
      }
    ])
  })

  it('should leave a blank line where a line was only a fragment', () => {
    expect(run('One.\n</div>\nTwo.\n', id).text).toBe('One.\n\nTwo.\n')
  })

  it('should say a space is expected when it leaves one', () => {
    expect(run('one<br>two', id).report.map((entry) => entry.reason)).toStrictEqual([
      'Unexpected tag fragment `<br>`, expected a space'
    ])
  })

  it('should keep the record examples right with the rule alone', () => {
    expectRecordExamples(module.tagFragment)
  })

  describe('patterns run in linear time (redos-detector)', () => {
    for (const [name, pattern] of Object.entries(module.tagFragmentPatterns)) {
      it(name, () => {
        // A sticky pattern matches at `lastIndex` only, as if anchored there;
        // redos-detector knows no `y` flag, so it checks it with `^`.
        const checked = pattern.sticky ? new RegExp('^' + pattern.source, pattern.flags.replace('y', '')) : pattern
        expect(isSafe(checked).safe).toBe(true)
      })
    }
  })

  it('should handle hostile input about as fast as ordinary text', () => {
    const hostile = ['</</<', '<<<>>>', '<a ', '<a b="', '<p', 'p>', '/p>', '<!--', '<!-- -', 'a < b > ']
    expect(hostileRatios(id, hostile)).toStrictEqual(hostile.map((pattern) => [pattern, true]))
  })

  it('should scale linearly on a line dense with tags', () => {
    const small = bestTime(() => run('a<br>'.repeat(2500), id))
    const large = bestTime(() => run('a<br>'.repeat(20_000), id))
    // 8 times the text: linear work takes about 8 times as long, quadratic 64.
    expect(large < small * 32).toBe(true)
  })
})
