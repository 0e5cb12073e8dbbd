/**
 * The "Technical design" check on a pull request's head commit: whether the design there may be
 * merged, by the `gate` setting, and what a reviewer needs to see to trust it. Pure: the flows
 * gather the facts and set the check.
 *
 * - off: the check informs and never fails (success when the design is current, else neutral);
 * - current: it fails unless the design exists, follows the template, and was made from the
 *   requirements at this commit (the stamp's hash of them is theirs);
 * - answered: current, and every open question has an answer from a person who may answer, or a
 *   thread a person resolved, whether or not a revision has taken the answer in yet.
 *
 * Traceability gaps are reported, never a reason to fail: they never block a design either.
 */
import type { Gate } from '../config/defaults.js'
import { lineInFile, readStamp, sha256 } from '../document/provenance.js'
import { extractOpenQuestions } from '../document/questions.js'
import type { TraceCoverage } from '../document/traceability.js'
import type { TemplateSpec, Violation } from '../document/types.js'
import { validateDesign } from '../document/validate.js'
import { plural } from '../text/wording.js'
import { link, postable, postableLine } from './comments.js'
import { questionId } from './review.js'
import type { QuestionThread } from './threads.js'

export const CHECK_NAME = 'Technical design'

export interface DesignCheckFacts {
  gate: Gate
  designPath: string
  requirementsPath: string
  triggerPhrase: string
  /** The requirements file at the commit; null where it is absent. */
  requirements: string | null
  /** The design file at the commit, stamp included; null where it is absent. */
  design: string | null
  spec: TemplateSpec
  /** The design's question threads, with the answers of people who may answer only. */
  threads: QuestionThread[]
  /** Where questions with no thread of their own were asked: this run's review. */
  reviewUrl?: string
  coverage: TraceCoverage | null
  /** Why this run did not bring the design up to date, when it tried and could not. */
  notUpdated?: string
}

export type DesignCondition =
  'no-requirements' | 'absent' | 'not-ours' | 'stale' | 'off-template' | 'current'

export type QuestionStatus = 'answered' | 'settled' | 'waiting' | 'not-asked'

export interface CheckedQuestion {
  text: string
  line: number
  status: QuestionStatus
  url?: string
}

export interface DesignCheck {
  conclusion: 'success' | 'failure' | 'neutral'
  condition: DesignCondition
  title: string
  summary: string
  /** Where the design departs from the template, on the lines of the design file. */
  annotations: { path: string; line: number; level: 'warning' | 'failure'; message: string }[]
  questions: CheckedQuestion[]
}

export function designCheck(facts: DesignCheckFacts): DesignCheck {
  const { condition, violations, body } = conditionOf(facts)
  const questions =
    body === null || facts.design === null ? [] : checkedQuestions(body, facts.design, facts)
  const unanswered = questions.filter((q) => q.status === 'waiting' || q.status === 'not-asked')
  const passes =
    condition === 'no-requirements' ||
    (condition === 'current' && (facts.gate !== 'answered' || unanswered.length === 0))
  const conclusion = passes ? 'success' : facts.gate === 'off' ? 'neutral' : 'failure'
  const title = titleOf(condition, facts, violations.length, questions, unanswered.length)
  return {
    conclusion,
    condition,
    title,
    summary: summaryOf(facts, condition, conclusion, questions, unanswered.length),
    annotations: violations.map((v) => ({
      path: facts.designPath,
      line: v.line,
      level: facts.gate === 'off' ? 'warning' : 'failure',
      // A violation may quote the design's own text.
      message: postable(v.message),
    })),
    questions,
  }
}

function conditionOf(facts: DesignCheckFacts): {
  condition: DesignCondition
  violations: Violation[]
  body: string | null
} {
  if (facts.requirements === null) {
    return { condition: 'no-requirements', violations: [], body: null }
  }
  if (facts.design === null) return { condition: 'absent', violations: [], body: null }
  const { design } = facts
  const { body, provenance } = readStamp(design)
  // Traceability gaps are reported with the coverage, not as template problems. Lines are the
  // file's, where the annotations go.
  const violations = validateDesign(body, facts.spec)
    .filter((v) => v.kind !== 'traceability')
    .map((v) => ({ ...v, line: lineInFile(design, v.line) }))
  if (!provenance) return { condition: 'not-ours', violations, body }
  if (provenance.requirements !== sha256(facts.requirements)) {
    return { condition: 'stale', violations, body }
  }
  return { condition: violations.length > 0 ? 'off-template' : 'current', violations, body }
}

function checkedQuestions(body: string, file: string, facts: DesignCheckFacts): CheckedQuestion[] {
  const byId = new Map(facts.threads.map((t) => [t.fingerprint, t]))
  return extractOpenQuestions(body, facts.spec).map((q) => {
    const thread = byId.get(questionId(facts.designPath, q.text))
    const url = thread?.url ?? (thread ? undefined : facts.reviewUrl)
    const status: QuestionStatus = !thread
      ? 'not-asked'
      : thread.isResolved
        ? 'settled'
        : thread.answers.length > 0
          ? 'answered'
          : 'waiting'
    return { text: q.text, line: lineInFile(file, q.line), status, ...(url ? { url } : {}) }
  })
}

