/** People answering in review threads through the API, as GitHub's web UI does it. */
import type { FakeGitHub, FakeReviewComment } from '../fakes/github-server.js'

/** The first comment of the thread that asks the question starting with `questionStart`. */
export function questionComment(
  github: FakeGitHub,
  repo: string,
  number: number,
  questionStart: string,
): FakeReviewComment {
  const root = github
    .reviewComments(repo, number)
    .find((c) => c.body.includes(questionStart) && !c.in_reply_to_id)
  if (!root) throw new Error(`no question thread asking "${questionStart}…" on #${number}`)
  return root
}

/** A reply in the thread of review comment `rootId`, with a person's token; the reply's id. */
export async function replyInThread(
  github: FakeGitHub,
  token: string,
  at: { repo: string; number: number; rootId: number },
  body: string,
): Promise<number> {
  const response = await fetch(
    `${github.url}/repos/${at.repo}/pulls/${at.number}/comments/${at.rootId}/replies`,
    {
      method: 'POST',
      headers: { authorization: `token ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ body }),
    },
  )
  if (response.status !== 201) {
    throw new Error(`the reply was refused (${response.status}): ${await response.text()}`)
  }
  return ((await response.json()) as { id: number }).id
}
