/** The outcomes every trigger shares once a design is made. */
import { describe, expect, it } from '@jest/globals'
import {
  closedOutcome,
  uncommittedOutcome,
  type CommittedDesign,
} from '../../../src/flows/steps/publish-design.js'

const spent = {
  openQuestions: [{ text: 'Who approves?', line: 9 }],
  modelCalls: 1,
  model: 'claude-sonnet-5-5',
}
const design = { document: '# Design\n', openQuestions: spent.openQuestions, changedSections: null }
const onPullRequest = { designPath: 'tech-design.md', branch: 'feature/x', pullRequestNumber: 7 }
const onIssueBranch = { designPath: 'tech-design.md', branch: 'tech-design/issue-3' }

describe('uncommittedOutcome', () => {
  it('says there is nothing to do when the design is the design of its inputs', () => {
    expect(uncommittedOutcome({ status: 'unchanged', atHead: null }, onPullRequest)).toEqual({
      result: 'unchanged',
      reason:
        'tech-design.md is already the design of these requirements, template and model; nothing to do.',
      designPath: 'tech-design.md',
      pullRequestNumber: 7,
      openQuestions: [],
    })
  })

  it('passes on why a design was not committed, with what it cost', () => {
    const reason = 'Someone edited tech-design.md on feature/x while the design was written.'
    expect(
      uncommittedOutcome(
        { status: 'not-committed', reason, spent, design, atHead: null },
        onIssueBranch,
      ),
    ).toEqual({ result: 'skipped', reason, designPath: 'tech-design.md', ...spent })
  })

  it('names the file and the branch when the regenerated design is the same', () => {
    expect(
      uncommittedOutcome({ status: 'identical', spent, design, atHead: null }, onIssueBranch),
    ).toEqual({
      result: 'unchanged',
      reason:
        'The regenerated design is identical to tech-design.md on tech-design/issue-3; nothing to commit.',
      designPath: 'tech-design.md',
      ...spent,
    })
  })
})

describe('closedOutcome', () => {
  const made = (before: CommittedDesign['before']): CommittedDesign => ({
    status: 'committed',
    before,
    commit: { sha: 'abcdef0123456789', url: 'https://github.com/acme/shop/commit/abcdef0' },
    text: '# Design\n',
    spent,
    design,
    threads: [],
    atHead: '# Design\n',
  })

  it('reports the commit, and that nothing was posted, when a person closed the pull request', () => {
    expect(closedOutcome(made('stale'), onIssueBranch, { number: 4, state: 'MERGED' })).toEqual({
      result: 'updated',
      reason:
        'Pull request #4 was merged while the design was written. The design was committed to tech-design/issue-3 in abcdef0; no questions were posted and no thread was changed.',
      designPath: 'tech-design.md',
      ...spent,
      commitSha: 'abcdef0123456789',
      commitUrl: 'https://github.com/acme/shop/commit/abcdef0',
    })
  })

  it('says created for a design that was not there before', () => {
    const outcome = closedOutcome(made('absent'), onPullRequest, { number: 7, state: 'CLOSED' })
    expect(outcome).toMatchObject({ result: 'created', pullRequestNumber: 7 })
    expect(outcome.reason).toMatch(/^Pull request #7 was closed while the design was written\./)
  })
})
