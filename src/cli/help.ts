/**
 * `decruft --help` and `decruft --version`: text only, no core import, so they
 * answer fast.
 */
import {readFileSync} from 'node:fs'

/** The help text. */
export const helpText = `Usage: decruft [options] [files, globs or directories...]

Strip scraping cruft (share widgets, trackers, captions, bylines, related
links, broken markup) from web text and HTML. With no file, or with -, reads
stdin. Clean text goes to stdout, or to files with --output or --in-place.

Input and output
  -o, --output DIR        write each result to DIR under the input's name
  -i, --in-place          write each result back to its input (atomic rename)
  -f, --format FORMAT     text, html or auto (default: auto, per input)
      --html, --text      shorthands for --format html / --format text
  -e, --encoding NAME     how input files are encoded, e.g. windows-1252
                          (default: a byte-order mark's, else UTF-8, else the
                          charset an HTML page declares; else the input fails)
      --jsonl             inputs are JSON Lines: clean one field per record,
                          keep every other field and the record order
      --field NAME        the field to clean with --jsonl (default: text)
      --errors FILE       with --jsonl, write failed lines there as JSON Lines

Cleaning
  -p, --preset NAME       precision, balanced or recall (default: balanced)
      --threshold N       confidence needed to remove a line, 0 to 1
  -r, --rule ID=VALUE     turn a rule off or on, or set its confidence:
                          --rule share-widget=off, --rule share-widget=0.7
  -u, --use MODULE        add a unified plugin (path or package name); repeatable
      --model FILE        a corpus model from 'decruft learn'
      --site NAME         the site every input comes from (with --model)
      --site-field NAME   with --jsonl, the field naming each record's site

Reports
      --json              print the detailed result (text, report, stats) as
                          JSON, one line per input or record
      --explain           print removed and repaired lines with rule and reason
                          (to stdout; the text still goes to --output/--in-place)
  -q, --quiet             no progress and no summary
  -S, --silent            not even per-input failures (the exit code remains)
      --color, --no-color force colours on or off (default: on a terminal)

Running
  -j, --jobs N            worker threads, or auto (default: 1); output order is kept
  -h, --help              show this help
  -v, --version           show the version

Commands
  decruft learn ...       learn a corpus model (see decruft learn --help)

Exit codes: 0 success, 1 some input failed (the rest was written), 2 usage error.

Examples
  decruft page.txt                        clean one file to stdout
  curl -s https://example.com | decruft --html > page.txt
  decruft 'scrapes/**/*.txt' -o clean/    clean many files into clean/
  decruft --in-place --rule share-widget=off notes/*.txt
  decruft --explain page.txt              show what would go, and why
  decruft --jsonl --field body --errors bad.jsonl --jobs auto corpus.jsonl > clean.jsonl
  zcat corpus.jsonl.gz | decruft --jsonl --preset precision | gzip > clean.jsonl.gz
`

/**
 * The package version, read from the `package.json` above this module (in
 * `dist/` after the build, so one level up).
 *
 * @returns
 *   The version, or `unknown` when no `package.json` is found.
 */
export function readVersion(): string {
  let folder = new URL('./', import.meta.url)
  for (let depth = 0; depth < 4; depth++) {
    folder = new URL('../', folder)
    try {
      const manifest = JSON.parse(readFileSync(new URL('package.json', folder), 'utf8')) as {
        name?: unknown
        version?: unknown
      }
      if (manifest.name === 'decruft' && typeof manifest.version === 'string') return manifest.version
    } catch {
      // No readable manifest at this level: look one higher.
    }
  }
  return 'unknown'
}
