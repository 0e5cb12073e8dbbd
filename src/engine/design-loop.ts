/**
 * The one loop every design takes: ask the model, read its answer into a document, validate it,
 * and repair in the same conversation until it conforms or the repairs run out. A full design's
 * problems inside its sections are repaired by asking for those sections only; a revision is
 * always answered in sections. Whatever the loop throws after its first call carries what the
 * run spent and the last draft it rejected (`engine/failure.ts`).
 */
import {
  checkRepairRequest,
  estimateRequestTokens,
  type RequestPart,
} from '../conversation/budget.js'
import { planCallSpend, type CappedRequest, type SpendLimit } from '../conversation/spend-cap.js'
import { costAtPrice, modelPrice, type ModelPrice } from '../config/pricing.js'
import { InputError } from '../config/input-error.js'
import { sectionName } from '../document/heading-names.js'
import { toLf } from '../text/lines.js'
import { normalizeDesign } from '../document/normalize.js'
import { extractOpenQuestions } from '../document/questions.js'
import type { SettingNames } from '../config/setting-names.js'
import { buildRepairTurn } from '../conversation/prompt.js'
import {
  buildDraftRepairTurn,
  buildSectionRepairTurn,
  describeProblems,
  repairableBySections,
} from '../conversation/repair-turns.js'
import type { ReturnedSection } from '../conversation/section-reply.js'
import { parseRevisionReply, type RevisionReply } from '../conversation/revision-reply.js'
import type { RevisionFormat } from '../config/defaults.js'
import { replacePreamble, spliceSections } from '../conversation/splice.js'
import { sectionReached } from '../conversation/progress.js'
import type { OpenQuestion, TemplateSpec, Violation } from '../document/types.js'
import type { Usage } from '../config/usage.js'
import type { ChatMessage, ModelClient, ModelResponse } from '../conversation/model.js'
import { addUsage, emptyUsage } from '../config/usage.js'
import { addedViolations, validateDesign } from '../document/validate.js'
import type { RequirementItem } from '../document/requirement-items.js'
import { checkTraceability, coverageOf, type TraceCoverage } from '../document/traceability.js'
import { plural } from '../text/wording.js'
import {
  DesignValidationError,
  failureDetails,
  withFailureDetails,
  type RejectedDraft,
  type Spending,
} from './failure.js'

export interface DesignProgress {
  phase: 'generating' | 'repairing'
  /** 0 for the first answer, then 1.. for each repair round. */
  round: number
  outputTokens: number
  /** The last top-level section the model has reached, e.g. "5. Detailed Design". */
  section: string | null
}

/** One turn of a design conversation: round 0 writes, later rounds repair; progress names the section reached. */
function askModel(
  model: ModelClient,
  prompt: { system: string[]; messages: ChatMessage[] },
  round: number,
  capped: CappedRequest,
  onProgress?: (progress: DesignProgress) => void,
): Promise<ModelResponse> {
  const phase = round === 0 ? 'generating' : 'repairing'
  return model.complete({
    ...prompt,
    ...capped,
    onProgress: onProgress
      ? ({ outputTokens, text }) =>
          onProgress({ phase, round, outputTokens, section: sectionReached(text) })
      : undefined,
  })
}

const DEFAULT_MAX_REPAIRS = 2

/**
 * Below this many output tokens an answer is not worth asking for under a spend cap: a whole
 * design needs thousands (the shortest real ones are about 3,000), a few sections hundreds.
 */
const LEAST_USEFUL_ANSWER: Record<AnswerForm, number> = { document: 2_000, sections: 500 }

/** How a caller runs a design conversation, full design or revision alike. */
export interface DesignOptions {
  model: ModelClient
  maxRepairs?: number
  onProgress?: (progress: DesignProgress) => void
  /** Notes for the log: what normalisation removed, which violations were repaired. */
  log?: (message: string) => void
  /**
   * The most estimated input tokens one model call may send (max-input-tokens). A revision leaves
   * out answers to fit (its result's `leftOut` says which); a request that still does not fit is
   * refused with `RequestTooLargeError` before it is sent. Undefined: no limit.
   */
  maxInputTokens?: number
  /** How the interface showing the messages names its settings (the action's inputs by default). */
  settingNames?: SettingNames
  /**
   * The spend caps the run is held to, each with what was spent against it before the run (for
   * the pull request's cap, its earlier runs). Every call is sized to fit the tightest, and one
   * that cannot fit is not made (`SpendCapError`). None: only max_tokens bounds a call.
   */
  spendLimits?: readonly SpendLimit[]
  /** The price spending is counted at: the model's list price unless overridden. */
  price?: ModelPrice
}

/** A design that conforms, and what making it spent. */
export interface DesignResult extends Spending {
  document: string
  openQuestions: OpenQuestion[]
  repairs: number
  /** How far the design traces the requirement items; absent when they were not traced. */
  traceability?: TraceCoverage
}

