export {clean, cleanDetailed, type Options, type Result} from './clean.js'
export {createProcessor, type DecruftProcessor, type ProcessorOptions} from './processor.js'
export {rules} from './rules.js'
export {default as decruftParseText, parseText} from './parse/text.js'
export {default as decruftDecide, presetThresholds, type DecideOptions} from './decide.js'
export {default as decruftCompile, compileBlocks} from './compile.js'
export {createLineRule, type LineContext, type LineRuleConfig} from './detect/line-rule.js'
export {addEvidence, editBlock, type EditInfo, type Replacement} from './edit.js'
export {normalizeLine} from './normalize.js'
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
