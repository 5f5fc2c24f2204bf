/**
 * Bundle the core (`src/index.ts`) with esbuild for the browser, the way a
 * user's bundler would, for tests that run it outside vitest: in a fresh Node
 * process or in headless Chromium.
 */
import {createHash} from 'node:crypto'
import {mkdirSync, writeFileSync} from 'node:fs'
import {builtinModules} from 'node:module'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {build, type Plugin} from 'esbuild'

/** A bundle and what it tried to import from Node. */
export interface CoreBundle {
  /** Path of the bundle file. */
  readonly file: string
  /** Its code. */
  readonly code: string
  /** `importer -> specifier` for every Node built-in the core imports. */
  readonly nodeImports: readonly string[]
}

const root = fileURLToPath(new URL('../../', import.meta.url))

/** Names of Node built-ins, with and without `node:`. */
const builtins = new Set([...builtinModules, ...builtinModules.map((name) => 'node:' + name)])

/**
 * Bundle `src/index.ts` for the browser platform into a temporary folder.
 *
 * @param format
 *   `esm` (exports) or `iife` (sets `globalThis.decruft`).
 * @param entry
 *   Entry module (default: `src/index.ts`).
 * @returns
 *   The bundle; Node built-ins are left external and listed, not bundled.
 */
export async function bundleCore(format: 'esm' | 'iife', entry = 'src/index.ts'): Promise<CoreBundle> {
  const nodeImports: string[] = []
  const recordNodeImports: Plugin = {
    name: 'record-node-imports',
    setup(builder) {
      builder.onResolve({filter: /^[\w:/-]{1,100}$/}, (args) => {
        if (!builtins.has(args.path)) return undefined
        nodeImports.push(path.relative(root, args.importer).split(path.sep).join('/') + ' -> ' + args.path)
        return {path: args.path, external: true}
      })
    }
  }
  const result = await build({
    absWorkingDir: root,
    entryPoints: [entry],
    bundle: true,
    write: false,
    platform: 'browser',
    format,
    ...(format === 'iife' ? {globalName: 'decruft'} : {}),
    target: 'es2022',
    logLevel: 'silent',
    plugins: [recordNodeImports]
  })
  const code = result.outputFiles[0]?.text ?? ''
  // One folder per bundle content: runs reuse it instead of leaving a new one.
  const digest = createHash('sha256').update(format + '\0' + code).digest('hex').slice(0, 16)
  const folder = path.join(os.tmpdir(), 'decruft-bundle-' + digest)
  mkdirSync(folder, {recursive: true})
  const file = path.join(folder, format === 'esm' ? 'decruft.mjs' : 'decruft.js')
  writeFileSync(file, code)
  return {file, code, nodeImports: [...new Set(nodeImports)].sort()}
}
