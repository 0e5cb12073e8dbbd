/** The lines both commands print on stdout: the open questions, and what the model calls cost. */
import { estimateCostUsd, formatUsd, PRICES_AS_OF, type ModelPrice } from '../config/pricing.js'
import type { OpenQuestion } from '../document/types.js'
import type { Usage } from '../config/usage.js'
import { count } from '../text/wording.js'

export function formatQuestions(questions: OpenQuestion[]): string {
  if (questions.length === 0) return 'Open questions: none.\n'
  const lines = questions.map((q, i) => `  ${i + 1}. ${q.text} (line ${q.line})\n`)
  return `Open questions (${questions.length}):\n${lines.join('')}`
}

export function formatUsage(
  usage: Usage,
  model: string,
  calls: number,
  price?: ModelPrice,
): string {
  const cost = estimateCostUsd(usage, model, price)
  const costText =
    cost === null
      ? `cost unknown for ${model} (pass --price)`
      : `about ${formatUsd(cost)} (${price ? 'your prices' : `list prices of ${PRICES_AS_OF}`})`
  return (
    `Usage: ${calls} model call${calls === 1 ? '' : 's'}, ${count(usage.inputTokens)} input tokens ` +
    `(+${count(usage.cacheReadInputTokens)} cache read, +${count(usage.cacheCreationInputTokens)} cache write), ` +
    `${count(usage.outputTokens)} output tokens; ${costText}.`
  )
}
