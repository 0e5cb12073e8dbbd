/**
 * The design engine shared by every trigger: prompt the model, normalise and validate its answer,
 * repair it in the same conversation when it strays from the template, and return a document
 * that conforms, or throw with the violations. Nothing here writes anywhere.
 */
import { checkDesignRequest } from '../conversation/budget.js'
import { buildSystemPrompt, buildUserTurn, type UserTurnInput } from '../conversation/prompt.js'
import { topLevel } from '../conversation/splice.js'
import { TemplateError, parseTemplate } from '../document/template.js'
import type { TemplateSpec } from '../document/types.js'
import type { ChatMessage } from '../conversation/model.js'
import {
  traceabilityInstruction,
  type TraceabilityPlace,
} from '../conversation/traceability-turn.js'
import { sectionName } from '../document/heading-names.js'
import type { RequirementItem } from '../document/requirement-items.js'
import { itemsToTrace, traceabilitySections } from '../document/traceability.js'
import { runDesignLoop, type DesignOptions, type DesignResult } from './design-loop.js'

/** What a design is made from: the user turn's content, and the template and instructions. */
export interface DesignInput extends Omit<UserTurnInput, 'traceability'> {
  instructions: string
  template: string
  /** Trace each requirement item to the design sections that realise it (default false). */
  traceability?: boolean
}

/** The requirement items the design must trace: none when not asked or the template has no place. */
export function traceItems(input: DesignInput, spec: TemplateSpec): RequirementItem[] {
  return (input.traceability && itemsToTrace(input.requirements, spec)) || []
}

/** Where the table goes in this template, as the prompts name it. */
export function traceabilityPlace(spec: TemplateSpec): TraceabilityPlace | undefined {
  const places = traceabilitySections(spec)
  if (!places) return undefined
  return {
    section: sectionName(places.section),
    parent: places.parent ? sectionName(places.parent) : sectionName(places.section),
  }
}

/** Parses a template and insists on what the product relies on: an Open Questions section. */
export function loadTemplateSpec(template: string): TemplateSpec {
  const spec = parseTemplate(template)
  if (spec.openQuestionsIndex === null) {
    throw new TemplateError(
      'The template has no "Open Questions" section. Add one (for example "## 12. Open Questions"): the open questions are posted for review from it.',
    )
  }
  return spec
}

/** The exact prompt of the first model call: what `--dry-run` prints and what the engine sends. */
export function buildDesignPrompt(
  input: DesignInput,
  spec: TemplateSpec,
): { system: string[]; messages: ChatMessage[] } {
  const traceability = traceabilityInstruction(
    traceItems(input, spec),
    topLevel(spec),
    traceabilityPlace(spec),
  )
  return {
    system: buildSystemPrompt({ instructions: input.instructions, template: input.template, spec }),
    messages: [{ role: 'user', content: buildUserTurn({ ...input, traceability }) }],
  }
}

export async function generateDesign(
  input: DesignInput,
  options: DesignOptions,
): Promise<DesignResult> {
  const spec = loadTemplateSpec(input.template)
  const { system, messages } = buildDesignPrompt(input, spec)
  const parts = checkDesignRequest(
    { system, messages },
    input,
    options.maxInputTokens,
    options.settingNames,
  )
  const { design } = await runDesignLoop({
    options,
    system,
    messages,
    spec,
    firstAnswer: 'document',
    document: '',
    tolerated: [],
    level: topLevel(spec),
    parts,
    trace: traceItems(input, spec),
  })
  return design
}
