/**
 * The comments the command flow posts, as Markdown bodies. Pure.
 *
 * Text that came from a model or a person (a design, a section heading, an error reason, a
 * token from the command) goes through `postable`: it can neither notify anyone nor close an
 * issue, nor forge one of our markers. Our own text never @-mentions anyone: the command's
 * author already gets a notification for replies on a thread they commented on.
 *
 * Each body ends with a hidden marker, so a run can find the comments it wrote.
 */
import { COMMAND_FLAG_HELP, COMMAND_FLAGS, codeSpan } from './command.js'
import type { Permission } from '../config/permissions.js'
import { PERMISSIONS } from '../config/permissions.js'
import { formatUsd } from '../config/pricing.js'
import { fenceFor, fenceLeftOpen } from '../document/fences.js'
import { toLf } from '../text/lines.js'
import { clip } from '../text/clip.js'
import { count, plural } from '../text/wording.js'
import { safeForGitHub } from './sanitize.js'

/** GitHub refuses a comment body longer than this many characters. */
export const GITHUB_COMMENT_LIMIT = 65_536

/** The hidden markers, one per kind of comment, each the last line of its body. */
export const COMMENT_MARKERS = {
  tracking: '<!-- tech-design-tracking -->',
  permissionDenied: '<!-- tech-design-permission-denied -->',
  invalidCommand: '<!-- tech-design-invalid-command -->',
  issueReply: '<!-- tech-design-issue-reply -->',
  forkDesign: '<!-- tech-design-fork-design -->',
} as const

export type TrackingState =
  | { phase: 'started'; target: string }
  | { phase: 'generating'; target: string; outputTokens: number; section: string | null }
  | {
      phase: 'done'
      target: string
      result: 'created' | 'updated' | 'unchanged'
      commitUrl?: string
      reviewUrl?: string
      pullRequestUrl?: string
      /** Open questions in the design. */
      questions: number
      /** Of those, how many this run posted (the rest were asked before). */
      questionsPosted: number
      outputTokens: number
      inputTokens: number
      costUsd: number | null
      runUrl?: string
    }
  | { phase: 'skipped' | 'failed'; target: string; reason: string; runUrl?: string }

/**
 * The one comment a command keeps up to date, from start to result. `target` is our own text,
 * such as "pull request #12" or "issue #7".
 */
export function trackingComment(state: TrackingState): string {
  const { target } = state
  let lines: string[]
  switch (state.phase) {
    case 'started':
      lines = [
        `👀 Working on the technical design for ${target}…`,
        '',
        'This comment will show how it goes.',
      ]
      break
    case 'generating': {
      const section = state.section === null ? '' : clip(postableLine(state.section), 100)
      const at = section === '' ? [] : [`at section “${section}”`]
      const sofar = state.outputTokens > 0 ? [`${tokens(state.outputTokens)} so far`] : []
      const progress = [...sofar, ...at].join(', ')
      lines = [`✍️ Writing the technical design for ${target}…${progress ? ` ${progress}` : ''}`]
      break
    }
    case 'done':
      lines = doneLines(state)
      break
    case 'skipped':
      lines = [`⏭️ Nothing committed for ${target}: ${reasonText(state.reason)}`]
      if (state.runUrl) lines.push('', link('See the run', state.runUrl))
      break
    case 'failed':
      lines = [`❌ Could not make the design for ${target}: ${reasonText(state.reason)}`]
      if (state.runUrl) lines.push('', link('See the run', state.runUrl))
      break
  }
  return withMarker(lines.join('\n'), COMMENT_MARKERS.tracking)
}

function doneLines(state: Extract<TrackingState, { phase: 'done' }>): string[] {
  const { target } = state
  const headline = {
    created: `✅ Design committed for ${target}: a new technical design.`,
    updated: `✅ Design committed for ${target}: the technical design is updated.`,
    unchanged: `✅ The technical design for ${target} is already up to date: nothing to commit.`,
  }[state.result]
  const links = [
    state.pullRequestUrl ? link('Pull request', state.pullRequestUrl) : null,
    state.commitUrl ? link('Commit', state.commitUrl) : null,
  ].filter((l): l is string => l !== null)
  const details = [
    links.join(' · '),
    questionsLine(state.questions, state.questionsPosted, state.reviewUrl),
    usageLine(state.inputTokens, state.outputTokens, state.costUsd),
    state.runUrl ? link('See the run', state.runUrl) : '',
  ].filter((l) => l !== '')
  return [headline, '', ...details]
}

