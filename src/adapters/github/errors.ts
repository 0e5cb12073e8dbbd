/** GitHub failures turned into messages a person can act on. */
import {
  describeNetworkFailure,
  findNetworkFailure,
  hostOf,
  networkAdvice,
  type NetworkFailure,
} from '../network-failure.js'

interface HttpError {
  status?: number
  message?: string
  /** GraphQL answers errors with HTTP 200 and a list. */
  errors?: { type?: string; message?: string }[]
  /** Octokit's RequestError: the HTTP answer, absent when there was none. */
  response?: unknown
  request?: { url?: string }
  cause?: unknown
}

/** A GitHub call failed; the message says what was being done and what to do about it. */
export class GitHubError extends Error {
  constructor(
    message: string,
    readonly status: number | undefined,
    /** Set when GitHub could not be reached at all: no HTTP answer came. */
    readonly network?: NetworkFailure,
  ) {
    super(message)
    this.name = 'GitHubError'
  }
}

/** Where GitHub Enterprise Server users point requests; github.com needs nothing set. */
const ENDPOINT_SETTING = 'GITHUB_API_URL on GitHub Enterprise Server'

/** "GitHub's API at api.github.com could not be reached: …. Check …." */
function describeUnreachable(failure: NetworkFailure, attempts: number): string {
  const at = failure.host ? ` at ${failure.host}` : ''
  const after = attempts > 1 ? ` after ${attempts} attempts` : ''
  return (
    `GitHub's API${at} could not be reached${after}: ${describeNetworkFailure(failure)}. ` +
    networkAdvice(failure, ENDPOINT_SETTING)
  )
}

/**
 * A GitHub request that got no HTTP answer, after the client's own short retries (see
 * client.ts). It has no status, so @octokit/plugin-retry does not retry it again; `request`
 * is there because that plugin reads it from whatever it is handed.
 */
export class GitHubUnreachableError extends Error {
  readonly request: { method: string; url: string }

  constructor(
    readonly failure: NetworkFailure,
    readonly attempts: number,
    request: { method: string; url: string },
    options?: { cause?: unknown },
  ) {
    super(describeUnreachable(failure, attempts), options)
    this.name = 'GitHubUnreachableError'
    this.request = request
  }
}

const PERMISSIONS_HINT =
  'The workflow token needs write access: add `permissions: { contents: write, pull-requests: write, issues: write }` to the workflow or job.'

export function statusOf(error: unknown): number | undefined {
  if (gotNoAnswer(error)) return undefined
  const status = (error as HttpError | null)?.status
  return typeof status === 'number' ? status : undefined
}

/**
 * Whether the request got no answer at all: Octokit reports a fetch that threw as a
 * RequestError with status 500, no response, and the fetch error as its cause.
 */
export function gotNoAnswer(error: unknown): boolean {
  const e = error as HttpError | null
  return e?.status === 500 && e.response === undefined && e.cause !== undefined
}

/** Wraps any error from a GitHub call: `doing` is e.g. "commit tech-design.md to feature/x". */
export function explainGitHubError(error: unknown, doing: string): GitHubError {
  if (error instanceof GitHubError) return error
  if (error instanceof GitHubUnreachableError) {
    return new GitHubError(`Could not ${doing}: ${error.message}`, undefined, error.failure)
  }
  if (gotNoAnswer(error)) {
    const request = (error as HttpError).request
    const failure = findNetworkFailure(error, request?.url)
    if (failure) {
      return new GitHubError(
        `Could not ${doing}: ${describeUnreachable(failure, 1)}`,
        undefined,
        failure,
      )
    }
    const host = hostOf(request?.url)
    return new GitHubError(
      `Could not ${doing}: the request to GitHub's API${host ? ` at ${host}` : ''} got no answer ` +
        `(${firstLine((error as HttpError).message ?? String(error))}). Re-run the job.`,
      undefined,
    )
  }
  const graphqlErrors = (error as HttpError | null)?.errors
  // A GraphQL FORBIDDEN is the REST 403 of the same missing permission.
  const status = graphqlErrors?.some((e) => e.type === 'FORBIDDEN') ? 403 : statusOf(error)
  const said = firstLine(
    graphqlErrors?.length
      ? graphqlErrors.map((e) => e.message ?? e.type ?? 'error').join('; ')
      : ((error as HttpError | null)?.message ?? String(error)),
  )
  let advice = ''
  if (status === 401) advice = ' The token is invalid or expired: check the github-token input.'
  else if (status === 403 && /rate limit/i.test(said))
    advice = ' GitHub rate-limited the token; try again later.'
  else if (status === 403) advice = ` ${PERMISSIONS_HINT}`
  else if (status === 404) advice = ' It does not exist, or the token cannot see it.'
  else if (status !== undefined && status >= 500)
    advice = ' GitHub had a server error; re-run the job.'
  const code = status === undefined ? '' : ` (${status})`
  return new GitHubError(`Could not ${doing}: GitHub answered${code} "${said}".${advice}`, status)
}

function firstLine(text: string): string {
  const line = text.split('\n')[0] ?? ''
  return line.length > 300 ? `${line.slice(0, 300)}…` : line
}
