/**
 * What `npm run bench` does with its figures: it always prints them, and records them in
 * BENCHMARKS.md only when asked (`npm run bench -- --write`), formatted as the repository's
 * format check expects, so a run never leaves the tree dirty or failing CI by itself.
 */
import { writeFile } from 'node:fs/promises'
import * as prettier from 'prettier'

export interface BenchArgs {
  write: boolean
}

export const BENCH_USAGE =
  'Usage: npm run bench [-- --write]   (--write records the figures in BENCHMARKS.md)'

/** The bench's own arguments; anything else is a mistake worth stopping for. */
export function parseBenchArgs(argv: readonly string[]): BenchArgs {
  const unknown = argv.filter((arg) => arg !== '--write')
  if (unknown.length > 0) throw new Error(`Unknown argument ${unknown.join(' ')}. ${BENCH_USAGE}`)
  return { write: argv.includes('--write') }
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
