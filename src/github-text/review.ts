/**
 * The pull request review that carries a design's open questions: one comment per question on
 * its line, deduplicated across runs by a hidden fingerprint in each comment.
 *
 * The fingerprint is the file path plus the question's normalised text (`questionFingerprint`),
 * never its line: a regenerated design moves questions around, and a question already asked
 * must not be asked again. Rewording beyond case, punctuation and spacing makes a new question.
 */
import { createHash } from 'node:crypto'
import { questionFingerprint } from '../document/questions.js'
import { plural } from '../text/wording.js'
import { postable, postableLine } from './comments.js'
import type { OpenQuestion } from '../document/types.js'

export interface InlineComment {
  path: string
  line: number
  side: 'RIGHT'
  body: string
}

export interface ReviewPlan {
  /** New questions on lines of the diff: one review comment each. */
  inline: InlineComment[]
  /** New questions whose line is outside the diff: listed in the review body instead. */
  inBody: OpenQuestion[]
  /** New questions past the run's limit of comments: listed in the review body, once. */
  overLimit: OpenQuestion[]
  /** Questions skipped because an earlier run already posted them. */
  alreadyPosted: number
}

const QUESTION_MARKER = /<!--\s*tech-design-question:\s*([0-9a-f]{16,64})\s*-->/g

/** Identity of a question in a design file: path and normalised text, not the line. */
export function questionId(path: string, question: string): string {
  const file = path.trim().replace(/\\/g, '/').replace(/^\.\//, '')
  // Hashed again so the marker is one opaque token, whatever characters the path holds.
  return createHash('sha256')
    .update(`${file}\n${questionFingerprint(question)}`)
    .digest('hex')
    .slice(0, 16)
}

/** Hidden marker carried by a question's review comment. */
export function questionMarker(path: string, question: string): string {
  return `<!-- tech-design-question: ${questionId(path, question)} -->`
}

/** The fingerprints found in the bodies of existing review comments. */
export function fingerprintsIn(bodies: string[]): Set<string> {
  const found = new Set<string>()
  for (const body of bodies) {
    for (const m of body.matchAll(QUESTION_MARKER)) if (m[1]) found.add(m[1])
  }
  return found
}

/** The review comment that asks one open question. */
export function questionCommentBody(question: OpenQuestion, path: string): string {
  const quoted = postable(question.text)
    .split('\n')
    .map((l) => `> ${l}`)
    .join('\n')
  return [
    '**Open question** from the technical design:',
    '',
    quoted,
    '',
    'Reply in this thread to answer it.',
    '',
    questionMarker(path, question.text),
  ].join('\n')
}

/**
 * Which questions to post, and where. Questions already posted (their fingerprint is in
 * `existing`) are skipped, as is a second copy of a question within the same design. A line
 * GitHub would refuse (outside the diff) sends its question to the review body, and so does
 * every question past `maxComments`, so one run never writes more comments than that.
 */
export function planReview(input: {
  path: string
  questions: OpenQuestion[]
  commentable: Set<number>
  existing: Set<string>
  maxComments: number
}): ReviewPlan {
  const { path, questions, commentable, existing, maxComments } = input
  const plan: ReviewPlan = { inline: [], inBody: [], overLimit: [], alreadyPosted: 0 }
  const seen = new Set<string>()
  for (const q of questions) {
    const id = questionId(path, q.text)
    if (existing.has(id)) {
      plan.alreadyPosted++
      continue
    }
    if (seen.has(id)) continue
    seen.add(id)
    if (!commentable.has(q.line)) {
      plan.inBody.push(q)
    } else if (plan.inline.length < maxComments) {
      plan.inline.push({ path, line: q.line, side: 'RIGHT', body: questionCommentBody(q, path) })
    } else {
      plan.overLimit.push(q)
    }
  }
  return plan
}

/** Hidden marker of the review posted for a design commit, so a retried run finds it. */
export function reviewMarker(commitSha: string): string {
  return `<!-- tech-design-review: ${commitSha} -->`
}

/**
 * The review's own body: which commit holds the design, how many questions are on their lines,
 * the ones that could not be anchored (with their line numbers), and the review marker last.
 * Each listed question's marker is in the body too, so a run that reads review bodies as well
 * as review comments does not list it again.
 */
export function reviewBody(input: {
  path: string
  commitSha: string
  /** How many questions went into review comments on their lines. */
  inline: number
  inBody: OpenQuestion[]
  /** Questions past the limit of comments per run. */
  overLimit?: OpenQuestion[]
}): string {
  const { path, commitSha, inBody } = input
  const overLimit = input.overLimit ?? []
  const inlineCount = input.inline
  // The path as code, not a link: a link to a blob would go stale with the next push.
  const file = `\`${path}\``
  const intro = [`The technical design in ${file} was written in commit ${commitSha}.`]
  if (inlineCount > 0) {
    intro.push(
      `${plural(inlineCount, 'new open question is', 'new open questions are')} asked in ` +
        `comments on ${inlineCount === 1 ? 'its line' : 'their lines'}: reply there to answer.`,
    )
  }
  if (inBody.length > 0) {
    const one = inBody.length === 1
    intro.push(
      `${plural(inBody.length, 'new open question stands', 'new open questions stand')} on ` +
        `lines outside this pull request's diff, so ${one ? 'it is' : 'they are'} listed ` +
        `here: answer in a comment on this pull request.`,
    )
  }
  if (overLimit.length > 0) {
    const one = overLimit.length === 1
    intro.push(
      `${plural(overLimit.length, 'more new open question')} ` +
        `${one ? 'goes' : 'go'} past the ${plural(inlineCount, 'comment')} one run ` +
        `posts (input max-questions), so ${one ? 'it is' : 'they are'} listed here once: ` +
        `answer in a comment on this pull request.`,
    )
  }
  const listed = [...inBody, ...overLimit]
  if (inlineCount === 0 && listed.length === 0) intro.push('It raises no new open questions.')
  const parts = [intro.join(' ')]
  if (listed.length > 0) {
    parts.push(listed.map((q) => `- Line ${q.line} of ${file}: ${postableLine(q.text)}`).join('\n'))
  }
  parts.push(
    [...listed.map((q) => questionMarker(path, q.text)), reviewMarker(commitSha)].join('\n'),
  )
  return parts.join('\n\n')
}
