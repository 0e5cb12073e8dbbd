/**
 * What the runner tells the action about this run, read straight from its environment (no
 * GitHub client is loaded for it, so deciding that there is nothing to do stays cheap).
 */
import { readFileSync } from 'node:fs'
import type { RepoRef } from '../adapters/github/client.js'

export interface ActionContext {
  eventName: string
  // The webhook payload: validated field by field where it is used.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  payload: any
  repo: RepoRef
  apiUrl: string
  graphqlUrl: string
  serverUrl: string
  /** Link to this workflow run, for comments and the summary. */
  runUrl: string | undefined
}

export function readActionContext(env: NodeJS.ProcessEnv): ActionContext {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/')
  if (!owner || !repo) {
    throw new Error('GITHUB_REPOSITORY is not set: run this action in a GitHub Actions workflow.')
  }
  const eventPath = env.GITHUB_EVENT_PATH
  const payload = eventPath ? JSON.parse(readFileSync(eventPath, 'utf8')) : {}
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
