/**
 * Incremental revision of a design: the model returns only the sections that must change, they
 * are spliced into the current document, and the whole document is validated. When the sections
 * do not fit, the model repairs them in the same conversation; when it cannot, nothing is
 * returned and `DesignValidationError` says why. Nothing here writes anywhere.
 */
import { fitRevisionTurn } from '../core/budget.js'
import { parseOutline } from '../core/markdown.js'
import { keepPeoplesEdits, type PeoplesEdits } from '../core/peoples-edits.js'
import { extractOpenQuestions } from '../core/questions.js'
import { changedSectionNames, sectionLevel } from '../core/revision.js'
import type { AnsweredQuestion } from '../core/revision.js'
import type { Violation } from '../core/types.js'
import { validateDesign } from '../core/validate.js'
import { runDesignLoop } from './design-loop.js'
import { DEFAULT_MAX_REPAIRS, buildDesignPrompt, loadTemplateSpec } from './generate.js'
import type { DesignInput, DesignResult, GenerateOptions } from './generate.js'

export interface RevisionInput extends DesignInput {
  /** The design on the branch, people's edits included (without the provenance stamp). */
  currentDesign: string
  /**
   * The design as the action last committed it (without the stamp), when people edited it since
   * and that version is known: the base from which their edits are kept. Null or absent: unknown.
   */
  baseDesign?: string | null
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
  /** How people's edits since the last design fared where the revision changed the same sections. */
  peoplesEdits: Pick<PeoplesEdits, 'merged' | 'notKept'>
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
    options.settingNames,
  )
  if (leftOut.length > 0) log?.(`To fit the request: ${leftOut.join('; ')}.`)

  // The last word on each section people edited: the latest reply's reconciliation.
  const peoplesEdits = new Map<string, Pick<PeoplesEdits, 'merged' | 'notKept'>>()
  const result = await runDesignLoop({
    model,
    system,
    messages: [{ role: 'user', content: turn }],
    spec,
    maxRepairs,
    firstAnswer: 'sections',
    document: input.currentDesign,
    tolerated: peoples,
    level,
    reconcile: (reply) => {
      const kept = keepPeoplesEdits({
        base: input.baseDesign ?? null,
        current: input.currentDesign,
        sections: reply.sections,
        ...(reply.preamble === undefined ? {} : { preamble: reply.preamble }),
        spec,
      })
      for (const name of kept.merged) peoplesEdits.set(name, { merged: [name], notKept: [] })
      for (const lost of kept.notKept)
        peoplesEdits.set(lost.section, { merged: [], notKept: [lost] })
      return kept
    },
    budget: { parts, maxInputTokens, settingNames: options.settingNames },
    onProgress,
    log,
  })
  const edits = [...peoplesEdits.values()]
  return {
    document: result.document,
    keptProblems: result.found,
    changedSections: changedSectionNames(input.currentDesign, result.document, spec),
    leftOut,
    peoplesEdits: {
      merged: edits.flatMap((e) => e.merged),
      notKept: edits.flatMap((e) => e.notKept),
    },
    openQuestions: extractOpenQuestions(result.document, spec),
    usage: result.usage,
    model: result.model,
    modelCalls: result.modelCalls,
    repairs: result.repairs,
  }
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`
}
