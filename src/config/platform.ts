/**
 * Where the model runs: the provider input, completed from the environment the runner's
 * authentication steps leave behind (aws-actions/configure-aws-credentials sets AWS_REGION,
 * google-github-actions/auth sets GOOGLE_CLOUD_PROJECT), with the model id in the platform's form.
 */
import { platformModelId, ModelIdError, type Provider } from './model-id.js'
import { holdsCredentials } from '../text/redact-urls.js'
import { ACTION_SETTING_NAMES, type SettingNames } from './setting-names.js'
import { InputError } from './input-error.js'

export interface ModelPlatform {
  provider: Provider
  /** The model id as the platform names it. */
  model: string
  /** Anthropic API key; null on Bedrock and Vertex, which use the runner's cloud credentials. */
  apiKey: string | null
  region: string | null
  projectId: string | null
  baseURL: string | null
  headers: Record<string, string>
  /**
   * Why no request could be authorised (no key for the Anthropic API and no gateway), or null.
   * A run that needs the model fails with this; one that does not (a fork's pull request) need not.
   */
  missingCredentials: string | null
}

/** The settings that choose the platform: the action's inputs, or the command line's flags. */
export interface PlatformChoice {
  provider: Provider
  model: string
  anthropicApiKey: string
  /** An LLM gateway or private endpoint in front of the provider. */
  anthropicBaseUrl: string | null
  /** Extra request headers for a gateway; values are secrets. */
  anthropicHeaders: Record<string, string>
  /** Left out, or null, where only the environment sets it (the command line has no flags for it). */
  awsRegion?: string | null
  vertexRegion?: string | null
  vertexProjectId?: string | null
}

type Env = Record<string, string | undefined>

/** The environment variable each platform's endpoint can come from. */
const BASE_URL_VARIABLES: Readonly<Record<Provider, string>> = {
  anthropic: 'ANTHROPIC_BASE_URL',
  bedrock: 'ANTHROPIC_BEDROCK_BASE_URL',
  vertex: 'ANTHROPIC_VERTEX_BASE_URL',
}

const first = (...values: (string | null | undefined)[]): string | null =>
  values.find((v) => v != null && v.trim() !== '')?.trim() ?? null

export function resolveModelPlatform(
  inputs: PlatformChoice,
  env: Env,
  names: SettingNames = ACTION_SETTING_NAMES,
): ModelPlatform {
  const { provider } = inputs
  // "the aws-region input or AWS_REGION" in the action; the command line has the variable only.
  const setting = (name: string, variable: string): string =>
    name === variable ? variable : `${name} or ${variable}`
  refuseCredentialsInBaseUrl(BASE_URL_VARIABLES[provider], env)
  const common = {
    provider,
    headers: inputs.anthropicHeaders,
    apiKey: null,
    region: null,
    projectId: null,
    missingCredentials: null,
  }
  if (provider === 'bedrock') {
    const region = first(inputs.awsRegion, env.AWS_REGION, env.AWS_DEFAULT_REGION)
    if (!region) {
      throw new InputError(
        `The provider is bedrock but no AWS region is set: set ${setting(names.awsRegion, 'AWS_REGION')} ` +
          '(aws-actions/configure-aws-credentials sets it when it runs before this step).',
      )
    }
    return {
      ...common,
      model: modelFor(inputs, region),
      region,
      baseURL: first(inputs.anthropicBaseUrl, env.ANTHROPIC_BEDROCK_BASE_URL),
    }
  }
  if (provider === 'vertex') {
    const region = first(inputs.vertexRegion, env.CLOUD_ML_REGION)
    if (!region) {
      throw new InputError(
        `The provider is vertex but no region is set: set ${setting(names.vertexRegion, 'CLOUD_ML_REGION')} ` +
          'to a Google Cloud region where Claude is enabled, such as us-east5, europe-west1 or global.',
      )
    }
    const projectId = first(
      inputs.vertexProjectId,
      env.ANTHROPIC_VERTEX_PROJECT_ID,
      env.GOOGLE_CLOUD_PROJECT,
      env.GCLOUD_PROJECT,
      env.CLOUDSDK_CORE_PROJECT,
    )
    if (!projectId) {
      throw new InputError(
        `The provider is vertex but no Google Cloud project is set: set ${setting(names.vertexProjectId, 'GOOGLE_CLOUD_PROJECT')} ` +
          '(google-github-actions/auth sets it when given project_id).',
      )
    }
    return {
      ...common,
      model: modelFor(inputs, region),
      region,
      projectId,
      baseURL: first(inputs.anthropicBaseUrl, env.ANTHROPIC_VERTEX_BASE_URL),
    }
  }
  const baseURL = first(inputs.anthropicBaseUrl, env.ANTHROPIC_BASE_URL)
  const apiKey = inputs.anthropicApiKey || null
  return {
    ...common,
    model: modelFor(inputs, ''),
    apiKey,
    baseURL,
    // A gateway set in the workflow may hold the key itself (its own credentials then go in
    // anthropic-headers); ANTHROPIC_BASE_URL alone only moves the endpoint.
    missingCredentials:
      apiKey || inputs.anthropicBaseUrl
        ? null
        : 'The anthropic-api-key input is empty. Add your Anthropic API key as a repository secret (Settings → Secrets and variables → Actions, e.g. ANTHROPIC_API_KEY) and pass it: `anthropic-api-key: ${{ secrets.ANTHROPIC_API_KEY }}`. (On Amazon Bedrock or Vertex AI, set the provider input instead.)',
  }
}

/**
 * A user name or password in the endpoint would be quoted wherever the URL is (SDK errors, logs).
 * The input is checked when parsed; this covers the environment, and the command line, whose base
 * URL is the variable. The message names the variable, never its value.
 */
function refuseCredentialsInBaseUrl(name: string, env: Env): void {
  const url = env[name]
  if (url && holdsCredentials(url)) {
    throw new InputError(
      `${name} holds credentials (a user name or password before the host): remove them and ` +
        'pass credentials in anthropic-headers (ANTHROPIC_CUSTOM_HEADERS on the command line).',
    )
  }
}

function modelFor(inputs: PlatformChoice, region: string): string {
  try {
    return platformModelId(inputs.provider, inputs.model, region)
  } catch (error) {
    if (error instanceof ModelIdError)
      throw new InputError(`Invalid input "model": ${error.message}`)
    throw error
  }
}
