/**
 * Model ids on the three platforms that serve Claude. Pure.
 *
 * - Anthropic API: `claude-sonnet-5-5`, `claude-sonnet-5-5-20261001`
 * - Amazon Bedrock: `anthropic.claude-…`, inference profiles `us.anthropic.claude-…`, or an ARN
 * - Vertex AI: `claude-sonnet-5-5`, `claude-sonnet-5-5@20261001`
 *
 * An Anthropic-style id is mapped to the platform's form, so the default model works everywhere;
 * an id already in the platform's form is sent as it is; an id in another platform's form is
 * refused with the form to use instead.
 */
import { ACTION_SETTING_NAMES, type SettingNames } from './setting-names.js'

export const PROVIDERS = ['anthropic', 'bedrock', 'vertex'] as const
export type Provider = (typeof PROVIDERS)[number]

export const PROVIDER_NAMES: Readonly<Record<Provider, string>> = {
  anthropic: 'the Anthropic API',
  bedrock: 'Amazon Bedrock',
  vertex: 'Vertex AI',
}

export class ModelIdError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ModelIdError'
  }
}

type Form = 'anthropic' | 'bedrock' | 'vertex' | 'other'

const BEDROCK_ARN = /^arn:aws[a-z-]*:bedrock:/
/** `anthropic.x`, or an inference profile such as `us.anthropic.x` / `global.anthropic.x`. */
const BEDROCK_ID = /^(?:[a-z]+(?:-[a-z]+)*\.)?anthropic\./
/** A dated Anthropic id: `claude-sonnet-5-5-20261001`. */
const DATED = /^(claude-.+)-(\d{8})$/

function formOf(model: string): Form {
  if (BEDROCK_ARN.test(model) || BEDROCK_ID.test(model)) return 'bedrock'
  if (model.includes('@')) return 'vertex'
  if (model.startsWith('claude-')) return 'anthropic'
  return 'other'
}

/**
 * The Bedrock cross-region inference profile for a region: newer Claude models are served on
 * demand only through one. Geography-scoped where one exists, so requests stay in the region's
 * geography; `global` elsewhere.
 */
export function bedrockProfilePrefix(region: string): string {
  if (region.startsWith('us-gov-')) return 'us-gov'
  if (region.startsWith('us-')) return 'us'
  if (region.startsWith('eu-')) return 'eu'
  if (region.startsWith('ap-')) return 'apac'
  return 'global'
}

/** The id to send to `provider`. Throws ModelIdError for an id in another platform's form. */
export function platformModelId(
  provider: Provider,
  model: string,
  region = '',
  names: SettingNames = ACTION_SETTING_NAMES,
): string {
  const form = formOf(model)
  if (form === 'other' || form === provider) return model
  if (form === 'bedrock' || form === 'vertex') {
    throw new ModelIdError(
      `The model "${model}" is ${form === 'bedrock' ? 'an Amazon Bedrock' : 'a Vertex AI'} id, ` +
        `but the provider is ${provider}. Set ${names.provider} to ${form}, ` +
        `or use an id for ${PROVIDER_NAMES[provider]} such as ${example(provider, region)}.`,
    )
  }
  // An Anthropic id, mapped to the platform's form.
  const dated = DATED.exec(model)
  if (provider === 'vertex') return dated ? `${dated[1]}@${dated[2]}` : model
  const id = dated ? `${model}-v1:0` : model
  return `${bedrockProfilePrefix(region)}.anthropic.${id}`
}

function example(provider: Provider, region: string): string {
  if (provider === 'bedrock')
    return `${bedrockProfilePrefix(region || 'us-east-1')}.anthropic.claude-sonnet-5-5`
  return 'claude-sonnet-5-5'
}

/**
 * The Anthropic model name inside a platform id, for looking up its price:
 * `us.anthropic.claude-sonnet-5-5-20261001-v1:0` and `claude-sonnet-5-5@20261001` both give
 * `claude-sonnet-5-5-20261001`. Other ids come back unchanged.
 */
export function anthropicModelName(model: string): string {
  let id = model.trim()
  const arnResource = /^arn:aws[a-z-]*:bedrock:[^/]*\/(.+)$/.exec(id)
  if (arnResource) id = arnResource[1] ?? id
  if (BEDROCK_ID.test(id)) id = id.replace(BEDROCK_ID, '').replace(/-v\d+(?::\d+)?$/, '')
  return id.replace('@', '-')
}
