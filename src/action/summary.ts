/** The job summary and the action outputs of a run, both from its RunOutcome. Pure. */
import { codeSpan } from '../github-text/command.js'
import { formatUsd, PRICES_AS_OF } from '../config/pricing.js'
import { safeForGitHub } from '../github-text/sanitize.js'
import type { Violation } from '../document/types.js'
import { totalInputTokens } from '../config/usage.js'
import { fenceFor } from '../document/fences.js'
import { count } from '../text/wording.js'
import type { RejectedDraft } from '../engine/failure.js'
import type { DesignCheckReport, OutputName, RunOutcome, RunResult } from '../flows/outcome.js'
import type { TraceCoverage } from '../document/traceability.js'

const HEADINGS: Record<RunResult, string> = {
  created: '✅ Technical design created',
  updated: '✅ Technical design updated',
  unchanged: '✔️ Technical design unchanged',
  skipped: '⏭️ Skipped',
  failed: '❌ Failed',
}

/** Job-summary Markdown: result, reason, links, open questions, usage and cost. */
export function renderSummary(outcome: RunOutcome): string {
  const parts = [`## ${HEADINGS[outcome.result]}`, safeForGitHub(outcome.reason.trim())]
  const notes = outcome.notes ?? []
  if (notes.length > 0) parts.push(notes.map((n) => `- ${safeForGitHub(n)}`).join('\n'))

  const links = linksOf(outcome)
  if (links.length > 0) parts.push(links.join(' · '))
  if (outcome.check) parts.push(checkLine(outcome.check))

  const questions = outcome.openQuestions
  if (questions.length > 0) {
    parts.push(`### Open questions (${questions.length})`)
    if (outcome.questionsPosted !== undefined)
      parts.push(postedNote(outcome.questionsPosted, questions.length))
    parts.push(
      questions
        .map((q) => `- ${safeForGitHub(q.text).replace(/\s+/g, ' ')} (line ${q.line})`)
        .join('\n'),
    )
  }

  if (outcome.traceability) parts.push(traceabilityPart(outcome.traceability))

  const problems = outcome.templateProblems ?? []
  if (problems.length > 0) parts.push(templateProblemsPart(outcome.designPath, problems))

  if (outcome.rejectedDraft) parts.push(rejectedDraftPart(outcome.rejectedDraft))

  parts.push(table(outcome))
  return `${parts.join('\n\n')}\n`
}

const CHECK_MARKS: Record<DesignCheckReport['conclusion'], string> = {
  success: '✅',
  failure: '❌',
  neutral: '➖',
}

/** "Check [Technical design](…): ✅ Current with the requirements, no open questions." */
function checkLine(check: DesignCheckReport): string {
  return `Check [Technical design](${check.url}): ${CHECK_MARKS[check.conclusion]} ${safeForGitHub(check.title)}.`
}

/** How many requirement items the design traces, and which it leaves out. */
function traceabilityPart({ covered, total, missing }: TraceCoverage): string {
  const head = `### Traceability: ${covered}/${total} requirement items traced`
  if (missing.length === 0) return head
  const shown = missing.slice(0, MAX_PROBLEMS_SHOWN)
  const more = missing.length - shown.length
  return [
    head,
    '',
    'Not traced to an existing design section:',
    '',
    ...shown.map((item) => `- ${safeForGitHub(item).replace(/\s+/g, ' ')}`),
    ...(more > 0 ? [`- … and ${more} more`] : []),
  ].join('\n')
}

/** Shown in full only this far; `tech-design check` lists them all. */
const MAX_PROBLEMS_SHOWN = 20

/** People's departures from the template: listed, folded, with what to do about them. */
function templateProblemsPart(designPath: string, problems: Violation[]): string {
  const shown = problems.slice(0, MAX_PROBLEMS_SHOWN)
  const more = problems.length - shown.length
  const place = problems.length === 1 ? 'place' : 'places'
  return [
    `<details><summary>${safeForGitHub(designPath)} departs from the template in ${problems.length} ${place} people wrote; kept as they are</summary>`,
    '',
    ...shown.map((v) => `- line ${v.line}: ${safeForGitHub(v.message).replace(/\s+/g, ' ')}`),
    ...(more > 0 ? [`- … and ${more} more`] : []),
    '',
    `The action does not change what people wrote to fit the template. \`tech-design check ${safeForGitHub(designPath)}\` lists every place; comment \`/tech-design --full\` to have the design rewritten into the template.`,
    '</details>',
  ].join('\n')
}

