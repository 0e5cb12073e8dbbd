/**
 * Every comment in the repository can start the workflow, and most are not commands: that is
 * decided here from the payload alone, before inputs are parsed or any client is loaded.
 */
import { looksLikeCommand } from '../github-text/command.js'
import { loosePayload, type IssueCommentPayload } from './payloads.js'

/** Why a comment event is not a command, or null when it may be one. */
export function notACommand(payload: unknown, triggerPhrase: string): string | null {
  const event = loosePayload<IssueCommentPayload>(payload)
  if (event.action !== 'created')
    return `The comment was ${event.action ?? 'changed'}: only new comments are commands.`
  const user = event.comment?.user
  if (user?.type === 'Bot' || String(user?.login ?? '').endsWith('[bot]'))
    return 'The comment is by a bot: bots cannot run commands.'
  if (!looksLikeCommand(String(event.comment?.body ?? ''), triggerPhrase)) {
    return `The comment is not a ${triggerPhrase} command.`
  }
  return null
}
