export {clean, cleanDetailed, type Options, type Result} from './clean.js'
export {createProcessor, type DecruftProcessor, type ProcessorOptions, type RuleSettingsById} from './processor.js'
export {rules} from './rules.js'
export {default as decruftParseText, parseText} from './parse/text.js'
export {default as decruftParseHtml, parseHtml, treeFromDom, type DomOutline} from './parse/html.js'
export {decruftParseAuto, sniffFormat} from './format.js'
export {default as decruftDecide, presetThresholds, removalPasses, type DecideOptions} from './decide.js'
export {default as decruftCompile, compileBlocks} from './compile.js'
export {keptLittleWarning} from './kept-little.js'
export {createLineRule, type LineContext, type LineFinding, type LineRuleConfig} from './detect/line-rule.js'
export {addEvidence, editBlock, type EditInfo, type Replacement} from './edit.js'
export {normalizeLine} from './normalize.js'
export {createLearner, learn, merge, type CorpusDocument, type LearnOptions, type Learner} from './corpus/learn.js'
export {validateModel, type CorpusModel, type ExactSiteModel, type SiteModel, type SketchSiteModel} from './corpus/model.js'
export {siteKey, templateKey} from './corpus/key.js'
export {default as decruftSiteTemplate, type SiteTemplateSettings} from './detect/site-template.js'
export type {Example, Rule, RuleSettings} from './rule.js'
export type {
  Block,
  BlockData,
  DomEvidence,
  Edit,
  Evidence,
  Format,
  NoiseKind,
  Place,
  Preset,
  ReportEntry,
  Root,
  RootData,
  Span,
  Verdict
} from './types.js'
