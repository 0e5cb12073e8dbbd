/**
 * What `npm run bench` does with its figures: it always prints them, and records them in
 * BENCHMARKS.md only when asked (`npm run bench -- --write`), formatted as the repository's
 * format check expects, so a run never leaves the tree dirty or failing CI by itself.
 */
import { writeFile } from 'node:fs/promises'
import * as prettier from 'prettier'

export interface BenchArgs {
  write: boolean
  /** Where to write the revision requests the recorded replies answer; undefined: nowhere. */
  requestsDir?: string
}

export const BENCH_USAGE =
  'Usage: npm run bench [-- --write] [-- --requests DIR]   (--write records the figures in BENCHMARKS.md; --requests writes the revision requests to DIR, to record replies to)'

/** The bench's own arguments; anything else is a mistake worth stopping for. */
export function parseBenchArgs(argv: readonly string[]): BenchArgs {
  const args: BenchArgs = { write: false }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (arg === '--write') args.write = true
    else if (arg === '--requests' && argv[i + 1] && !argv[i + 1]?.startsWith('--')) {
      args.requestsDir = argv[++i]
    } else {
      const problem = arg === '--requests' ? '--requests needs a folder' : `Unknown argument ${arg}`
      throw new Error(`${problem}. ${BENCH_USAGE}`)
    }
  }
  return args
}

/** The report as prettier formats it, with the repository's own settings for that file. */
export async function formatReport(markdown: string, path: string): Promise<string> {
  const options = (await prettier.resolveConfig(path)) ?? {}
  return prettier.format(markdown, { ...options, filepath: path })
}

/** Writes the report when asked to; returns the line that says what happened. */
export async function recordReport(
  markdown: string,
  path: string,
  args: BenchArgs,
): Promise<string> {
  if (!args.write)
    return 'BENCHMARKS.md left as it is: run `npm run bench -- --write` to record these figures.'
  await writeFile(path, await formatReport(markdown, path))
  return `Wrote ${path}.`
}