/** "3 open questions: 2 newly posted in the review, 1 asked before." */
export function questionsLine(questions: number, posted: number, reviewUrl?: string): string {
  const total = Math.max(0, questions)
  const fresh = Math.min(Math.max(0, posted), total)
  if (total === 0) return 'No open questions.'
  const where = reviewUrl ? `in ${link('the review', reviewUrl)}` : 'as review comments'
  const all = plural(total, 'open question')
  if (fresh === total) return `${all}, posted for answers ${where}.`
  if (fresh === 0) {
    return `${all}, ${total === 1 ? 'already asked' : 'all already asked'} in an earlier review.`
  }
  return `${all}: ${fresh} newly posted ${where}, ${total - fresh} asked before.`
}

/** "12,400 input and 3,200 output tokens, about $0.42." — empty when no model was called. */
export function usageLine(
  inputTokens: number,
  outputTokens: number,
  costUsd: number | null,
): string {
  if (inputTokens <= 0 && outputTokens <= 0) return ''
  const cost = costUsd === null ? '' : `, about ${formatUsd(costUsd)}`
  return `${count(inputTokens)} input and ${tokens(outputTokens, 'output ')}${cost}.`
}

/** The reply to someone whose permission is below `required`. */
export function permissionDeniedReply(input: {
  required: Permission
  actual: Permission
  triggerPhrase: string
}): string {
  const { required, actual } = input
  const top = required === PERMISSIONS[PERMISSIONS.length - 1]
  const who = `people with ${required} permission${top ? '' : ' or higher'} on this repository`
  const yours = actual === 'none' ? 'you have no permission on it' : `you have ${actual} permission`
  return withMarker(
    `🔒 Sorry, only ${who} can run ${codeSpan(input.triggerPhrase)}, and ${yours}, ` +
      'so nothing was done.',
    COMMENT_MARKERS.permissionDenied,
  )
}

/** The reply to a malformed command: what is wrong, then how to write it. */
export function invalidCommandReply(input: { problem: string; triggerPhrase: string }): string {
  const rows = [
    [
      '`PATH`',
      'The requirements file to design from, relative to the repository root: on a pull request, at its head; on an issue, on the default branch, instead of the issue’s text. Optional: by default, the one the workflow is set up with (and on an issue, its text).',
    ],
    ...COMMAND_FLAGS.map((flag) => [codeSpan(flag), COMMAND_FLAG_HELP[flag] ?? '']),
  ]
  const table = [
    '| Argument | Meaning |',
    '| --- | --- |',
    ...rows.map(([name, help]) => `| ${name} | ${(help ?? '').replace(/\|/g, '\\|')} |`),
  ]
  return withMarker(
    [
      `⚠️ ${reasonText(input.problem)} Nothing was done.`,
      '',
      `Write the command as ${codeSpan(commandUsage(input.triggerPhrase))} on the first line:`,
      '',
      ...table,
      '',
      'Any lines after the first are guidance for the architect, for example:',
      '',
      ...[
        `${input.triggerPhrase} --force`,
        'Prefer PostgreSQL, and keep the API backwards compatible.',
      ].map((l) => `    ${l}`),
    ].join('\n'),
    COMMENT_MARKERS.invalidCommand,
  )
}

/** "/tech-design [PATH] [--force]", from the trigger phrase and the known flags. */
export function commandUsage(triggerPhrase: string): string {
  return [triggerPhrase, '[PATH]', ...COMMAND_FLAGS.map((f) => `[${f}]`)].join(' ')
}

/** The reply on an issue once its design's pull request is ready. */
export function issueReply(input: {
  pullRequestUrl: string
  pullRequestNumber: number
  questions: number
  updated: boolean
}): string {
  const pr = link(`#${input.pullRequestNumber}`, input.pullRequestUrl)
  const ready = input.updated
    ? `📐 The technical design is updated and ready for review in ${pr}.`
    : `📐 The technical design is ready for review in ${pr}.`
  const n = Math.max(0, input.questions)
  const questions =
    n === 0
      ? 'It has no open questions.'
      : n === 1
        ? '1 open question is waiting for an answer there, in its review thread.'
        : `${count(n)} open questions are waiting for answers there, in their review threads.`
  return withMarker(`${ready} ${questions}`, COMMENT_MARKERS.issueReply)
}

