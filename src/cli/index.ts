#!/usr/bin/env node
import { runCli } from './main.js'

// A reader that stops early (`… --dry-run | head`) closes the pipe: the rest of the output is
// unwanted, not an error, so the command ends quietly, as Unix tools do.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error
  process.exit()
})

process.exitCode = await runCli(process.argv.slice(2), {
  env: process.env,
  cwd: process.cwd(),
  stdout: process.stdout,
  stderr: process.stderr,
})
