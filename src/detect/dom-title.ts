/**
 * Detector for the page's headline repeated in its body: the block that says
 * what `<title>` or `og:title` says (`<h1>Bridge to close</h1>` under
 * `<title>Bridge to close | City News</title>`).
 */
import type {VFile} from 'vfile'
import {addEvidence} from '../edit.js'
import {blockNormalized, normalizeLine} from '../normalize.js'
import type {Rule, RuleSettings} from '../rule.js'
import type {Root} from '../types.js'

/** Separators between a headline and the site's name in a title: `Headline | Site`, `Headline - Site`. */
const titleSeparator = /\s[|\-–—:·•»/]\s/u

/** Shortest headline, in characters, worth matching: shorter ones are section names (`News`). */
const minimumHeadlineLength = 12

const emptySettings: Readonly<RuleSettings> = {}

/**
 * Unified plugin that adds noise evidence to blocks that repeat the page
 * title, whole or without the site's name.
 *
 * @param options
 *   Configuration (optional); `confidence` defaults to `0.85`.
 * @returns
 *   Transform; does nothing without a title.
 */
export default function decruftDomTitle(options?: RuleSettings | null) {
  const confidence = (options ?? emptySettings).confidence ?? 0.85

  return function (tree: Root, _file: VFile): undefined {
    const title = tree.data?.title
    if (tree.data?.format !== 'html' || !title) return
    const headlines = titleVariants(title)
    if (headlines.size === 0) return
    for (const block of tree.children) {
      if (block.blank || !headlines.has(blockNormalized(block))) continue
      addEvidence(block, {
        ruleId: 'dom-title',
        label: 'noise',
        kind: 'duplicate',
        confidence,
        reason: 'Unexpected repeated headline `' + block.value.trim() + '`, already the page title'
      })
    }
  }
}

/**
 * The folded forms a title's headline can take: the whole title and each
 * part between separators that is long enough.
 *
 * @param title
 *   The page title.
 * @returns
 *   Folded headlines.
 */
function titleVariants(title: string): Set<string> {
  const variants = new Set<string>()
  for (const part of [title, ...title.slice(0, 1024).split(titleSeparator)]) {
    const folded = normalizeLine(part)
    if (folded.length >= minimumHeadlineLength) variants.add(folded)
  }
  return variants
}

/** The rule record; examples are HTML pages (catch: the first block is noise). */
export const domTitle: Rule = {
  id: 'dom-title',
  kind: 'duplicate',
  stage: 'detect',
  languages: ['*'],
  description: 'HTML only: the headline repeated in the page, the same words as `<title>` or `og:title` (with or without the site name).',
  examples: {
    catch: [
      '<title>Council votes to close the old bridge | City News</title><h1>Council votes to close the old bridge</h1><p>The council voted on Tuesday to close the old bridge.</p>'
    ],
    keep: [
      '<title>Council votes to close the old bridge | City News</title><article><h1>Council votes</h1><p>The council voted on Tuesday to close the old bridge.</p></article>',
      '<title>Le pont ferme | Le Journal</title><article><h2>Le conseil a voté mardi</h2><p>Le conseil a voté mardi la fermeture du vieux pont, invoquant des rapports de sécurité.</p></article>',
      '<title>News</title><article><h2>News</h2><p>Die Brücke bleibt nach dem Beschluss des Rates vorerst geschlossen.</p></article>'
    ]
  },
  plugin: decruftDomTitle as Rule['plugin']
}
