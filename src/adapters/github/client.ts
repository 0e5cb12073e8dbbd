/**
 * The typed GitHub client every GitHub call goes through: Octokit with retries for transient
 * failures and waits for rate limits, bound to one repository.
 */
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import { Octokit } from '@octokit/rest'
import Bottleneck from 'bottleneck'

const GitHubOctokit = Octokit.plugin(retry, throttling)
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
