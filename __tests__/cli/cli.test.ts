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
const exists = (path: string) =>
  readFile(join(dir, path)).then(
    () => true,
    () => false,
  )
const outExists = () => exists('tech-design.md')

/**
 * A model that breaks the template on every answer (no Risk Assessment section), each answer a
 * little different, so the repair rounds run to the end rather than stop at a repeated answer.
 */
function brokenEveryTime() {
  let attempt = 0
  return () => {
    attempt++
    return design
      .replace(/^## 11\. Risk Assessment\n/m, '')
      .replace(/^(## 1\. .*)$/m, `$1\n\nAttempt ${attempt}.`)
  }
}

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
    expect(stderr).toMatch(/asking the model .*\(round 1 of 2\)/)
    expect(fake.requests).toHaveLength(2)
    const repair = fake.requests[1]!.body.messages
    expect(repair.map((m: { role: string }) => m.role)).toEqual(['user', 'assistant', 'user'])
    expect(repair[1].content).toBe(broken)
    expect(repair[2].content).toMatch(/- line \d+: .*Testing Strategy/)
  })

  it('writes nothing when the design still breaks the template after two repairs', async () => {
    fake.setDefault(brokenEveryTime())
    const { code, stderr } = await cli(['generate'])
    expect(code).toBe(1)
    expect(fake.requests).toHaveLength(3)
    expect(stderr).toMatch(/still broke the template after 2 repair rounds; nothing was written/)
    expect(stderr).toMatch(/\.rejected\.md:\d+: .*Risk Assessment/)
    expect(await outExists()).toBe(false)
  })

  it('reports a design cut off at the output limit, with the size reached, in its own flags', async () => {
    fake.enqueue({ text: design.slice(0, 5_000), stopReason: 'max_tokens' })
    const { code, stdout, stderr } = await cli(['generate', '--max-output-tokens', '100'])
    expect(code).toBe(1)
    expect(stderr).toContain(
      'tech-design: The answer was cut off at the output limit of 100 tokens (about 5.0 KB of design written). ' +
        'Raise --max-output-tokens (for example to 200) and run again.\n',
    )
    expect(stderr).not.toMatch(/max-output-tokens input/)
    // What the cut-off call cost is still reported, where a successful run reports it.
    expect(stdout).toMatch(/^Usage: 1 model call, [\d,]+ input tokens .* output tokens; about \$/m)
    expect(await outExists()).toBe(false)
    expect(await exists('tech-design.rejected.md')).toBe(false)
  })

  it('holds a run to --max-cost-usd: no call when too little is left, named in its own flag', async () => {
    const { code, stderr } = await cli(['generate', '--max-cost-usd', '0.001'])
    expect(code).toBe(1)
    expect(fake.requests).toHaveLength(0)
    expect(stderr).toMatch(/The model call was not made: .*Raise --max-cost-usd and run again\./)
    expect(await outExists()).toBe(false)
  })

  it('sizes the call to what --max-cost-usd leaves, and writes a design that fits', async () => {
    const { code } = await cli(['generate', '--max-cost-usd', '1'])
    expect(code).toBe(0)
    expect(fake.requests[0]!.body.max_tokens).toBeLessThanOrEqual(32_000)
    expect(await outExists()).toBe(true)
  })

  it('keeps the last rejected draft beside --out, with its problems at its lines and what the run spent', async () => {
    fake.setDefault(brokenEveryTime())
    const { code, stdout, stderr } = await cli([
      'generate',
      '--out',
      'docs/design.md',
      '--price',
      '{"input": 2, "output": 10}',
    ])
    expect(code).toBe(1)
    expect(await exists('docs/design.md')).toBe(false)

    const draft = await readFile(join(dir, 'docs/design.rejected.md'), 'utf8')
    expect(draft).toMatch(/^# Technical Design: /)
    expect(draft).not.toMatch(/^## 11\. Risk Assessment$/m)
    // The last answer is the draft kept: every round answered differently.
    expect(draft).toContain(`Attempt ${fake.requests.length}.`)

    const listed = [...stderr.matchAll(/^ {2}docs\/design\.rejected\.md:(\d+): (.+)$/gm)]
    expect(listed.length).toBeGreaterThan(0)
    expect(listed.map(([, , message]) => message).join('\n')).toMatch(/Risk Assessment/)
    const lines = draft.split('\n')
    for (const [, line] of listed) expect(Number(line)).toBeLessThanOrEqual(lines.length + 1)
    expect(stderr).toMatch(
      /kept the last rejected draft in docs\/design\.rejected\.md \(\d+ problems?\); docs\/design\.md was left as it was\./,
    )
    expect(stderr).toContain('tech-design check docs/design.rejected.md')
    // The problems are listed once, at the rejected file's lines.
    expect(stderr).not.toMatch(/^ {2}line \d+:/m)

    expect(stdout).toMatch(
      new RegExp(
        `^Usage: ${fake.requests.length} model calls, [\\d,]+ input tokens .* output tokens; about \\$\\d+\\.\\d+ \\(your prices\\)\\.$`,
        'm',
      ),
    )
  })

  it('never overwrites --out when a run fails', async () => {
    await writeFile(join(dir, 'tech-design.md'), 'The design people approved.\n')
    fake.setDefault(brokenEveryTime())
    expect((await cli(['generate'])).code).toBe(1)
    expect(await outFile()).toBe('The design people approved.\n')
    expect(await exists('tech-design.rejected.md')).toBe(true)
  })

  it('removes the rejected draft an earlier run left when a later run succeeds, and says so', async () => {
    await writeFile(join(dir, 'tech-design.rejected.md'), 'An old draft.\n')
    const { code, stdout } = await cli(['generate'])
    expect(code).toBe(0)
    expect(stdout).toContain(
      'Wrote tech-design.md.\nRemoved tech-design.rejected.md, the rejected draft of an earlier run.\n',
    )
    expect(await exists('tech-design.rejected.md')).toBe(false)
    expect((await cli(['generate'])).stdout).not.toContain('Removed')
  })

  it('reads UTF-16 requirements with a byte order mark as text', async () => {
    await writeFile(
      join(dir, 'docs/requirements.md'),
      Buffer.from(`\uFEFF${REQUIREMENTS}`, 'utf16le'),
    )
    const { code } = await cli(['generate'])
    expect(code).toBe(0)
    expect(fake.requests[0]!.body.messages[0].content).toContain(REQUIREMENTS.trim())
  })

  it("names its own flags, not the action's inputs, when the input is too large or missing", async () => {
    await writeFile(join(dir, 'docs/requirements.md'), 'word '.repeat(400_000))
    const large = await cli(['generate'])
    expect(large.stderr).toMatch(/or raise --max-input-tokens\.\n$/)
    await rm(join(dir, 'docs/requirements.md'))
    const missing = await cli(['generate'])
    expect(missing.stderr).toContain('point --requirements at an existing file.')
    expect(large.stderr + missing.stderr).not.toMatch(/ input\b/)
  })

  it('refuses a request over --max-input-tokens in its own words, before any request', async () => {
    const { code, stderr } = await cli(['generate', '--max-input-tokens', '500'])
    expect(code).toBe(3)
    expect(stderr).toMatch(
      /The design request would be about [\d,]+ tokens, over the limit of 500 \(--max-input-tokens\), .*: raise --max-input-tokens or shorten/,
    )
    expect(fake.requests).toHaveLength(0)
  })

  it('refuses a --model of another provider in its own words, before any request', async () => {
    const { code, stderr } = await cli(['generate', '--model', 'us.anthropic.claude-sonnet-5-5'])
    expect(code).toBe(2)
    expect(stderr).toMatch(
      /but the provider is anthropic\. Set --provider to bedrock, or use an id/,
    )
    expect(fake.requests).toHaveLength(0)
  })

  it.each([
    [
      '--template',
      'missing',
      null,
      /Template file not found: custom\.md \(--template\)\. Check the path, or leave out --template/,
    ],
    ['--template', 'empty', ' \n', /custom\.md \(--template\) is empty: /],
    [
      '--instructions',
      'missing',
      null,
      /Instructions file not found: custom\.md \(--instructions\)/,
    ],
    [
      '--instructions',
      'binary',
      Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00]),
      /custom\.md \(--instructions\) looks like a binary file/,
    ],
  ])(
    'refuses a %s file that is %s: exit 3, the file named, no usage text',
    async (flag, _what, content, message) => {
      if (content !== null) await writeFile(join(dir, 'custom.md'), content)
      const { code, stderr } = await cli(['generate', flag, 'custom.md'])
      expect(code).toBe(3)
      expect(stderr).toMatch(message)
      expect(stderr).not.toContain('Usage:')
      expect(stderr).not.toContain('--help')
      expect(fake.requests).toHaveLength(0)
    },
  )

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
    'refuses %s requirements with a clear message and no API call: exit 3',
    async (_name, content, message) => {
      if (content === null) await rm(join(dir, 'docs/requirements.md'))
      else await writeFile(join(dir, 'docs/requirements.md'), content)
      const { code, stderr } = await cli(['generate'])
      expect(code).toBe(3)
      expect(stderr).toMatch(message)
      expect(fake.requests).toHaveLength(0)
      expect(await outExists()).toBe(false)
    },
  )

  it('needs an API key, and says where to get one: exit 3, not a usage error', async () => {
    const { code, stdout, stderr } = await cli(['generate'], {
      ANTHROPIC_API_KEY: '',
      ANTHROPIC_BASE_URL: '',
    })
    expect(code).toBe(3)
    expect(stderr).toBe(
      'tech-design: ANTHROPIC_API_KEY is not set. Export your Anthropic API key (console.anthropic.com → API keys), or use --dry-run to see the request without sending it.\n',
    )
    expect(stdout).toBe('')
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
    expect(code).toBe(3)
    expect(stderr).toContain('ANTHROPIC_BASE_URL holds credentials')
    expect(stderr).not.toContain('gw-pass-98765')
    expect(stderr).not.toContain('gw-user')
    expect(fake.requests).toHaveLength(0)
  })

  it('refuses a malformed ANTHROPIC_CUSTOM_HEADERS (exit 3) and an unknown provider (exit 2) before any request', async () => {
    const headers = await cli(['generate'], { ANTHROPIC_CUSTOM_HEADERS: 'not a header' })
    expect(headers.code).toBe(3)
    expect(headers.stderr).toBe(
      'tech-design: ANTHROPIC_CUSTOM_HEADERS: line 1 is not "Name: value".\n',
    )
    const provider = await cli(['generate', '--provider', 'azure'])
    expect(provider.code).toBe(2)
    expect(provider.stderr).toBe(
      'tech-design: --provider must be one of anthropic, bedrock, vertex, got "azure". See `tech-design generate --help`.\n',
    )
    expect(fake.requests).toHaveLength(0)
  })

  it('prints the exact request and its estimate on --dry-run, sending nothing', async () => {
    const { code, stdout } = await cli(['generate', '--dry-run'], { ANTHROPIC_API_KEY: '' })
    expect(code).toBe(0)
    expect(stdout).toContain('=== system, block 1 of 2 ===\nYou are a Senior Technical Architect')
    expect(stdout).toContain('<template>\n# Technical Design: [Title]')
    expect(stdout).toContain(`=== user ===\nWrite the technical design`)
    expect(stdout).toMatch(
      /about [\d,]+ input tokens; model claude-sonnet-5-5, max 32,000 output tokens\. No request was sent\./,
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
    [['generate', '--nope'], /generate has no option --nope\. See/],
    [['generate', '--price', '{"input": "cheap"}'], /--price: .*input/],
    [['generate', '--max-cost-usd', '0'], /--max-cost-usd must be an amount in US dollars above 0/],
    [['generate', '--out'], /--out needs a value: a file path\./],
    [['generate', '--out', '--dry-run'], /--out needs a value: a file path\./],
    [['generate', '--out='], /--out needs a value: a file path\./],
    [['generate', '--dry-run=yes'], /--dry-run takes no value, got "yes"\./],
    [['generate', 'notes.md'], /generate takes no arguments, got "notes\.md"/],
    [['frobnicate'], /unknown command "frobnicate"\. See/],
    [['--frobnicate'], /unknown option --frobnicate\. See/],
    [[], /missing command: generate or check\./],
  ])(
    'rejects bad usage %j with exit status 2, the message and a pointer to --help',
    async (args, message) => {
      const { code, stdout, stderr } = await cli(args)
      expect(code).toBe(2)
      expect(stderr).toMatch(message)
      // One line: the message, then where the help is; never the whole usage text.
      expect(stderr).toMatch(/^tech-design: [^\n]+ See `tech-design( generate)? --help`\.\n$/)
      expect(stdout).toBe('')
      expect(fake.requests).toHaveLength(0)
    },
  )

  it('never prints the API key, even when the API rejects it (exit 3)', async () => {
    fake.enqueue({ status: 401 })
    const { code, stdout, stderr } = await cli(['generate'])
    expect(code).toBe(3)
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

  it('is a usage error without exactly one file', async () => {
    expect(await cli(['check'])).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'tech-design: check takes exactly one FILE, got none. See `tech-design check --help`.\n',
    })
    expect(await cli(['check', 'a.md', 'b.md'])).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'tech-design: check takes exactly one FILE, got 2: "a.md", "b.md". See `tech-design check --help`.\n',
    })
  })

  it.each([
    ['missing', null, 'tech-design: Design file not found: design.md. Check the path'],
    ['empty', '', 'tech-design: design.md is empty: there is no design in it to check.'],
    ['whitespace only', ' \n\n\t\n', 'tech-design: design.md is empty: '],
    [
      'binary',
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]),
      'design.md looks like a binary file',
    ],
    ['not UTF-8', Buffer.from([0x23, 0x20, 0xff, 0x41]), 'design.md is not valid UTF-8.'],
  ])(
    'treats a %s FILE as generate treats its input: exit 3, the file named, no usage text',
    async (_what, content, message) => {
      if (content !== null) await writeFile(join(dir, 'design.md'), content)
      const { code, stdout, stderr } = await cli(['check', 'design.md'])
      expect(code).toBe(3)
      expect(stderr).toContain(message)
      expect(stderr).not.toContain('Usage:')
      expect(stdout).toBe('')
    },
  )

  it('refuses a missing --template the same way', async () => {
    await writeFile(join(dir, 'design.md'), design)
    const { code, stderr } = await cli(['check', 'design.md', '--template', 'nope.md'])
    expect(code).toBe(3)
    expect(stderr).toContain('Template file not found: nope.md (--template).')
  })

  it('checks a design saved as UTF-16 with a byte order mark and CRLF line endings', async () => {
    const crlf = design.replace(/\n/g, '\r\n')
    await writeFile(join(dir, 'design.md'), Buffer.from(`\uFEFF${crlf}`, 'utf16le'))
    const { code, stdout } = await cli(['check', 'design.md'])
    expect(code).toBe(0)
    expect(stdout).toMatch(/^design\.md conforms to the template\./)
  })
})
