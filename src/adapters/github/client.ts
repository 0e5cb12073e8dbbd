/**
 * The typed GitHub client every GitHub call goes through: Octokit with retries for transient
 * failures and waits for rate limits, bound to one repository.
 *
 * Requests that got no answer at all (a name that does not resolve, a refused connection, a TLS
 * failure) are retried by `networkRetries`, briefly and by kind (see ../network-failure.ts), and
 * then fail as a GitHubUnreachableError that names the host and the cause. Octokit itself would
 * report them as a status 500 it never received, which @octokit/plugin-retry retries for 14 s.
 */
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import { Octokit } from '@octokit/rest'
import Bottleneck from 'bottleneck'
import { findNetworkFailure, networkRetryLimit } from '../network-failure.js'
import { gotNoAnswer, GitHubUnreachableError } from './errors.js'

/** The Octokit core class plugins are given (@octokit/core, which @octokit/rest builds on). */
type CoreOctokit = Parameters<typeof retry>[0]

/** Pause before network retry n (0-based): 250 ms, then 500 ms. */
const NETWORK_RETRY_DELAY_MS = 250

/**
 * An Octokit plugin, registered before `retry` so that its hook is the inner one: it sees a
 * failed fetch first, retries it as its kind allows, and then throws an error without a status,
 * which plugin-retry passes on without retrying. A request sent with `request.retries` (as
 * createReview sends 0, to check whether a review landed before sending it again) is retried
 * here at most that often too.
 */
function networkRetries(octokit: CoreOctokit): void {
  octokit.hook.wrap('request', async (request, options) => {
    const allowed = (options.request as { retries?: unknown } | undefined)?.retries
    for (let attempt = 1; ; attempt++) {
      try {
        return await request(options)
      } catch (error) {
        if (!gotNoAnswer(error)) throw error
        const url = (error as { request?: { url?: string } }).request?.url ?? options.baseUrl
        const failure = findNetworkFailure(error, url)
        if (!failure) throw error
        const limit = Math.min(
          networkRetryLimit(failure),
          typeof allowed === 'number' ? allowed : Number.POSITIVE_INFINITY,
        )
        if (attempt <= limit) {
          await new Promise((resolve) =>
            setTimeout(resolve, NETWORK_RETRY_DELAY_MS * 2 ** (attempt - 1)),
          )
          continue
        }
        throw new GitHubUnreachableError(
          failure,
          attempt,
          { method: options.method, url: withoutQuery(url) },
          { cause: error },
        )
      }
    }
  })
}

function withoutQuery(url: string): string {
  try {
    const { origin, pathname } = new URL(url)
    return `${origin}${pathname}`
  } catch {
    return ''
  }
}

const GitHubOctokit = Octokit.plugin(networkRetries, retry, throttling)
export type Octo = InstanceType<typeof GitHubOctokit>

export interface RepoRef {
  owner: string
  repo: string
}

export interface GitHub {
  octokit: Octo
  /** GraphQL bound to its endpoint (GitHub Enterprise Server serves it outside the REST prefix). */
  graphql: Octo['graphql']
  repo: RepoRef
}

export interface GitHubClientOptions {
  token: string
  repo: RepoRef
  /** REST base, e.g. https://api.github.com or https://ghes.example.com/api/v3. */
  baseUrl: string
  graphqlUrl: string
  /** How many times a rate-limited request is retried after waiting. */
  rateLimitRetries?: number
  log?: (message: string) => void
  /**
   * Replaces the global fetch (tests inject failures with it). Without it requests go through
   * the global fetch, and so through the proxy agent when one is set up (../proxy.ts).
   */
  fetch?: typeof fetch
}

export function createGitHub(options: GitHubClientOptions): GitHub {
  const { token, repo, baseUrl, graphqlUrl, rateLimitRetries = 2, log = () => {} } = options
  const onLimit =
    (kind: string) =>
    (
      retryAfter: number,
      request: { method: string; url: string },
      _octokit: unknown,
      retryCount: number,
    ) => {
      const retrying = retryCount < rateLimitRetries
      log(
        `GitHub ${kind} rate limit on ${request.method} ${request.url}; ` +
          (retrying ? `waiting ${retryAfter} s before retrying.` : 'giving up.'),
      )
      return retrying
    }
  const octokit = new GitHubOctokit({
    auth: token,
    baseUrl: baseUrl.replace(/\/+$/, ''),
    userAgent: 'tech-design-action',
    // Octokit's own request log is noise (a 404 for a file not yet written is normal): failures are reported by the calls.
    log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
    ...(options.fetch ? { request: { fetch: options.fetch } } : {}),
    retry: { retries: 3 },
    throttle: {
      onRateLimit: onLimit('primary'),
      onSecondaryRateLimit: onLimit('secondary'),
      // A run makes a handful of writes: no pacing between them, but rate-limit answers are still waited out.
      write: new Bottleneck.Group({ maxConcurrent: 1, minTime: 0 }),
      notifications: new Bottleneck.Group({ maxConcurrent: 1, minTime: 0 }),
    },
  })
  return { octokit, graphql: octokit.graphql.defaults({ url: graphqlUrl }), repo }
}
