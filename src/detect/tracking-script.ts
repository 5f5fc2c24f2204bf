/**
 * Detector for leaked JavaScript, tracking calls, JSON blobs and CSS rules
 * (`gtag('config', 'UA-…');`, `window.dataLayer = …`, `_gaq.push(…)`,
 * `(adsbygoogle = window.adsbygoogle || []).push({});`, `document.write(…)`,
 * `var x = {…};`, `{"@context": …}`, `.foo{color:red}`).
 *
 * Whole lines of code go. A tracking call glued to the start of a content line
 * (`gtag('config', 'UA-1'); Iraq prepares…`) is cut off with an edit, and the
 * rest of the line is left for the other rules to judge.
 */
import type {Processor} from 'unified'
import type {VFile} from 'vfile'
import {removalPasses} from '../decide.js'
import {addEvidence, editBlock} from '../edit.js'
import {scriptGlobals, statementKeywords, trackerNames} from '../lexicon/script.js'
import type {Rule, RuleSettings} from '../rule.js'
import type {Block, Root} from '../types.js'

/** Longest statement scanned, in characters: longer ones are not judged. */
const maxStatement = 5000

/** Longest line checked for a CSS rule, in characters. */
const maxCssLine = 2000

/** What kind of statement a line starts with. */
type Lead = 'tracker' | 'global' | 'code'

/**
 * A call with a code-like first argument (a string, array, object, number or
 * function): `gtag('config'`, `_gaq.push([`, `googletag.cmd.push(function`.
 * The first name is captured and looked up in `trackerNames`. Sticky, bounded.
 */
