import { describe, expect, it } from '@jest/globals'
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as prettier from 'prettier'
import { formatReport, parseBenchArgs, recordReport } from '../../bench/report.js'

// As the bench writes its tables: one line a row, the cells unpadded.
const REPORT = [
  '# Benchmarks',
  '',
  '| design | median | p95 |',
  '| --- | --- | --- |',
  '| 20 KiB | 1.2 ms | 1.9 ms |',
  '| 165 KiB | 6.2 ms | 8.04 ms |',
  '',
].join('\n')

async function tempReport(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'bench-report-'))
  const path = join(dir, 'BENCHMARKS.md')
  await writeFile(path, 'the figures recorded last time\n')
  return path
}

describe('parseBenchArgs', () => {
  it('writes only when asked to', () => {
    expect(parseBenchArgs([])).toEqual({ write: false })
    expect(parseBenchArgs(['--write'])).toEqual({ write: true })
  })

  it('takes the folder the revision requests are written to', () => {
    expect(parseBenchArgs(['--requests', '/tmp/requests', '--write'])).toEqual({
      write: true,
      requestsDir: '/tmp/requests',
    })
    expect(() => parseBenchArgs(['--requests'])).toThrow(/--requests needs a folder\. Usage/)
    expect(() => parseBenchArgs(['--requests', '--write'])).toThrow(/--requests needs a folder/)
  })

  it('stops at an argument it does not know, naming it', () => {
    expect(() => parseBenchArgs(['--wrte'])).toThrow(
      /Unknown argument --wrte\. Usage: npm run bench/,
    )
  })
})

describe('formatReport', () => {
  it('gives what the format check accepts, with the figures unchanged', async () => {
    const path = join(process.cwd(), 'BENCHMARKS.md')
    expect(await prettier.check(REPORT, { filepath: path })).toBe(false)
    const formatted = await formatReport(REPORT, path)
    const options = (await prettier.resolveConfig(path)) ?? {}
    expect(await prettier.check(formatted, { ...options, filepath: path })).toBe(true)
    expect(formatted).toMatch(/\| 165 KiB\s+\| 6\.2 ms\s+\| 8\.04 ms \|/)
  })
})

describe('recordReport', () => {
  it('leaves the file as it is without --write, and says how to record', async () => {
    const path = await tempReport()
    const said = await recordReport(REPORT, path, { write: false })
    expect(await readFile(path, 'utf8')).toBe('the figures recorded last time\n')
    expect(said).toContain('npm run bench -- --write')
  })

  it('writes the formatted report with --write', async () => {
    const path = await tempReport()
    expect(await recordReport(REPORT, path, { write: true })).toBe(`Wrote ${path}.`)
    expect(await readFile(path, 'utf8')).toBe(await formatReport(REPORT, path))
  })
})
