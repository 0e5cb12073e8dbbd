/**
 * What the runner tells the action about this run, read straight from its environment (no
 * GitHub client is loaded for it, so deciding that there is nothing to do stays cheap).
 */
import { readFileSync } from 'node:fs'
import type { RepoRef } from '../adapters/github/client.js'
import type { RunContext } from '../flows/deps.js'
import { holdsCredentials } from '../text/redact-urls.js'

export interface ActionContext {
  eventName: string
  /** The webhook payload, as parsed JSON: each reader checks the fields it uses (flows/payloads.ts). */
  payload: unknown
  repo: RepoRef
  apiUrl: string
  graphqlUrl: string
  serverUrl: string
  /** Link to this workflow run, for comments and the summary. */
  runUrl: string | undefined
}

/** Where GitHub (or a GitHub Enterprise Server) is: the runner sets these. */
const GITHUB_URL_VARIABLES = ['GITHUB_API_URL', 'GITHUB_GRAPHQL_URL', 'GITHUB_SERVER_URL'] as const

export function readActionContext(env: NodeJS.ProcessEnv): ActionContext {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/')
  if (!owner || !repo) {
    throw new Error('GITHUB_REPOSITORY is not set: run this action in a GitHub Actions workflow.')
  }
  for (const name of GITHUB_URL_VARIABLES) refuseCredentialsIn(name, env)
  const eventPath = env.GITHUB_EVENT_PATH
  const payload: unknown = eventPath ? JSON.parse(readFileSync(eventPath, 'utf8')) : {}
  const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '')
  const apiUrl = (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '')
  return {
    eventName: env.GITHUB_EVENT_NAME ?? '',
    payload,
    repo: { owner, repo },
    apiUrl,
    graphqlUrl: env.GITHUB_GRAPHQL_URL || `${apiUrl.replace(/\/api\/v3$/, '/api')}/graphql`,
    serverUrl,
    runUrl: env.GITHUB_RUN_ID
      ? `${serverUrl}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID}`
      : undefined,
  }
}

/** What the flows are told about where they run: the repository and the links, nothing else. */
export function runContext(ctx: ActionContext, runId: string): RunContext {
  return { repo: ctx.repo, serverUrl: ctx.serverUrl, runUrl: ctx.runUrl, runId }
}

/**
 * A user name or password in a GitHub URL would end up in every link and error that quotes it.
 * The message names the variable, never its value.
 */
function refuseCredentialsIn(name: string, env: NodeJS.ProcessEnv): void {
  const url = env[name]
  if (url && holdsCredentials(url)) {
    throw new Error(
      `${name} holds credentials (a user name or password before the host): remove them; ` +
        'the action authenticates to GitHub with the github-token input.',
    )
  }
}
