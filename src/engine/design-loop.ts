/**
 * The one loop every design takes: ask the model, read its answer into a document, validate it,
 * and repair in the same conversation until it conforms or the repairs run out. A full design's
 * problems inside its sections are repaired by asking for those sections only; a revision is
 * always answered in sections. Whatever the loop throws after its first call carries what the
 * run spent and the last draft it rejected (`engine/failure.ts`).
 */
import { checkRepairRequest, type RequestPart } from '../core/budget.js'
import { normalizeDesign } from '../core/normalize.js'
import type { SettingNames } from '../core/setting-names.js'
import { buildRepairTurn } from '../core/prompt.js'
import {
  buildDraftRepairTurn,
  buildSectionRepairTurn,
  describeProblems,
  parseSectionReply,
  repairableBySections,
  replacePreamble,
  sectionName,
  spliceSections,
  type ReturnedSection,
  type SectionReply,
} from '../core/revision.js'
import { sectionReached } from '../core/progress.js'
import type {
  ChatMessage,
  ModelClient,
  ModelResponse,
  TemplateSpec,
  Usage,
  Violation,
} from '../core/types.js'
import { addUsage, emptyUsage } from '../core/usage.js'
import { addedViolations, validateDesign } from '../core/validate.js'
import {
  DesignValidationError,
  failureDetails,
  withFailureDetails,
  type RejectedDraft,
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
export function askModel(
  model: ModelClient,
  prompt: { system: string[]; messages: ChatMessage[] },
  round: number,
  onProgress?: (progress: DesignProgress) => void,
): Promise<ModelResponse> {
  const phase = round === 0 ? 'generating' : 'repairing'
  return model.complete({
    ...prompt,
    onProgress: onProgress
      ? ({ outputTokens, text }) =>
          onProgress({ phase, round, outputTokens, section: sectionReached(text) })
      : undefined,
  })
}

/** How an answer is read: as a whole document, or as sections spliced into the current one. */
export type AnswerForm = 'document' | 'sections'

export interface DesignLoop {
  model: ModelClient
  system: string[]
  /** The conversation so far: the first user turn. Repair turns are appended to it. */
  messages: ChatMessage[]
  spec: TemplateSpec
  maxRepairs: number
  /** How the first answer is read: a full design is a document, a revision sections. */
  firstAnswer: AnswerForm
  /** The document sections are spliced into at first (a revision's current design). */
  document: string
  /** Violations the result may keep: people's departures from the template. */
  tolerated: Violation[]
  /** The heading level of the document's sections (2 for `## 1. Overview`). */
  level: number
  /** Adjusts returned sections before they are spliced: a revision keeps people's edits there. */
  reconcile?: (reply: { sections: ReturnedSection[]; preamble?: string }) => {
    sections: ReturnedSection[]
    preamble?: string
  }
  /** The request's parts and the input limit a repair round must stay within. */
  budget: { parts: RequestPart[]; maxInputTokens?: number; settingNames?: SettingNames }
  onProgress?: (progress: DesignProgress) => void
  log?: (message: string) => void
}

export interface DesignLoopResult {
  document: string
  /** Every violation of the result: those it was allowed to keep. */
  found: Violation[]
  usage: Usage
  model: string
  modelCalls: number
  repairs: number
}

export async function runDesignLoop(loop: DesignLoop): Promise<DesignLoopResult> {
  const { model, system, messages, spec, maxRepairs, log } = loop
  let usage = emptyUsage()
  let modelName = model.model
  let calls = 0
  let lastDraft: RejectedDraft | undefined
  try {
    let document = loop.document
    let form = loop.firstAnswer
    let previous: { answer: string; document: string; problems: string[] } | null = null
    for (let round = 0; ; round++) {
      calls++
      const response = await askModel(model, { system, messages }, round, loop.onProgress).catch(
        (error: unknown) => {
          // The failed call may have been billed (a stream cut mid-way): count it.
          usage = addUsage(usage, (error as { usage?: Usage } | null)?.usage ?? emptyUsage())
          throw error
        },
      )
      usage = addUsage(usage, response.usage)
      modelName = response.model

      let reply: SectionReply | null = null
      if (form === 'document') {
        const normal = normalizeDesign(response.text, spec)
        if (normal.removed.length > 0) {
          log?.(`Removed wrapping around the design: ${normal.removed.join('; ')}`)
        }
        document = normal.text
      } else {
        reply = parseSectionReply(response.text, spec, document)
        if (reply.kind !== 'no-changes') {
          if (reply.removed.length > 0) {
            log?.(`Removed wrapping around the sections: ${reply.removed.join('; ')}`)
          }
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
      const documentViolations = addedViolations(found, loop.tolerated)
      if (replyViolations.length === 0 && documentViolations.length === 0) {
        return { document, found, usage, model: modelName, modelCalls: calls, repairs: round }
      }

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
        loop.budget.maxInputTokens,
        loop.budget.parts,
        round + 1,
        usage,
        loop.budget.settingNames,
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

/** How the repair turn names what was applied from a reply. */
function appliedNames(returned: ReturnedSection[], spec: TemplateSpec): string[] {
  return returned.flatMap((s) => {
    const section = spec.sections[s.index]
    return s.key ? [s.key] : section ? [sectionName(section)] : []
  })
}

function sameText(a: string, b: string): boolean {
  return a.replace(/\r\n?/g, '\n').trim() === b.replace(/\r\n?/g, '\n').trim()
}

function sameList(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i])
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`
}
