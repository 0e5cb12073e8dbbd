/** Who may steer a design, through the real Octokit against the fake GitHub API. */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { createGitHub, type GitHub } from '../../../src/adapters/github/client.js'
import { createPermissionLookup } from '../../../src/flows/steps/trust.js'
import { ACTIONS_BOT, startFakeGitHub, type FakeGitHub } from '../../fakes/github-server.js'

const TOKEN = 'ghs_trustLookupToken'
let fake: FakeGitHub
let gh: GitHub

beforeEach(async () => {
  fake = await startFakeGitHub({ tokens: { [TOKEN]: ACTIONS_BOT } })
  fake.addUser('mallory')
  fake.setPermission('carol', 'read')
  fake.setPermission('alice', 'write')
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

describe('createPermissionLookup', () => {
  it('on a public repository, gives read only to collaborators: a stranger has none', async () => {
    fake.createRepo('acme/shop')
    const people = createPermissionLookup(gh, false)
    expect(await people.of('mallory')).toBe('none')
    expect(await people.of('carol')).toBe('read')
    expect(await people.of('alice')).toBe('write')
    // Only a reported `read` needs the collaborator check.
    expect(fake.count({ path: '/repos/{owner}/{repo}/collaborators/{username}' })).toBe(2)
  })

  it('on a private repository, takes a reported read as it is', async () => {
    fake.createRepo('acme/shop', { private: true })
    const people = createPermissionLookup(gh, true)
    expect(await people.of('carol')).toBe('read')
    expect(await people.of('mallory')).toBe('none')
    expect(fake.count({ path: '/repos/{owner}/{repo}/collaborators/{username}' })).toBe(0)
  })

  it('looks each person up once per run, whatever the case of the login', async () => {
    fake.createRepo('acme/shop')
    const people = createPermissionLookup(gh, false)
    await Promise.all([people.of('mallory'), people.of('Mallory'), people.of('MALLORY')])
    expect(await people.of('mallory')).toBe('none')
    expect(fake.count()).toBe(2)
  })
})
