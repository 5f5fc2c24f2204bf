/**
 * The block tree decruft works on, and the records it reports.
 *
 * The tree is a unist tree: a `root` whose children are `block` nodes, one per
 * input line (text) or per block-level element (HTML). Blank lines are blocks
 * too (`blank: true`), so the compiler can write the original layout back.
 * Everything a stage learns about a block lives in `block.data`.
 */
import type {Data, Literal, Parent, Point, Position} from 'unist'

/** The kinds of noise decruft removes, plus `markup` for repairs. */
export type NoiseKind =
  | 'script'
  | 'share'
  | 'related'
  | 'promo'
  | 'ui'
  | 'caption'
  | 'byline'
  | 'metadata'
  | 'duplicate'
  | 'boilerplate'
  | 'markup'

/** How strict the decision step is: fewer removals, the default, or more. */
export type Preset = 'precision' | 'balanced' | 'recall'

/** Input formats; `auto` sniffs HTML and treats everything else as text. */
export type Format = 'text' | 'html' | 'auto'

/**
 * One piece of evidence a detector adds to a block.
 *
 * `label: 'noise'` argues for removal, `label: 'content'` against it; the
 * decision step weighs the strongest of each.
 */
export interface Evidence {
  /** Stable id of the rule that produced it (`share-widget`). */
  readonly ruleId: string
  /** Which way it argues. */
  readonly label: 'noise' | 'content'
  /** What kind of noise (for `noise`), or the kind it protects against. */
  readonly kind: NoiseKind
  /** How sure the rule is, from 0 to 1. */
  readonly confidence: number
  /** One sentence a person can read: why the rule fired. */
  readonly reason: string
}

/**
 * A change to the text inside a block: a repair (`kind: 'markup'`) or the
 * removal of part of a line (a tracking call glued before content).
 */
export interface Edit {
  /** Stable rule id. */
  readonly ruleId: string
  /** `repair` replaces broken text, `removal` deletes noise inside a line. */
  readonly type: 'repair' | 'removal'
  /** Kind of noise or `markup`. */
  readonly kind: NoiseKind
  /** Why. */
  readonly reason: string
  /** How sure the rule is, from 0 to 1. */
  readonly confidence: number
  /** Start offset in the original input (inclusive). */
  readonly start: number
  /** End offset in the original input (exclusive). */
  readonly end: number
  /** The original text that was replaced. */
  readonly actual: string
  /** What replaced it (empty for removals). */
  readonly expected: string
}

/** Final verdict on a block. */
export interface Verdict {
  /** Whether the block is written to the output. */
  readonly keep: boolean
  /** The evidence that decided it (the strongest noise evidence when removed). */
  readonly evidence?: Evidence | undefined
}

/** DOM evidence the HTML parser attaches to a block (absent for text input). */
export interface DomEvidence {
  /** Lower-case tag name of the block element (`p`, `h2`, `li`). */
  readonly tag: string
  /** A short CSS-like path to the element (`body>main>article>p:nth-of-type(3)`). */
  readonly path: string
  /** Heading level 1–6, or 0 when not a heading. */
  readonly headingLevel: number
  /** Share of the block's characters that sit inside links, 0–1. */
  readonly linkDensity: number
  /** Tokens from class, id and role of the element and its ancestors. */
  readonly tokens: readonly string[]
  /** Landmark ancestors (`nav`, `aside`, `footer`, `header`, `figure`, `figcaption`, `form`). */
  readonly landmarks: readonly string[]
  /** Whether the block is a list item or sits inside a list. */
  readonly inList: boolean
  /** Whether the block sits inside a table. */
  readonly inTable: boolean
  /** Element depth below `<body>`. */
  readonly depth: number
}

/** Data decruft keeps on each block. */
export interface BlockData extends Data {
  /** Evidence added by detectors. */
  evidence?: Evidence[] | undefined
  /** Edits made inside the block, in original-input offsets. */
  edits?: Edit[] | undefined
  /** Set by the decision step. */
  verdict?: Verdict | undefined
  /** DOM evidence, for blocks parsed from HTML. */
  dom?: DomEvidence | undefined
  /** Free slot for detector plugins that cache per-block work (word counts, …). */
  cache?: Record<string, unknown> | undefined
}

/**
 * One block: a line of text (or a block element of HTML).
 *
 * `value` is the current text (after repairs); `position` points at the
 * original text in the input, end of line excluded.
 */
export interface Block extends Literal {
  type: 'block'
  /** Current text of the block, without its line ending. */
  value: string
  /** Whether the line is empty or only white space. */
  blank: boolean
  /** The line ending that followed it in the input (`''` on the last line). */
  eol: string
  /** Offset map from `value` back to the input; see `edit.ts`. */
  spans?: Span[] | undefined
  position: Position
  data?: BlockData | undefined
}

/**
 * One run of a block's current `value` and where it came from: copied from the
 * input (`from === 'input'`) or written by an edit.
 */
export interface Span {
  /** Length of this run in the current value. */
  readonly length: number
  /** Start offset in the input of the text this run stands for. */
  readonly start: number
  /** End offset in the input of the text this run stands for. */
  readonly end: number
  /** Whether the run is input text as is, or written by an edit. */
  readonly from: 'input' | 'edit'
}

/** Data decruft keeps on the root. */
export interface RootData extends Data {
  /** The document language as an ISO 639-3 code, or `und`. */
  language?: string | undefined
  /** The page title (from `<title>`/`og:title` for HTML). */
  title?: string | undefined
  /** Input format the tree was parsed from. */
  format?: 'text' | 'html' | undefined
  /** Set once the decision step has given every block its verdict. */
  decided?: boolean | undefined
}

/** The root of a decruft tree. */
export interface Root extends Parent {
  type: 'root'
  children: Block[]
  data?: RootData | undefined
}

/** A place in the input: 1-based line and column, 0-based offset. */
export type Place = Point

/** A removal or repair, as the detailed result reports it. */
export interface ReportEntry {
  /** `removal` drops text; `repair` replaces broken text. */
  readonly type: 'removal' | 'repair'
  /** Stable rule id (`share-widget`). */
  readonly ruleId: string
  /** Kind of noise, or `markup` for repairs. */
  readonly kind: NoiseKind
  /** Why, in one sentence. */
  readonly reason: string
  /** How sure the rule was, 0–1. */
  readonly confidence: number
  /** Where the affected text is in the input. */
  readonly position: {readonly start: Place; readonly end: Place}
  /** The input text affected. */
  readonly actual: string
  /** The replacement (`''` for removals). */
  readonly expected: string
}
