import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runCli } from '../../src/cli/main.js'
import { startFakeAnthropic, type FakeAnthropic } from '../fakes/anthropic-server.js'
import { readFixture } from '../support/fixtures.js'

const API_KEY = 'sk-ant-test-cli-0123456789'
const REQUIREMENTS =
  '# Refunds\n\nCustomers can request a refund within 30 days. Support staff approve refunds.\n'

let fake: FakeAnthropic
let dir: string
let design: string

beforeAll(async () => {
  fake = await startFakeAnthropic()
  design = await readFixture('designs/conforming.md')
})
afterAll(() => fake.close())

beforeEach(async () => {
  fake.requests.length = 0
  fake.setDefault(() => design)
  dir = await mkdtemp(join(tmpdir(), 'tech-design-cli-'))
  await mkdir(join(dir, 'docs'))
  await writeFile(join(dir, 'docs/requirements.md'), REQUIREMENTS)
})
afterEach(() => rm(dir, { recursive: true, force: true }))

async function cli(args: string[], env: Record<string, string> = {}) {
  let stdout = ''
  let stderr = ''
  const code = await runCli(args, {
    env: { ANTHROPIC_API_KEY: API_KEY, ANTHROPIC_BASE_URL: fake.url, ...env },
    cwd: dir,
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
  })
  return { code, stdout, stderr }
}

const outFile = () => readFile(join(dir, 'tech-design.md'), 'utf8')
const outExists = () =>
  outFile().then(
    () => true,
    () => false,
  )

