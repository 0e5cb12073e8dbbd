/** Reading webhook payloads that may leave anything out. */
import { describe, expect, it } from '@jest/globals'
import {
  defaultBranchOf,
  isPrivateRepository,
  loosePayload,
  type PullRequestPayload,
} from '../../src/flows/payloads.js'
import { ACTIONS_BOT, pullRequestEvent, startFakeGitHub } from '../fakes/github-server.js'

describe('loosePayload', () => {
  it('takes an object as it is, and anything else as an empty payload', () => {
    const payload = { action: 'opened' }
    expect(loosePayload<PullRequestPayload>(payload)).toBe(payload)
    for (const other of [null, undefined, 'text', 3]) {
      expect(loosePayload<PullRequestPayload>(other)).toEqual({})
    }
  })
})

describe('defaultBranchOf', () => {
  it('reads the repository’s default branch, main when the payload does not say', () => {
    expect(defaultBranchOf({ repository: { default_branch: 'trunk' } })).toBe('trunk')
    expect(defaultBranchOf({ repository: {} })).toBe('main')
    expect(defaultBranchOf(null)).toBe('main')
  })
})

describe('isPrivateRepository', () => {
  it('is true only when the payload says so: unknown counts as public', () => {
    expect(isPrivateRepository({ repository: { private: true } })).toBe(true)
    expect(isPrivateRepository({ repository: { private: false } })).toBe(false)
    expect(isPrivateRepository({ repository: { private: 'true' } })).toBe(false)
    expect(isPrivateRepository({})).toBe(false)
  })

  it('reads a payload GitHub sends', async () => {
    const github = await startFakeGitHub({ tokens: { t: ACTIONS_BOT } })
    try {
      github.createRepo('acme/vault', { private: true, defaultBranch: 'trunk' })
      github.createBranch('acme/vault', 'x', 'trunk')
      github.commitFiles('acme/vault', 'x', { 'a.md': 'a\n' })
      const { number } = github.createPullRequest('acme/vault', { head: 'x', base: 'trunk' })
      const payload = pullRequestEvent(github, { repo: 'acme/vault', number, action: 'opened' })
      expect(isPrivateRepository(payload)).toBe(true)
      expect(defaultBranchOf(payload)).toBe('trunk')
    } finally {
      await github.close()
    }
  })
})
