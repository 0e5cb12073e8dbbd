/**
 * What must hold after any run, whatever went wrong: nothing forced, nothing duplicated, no
 * invalid design on any branch, and no secret in anything a person or a log could see.
 */
import { expect } from '@jest/globals'
import { defaultTemplate } from '../../src/assets/index.js'
import { readStamp } from '../../src/document/provenance.js'
import { parseTemplate } from '../../src/document/template.js'
import { validateDesign } from '../../src/document/validate.js'
import type { FakeGitHub } from '../fakes/github-server.js'
import type { ActionRun } from './action-runner.js'

/** Every commit on every branch: its message and every file it holds. */
export function everythingCommitted(github: FakeGitHub): string {
  const out: string[] = []
  for (const repo of github.state.repos.values()) {
    for (const branch of repo.branches.keys()) {
      for (const commit of github.commitsOn(repo.fullName, branch)) {
        out.push(commit.message)
        for (const content of commit.tree.values()) out.push(content.toString('utf8'))
      }
    }
  }
  return out.join('\n')
}

export function assertInvariants(
  github: FakeGitHub,
  options: {
    runs: ActionRun[]
    secrets: string[]
    designPath: string
    /** Who the action runs as (the workflow token's bot by default). */
    actionLogin?: string
  },
): void {
  expect(github.violations).toEqual([])
  expect(github.forcePushes).toEqual([])
  const written = [
    ...options.runs.map((r) => r.everything),
    ...github.issueComments().map((c) => c.body),
    ...github.reviewComments().map((c) => c.body),
    ...github.reviews().map((r) => r.body),
    everythingCommitted(github),
  ].join('\n')
  for (const secret of options.secrets) expect(written).not.toContain(secret)
  // No duplicate review of one commit, no question posted twice, no bot comment posted twice.
  // (Others may write what they like, copies of our comments included: only the action's count.)
  const action = options.actionLogin ?? 'github-actions[bot]'
  const byAction = (login: string) => login === action
  const reviewed = github
    .reviews()
    .filter((r) => byAction(r.user))
    .map((r) => `${r.pullNumber}:${r.commit_id}`)
  expect(new Set(reviewed).size).toBe(reviewed.length)
  const roots = github
    .reviewComments()
    .filter((c) => !c.in_reply_to_id && byAction(c.user))
    .map((c) => `${c.pullNumber}:${c.body}`)
  expect(new Set(roots).size).toBe(roots.length)
  const botComments = github
    .issueComments()
    .filter((c) => byAction(c.user))
    .map((c) => `${c.issueNumber}:${c.body}`)
  expect(new Set(botComments).size).toBe(botComments.length)
  // Whatever design is on a branch passes `tech-design check`.
  for (const repo of github.state.repos.values()) {
    for (const branch of repo.branches.keys()) {
      const text = github.textAt(repo.fullName, branch, options.designPath)
      if (text === undefined) continue
      expect(validateDesign(readStamp(text).body, parseTemplate(defaultTemplate()))).toEqual([])
    }
  }
}
