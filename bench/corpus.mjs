// Corpus-mode benchmark: learn speed, clean speed with a model (against the
// same pages cleaned without one, in the same run), model size per million
// lines, and how well the learned template matches the planted one.
//
//   npm run bench:corpus
//   npm run bench:corpus -- --pages 40000 --sites 100 --sample 2000
//   npm run bench:corpus -- --capacity 5000      (force sketches: see the cap's effect)
//
// The corpus is synthetic but built from real text: every page is one of the
// bench data's text inputs (real scraped pages, 181 × 4), wrapped in the
// template of its site (header and footer lines made up per site, some with
// numbers that change per page). A body is used at most once per site.
//
// Imports the built library (`dist/index.js`): run `npx tsup` first.
import {gzipSync} from 'node:zlib'
import {parseArgs} from 'node:util'
import {loadTextInput, textInputs} from './lib/data.mjs'

const {values} = parseArgs({
  options: {
    pages: {type: 'string', default: '20000'},
    sites: {type: 'string', default: '50'},
    sample: {type: 'string', default: '1000'},
    capacity: {type: 'string'},
    width: {type: 'string'},
    depth: {type: 'string'}
  }
})
const pageCount = Number(values.pages)
const siteCount = Number(values.sites)
const sampleSize = Number(values.sample)
const shape = {
  capacity: values.capacity === undefined ? undefined : Number(values.capacity),
  width: values.width === undefined ? undefined : Number(values.width),
  depth: values.depth === undefined ? undefined : Number(values.depth)
}

const {clean, cleanDetailed, createLearner, merge, rules} = await import('../dist/index.js')

/** Words to make template lines from (menus, footers, widgets). */
const words = [
  'home', 'news', 'world', 'business', 'sport', 'culture', 'opinion', 'video', 'podcasts', 'weather',
  'subscribe', 'newsletter', 'follow', 'share', 'contact', 'about', 'careers', 'privacy', 'terms', 'cookies',
  'login', 'register', 'search', 'menu', 'archive', 'events', 'jobs', 'advertise', 'help', 'shop'
]

/**
 * A deterministic pseudo-random generator (LCG), so every run builds the same corpus.
 *
 * @param {number} seed
 * @returns {() => number} integers in [0, 2^32)
 */
function generator(seed) {
  let state = seed >>> 0
  return function () {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0
    return state
  }
}

/**
 * The template of one site: header and footer lines. Two footer lines carry
 * numbers that change per page (`© 2024`, `1,234 readers online`).
 *
 * @param {number} site
 * @returns {{header: string[], footer: (page: number) => string[]}}
 */
function template(site) {
  const next = generator(site + 1)
  const pick = (count) => Array.from({length: count}, () => words[next() % words.length]).join(' ')
  const name = 'Site ' + site.toString(36).toUpperCase() + ' ' + pick(1)
  const header = [name, pick(6), pick(5), 'Skip to content of ' + name, pick(4)]
  const fixed = [pick(8), 'Sign up for the ' + name + ' ' + pick(3), pick(7)]
  return {
    header,
    footer: (page) => [...fixed, '© ' + (2000 + (page % 25)) + ' ' + name, (1000 + page * 7) + ' readers online']
  }
}

// Real bodies: every text input of every page.
const bodies = []
for (const name of textInputs) {
  for (const text of loadTextInput(name).values()) if (text.trim() !== '') bodies.push(text)
}

// Build the corpus lazily (a generator), as a streaming learner would read it.
const templates = Array.from({length: siteCount}, (_, site) => template(site))
const perSite = Math.ceil(pageCount / siteCount)
if (perSite > bodies.length) throw new Error('at most ' + bodies.length + ' pages per site: raise --sites')

/**
 * Page `index` of the corpus.
 *
 * @param {number} index
 * @returns {{site: string, text: string, header: string[], footer: string[], body: string}}
 */
function pageAt(index) {
  const site = index % siteCount
  const ordinal = Math.floor(index / siteCount)
  // A site-specific rotation, so sites do not share their body order.
  const body = bodies[(ordinal * 7 + site * 131) % bodies.length] ?? ''
  const {header, footer} = templates[site] ?? template(site)
  const bottom = footer(ordinal)
  return {
    site: 'site-' + site + '.example',
    text: header.join('\n') + '\n\n' + body + '\n\n' + bottom.join('\n') + '\n',
    header,
    footer: bottom,
    body
  }
}

function* pages(from = 0, to = pageCount) {
  for (let index = from; index < to; index++) yield pageAt(index)
}

// 1. Learn.
const learner = createLearner(shape)
let bytes = 0
let started = performance.now()
let cpu = process.cpuUsage()
for (const page of pages()) {
  learner.add({site: page.site, text: page.text})
  bytes += page.text.length
}
const learnSeconds = (performance.now() - started) / 1000
// CPU seconds too: on a shared machine the wall clock measures the neighbours.
const learnCpuSeconds = cpuSeconds(cpu)
started = performance.now()
const model = learner.model()
const writeSeconds = (performance.now() - started) / 1000
const json = JSON.stringify(model)
const lines = learner.lines
const sketched = Object.values(model.sites).filter((site) => 'sketch' in site).length
const rss = process.memoryUsage().rss

