/**
 * Every exit status of the command line, each through a real path that produces it: the files
 * on disk, the environment, and the fake Anthropic API on a loopback port (or a port nothing
 * listens on).
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runCli } from '../../src/cli/main.js'
import {
  EXIT_INPUT,
  EXIT_INTERNAL,
  EXIT_OK,
  EXIT_REJECTED,
  EXIT_SERVICE,
  EXIT_USAGE,
} from '../../src/cli/exit-codes.js'
import { startFakeAnthropic, type FakeAnthropic } from '../fakes/anthropic-server.js'
import { readFixture } from '../support/fixtures.js'

const API_KEY = 'sk-ant-test-exit-0123456789'

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
  dir = await mkdtemp(join(tmpdir(), 'tech-design-exit-'))
  await mkdir(join(dir, 'docs'))
  await writeFile(join(dir, 'docs/requirements.md'), '# Refunds\n\nCustomers request refunds.\n')
})
afterEach(() => rm(dir, { recursive: true, force: true }))

async function cli(args: string[], env: NodeJS.ProcessEnv = {}) {
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

/** A loopback port nothing listens on: bound, then closed. */
async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  await new Promise<void>((resolve) => server.close(() => resolve()))
  if (address === null || typeof address === 'string') throw new Error('no port')
  return address.port
}