/** How an answer is read: as a whole document, or as sections spliced into the current one. */
export type AnswerForm = 'document' | 'sections'

export interface DesignLoop {
  options: DesignOptions
  system: string[]
  /** The conversation so far: the first user turn. Repair turns are appended to it. */
  messages: ChatMessage[]
  spec: TemplateSpec
  /** How the first answer is read: a full design is a document, a revision sections. */
  firstAnswer: AnswerForm
  /** The document sections are spliced into at first (a revision's current design). */
  document: string
  /** Violations the result may keep: people's departures from the template. */
  tolerated: Violation[]
  /** The heading level of the document's sections (2 for `## 1. Overview`). */
  level: number
  /** How a revision's repair turns ask to be answered: as the revision turn asked. */
  format?: RevisionFormat
  /** Adjusts returned sections before they are spliced: a revision keeps people's edits there. */
  reconcile?: (reply: { sections: ReturnedSection[]; preamble?: string }) => {
    sections: ReturnedSection[]
    preamble?: string
  }
  /** The parts of the first request, which a repair round must keep within `maxInputTokens`. */
  parts: RequestPart[]
  /**
   * The requirement items the design must trace in its table. Gaps are repaired like any
   * violation, but never block a design on their own: when the repairs run out and only they
   * remain, the design is returned with them. Empty or absent: not traced.
   */
  trace?: RequirementItem[]
}

export interface DesignLoopResult {
  design: DesignResult
  /** Every violation of the result: those it was allowed to keep. */
  found: Violation[]
}

export async function runDesignLoop(loop: DesignLoop): Promise<DesignLoopResult> {
  const { system, messages, spec, options } = loop
  const { model, maxRepairs = DEFAULT_MAX_REPAIRS, log } = options
  const trace = loop.trace ?? []
  let usage = emptyUsage()
  let modelName = model.model
  let calls = 0
  let lastDraft: RejectedDraft | undefined
  try {
    let document = loop.document
    let form = loop.firstAnswer
    let previous: { answer: string; document: string; problems: string[] } | null = null
    for (let round = 0; ; round++) {
      const capped = spendPlan(model, { system, messages }, form, usage, options)
      calls++
      const response = await askModel(
        model,
        { system, messages },
        round,
        capped,
        options.onProgress,
      ).catch((error: unknown) => {
        // The failed call may have been billed (a stream cut mid-way): count it.
        usage = addUsage(usage, (error as { usage?: Usage } | null)?.usage ?? emptyUsage())
        throw error
      })
      usage = addUsage(usage, response.usage)
      modelName = response.model

      let reply: RevisionReply | null = null
      if (form === 'document') {
        const normal = normalizeDesign(response.text, spec)
        if (normal.removed.length > 0) {
          log?.(`Removed wrapping around the design: ${normal.removed.join('; ')}`)
        }
        document = normal.text
      } else {
        reply = parseRevisionReply(response.text, spec, document)
        if (reply.kind !== 'no-changes') {
          if (reply.removed.length > 0) {
            log?.(`Removed wrapping around the sections: ${reply.removed.join('; ')}`)
          }
          if (reply.edits) log?.(describeEdits(reply.edits))
          const kept = loop.reconcile?.(reply) ?? reply
          if (kept.preamble !== undefined) {
            document = replacePreamble(document, kept.preamble, spec)
          }
          if (kept.sections.length > 0) document = spliceSections(document, kept.sections, spec)
        }
      }
      const returned = reply && reply.kind !== 'no-changes' ? reply.sections : []
      const replyViolations = reply?.kind === 'invalid' ? reply.violations : []
      const found = validateDesign(document, spec)
      const traced = trace.length > 0 ? checkTraceability(document, spec, trace) : null
      const documentViolations = [
        ...addedViolations(found, loop.tolerated),
        ...(traced?.violations ?? []),
      ]
      const accept = () => ({
        design: {
          document,
          openQuestions: extractOpenQuestions(document, spec),
          usage,
          model: modelName,
          modelCalls: calls,
          repairs: round,
          ...(traced ? { traceability: coverageOf(traced) } : {}),
        },
        found,
      })
      if (replyViolations.length === 0 && documentViolations.length === 0) return accept()

      lastDraft = { document, violations: documentViolations }
      const problems = [
        ...documentViolations.map((v) => `${v.line}: ${v.message}`),
        ...replyViolations.map((v) => `reply ${v.line}: ${v.message}`),
      ]
      // The same answer again, or an answer that changed nothing, would only be paid for again.
      const repeated =
        previous !== null &&
        (sameText(response.text, previous.answer) ||
          (document === previous.document && sameList(problems, previous.problems)))
      if (repeated || round >= maxRepairs) {
        const blocking = documentViolations.filter((v) => v.kind !== 'traceability')
        if (replyViolations.length === 0 && blocking.length === 0) {
          log?.(
            `The traceability table still has gaps in ${plural(documentViolations.length, 'place')}; they never block a design, and are reported.`,
          )
          return accept()
        }
        throw new DesignValidationError(
          [
            ...documentViolations,
            ...replyViolations.map((v) => ({
              ...v,
              message: `${v.message} (in the model's reply)`,
            })),
          ],
          {
            rounds: round,
            repeated,
            spending: { usage, model: modelName, modelCalls: calls },
            rejectedDraft: lastDraft,
          },
        )
      }
      previous = { answer: response.text, document, problems }

      const next: AnswerForm =
        form === 'sections' || repairableBySections(document, documentViolations, spec)
          ? 'sections'
          : 'document'
      const places = plural(replyViolations.length + documentViolations.length, 'place')
      const roundOf = `round ${round + 1} of ${maxRepairs}`
      log?.(
        form === 'sections'
          ? `The returned sections do not fit in ${places}; asking the model to repair them (${roundOf}).`
          : `The design broke the template in ${places}; asking the model for ${next === 'sections' ? 'the sections concerned' : 'the whole design again'} (${roundOf}).`,
      )
      if (form === 'document') {
        // The model sees its answer as we validated it, so the violations' line numbers match.
        messages.push(
          { role: 'assistant', content: document },
          {
            role: 'user',
            content:
              next === 'sections'
                ? buildDraftRepairTurn(documentViolations, document, spec)
                : buildRepairTurn(documentViolations),
          },
        )
      } else {
        messages.push(
          { role: 'assistant', content: response.text.trim() === '' ? '(empty)' : response.text },
          {
            role: 'user',
            content: buildSectionRepairTurn(
              describeProblems(replyViolations, documentViolations, document, returned, spec),
              {
                applied: appliedNames(returned, spec),
                level: loop.level,
                ...(loop.format ? { format: loop.format } : {}),
                mayBeDone:
                  documentViolations.length === 0 &&
                  (reply?.kind !== 'invalid' || reply.skipped === 0),
              },
            ),
          },
        )
      }
      form = next
      checkRepairRequest(
        { system, messages },
        options.maxInputTokens,
        loop.parts,
        round + 1,
        usage,
        options.settingNames,
      )
    }
  } catch (error) {
    // Errors that already account (a rejected design) keep theirs; every other one gets the run's.
    if (calls > 0 && failureDetails(error).spending === undefined) {
      withFailureDetails(error, {
        spending: { usage, model: modelName, modelCalls: calls },
        ...(lastDraft ? { rejectedDraft: lastDraft } : {}),
      })
    }
    throw error
  }
}

