/**
 * Entities that scrapers break by losing the `&` (`#x27;Iran`, `nbsp;`), for
 * the `html-entity` repair. Full entities (`&eacute;`) are looked up in the
 * complete HTML table of the `entities` package instead; these lists only
 * decide which `&`-less shapes are safe to read as entities. Keep each list
 * sorted.
 */

/**
 * Names whose `&`-less form (`rsquo;`) ends no word in the languages we cover,
 * so they are repaired wherever they stand (`don` + `rsquo;` + `t`).
 */
export const distinctiveBrokenNames: readonly string[] = [
  'bdquo', 'hellip', 'laquo', 'ldquo', 'lsaquo', 'lsquo', 'mdash', 'nbsp', 'ndash', 'raquo',
  'rdquo', 'rsaquo', 'rsquo', 'sbquo'
]

/**
 * Names whose `&`-less form ends real words (`camp;`, `aliquot;`, `guapos;`), or is one
 * (`the amp;`), so they need more evidence: see `html-entity.ts`.
 */
export const ambiguousBrokenNames: readonly string[] = ['amp', 'apos', 'quot']

/**
 * Code points a decimal `&`-less reference (`#8217;`) may stand for when it
 * has no leading zero: the quotes, dashes and spaces that publishing systems
 * escape. Anything else (`#123;` after an issue number) stays text.
 */
export const brokenDecimalTargets: readonly number[] = [
  34, 38, 39, 160, 171, 187, 8211, 8212, 8216, 8217, 8218, 8220, 8221, 8222, 8226, 8230, 8249, 8250
]