const broken = () => design.replace(/^## 11\. Risk Assessment\n/m, '')

describe('exit status 0: success', () => {
  it('generate wrote the design', async () => {
    const { code, stdout } = await cli(['generate'])
    expect(code).toBe(EXIT_OK)
    expect(stdout).toContain('Wrote tech-design.md.')
  })

  it('check: the design conforms', async () => {
    await writeFile(join(dir, 'design.md'), design)
    expect((await cli(['check', 'design.md'])).code).toBe(EXIT_OK)
  })
})

describe('exit status 1: the design is rejected', () => {
  it('when it keeps breaking the template after the repairs', async () => {
    let attempt = 0
    fake.setDefault(() => `${broken()}\nAttempt ${++attempt}.\n`)
    const { code, stderr } = await cli(['generate'])
    expect(code).toBe(EXIT_REJECTED)
    expect(stderr).toMatch(/still broke the template after 2 repair rounds/)
    expect(fake.requests).toHaveLength(3)
  })

  it('when the answer is cut off at the output limit', async () => {
    fake.enqueue({ text: design.slice(0, 3_000), stopReason: 'max_tokens' })
    const { code, stderr } = await cli(['generate'])
    expect(code).toBe(EXIT_REJECTED)
    expect(stderr).toMatch(/cut off at the output limit/)
  })

  it('when the model declines', async () => {
    fake.enqueue({ text: 'I cannot help with that.', stopReason: 'refusal' })
    const { code, stderr } = await cli(['generate'])
    expect(code).toBe(EXIT_REJECTED)
    expect(stderr).toMatch(/The model declined to write this design/)
  })

  it('check: the design does not conform', async () => {
    await writeFile(join(dir, 'design.md'), broken())
    expect((await cli(['check', 'design.md'])).code).toBe(EXIT_REJECTED)
  })
})

describe('exit status 2: usage error', () => {
  it.each([
    [['generate', '--max-tokens', '5']],
    [['generate', '--out']],
    [['generate', '--max-output-tokens', 'many']],
    [['generate', '--model', 'us.anthropic.claude-sonnet-5-5']],
    [['check']],
    [['chek', 'design.md']],
  ])('%j', async (args) => {
    const { code, stderr } = await cli(args)
    expect(code).toBe(EXIT_USAGE)
    expect(stderr).toMatch(/ See `tech-design( \w+)? --help`\.\n$/)
    expect(fake.requests).toHaveLength(0)
  })
})

describe('exit status 3: input or environment error', () => {
  it('a missing requirements file', async () => {
    await rm(join(dir, 'docs/requirements.md'))
    expect((await cli(['generate'])).code).toBe(EXIT_INPUT)
  })

  it('a requirements path that is a directory', async () => {
    const { code, stderr } = await cli(['generate', '--requirements', 'docs'])
    expect(code).toBe(EXIT_INPUT)
    expect(stderr).toBe('tech-design: docs is a directory: name a file.\n')
  })

  it("a missing check FILE, as generate's missing file", async () => {
    expect((await cli(['check', 'nowhere.md'])).code).toBe(EXIT_INPUT)
  })

  it('no ANTHROPIC_API_KEY, without the usage text', async () => {
    const { code, stderr } = await cli(['generate'], {
      ANTHROPIC_API_KEY: '',
      ANTHROPIC_BASE_URL: '',
    })
    expect(code).toBe(EXIT_INPUT)
    expect(stderr).toMatch(/^tech-design: ANTHROPIC_API_KEY is not set\./)
    expect(stderr).not.toMatch(/Usage|--help/)
  })

  it.each([
    ['ANTHROPIC_CUSTOM_HEADERS', 'no colon here', /ANTHROPIC_CUSTOM_HEADERS: line 1/],
    ['HTTPS_PROXY', 'http://', /HTTPS_PROXY environment variable is not a URL/],
    ['ANTHROPIC_BASE_URL', 'http://user:pass-1234@127.0.0.1:9', /holds credentials/],
  ])('a bad %s', async (name, value, message) => {
    const { code, stderr } = await cli(['generate'], { [name]: value })
    expect(code).toBe(EXIT_INPUT)
    expect(stderr).toMatch(message)
    expect(fake.requests).toHaveLength(0)
  })

  it('a request too large for --max-input-tokens', async () => {
    expect((await cli(['generate', '--max-input-tokens', '100'])).code).toBe(EXIT_INPUT)
  })

  it.each([
    [401, /rejected/],
    [403, /refused access/],
    [404, /does not know the model/],
    [400, /rejected the request/],
  ])('the provider answers %i', async (status, message) => {
    fake.enqueue({ status })
    const { code, stderr } = await cli(['generate'])
    expect(code).toBe(EXIT_INPUT)
    expect(stderr).toMatch(message)
    expect(fake.requests).toHaveLength(1)
  })

  it('--out cannot be written, and what the run spent is still reported', async () => {
    const { code, stdout, stderr } = await cli(['generate', '--out', 'docs'])
    expect(code).toBe(EXIT_INPUT)
    expect(stderr).toMatch(/^tech-design: Could not write docs: /m)
    expect(stdout).toMatch(/^Usage: 1 model call, /m)
  })
})

describe('exit status 4: service error', () => {
  it.each([529, 500, 429])('the provider answers %i on every retry', async (status) => {
    fake.setDefault(() => ({ status }))
    const { code, stderr } = await cli(['generate'])
    expect(code).toBe(EXIT_SERVICE)
    expect(stderr).toMatch(new RegExp(`\\(${status}\\) after \\d+ attempts`))
    expect(fake.requests.length).toBeGreaterThan(1)
  })

  it('nothing listens at ANTHROPIC_BASE_URL', async () => {
    const port = await closedPort()
    const { code, stderr } = await cli(['generate'], {
      ANTHROPIC_BASE_URL: `http://127.0.0.1:${port}`,
    })
    expect(code).toBe(EXIT_SERVICE)
    expect(stderr).toContain(`127.0.0.1:${port}`)
  }, 60_000)
})

describe('exit status 5: internal error', () => {
  it('an error nothing accounts for is reported as a bug', async () => {
    const env = new Proxy(
      { ANTHROPIC_API_KEY: API_KEY, ANTHROPIC_BASE_URL: fake.url },
      {
        get(target, name) {
          if (name === 'ANTHROPIC_CUSTOM_HEADERS') throw new RangeError('an unexpected failure')
          return target[name as keyof typeof target]
        },
      },
    )
    let stderr = ''
    const code = await runCli(['generate'], {
      env,
      cwd: dir,
      stdout: { write: () => true },
      stderr: { write: (text: string) => (stderr += text) },
    })
    expect(code).toBe(EXIT_INTERNAL)
    expect(stderr).toMatch(/^tech-design: an unexpected failure\ntech-design: this is a bug/)
  })
})
