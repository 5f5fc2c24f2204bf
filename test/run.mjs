// Run the whole suite and end with a plain `N passed, N failed` line, which CI
// reads (vitest's own summary is not one of the formats it knows).
import {spawnSync} from 'node:child_process'
import {readFileSync, rmSync} from 'node:fs'

const report = '.vitest.json'
rmSync(report, {force: true})
const run = spawnSync(
  'npx',
  ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=' + report, ...process.argv.slice(2)],
  {stdio: 'inherit'}
)

let summary
try {
  summary = JSON.parse(readFileSync(report, 'utf8'))
} catch {
  console.log('0 passed, 1 failed')
  console.error('vitest wrote no report (exit ' + run.status + ')')
  process.exit(1)
}

const failed = summary.numFailedTests + (summary.numFailedTestSuites ?? 0)
console.log(`${summary.numPassedTests} passed, ${failed} failed, ${summary.numPendingTests} skipped`)
process.exit(run.status === 0 && failed === 0 ? 0 : 1)
