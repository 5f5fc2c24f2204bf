/**
 * Detector for blocks whose elements say what they hold: class, id and role
 * tokens such as `share`, `related`, `newsletter`, `cookie`, `comments`,
 * `byline`, `caption`, `breadcrumb`, `sidebar`, `ad` (`lexicon/dom.ts`).
 */
import type {VFile} from 'vfile'
import {addEvidence} from '../edit.js'
import type {Rule, RuleSettings} from '../rule.js'
import type {Root} from '../types.js'
import {analyseDom} from './dom-analysis.js'

const emptySettings: Readonly<RuleSettings> = {}

/**
 * Unified plugin that adds noise evidence to blocks inside an element whose
 * tokens name noise. Tokens on the main content or its ancestors are ignored:
 * `<article class="post has-comments">` holds the article, not comments.
 *
 * @param options
 *   Configuration (optional); `confidence` defaults to `0.8`.
 * @returns
 *   Transform; does nothing on text input.
 */
export default function decruftDomTokens(options?: RuleSettings | null) {
  const confidence = (options ?? emptySettings).confidence ?? 0.8

  return function (tree: Root, _file: VFile): undefined {
    const analysis = analyseDom(tree)
    if (!analysis) return
    for (const block of tree.children) {
      const element = block.data?.dom?.element ?? -1
      if (block.blank || element === -1) continue
      let flagged = analysis.flaggedBy[element] ?? -1
      // Walk past flags on the main content and its ancestors: they describe the page.
      while (flagged !== -1 && analysis.aroundMain[flagged] === 1) {
        const parent = analysis.outline.parent[flagged] ?? -1
        flagged = parent === -1 ? -1 : (analysis.flaggedBy[parent] ?? -1)
      }
      const flag = flagged === -1 ? undefined : analysis.flagKind.get(flagged)
      if (!flag) continue
      addEvidence(block, {
        ruleId: 'dom-tokens',
        label: 'noise',
        kind: flag.kind,
        confidence,
        reason:
          'Unexpected `' + (block.data?.dom?.path ?? '') + '` in `' + (analysis.outline.selector[flagged] ?? '') +
          '`, whose `' + flag.token + '` names ' + flag.kind + ' noise'
      })
    }
  }
}

/** The rule record; examples are HTML pages (catch: the first block is noise). */
export const domTokens: Rule = {
  id: 'dom-tokens',
  kind: 'boilerplate',
  stage: 'detect',
  languages: ['*'],
  description:
    'HTML only: blocks inside elements whose class, id or role names noise (`share`, `related`, `newsletter`, `cookie`, `comments`, `byline`, `caption`, `sidebar`, `ad`).',
  examples: {
    catch: [
      '<article><div class="share-buttons">12 people found this useful</div><p>The council voted on Tuesday to close the old bridge, citing safety reports.</p></article>',
      '<article><div class="related-posts"><p>Ten bridges that changed how cities are planned and built.</p></div><p>The council voted on Tuesday to close the old bridge, citing safety reports.</p><p>Repairs are expected to take two years.</p></article>'
    ],
    keep: [
      '<article class="post has-comments"><p>The council voted on Tuesday to close the old bridge, citing safety reports.</p></article>',
      '<div id="content-with-sidebar"><p>Die Brücke bleibt nach dem Beschluss des Rates vorerst geschlossen.</p></div>',
      '<article><p>The council voted on Tuesday to close the old bridge, citing safety reports from two engineering firms.</p><div class="paywall"><p>Repairs are expected to take two years and cost about four million euros, the mayor said.</p><p>Residents of the east bank will have to drive twenty minutes further to reach the town centre.</p><p>A ferry service is being considered for the summer months, when traffic is at its heaviest.</p></div></article>'
    ]
  },
  plugin: decruftDomTokens as Rule['plugin']
}