/**
 * The design of a fork's pull request, whose branch we cannot write: the reason, how to apply
 * it, the design rendered in a collapsed block, and its Markdown source in a code block (GitHub
 * gives it a copy button). When both do not fit in one comment, only the source is kept, and
 * when that does not fit either, it is cut short at a line break.
 */
export function forkDesignComment(input: {
  design: string
  designPath: string
  reason: string
}): string {
  const design = postable(toLf(input.design).trim())
  const file = codeSpan(input.designPath)
  const intro = `📄 Here is the technical design for this pull request. ${reasonText(input.reason)}`
  const apply =
    `To add it, copy the Markdown source below (the copy button is at its top right) into ` +
    `${file} on the pull request's branch, and push.`
  const sourceSummary = `Markdown source for <code>${escapeHtml(input.designPath)}</code>`
  const rendered = details('Technical design', closeOpenFence(design))

  const full = assemble([intro, apply, rendered, details(sourceSummary, fenced(design))])
  if (full.length <= GITHUB_COMMENT_LIMIT) return full

  const tooLong = 'It is too long to show rendered as well, so here is its source only.'
  const sourceOnly = assemble([
    intro,
    `${apply} ${tooLong}`,
    details(sourceSummary, fenced(design)),
  ])
  if (sourceOnly.length <= GITHUB_COMMENT_LIMIT) return sourceOnly

  // Cut at a line break, leaving room for the rest of the comment and the fence.
  const lines = design.split('\n')
  const note = (kept: number) =>
    `It is too long for one comment, so only its first ${count(kept)} of ` +
    `${count(lines.length)} lines are here.`
  const frame = assemble([
    intro,
    `${apply} ${note(lines.length)}`,
    details(sourceSummary, fenced('')),
  ])
  const room = GITHUB_COMMENT_LIMIT - frame.length - 16 // a longer fence, a longer count
  let kept = 0
  let size = 0
  while (kept < lines.length && size + (lines[kept]?.length ?? 0) + 1 <= room) {
    size += (lines[kept]?.length ?? 0) + 1
    kept++
  }
  const cut = lines.slice(0, kept).join('\n')
  return assemble([intro, `${apply} ${note(kept)}`, details(sourceSummary, fenced(cut))])
}

function assemble(parts: string[]): string {
  return withMarker(parts.join('\n\n'), COMMENT_MARKERS.forkDesign)
}

/** A collapsed block; the blank lines let GitHub render the Markdown inside it. */
function details(summaryHtml: string, markdown: string): string {
  return `<details>\n<summary>${summaryHtml}</summary>\n\n${markdown}\n\n</details>`
}

/** Text as a fenced code block that no backtick run inside can close. */
export function fenced(text: string, info = 'markdown'): string {
  const fence = fenceFor(text)
  return `${fence}${info}\n${text}${text === '' ? '' : '\n'}${fence}`
}

/**
 * The text with a code fence it leaves open closed at the end, so that what follows (our
 * `</details>` and marker) is not swallowed into a code block.
 */
export function closeOpenFence(markdown: string): string {
  const open = fenceLeftOpen(markdown.split('\n'))
  return open === null ? markdown : `${markdown}\n${open.opening.marker}`
}

/**
 * Model or person text as it goes into a comment: no mentions, no closing keywords, and no
 * look-alike of our markers (shown as text instead, so no run mistakes the comment for another).
 */
export function postable(text: string): string {
  return safeForGitHub(text).replace(/<!--(?=\s*tech-design)/gi, '&lt;!--')
}

/** A reason or problem: defused and clipped, since it may quote an error at length. */
function reasonText(reason: string): string {
  return clip(postable(reason.trim()), 2_000)
}

/** Model or person text as one line of a comment: postable, whitespace collapsed. */
export function postableLine(text: string): string {
  return postable(text).replace(/\s+/g, ' ').trim()
}

function withMarker(body: string, marker: string): string {
  return `${body}\n\n${marker}`
}

/** A Markdown link; characters that would end the URL early are percent-encoded. */
export function link(text: string, url: string): string {
  // encodeURIComponent leaves parentheses as they are.
  const safe = url
    .replace(/[\s<>]/g, encodeURIComponent)
    .replace(/\(/g, '%28')
    .replace(/\)/g, '%29')
  return `[${text}](${safe})`
}

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
}

/** "3,200 tokens", "1 output token". */
function tokens(n: number, kind = ''): string {
  return plural(n, `${kind}token`)
}