/**
 * The most of a rejected draft the summary shows. GitHub takes at most 1 MiB of job summary per
 * step; this leaves room for the rest of the summary, and is far more than a design needs.
 */
export const MAX_DRAFT_BYTES = 200 * 1024

/** A line quoted next to its violation, so it can be found in the draft with the browser's search. */
const MAX_EXCERPT_CHARS = 60

/**
 * The last draft a failed run rejected: its problems, what to do, and the draft itself, folded.
 * Everything is defused, the fenced draft too: GitHub links no mention inside a code block, but
 * the rule is that the bot's text never mentions anyone, wherever it stands.
 */
function rejectedDraftPart(draft: RejectedDraft): string {
  // A final newline ends the last line; it starts no line of its own.
  const document = safeForGitHub(draft.document).replace(/\r?\n$/, '')
  const lines = document.split('\n')
  const { violations } = draft
  const shown = violations.slice(0, MAX_PROBLEMS_SHOWN)
  const more = violations.length - shown.length
  const problems = violations.length === 1 ? 'problem' : 'problems'
  const clipped = clipToBytes(lines, MAX_DRAFT_BYTES)
  const shownText = clipped.join('\n')
  const cut =
    shownText.length < document.length
      ? [
          `The draft is ${kilobytes(document)} long, so only its first ${kilobytes(shownText)} are shown: up to line ${count(clipped.length)} of ${count(lines.length)}.`,
          '',
        ]
      : []
  const fence = fenceFor(clipped.join('\n'))
  return [
    `<details><summary>The last draft the model sent, rejected (${violations.length} ${problems})</summary>`,
    '',
    'Line numbers count from the first line of the draft below.',
    '',
    ...shown.map((v) => `- ${violationLine(v, lines)}`),
    ...(more > 0 ? [`- … and ${more} more`] : []),
    '',
    'Re-run the job: the model may well get it right on another try. If the same problems come back, comment `/tech-design` on the pull request or issue, with guidance about them on the lines after it.',
    '',
    ...cut,
    `${fence}markdown`,
    ...clipped,
    fence,
    '',
    '</details>',
  ].join('\n')
}

/** "line 12: Section missing — `## 3. Data`": the message, and the line it is about as it reads. */
function violationLine(violation: Violation, lines: readonly string[]): string {
  const message = `line ${violation.line}: ${safeForGitHub(violation.message).replace(/\s+/g, ' ')}`
  const text = (lines[violation.line - 1] ?? '').replace(/\s+/g, ' ').trim()
  if (violation.line < 1 || text === '') return message
  const chars = Array.from(text)
  const excerpt =
    chars.length <= MAX_EXCERPT_CHARS ? text : `${chars.slice(0, MAX_EXCERPT_CHARS - 1).join('')}…`
  return `${message} — ${codeSpan(excerpt)}`
}

/**
 * The lines that fit in `maxBytes` (UTF-8, newlines counted). Whole lines, unless not even the
 * first fits: then as much of it as does, cut between characters.
 */
export function clipToBytes(lines: readonly string[], maxBytes: number): string[] {
  const kept: string[] = []
  let bytes = 0
  for (const line of lines) {
    const size = Buffer.byteLength(line) + (kept.length > 0 ? 1 : 0)
    if (bytes + size > maxBytes) break
    kept.push(line)
    bytes += size
  }
  if (kept.length > 0 || lines.length === 0) return kept
  let first = ''
  let firstBytes = 0
  for (const char of lines[0] ?? '') {
    firstBytes += Buffer.byteLength(char)
    if (firstBytes > maxBytes) break
    first += char
  }
  return [first]
}

/** "12.3 KB", in the units the cap is stated in. */
function kilobytes(text: string): string {
  return `${(Buffer.byteLength(text) / 1024).toFixed(1)} KB`
}

