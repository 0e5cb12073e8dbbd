/** GitHub failures turned into messages a person can act on. */

interface HttpError {
  status?: number
  message?: string
  /** GraphQL answers errors with HTTP 200 and a list. */
  errors?: { type?: string; message?: string }[]
}

/** A GitHub call failed; the message says what was being done and what to do about it. */
export class GitHubError extends Error {
  constructor(
    message: string,
    readonly status: number | undefined,
  ) {
    super(message)
    this.name = 'GitHubError'
  }
}

export const PERMISSIONS_HINT =
  'The workflow token needs write access: add `permissions: { contents: write, pull-requests: write, issues: write }` to the workflow or job.'

export function statusOf(error: unknown): number | undefined {
  const status = (error as HttpError | null)?.status
  return typeof status === 'number' ? status : undefined
}

/** Wraps any error from a GitHub call: `doing` is e.g. "commit tech-design.md to feature/x". */
export function explainGitHubError(error: unknown, doing: string): GitHubError {
  if (error instanceof GitHubError) return error
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