// 2. Merge property at scale: two halves merged equal the whole.
const half = Math.floor(pageCount / 2)
const first = createLearner(shape)
for (const page of pages(0, half)) first.add({site: page.site, text: page.text})
const second = createLearner(shape)
for (const page of pages(half)) second.add({site: page.site, text: page.text})
const halves = [first.model(), second.model()]
cpu = process.cpuUsage()
const merged = merge(halves[0], halves[1])
const mergeCpuSeconds = cpuSeconds(cpu)
const mergeHolds = JSON.stringify(merged) === json

// 3. Clean a sample with the model, against the same pages without it, and
//    score the site-template rule alone against the planted template.
const onlyCorpus = Object.fromEntries(rules.filter((rule) => rule.id !== 'site-template').map((rule) => [rule.id, false]))
const sample = []
for (let index = 0; index < sampleSize; index++) sample.push(pageAt(Math.floor((index * pageCount) / sampleSize)))
let sampleBytes = 0
for (const page of sample) sampleBytes += page.text.length

cpu = process.cpuUsage()
for (const page of sample) clean(page.text, {format: 'text'})
const withoutSeconds = cpuSeconds(cpu)
cpu = process.cpuUsage()
for (const page of sample) clean(page.text, {format: 'text', model, site: page.site})
const withSeconds = cpuSeconds(cpu)

let templateLines = 0
let templateRemoved = 0
let bodyLines = 0
let bodyRemoved = 0
for (const page of sample) {
  const result = cleanDetailed(page.text, {format: 'text', model, site: page.site, rules: onlyCorpus})
  const removed = new Set(result.report.filter((entry) => entry.type === 'removal').map((entry) => entry.position.start.line))
  const headerEnd = page.header.length
  const bodyEnd = headerEnd + 1 + page.body.split(/\r\n|\r|\n/).length
  const total = bodyEnd + 1 + page.footer.length
  for (let line = 1; line <= total; line++) {
    if (line === headerEnd + 1 || line === bodyEnd + 1) continue
    const isTemplate = line <= headerEnd || line > bodyEnd + 1
    if (isTemplate) {
      templateLines++
      if (removed.has(line)) templateRemoved++
    } else {
      const text = page.text.split('\n')[line - 1] ?? ''
      if (text.trim() === '') continue
      bodyLines++
      if (removed.has(line)) bodyRemoved++
    }
  }
}

/**
 * CPU seconds (user and system) since a `process.cpuUsage()` reading.
 *
 * @param {NodeJS.CpuUsage} since
 * @returns {number}
 */
function cpuSeconds(since) {
  const used = process.cpuUsage(since)
  return (used.user + used.system) / 1e6
}

const round = (value, digits = 1) => Number(value.toFixed(digits))
const report = {
  corpus: {pages: pageCount, sites: siteCount, lines, megabytes: round(bytes / 1e6)},
  shape: {capacity: model.capacity, width: model.width, depth: model.depth, sitesInSketch: sketched},
  learn: {
    pagesPerCpuSecond: Math.round(pageCount / learnCpuSeconds),
    linesPerCpuSecond: Math.round(lines / learnCpuSeconds),
    megabytesPerCpuSecond: round(bytes / 1e6 / learnCpuSeconds),
    pagesPerSecondWall: Math.round(pageCount / learnSeconds),
    writeModelSeconds: round(writeSeconds, 2),
    rssMegabytes: Math.round(rss / 1e6)
  },
  model: {
    jsonMegabytes: round(json.length / 1e6, 2),
    gzipMegabytes: round(gzipSync(json).length / 1e6, 2),
    jsonMegabytesPerMillionLines: round(json.length / 1e6 / (lines / 1e6), 2),
    gzipMegabytesPerMillionLines: round(gzipSync(json).length / 1e6 / (lines / 1e6), 2)
  },
  merge: {cpuSeconds: round(mergeCpuSeconds, 2), halvesEqualWhole: mergeHolds},
  clean: {
    sample: sampleSize,
    pagesPerCpuSecondWithModel: Math.round(sampleSize / withSeconds),
    pagesPerCpuSecondWithout: Math.round(sampleSize / withoutSeconds),
    megabytesPerCpuSecondWithModel: round(sampleBytes / 1e6 / withSeconds, 2),
    slowdown: round(withSeconds / withoutSeconds, 2)
  },
  siteTemplateAlone: {
    templateLines,
    templateRecall: round(templateRemoved / Math.max(templateLines, 1), 4),
    bodyLines,
    bodyLinesRemoved: bodyRemoved,
    bodyLinesRemovedShare: round(bodyRemoved / Math.max(bodyLines, 1), 5)
  }
}
console.log(JSON.stringify(report, null, 2))
if (!mergeHolds) process.exitCode = 1
