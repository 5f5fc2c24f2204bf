/**
 * Detector for blocks that are mostly link text: menus, tag lists, "read
 * next" links and teaser headlines.
 */
import type {VFile} from 'vfile'
import {addEvidence} from '../edit.js'
import type {Rule, RuleSettings} from '../rule.js'
import type {Root} from '../types.js'

/** Share of a block's characters inside links from which it is a link block. */
const minimumLinkDensity = 0.8

/** Most words of a link block that is page chrome (`Home`, `Next page`) rather than a teaser. */
const chromeWords = 3

/** Runs of white space. */
const spaceRun = /\s+/

const emptySettings: Readonly<RuleSettings> = {}

/**
 * Unified plugin that adds noise evidence to blocks that are mostly links.
 *
 * @param options
 *   Configuration (optional); `confidence` defaults to `0.7`.
 * @returns
 *   Transform; does nothing on text input.
 */
export default function decruftDomLinkDensity(options?: RuleSettings | null) {
  const confidence = (options ?? emptySettings).confidence ?? 0.7

  return function (tree: Root, _file: VFile): undefined {
    if (tree.data?.format !== 'html') return
    for (const block of tree.children) {
      const dom = block.data?.dom
      if (block.blank || !dom || dom.linkDensity < minimumLinkDensity) continue
      const words = block.value.trim().split(spaceRun).length
      addEvidence(block, {
        ruleId: 'dom-link-density',
        label: 'noise',
        kind: words <= chromeWords ? 'ui' : 'related',
        confidence,
        reason: 'Unexpected link block `' + dom.path + '` (' + Math.round(dom.linkDensity * 100) + '% link text)'
      })
    }
  }
}

/** The rule record; examples are HTML pages (catch: the first block is noise). */
export const domLinkDensity: Rule = {
  id: 'dom-link-density',
  kind: 'related',
  stage: 'detect',
  languages: ['*'],
  description: 'HTML only: blocks whose text is 80% or more link text (menus, tag lists, teaser headlines).',
  examples: {
    catch: [
      '<article><p><a href="/a">Ten bridges that changed how cities are built</a></p><p>The council voted on Tuesday to close the old bridge, citing safety reports.</p></article>'
    ],
    keep: [
      '<article><p>The council, <a href="/c">which met on Tuesday</a>, voted to close the old bridge, citing safety reports.</p></article>',
      '<article><p>Le conseil a voté mardi la fermeture du vieux pont, selon <a href="/r">un rapport</a>.</p></article>',
      '<article><ul><li>Two lanes stay open, <a href="/map">see the map</a> for the detour.</li></ul><p>The council voted on Tuesday to close the old bridge.</p></article>'
    ]
  },
  plugin: decruftDomLinkDensity as Rule['plugin']
}
