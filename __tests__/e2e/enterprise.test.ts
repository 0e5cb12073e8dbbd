/**
 * Enterprise reach end to end, against the committed bundle: Claude on Amazon Bedrock and Vertex
 * AI with the credentials the runner's OIDC login steps leave in the environment, GitHub
 * Enterprise Server URLs, an LLM gateway with its own headers, and a proxy that every request
 * must pass through.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { readStamp } from '../../src/document/provenance.js'
import {
  writeGoogleExternalAccountCredentials,
  type FakeAnthropic,
} from '../fakes/anthropic-server.js'
import { issueCommentEvent, pullRequestEvent } from '../fakes/github-server.js'
import type { ActionRun, RunActionOptions } from '../support/action-runner.js'
import { architect } from '../support/architect.js'
import { BRANCH, REQUIREMENTS, useEndToEnd, type RunOptions } from '../support/e2e-harness.js'

const REPO = 'corp/payments'
const TOKEN = 'ghs_enterpriseToken0123456789abcdefgh'
const API_KEY = 'sk-ant-api03-enterprise-0123456789abc'
const GATEWAY_KEY = 'gw-live-7f3a9c1e5b2d4f6a8c0e'
const PROXY_PASSWORD = 'pr0xy-pa55word'
const AWS = {
  accessKeyId: 'ASIAE2EFAKEKEY000001',
  secretAccessKey: 'e2e/fake+Secret0Access1Key2for3Bedrock4x',
  sessionToken: 'FwoGZXIvYXdzE2EFAKESESSION0123456789abcdef',
  region: 'eu-central-1',
}
const GOOGLE = {
  projectId: 'payments-design',
  region: 'europe-west1',
  subjectToken: 'eyJhbGciOiJSUzI1NiJ9.e2e-github-oidc.signature',
}
/** Nothing listens here: a request sent to it fails at once. */
const DEAD_URL = 'http://127.0.0.1:9'

const e2e = useEndToEnd({
  token: TOKEN,
  apiKey: API_KEY,
  // Found in nothing the action writes, after any run.
  secrets: [
    API_KEY,
    TOKEN,
    GATEWAY_KEY,
    PROXY_PASSWORD,
    AWS.secretAccessKey,
    AWS.sessionToken,
    GOOGLE.subjectToken,
  ],
  repo: { name: REPO, readme: '# Payments\n' },
  // A fake model that takes any key or none: the gateway and the clouds authorise by other means.
  model: (design) => ({ defaultResponder: architect(design) }),
  check: { kind: 'invariants-after-run' },
})
let anthropic: FakeAnthropic
let design: string
beforeEach(() => {
  ;({ anthropic, design } = e2e)
})

/** A fresh fake GitHub, with the repository. */
const startGitHub = e2e.startGitHub

const arrangePullRequest = () => e2e.openPullRequest({ message: 'Add', author: 'ana' })

const act = ({
  eventName = 'pull_request',
  payload,
  ...options
}: RunOptions & Pick<RunActionOptions, 'payload'> & { eventName?: string }): Promise<ActionRun> =>
  e2e.run(eventName, payload, options)

