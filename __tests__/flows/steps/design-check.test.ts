/**
 * Setting the "Technical design" check, in-process: the real GitHub client against the fake, which
 * stores the check runs as GitHub's Checks API does.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { listPullRequestFiles } from '../../../src/adapters/github/pull-request-files.js'
import { listReviewThreads } from '../../../src/adapters/github/review-threads.js'
import { defaultTemplate } from '../../../src/assets/index.js'
import { sha256, stampDesign } from '../../../src/document/provenance.js'
import type { FlowSettings } from '../../../src/flows/deps.js'
import { reportDesignCheck, type CheckPoint } from '../../../src/flows/steps/design-check.js'
import { listedFiles } from '../../../src/flows/steps/listed-files.js'
import { questionCommentBody } from '../../../src/github-text/review.js'
import { ACTIONS_BOT } from '../../fakes/github-server.js'
import { withTraceabilityTable } from '../../support/architect.js'
import { readFixture } from '../../support/fixtures.js'
import { REPO, TOKEN, startFlowWorld, type FlowWorld } from '../../support/flow-deps.js'

const BRANCH = 'feature/refunds'
const DESIGN_PATH = 'tech-design.md'
const REQUIREMENTS_PATH = 'docs/requirements.md'
const REQUIREMENTS = [
  '# Refunds',
  '',
  '## Functional requirements',
  '',
  '- **FR-1**: A customer can request a refund within 30 days of delivery.',
  '- **FR-2**: Support can approve or reject a refund request.',
  '- **FR-3**: Finance can export the refunds of a month.',
  '',
].join('\n')
/** The items as the request to the model lists them for the traceability table. */
const ITEMS_TURN = [
  '<requirement_items>',
  '- FR-1: A customer can request a refund within 30 days of delivery.',
  '- FR-2: Support can approve or reject a refund request.',
  '</requirement_items>',
].join('\n')
const PROVIDER = 'Which payment provider will be used for refunds?'

let world: FlowWorld
let conforming: string

beforeEach(async () => {
  conforming = await readFixture('designs/conforming.md')
  world = await startFlowWorld(conforming)
})
afterEach(async () => {
  await world.close()
})

const stamped = (body: string, requirements = REQUIREMENTS): string =>
  stampDesign(body, {
    requirements: sha256(requirements),
    prompt: 'a'.repeat(64),
    model: 'claude-sonnet-5-5',
  })

