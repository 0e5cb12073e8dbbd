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
  sectionName,
  spliceSections,
} from '../core/revision.js'
import type { AnsweredQuestion } from '../core/revision.js'
import type { ChatMessage } from '../core/types.js'
import { addUsage, emptyUsage } from '../core/usage.js'
import { validateDesign } from '../core/validate.js'
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
  /** Top-level sections whose text changed, as "5. Detailed Design", in template order. */
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
  // A person's edit may have broken the design; the revision has to leave it valid.
  const problems = validateDesign(input.currentDesign, spec)
  if (problems.length > 0) {
    log?.(
      `The current design breaks the template in ${plural(problems.length, 'place')}; the revision is asked to fix ${problems.length === 1 ? 'it' : 'them'}.`,
    )
  }
  // Long discussions are trimmed to fit before anything is sent; what cannot fit is refused here.
  const { turn, leftOut, parts } = fitRevisionTurn({ ...input, problems }, system, maxInputTokens)
  if (leftOut.length > 0) log?.(`To fit the request: ${leftOut.join('; ')}.`)
  const messages: ChatMessage[] = [{ role: 'user', content: turn }]
  let usage = emptyUsage()
  // Each round builds on the last: sections that fit stay applied, a repair sends the rest.
  let document = input.currentDesign

  for (let round = 0; ; round++) {
    const response = await askModel(model, { system, messages }, round, onProgress)
    usage = addUsage(usage, response.usage)

    const reply = parseSectionReply(response.text, spec)
    const returned = reply.kind === 'no-changes' ? [] : reply.sections
    if (reply.kind !== 'no-changes' && reply.removed.length > 0) {
      log?.(`Removed wrapping around the sections: ${reply.removed.join('; ')}`)
    }
    if (returned.length > 0) document = spliceSections(document, returned, spec)
    const replyViolations = reply.kind === 'invalid' ? reply.violations : []
    const documentViolations = validateDesign(document, spec)
    if (replyViolations.length === 0 && documentViolations.length === 0) {
      return {
        document,
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
              return section ? [sectionName(section)] : []
            }),
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
