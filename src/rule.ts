/**
 * What a rule is: data (id, kind, languages, description, examples) plus the
 * unified plugin that applies it. The rule catalogue in `docs/` and the rule
 * tests are both generated from these records.
 */
import type {Plugin} from 'unified'
import type {Options} from './clean.js'
import type {NoiseKind, Root} from './types.js'

/**
 * An example a rule must catch or keep.
 *
 * A string is one line, tested inside a neutral article. The object form gives
 * the whole document as lines, the index of the line under test, and for a
 * repair the text the line must become.
 */
export type Example =
  | string
  | {
      /** The document, one entry per line. */
      readonly context: readonly string[]
      /** Index in `context` of the line under test. */
      readonly line: number
      /** For repairs: the line as it must come out. */
      readonly becomes?: string
    }

/** Settings every rule accepts; rules may accept more. */
export interface RuleSettings {
  /**
   * Confidence this rule gives its findings, 0–1 (default: the rule's own).
   * Lower it to make the rule yield to content evidence more often.
   */
  readonly confidence?: number | null | undefined
}

/** A rule record. */
export interface Rule {
  /** Stable kebab-case id, the same as the module name (`share-widget`). */
  readonly id: string
  /** The kind of noise it removes (`markup` for repairs). */
  readonly kind: NoiseKind
  /** `repair` rules run before `detect` rules; `context` rules run last. */
  readonly stage: 'repair' | 'detect' | 'context'
  /** ISO 639-1 codes of the languages its lexicon covers, or `['*']`. */
  readonly languages: readonly string[]
  /** One or two sentences: what it catches and what it leaves alone. */
  readonly description: string
  /** Lines it must catch and content it must keep. */
  readonly examples: {readonly catch: readonly Example[]; readonly keep: readonly Example[]}
  /** The unified plugin (a transformer over the block tree). */
  readonly plugin: Plugin<[RuleSettings?], Root>
  /**
   * Options the examples hold under, for rules that need more than the
   * defaults (a corpus model and site); called once per example run.
   */
  readonly exampleOptions?: (() => Options) | undefined
}
