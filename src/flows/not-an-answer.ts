/**
 * Every review comment on a pull request can start the workflow, and only a person's reply in a
 * question thread of the design moves the check: that is decided here from the payload alone,
 * before inputs are parsed or any client is loaded.
 */
import { checkRepoPath } from '../config/paths.js'
import { loosePayload, type ReviewCommentPayload } from './payloads.js'

/** Why a review comment event cannot be an answer to one of the design's questions, or null. */
export function notAnAnswer(payload: unknown, designPath: string): string | null {
  const { comment } = loosePayload<ReviewCommentPayload>(payload)
  const user = comment?.user
  if (user?.type === 'Bot' || String(user?.login ?? '').endsWith('[bot]'))
    return 'The review comment is by a bot: only people answer questions.'
  const checked = checkRepoPath(designPath)
  const path = 'path' in checked ? checked.path : designPath
  if (comment?.path !== path)
    return `The review comment is not on ${path}: it answers none of the design's questions.`
  // A question is the first comment of its thread, and always ours: answers are replies.
  if (!comment.in_reply_to_id)
    return 'The review comment starts a thread: answers are replies in a question thread.'
  return null
}