describe('tech-design generate', () => {
  it('writes a design that follows the template and reports questions, usage and cost', async () => {
    const { code, stdout, stderr } = await cli(['generate'])
    expect(code).toBe(0)
    expect(await outFile()).toBe(design)
    expect(stdout).toContain('Wrote tech-design.md.')
    expect(stdout).toMatch(/Open questions \(3\):\n {2}1\. .+\(line \d+\)/)
    expect(stdout).toMatch(
      /Usage: 1 model call, [\d,]+ input tokens .* output tokens; about \$\d+\.\d+/,
    )
    expect(stderr).toContain('designing from docs/requirements.md with claude-sonnet-5-5')

    expect(fake.requests).toHaveLength(1)
    const body = fake.requests[0]!.body
    expect(body.model).toBe('claude-sonnet-5-5')
    expect(body.tools).toBeUndefined()
    const systemText = body.system.map((b: { text: string }) => b.text).join('\n')
    expect(systemText).toContain('## 12. Open Questions')
    expect(systemText).toContain('Senior Technical Architect')
    expect(body.system.at(-1).cache_control).toEqual({ type: 'ephemeral' })
    expect(body.messages).toHaveLength(1)
    expect(body.messages[0].content).toContain(
      `<requirements source="docs/requirements.md">\n${REQUIREMENTS.trim()}\n</requirements>`,
    )
  })

  it('strips chatter and a code fence around the document before writing', async () => {
    fake.setDefault(
      () =>
        `Here is the design you asked for:\n\n\`\`\`markdown\n${design}\`\`\`\n\nLet me know if you need changes.`,
    )
    const { code } = await cli(['generate', '--out', 'out/design.md'])
    expect(code).toBe(0)
    expect(await readFile(join(dir, 'out/design.md'), 'utf8')).toBe(design)
  })

  it('asks the model to repair a broken document and writes the repaired one', async () => {
    const broken = design.replace(/^## 7\. Testing Strategy$/m, '## 7. Tests')
    fake.enqueue({ text: broken }, { text: design })
    const { code, stderr } = await cli(['generate'])
    expect(code).toBe(0)
    expect(await outFile()).toBe(design)
    expect(stderr).toMatch(/asking the model to repair it \(round 1 of 2\)/)
    expect(fake.requests).toHaveLength(2)
    const repair = fake.requests[1]!.body.messages
    expect(repair.map((m: { role: string }) => m.role)).toEqual(['user', 'assistant', 'user'])
    expect(repair[1].content).toBe(broken)
    expect(repair[2].content).toMatch(/- line \d+: .*Testing Strategy/)
  })

  it('writes nothing when the design still breaks the template after two repairs', async () => {
    const broken = design.replace(/^## 11\. Risk Assessment\n/m, '')
    fake.setDefault(() => broken)
    const { code, stderr } = await cli(['generate'])
    expect(code).toBe(1)
    expect(fake.requests).toHaveLength(3)
    expect(stderr).toMatch(/still broke the template after 2 repair rounds; nothing was written/)
    expect(stderr).toMatch(/line \d+: .*Risk Assessment/)
    expect(await outExists()).toBe(false)
  })

  it('reports a design cut off at the output limit and writes nothing', async () => {
    fake.enqueue({ text: design.slice(0, 500), stopReason: 'max_tokens' })
    const { code, stderr } = await cli(['generate', '--max-output-tokens', '100'])
    expect(code).toBe(1)
    expect(stderr).toMatch(/max-output-tokens/)
    expect(await outExists()).toBe(false)
  })

  it.each([
    ['missing', null, /Requirements file not found: docs\/requirements\.md/],
    ['empty', '', /docs\/requirements\.md is empty/],
    ['binary', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]), /looks like a binary file/],
    ['invalid UTF-8', Buffer.from([0x41, 0xff, 0xfe, 0x42]), /is not valid UTF-8/],
    [
      'too large',
      'word '.repeat(400_000),
      /too large: about 500,000 tokens, over the limit of 100,000/,
    ],
  ])(
    'refuses %s requirements with a clear message and no API call',
    async (_name, content, message) => {
      if (content === null) await rm(join(dir, 'docs/requirements.md'))
      else await writeFile(join(dir, 'docs/requirements.md'), content)
      const { code, stderr } = await cli(['generate'])
      expect(code).toBe(1)
      expect(stderr).toMatch(message)
      expect(fake.requests).toHaveLength(0)
      expect(await outExists()).toBe(false)
    },
  )

  it('needs an API key, and says where to get one', async () => {
    const { code, stderr } = await cli(['generate'], {
      ANTHROPIC_API_KEY: '',
      ANTHROPIC_BASE_URL: '',
    })
    expect(code).toBe(2)
    expect(stderr).toMatch(/ANTHROPIC_API_KEY is not set/)
    expect(fake.requests).toHaveLength(0)
  })

  it('goes through a gateway without a key, sending its headers and no Authorization', async () => {
    const { code, stderr } = await cli(['generate'], {
      ANTHROPIC_API_KEY: '',
      ANTHROPIC_CUSTOM_HEADERS: 'X-Gateway-Key: gw-secret-123\nX-Team: design',
    })
    expect(code).toBe(0)
    expect(fake.requests).toHaveLength(1)
    const headers = fake.requests[0]?.headers ?? {}
    expect(headers['x-gateway-key']).toBe('gw-secret-123')
    expect(headers['x-team']).toBe('design')
    expect(headers.authorization).toBeUndefined()
    expect(headers['x-api-key']).toBeUndefined()
    expect(stderr).not.toContain('gw-secret-123')
  })

  it('refuses an ANTHROPIC_BASE_URL holding credentials, naming it and not them', async () => {
    const { code, stderr } = await cli(['generate'], {
      ANTHROPIC_BASE_URL: fake.url.replace('://', '://gw-user:gw-pass-98765@'),
    })
    expect(code).toBe(1)
    expect(stderr).toContain('ANTHROPIC_BASE_URL holds credentials')
    expect(stderr).not.toContain('gw-pass-98765')
    expect(stderr).not.toContain('gw-user')
    expect(fake.requests).toHaveLength(0)
  })

  it('refuses a malformed ANTHROPIC_CUSTOM_HEADERS and an unknown provider before any request', async () => {
    const headers = await cli(['generate'], { ANTHROPIC_CUSTOM_HEADERS: 'not a header' })
    expect(headers.code).toBe(2)
    expect(headers.stderr).toContain('ANTHROPIC_CUSTOM_HEADERS: line 1 is not "Name: value".')
    const provider = await cli(['generate', '--provider', 'azure'])
    expect(provider.code).toBe(2)
    expect(provider.stderr).toContain('--provider must be one of anthropic, bedrock, vertex.')
    expect(fake.requests).toHaveLength(0)
  })

  it('prints the exact request and its estimate on --dry-run, sending nothing', async () => {
    const { code, stdout } = await cli(['generate', '--dry-run'], { ANTHROPIC_API_KEY: '' })
    expect(code).toBe(0)
    expect(stdout).toContain('=== system, block 1 of 2 ===\nYou are a Senior Technical Architect')
    expect(stdout).toContain('<template>\n# Technical Design: [Title]')
    expect(stdout).toContain(`=== user ===\nWrite the technical design`)
    expect(stdout).toMatch(
      /about [\d,]+ input tokens; model claude-sonnet-5-5, max 16,000 output tokens\. No request was sent\./,
    )
    expect(fake.requests).toHaveLength(0)
    expect(await outExists()).toBe(false)
  })

  it('follows a custom template and instructions', async () => {
    const template = '# Design: [Title]\n\n## Summary\n[What]\n\n## Open Questions\n[Questions]\n'
    await writeFile(join(dir, 'template.md'), template)
    await writeFile(join(dir, 'instructions.md'), 'You are a Go architect.')
    fake.setDefault(
      () =>
        '# Design: Refunds\n\n## Summary\nRefunds by support staff.\n\n## Open Questions\n1. **Partial refunds?**\n',
    )
    const { code, stdout } = await cli([
      'generate',
      '--template',
      'template.md',
      '--instructions',
      'instructions.md',
    ])
    expect(code).toBe(0)
    expect(stdout).toContain('Open questions (1):\n  1. Partial refunds?')
    expect(fake.requests[0]!.body.system[0].text).toBe('You are a Go architect.')
  })

  it.each([
    [
      ['generate', '--max-output-tokens=-5'],
      /--max-output-tokens must be a positive whole number, got "-5"/,
    ],
    [
      ['generate', '--max-input-tokens', 'lots'],
      /--max-input-tokens must be a positive whole number, got "lots"/,
    ],
    [['generate', '--nope'], /Unknown option '--nope'/],
    [['generate', '--price', '{"input": "cheap"}'], /--price: .*input/],
    [['frobnicate'], /Unknown command "frobnicate"/],
    [[], /Missing command/],
  ])('rejects bad usage %j with exit status 2', async (args, message) => {
    const { code, stderr } = await cli(args)
    expect(code).toBe(2)
    expect(stderr).toMatch(message)
    expect(fake.requests).toHaveLength(0)
  })

  it('never prints the API key, even when the API rejects it', async () => {
    fake.enqueue({ status: 401 })
    const { code, stdout, stderr } = await cli(['generate'])
    expect(code).toBe(1)
    expect(stderr).toMatch(/API key/)
    expect(stdout + stderr).not.toContain(API_KEY)
  })
})

