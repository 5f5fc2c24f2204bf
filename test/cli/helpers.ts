/**
 * Helpers for the command line tests: build once, run the built CLI as a
 * real process, make temporary folders, and load the built core to compute
 * what the CLI must print.
 */
import {execFileSync, spawn} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'

/** The repository. */
export const root = fileURLToPath(new URL('../../', import.meta.url))

/** The built executable. */
export const cliPath = join(root, 'dist/cli.js')

/** The built core, as the CLI uses it. */
export type Core = typeof import('../../src/index.js')

/** What a run printed and returned. */
export interface RunResult {
  /** Exit code. */
  readonly code: number | null
  /** Standard output. */
  readonly stdout: string
  /** Standard error. */
  readonly stderr: string
}

/** Options for `runCli`. */
export interface RunOptions {
  /** Text for stdin (default: empty, closed). */
  readonly input?: string | Buffer | undefined
  /** Working directory (default: the repository). */
  readonly cwd?: string | undefined
  /** Extra environment variables. */
  readonly env?: Readonly<Record<string, string>> | undefined
}

/**
 * Build `dist/` when a source is newer than it, once across parallel test
 * files (under a file lock).
 *
 * @returns
 *   Nothing.
 */
export function ensureBuilt(): undefined {
  execFileSync('flock', ['/tmp/decruft-cli-build.lock', 'node', join(root, 'test/cli/build-if-stale.mjs')], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit']
  })
}

/**
 * Run the built CLI as a real process.
 *
 * @param args
 *   Arguments.
 * @param options
 *   Stdin, working directory, environment.
 * @returns
 *   Exit code and output.
 */
export async function runCli(args: readonly string[], options: RunOptions = {}): Promise<RunResult> {
  const env: Record<string, string | undefined> = {...process.env, ...options.env}
  // The tests decide on colour and CI themselves.
  if (!options.env?.FORCE_COLOR) delete env.FORCE_COLOR
  if (!options.env?.NO_COLOR) delete env.NO_COLOR
  const child = spawn(process.execPath, [cliPath, ...args], {cwd: options.cwd ?? root, env})
  const stdout: Buffer[] = []
  const stderr: Buffer[] = []
  child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk))
  child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk))
  child.stdin.on('error', () => undefined)
  child.stdin.end(options.input ?? '')
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
  return {code, stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8')}
}

/**
 * Make a temporary folder, removed by the returned function.
 *
 * @returns
 *   Path and cleanup.
 */
export function makeTemporaryFolder(): {readonly folder: string; readonly remove: () => void} {
  const folder = mkdtempSync(join(tmpdir(), 'decruft-cli-test-'))
  return {folder, remove: () => rmSync(folder, {recursive: true, force: true})}
}

/**
 * Import the built core (what the CLI runs), to compute expected output.
 *
 * @returns
 *   The core module.
 */
export async function loadBuiltCore(): Promise<Core> {
  return (await import(pathToFileURL(join(root, 'dist/index.js')).href)) as Core
}

/**
 * `--rule id=off` for every built-in rule: the output is then the input, which
 * pins the CLI's own behaviour whatever the rules do.
 *
 * @param core
 *   The core.
 * @returns
 *   Arguments.
 */
export function allRulesOff(core: Core): string[] {
  return core.rules.flatMap((rule) => ['--rule', rule.id + '=off'])
}

/** Seed 001 as scraped, a realistic input for the CLI. */
export const seed = readFileSync(join(root, 'test/fixtures/seeds/001_8ac7ddf6f77f5d42.input.txt'), 'utf8')

/** A user plugin: lines with `CRUFT` are promo noise. */
export const pluginSource = `export default function removeTestCruft() {
  return function (tree) {
    for (const block of tree.children) {
      if (!block.value.includes('CRUFT')) continue
      const data = (block.data ??= {})
      ;(data.evidence ??= []).push({ruleId: 'test-cruft', label: 'noise', kind: 'promo', confidence: 0.95, reason: 'Unexpected test cruft'})
    }
  }
}
`
