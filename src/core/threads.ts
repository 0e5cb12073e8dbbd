/**
 * The question threads of a design: which review threads ask our questions, what people
 * answered in them, and what each thread needs after a revision.
 */
import type { AnsweredQuestion } from './revision.js'
import { fingerprintsIn } from './review.js'
import { WORD_JOINER } from './sanitize.js'

/** Carried by the action's own replies, so they are never read back as answers. */
export const REPLY_MARKER = '<!-- tech-design-reply -->'

export interface ThreadLike {
  id: string
  isResolved: boolean
  path: string
  comments: { databaseId: number; body: string; author: string }[]
}

export interface QuestionThread {
  threadId: string
  rootCommentId: number
  fingerprint: string
  question: string
  answers: AnsweredQuestion['answers']
  isResolved: boolean
}

/** The threads that ask one of our questions about the design at `path`, with their answers. */
export function questionThreads(threads: ThreadLike[], path: string): QuestionThread[] {
  const found: QuestionThread[] = []
  for (const thread of threads) {
    const [root, ...replies] = thread.comments
    if (!root || thread.path !== path) continue
    const [fingerprint] = fingerprintsIn([root.body])
    if (!fingerprint) continue
    found.push({
      threadId: thread.id,
      rootCommentId: root.databaseId,
      fingerprint,
      question: quotedQuestion(root.body),
      // Every person's reply, in order, across several replies and people; never the bot's own.
      answers: replies
        .filter(
          (c) =>
            c.author !== root.author &&
            !c.author.endsWith('[bot]') &&
            !c.body.includes(REPLY_MARKER),
        )
        .map((c) => ({ author: c.author, body: c.body.trim() }))
        .filter((a) => a.body !== ''),
      isResolved: thread.isResolved,
    })
  }
  return found
}

/** The question as our comment quoted it, without the characters added to keep it from pinging. */
function quotedQuestion(body: string): string {
  const quoted = body
    .split('\n')
    .filter((line) => line.startsWith('> '))
    .map((line) => line.slice(2))
    .join('\n')
  return quoted
    .split(WORD_JOINER)
    .join('')
    .replace(/&lt;!--/g, '<!--')
    .trim()
}

export interface ThreadUpdates {
  /** Answered, and the revision took the question out: reply with the commit, resolve. */
  answered: QuestionThread[]
  /** Unanswered, and the revision no longer asks it: say so, resolve. */
  dropped: QuestionThread[]
}

/** What to do with each open thread once the revised design's questions are known. */
export function planThreadUpdates(
  threads: QuestionThread[],
  stillAsked: Set<string>,
): ThreadUpdates {
  const open = threads.filter((t) => !t.isResolved && !stillAsked.has(t.fingerprint))
  return {
    answered: open.filter((t) => t.answers.length > 0),
    dropped: open.filter((t) => t.answers.length === 0),
  }
}

export function answeredReply(commitSha: string): string {
  return `Thank you: this answer is taken into the design in ${commitSha}, and the question is closed.\n\n${REPLY_MARKER}`
}

export function droppedReply(commitSha: string): string {
  return `The revised design in ${commitSha} no longer asks this question (the requirements or other answers settled it), so this thread is resolved.\n\n${REPLY_MARKER}`
}
