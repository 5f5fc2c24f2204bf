/**
 * Data for the `tag-fragment` repair: which names are HTML elements, which of
 * them flow inside a line, and the words that show a tag is being talked
 * about rather than left over. Keep each list sorted.
 */

/**
 * Elements that flow inside a line: a fragment of one glued between two words
 * goes without a trace (`Hel<span>lo` -> `Hello`).
 */
export const inlineTagNames: readonly string[] = [
  'a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'del', 'dfn', 'em', 'font', 'i', 'ins', 'kbd', 'label',
  'mark', 'q', 's', 'samp', 'small', 'span', 'strike', 'strong', 'sub', 'sup', 'time', 'tt', 'u', 'var', 'wbr'
]

/**
 * Elements that break a line or make a block: a fragment of one glued between
 * two words leaves a space (`one<br>two` -> `one two`).
 */
export const blockTagNames: readonly string[] = [
  'address', 'article', 'aside', 'audio', 'blockquote', 'body', 'br', 'button', 'canvas', 'caption', 'center',
  'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'embed', 'fieldset', 'figcaption', 'figure', 'footer', 'form',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'head', 'header', 'hr', 'html', 'img', 'input', 'legend', 'li', 'main',
  'nav', 'object', 'ol', 'option', 'p', 'picture', 'pre', 'section', 'select', 'source', 'summary', 'svg',
  'table', 'tbody', 'td', 'textarea', 'tfoot', 'th', 'thead', 'title', 'tr', 'ul', 'video'
]

/*
 * Not listed on purpose: `iframe`, `link`, `meta`, `noscript`, `script` and
 * `style`. A line holding one is leaked code, which the `tracking-script`
 * detector removes whole; stripping the tag first would hide its best cue.
 */

/**
 * One-letter inline elements that are also variables in maths (`a<b>c`): an
 * opening tag of one without attributes counts only when its closing tag is
 * on the same line (`<b>Breaking</b>`).
 */
export const ambiguousTagNames: readonly string[] = ['a', 'b', 'i', 'q', 's', 'u']

/**
 * Words next to a tag that show it is named, not left over (`the <b>
 * element`, `la balise <p>`), folded to lower case, by language.
 */
export const tagMentionWords: Readonly<Record<string, readonly string[]>> = {
  de: ['element', 'elemente', 'tag', 'tags'],
  en: ['element', 'elements', 'tag', 'tags'],
  es: ['elemento', 'elementos', 'etiqueta', 'etiquetas'],
  fr: ['balise', 'balises', 'élément', 'éléments'],
  it: ['elementi', 'elemento', 'tag'],
  nl: ['element', 'elementen', 'tag', 'tags'],
  pt: ['elemento', 'elementos', 'etiqueta', 'etiquetas', 'tag'],
  ru: ['тег', 'тега', 'теги', 'тэг', 'элемент', 'элемента'],
  tr: ['etiket', 'etiketi', 'öğe', 'öğesi']
}