// redos: sticky, so matched only at `lastIndex` (anchored) with bounded quantifiers; test/detect/patterns.test.ts checks it anchored
const callLead = /([\w$]{1,40})(?:\.[\w$]{1,40}){0,3} ?\( ?(?:['"`[{)\d(]|function)/uy

/**
 * A member of an object assigned or called: `window.dataLayer =`,
 * `document.write(`. The object is captured and looked up in `scriptGlobals`.
 * Sticky, bounded.
 */
// redos: sticky, so matched only at `lastIndex` (anchored) with bounded quantifiers; test/detect/patterns.test.ts checks it anchored
const memberLead = /([\w$]{1,40})(?:\.[\w$]{1,40}){1,4} ?(?:=(?!=)|\()/uy

/** jQuery's ready call: `$(document)`, `jQuery(function`. Sticky, bounded. */
// redos: sticky, so matched only at `lastIndex` (anchored) with bounded quantifiers; test/detect/patterns.test.ts checks it anchored
const jqueryLead = /(?:\$|jQuery)\( ?(?:document|window|function)/uy

/** An ad tag's self-assignment: `(adsbygoogle = window.adsbygoogle`. Sticky, bounded. */
// redos: sticky, so matched only at `lastIndex` (anchored) with bounded quantifiers; test/detect/patterns.test.ts checks it anchored
const parenAssignLead = /\( ?[\w$]{1,40} ?= ?(?:window|self)\./uy

/** A declaration: `var x =`, `const settings =`. The keyword is captured. Sticky, bounded. */
// redos: sticky, so matched only at `lastIndex` (anchored) with bounded quantifiers; test/detect/patterns.test.ts checks it anchored
const keywordLead = /([a-z]{3,5}) [\w$]{1,40} ?=(?!=)/uy

/** A function expression: `function f(`, `(function(`, `!function(`. Sticky, bounded. */
// redos: sticky, so matched only at `lastIndex` (anchored) with bounded quantifiers; test/detect/patterns.test.ts checks it anchored
const functionLead = /!?\(?function ?[\w$]{0,40} ?\(/uy

/** A JSON object or array: `{"key":`, `[{"key":`. */
const jsonStart = /^\[?\{ {0,4}"[^"]{1,200}" ?:/u

/** A CSS selector up to its block: `.foo {`, `@media (max-width:600px){`. */
const cssSelector = /^[\w\s.#:>,+~*[\]="'()@%-]{1,200}\{/u

/** The start of a CSS declaration block's body: `color:`, ` display :`. */
const cssDeclaration = /^ {0,4}[\w-]{1,40} ?:/u

/** A script, style or ad tag: `<script async src=…>`, `</style>`. */
const scriptTag = /^<\/?(?:script|style|noscript|iframe|ins)[\s>]/i

/** A CDATA guard: `//<![CDATA[`, `/* ]]> *\/`. */
const cdataGuard = /^(?:\/\/|\/\*) ?(?:<!\[CDATA\[|\]\]>)/u

/** Only closing brackets and semicolons: `});`, `})();`. */
const closingOnly = /^[\s})\];(]{1,20}$/u

/** A letter. */
const letter = /\p{L}/u

const trackers = new Set(trackerNames)
const globals = new Set(scriptGlobals)
const keywords = new Set(statementKeywords)

/** One statement found at the start of a line. */
interface Statement {
  /** Offset just after it. */
  readonly end: number
  /** What kind of lead it had. */
  readonly lead: Lead
  /** Whether it ended with `;` or `}` (a finished statement). */
  readonly finished: boolean
}

/**
 * Unified plugin that marks leaked scripts as noise and cuts tracking calls
 * glued before content.
 *
 * @param options
 *   Configuration (optional).
 * @returns
 *   Transform.
 */
export default function decruftTrackingScript(this: Processor | void, options?: RuleSettings | null) {
  const override = options?.confidence ?? undefined
  const processor = this

  return function (tree: Root, _file: VFile): undefined {
    const cuts = removalPasses(processor, override ?? 0.9)
    for (const block of tree.children) {
      if (block.blank) continue
      judgeBlock(block, override, cuts)
    }
  }
}

/**
 * Judge one block: add evidence for a line of code, or cut a glued call.
 *
 * @param block
 *   The block.
 * @param override
 *   Confidence from the settings, if any.
 * @param cuts
 *   Whether a glued call may be cut (`removalPasses`).
 * @returns
 *   Nothing.
 */
function judgeBlock(block: Block, override: number | undefined, cuts: boolean): undefined {
  const value = block.value
  const text = value.trim()

  const whole = judgeWholeLine(text)
  if (whole !== undefined) {
    addEvidence(block, {
      ruleId: 'tracking-script',
      label: 'noise',
      kind: 'script',
      confidence: override ?? whole,
      reason: 'Unexpected leaked script `' + shorten(text) + '`, expected content'
    })
    return
  }

  // `gtag('config', 'UA-1'); Iraq prepares…`: cut the calls, keep the rest.
  if (!cuts || !hasStatementMark(value)) return
  let position = skipSpace(value, 0)
  const start = position
  let glued = false
  for (;;) {
    const statement = scanStatement(value, position)
    if (!statement || statement.lead === 'code') break
    glued = true
    position = skipSpace(value, statement.end)
  }
  if (!glued || !letter.test(value.slice(position, position + 20))) return
  editBlock(block, [{start, end: position, text: ''}], {
    ruleId: 'tracking-script',
    type: 'removal',
    kind: 'script',
    reason: 'Unexpected tracking call `' + shorten(value.slice(start, position).trim()) + '` before content',
    confidence: override ?? 0.9
  })
}

/**
 * Judge a whole line: how sure it is code, or `undefined`.
 *
 * @param text
 *   The trimmed line.
 * @returns
 *   Confidence, or `undefined` for content.
 */
function judgeWholeLine(text: string): number | undefined {
  const first = text.charAt(0)
  if (first === '<' && scriptTag.test(text)) return 0.9
  if (first === '/' && cdataGuard.test(text)) return 0.9
  const last = text.charAt(text.length - 1)
  if ((first === '{' || first === '[') && (last === '}' || last === ']') && jsonStart.test(text)) return 0.85
  if (last === '}' && text.length <= maxCssLine && cssSelector.test(text)) {
    // The innermost block: `@media (…){.a{display:none}}` -> `display:none`.
    const close = text.indexOf('}')
    if (cssDeclaration.test(text.slice(text.lastIndexOf('{', close) + 1, close))) return 0.85
  }
  if (text.includes('}') && closingOnly.test(text)) return 0.7

  // Statements from start to end: `gtag('js', new Date()); gtag('config', 'G-1');`.
  if (!hasStatementMark(text)) return undefined
  let position = 0
  let strongest: Lead | undefined
  let finished = true
  while (position < text.length) {
    const statement = scanStatement(text, position)
    if (!statement) return undefined
    if (statement.lead === 'tracker' || (statement.lead === 'global' && strongest === undefined)) {
      strongest = statement.lead
    }
    finished &&= statement.finished
    position = skipSpace(text, statement.end)
  }
  if (strongest === 'tracker') return 0.95
  if (strongest === 'global') return 0.9
  // `var x = {…};` is leaked code on a news page, but the content of a
  // programming tutorial: a weaker cue.
  return finished ? 0.7 : undefined
}

/**
 * Scan one JavaScript statement starting at `start`: a known lead, then
 * balanced brackets and strings up to `;` at depth 0, or up to a closing
 * bracket at depth 0 followed by a word (`gtag(…) Iraq…`).
 *
 * @param text
 *   The line.
 * @param start
 *   Where the statement would start.
 * @returns
 *   The statement, or `undefined` when there is none.
 */
function scanStatement(text: string, start: number): Statement | undefined {
  const lead = readLead(text, start)
  if (lead === undefined) return undefined
  let depth = 0
  let quote = ''
  const limit = Math.min(text.length, start + maxStatement)
  for (let index = start; index < limit; index++) {
    const character = text.charAt(index)
    if (quote !== '') {
      if (character === '\\') index++
      else if (character === quote) quote = ''
      continue
    }
    if (character === '"' || character === "'" || character === '`') quote = character
    else if (character === '(' || character === '[' || character === '{') depth++
    else if (character === ')' || character === ']' || character === '}') {
      depth--
      if (depth < 0) return undefined
      if (depth === 0 && letter.test(text.charAt(skipSpace(text, index + 1)))) {
        return {end: index + 1, lead, finished: character === '}'}
      }
    } else if (character === ';' && depth === 0) {
      return {end: index + 1, lead, finished: true}
    }
  }
  if (limit < text.length || quote !== '' || depth !== 0) return undefined
  const last = text.charAt(text.length - 1)
  return {end: text.length, lead, finished: last === '}' || last === ';'}
}

/**
 * What kind of statement starts at `start`, if any.
 *
 * @param text
 *   The line.
 * @param start
 *   Offset.
 * @returns
 *   The lead, or `undefined`.
 */
function readLead(text: string, start: number): Lead | undefined {
  const call = matchAt(callLead, text, start)
  if (call) {
    const name = call[1] ?? ''
    if (trackers.has(name)) return 'tracker'
    return globals.has(name) ? 'global' : 'code'
  }
  if (matchAt(parenAssignLead, text, start)) return 'tracker'
  const member = matchAt(memberLead, text, start)?.[1]
  if (member !== undefined && trackers.has(member)) return 'tracker'
  if (member !== undefined && globals.has(member)) return 'global'
  if (matchAt(jqueryLead, text, start)) return 'global'
  const keyword = matchAt(keywordLead, text, start)
  if (keyword && keywords.has(keyword[1] ?? '')) return 'code'
  if (matchAt(functionLead, text, start)) return 'code'
  return undefined
}

/**
 * Whether a line has a `(` or an `=`, which every statement lead needs
 * (`gtag(`, `window.dataLayer =`, `var x =`, `function f(`): most prose has
 * neither, and skipping it saves six sticky patterns per line, twice.
 *
 * @param text
 *   The line.
 * @returns
 *   Whether a statement could start in it.
 */
function hasStatementMark(text: string): boolean {
  return text.includes('(') || text.includes('=')
}

/**
 * Match a sticky pattern at an offset.
 *
 * @param pattern
 *   A regex with the `y` flag.
 * @param text
 *   The line.
 * @param start
 *   Offset.
 * @returns
 *   The match there, or `null`.
 */
function matchAt(pattern: RegExp, text: string, start: number): RegExpExecArray | null {
  pattern.lastIndex = start
  return pattern.exec(text)
}

/**
 * The offset of the first character at or after `start` that is not white space.
 *
 * @param text
 *   The line.
 * @param start
 *   Offset.
 * @returns
 *   Offset (the length when only white space follows).
 */
function skipSpace(text: string, start: number): number {
  let index = start
  while (index < text.length && text.charAt(index).trim() === '') index++
  return index
}

/**
 * Shorten code for a reason: the first 80 characters.
 *
 * @param text
 *   Code.
 * @returns
 *   It, or its start and `…`.
 */
function shorten(text: string): string {
  return text.length > 80 ? text.slice(0, 80) + '…' : text
}

/** The rule record. */
export const trackingScript: Rule = {
  id: 'tracking-script',
  kind: 'script',
  stage: 'detect',
  languages: ['*'],
  description:
    'Leaked JavaScript, tracking calls, JSON blobs and CSS rules (`gtag(…);`, `window.dataLayer = …`, ' +
    '`.foo{color:red}`); a tracking call glued before content is cut off and the rest judged on its own. ' +
    'Plain declarations (`var x = …;`) are a weaker cue: code is content in a tutorial.',
  examples: {
    catch: [
      "gtag('config', 'UA-12595121-1');",
      "window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag('js', new Date());",
      "_gaq.push(['_trackPageview']);",
      "fbq('track', 'PageView');",
      '(adsbygoogle = window.adsbygoogle || []).push({});',
      "document.write('<div id=\"ad\"></div>');",
      'var disqus_config = {"page": {"identifier": "article-123"}};',
      '{"@context":"https://schema.org","@type":"NewsArticle","headline":"Iraq"}',
      '.share-bar{display:flex;color:red}',
      {
        context: [
          'The minister resigned on Friday after weeks of pressure from his own party.',
          '<script async src="https://www.googletagmanager.com/gtag/js?id=G-1"></script>',
          'His successor is expected to be named next week, officials said.'
        ],
        line: 1
      },
      '});',
      {
        context: [
          "gtag('config', 'UA-1'); The minister resigned on Friday after weeks of pressure from his own party.",
          '',
          'His successor is expected to be named next week, officials said.'
        ],
        line: 0
      }
    ],
    keep: [
      'Google Analytics (GA) tracks visitors for most of the sites in the sample.',
      'Use the var keyword to declare a variable.',
      'Note (see below): the figures are provisional.',
      'The function f(x) = x² grows quickly.',
      'Set the window.open flag to false, the manual says.',
      '{Iraq} is a placeholder in this template.',
      'Self-defense, according to Washington, was the reason.'
    ]
  },
  plugin: decruftTrackingScript
}

/** The module's patterns, each checked for linear time by `test/detect/patterns.test.ts`. */
export const patterns: Readonly<Record<string, RegExp>> = {callLead, memberLead, jqueryLead, parenAssignLead, keywordLead, functionLead, jsonStart, cssSelector, cssDeclaration, scriptTag, cdataGuard, closingOnly, letter}
