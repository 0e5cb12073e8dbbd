import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readActionContext, runContext } from '../../src/action/context.js'

const env = (values: Record<string, string> = {}): NodeJS.ProcessEnv => ({
  GITHUB_REPOSITORY: 'acme/payments',
  GITHUB_EVENT_NAME: 'pull_request',
  ...values,
})

function failure(values: Record<string, string>): string {
  try {
    readActionContext(env(values))
  } catch (error) {
    return (error as Error).message
  }
  throw new Error('expected readActionContext to throw')
}

describe('readActionContext', () => {
  it('uses github.com without the server variables', () => {
    expect(readActionContext(env({ GITHUB_RUN_ID: '42' }))).toMatchObject({
      eventName: 'pull_request',
      payload: {},
      repo: { owner: 'acme', repo: 'payments' },
      apiUrl: 'https://api.github.com',
      graphqlUrl: 'https://api.github.com/graphql',
      serverUrl: 'https://github.com',
      runUrl: 'https://github.com/acme/payments/actions/runs/42',
    })
  })

  it('follows a GitHub Enterprise Server, finding GraphQL from the REST URL', () => {
    expect(
      readActionContext(
        env({
          GITHUB_SERVER_URL: 'https://ghe.corp.example/',
          GITHUB_API_URL: 'https://ghe.corp.example/api/v3/',
        }),
      ),
    ).toMatchObject({
      apiUrl: 'https://ghe.corp.example/api/v3',
      graphqlUrl: 'https://ghe.corp.example/api/graphql',
      serverUrl: 'https://ghe.corp.example',
      runUrl: undefined,
    })
  })

  it.each(['GITHUB_API_URL', 'GITHUB_GRAPHQL_URL', 'GITHUB_SERVER_URL'])(
    'refuses %s holding credentials, naming the variable and never its value',
    (name) => {
      const message = failure({ [name]: 'https://deploy-bot:ghp_s3cretvalue@ghe.corp.example/api' })
      expect(message).toBe(
        `${name} holds credentials (a user name or password before the host): remove them; ` +
          'the action authenticates to GitHub with the github-token input.',
      )
      expect(message).not.toContain('ghp_s3cretvalue')
      expect(message).not.toContain('deploy-bot')
    },
  )

  it('refuses a lone token before the host too', () => {
    expect(failure({ GITHUB_API_URL: 'https://ghp_s3cretvalue@api.github.com' })).toMatch(
      /^GITHUB_API_URL holds credentials/,
    )
  })

  it('still needs GITHUB_REPOSITORY', () => {
    expect(() => readActionContext({})).toThrow(/GITHUB_REPOSITORY is not set/)
  })

  it('reads the payload from GITHUB_EVENT_PATH, as parsed JSON for the readers to check', () => {
    const dir = mkdtempSync(join(tmpdir(), 'context-'))
    try {
      const path = join(dir, 'event.json')
      writeFileSync(path, JSON.stringify({ action: 'opened', repository: { private: true } }))
      expect(readActionContext(env({ GITHUB_EVENT_PATH: path })).payload).toEqual({
        action: 'opened',
        repository: { private: true },
      })
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('runContext', () => {
  it('tells the flows the repository, the links and the run, and nothing else', () => {
    const ctx = readActionContext(
      env({ GITHUB_RUN_ID: '42', GITHUB_SERVER_URL: 'https://ghe.corp.example' }),
    )
    expect(runContext(ctx, '42.1.abcd')).toEqual({
      repo: { owner: 'acme', repo: 'payments' },
      serverUrl: 'https://ghe.corp.example',
      runUrl: 'https://ghe.corp.example/acme/payments/actions/runs/42',
      runId: '42.1.abcd',
    })
  })
})
