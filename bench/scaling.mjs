// Scaling benchmark: how decruft's cost grows with the size of one document.
// Builds documents of 10 KB, 100 KB, 1 MB and 10 MB from the bench texts (text
// mode: the pages' visible text one after another; HTML mode: the same lines,
// each a `<p>`, in one page, so every size has the same mix of markup and
// text) and times each size in its own child process, so peak memory is that
// size's: about 4 MB of text at every size (400 documents of 10 KB cut one
// after another, or one of 10 MB), so every size reads the same mix of menus
// and prose.
//
//   npm run bench:scaling                   text and HTML, every size
//   npm run bench:scaling -- --sizes 10,1000 sizes in KB
//   npm run bench:scaling -- --format text  one mode
//   npm run bench:scaling -- --rounds 3     every size 3 times, sizes interleaved;
//                                           each size's median round
//
// Prints CPU seconds per MB of input, peak RSS and the spread of the per-MB
// cost (largest / smallest; the goal is under 1.5x). Imports `dist/index.js`:
// run `npx tsup` first.
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'
import {cpuSince, medianRun, runJsonChild} from './lib/child.mjs'
import {loadTextInput} from './lib/data.mjs'
import {printTable} from './lib/table.mjs'

const {values} = parseArgs({
  options: {
    sizes: {type: 'string', default: '10,100,1000,10000'},
    format: {type: 'string'},
    rounds: {type: 'string', default: '1'},
    child: {type: 'string'}
  }
})

/** CPU seconds of untimed warm-up before a size is timed, as in `bench:speed`. */
const warmupSeconds = 2

/** Characters to escape in HTML text. */
const specialPattern = /[<&]/g

if (values.child) await runChild(values.child)
else runAll()

/**
 * Documents of about `size` bytes each, cut one after another from the bench
 * pages read in a row (cycled as needed), each cut at a line break: they
 * read like many articles in a row. Several documents of a small size cover
 * the same stretch of text one large document does, so every size is timed
 * on the same mix of menus and prose (one 10 KB document alone is a single
 * page's menu, with twice the lines per KB of the average).
 *
 * @param {'text' | 'html'} format
 * @param {string[]} pages
 *   The bench pages in that format (`buildPages`).
 * @param {number} size
 *   Bytes per document.
 * @param {number} count
 *   Documents.
 * @returns {string[]}
 */
function buildDocuments(format, pages, size, count) {
  const documents = []
  let pending = ''
  for (let index = 0; documents.length < count; index++) {
    pending += (pending === '' ? '' : '\n') + (pages[index % pages.length] ?? '')
    while (pending.length >= size && documents.length < count) {
      const found = pending.lastIndexOf('\n', size)
      const cut = found > size / 2 ? found : size
      documents.push(pending.slice(0, cut))
      pending = pending.slice(cut + 1)
    }
  }
  return documents.map((document) =>
    format === 'text' ? document : '<!doctype html><html><head><title>Scaling</title></head><body>' + document + '</body></html>'
  )
}

/**
 * The bench pages a document is built from: their visible text, or the same
 * lines as HTML paragraphs.
 *
 * @param {'text' | 'html'} format
 * @returns {string[]}
 */
function buildPages(format) {
  const texts = [...loadTextInput('html-text').values()]
  return format === 'text' ? texts : texts.map(paragraphsOf)
}

/**
 * A text as HTML paragraphs, one per non-blank line.
 *
 * @param {string} text
 * @returns {string}
 */
function paragraphsOf(text) {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => '<p>' + line.replace(specialPattern, (character) => (character === '<' ? '&lt;' : '&amp;')) + '</p>')
    .join('\n')
}

/**
 * Clean one document in this process and print its figures as JSON.
 *
 * @param {string} job
 *   `format:bytes`.
 */
async function runChild(job) {
  const [format, sizeText] = job.split(':')
  const size = Number(sizeText)
  const pages = buildPages(format === 'html' ? 'html' : 'text')
  // About 4 MB of text at every size: many small documents, or one large one.
  const documents = buildDocuments(format === 'html' ? 'html' : 'text', pages, size, Math.max(1, Math.round(4e6 / size)))
  const {clean} = await import('../dist/index.js')
  // Warm up, untimed, as `bench:speed` does: the bench pages over and over
  // until 2 CPU seconds are spent, then the first document's first 100 KB
  // three times. A cold start (a 20 KB warm-up) made 1 MB look 2x as costly
  // per MB as 10 MB: the code was still being optimised while timed.
  const warmupStarted = process.cpuUsage()
  do {
    for (const page of pages) clean(page, {format})
  } while (cpuSince(warmupStarted) < warmupSeconds)
  for (let round = 0; round < 3; round++) clean((documents[0] ?? '').slice(0, 100_000), {format})
  const started = process.cpuUsage()
  let bytes = 0
  let kept = 0
  for (const document of documents) {
    kept += clean(document, {format}).length
    bytes += Buffer.byteLength(document)
  }
  const seconds = cpuSince(started) / documents.length
  console.log(
    JSON.stringify({
      format,
      bytes: bytes / documents.length,
      seconds,
      rss: process.resourceUsage().maxRSS * 1024,
      kept: kept / bytes
    })
  )
}

/** Run every size in its own process and print the table. */
function runAll() {
  const script = fileURLToPath(import.meta.url)
  const sizes = values.sizes.split(',').map((size) => Math.round(Number(size) * 1000))
  const formats = values.format ? [values.format] : ['text', 'html']
  const rounds = Math.max(1, Number(values.rounds) || 1)
  for (const format of formats) {
    /** @type {object[][]} */
    const runs = sizes.map(() => [])
    // Round after round of every size, so a busy spell on the shared machine
    // falls on all sizes alike.
    for (let round = 0; round < rounds; round++) {
      for (const [index, size] of sizes.entries()) runs[index]?.push(runJsonChild(script, ['--child', format + ':' + size]))
    }
    const rows = []
    const costs = []
    for (const [index, size] of sizes.entries()) {
      const result = medianRun(runs[index] ?? [], (run) => run.seconds / run.bytes)
      if (result.error) {
        rows.push([String(size / 1000) + ' KB', 'error: ' + result.error])
        continue
      }
      const megabytes = result.bytes / 1e6
      const perMegabyte = result.seconds / megabytes
      costs.push(perMegabyte)
      rows.push([
        String(size / 1000) + ' KB',
        megabytes.toFixed(3),
        result.seconds.toFixed(3),
        perMegabyte.toFixed(3),
        (result.rss / 1e6).toFixed(0),
        result.kept.toFixed(2)
      ])
    }
    if (rounds > 1) console.log('Each size: the median of ' + rounds + ' interleaved rounds (by CPU seconds per MB).')
    console.log(format + ' mode')
    printTable(['document', 'MB', 'CPU s', 'CPU s per MB', 'peak RSS MB', 'kept share'], rows)
    const spread = costs.length > 0 ? Math.max(...costs) / Math.min(...costs) : Number.NaN
    console.log('per-MB cost spread (largest / smallest): ' + spread.toFixed(2) + 'x (goal < 1.5x)\n')
  }
}
