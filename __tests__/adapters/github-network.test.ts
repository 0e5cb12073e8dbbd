/**
 * GitHub calls that get no answer, through the real Octokit with its plugins: the message names
 * the host and the cause (not a "500" nobody sent), and the retries are few. Nothing leaves the
 * loopback: a closed port, a lookup answered here for a `.invalid` name, a self-signed server.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { createGitHub, type GitHub } from '../../src/adapters/github/client.js'
import {
  explainGitHubError,
  GitHubError,
  GitHubUnreachableError,
} from '../../src/adapters/github/errors.js'
import { readFileAt } from '../../src/adapters/github/file-content.js'
import { listReviewThreads } from '../../src/adapters/github/review-threads.js'
import { ACTIONS_BOT, startFakeGitHub, type FakeGitHub } from '../fakes/github-server.js'
import {
  closedPort,
  counting,
  stalledFetch,
  unresolvingFetch,
  untrustedTlsServer,
} from './network-fixtures.js'

const TOKEN = 'ghs_networkToken'
const REPO = { owner: 'acme', repo: 'shop' }

function github(baseUrl: string, fetchImpl?: typeof fetch): GitHub {
  return createGitHub({
    token: TOKEN,
    repo: REPO,
    baseUrl,
    graphqlUrl: `${baseUrl}/graphql`,
    fetch: fetchImpl,
  })
}

async function failure(promise: Promise<unknown>): Promise<GitHubError> {
  const error = await promise.then(
    () => {
      throw new Error('expected the call to fail')
    },
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(GitHubError)
  const { message } = error as GitHubError
  expect(message).not.toMatch(/\(500\)|server error|answered/)
  expect(message).not.toContain(TOKEN)
  return error as GitHubError
}

let cleanup: (() => Promise<void>)[] = []
afterEach(async () => {
  await Promise.all(cleanup.map((close) => close()))
  cleanup = []
})

describe('a closed port', () => {
  it('says the connection was refused, naming host and port, after 3 quick attempts', async () => {
    const port = await closedPort()
    const counted = counting()
    const error = await failure(
      readFileAt(github(`http://127.0.0.1:${port}`, counted.fetch), 'docs/requirements.md', 'main'),
    )
    expect(error.message).toBe(
      `Could not read docs/requirements.md at main: GitHub's API at 127.0.0.1:${port} could not ` +
        `be reached after 3 attempts: the connection to 127.0.0.1:${port} was refused ` +
        '(ECONNREFUSED). Check GITHUB_API_URL on GitHub Enterprise Server, and that the server ' +
        'there is up (and HTTPS_PROXY, if the runner uses a proxy).',
    )
    expect(error.status).toBeUndefined()
    expect(error.network).toMatchObject({ kind: 'refused', host: `127.0.0.1:${port}` })
    // Our two retries, and none of plugin-retry's on top.
    expect(counted.calls()).toBe(3)
  })

  it('is the same for GraphQL', async () => {
    const port = await closedPort()
    const counted = counting()
    const error = await failure(
      listReviewThreads(github(`http://127.0.0.1:${port}`, counted.fetch), 1),
    )
    expect(error.message).toContain(`GitHub's API at 127.0.0.1:${port} could not be reached`)
    expect(error.message).toContain('refused (ECONNREFUSED)')
    expect(counted.calls()).toBe(3)
  })

  it('retries no more often than the request allows', async () => {
    const port = await closedPort()
    const counted = counting()
    const gh = github(`http://127.0.0.1:${port}`, counted.fetch)
    const raw = await gh.octokit
      .request('GET /repos/{owner}/{repo}', { ...REPO, request: { retries: 0 } })
      .catch((e: unknown) => e)
    expect(raw).toBeInstanceOf(GitHubUnreachableError)
    expect(counted.calls()).toBe(1)
    expect(explainGitHubError(raw, 'read the repository').message).toMatch(
      new RegExp(
        `^Could not read the repository: GitHub's API at 127\\.0\\.0\\.1:${port} could not be reached: the connection`,
      ),
    )
  })
})

describe('a name that does not resolve', () => {
  it('says so, naming the host, after one quick retry', async () => {
    const counted = counting(unresolvingFetch())
    const error = await failure(
      readFileAt(
        github('https://api.github.invalid', counted.fetch),
        'docs/requirements.md',
        'main',
      ),
    )
    expect(error.message).toBe(
      "Could not read docs/requirements.md at main: GitHub's API at api.github.invalid could not " +
        'be reached after 2 attempts: its name did not resolve (DNS lookup failed: ENOTFOUND). ' +
        "Check the runner's network and DNS, or GITHUB_API_URL on GitHub Enterprise Server.",
    )
    expect(counted.calls()).toBe(2)
  })

  it('names the port of a GitHub Enterprise Server that is not on the default one', async () => {
    const error = await failure(
      readFileAt(
        github('https://ghes.corp.invalid:8443/api/v3', unresolvingFetch()),
        'a.md',
        'main',
      ),
    )
    expect(error.message).toContain("GitHub's API at ghes.corp.invalid:8443 could not be reached")
  })
})

describe('a TLS failure', () => {
  it('says the certificate is not trusted, naming the host, without retrying', async () => {
    const server = await untrustedTlsServer()
    cleanup.push(() => server.close())
    const counted = counting()
    const error = await failure(readFileAt(github(server.url, counted.fetch), 'a.md', 'main'))
    expect(error.message).toMatch(
      new RegExp(
        `^Could not read a\\.md at main: GitHub's API at 127\\.0\\.0\\.1:${server.port} could not be reached: ` +
          "the TLS handshake failed: the server's certificate is not trusted \\(DEPTH_ZERO_SELF_SIGNED_CERT\\)\\. " +
          'Behind a TLS-inspecting proxy, or for a server with a private CA, point NODE_EXTRA_CA_CERTS at the CA certificate\\.$',
      ),
    )
    expect(counted.calls()).toBe(1)
    expect(server.requests()).toBe(0)
  })
})

describe('no connection in time', () => {
  it('says how long it waited, after one retry', async () => {
    const counted = counting(stalledFetch(500))
    const error = await failure(
      readFileAt(github('https://api.github.invalid', counted.fetch), 'a.md', 'main'),
    )
    expect(error.message).toContain(
      "GitHub's API at api.github.invalid could not be reached after 2 attempts: no connection " +
        'within 0.5 s (UND_ERR_CONNECT_TIMEOUT). A firewall may be dropping the connection',
    )
    expect(counted.calls()).toBe(2)
  })
})

describe('against the fake GitHub', () => {
  let fake: FakeGitHub
  const start = async () => {
    fake = await startFakeGitHub({ tokens: { [TOKEN]: ACTIONS_BOT } })
    fake.createRepo('acme/shop', { files: { 'README.md': '# Shop\n' } })
    cleanup.push(() => fake.close())
    return createGitHub({
      token: TOKEN,
      repo: REPO,
      baseUrl: fake.url,
      graphqlUrl: fake.graphqlUrl,
    })
  }
  const CONTENTS = '/repos/{owner}/{repo}/contents/{path}'

  it('retries a connection cut before the answer, and succeeds', async () => {
    const gh = await start()
    fake.resetConnection({ method: 'GET', path: CONTENTS })
    const file = await readFileAt(gh, 'README.md', 'main')
    expect(Buffer.from(file!.bytes).toString()).toBe('# Shop\n')
    expect(fake.count({ path: CONTENTS })).toBe(2)
  })

  it('still leaves an HTTP 5xx answer to plugin-retry, and calls it a server error', async () => {
    const gh = await start()
    fake.fail({ method: 'GET', path: CONTENTS, status: 502, times: 1 })
    expect(await readFileAt(gh, 'README.md', 'main')).not.toBeNull()
    expect(fake.count({ path: CONTENTS })).toBe(2)
    const answered = explainGitHubError(
      Object.assign(new Error('Bad Gateway'), { status: 502, response: { status: 502 } }),
      'read x',
    )
    expect(answered.message).toBe(
      'Could not read x: GitHub answered (502) "Bad Gateway". GitHub had a server error; re-run the job.',
    )
  })
})

describe('explainGitHubError of a request that got no answer', () => {
  const fetchFailed = (cause: unknown) => Object.assign(new TypeError('fetch failed'), { cause })
  /** What @octokit/request throws when fetch fails: a RequestError with status 500, no response. */
  const requestError = (message: string, cause: unknown, url = 'https://api.github.com/x?y=1') =>
    Object.assign(new Error(message), { status: 500, request: { url }, cause })

  it('names the host and the cause, not a 500', () => {
    const cause = fetchFailed(
      Object.assign(new Error('certificate has expired'), { code: 'CERT_HAS_EXPIRED' }),
    )
    const error = explainGitHubError(requestError('certificate has expired', cause), 'read x')
    expect(error.message).toBe(
      "Could not read x: GitHub's API at api.github.com could not be reached: the TLS handshake " +
        "failed: the server's certificate has expired or is not valid yet (CERT_HAS_EXPIRED). " +
        "Check the runner's clock; otherwise the server's certificate needs renewing.",
    )
    expect(error.status).toBeUndefined()
  })

  it('says there was no answer when the cause is not one it knows', () => {
    const error = explainGitHubError(
      requestError('something odd', fetchFailed(new Error('something odd'))),
      'read x',
    )
    expect(error.message).toBe(
      "Could not read x: the request to GitHub's API at api.github.com got no answer (something odd). Re-run the job.",
    )
  })
})