/** How many questions this run posted; the rest were asked by an earlier run. */
function postedNote(posted: number, total: number): string {
  const earlier = total - posted
  const now = `${posted} posted as review ${posted === 1 ? 'comment' : 'comments'} in this run`
  return earlier > 0 ? `${now}; ${earlier} already had a thread from an earlier run.` : `${now}.`
}

/** Commit, review, pull request and run links, as far as the outcome knows them. */
function linksOf(outcome: RunOutcome): string[] {
  const links: string[] = []
  if (outcome.commitUrl) {
    const label = outcome.commitSha ? `commit ${outcome.commitSha.slice(0, 7)}` : 'commit'
    links.push(`[${label}](${outcome.commitUrl})`)
  }
  if (outcome.reviewUrl) links.push(`[review](${outcome.reviewUrl})`)
  if (outcome.pullRequestNumber !== undefined) {
    const label = `pull request #${outcome.pullRequestNumber}`
    const repo = repoUrl(outcome)
    links.push(repo ? `[${label}](${repo}/pull/${outcome.pullRequestNumber})` : label)
  }
  if (outcome.runUrl) links.push(`[workflow run](${outcome.runUrl})`)
  return links
}

/** "https://github.com/o/r" from any of the outcome's URLs; the outcome carries no PR URL. */
function repoUrl(outcome: RunOutcome): string | null {
  for (const url of [outcome.reviewUrl, outcome.commitUrl, outcome.runUrl]) {
    const m = url ? /^(https?:\/\/[^/]+\/[^/]+\/[^/]+)\/(?:pull|commit|actions)\//.exec(url) : null
    if (m?.[1]) return m[1]
  }
  return null
}

function table(outcome: RunOutcome): string {
  const rows: [string, string][] = []
  const { usage } = outcome
  // A run that never reached the model (skipped, unchanged) shows only its duration.
  if (usage || outcome.model !== undefined || outcome.modelCalls !== undefined) {
    rows.push(
      ['Model', outcome.model ? `\`${outcome.model}\`` : 'unknown'],
      ['Model calls', outcome.modelCalls === undefined ? 'unknown' : count(outcome.modelCalls)],
      ['Input tokens', usage ? count(usage.inputTokens) : 'unknown'],
      ['Output tokens', usage ? count(usage.outputTokens) : 'unknown'],
      ['Cache read tokens', usage ? count(usage.cacheReadInputTokens) : 'unknown'],
      ['Cache write tokens', usage ? count(usage.cacheCreationInputTokens) : 'unknown'],
      [
        'Estimated cost',
        isCost(outcome.costUsd)
          ? `${formatUsd(outcome.costUsd)} (list prices as of ${PRICES_AS_OF})`
          : 'unknown',
      ],
    )
  }
  rows.push(['Duration', `${(Math.max(0, outcome.durationMs) / 1000).toFixed(1)} s`])
  const cell = (s: string): string => s.replace(/\|/g, '\\|')
  return ['| | |', '|---|---|', ...rows.map(([k, v]) => `| ${k} | ${cell(v)} |`)].join('\n')
}

function isCost(cost: number | null | undefined): cost is number {
  return typeof cost === 'number' && Number.isFinite(cost)
}

/**
 * The action outputs. Every output is always set — '' when the run does not know it — so a
 * workflow can read any of them after any result, failed runs included.
 */
export function renderOutputs(outcome: RunOutcome): Record<OutputName, string> {
  const { usage } = outcome
  return {
    result: outcome.result,
    'design-path': outcome.designPath,
    'commit-sha': outcome.commitSha ?? '',
    'pull-request-number':
      outcome.pullRequestNumber === undefined ? '' : String(outcome.pullRequestNumber),
    'open-questions': String(outcome.openQuestions.length),
    'input-tokens': usage ? String(totalInputTokens(usage)) : '',
    'output-tokens': usage ? String(usage.outputTokens) : '',
    'cost-usd': isCost(outcome.costUsd) ? outcome.costUsd.toFixed(6) : '',
    'requirements-covered': outcome.traceability
      ? `${outcome.traceability.covered}/${outcome.traceability.total}`
      : '',
  }
}