const urlsIn = (text: string) => text.match(/https?:\/\/[^\s)"'\]>]+/g) ?? []

describe('Amazon Bedrock', () => {
  /** What aws-actions/configure-aws-credentials exports after assuming the role. */
  const awsEnv = {
    AWS_ACCESS_KEY_ID: AWS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: AWS.secretAccessKey,
    AWS_SESSION_TOKEN: AWS.sessionToken,
    AWS_REGION: AWS.region,
    AWS_DEFAULT_REGION: AWS.region,
  }

  it('designs through Bedrock with the job’s AWS credentials and the region’s profile', async () => {
    anthropic = await e2e.startAnthropic({
      platform: 'bedrock',
      aws: AWS,
      defaultResponder: architect(design),
    })
    const gh = await startGitHub()
    const number = arrangePullRequest()
    const run = await act({
      payload: pullRequestEvent(gh, { repo: REPO, number, action: 'opened' }),
      anthropicUrl: DEAD_URL,
      inputs: { provider: 'bedrock', 'anthropic-api-key': '', 'anthropic-base-url': anthropic.url },
      env: awsEnv,
    })

    expect(run.code).toBe(0)
    expect(run.outputs).toMatchObject({ result: 'created', 'open-questions': '3' })
    expect(readStamp(gh.textAt(REPO, BRANCH, 'tech-design.md')!).body).toBe(design)
    expect(anthropic.requests).toHaveLength(1)
    expect(anthropic.requests[0]).toMatchObject({
      model: 'eu.anthropic.claude-sonnet-5-5',
      awsAccessKeyId: AWS.accessKeyId,
    })
    expect(run.stdout).toContain('with eu.anthropic.claude-sonnet-5-5 on Amazon Bedrock.')
    // Priced as the Anthropic model the profile serves.
    expect(Number(run.outputs['cost-usd'])).toBeGreaterThan(0)
  })

  it('fails with what to set when the provider is bedrock and no region is known', async () => {
    const gh = await startGitHub()
    const number = arrangePullRequest()
    const run = await act({
      payload: pullRequestEvent(gh, { repo: REPO, number, action: 'opened' }),
      inputs: { provider: 'bedrock' },
    })
    expect(run.code).toBe(1)
    expect(run.outputs.result).toBe('failed')
    expect(run.summary).toContain('no AWS region is set: set the aws-region input or AWS_REGION')
    expect(anthropic.requests).toHaveLength(0)
  })
})

describe('Vertex AI', () => {
  let dir: string

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tech-design-gcp-'))
  })
  afterEach(() => rm(dir, { recursive: true, force: true }))

  it('designs through Vertex AI with the Workload Identity credentials file', async () => {
    anthropic = await e2e.startAnthropic({
      platform: 'vertex',
      google: GOOGLE,
      defaultResponder: architect(design),
    })
    const gh = await startGitHub()
    const number = arrangePullRequest()
    const credentials = await writeGoogleExternalAccountCredentials(
      dir,
      anthropic.url,
      GOOGLE.subjectToken,
    )
    const run = await act({
      payload: pullRequestEvent(gh, { repo: REPO, number, action: 'opened' }),
      inputs: {
        provider: 'vertex',
        'anthropic-api-key': '',
        'vertex-region': GOOGLE.region,
        model: 'claude-sonnet-5-5-20261001',
      },
      // What google-github-actions/auth exports; the endpoint is the fake's.
      env: {
        GOOGLE_APPLICATION_CREDENTIALS: credentials,
        GOOGLE_CLOUD_PROJECT: GOOGLE.projectId,
        ANTHROPIC_VERTEX_BASE_URL: anthropic.baseURL,
      },
    })

    expect(run.code).toBe(0)
    expect(run.outputs.result).toBe('created')
    expect(readStamp(gh.textAt(REPO, BRANCH, 'tech-design.md')!).body).toBe(design)
    expect(anthropic.requests.filter((r) => r.path === '/v1/token')).toHaveLength(1)
    const predictions = anthropic.requests.filter((r) => r.path.endsWith(':streamRawPredict'))
    expect(predictions).toHaveLength(1)
    expect(predictions[0]).toMatchObject({
      model: 'claude-sonnet-5-5@20261001',
      vertex: { project: GOOGLE.projectId, region: GOOGLE.region },
    })
  })
})

describe('GitHub Enterprise Server', () => {
  it('uses /api/v3 and the GraphQL URL derived from it, and links to the server', async () => {
    const gh = await startGitHub({ pathPrefix: '/api/v3' })
    const number = arrangePullRequest()
    const run = await act({
      payload: pullRequestEvent(gh, { repo: REPO, number, action: 'opened' }),
      // As on a server whose runner sets only GITHUB_API_URL: GraphQL is found from it.
      env: { GITHUB_GRAPHQL_URL: '' },
    })

    expect(run.code).toBe(0)
    expect(run.outputs.result).toBe('created')
    expect(readStamp(gh.textAt(REPO, BRANCH, 'tech-design.md')!).body).toBe(design)
    expect(gh.count({ path: '/graphql' })).toBeGreaterThanOrEqual(1)
    // Every request found its route under the prefix (a 404 for a file not there yet still does).
    expect(gh.requests.filter((r) => !r.operation)).toEqual([])
    const links = urlsIn(run.summary)
    expect(links.length).toBeGreaterThan(0)
    for (const link of links) expect(link.startsWith(`${gh.serverUrl}/${REPO}/`)).toBe(true)
    expect(run.everything).not.toContain('github.com')
  })

  it('links the command’s replies and the design pull request to the server', async () => {
    const gh = await startGitHub({ pathPrefix: '/api/v3' })
    gh.setPermission('maria', 'maintain', REPO)
    const issue = gh.createIssue(REPO, {
      title: 'Refunds',
      body: REQUIREMENTS,
      user: 'maria',
    }).number
    const run = await act({
      eventName: 'issue_comment',
      payload: issueCommentEvent(gh, {
        repo: REPO,
        number: issue,
        body: '/tech-design',
        login: 'maria',
      }),
    })

    expect(run.code).toBe(0)
    const replies = gh.issueComments(REPO, issue).filter((c) => c.user === 'github-actions[bot]')
    expect(replies.length).toBeGreaterThan(0)
    const links = replies.flatMap((c) => urlsIn(c.body)).concat(urlsIn(run.summary))
    expect(links.length).toBeGreaterThan(1)
    for (const link of links) expect(link.startsWith(gh.serverUrl)).toBe(true)
  })
})

