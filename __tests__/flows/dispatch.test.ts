/** A manual run in-process: the number input names a pull request or an issue. */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { readStamp } from '../../src/document/provenance.js'
import { runDispatchFlow } from '../../src/flows/dispatch.js'
import { REPO, startFlowWorld, type FlowWorld } from '../support/flow-deps.js'
import { readFixture } from '../support/fixtures.js'

const BRANCH = 'feature/refunds'
const REQUIREMENTS = '# Refunds\n\nCustomers can request a refund within 30 days of purchase.\n'

let world: FlowWorld
let design: string

beforeEach(async () => {
  design = await readFixture('designs/conforming.md')
  world = await startFlowWorld(design)
  world.github.createRepo(REPO, { files: { 'README.md': '# Shop\n' } })
})
afterEach(() => world.close())

describe('runDispatchFlow', () => {
  it('needs the number input, and says how to pass it', async () => {
    await expect(
      runDispatchFlow(world.deps(), { number: null, defaultBranch: 'main' }),
    ).rejects.toThrow(
      'A manual run needs the number input: the pull request to regenerate the design for, or the issue to design from (`number: ${{ inputs.number }}`).',
    )
    expect(world.github.count()).toBe(0)
  })

  it('regenerates the design of the pull request it names', async () => {
    const { github } = world
    github.createBranch(REPO, BRANCH)
    github.commitFiles(REPO, BRANCH, { 'docs/requirements.md': REQUIREMENTS }, 'Add')
    const { number } = github.createPullRequest(REPO, { head: BRANCH, user: 'alice' })
    const outcome = await runDispatchFlow(world.deps(), { number, defaultBranch: 'main' })
    expect(outcome).toMatchObject({ result: 'created', pullRequestNumber: number })
    expect(readStamp(github.textAt(REPO, BRANCH, 'tech-design.md')!).body).toBe(design)
    // No comment started it: no tracking comment, no reaction.
    expect(github.issueComments(REPO, number)).toHaveLength(0)
    expect(github.reactions()).toHaveLength(0)
  })

  it('designs from the issue it names, in a draft pull request', async () => {
    const { github } = world
    const issue = github.createIssue(REPO, { title: 'Refunds', body: 'Refunds within 30 days.' })
    const outcome = await runDispatchFlow(world.deps(), {
      number: issue.number,
      defaultBranch: 'main',
    })
    expect(outcome.result).toBe('created')
    const [pr] = github.state.pulls
    expect(pr).toMatchObject({ number: outcome.pullRequestNumber, draft: true })
    expect(github.textAt(REPO, `tech-design/issue-${issue.number}`, 'tech-design.md')).toBeDefined()
    expect(github.issueComments(REPO, issue.number).at(-1)!.body).toContain(`#${pr!.number}`)
  })

  it('fails clearly when the default branch is not there', async () => {
    const issue = world.github.createIssue(REPO, { title: 'Refunds', body: 'Refunds.' })
    await expect(
      runDispatchFlow(world.deps(), { number: issue.number, defaultBranch: 'trunk' }),
    ).rejects.toThrow('The default branch trunk does not exist.')
  })
})
