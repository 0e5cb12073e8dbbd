/**
 * The design engine shared by every trigger: prompt the model, normalise and validate its answer,
 * repair it in the same conversation when it strays from the template, and return a document
 * that conforms, or throw with the violations. Nothing here writes anywhere.
 */
import { checkDesignRequest } from '../core/budget.js'
import type { SettingNames } from '../core/setting-names.js'
import { buildSystemPrompt, buildUserTurn } from '../core/prompt.js'
import { extractOpenQuestions } from '../core/questions.js'
import { topLevel } from '../core/revision.js'
import { TemplateError, parseTemplate } from '../core/template.js'
import type { ChatMessage, ModelClient, OpenQuestion, TemplateSpec, Usage } from '../core/types.js'
import { runDesignLoop, type DesignProgress } from './design-loop.js'

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
  /** How the interface showing the messages names its settings (the action's inputs by default). */
  settingNames?: SettingNames
}

export interface DesignResult {
  document: string
  openQuestions: OpenQuestion[]
  usage: Usage
  model: string
  modelCalls: number
  repairs: number
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

export async function generateDesign(
  input: DesignInput,
  options: GenerateOptions,
): Promise<DesignResult> {
  const { model, maxRepairs = DEFAULT_MAX_REPAIRS, onProgress, log, maxInputTokens } = options
  const spec = loadTemplateSpec(input.template)
  const { system, messages } = buildDesignPrompt(input, spec)
  const parts = checkDesignRequest(
    { system, messages },
    input,
    maxInputTokens,
    options.settingNames,
  )
  const result = await runDesignLoop({
    model,
    system,
    messages,
    spec,
    maxRepairs,
    firstAnswer: 'document',
    document: '',
    tolerated: [],
    level: topLevel(spec),
    budget: { parts, maxInputTokens, settingNames: options.settingNames },
    onProgress,
    log,
  })
  return {
    document: result.document,
    openQuestions: extractOpenQuestions(result.document, spec),
    usage: result.usage,
    model: result.model,
    modelCalls: result.modelCalls,
    repairs: result.repairs,
  }
}
