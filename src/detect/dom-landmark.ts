/**
 * Detector for blocks in landmarks that hold no article text: `nav`, `aside`,
 * `footer`, `header`, `figure`/`figcaption` (captions) and `form`, or the
 * ARIA roles that make an element one of them.
 */
import type {VFile} from 'vfile'
import {addEvidence} from '../edit.js'
import type {Rule, RuleSettings} from '../rule.js'
import type {NoiseKind, Root} from '../types.js'
import {analyseDom} from './dom-analysis.js'

/** Kind and confidence per landmark. */
const landmarkNoise: Readonly<Record<string, {readonly kind: NoiseKind; readonly confidence: number}>> = {
  aside: {kind: 'related', confidence: 0.75},
  figcaption: {kind: 'caption', confidence: 0.85},
  figure: {kind: 'caption', confidence: 0.8},
  footer: {kind: 'ui', confidence: 0.75},
  form: {kind: 'ui', confidence: 0.75},
  header: {kind: 'metadata', confidence: 0.65},
  nav: {kind: 'ui', confidence: 0.85}
}

const emptySettings: Readonly<RuleSettings> = {}

/**
 * Unified plugin that adds noise evidence to blocks inside landmarks. A
 * landmark that holds the main content (`<form id="aspnetForm">` around a
 * whole page) is ignored.
 *
 * @param options
 *   Configuration (optional); `confidence` replaces each landmark's own.
 * @returns
 *   Transform; does nothing on text input.
 */
export default function decruftDomLandmark(options?: RuleSettings | null) {
  const settings = options ?? emptySettings

  return function (tree: Root, _file: VFile): undefined {
    const analysis = analyseDom(tree)
    if (!analysis) return
    const {outline} = analysis
    for (const block of tree.children) {
      const element = block.data?.dom?.element ?? -1
      if (block.blank || element === -1) continue
      let landmark = analysis.landmarkBy[element] ?? -1
      while (landmark !== -1 && analysis.aroundMain[landmark] === 1) {
        const parent = outline.parent[landmark] ?? -1
        landmark = parent === -1 ? -1 : (analysis.landmarkBy[parent] ?? -1)
      }
      const name = landmark === -1 ? '' : (outline.landmark[landmark] ?? '')
      const noise = landmarkNoise[name]
      if (!noise) continue
      addEvidence(block, {
        ruleId: 'dom-landmark',
        label: 'noise',
        kind: noise.kind,
        confidence: settings.confidence ?? noise.confidence,
        reason: 'Unexpected `' + (block.data?.dom?.path ?? '') + '` in the `' + name + '` landmark `' + (outline.selector[landmark] ?? '') + '`'
      })
    }
  }
}

/** The rule record; examples are HTML pages (catch: the first block is noise). */
export const domLandmark: Rule = {
  id: 'dom-landmark',
  kind: 'ui',
  stage: 'detect',
  languages: ['*'],
  description:
    'HTML only: blocks inside `nav`, `aside`, `footer`, `header`, `figure`/`figcaption` or `form` (or their ARIA roles) that do not hold the main content.',
  examples: {
    catch: [
      '<article><figure><figcaption>The old bridge at dawn. Photo: J. Doe</figcaption></figure><p>The council voted on Tuesday to close the old bridge, citing safety reports.</p></article>',
      '<nav><ul><li>Home</li><li>World</li></ul></nav><article><p>The council voted on Tuesday to close the old bridge, citing safety reports.</p></article>'
    ],
    keep: [
      '<form id="page"><article><p>The council voted on Tuesday to close the old bridge, citing safety reports.</p></article></form>',
      '<article><h2>Contexte</h2><p>Le conseil a voté mardi la fermeture du vieux pont.</p></article>',
      '<main><article><p>Belediye meclisi salı günü eski köprünün güvenlik raporları nedeniyle kapatılmasına karar verdi.</p></article></main>'
    ]
  },
  plugin: decruftDomLandmark as Rule['plugin']
}
