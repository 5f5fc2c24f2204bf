/**
 * Keys for corpus mode: which site a page belongs to, and the folded form of
 * a line under which its repeats on other pages are counted.
 */
import {foldLine} from './fold.js'

/** A scheme at the start of a URL (`https:`), or a protocol-relative `//`. */
const schemeStart = /^(?:[a-z][\d+.a-z-]{0,30}:)?\/\//i

/** A leading `www.` on a host name. */
const wwwPrefix = /^www\./

/** Any character that makes a value a URL or host name rather than a bare key. */
const urlCharacter = /[./:]/

/**
 * Fold a line into its template key: `normalizeLine` (NFKC, lower case,
 * punctuation and white space folded), then every run of digits made `0`, so
 * a line that differs from page to page only in dates, counts or numbers
 * (`© 2023 Example Media`, `12 comments`) is counted as one line.
 *
 * @param line
 *   A line of a page, as scraped.
 * @returns
 *   The key (`''` for a line with no letters or digits: never counted).
 * @example
 *   templateKey('© 2024 Example Media. All rights reserved.')
 *   //=> '0 example media all rights reserved'
 */
export function templateKey(line: string): string {
  return foldLine(line)
}

/**
 * The site a page belongs to, from its URL or an explicit site key.
 *
 * A URL (`https://www.example.com/a/b`, `//example.com/x`, `example.com/x`)
 * gives its host name in lower case, without a port and without a leading
 * `www.`; anything else is taken as a site key, trimmed and lower-cased.
 *
 * @param value
 *   A URL or a site key.
 * @returns
 *   The site key, or `undefined` for an empty or unusable value.
 * @example
 *   siteKey('https://www.Example.com/news/1?x=2') //=> 'example.com'
 *   siteKey('blog-42') //=> 'blog-42'
 */
export function siteKey(value: string): string | undefined {
  const trimmed = value.trim()
  if (trimmed === '') return undefined
  // A bare key with no `/`, `:` or `.` is a site key as it is (`blog-42`).
  if (!urlCharacter.test(trimmed)) return trimmed.toLowerCase()
  const withScheme = schemeStart.test(trimmed) ? trimmed : 'http://' + trimmed
  let host: string
  try {
    host = new URL(withScheme.startsWith('//') ? 'http:' + withScheme : withScheme).hostname
  } catch {
    return undefined
  }
  host = host.toLowerCase().replace(wwwPrefix, '')
  return host === '' ? undefined : host
}
