/**
 * Incremental revision of a design: the model returns only the sections that must change, they
 * are spliced into the current document, and the whole document is validated. When the sections
 * do not fit, the model repairs them in the same conversation; when it cannot, nothing is
 * returned and `DesignValidationError` says why. Nothing here writes anywhere.
 */
import { checkRepairRequest, fitRevisionTurn } from '../core/budget.js'
import { extractOpenQuestions } from '../core/questions.js'
import {
  buildSectionRepairTurn,
  changedSectionNames,
  describeProblems,
  parseSectionReply,
  sectionLevel,
  sectionName,
  spliceSections,
} from '../core/revision.js'
import type { AnsweredQuestion } from '../core/revision.js'
import type { ChatMessage, Violation } from '../core/types.js'
import { addUsage, emptyUsage } from '../core/usage.js'
import { parseOutline } from '../core/markdown.js'
import { addedViolations, validateDesign } from '../core/validate.js'
import {
  DEFAULT_MAX_REPAIRS,
  DesignValidationError,
  askModel,
  buildDesignPrompt,
  loadTemplateSpec,
} from './generate.js'
import type { DesignInput, DesignResult, GenerateOptions } from './generate.js'

export interface RevisionInput extends DesignInput {
  /** The design on the branch, people's edits included (without the provenance stamp). */
  currentDesign: string
  /** Unified diff of the requirements since the design was made; '' = unchanged, null = unknown. */
  requirementsChanges: string | null
  /** Open questions answered in their review threads. */
  answered: AnsweredQuestion[]
}

export interface RevisionResult extends DesignResult {
  /**
   * Where the revised design departs from the template in text people wrote (or in a design the
   * action did not write): kept as it is, reported, never handed to the model to "fix".
   */
  keptProblems: Violation[]
  /** Sections whose text changed, as their headings read ("5. Detailed Design"), in document order. */
  changedSections: string[]
  /**
   * What was cut or left out of the request to stay within `maxInputTokens`, as short sentences
   * for the job summary ("3 older answers were left out …"); empty when nothing was.
   */
  leftOut: string[]
}

export async function reviseDesign(
  input: RevisionInput,
  options: GenerateOptions,
): Promise<RevisionResult> {
  const { model, maxRepairs = DEFAULT_MAX_REPAIRS, onProgress, log, maxInputTokens } = options
  const spec = loadTemplateSpec(input.template)
  // The same system blocks as a full generation, so the two share the prompt cache.
  const { system } = buildDesignPrompt(input, spec)
  // People outrank the template: where what they wrote departs from it, it stays as it is; the
  // revision may add no departure of its own.
  const peoples = validateDesign(input.currentDesign, spec)
  const level = sectionLevel(parseOutline(input.currentDesign), spec)
  if (peoples.length > 0) {
    log?.(
      `The current design departs from the template in ${plural(peoples.length, 'place')} people wrote; they stay as they are, and the revision may add none.`,
    )
  }
  const ownStructure = peoples.length > 0
  // Long discussions are trimmed to fit before anything is sent; what cannot fit is refused here.
  const { turn, leftOut, parts } = fitRevisionTurn(
    { ...input, ownStructure, sectionLevel: level },
    system,
    maxInputTokens,
  )
  if (leftOut.length > 0) log?.(`To fit the request: ${leftOut.join('; ')}.`)
  const messages: ChatMessage[] = [{ role: 'user', content: turn }]
  let usage = emptyUsage()
  // Each round builds on the last: sections that fit stay applied, a repair sends the rest.
  let document = input.currentDesign

  for (let round = 0; ; round++) {
    const response = await askModel(model, { system, messages }, round, onProgress)
    usage = addUsage(usage, response.usage)

    const reply = parseSectionReply(response.text, spec, document)
    const returned = reply.kind === 'no-changes' ? [] : reply.sections
    if (reply.kind !== 'no-changes' && reply.removed.length > 0) {
      log?.(`Removed wrapping around the sections: ${reply.removed.join('; ')}`)
    }
    if (returned.length > 0) document = spliceSections(document, returned, spec)
    const replyViolations = reply.kind === 'invalid' ? reply.violations : []
    const found = validateDesign(document, spec)
    const documentViolations = addedViolations(found, peoples)
    if (replyViolations.length === 0 && documentViolations.length === 0) {
      return {
        document,
        keptProblems: found,
        changedSections: changedSectionNames(input.currentDesign, document, spec),
        leftOut,
        openQuestions: extractOpenQuestions(document, spec),
        usage,
        model: response.model,
        modelCalls: round + 1,
        repairs: round,
      }
    }
    if (round >= maxRepairs) {
      throw new DesignValidationError(
        [
          ...documentViolations,
          ...replyViolations.map((v) => ({ ...v, message: `${v.message} (in the model's reply)` })),
        ],
        round,
        usage,
      )
    }
    const count = replyViolations.length + documentViolations.length
    log?.(
      `The revised sections do not fit in ${plural(count, 'place')}; asking the model to repair them (round ${round + 1} of ${maxRepairs}).`,
    )
    messages.push(
      { role: 'assistant', content: response.text.trim() === '' ? '(empty)' : response.text },
      {
        role: 'user',
        content: buildSectionRepairTurn(
          describeProblems(replyViolations, documentViolations, document, returned, spec),
          {
            applied: returned.flatMap((s) => {
              const section = spec.sections[s.index]
              return s.key ? [s.key] : section ? [sectionName(section)] : []
            }),
            level,
            mayBeDone:
              documentViolations.length === 0 && (reply.kind !== 'invalid' || reply.skipped === 0),
          },
        ),
      },
    )
    checkRepairRequest({ system, messages }, maxInputTokens, parts, round + 1, usage)
  }
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`
}