describe('tech-design check', () => {
  it('exits 0 and lists the questions for a conforming design', async () => {
    await writeFile(join(dir, 'design.md'), design)
    const { code, stdout } = await cli(['check', 'design.md'])
    expect(code).toBe(0)
    expect(stdout).toMatch(/^design\.md conforms to the template\.\nOpen questions \(3\):/)
  })

  it('exits 1 and lists each violation with its line', async () => {
    await writeFile(
      join(dir, 'design.md'),
      design.replace('## 9. Monitoring & Observability', '## 9. Monitoring'),
    )
    const { code, stdout } = await cli(['check', 'design.md'])
    expect(code).toBe(1)
    expect(stdout).toMatch(
      /^design\.md does not conform to the template \(1 problem\):\n {2}design\.md:\d+: .*Monitoring/,
    )
  })

  it('prints the verdict, violations and questions as JSON', async () => {
    const lines = design.split('\n')
    await writeFile(join(dir, 'design.md'), design)
    const { code, stdout } = await cli(['check', 'design.md', '--json'])
    expect(code).toBe(0)
    const report = JSON.parse(stdout)
    expect(report.conforms).toBe(true)
    expect(report.violations).toEqual([])
    expect(report.openQuestions).toHaveLength(3)
    for (const q of report.openQuestions) expect(lines[q.line - 1]).toContain(q.text)
  })

  it('is a usage error without exactly one file, or with a missing one', async () => {
    expect((await cli(['check'])).code).toBe(2)
    const missing = await cli(['check', 'nope.md'])
    expect(missing.code).toBe(2)
    expect(missing.stderr).toMatch(/file not found: nope\.md/)
  })
})