function titleOf(
  condition: DesignCondition,
  facts: DesignCheckFacts,
  violations: number,
  questions: CheckedQuestion[],
  unanswered: number,
): string {
  const { designPath, requirementsPath } = facts
  switch (condition) {
    case 'no-requirements':
      return `No ${requirementsPath} at this commit: nothing to design`
    case 'absent':
      return `No ${designPath} yet for ${requirementsPath}`
    case 'not-ours':
      return `${designPath} was not made from these requirements by the action`
    case 'stale':
      return `Stale: ${requirementsPath} changed since ${designPath} was made`
    case 'off-template':
      return `${designPath} departs from the template in ${plural(violations, 'place')}`
    case 'current': {
      if (questions.length === 0) return 'Current with the requirements, no open questions'
      const answered = questions.length - unanswered
      return `Current with the requirements; ${answered} of ${plural(questions.length, 'open question')} answered`
    }
  }
}

function summaryOf(
  facts: DesignCheckFacts,
  condition: DesignCondition,
  conclusion: DesignCheck['conclusion'],
  questions: CheckedQuestion[],
  unanswered: number,
): string {
  const lines = [stateSentence(facts, condition)]
  if (facts.notUpdated)
    lines.push('', `This run did not update it: ${postableLine(facts.notUpdated)}`)
  if (questions.length > 0) {
    lines.push('', '**Open questions**', '', ...questions.map(questionLine))
  }
  if (facts.coverage) lines.push('', coverageLine(facts.coverage))
  lines.push('', gateLine(facts.gate, conclusion, condition, unanswered))
  return lines.join('\n')
}

function stateSentence(facts: DesignCheckFacts, condition: DesignCondition): string {
  const { designPath, requirementsPath, triggerPhrase } = facts
  const command = `\`${triggerPhrase}\``
  switch (condition) {
    case 'no-requirements':
      return `There is no ${requirementsPath} at this commit, so there is no design to check.`
    case 'absent':
      return `There is no ${designPath} at this commit. It is made when the pull request changes ${requirementsPath}; comment ${command} on the pull request to make it now.`
    case 'not-ours':
      return `${designPath} has no stamp of the action, so nothing tells which requirements it was made from. Comment ${command} to revise it from ${requirementsPath} (people's text is kept).`
    case 'stale':
      return `${designPath} was made from an earlier version of ${requirementsPath}. Push again or comment ${command} for a design of these requirements.`
    case 'off-template':
      return `${designPath} was made from these requirements, but edits since depart from the template (see the annotations). Fix those lines, or comment \`${triggerPhrase} --full\` to rewrite it into the template.`
    case 'current':
      return `${designPath} was made from ${requirementsPath} at this commit and follows the template.`
  }
}

const STATUS_TEXT: Record<QuestionStatus, string> = {
  answered: 'answered; the answer waits for the next revision',
  settled: 'settled: its thread is resolved',
  waiting: 'waiting for an answer',
  'not-asked': 'not asked in a thread yet',
}

function questionLine(q: CheckedQuestion): string {
  const where = q.url ? link(`line ${q.line}`, q.url) : `line ${q.line}`
  return `- ${postableLine(q.text)} (${where}): ${STATUS_TEXT[q.status]}`
}

function coverageLine({ covered, total, missing }: TraceCoverage): string {
  if (total === 0) return 'Traceability: no requirement items were found to trace.'
  const gaps =
    missing.length === 0
      ? ''
      : ` Not traced: ${missing
          .slice(0, 10)
          .map((m) => postableLine(m))
          .join('; ')}${missing.length > 10 ? ` and ${missing.length - 10} more` : ''}.`
  return `Traceability: ${covered}/${total} requirement items traced to design sections.${gaps}`
}

function gateLine(
  gate: Gate,
  conclusion: DesignCheck['conclusion'],
  condition: DesignCondition,
  unanswered: number,
): string {
  if (gate === 'off') {
    return 'Gate: off. This check informs and never fails; set the `gate` input to `current` or `answered`, and make this check required in branch protection, to hold merges on it.'
  }
  const requires =
    gate === 'current'
      ? 'a design made from the requirements at the head commit that follows the template'
      : 'a design made from the requirements at the head commit that follows the template, and an answer to every open question'
  if (conclusion === 'success') return `Gate: ${gate}. Passed: it requires ${requires}.`
  const missing =
    condition === 'current' && unanswered > 0
      ? `${plural(unanswered, 'open question')} ${unanswered === 1 ? 'has' : 'have'} no answer yet`
      : 'the design is not current'
  return `Gate: ${gate}. Failed: it requires ${requires}, and ${missing}.`
}
