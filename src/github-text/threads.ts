/**
 * The question threads of a design: which review threads ask our questions, what people
 * answered in them, and what each thread needs after a revision.
 */
import type { AnsweredQuestion } from '../conversation/revision-turn.js'
import { fingerprintsIn } from './review.js'
import { WORD_JOINER } from './sanitize.js'

/** Carried by the action's own replies, so a person reading the thread can tell them apart. */
export const REPLY_MARKER = '<!-- tech-design-reply -->'

export interface ThreadLike {
  id: string
  isResolved: boolean
  path: string
  comments: {
    databaseId: number
    body: string
    author: string
    authorIsBot: boolean
    /** Written by the identity the action runs as. */
    viewerDidAuthor: boolean
    /** The comment on the web. */
    url?: string
  }[]
}

export interface QuestionThread {
  threadId: string
  rootCommentId: number
  fingerprint: string
  question: string
  answers: AnsweredQuestion['answers']
  isResolved: boolean
  /** The question's comment on the web, where people answer it. */
  url?: string
}

/**
 * The threads that ask one of our questions about the design at `path`, with every person's
 * reply. A thread is ours only when its first comment was written by the action's identity and
 * carries our marker: anyone can copy a marker into a comment of their own.
 */
export function questionThreads(threads: ThreadLike[], path: string): QuestionThread[] {
  const found: QuestionThread[] = []
  for (const thread of threads) {
    const [root, ...replies] = thread.comments
    if (!root?.viewerDidAuthor || thread.path !== path) continue
    const [fingerprint] = fingerprintsIn([root.body])
    if (!fingerprint) continue
    found.push({
      threadId: thread.id,
      rootCommentId: root.databaseId,
      fingerprint,
      question: quotedQuestion(root.body),
      // Every person's reply, in order, across several replies and people; never a bot's.
      answers: replies
        .filter((c) => !c.viewerDidAuthor && !c.authorIsBot)
        .map((c) => ({ author: c.author, body: c.body.trim() }))
        .filter((a) => a.body !== ''),
      isResolved: thread.isResolved,
      ...(root.url ? { url: root.url } : {}),
    })
  }
  return found
}

/**
 * The questions already asked: the markers in the first comments of threads the action's
 * identity started, and in the bodies of its own reviews (questions listed there). Markers in
 * anyone else's comments are not read.
 */
export function askedFingerprints(threads: ThreadLike[], ownReviewBodies: string[]): Set<string> {
  const ourRoots = threads.flatMap((t) =>
    t.comments[0]?.viewerDidAuthor ? [t.comments[0].body] : [],
  )
  return fingerprintsIn([...ourRoots, ...ownReviewBodies])
}

/** The people whose replies wait in open threads: each is looked up once. */
export function replyAuthors(threads: QuestionThread[]): string[] {
  const authors = new Map<string, string>()
  for (const t of threads) {
    if (t.isResolved) continue
    for (const a of t.answers) authors.set(a.author.toLowerCase(), a.author)
  }
  return [...authors.values()]
}

/**
 * Keeps the answers of people who may decide. Replies by anyone else are dropped, never sent to
 * the model and never a reason to resolve a thread; `ignored` counts them for the summary.
 * Resolved threads keep no answers: nothing reads them.
 */
export function keepTrustedAnswers(
  threads: QuestionThread[],
  mayDecide: (login: string) => boolean,
): { threads: QuestionThread[]; ignored: number } {
  let ignored = 0
  const kept = threads.map((t) => {
    if (t.isResolved) return { ...t, answers: [] }
    const answers = t.answers.filter((a) => mayDecide(a.author))
    ignored += t.answers.length - answers.length
    return { ...t, answers }
  })
  return { threads: kept, ignored }
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
