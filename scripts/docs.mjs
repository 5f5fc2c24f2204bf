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

async function writeRules() {
  const bundle = path.join(scratch, 'catalogue.mjs')
  await build({
    absWorkingDir: root,
    stdin: {
      contents:
        "export {rules} from './src/index.ts'\nexport {renderRuleCatalogue} from './scripts/rule-catalogue.ts'\n",
      resolveDir: root,
      loader: 'ts'
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: bundle,
    logLevel: 'warning'
  })
  const {rules, renderRuleCatalogue} = await import(pathToFileURL(bundle).href)
  writeFileSync(path.join(root, 'docs/rules.md'), renderRuleCatalogue(rules))
  console.log('wrote docs/rules.md (' + rules.length + ' rules)')
}

async function writeCliHelp() {
  const bundle = path.join(scratch, 'help.mjs')
  await build({
    absWorkingDir: root,
    stdin: {
      contents:
        "export {helpText} from './src/cli/help.ts'\nexport {replaceHelpBlock} from './scripts/cli-help.ts'\n",
      resolveDir: root,
      loader: 'ts'
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: bundle,
    logLevel: 'warning'
  })
  const {helpText, replaceHelpBlock} = await import(pathToFileURL(bundle).href)
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
