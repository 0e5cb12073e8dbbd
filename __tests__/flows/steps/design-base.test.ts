/** Finding the design as the action last committed it, through the real Octokit and the fake GitHub. */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { createGitHub, type GitHub } from '../../../src/adapters/github/client.js'
import { readStamp, stampDesign } from '../../../src/document/provenance.js'
import { findDesignBase } from '../../../src/flows/steps/design-base.js'
import { peoplesEditsNotes } from '../../../src/flows/steps/make-design.js'
import { ACTIONS_BOT, startFakeGitHub, type FakeGitHub } from '../../fakes/github-server.js'
import { readFixture } from '../../support/fixtures.js'

const TOKEN = 'ghs_designBaseToken0123456789'
const REPO = 'acme/shop'
const HASH = 'a'.repeat(64)
let fake: FakeGitHub
let gh: GitHub
const logs: string[] = []
const log = {
  info: (m: string) => logs.push(m),
  notice: (m: string) => logs.push(m),
  warning: (m: string) => logs.push(`warning: ${m}`),
}

beforeEach(async () => {
  logs.length = 0
  fake = await startFakeGitHub({ tokens: { [TOKEN]: ACTIONS_BOT } })
  fake.createRepo(REPO, { files: { 'README.md': '# Shop\n' } })
  gh = createGitHub({
    token: TOKEN,
    repo: { owner: 'acme', repo: 'shop' },
    baseUrl: fake.url,
    graphqlUrl: fake.graphqlUrl,
  })
})
afterEach(async () => {
  expect(fake.violations).toEqual([])
  await fake.close()
})

describe('findDesignBase', () => {
  it('finds the version the action committed under people’s later edits, in a few requests', async () => {
    const design = await readFixture('designs/conforming.md')
    const ours = stampDesign(design, {
      requirements: HASH,
      prompt: HASH,
      model: 'claude-sonnet-5-5',
    })
    fake.commitFiles(REPO, 'main', { 'tech-design.md': ours }, 'Design')
    const edited = ours.replace('## 2. Business', 'A note by Bob.\n\n## 2. Business')
    fake.commitFiles(REPO, 'main', { 'tech-design.md': edited }, 'Edit', { author: 'bob' })
    fake.commitFiles(REPO, 'main', { 'README.md': '# Shop, renamed\n' }, 'Unrelated')
    const { provenance } = readStamp(edited)
    const before = fake.requests.length
    const base = await findDesignBase(
      { gh, log },
      'tech-design.md',
      fake.branchHead(REPO, 'main')!,
      provenance!,
    )
    expect(base).toBe(readStamp(ours).body)
    // One list of the file's commits, and one read of the version before the edit.
    expect(fake.requests.length - before).toBe(2)
  })

  it('gives null, and says why, when no recent version is the one the stamp records', async () => {
    const design = await readFixture('designs/conforming.md')
    const stamped = stampDesign(design, { requirements: HASH, prompt: HASH, model: 'm' })
    // A stamp copied by hand onto a different body: no commit has the body it records.
    const copied = stamped.replace('## 1. Overview', '## 1. Overview\nChanged.')
    fake.commitFiles(REPO, 'main', { 'tech-design.md': copied }, 'Hand-made')
    fake.commitFiles(REPO, 'main', { 'tech-design.md': `${copied}\nMore.\n` }, 'Again')
    const base = await findDesignBase(
      { gh, log },
      'tech-design.md',
      fake.branchHead(REPO, 'main')!,
      readStamp(copied).provenance!,
    )
    expect(base).toBeNull()
    expect(logs.join('\n')).toMatch(/is not among its last 5 commits/)
  })
})

describe('peoplesEditsNotes', () => {
  it('says which sections kept people’s edits, and quotes the lines a revision did not keep', () => {
    expect(peoplesEditsNotes(undefined)).toEqual([])
    expect(peoplesEditsNotes({ merged: [], notKept: [] })).toEqual([])
    const notes = peoplesEditsNotes({
      merged: ['2. Business Requirements Summary'],
      notKept: [{ section: '5. Detailed Design', lines: ['a', 'b', 'c', 'd', 'e', 'f', 'g'] }],
    })
    expect(notes).toEqual([
      'People\'s edits in "2. Business Requirements Summary" were kept alongside the revision\'s changes.',
      'The revision rewrote what people had edited in "5. Detailed Design", and these lines of theirs are not in the new version: "a", "b", "c", "d", "e" and 2 more. Restore what still holds from the file\'s history.',
    ])
  })
})
