/** The secret values among the inputs, named in one place: main masks them and hands them to the flows. */
import type { ActionInputs } from './inputs.js'

/** Every secret value among the inputs, to keep out of anything the action writes. */
export function secretInputs(inputs: ActionInputs): string[] {
  return [inputs.anthropicApiKey, inputs.githubToken, ...Object.values(inputs.anthropicHeaders)]
}