/**
 * What the next call may spend under the run's caps, given what the run spent so far; throws when
 * the call must not be made (too little left, or no price to hold it to).
 */
function spendPlan(
  model: ModelClient,
  prompt: { system: string[]; messages: ChatMessage[] },
  form: AnswerForm,
  spent: Usage,
  options: DesignOptions,
): CappedRequest {
  const limits = options.spendLimits ?? []
  if (limits.length === 0) return {}
  const price = modelPrice(model.model, options.price)
  const runSpent = price ? costAtPrice(spent, price) : 0
  const plan = planCallSpend({
    limits: limits.map((l) => ({ ...l, spentUsd: l.spentUsd + runSpent })),
    price,
    model: model.model,
    estimatedInputTokens: estimateRequestTokens(prompt),
    maxOutputTokens: model.maxOutputTokens,
    minOutputTokens: LEAST_USEFUL_ANSWER[form],
    names: options.settingNames,
  })
  if (plan.kind === 'refused') throw plan.error
  // A cap a person set that cannot be checked is a setting to fix, not a reason to spend blind.
  if (plan.kind === 'unpriced') throw new InputError(plan.reason)
  if (plan.lowered) {
    options.log?.(
      `The spend cap leaves room for ${plural(plan.maxOutputTokens, 'output token')} in this call.`,
    )
  }
  return plan.request
}

/** How the repair turn names what was applied from a reply. */
function appliedNames(returned: ReturnedSection[], spec: TemplateSpec): string[] {
  return returned.flatMap((s) => {
    const section = spec.sections[s.index]
    return s.key ? [s.key] : section ? [sectionName(section)] : []
  })
}

/** "Placed 5 of 6 edits (1 ignoring spacing and emphasis)." */
function describeEdits(edits: NonNullable<RevisionReply['edits']>): string {
  const all = edits.placed + edits.unplaced
  const loose = edits.loose > 0 ? ` (${edits.loose} ignoring spacing and emphasis)` : ''
  return `Placed ${edits.placed} of ${plural(all, 'edit')}${loose}.`
}

function sameText(a: string, b: string): boolean {
  return toLf(a).trim() === toLf(b).trim()
}

function sameList(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i])
}
