/**
 * Incremental revision of a design: the model returns only the sections that must change, they
 * are spliced into the current document, and the whole document is validated. When the sections
 * do not fit, the model repairs them in the same conversation; when it cannot, nothing is
 * returned and `DesignValidationError` says why. Nothing here writes anywhere.
 */
import { fitRevisionTurn } from '../conversation/budget.js'
import { parseOutline } from '../document/markdown.js'
import { keepPeoplesEdits, type PeoplesEdits } from '../conversation/peoples-edits.js'
import { changedSectionNames, sectionLevel } from '../conversation/splice.js'
import type { AnsweredQuestion } from '../conversation/revision-turn.js'
import type { Violation } from '../document/types.js'
import { validateDesign } from '../document/validate.js'
import { plural } from '../text/wording.js'
import { runDesignLoop, type DesignOptions, type DesignResult } from './design-loop.js'
import { buildDesignPrompt, loadTemplateSpec, traceabilityPlace, traceItems } from './generate.js'
import { traceabilityRevisionNote } from '../conversation/traceability-turn.js'
import type { DesignInput } from './generate.js'
import type { RevisionFormat } from '../config/defaults.js'

export interface RevisionInput extends DesignInput {
  /** The design on the branch, people's edits included (without the provenance stamp). */
  currentDesign: string
  /**
   * The design as the action last committed it (without the stamp), when people edited it since
   * and that version is known: the base from which their edits are kept. Null or absent: unknown.
   */
  baseDesign?: string | null
  /** Unified diff of the requirements since the design was made; '' = no change, null = unknown. */
  requirementsChanges: string | null
  /** Open questions answered in their review threads. */
  answered: AnsweredQuestion[]
  /** How the model is asked to answer: edits placed in the design, or whole sections. */
  format?: RevisionFormat
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
  options: DesignOptions,
): Promise<RevisionResult> {
  const { log } = options
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
  const trace = traceItems(input, spec)
  const traceability = traceabilityRevisionNote(trace, level, traceabilityPlace(spec))
  const { turn, leftOut, parts } = fitRevisionTurn(
    { ...input, ownStructure, sectionLevel: level, traceability, format: input.format },
    system,
    options.maxInputTokens,
    options.settingNames,
  )
  if (leftOut.length > 0) log?.(`To fit the request: ${leftOut.join('; ')}.`)

  // The last word on each section people edited: the latest reply's reconciliation.
  const peoplesEdits = new Map<string, Pick<PeoplesEdits, 'merged' | 'notKept'>>()
  const { design, found } = await runDesignLoop({
    options,
    system,
    messages: [{ role: 'user', content: turn }],
    spec,
    firstAnswer: 'sections',
    document: input.currentDesign,
    tolerated: peoples,
    level,
    ...(input.format ? { format: input.format } : {}),
    trace,
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
    parts,
  })
  const edits = [...peoplesEdits.values()]
  return {
    ...design,
    keptProblems: found,
    changedSections: changedSectionNames(input.currentDesign, design.document, spec),
    leftOut,
    peoplesEdits: {
      merged: edits.flatMap((e) => e.merged),
      notKept: edits.flatMap((e) => e.notKept),
    },
  }
}
