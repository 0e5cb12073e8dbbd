import type { GitHub } from './client.js'
import { explainGitHubError } from './errors.js'

/**
 * The login the token acts as ("github-actions[bot]" for the workflow token). GraphQL answers
 * for app installation tokens too, where REST `GET /user` is refused.
 */
export async function viewerLogin(gh: GitHub): Promise<string> {
  try {
    const data: { viewer: { login: string } } = await gh.graphql(
      'query Viewer { viewer { login } }',
    )
    return data.viewer.login
  } catch (error) {
    throw explainGitHubError(error, 'read which account the token acts as')
  }
}
