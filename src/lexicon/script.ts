/**
 * Names that give away leaked JavaScript: tracking and advertising calls and
 * the globals they live on, as written. Keep each list sorted.
 */

/**
 * Functions and objects of trackers and ad tags: a statement that starts with
 * one (`gtag(…)`, `_gaq.push(…)`, `fbq(…)`) is leaked tracking code.
 */
export const trackerNames: readonly string[] = [
  '__cmp', '__gpp', '__tcfapi', '_comscore', '_gaq', '_hsq', '_linkedin_partner_id', '_paq', '_qevents', '_tfa',
  'adsbygoogle', 'amplitude', 'analytics', 'clarity', 'COMSCORE', 'dataLayer', 'FB', 'fbq', 'ga', 'googletag',
  'gtag', 'hj', 'instgrm', 'lintrk', 'mixpanel', 'OneSignal', 'pintrk', 'snaptr', 'ttq', 'twq', 'twttr', 'ym'
]

/** Globals whose members leaked code assigns or calls (`window.dataLayer = …`, `document.write(…)`). */
export const scriptGlobals: readonly string[] = ['document', 'jQuery', 'self', 'top', 'window']

/** Keywords that open a JavaScript statement (`var x = {…};`). */
export const statementKeywords: readonly string[] = ['const', 'let', 'var']
