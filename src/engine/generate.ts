/**
 * The design engine shared by every trigger: prompt the model, normalise and validate its answer,
 * repair it in the same conversation when it strays from the template, and return a document
 * that conforms, or throw with the violations. Nothing here writes anywhere.
 */
import { checkDesignRequest, checkRepairRequest } from '../core/budget.js'
import { normalizeDesign } from '../core/normalize.js'
import { sectionReached } from '../core/progress.js'
import { buildRepairTurn, buildSystemPrompt, buildUserTurn } from '../core/prompt.js'
import { extractOpenQuestions } from '../core/questions.js'
import { TemplateError, parseTemplate } from '../core/template.js'
import type {
  ChatMessage,
  ModelClient,
  ModelResponse,
  OpenQuestion,
  TemplateSpec,
  Usage,
  Violation,
} from '../core/types.js'
import { addUsage, emptyUsage } from '../core/usage.js'
import { validateDesign } from '../core/validate.js'

export const DEFAULT_MAX_REPAIRS = 2

export interface DesignInput {
  requirements: string
  /** Where the requirements came from, for the prompt: "docs/requirements.md", "issue #12". */
  source: string
  guidance?: string
  instructions: string
  template: string
  /** A design people wrote outside the template, to rewrite into it (`--full`). */
  designToRewrite?: string
}

export interface DesignProgress {
  phase: 'generating' | 'repairing'
  /** 0 for the first answer, then 1.. for each repair round. */
  round: number
  outputTokens: number
  /** The last top-level section the model has reached, e.g. "5. Detailed Design". */
  section: string | null
}

export interface GenerateOptions {
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
}

export interface DesignResult {
  document: string
  openQuestions: OpenQuestion[]
  usage: Usage
  model: string
  modelCalls: number
  repairs: number
}

export class DesignValidationError extends Error {
  constructor(
    readonly violations: Violation[],
    readonly rounds: number,
    readonly usage: Usage,
  ) {
    super(
      `The model's design still broke the template after ${rounds} repair round${rounds === 1 ? '' : 's'}; nothing was written.\n` +
        violations.map((v) => `  line ${v.line}: ${v.message}`).join('\n'),
    )
    this.name = 'DesignValidationError'
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
  return {
    system: buildSystemPrompt({ instructions: input.instructions, template: input.template, spec }),
    messages: [{ role: 'user', content: buildUserTurn(input) }],
  }
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

export async function generateDesign(
  input: DesignInput,
  options: GenerateOptions,
): Promise<DesignResult> {
  const { model, maxRepairs = DEFAULT_MAX_REPAIRS, onProgress, log, maxInputTokens } = options
  const spec = loadTemplateSpec(input.template)
  const { system, messages } = buildDesignPrompt(input, spec)
  const parts = checkDesignRequest({ system, messages }, input, maxInputTokens)
  let usage = emptyUsage()

  for (let round = 0; ; round++) {
    const response = await askModel(model, { system, messages }, round, onProgress)
    usage = addUsage(usage, response.usage)

    const { text, removed } = normalizeDesign(response.text, spec)
    if (removed.length > 0) log?.(`Removed wrapping around the design: ${removed.join('; ')}`)
    const violations = validateDesign(text, spec)
    if (violations.length === 0) {
      return {
        document: text,
        openQuestions: extractOpenQuestions(text, spec),
        usage,
        model: response.model,
        modelCalls: round + 1,
        repairs: round,
      }
    }
    if (round >= maxRepairs) throw new DesignValidationError(violations, round, usage)
    log?.(
      `The design broke the template in ${violations.length} place${violations.length === 1 ? '' : 's'}; asking the model to repair it (round ${round + 1} of ${maxRepairs}).`,
    )
    // The model sees its answer as we validated it, so the violations' line numbers match.
    messages.push(
      { role: 'assistant', content: text },
      { role: 'user', content: buildRepairTurn(violations) },
    )
    checkRepairRequest({ system, messages }, maxInputTokens, parts, round + 1, usage)
  }
}
