/** The committed CLI bundle, run as a user runs it, against the fake Anthropic API. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFile, spawn } from 'node:child_process'
import { once } from 'node:events'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { defaultTemplate } from '../../src/assets/index.js'
import { normalizeDesign } from '../../src/document/normalize.js'
import { parseTemplate } from '../../src/document/template.js'
import { startFakeAnthropic, type FakeAnthropic } from '../fakes/anthropic-server.js'
import {
  asChecked,
  corpusFiles,
  corpusPresent,
  describeWithCorpus,
  handCheckedQuestions,
  readCorpusDesign,
} from '../support/corpus.js'
import { readFixture } from '../support/fixtures.js'
import { nodeRuntimes } from '../support/node-runtimes.js'

const run = promisify(execFile)
const spec = parseTemplate(defaultTemplate())
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

  it("prints package.json's version and the help, and exits 2 and 3 as documented", async () => {
    const { version } = JSON.parse(
      await readFile(new URL('../../package.json', import.meta.url), 'utf8'),
    ) as { version: string }
    const env = { PATH: process.env.PATH ?? '' }
    /** Runs the CLI; a non-zero exit is a result here, not an error. */
    const exits = (args: string[]) =>
      run(node, [cli, ...args], { cwd: tmpdir(), env }).then(
        (r) => ({ code: 0, ...r }),
        (e: { code: number; stdout: string; stderr: string }) => e,
      )

    expect(await exits(['--version'])).toMatchObject({
      code: 0,
      stdout: `tech-design ${version}\n`,
      stderr: '',
    })
    const help = await exits(['generate', '--help'])
    expect(help.code).toBe(0)
    expect(help.stdout).toMatch(/^Usage:\n {2}tech-design generate /)
    expect(help.stdout).toContain('ANTHROPIC_CUSTOM_HEADERS')

    expect(await exits(['generate', '--max-tokens', '5'])).toMatchObject({
      code: 2,
      stdout: '',
      stderr:
        'tech-design: generate has no option --max-tokens. Did you mean --max-output-tokens? See `tech-design generate --help`.\n',
    })
    const noFile = await exits(['check', 'no-such-design.md'])
    expect(noFile.code).toBe(3)
    expect(noFile.stderr).toMatch(/^tech-design: Design file not found: no-such-design\.md\./)
  })

  it('ends quietly when its reader stops early, as in `--dry-run | head -1`', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tech-design-pipe-'))
    try {
      // Long requirements, so the dry run writes more than one pipe buffer.
      await writeFile(
        join(dir, 'requirements.md'),
        `# Refunds\n\n${'A refund rule.\n'.repeat(10_000)}`,
      )
      const child = spawn(
        node,
        [cli, 'generate', '--requirements', 'requirements.md', '--dry-run'],
        {
          cwd: dir,
          env: { PATH: process.env.PATH ?? '' },
        },
      )
      let stderr = ''
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
      child.stdout.once('data', () => child.stdout.destroy())
      const [code] = (await once(child, 'close')) as [number | null]
      expect(stderr).toBe('')
      expect(code).toBe(0)
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})

if (!corpusPresent) console.log('Corpus CLI tests skipped: ../shared/corpus is absent')

describeWithCorpus('dist/cli/index.js on the real designs of the corpus', () => {
  const node = nodeRuntimes().at(-1)!.path
  let served = ''
  let corpusFake: FakeAnthropic
  beforeAll(async () => {
    corpusFake = await startFakeAnthropic({ apiKey: API_KEY, defaultResponder: () => served })
  })
  afterAll(() => corpusFake.close())

  /** Runs the CLI; a non-zero exit is a result here, not an error. */
  const cliRun = (args: string[], cwd: string, env: NodeJS.ProcessEnv) =>
    run(node, [cli, ...args], { cwd, env }).then(
      (r) => ({ code: 0, ...r }),
      (e: { code: number; stdout: string; stderr: string }) => e,
    )

  it.each(corpusFiles())(
    '%s: check --json lists the hand-checked questions; as a reply, nothing is written',
    async (file) => {
      const dir = await mkdtemp(join(tmpdir(), 'tech-design-corpus-'))
      try {
        const text = readCorpusDesign(file)
        await mkdir(join(dir, 'docs'))
        await writeFile(join(dir, 'docs/requirements.md'), '# Something\n\nTo design.\n')
        await writeFile(join(dir, 'their-design.md'), text)
        const env = {
          PATH: process.env.PATH ?? '',
          ANTHROPIC_API_KEY: API_KEY,
          ANTHROPIC_BASE_URL: corpusFake.url,
        }

        const checked = await cliRun(['check', 'their-design.md', '--json'], dir, env)
        expect(checked.code).toBe(1)
        const report = JSON.parse(checked.stdout) as {
          conforms: boolean
          openQuestions: { line: number; text: string }[]
        }
        expect(report.conforms).toBe(false)
        expect(asChecked(report.openQuestions)).toEqual(handCheckedQuestions[file])

        served = text
        const generated = await cliRun(['generate'], dir, env)
        expect(generated.code).toBe(1)
        // Served the same design again, the repair changes nothing: the repairs stop there.
        expect(generated.stderr).toMatch(
          /still broke the template \(its answer to repair round 1 changed nothing, so the repairs stopped\); nothing was written/,
        )
        await expect(readFile(join(dir, 'tech-design.md'), 'utf8')).rejects.toThrow(/ENOENT/)
        // The rejected draft is kept beside --out, and both paid calls are reported.
        expect(await readFile(join(dir, 'tech-design.rejected.md'), 'utf8')).toBe(
          normalizeDesign(text, spec).text,
        )
        expect(generated.stdout).toMatch(/^Usage: 2 model calls, /m)
      } finally {
        await rm(dir, { recursive: true, force: true })
      }
    },
  )
})
