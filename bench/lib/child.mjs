/**
 * Run a bench script's measuring child processes, pick among their runs, and
 * read a child's own CPU time.
 */
import {spawnSync} from 'node:child_process'

/**
 * Run a script in a child process of its own and read the JSON it prints
 * last.
 *
 * @param {string} script
 *   The script.
 * @param {string[]} args
 *   Its arguments.
 * @returns {object}
 *   The figures it printed, or `{error}` with the first line of its stderr.
 */
export function runJsonChild(script, args) {
  const child = spawnSync(process.execPath, [script, ...args], {encoding: 'utf8', maxBuffer: 1 << 26})
  const line = child.stdout.trim().split('\n').at(-1) ?? ''
  try {
    return JSON.parse(line)
  } catch {
    return {error: (child.stderr || 'no output').trim().split('\n')[0]}
  }
}

/**
 * The run at the median of several rounds of one measurement, or the first
 * failed one.
 *
 * @param {object[]} runs
 *   Rounds, in any order.
 * @param {(run: object) => number} rate
 *   What orders them.
 * @returns {object}
 */
export function medianRun(runs, rate) {
  const failed = runs.find((run) => run.error)
  if (failed) return failed
  const sorted = [...runs].sort((a, b) => rate(a) - rate(b))
  return sorted[Math.floor((sorted.length - 1) / 2)]
}

/**
 * CPU seconds of this process (user and system, all threads) since a
 * `process.cpuUsage()` reading.
 *
 * @param {NodeJS.CpuUsage} started
 * @returns {number}
 */
export function cpuSince(started) {
  const cpu = process.cpuUsage(started)
  return (cpu.user + cpu.system) / 1e6
}
