/**
 * The /tech-design command in-process, on pull requests and issues: FlowDeps wired to the real
 * clients against the fake GitHub and Anthropic APIs.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { readStamp } from '../../src/document/provenance.js'
import {
  commandOnPullRequest,
  readCommandEvent,
  runCommandFlow,
  type CommandEvent,
} from '../../src/flows/command.js'
import { readPullRequestEvent, runPullRequestFlow } from '../../src/flows/pull-request.js'
import { issueCommentEvent, pullRequestEvent } from '../fakes/github-server.js'
import { architect, section } from '../support/architect.js'
import {
  API_KEY,
  REPO,
  TOKEN,
  everythingWritten,
  startFlowWorld,
  type FlowWorld,
} from '../support/flow-deps.js'
import { readFixture } from '../support/fixtures.js'

const BRANCH = 'feature/refunds'
const REQUIREMENTS = '# Refunds\n\nCustomers can request a refund within 30 days of purchase.\n'
const ISSUE_TEXT = 'Customers can request refunds within 30 days; support approves them.'

let world: FlowWorld
let design: string

beforeEach(async () => {
  design = await readFixture('designs/conforming.md')
  world = await startFlowWorld(design)
  const { github } = world
  github.createRepo(REPO, { files: { 'README.md': '# Shop\n' } })
  github.setPermission('maria', 'maintain', REPO)
  github.setPermission('walt', 'write', REPO)
  github.setPermission('rita', 'read', REPO)
  github.addUser('github-actions[bot]', 'Bot')
})
afterEach(async () => {
  const written = [
    everythingWritten(world, BRANCH),
    ...world.github.state.pulls.map((p) => p.body ?? ''),
  ].join('\n')
  expect(written).not.toContain(TOKEN)
  expect(written).not.toContain(API_KEY)
  await world.close()
})

const command = (number: number, body: string, login = 'maria'): CommandEvent =>
  readCommandEvent(issueCommentEvent(world.github, { repo: REPO, number, body, login }))

const act = (number: number, body = '/tech-design', login = 'maria', deps = world.deps()) =>
  runCommandFlow(deps, command(number, body, login))

const botComments = (number: number) =>
  world.github.issueComments(REPO, number).filter((c) => c.user === 'github-actions[bot]')

function arrangeIssue(body = ISSUE_TEXT): number {
  return world.github.createIssue(REPO, { title: 'Refunds', body, user: 'maria' }).number
}

function arrangePullRequest(): number {
  const { github } = world
  github.createBranch(REPO, BRANCH)
  github.commitFiles(REPO, BRANCH, { 'docs/requirements.md': REQUIREMENTS }, 'Add', {
    author: 'alice',
  })
  return github.createPullRequest(REPO, { head: BRANCH, title: 'Refunds', user: 'alice' }).number
}

describe('readCommandEvent', () => {
  it('reads the comment, its author and the issue it is on', () => {
    const number = arrangeIssue()
    const event = command(number, '/tech-design --force')
    expect(event).toEqual({
      commentId: expect.any(Number),
      body: '/tech-design --force',
      login: 'maria',
      number,
      isPullRequest: false,
      title: 'Refunds',
      issueBody: ISSUE_TEXT,
      defaultBranch: 'main',
    })
    expect(command(arrangePullRequest(), '/tech-design').isPullRequest).toBe(true)
  })

  it('says which trigger is missing when the payload has no comment', () => {
    const message = 'The event has no comment: is the workflow triggered by issue_comment?'
    expect(() => readCommandEvent({})).toThrow(message)
    expect(() => readCommandEvent(undefined)).toThrow(message)
    expect(() => readCommandEvent({ comment: { id: 1 } })).toThrow(message)
  })

  it('fills what a sparse payload leaves out', () => {
    expect(readCommandEvent({ comment: { id: 1 }, issue: { number: 2 } })).toEqual({
      commentId: 1,
      body: '',
      login: '',
      number: 2,
      isPullRequest: false,
      title: '',
      issueBody: '',
      defaultBranch: 'main',
    })
  })
})

describe('who may run it', () => {
  it('answers someone without the permission once an hour, and does nothing else', async () => {
    const number = arrangeIssue()
    const first = await act(number, '/tech-design', 'rita')
    expect(first).toEqual({
      result: 'skipped',
      reason: 'rita has read permission; /tech-design needs write or higher.',
      designPath: 'tech-design.md',
      openQuestions: [],
    })
    expect(botComments(number)).toHaveLength(1)
    expect(botComments(number)[0]!.body).toMatch(/write permission or higher/)

    const again = await act(number, '/tech-design', 'rita')
    expect(again.reason).toBe(
      'rita has read permission; /tech-design needs write or higher. The reply saying so was posted less than an hour ago.',
    )
    expect(botComments(number)).toHaveLength(1)
    expect(world.anthropic.requests).toHaveLength(0)
    expect(world.github.reactions()).toHaveLength(0)
  })

  it('gives a stranger to a public repository no permission', async () => {
    const number = arrangeIssue()
    world.github.addUser('mallory')
    expect((await act(number, '/tech-design', 'mallory')).reason).toBe(
      'mallory has none permission; /tech-design needs write or higher.',
    )
  })

  it('replies once anyway when the earlier replies cannot be read', async () => {
    const number = arrangeIssue()
    world.github.fail({ path: '/repos/{owner}/{repo}/issues/{issue_number}/comments', status: 404 })
    const outcome = await act(number, '/tech-design', 'rita')
    expect(outcome.result).toBe('skipped')
    expect(world.logs.join('\n')).toMatch(/warning: Could not look for an earlier reply/)
    expect(botComments(number)).toHaveLength(1)
  })

  it('lets a lower level run it when min-permission says so', async () => {
    const number = arrangeIssue()
    const deps = world.deps({ settings: { minPermission: 'read' } })
    expect((await act(number, '/tech-design', 'rita', deps)).result).toBe('created')
  })
})

describe('what it asks for', () => {
  it('is not a command when the phrase is not there: nothing is sent', async () => {
    const number = arrangeIssue()
    world.github.resetCounters()
    expect(await act(number, 'Looks good')).toEqual({
      result: 'skipped',
      reason: 'The comment is not a /tech-design command.',
      designPath: 'tech-design.md',
      openQuestions: [],
    })
    expect(world.github.count()).toBe(0)
  })

  it('answers an invalid command with what is valid, and does nothing else', async () => {
    const number = arrangeIssue()
    const outcome = await act(number, '/tech-design --fast')
    expect(outcome.result).toBe('skipped')
    expect(outcome.reason).toMatch(/^Invalid \/tech-design command: .*--fast/)
    const [reply] = botComments(number)
    expect(reply!.body).toMatch(/--fast/)
    expect(reply!.body).toMatch(/--force/)
    expect(world.anthropic.requests).toHaveLength(0)
    expect(world.github.reactions()).toHaveLength(0)
  })
})

describe('the command on an issue', () => {
  it('opens a draft pull request with the design, posts its questions there and replies with the link', async () => {
    const number = arrangeIssue()
    const outcome = await act(number, '/tech-design\nFocus on the approval workflow.')
    const branch = `tech-design/issue-${number}`
    const pr = world.github.state.pulls[0]!
    expect(outcome).toMatchObject({
      result: 'created',
      pullRequestNumber: pr.number,
      pullRequestUrl: expect.stringContaining(`/pull/${pr.number}`),
      questionsPosted: 3,
    })
    expect(outcome.reason).toBe(
      `Created the design for issue #${number} in pull request #${pr.number}. 3 open questions, 3 posted for review.`,
    )
    expect(readStamp(world.github.textAt(REPO, branch, 'tech-design.md')!).body).toBe(design)
    expect(pr).toMatchObject({ title: 'Technical design: Refunds', draft: true })
    expect(pr.body).toContain(`#${number}`)
    expect(world.github.reviewComments(REPO, pr.number)).toHaveLength(3)

    const userTurn = world.anthropic.requests[0]!.body.messages[0].content as string
    expect(userTurn).toContain(`# Refunds\n\n${ISSUE_TEXT}`)
    expect(userTurn).toContain('<guidance>\nFocus on the approval workflow.\n</guidance>')
    const [tracking, reply] = botComments(number)
    expect(tracking!.body).toMatch(/✅/)
    expect(reply!.body).toContain(`#${pr.number}`)
    expect(world.github.reactions().map((r) => r.content)).toEqual(['eyes', 'rocket'])
  })

  it('updates the same branch and pull request when run again', async () => {
    const number = arrangeIssue()
    await act(number)
    const summary = section(design, '## 2. Business Requirements Summary')
    world.anthropic.setDefault(architect(design, () => summary.replace('\n', '\nRevised.\n')))
    const again = await act(number)
    expect(again.result).toBe('updated')
    expect(again.reason).toMatch(/^Updated the design for issue #\d+ in pull request #\d+\./)
    expect(world.github.state.pulls).toHaveLength(1)
    expect(world.github.reviewComments()).toHaveLength(3)
    expect(botComments(number).at(-1)!.body).toMatch(/updated/i)
  })

  it('says so when the regenerated design is the one already on the branch', async () => {
    const number = arrangeIssue()
    await act(number)
    const again = await act(number)
    expect(again).toMatchObject({ result: 'unchanged', modelCalls: 1 })
    expect(again.reason).toBe(
      `The regenerated design is identical to tech-design.md on tech-design/issue-${number}; nothing to commit.`,
    )
  })

  it('writes nothing when its pull request was closed while the model wrote', async () => {
    const number = arrangeIssue()
    await act(number)
    const pr = world.github.state.pulls[0]!
    const summary = section(design, '## 2. Business Requirements Summary')
    world.anthropic.setDefault(
      architect(design, () => {
        world.github.closePullRequest(REPO, pr.number)
        return summary.replace('\n', '\nRevised.\n')
      }),
    )
    const commits = world.github.commitsOn(REPO, `tech-design/issue-${number}`).length
    const outcome = await act(number)
    expect(outcome.result).toBe('skipped')
    expect(world.github.commitsOn(REPO, `tech-design/issue-${number}`)).toHaveLength(commits)
    expect(outcome.reason).toMatch(
      /was closed while the design was written\. Nothing was committed/,
    )
  })

  it('commits on top of a push to its branch that landed while the model wrote', async () => {
    const number = arrangeIssue()
    const branch = `tech-design/issue-${number}`
    world.anthropic.setDefault(() => {
      world.github.commitFiles(REPO, branch, { 'notes.md': 'Notes.\n' }, 'Notes')
      return design
    })
    expect((await act(number)).result).toBe('created')
    const [ours, theirs] = world.github.commitsOn(REPO, branch)
    expect(theirs!.message).toBe('Notes')
    expect(ours!.parents).toEqual([theirs!.sha])
  })

  it("uses the default branch's requirements file when the issue has no description", async () => {
    world.github.commitFiles(REPO, 'main', { 'docs/requirements.md': REQUIREMENTS }, 'Add')
    const number = arrangeIssue('')
    expect((await act(number)).result).toBe('created')
    expect(world.anthropic.requests[0]!.body.messages[0].content).toContain(
      '<requirements source="docs/requirements.md (for issue #',
    )
  })

  it('fails with what to do when the issue is empty and there is no requirements file', async () => {
    const number = arrangeIssue('')
    const outcome = await act(number)
    expect(outcome).toMatchObject({ result: 'failed', designPath: 'tech-design.md' })
    expect(outcome.reason).toMatch(/has no description, and docs\/requirements\.md is not on main/)
    expect(botComments(number)[0]!.body).toMatch(/❌[\s\S]*has no description/)
    expect(world.github.reactions().map((r) => r.content)).toEqual(['eyes', 'confused'])
    expect(world.anthropic.requests).toHaveLength(0)
  })

  it('fails, naming the file, when the command names one that is not there', async () => {
    const number = arrangeIssue()
    const outcome = await act(number, '/tech-design specs/none.md')
    expect(outcome.reason).toBe(
      'specs/none.md is not on main. Commit it there, or name another file in the command.',
    )
  })

  it('keeps the secrets out of a failure it reports', async () => {
    const number = arrangeIssue()
    world.anthropic.setDefault(() => ({
      status: 500,
      body: { error: { message: `bad ${API_KEY}` } },
    }))
    const outcome = await act(number)
    expect(outcome.result).toBe('failed')
    expect(outcome.reason).not.toContain(API_KEY)
    expect(botComments(number)[0]!.body).toMatch(/❌/)
  })
})

describe('the command on a pull request', () => {
  async function withDesign(): Promise<number> {
    const number = arrangePullRequest()
    const event = pullRequestEvent(world.github, { repo: REPO, number, action: 'opened' })
    await runPullRequestFlow(world.deps(), readPullRequestEvent(event))
    return number
  }

  it('revises even when nothing changed, without posting the questions again', async () => {
    const number = await withDesign()
    const testing = section(design, '## 7. Testing Strategy')
    world.anthropic.setDefault(architect(design, () => testing.replace('\n', '\nMore tests.\n')))
    const outcome = await act(number)
    expect(outcome).toMatchObject({ result: 'updated', pullRequestNumber: number })
    expect(outcome.reason).toBe(
      `Updated tech-design.md on ${BRANCH}. Incremental revision (revised: 7. Testing Strategy). 3 open questions, 3 already in review threads.`,
    )
    expect(world.anthropic.requests).toHaveLength(2)
    expect(world.github.reviewComments(REPO, number)).toHaveLength(3)
    expect(readStamp(world.github.textAt(REPO, BRANCH, 'tech-design.md')!).body).toContain(
      'More tests.',
    )
    expect(world.github.reactions().map((r) => r.content)).toEqual(['eyes', 'rocket'])
  })

  it("keeps a person's edit on a plain command, and writes from scratch on --force", async () => {
    const number = await withDesign()
    const edited = `${world.github.textAt(REPO, BRANCH, 'tech-design.md')!}\nBob was here.\n`
    world.github.commitFiles(REPO, BRANCH, { 'tech-design.md': edited }, 'Edit', {
      author: 'bob',
    })
    expect((await act(number)).result).toBe('unchanged')
    expect(world.github.textAt(REPO, BRANCH, 'tech-design.md')).toBe(edited)
    expect((await act(number, '/tech-design --force')).result).toBe('updated')
    expect(readStamp(world.github.textAt(REPO, BRANCH, 'tech-design.md')!).body).toBe(design)
  })

  it('lets a deletion of the design made while the model wrote stand', async () => {
    const number = await withDesign()
    world.anthropic.setDefault(
      architect(design, () => {
        world.github.commitFiles(REPO, BRANCH, { 'tech-design.md': null }, 'Remove', {
          author: 'bob',
        })
        return section(design, '## 7. Testing Strategy').replace('\n', '\nMore tests.\n')
      }),
    )
    const outcome = await act(number)
    expect(outcome.result).toBe('skipped')
    expect(outcome.reason).toMatch(
      /^Someone deleted tech-design\.md on feature\/refunds while the design was written; the deletion stands/,
    )
    expect(world.github.textAt(REPO, BRANCH, 'tech-design.md')).toBeUndefined()
  })

  it('designs from the path the command names, and reads it again from there after a push', async () => {
    const { github } = world
    github.createBranch(REPO, 'feature/specs')
    github.commitFiles(REPO, 'feature/specs', { 'specs/refunds.md': REQUIREMENTS }, 'Add')
    const { number } = github.createPullRequest(REPO, { head: 'feature/specs', user: 'alice' })
    // A push lands while the model writes: the requirements are read again, from the named path.
    world.anthropic.setDefault(() => {
      github.commitFiles(REPO, 'feature/specs', { 'specs/refunds.md': `${REQUIREMENTS}More.\n` })
      return design
    })
    const outcome = await act(number, '/tech-design specs/refunds.md')
    expect(outcome.result).toBe('skipped')
    expect(outcome.reason).toBe(
      'specs/refunds.md changed on feature/specs while the design was written; the run for the newer push makes the design from it.',
    )
    expect(world.anthropic.requests[0]!.body.messages[0].content).toContain(
      '<requirements source="specs/refunds.md">',
    )
  })

  it("posts the design in a comment on a fork's pull request, and writes nothing to the fork", async () => {
    const { github } = world
    github.createRepo('mallory/shop', { forkOf: REPO })
    github.createBranch('mallory/shop', BRANCH)
    github.commitFiles('mallory/shop', BRANCH, { 'docs/requirements.md': REQUIREMENTS }, 'Add')
    const { number } = github.createPullRequest(REPO, {
      head: BRANCH,
      headRepo: 'mallory/shop',
      user: 'mallory',
    })
    const outcome = await act(number)
    expect(outcome).toMatchObject({
      result: 'skipped',
      pullRequestNumber: number,
      modelCalls: 1,
      reason: `Pull request #${number} comes from the fork mallory/shop, whose branch this workflow cannot write to, so the design is in a comment instead.`,
    })
    expect(outcome.openQuestions).toHaveLength(3)
    const designComment = botComments(number).find((c) => c.body.includes('<details>'))
    expect(designComment!.body).toContain('## 12. Open Questions')
    expect(github.commitsOn('mallory/shop', BRANCH)).toHaveLength(2)
  })

  it('does nothing on a closed pull request', async () => {
    const number = arrangePullRequest()
    world.github.closePullRequest(REPO, number)
    const outcome = await commandOnPullRequest(world.deps(), number, 'main', {
      path: null,
      force: false,
      full: false,
      guidance: '',
    })
    expect(outcome).toEqual({
      result: 'skipped',
      reason: `Pull request #${number} is closed.`,
      designPath: 'tech-design.md',
      openQuestions: [],
    })
  })
})
