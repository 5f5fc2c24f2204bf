/**
 * Loaders for the committed benchmark data (bench/data/scrapinghub, MIT,
 * Copyright (c) 2020 Scrapinghub; see bench/data/README.md).
 */
import {readFileSync, readdirSync} from 'node:fs'
import {gunzipSync} from 'node:zlib'

const root = new URL('../data/scrapinghub/', import.meta.url)

/**
 * Gold article bodies by page id.
 *
 * @returns {Map<string, string>}
 */
export function loadGold() {
  const data = JSON.parse(readFileSync(new URL('ground-truth.json', root), 'utf8'))
  return new Map(Object.entries(data).map(([id, page]) => [id, page.articleBody]))
}

/**
 * Page URLs by page id.
 *
 * @returns {Map<string, string>}
 */
export function loadUrls() {
  const data = JSON.parse(readFileSync(new URL('ground-truth.json', root), 'utf8'))
  return new Map(Object.entries(data).map(([id, page]) => [id, page.url]))
}

/** Text-track inputs that exist. */
export const textInputs = ['html-text', 'visible-text', 'readability_js', 'trafilatura']

/**
 * One text-track input by page id.
 *
 * @param {string} name
 *   One of `textInputs`.
 * @returns {Map<string, string>}
 */
export function loadTextInput(name) {
  const data = JSON.parse(readFileSync(new URL('text-inputs/' + name + '.json', root), 'utf8'))
  const pages = data.output ?? data
  return new Map(Object.entries(pages).map(([id, page]) => [id, page.articleBody ?? '']))
}

/**
 * The raw HTML pages by page id.
 *
 * @returns {Map<string, string>}
 */
export function loadHtml() {
  const folder = new URL('html/', root)
  const pages = new Map()
  for (const name of readdirSync(folder).sort()) {
    if (!name.endsWith('.html.gz')) continue
    pages.set(name.slice(0, -'.html.gz'.length), gunzipSync(readFileSync(new URL(name, folder))).toString('utf8'))
  }
  return pages
}
