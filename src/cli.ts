#!/usr/bin/env node
/**
 * The `decruft` executable: hand the process's streams to the command line.
 */
import {cleanUpOnInterrupt} from './cli/interrupt.js'
import {main} from './cli/main.js'

// Ctrl-C during `--in-place` or `--output`: no temporary file is left behind.
cleanUpOnInterrupt()

// `decruft … | head` closes stdout early: stop quietly instead of throwing EPIPE.
process.stdout.on('error', function (error: NodeJS.ErrnoException) {
  if (error.code === 'EPIPE') process.exit(0)
  throw error
})

process.exitCode = await main(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  env: process.env
})
