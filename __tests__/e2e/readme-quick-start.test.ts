/**
 * The first shell block of README.md (and of CONTRIBUTING.md, which repeats it) is what a
 * newcomer runs on a fresh clone. Here it runs as written, with `bash -euo pipefail`, in a fresh
 * copy of the repository, against the loopback fake of the Anthropic API, and what its comments
 * promise is checked: the dry run needs no key and sends nothing, the real run makes one request
 * with the exported key, writes tech-design.md, and `check` finds it conforms.
 */
import { describe, expect, it } from '@jest/globals'
import { execFile, execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { copyFile, lstat, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { startFakeAnthropic } from '../fakes/anthropic-server.js'
import { architect, withTraceabilityTable } from '../support/architect.js'
import { readFixture } from '../support/fixtures.js'

const run = promisify(execFile)
const root = fileURLToPath(new URL('../..', import.meta.url))
const docs = ['README.md', 'CONTRIBUTING.md']

/** The text of a document's first ```sh block. */
function firstShBlock(doc: string): string {
  const block = /^```sh\n([\s\S]*?)^```$/m.exec(readFileSync(join(root, doc), 'utf8'))?.[1]
  if (block === undefined) throw new Error(`${doc} has no sh block`)
  return block
}

/** The block's commands: its lines without blanks and comments. */
const commandsOf = (block: string): string[] =>
  block
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))

/**
 * A fresh copy of the repository as a clone would have it, taken from the working tree so that
 * uncommitted work is tested too: the tracked files, and the untracked ones git does not ignore
 * (new files about to be committed, such as examples/requirements.md). Files deleted in the
 * working tree are left out, as they would be from the next commit.
 */
async function freshCopy(into: string): Promise<void> {
  const listed = execFileSync(
    'git',
    ['ls-files', '-z', '--cached', '--others', '--exclude-standard'],
    { cwd: root, encoding: 'utf8' },
  )
  for (const file of new Set(listed.split('\0').filter(Boolean))) {
    const from = join(root, file)
    if (!existsSync(from) || !(await lstat(from)).isFile()) continue
    await mkdir(dirname(join(into, file)), { recursive: true })
    await copyFile(from, join(into, file))
  }
}

const shellQuote = (text: string): string => `'${text.replaceAll("'", `'\\''`)}'`

describe.each(docs)("%s's first sh block, run as written in a fresh copy", (doc) => {
  it('dry-runs the example without a key, then makes one request, writes the design and checks it', async () => {
    const block = firstShBlock(doc)
    const commands = commandsOf(block)
    // The one line not run as written: `npm ci` would install from the registry, which the tests
    // never reach. A symlink to this checkout's node_modules (installed from the same
    // package-lock.json) stands in for it, so it must be the block's first command and stand
    // alone on its line: then nothing before it or in it changes meaning.
    expect(commands[0]).toBe('npm ci')
    expect(block.match(/^npm ci$/gm)).toHaveLength(1)
    const key = /^export ANTHROPIC_API_KEY=(\S+)$/m.exec(block)?.[1]
    expect(key).toBeDefined()

    const base = await mkdtemp(join(tmpdir(), 'tech-design-quick-start-'))
    const copy = join(base, 'tech-design-action')
    const home = join(base, 'home')
    const design = await readFixture('designs/conforming.md')
    const fake = await startFakeAnthropic({ apiKey: key, defaultResponder: architect(design) })
    try {
      await freshCopy(copy)
      await mkdir(home)
      const script = block.replace(
        /^npm ci$/m,
        `ln -s ${shellQuote(join(root, 'node_modules'))} node_modules`,
      )
      // A clean environment: no ANTHROPIC_API_KEY until the block exports it.
      const env = { PATH: process.env.PATH ?? '', HOME: home, ANTHROPIC_BASE_URL: fake.url }
      const { stdout, stderr } = await run('bash', ['-euo', 'pipefail', '-c', script], {
        cwd: copy,
        env,
        maxBuffer: 16 * 1024 * 1024,
      })

      const example = await readFile(join(copy, 'examples/requirements.md'), 'utf8')
      const marker = 'No request was sent.\n'
      expect(stdout).toContain(marker)
      const [dryRun, rest] = [
        stdout.slice(0, stdout.indexOf(marker)),
        stdout.slice(stdout.indexOf(marker)),
      ]
      // The dry run printed the request: the example's text, in the message that was then sent.
      expect(dryRun).toContain(example.trim())
      expect(fake.requests).toHaveLength(1)
      const [request] = fake.requests
      expect(request!.path).toBe('/v1/messages')
      expect(request!.apiKey).toBe(key)
      const sent = request!.body as {
        system: { text: string }[]
        messages: { content: string }[]
      }
      for (const part of sent.system) expect(dryRun).toContain(part.text)
      for (const message of sent.messages) expect(dryRun).toContain(message.content)

      expect(rest).toContain('Wrote tech-design.md.')
      // The design as the architect wrote it, the traceability table it was asked for included.
      const written = withTraceabilityTable(design, sent.messages[0]!.content)
      expect(written).toMatch(/^#### Traceability$/m)
      expect(await readFile(join(copy, 'tech-design.md'), 'utf8')).toBe(written)
      expect(rest).toContain('tech-design.md conforms to the template.')
      expect(stdout + stderr).not.toContain(key!)
    } finally {
      await fake.close()
      await rm(base, { recursive: true, force: true })
    }
  }, 120_000)
})

it('CONTRIBUTING.md starts with the same commands as README.md', () => {
  expect(firstShBlock('CONTRIBUTING.md')).toBe(firstShBlock('README.md'))
})
