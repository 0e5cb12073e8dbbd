// Builds the two bundles, the action (dist/) and the command line (dist/cli/), side by side:
// each is a separate ncc run, and together they take twice as long one after the other.
import { spawn } from 'node:child_process'
import { rmSync } from 'node:fs'

rmSync('dist', { recursive: true, force: true })

const build = (entry, out) =>
  new Promise((resolve) => {
    const child = spawn(
      'npx',
      ['ncc', 'build', entry, '-o', out, '--license', 'licenses.txt', '-q'],
      {
        stdio: 'inherit',
      },
    )
    child.on('close', (code) => resolve(code ?? 1))
  })

const codes = await Promise.all([
  build('src/index.ts', 'dist'),
  build('src/cli/index.ts', 'dist/cli'),
])
process.exitCode = codes.every((code) => code === 0) ? 0 : 1
