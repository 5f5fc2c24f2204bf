// Scaling benchmark: how decruft's cost grows with the size of one document.
// Builds documents of 10 KB, 100 KB, 1 MB and 10 MB from the bench texts (text
// mode: the pages' visible text one after another; HTML mode: the same lines,
// each a `<p>`, in one page, so every size has the same mix of markup and
// text) and cleans each in its own child process, so peak memory is that
// document's.
//
//   npm run bench:scaling                   text and HTML, every size
//   npm run bench:scaling -- --sizes 10,1000 sizes in KB
//   npm run bench:scaling -- --format text  one mode
//
// Prints CPU seconds per MB of input, peak RSS and the spread of the per-MB
// cost (largest / smallest; the goal is under 1.5x). Imports `dist/index.js`:
// run `npx tsup` first.
import {spawnSync} from 'node:child_process'
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'
import {loadTextInput} from './lib/data.mjs'
import {printTable} from './lib/table.mjs'

const {values} = parseArgs({
  options: {
    sizes: {type: 'string', default: '10,100,1000,10000'},
    format: {type: 'string'},
    child: {type: 'string'}
  }
})

/** Characters to escape in HTML text. */
const specialPattern = /[<&]/g

if (values.child) await runChild(values.child)
else runAll()

/**
 * Build a document of about `size` bytes from the bench pages.
 *
 * @param {'text' | 'html'} format
 * @param {number} size
 *   Bytes.
 * @returns {string}
 */
function buildDocument(format, size) {
  const pieces = []
  let length = 0
  const pages = buildPages(format)
  // Cycle through the pages until the document is big enough, then cut it at
  // a line break: the document reads like many articles in a row.
  for (let index = 0; length < size; index++) {
    const page = pages[index % pages.length] ?? ''
    pieces.push(page)
    length += page.length + 1
  }
  let document = pieces.join('\n')
  const cut = document.lastIndexOf('\n', size)
  document = document.slice(0, cut > size / 2 ? cut : size)
  return format === 'text' ? document : '<!doctype html><html><head><title>Scaling</title></head><body>' + document + '</body></html>'
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
  const document = buildDocument(format === 'html' ? 'html' : 'text', size)
  const {clean} = await import('../dist/index.js')
  // Warm up, untimed: every bench page once, then the document's first
  // 100 KB three times. A cold start (a 20 KB warm-up) made 1 MB look 2x as
  // costly per MB as 10 MB: the code was still being optimised while timed.
  for (const page of buildPages(format)) clean(page, {format})
  for (let round = 0; round < 3; round++) clean(document.slice(0, 100_000), {format})
  // Small documents are cleaned several times, so every size is timed over
  // about the same amount of work.
  const rounds = Math.max(1, Math.round(4e6 / document.length))
  const started = process.cpuUsage()
  let output = ''
  for (let round = 0; round < rounds; round++) output = clean(document, {format})
  const cpu = process.cpuUsage(started)
  const seconds = (cpu.user + cpu.system) / 1e6 / rounds
  console.log(
    JSON.stringify({
      format,
      bytes: Buffer.byteLength(document),
      seconds,
      rss: process.resourceUsage().maxRSS * 1024,
      kept: output.length / document.length
    })
  )
}

/** Run every size in its own process and print the table. */
function runAll() {
  const script = fileURLToPath(import.meta.url)
  const sizes = values.sizes.split(',').map((size) => Math.round(Number(size) * 1000))
  const formats = values.format ? [values.format] : ['text', 'html']
  for (const format of formats) {
    const rows = []
    const costs = []
    for (const size of sizes) {
      const child = spawnSync(process.execPath, [script, '--child', format + ':' + size], {
        encoding: 'utf8',
        maxBuffer: 1 << 26
      })
      const line = child.stdout.trim().split('\n').at(-1) ?? ''
      let result
      try {
        result = JSON.parse(line)
      } catch {
        rows.push([String(size / 1000) + ' KB', 'error: ' + (child.stderr || 'no output').trim().split('\n')[0]])
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
    console.log(format + ' mode')
    printTable(['document', 'MB', 'CPU s', 'CPU s per MB', 'peak RSS MB', 'kept share'], rows)
    const spread = costs.length > 0 ? Math.max(...costs) / Math.min(...costs) : Number.NaN
    console.log('per-MB cost spread (largest / smallest): ' + spread.toFixed(2) + 'x (goal < 1.5x)\n')
  }
}
