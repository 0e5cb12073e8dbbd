/** The committed CLI bundle, run as a user runs it, against the fake Anthropic API. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { startFakeAnthropic, type FakeAnthropic } from '../fakes/anthropic-server.js'
import { readFixture } from '../support/fixtures.js'
import { nodeRuntimes } from '../support/node-runtimes.js'

const run = promisify(execFile)
const cli = fileURLToPath(new URL('../../dist/cli/index.js', import.meta.url))
const API_KEY = 'sk-ant-test-bundle-0123456789'

let fake: FakeAnthropic
let design: string
beforeAll(async () => {
  design = await readFixture('designs/conforming.md')
  fake = await startFakeAnthropic({ apiKey: API_KEY, defaultResponder: () => design })
})
afterAll(() => fake.close())

describe.each(nodeRuntimes())('dist/cli/index.js on $label', ({ path: node }) => {
  it('generates a design that passes its own check, and never prints the key', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tech-design-bundle-'))
    try {
      await mkdir(join(dir, 'docs'))
      await writeFile(
        join(dir, 'docs/requirements.md'),
        '# Refunds\n\nCustomers request refunds.\n',
      )
      const env = {
        PATH: process.env.PATH ?? '',
        ANTHROPIC_API_KEY: API_KEY,
        ANTHROPIC_BASE_URL: fake.url,
      }
      const generated = await run(node, [cli, 'generate'], { cwd: dir, env })
      expect(generated.stdout).toContain('Wrote tech-design.md.')
      expect(generated.stdout).toContain('Open questions (3):')
      expect(generated.stdout + generated.stderr).not.toContain(API_KEY)
      expect(await readFile(join(dir, 'tech-design.md'), 'utf8')).toBe(design)

      const checked = await run(node, [cli, 'check', 'tech-design.md', '--json'], { cwd: dir, env })
      expect(JSON.parse(checked.stdout)).toMatchObject({ conforms: true, violations: [] })
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})
