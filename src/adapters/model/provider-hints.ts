/**
 * How messages name each platform that serves Claude, and what they tell a person to check there:
 * in the platform's own terms, and in the names of the settings of the interface that shows them
 * (the action's inputs or the command line's flags).
 */
import { PROVIDER_NAMES, type Provider } from '../../config/model-id.js'
import type { SettingNames } from '../../config/setting-names.js'

/** What to check when a platform refuses the credentials, or does not know the model. */
export interface CredentialHints {
  /** "the API key", "the AWS credentials", … */
  what: string
  /** Where the credentials are set. */
  check: string
  /** What the credentials must be allowed to do. */
  permissions: string
  /** How to get credentials when there are none: a whole sentence. */
  missing: string
  /** Where the model is set, and which ids the platform takes. */
  model: string
}

export interface ProviderHints {
  /** "the Anthropic API", "Amazon Bedrock", "Vertex AI": within a sentence. */
  api: string
  /** The same at the start of a sentence. */
  Api: string
  /** "Anthropic API", "Amazon Bedrock", "Vertex AI": as a name before a noun. */
  apiName: string
  credentials: CredentialHints
  /** Where requests go: what to check when they cannot get there. */
  endpointSetting: string
  /** Where the cloud credentials come from: what to check when their endpoint is unreachable. */
  credentialsSetting: string
}

export function providerHints(
  provider: Provider,
  names: SettingNames,
  baseURL?: string,
): ProviderHints {
  const api = PROVIDER_NAMES[provider]
  return {
    api,
    Api: api.charAt(0).toUpperCase() + api.slice(1),
    apiName: api.replace(/^the /, ''),
    credentials: credentialHints(provider, names),
    endpointSetting: endpointSetting(provider, names, baseURL),
    credentialsSetting: provider === 'bedrock' ? names.awsCredentials : names.googleCredentials,
  }
}

export function credentialHints(provider: Provider, names: SettingNames): CredentialHints {
  switch (provider) {
    case 'anthropic':
      return {
        what: 'the API key',
        check: `Check ${names.apiKey}.`,
        permissions: `Check the key’s permissions (and the gateway’s, if you set ${names.baseUrl}).`,
        missing: `Set ${names.apiKey}.`,
        model: `Check ${names.model} (and ${names.baseUrl}, if you set it).`,
      }
    case 'bedrock':
      return {
        what: 'the AWS credentials',
        check: `Check ${names.awsCredentials} and ${names.awsRegion}.`,
        permissions:
          'The role needs bedrock:InvokeModelWithResponseStream on the model or inference profile, and the model must be enabled in Bedrock’s model access.',
        missing: names.awsSignIn,
        model: `Use a Bedrock model id or inference profile offered in the region, such as us.anthropic.claude-sonnet-5-5, in ${names.model}.`,
      }
    case 'vertex':
      return {
        what: 'the Google Cloud credentials',
        check: `Check ${names.googleCredentials} and ${names.vertexProjectId}.`,
        permissions:
          'The identity needs the Vertex AI User role (aiplatform.endpoints.predict) in the project, and the Claude model must be enabled in the Model Garden.',
        missing: names.googleSignIn,
        model: `Use a Claude model enabled in the project’s Model Garden for this region, such as claude-sonnet-5-5, in ${names.model}, and check ${names.vertexRegion}.`,
      }
  }
}

/** A gateway's address is set by the base URL; a cloud's regional endpoint by its region. */
export function endpointSetting(provider: Provider, names: SettingNames, baseURL?: string): string {
  if (baseURL || provider === 'anthropic') return names.baseUrl
  return provider === 'bedrock' ? names.awsRegion : names.vertexRegion
}
