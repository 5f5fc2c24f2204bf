/**
 * From checked settings to the engine's config: resolve paths against the
 * working directory and decide on colour.
 */
import {existsSync} from 'node:fs'
import {createRequire} from 'node:module'
import {isAbsolute, join, resolve} from 'node:path'
import {pathToFileURL} from 'node:url'
import type {CliSettings} from './args.js'
import type {EngineConfig} from './engine.js'
import {UsageError, type CliIo} from './io.js'

/**
 * Build the engine config.
 *
 * @param settings
 *   Settings.
 * @param io
 *   Streams and environment.
 * @returns
 *   Config for `createEngine` (main thread and workers alike).
 */
export function createEngineConfig(settings: CliSettings, io: CliIo): EngineConfig {
  return {
    preset: settings.preset,
    threshold: settings.threshold,
    rules: settings.rules,
    use: settings.use.map((specifier) => resolvePlugin(specifier, io.cwd)),
    model: settings.model === undefined ? undefined : resolve(io.cwd, settings.model),
    site: settings.site,
    siteField: settings.siteField,
    field: settings.field,
    format: settings.format,
    mode: settings.mode,
    color: useColor(settings.color, io)
  }
}

/**
 * Whether `--explain` output is coloured: the flags, then `NO_COLOR` and
 * `FORCE_COLOR`, then whether stdout is a terminal.
 *
 * @param flag
 *   `--color` / `--no-color`.
 * @param io
 *   Streams and environment.
 * @returns
 *   Whether to colour.
 */
function useColor(flag: boolean | undefined, io: CliIo): boolean {
  if (flag !== undefined) return flag
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false
  if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '') return io.env.FORCE_COLOR !== '0'
  return io.stdout.isTTY === true && io.env.TERM !== 'dumb'
}

/**
 * Resolve a `--use` value: a path (relative to the working directory) when it
 * looks like one or names an existing file, else a package installed where the
 * command runs.
 *
 * @param specifier
 *   `./my-plugin.js`, `/abs/plugin.mjs`, `decruft-plugin-x`.
 * @param cwd
 *   Working directory.
 * @returns
 *   A specifier `import()` takes.
 */
function resolvePlugin(specifier: string, cwd: string): string {
  const path = resolve(cwd, specifier)
  const looksLikePath = specifier.startsWith('.') || isAbsolute(specifier)
  if (looksLikePath || existsSync(path)) {
    if (!existsSync(path)) throw new UsageError('cannot find plugin ' + specifier)
    return pathToFileURL(path).href
  }
  try {
    return pathToFileURL(createRequire(join(cwd, 'package.json')).resolve(specifier)).href
  } catch {
    // ESM-only packages without a `require` condition: let `import()` resolve it.
    return specifier
  }
}
