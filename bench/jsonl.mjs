// JSONL benchmark of the `decruft` CLI: records/s, MB/s and peak RSS with
// `--jobs 1` and `--jobs 2`, on the ScrapingHub html-text inputs repeated into
// corpora of several sizes, to show that memory stays flat as input grows.
//
//   npm run bench:jsonl                         50 MB and 200 MB
//   npm run bench:jsonl -- --sizes 20,80        other sizes (MB)
//   npm run bench:jsonl -- --jobs 1,2,4         other worker counts
//   npm run bench:jsonl -- --rules off          every rule off: the CLI's own
//                                               cost (read, split, JSON, workers,
//                                               write) plus parse and compile
//
// Wall-clock figures suffer on a busy machine; CPU seconds (user + system,
// all threads) and peak RSS do much less, so the table shows both.
// Runs the built CLI (`dist/cli.js`; the npm script builds first) as a child
// process under `/usr/bin/time -v` for its peak RSS (worker threads included),
// and measures a floor in the same run: reading the corpus and splitting lines.
import {spawn} from 'node:child_process'
import {cpSync, createReadStream, createWriteStream, existsSync, mkdtempSync, rmSync, statSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {once} from 'node:events'
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'
import {loadTextInput, loadUrls} from './lib/data.mjs'

const built = fileURLToPath(new URL('../dist/', import.meta.url))
// Run a private copy of the build (inside the repository, so packages still
// resolve): a rebuild of dist/ by a test run elsewhere cannot break a run.
const copy = fileURLToPath(new URL('../.bench-jsonl-dist-' + process.pid + '/', import.meta.url))
const cli = join(copy, 'cli.js')
const megabyte = 1024 * 1024

const {values} = parseArgs({
  options: {
    sizes: {type: 'string', default: '50,200'},
    jobs: {type: 'string', default: '1,2'},
    rules: {type: 'string', default: 'on'},
    keep: {type: 'boolean'}
  }
})
const {rules} = await import(new URL('../dist/index.js', import.meta.url).href)
const ruleArguments = values.rules === 'off' ? rules.flatMap((rule) => ['--rule', rule.id + '=off']) : []
const sizes = values.sizes.split(',').map(Number)
const jobsList = values.jobs.split(',').map(Number)

if (!existsSync(join(built, 'cli.js'))) throw new Error('No dist/cli.js: run `npx tsup` first (npm run bench:jsonl does)')
cpSync(built, copy, {recursive: true})

const folder = mkdtempSync(join(tmpdir(), 'decruft-bench-jsonl-'))
const results = []
try {
  const records = buildRecords()
  for (const size of sizes) {
    const path = join(folder, 'corpus-' + size + 'mb.jsonl')
    const count = await writeCorpus(path, records, size * megabyte)
    const bytes = statSync(path).size
    const floor = await measureFloor(path)
    results.push({size, jobs: 'floor', records: count, bytes, seconds: floor, cpu: floor, rssMb: undefined})
    for (const jobs of jobsList) {
      const run = await runCli(path, jobs)
      results.push({size, jobs, records: count, bytes, ...run})
      console.error(
        `${size} MB, --jobs ${jobs}: ${run.seconds.toFixed(1)} s wall, ${run.cpu.toFixed(1)} s CPU, ${run.rssMb.toFixed(0)} MB RSS`
      )
    }
  }
} finally {
  if (!values.keep) rmSync(folder, {recursive: true, force: true})
  rmSync(copy, {recursive: true, force: true})
}

console.log('rules: ' + values.rules)
console.log('| corpus | run | records | records/s | MB/s (wall) | CPU s | MB per CPU s | peak RSS |')
console.log('| --- | --- | --- | --- | --- | --- | --- | --- |')
for (const row of results) {
  const run = row.jobs === 'floor' ? 'floor (read + split lines)' : '`--jobs ' + row.jobs + '`'
  const megabytes = row.bytes / megabyte
  console.log(
    `| ${megabytes.toFixed(0)} MB | ${run} | ${row.records.toLocaleString('en-US')} | ` +
      `${Math.round(row.records / row.seconds).toLocaleString('en-US')} | ${(megabytes / row.seconds).toFixed(2)} | ` +
      `${row.cpu.toFixed(1)} | ${(megabytes / row.cpu).toFixed(2)} | ` +
      `${row.rssMb === undefined ? '–' : row.rssMb.toFixed(0) + ' MB'} |`
  )
}

/**
 * One JSON line per page of the html-text track.
 *
 * @returns {string[]}
 */
function buildRecords() {
  const urls = loadUrls()
  return [...loadTextInput('html-text')].map(([id, text]) => JSON.stringify({id, url: urls.get(id) ?? '', text}))
}

/**
 * Write the records again and again until the file reaches `target` bytes.
 *
 * @param {string} path
 * @param {string[]} records
 * @param {number} target
 * @returns {Promise<number>} records written
 */
async function writeCorpus(path, records, target) {
  const stream = createWriteStream(path)
  let bytes = 0
  let count = 0
  while (bytes < target) {
    for (const record of records) {
      const line = record + '\n'
      bytes += Buffer.byteLength(line)
      count++
      if (!stream.write(line)) await once(stream, 'drain')
      if (bytes >= target) break
    }
  }
  stream.end()
  await once(stream, 'finish')
  return count
}

/**
 * The floor: stream the file and split it into lines, in this process.
 *
 * @param {string} path
 * @returns {Promise<number>} seconds
 */
async function measureFloor(path) {
  const start = performance.now()
  let lines = 0
  let rest = ''
  for await (const chunk of createReadStream(path, {encoding: 'utf8', highWaterMark: megabyte})) {
    const parts = (rest + chunk).split('\n')
    rest = parts.pop() ?? ''
    lines += parts.length
  }
  if (lines === 0) throw new Error('empty corpus')
  return (performance.now() - start) / 1000
}

/**
 * Run the CLI on a corpus, output to /dev/null, under `/usr/bin/time -v`.
 *
 * @param {string} path
 * @param {number} jobs
 * @returns {Promise<{seconds: number, cpu: number, rssMb: number}>}
 */
async function runCli(path, jobs) {
  const start = performance.now()
  const args = [cli, '--jsonl', '--quiet', '--jobs', String(jobs), ...ruleArguments, path]
  const child = spawn('/usr/bin/time', ['-v', process.execPath, ...args], {
    stdio: ['ignore', 'ignore', 'pipe']
  })
  let stderr = ''
  child.stderr.setEncoding('utf8')
  child.stderr.on('data', (text) => (stderr += text))
  const [code] = await once(child, 'close')
  const seconds = (performance.now() - start) / 1000
  if (code !== 0) throw new Error('decruft exited with ' + code + ':\n' + stderr)
  const match = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)
  const user = /User time \(seconds\): ([\d.]+)/.exec(stderr)
  const system = /System time \(seconds\): ([\d.]+)/.exec(stderr)
  if (!match || !user || !system) throw new Error('no RSS or CPU time in /usr/bin/time output:\n' + stderr)
  return {seconds, cpu: Number(user[1]) + Number(system[1]), rssMb: Number(match[1]) / 1024}
}