const withoutQuestions = (body: string): string =>
  body.replace(/## 12\. Open Questions\n[\s\S]*$/, '## 12. Open Questions\nNone.\n')

/** A pull request that adds the requirements and the design; returns its number and head. */
function arrange(design: string, requirements = REQUIREMENTS): { number: number; headSha: string } {
  const { github } = world
  github.createRepo(REPO, { files: { 'README.md': '# Shop\n' } })
  github.createBranch(REPO, BRANCH)
  const headSha = github.commitFiles(
    REPO,
    BRANCH,
    { [REQUIREMENTS_PATH]: requirements, [DESIGN_PATH]: design },
    'Add requirements and design',
    { author: 'alice' },
  )
  const { number } = github.createPullRequest(REPO, { head: BRANCH, user: 'alice' })
  return { number, headSha }
}

/** The action's question comment on its line of the design, and a person's reply in its thread. */
function askAndAnswer(number: number, headSha: string, question: string, answerBy: string) {
  const { state } = world.github
  const pull = state.pull(REPO, number)!
  const line = conforming.split('\n').findIndex((l) => l.includes(question)) + 1
  const asked = state.addReviewComment(pull, {
    placement: state.placeComment(pull, headSha, { path: DESIGN_PATH, line }),
    path: DESIGN_PATH,
    body: questionCommentBody({ text: question, line }, DESIGN_PATH),
    login: ACTIONS_BOT.login,
    commitId: headSha,
    reviewId: null,
  })
  state.replyToReviewComment(pull, asked.id, 'We use Adyen.', answerBy, null)
  return asked
}

const report = (point: CheckPoint, settings: Partial<FlowSettings> = {}) =>
  reportDesignCheck(world.deps({ settings }), point)

const checkAt = (headSha: string) => world.github.latestCheckRun(REPO, headSha, 'Technical design')

describe('reportDesignCheck: what it reads', () => {
  it('reads the design, the requirements and the threads when it is given none of them', async () => {
    const { number, headSha } = arrange(stamped(conforming))
    const result = await report({ number, headSha, template: defaultTemplate() })
    expect(world.requestList()).toEqual([
      'GET repos/get-content',
      'GET repos/get-content',
      'POST graphql repository',
      'POST checks/create',
    ])
    expect(result.check).toEqual({
      conclusion: 'success',
      title: 'Current with the requirements; 0 of 3 open questions answered',
      url: expect.stringMatching(/\/runs\/\d+$/),
    })
    expect(result.note).toBeNull()
    const check = checkAt(headSha)!
    expect(check).toMatchObject({
      status: 'completed',
      conclusion: 'success',
      details_url: `${world.github.serverUrl}/${REPO}/actions/runs/7`,
      output: { title: 'Current with the requirements; 0 of 3 open questions answered' },
    })
    expect(result.check!.url).toBe(`${world.github.serverUrl}/${REPO}/runs/${check.id}`)
  })

  it('reads nothing it is given: the design, the requirements and the threads', async () => {
    const design = stamped(conforming)
    const { number, headSha } = arrange(design)
    const threads = await listReviewThreads(world.deps().gh, number)
    world.github.resetCounters()
    await report({
      number,
      headSha,
      template: defaultTemplate(),
      design,
      requirements: REQUIREMENTS,
      threads,
    })
    expect(world.requestList()).toEqual(['POST checks/create'])
  })

  it('reads only the file it is not given', async () => {
    const design = stamped(withoutQuestions(conforming))
    const { number, headSha } = arrange(design)
    await report({ number, headSha, template: defaultTemplate(), design })
    expect(world.requestList()).toEqual(['GET repos/get-content', 'POST checks/create'])
    expect(decodeURIComponent(world.github.requests[0]!.path)).toMatch(
      /\/contents\/docs\/requirements\.md$/,
    )
  })

  it('takes files the pull request adds from its listing, not read again', async () => {
    const { number, headSha } = arrange(stamped(withoutQuestions(conforming)))
    const listed = listedFiles(await listPullRequestFiles(world.deps().gh, number), headSha)
    world.github.resetCounters()
    const result = await report({ number, headSha, template: defaultTemplate(), listed })
    expect(world.requestList()).toEqual(['POST checks/create'])
    expect(result.check?.conclusion).toBe('success')
  })

  it('reads no threads for a design that asks nothing, nor for no design', async () => {
    const { number, headSha } = arrange(stamped(withoutQuestions(conforming)))
    const asksNothing = await report({ number, headSha, template: defaultTemplate() })
    expect(asksNothing.check?.title).toBe('Current with the requirements, no open questions')
    expect(world.github.count({ path: '/graphql' })).toBe(0)

    world.github.resetCounters()
    const none = await report({
      number,
      headSha,
      template: defaultTemplate(),
      design: null,
      requirements: REQUIREMENTS,
    })
    expect(none.check?.title).toBe('No tech-design.md yet for docs/requirements.md')
    expect(world.requestList()).toEqual(['POST checks/create'])
  })

  it('counts an answer only from a person who may answer, each looked up once', async () => {
    const design = stamped(conforming)
    const { number, headSha } = arrange(design)
    world.github.setPermission('rita', 'write', REPO)
    askAndAnswer(number, headSha, PROVIDER, 'rita')
    world.github.resetCounters()
    const result = await report(
      { number, headSha, template: defaultTemplate(), design, requirements: REQUIREMENTS },
      { gate: 'answered' },
    )
    expect(world.requestList()).toEqual([
      'POST graphql repository',
      'GET repos/get-collaborator-permission-level',
      'POST checks/create',
    ])
    expect(result.check).toMatchObject({
      conclusion: 'failure',
      title: 'Current with the requirements; 1 of 3 open questions answered',
    })
  })
})

describe('reportDesignCheck: what the check says', () => {
  it('reports the coverage when the requirements have items and traceability is on', async () => {
    const design = stamped(withTraceabilityTable(conforming, ITEMS_TURN))
    const { number, headSha } = arrange(design)
    const result = await report({ number, headSha, template: defaultTemplate() })
    expect(result.coverage).toEqual({ covered: 2, total: 3, missing: ['FR-3'] })
    expect(checkAt(headSha)!.output.summary).toContain(
      'Traceability: 2/3 requirement items traced to design sections. Not traced: FR-3.',
    )
    // A gap in the table is no departure from the template: no annotation, no failure.
    expect(checkAt(headSha)!.annotations).toEqual([])
  })

  it('reports no coverage with traceability off, or requirements without items', async () => {
    const design = stamped(withTraceabilityTable(conforming, ITEMS_TURN))
    const { number, headSha } = arrange(design)
    const off = await report(
      { number, headSha, template: defaultTemplate() },
      { traceability: false },
    )
    expect(off.coverage).toBeNull()
    expect(checkAt(headSha)!.output.summary).not.toContain('Traceability:')

    const prose = '# Refunds\n\nCustomers can get their money back.\n'
    const noItems = await report({
      number,
      headSha,
      template: defaultTemplate(),
      design: stamped(conforming, prose),
      requirements: prose,
    })
    expect(noItems.coverage).toBeNull()
  })

  it('puts departures from the template on their lines of the design, failing under a gate', async () => {
    const broken = conforming.replace('## 7. Testing Strategy', '## 7. Tests')
    const { number, headSha } = arrange(stamped(broken))
    const result = await report(
      { number, headSha, template: defaultTemplate() },
      { gate: 'current' },
    )
    expect(result.check).toMatchObject({
      conclusion: 'failure',
      title: 'tech-design.md departs from the template in 1 place',
    })
    expect(checkAt(headSha)!.annotations).toEqual([
      expect.objectContaining({
        path: DESIGN_PATH,
        start_line: 121,
        end_line: 121,
        annotation_level: 'failure',
      }),
    ])
  })

  it('says why this run did not update the design, and links the review of its questions', async () => {
    const { number, headSha } = arrange(stamped(conforming, '# Older requirements\n'))
    const reviewUrl = `${world.github.serverUrl}/${REPO}/pull/1#pullrequestreview-5`
    await report({
      number,
      headSha,
      template: defaultTemplate(),
      reviewUrl,
      notUpdated: 'The pull request comes from a fork.',
    })
    const summary = checkAt(headSha)!.output.summary!
    expect(summary).toContain('This run did not update it: The pull request comes from a fork.')
    expect(summary).toContain(`([line 156](${reviewUrl})): not asked in a thread yet`)
  })
})

describe('reportDesignCheck: when the check cannot be set', () => {
  it('gives a notice, not a failure, for a token without checks permission', async () => {
    const { number, headSha } = arrange(stamped(withoutQuestions(conforming)))
    world.github.addToken(TOKEN, {
      ...ACTIONS_BOT,
      permissions: { contents: 'write', pull_requests: 'write', issues: 'write' },
    })
    const result = await report({ number, headSha, template: defaultTemplate() })
    const notice =
      'The "Technical design" check was not set: the workflow token may not write checks. Add `checks: write` to the workflow\'s `permissions:`.'
    expect(result).toEqual({
      check: null,
      coverage: { covered: 0, total: 3, missing: ['FR-1', 'FR-2', 'FR-3'] },
      note: notice,
    })
    expect(world.logs).toEqual([notice])
    expect(world.github.checkRuns(REPO)).toEqual([])
  })

  it('names the fix for a personal access token, which can never set a check', async () => {
    const { number, headSha } = arrange(stamped(withoutQuestions(conforming)))
    world.github.addToken(TOKEN, { login: 'alice', type: 'User' })
    const result = await report({ number, headSha, template: defaultTemplate() })
    expect(result.note).toMatch(
      /^The "Technical design" check was not set: only a GitHub App's token can create check runs/,
    )
    expect(world.logs).toEqual([result.note])
  })

  it('returns a note and logs a warning when GitHub refuses it for another reason', async () => {
    const design = stamped(withTraceabilityTable(conforming, ITEMS_TURN))
    const { number, headSha } = arrange(design)
    world.github.fail({
      method: 'POST',
      path: '/repos/{owner}/{repo}/check-runs',
      status: 422,
      body: { message: 'Validation Failed', errors: [{ code: 'custom', message: 'too odd' }] },
    })
    const result = await report({ number, headSha, template: defaultTemplate() })
    expect(result.check).toBeNull()
    expect(result.note).toBe(
      `Could not set the "Technical design" check on ${headSha.slice(0, 7)}: GitHub answered (422) "Validation Failed: {"code":"custom","message":"too odd"}".`,
    )
    // A refusal is not tried again.
    expect(world.requestList().filter((r) => r === 'POST checks/create')).toHaveLength(1)
    expect(result.note).not.toContain(TOKEN)
    // What was learned on the way is kept: the outcome still reports the coverage.
    expect(result.coverage).toEqual({ covered: 2, total: 3, missing: ['FR-3'] })
    expect(world.logs).toEqual([`warning: ${result.note}`])
    expect(world.github.checkRuns(REPO)).toEqual([])
  })

  it('returns a note when a file cannot be read', async () => {
    const { number, headSha } = arrange(stamped(conforming))
    world.github.fail({
      method: 'GET',
      path: /\/contents\//,
      status: 403,
      body: { message: 'Resource not accessible by integration' },
    })
    const result = await report({
      number,
      headSha,
      template: defaultTemplate(),
      design: stamped(conforming),
    })
    expect(result.check).toBeNull()
    expect(result.note).toMatch(
      /^The "Technical design" check was not set: .*Resource not accessible by integration/,
    )
    expect(world.requestList()).toEqual(['GET repos/get-content'])
    expect(world.logs.at(-1)).toBe(`warning: ${result.note}`)
  })
})
