/**
 * Sets the "Technical design" check on a pull request's head commit after every run that looked
 * at it: what the gate says of the design there, its open questions, and where a person's edit
 * departs from the template. A token without `checks: write` gets a notice, not a failed run.
 */
import {
  checksPermissionNotice,
  isChecksPermissionMissing,
  setCheckRun,
} from '../../adapters/github/check-run.js'
import { listReviewThreads, type ReviewThread } from '../../adapters/github/review-threads.js'
import { defaultTemplate } from '../../assets/index.js'
import { readStamp } from '../../document/provenance.js'
import { extractOpenQuestions } from '../../document/questions.js'
import { decodeText } from '../../document/requirements.js'
import { loadTemplateSpec } from '../../engine/generate.js'
import { CHECK_NAME, designCheck } from '../../github-text/design-check.js'
import {
  checkTraceability,
  coverageOf,
  itemsToTrace,
  type TraceCoverage,
} from '../../document/traceability.js'
import type { DesignCheckReport } from '../outcome.js'
import { describeError } from '../../text/describe-error.js'
import type { FlowDeps } from '../deps.js'
import type { ListedFiles } from './listed-files.js'
import { trustedQuestionThreads } from './question-threads.js'
import { fileAt } from './sources.js'

/** A commit to set the check on, with what this run already knows of it (not read again). */
export interface CheckPoint {
  number: number
  headSha: string
  template: string
  /** The design file at the commit (null: absent); undefined: read it. */
  design?: string | null
  /** The requirements file at the commit (null: absent); undefined: read it. */
  requirements?: string | null
  listed?: ListedFiles
  /** The pull request's review threads, when this run read them. */
  threads?: ReviewThread[]
  /** Where this run asked the questions it posted. */
  reviewUrl?: string
  /** Why this run did not bring the design up to date. */
  notUpdated?: string
}

export async function reportDesignCheck(
  deps: FlowDeps,
  point: CheckPoint,
): Promise<{
  check: DesignCheckReport | null
  coverage: TraceCoverage | null
  note: string | null
}> {
  const notSet = (note: string, level: 'notice' | 'warning', coverage: TraceCoverage | null) => {
    deps.log[level](note)
    return { check: null, coverage, note }
  }
  let facts: Awaited<ReturnType<typeof checkFacts>>
  try {
    facts = await checkFacts(deps, point)
  } catch (error) {
    return notSet(
      `The "${CHECK_NAME}" check was not set: ${describeError(error, deps.secrets)}`,
      'warning',
      null,
    )
  }
  const check = designCheck(facts)
  try {
    const set = await setCheckRun(deps.gh, {
      name: CHECK_NAME,
      headSha: point.headSha,
      conclusion: check.conclusion,
      title: check.title,
      summary: check.summary,
      ...(deps.run.runUrl ? { detailsUrl: deps.run.runUrl } : {}),
      annotations: check.annotations.map((a) => ({
        path: a.path,
        startLine: a.line,
        endLine: a.line,
        level: a.level,
        message: a.message,
      })),
    })
    const report = { conclusion: check.conclusion, title: check.title, url: set.url }
    return { check: report, coverage: facts.coverage, note: null }
  } catch (error) {
    if (isChecksPermissionMissing(error)) {
      return notSet(checksPermissionNotice(error.reason, CHECK_NAME), 'notice', facts.coverage)
    }
    // The adapter's message says which check, on which commit, and why.
    return notSet(describeError(error, deps.secrets), 'warning', facts.coverage)
  }
}

/**
 * The check after a run that failed, before its error is reported: the design at the head is not
 * the one the run set out to make, and the check says why. `template` is the run's, when it got
 * as far as reading it.
 */
export async function reportFailedRun(
  deps: FlowDeps,
  point: Omit<CheckPoint, 'template' | 'notUpdated'>,
  template: string | undefined,
  error: unknown,
): Promise<void> {
  await reportDesignCheck(deps, {
    ...point,
    template: template ?? defaultTemplate(),
    notUpdated: `the run failed: ${describeError(error, deps.secrets)}`,
  })
}

async function checkFacts(deps: FlowDeps, point: CheckPoint) {
  const { settings } = deps
  const [design, requirements] = await Promise.all([
    point.design !== undefined ? point.design : textAt(deps, settings.designPath, point),
    point.requirements !== undefined
      ? point.requirements
      : textAt(deps, settings.requirementsPath, point),
  ])
  const spec = loadTemplateSpec(point.template)
  const body = design === null ? null : readStamp(design).body
  // Threads are read only for a design that asks something.
  const asks = body !== null && extractOpenQuestions(body, spec).length > 0
  const raw = asks ? (point.threads ?? (await listReviewThreads(deps.gh, point.number))) : []
  const { threads } = await trustedQuestionThreads(deps, raw)
  const items =
    body !== null && requirements !== null && settings.traceability
      ? itemsToTrace(requirements, spec)
      : null
  const coverage: TraceCoverage | null =
    body !== null && items !== null && items.length > 0
      ? coverageOf(checkTraceability(body, spec, items))
      : null
  return {
    gate: settings.gate,
    designPath: settings.designPath,
    requirementsPath: settings.requirementsPath,
    triggerPhrase: settings.triggerPhrase,
    requirements,
    design,
    spec,
    threads,
    coverage,
    ...(point.reviewUrl ? { reviewUrl: point.reviewUrl } : {}),
    ...(point.notUpdated ? { notUpdated: point.notUpdated } : {}),
  }
}

async function textAt(deps: FlowDeps, path: string, point: CheckPoint): Promise<string | null> {
  const file = await fileAt(deps, path, point.headSha, point.listed)
  return file === null ? null : decodeText(file.bytes, path)
}