describe('LLM gateway', () => {
  it('sends requests to anthropic-base-url with the extra headers, masked in the log', async () => {
    const gh = await startGitHub()
    const number = arrangePullRequest()
    const run = await act({
      payload: pullRequestEvent(gh, { repo: REPO, number, action: 'opened' }),
      // ANTHROPIC_BASE_URL points nowhere: the input wins over it.
      anthropicUrl: DEAD_URL,
      inputs: {
        'anthropic-api-key': '',
        'anthropic-base-url': anthropic.url,
        'anthropic-headers': `X-Gateway-Key: ${GATEWAY_KEY}\nX-Cost-Center: design-reviews`,
      },
    })

    expect(run.code).toBe(0)
    expect(run.outputs.result).toBe('created')
    expect(anthropic.requests).toHaveLength(1)
    const headers = anthropic.requests[0]!.headers
    expect(headers['x-gateway-key']).toBe(GATEWAY_KEY)
    expect(headers['x-cost-center']).toBe('design-reviews')
    // No key: the gateway authorises the request by its own header.
    expect(headers.authorization).toBeUndefined()
    expect(headers['x-api-key']).toBeUndefined()
    // The runner masks what the action registers; act() checked it appears nowhere else.
    expect(run.rawStdout).toContain(`::add-mask::${GATEWAY_KEY}`)
  })

  it('refuses malformed header lines before any request, without echoing a value', async () => {
    const gh = await startGitHub()
    const number = arrangePullRequest()
    const run = await act({
      payload: pullRequestEvent(gh, { repo: REPO, number, action: 'opened' }),
      inputs: { 'anthropic-headers': `X-Gateway-Key ${GATEWAY_KEY}` },
    })
    expect(run.code).toBe(1)
    expect(run.outputs.result).toBe('failed')
    expect(run.stdout).toContain(
      'input "anthropic-headers" must be "Name: value" lines: line 1 is not "Name: value".',
    )
    expect(gh.requests).toHaveLength(0)
    expect(anthropic.requests).toHaveLength(0)
  })
})

describe('proxy', () => {
  const hostOf = (url: string) => new URL(url).host

  it('sends every GitHub and model request through HTTPS_PROXY, hiding its password', async () => {
    const gh = await startGitHub()
    const proxy = await e2e.startProxy({ auth: { username: 'runner', password: PROXY_PASSWORD } })
    const number = arrangePullRequest()
    const run = await act({
      payload: pullRequestEvent(gh, { repo: REPO, number, action: 'opened' }),
      env: { HTTPS_PROXY: proxy.url, http_proxy: proxy.url },
    })

    expect(run.code).toBe(0)
    expect(run.outputs.result).toBe('created')
    for (const target of [hostOf(gh.url), hostOf(anthropic.url)]) {
      expect(proxy.countFor(target)).toBeGreaterThanOrEqual(1)
      expect(proxy.bytesFor(target).down).toBeGreaterThan(1000)
    }
    expect(proxy.targets().sort()).toEqual([hostOf(gh.url), hostOf(anthropic.url)].sort())
    expect(proxy.rejected).toEqual([])
    const port = new URL(proxy.url).port
    expect(run.stdout).toContain(`Sending requests through the proxy http://127.0.0.1:${port}.`)
  })

  it('goes direct to the hosts in NO_PROXY', async () => {
    const gh = await startGitHub()
    const proxy = await e2e.startProxy()
    const number = arrangePullRequest()
    const run = await act({
      payload: pullRequestEvent(gh, { repo: REPO, number, action: 'opened' }),
      env: { HTTPS_PROXY: proxy.url, HTTP_PROXY: proxy.url, NO_PROXY: hostOf(gh.url) },
    })

    expect(run.code).toBe(0)
    expect(proxy.countFor(hostOf(gh.url))).toBe(0)
    expect(proxy.countFor(hostOf(anthropic.url))).toBeGreaterThanOrEqual(1)
    expect(gh.requests.length).toBeGreaterThan(3)
  })

  it('says which proxy variable is not a URL', async () => {
    const gh = await startGitHub()
    const number = arrangePullRequest()
    const run = await act({
      payload: pullRequestEvent(gh, { repo: REPO, number, action: 'opened' }),
      env: { HTTPS_PROXY: 'http://proxy corp:3128' },
    })
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('The HTTPS_PROXY environment variable is not a URL')
    expect(gh.requests).toHaveLength(0)
  })
})
