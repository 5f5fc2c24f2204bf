/**
 * Detector for text outside a page's main content: the menus, teasers, footers
 * and sidebars around the article. The main content is the element whose
 * subtree holds most of the page's dense prose (`dom-analysis.ts`).
 */
import type {VFile} from 'vfile'
import {addEvidence} from '../edit.js'
import type {Rule, RuleSettings} from '../rule.js'
import type {Block, Root} from '../types.js'
import {analyseDom, isInsideMain} from './dom-analysis.js'

/** Confidence for prose outside the main content: less sure than for a link list. */
const proseConfidence = 0.7

/**
 * Content confidence for prose inside the main content: just under the sure
 * lexicon findings (0.85+: `Sign up for our newsletter`, `Share on Facebook`),
 * which win inside the article too, as they do when the output is cleaned
 * again as text.
 */
const proseContentConfidence = 0.84

/** Any letter. */
const letter = /\p{L}/u

/** Any white space. */
const whiteSpace = /\s/u

/** Longest letterless line that counts as a bare token (`©`, `12:30`, `***`). */
const maximumSymbolsLength = 64

/** Confidence for a bare link or letterless line inside the main content. */
const bareTokenConfidence = 0.7

/** Content confidence for other blocks inside the main content (headings, short lines). */
const otherContentConfidence = 0.65

const emptySettings: Readonly<RuleSettings> = {}

/**
 * Unified plugin that adds noise evidence to every block outside the main
 * content of an HTML page. A page with no prose at all (only menus and links)
 * has no main content: every block gets the evidence, so the output is empty
 * rather than the menu.
 *
 * @param options
 *   Configuration (optional); `confidence` defaults to `0.85`.
 * @returns
 *   Transform; does nothing on text input.
 */
export default function decruftDomMainContent(options?: RuleSettings | null) {
  const confidence = (options ?? emptySettings).confidence ?? 0.85

  return function (tree: Root, _file: VFile): undefined {
    const analysis = analyseDom(tree)
    if (!analysis) return
    const blocks = tree.children
    const container = analysis.outline.selector[analysis.main] ?? 'body'

    for (let index = 0; index < blocks.length; index++) {
      const block = blocks[index]
      const dom = block?.data?.dom
      if (!block || block.blank || !dom) continue
      if (isInsideMain(analysis, block)) {
        // A page without prose (`<p>©`): the text rules, the classifier
        // among them, judge its lines as they would in plain text, so
        // cleaning the output again changes nothing.
        if (analysis.lenient) continue
        // The classifier stands aside on pages whose main content was found
        // (`domFindsMainContent`), so a bare link or letterless line inside
        // it (`©`, `***`), which says nothing of the article, is judged here
        // as the classifier judges it in text. Figures in a table are data.
        if (isBareToken(block.value)) {
          if (dom.inTable) continue
          addEvidence(block, {
            ruleId: 'dom-main-content',
            label: 'noise',
            kind: 'boilerplate',
            confidence: bareTokenConfidence,
            reason: 'Unexpected bare link or symbols `' + block.value.trim() + '` inside the main content'
          })
          continue
        }
        // Less prose than an article's (`Click here to read the full
        // report` alone): nothing says it is article text, so no content
        // evidence shields it from the text rules, which judge it as in text.
        if (analysis.slight) continue
        addContentEvidence(block, (analysis.weights[index] ?? 0) > 0 ? proseContentConfidence : otherContentConfidence, dom.path)
        continue
      }
      addEvidence(block, {
        ruleId: 'dom-main-content',
        label: 'noise',
        kind: 'boilerplate',
        confidence: (analysis.weights[index] ?? 0) > 0 ? Math.min(confidence, proseConfidence) : confidence,
        reason: analysis.found
          ? 'Unexpected `' + dom.path + '` outside the main content `' + container + '`'
          : 'Unexpected `' + dom.path + '` on a page without main content'
      })
    }
  }
}

/**
 * Whether a block is one bare URL or letterless symbols: where it sits says
 * nothing of whether it is prose.
 *
 * @param value
 *   The block's text.
 * @returns
 *   Whether it is.
 */
function isBareToken(value: string): boolean {
  const text = value.trim()
  if (text === '') return false
  if (!letter.test(text)) return text.length <= maximumSymbolsLength
  return (text.startsWith('https://') || text.startsWith('http://')) && !whiteSpace.test(text)
}

/**
 * Add content evidence to a block inside the main content, unless a DOM rule
 * already found it to be noise (a caption, a share bar, a link list).
 *
 * @param block
 *   The block.
 * @param confidence
 *   How sure.
 * @param path
 *   Its element's path, for the reason.
 * @returns
 *   Nothing.
 */
function addContentEvidence(block: Block, confidence: number, path: string): undefined {
  if (confidence <= 0) return
  for (const evidence of block.data?.evidence ?? []) {
    if (evidence.label === 'noise' && evidence.ruleId.startsWith('dom-')) return
  }
  addEvidence(block, {
    ruleId: 'dom-main-content',
    label: 'content',
    kind: 'boilerplate',
    confidence,
    reason: 'Expected `' + path + '`, inside the main content'
  })
}

/** The rule record; examples are HTML pages (catch: the first block is noise). */
export const domMainContent: Rule = {
  id: 'dom-main-content',
  kind: 'boilerplate',
  stage: 'context',
  languages: ['*'],
  description:
    'HTML only: finds the element holding most of the page’s prose and marks every block outside it (menus, teasers, footers, sidebars), and bare links or symbols inside it; the text classifier then stands aside.',
  examples: {
    catch: [
      '<div class="top"><a href="/">Home</a> <a href="/world">World</a> Weather today: sunny</div><article><p>The council voted on Tuesday to close the old bridge, citing safety reports.</p><p>Repairs are expected to take two years and cost about four million euros.</p></article>',
      '<div class="teasers"><h3>Autres articles</h3></div><article><p>Le conseil a voté mardi la fermeture du vieux pont, invoquant des rapports de sécurité.</p></article>'
    ],
    keep: [
      '<article><h2>Background</h2><p>The council voted on Tuesday to close the old bridge.</p><blockquote>“It is the right decision,” the mayor said.</blockquote><ul><li>Two lanes stay open.</li></ul></article>',
      '<p>BAGHDAD/WASHINGTON – The Iraqi government said on Friday it would review the agreement.</p>',
      '<div class="post"><p>Городской совет во вторник проголосовал за закрытие старого моста, сославшись на отчёты о безопасности.</p><p>Ремонт займёт около двух лет.</p></div>'
    ]
  },
  plugin: decruftDomMainContent as Rule['plugin']
}
