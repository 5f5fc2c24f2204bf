// Regenerate the generated docs: `npm run docs`.
// - docs/rules.md: the rule catalogue, from the rule records in src/ (bundled
//   with esbuild, so no build is needed first).
// - docs/cli.md: the `decruft --help` block, from src/cli/help.ts.
// - docs/api.md: the API reference, from src/index.ts with typedoc and
//   typedoc-plugin-markdown, as one page.
// `node scripts/docs.mjs rules` (or `cli`, `api`) writes only those.
import {execFileSync} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {build} from 'esbuild'

const root = fileURLToPath(new URL('../', import.meta.url))
const wanted = process.argv.slice(2)
const scratch = mkdtempSync(path.join(os.tmpdir(), 'decruft-docs-'))

try {
  if (wanted.length === 0 || wanted.includes('rules')) await writeRules()
  if (wanted.length === 0 || wanted.includes('cli')) await writeCliHelp()
  if (wanted.length === 0 || wanted.includes('api')) writeApi()
} finally {
  rmSync(scratch, {recursive: true, force: true})
}

/**
 * Bundle TypeScript modules of this repository for Node and import them.
 *
 * @param {string} name
 *   File name of the bundle in the scratch folder.
 * @param {string} contents
 *   An entry module: the re-exports to load.
 * @returns {Promise<Record<string, any>>}
 */
async function importTypeScript(name, contents) {
  const bundle = path.join(scratch, name)
  await build({
    absWorkingDir: root,
    stdin: {contents, resolveDir: root, loader: 'ts'},
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: bundle,
    logLevel: 'warning'
  })
  return import(pathToFileURL(bundle).href)
}

async function writeRules() {
  const {rules, renderRuleCatalogue} = await importTypeScript(
    'catalogue.mjs',
    "export {rules} from './src/index.ts'\nexport {renderRuleCatalogue} from './scripts/rule-catalogue.ts'\n"
  )
  writeFileSync(path.join(root, 'docs/rules.md'), renderRuleCatalogue(rules))
  console.log('wrote docs/rules.md (' + rules.length + ' rules)')
}

async function writeCliHelp() {
  const {helpText, replaceHelpBlock} = await importTypeScript(
    'help.mjs',
    "export {helpText} from './src/cli/help.ts'\nexport {replaceHelpBlock} from './scripts/cli-help.ts'\n"
  )
  const file = path.join(root, 'docs/cli.md')
  writeFileSync(file, replaceHelpBlock(readFileSync(file, 'utf8'), helpText))
  console.log('wrote the help block of docs/cli.md')
}

function writeApi() {
  const out = path.join(scratch, 'api')
  execFileSync(
    process.execPath,
    [
      path.join(root, 'node_modules/typedoc/bin/typedoc'),
      '--options', path.join(root, 'scripts/typedoc.json'),
      '--out', out
    ],
    {cwd: root, stdio: 'inherit'}
  )
  const page = readFileSync(path.join(out, 'api.md'), 'utf8')
  writeFileSync(path.join(root, 'docs/api.md'), page)
  console.log('wrote docs/api.md')
}
