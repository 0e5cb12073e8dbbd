/** How messages name each platform, and the settings they point at. */
import { describe, expect, it } from '@jest/globals'
import {
  credentialHints,
  endpointSetting,
  providerHints,
} from '../../../src/adapters/model/provider-hints.js'
import { ACTION_SETTING_NAMES, CLI_SETTING_NAMES } from '../../../src/config/setting-names.js'

describe('providerHints', () => {
  it('names each platform within a sentence, at its start and before a noun', () => {
    expect(providerHints('anthropic', ACTION_SETTING_NAMES)).toMatchObject({
      api: 'the Anthropic API',
      Api: 'The Anthropic API',
      apiName: 'Anthropic API',
    })
    expect(providerHints('bedrock', ACTION_SETTING_NAMES)).toMatchObject({
      api: 'Amazon Bedrock',
      Api: 'Amazon Bedrock',
      apiName: 'Amazon Bedrock',
      credentialsSetting: ACTION_SETTING_NAMES.awsCredentials,
    })
    expect(providerHints('vertex', CLI_SETTING_NAMES)).toMatchObject({
      apiName: 'Vertex AI',
      credentialsSetting: CLI_SETTING_NAMES.googleCredentials,
      endpointSetting: CLI_SETTING_NAMES.vertexRegion,
    })
  })
})

describe('credentialHints', () => {
  it('points at the key for the Anthropic API, in the interface’s terms', () => {
    expect(credentialHints('anthropic', ACTION_SETTING_NAMES)).toEqual({
      what: 'the API key',
      check: 'Check the anthropic-api-key input (the ANTHROPIC_API_KEY secret).',
      permissions:
        'Check the key’s permissions (and the gateway’s, if you set the anthropic-base-url input).',
      missing: 'Set the anthropic-api-key input (the ANTHROPIC_API_KEY secret).',
      model: 'Check the model input (and the anthropic-base-url input, if you set it).',
    })
    expect(credentialHints('anthropic', CLI_SETTING_NAMES).check).toBe(
      'Check the ANTHROPIC_API_KEY environment variable.',
    )
  })

  it('points at the cloud credentials, permissions and model ids of Bedrock and Vertex', () => {
    const bedrock = credentialHints('bedrock', ACTION_SETTING_NAMES)
    expect(bedrock.what).toBe('the AWS credentials')
    expect(bedrock.missing).toBe(ACTION_SETTING_NAMES.awsSignIn)
    expect(bedrock.permissions).toMatch(/bedrock:InvokeModelWithResponseStream/)
    expect(bedrock.model).toMatch(/us\.anthropic\.claude-sonnet-5-5, in the model input\.$/)
    const vertex = credentialHints('vertex', ACTION_SETTING_NAMES)
    expect(vertex.what).toBe('the Google Cloud credentials')
    expect(vertex.missing).toBe(ACTION_SETTING_NAMES.googleSignIn)
    expect(vertex.check).toBe(
      `Check ${ACTION_SETTING_NAMES.googleCredentials} and ${ACTION_SETTING_NAMES.vertexProjectId}.`,
    )
    expect(vertex.model).toMatch(/and check the vertex-region input\.$/)
  })
})

describe('endpointSetting', () => {
  it('is the base URL for the Anthropic API or any gateway, else the cloud’s region', () => {
    expect(endpointSetting('anthropic', ACTION_SETTING_NAMES)).toBe('the anthropic-base-url input')
    expect(endpointSetting('bedrock', ACTION_SETTING_NAMES)).toBe('the aws-region input')
    expect(endpointSetting('vertex', ACTION_SETTING_NAMES)).toBe('the vertex-region input')
    expect(endpointSetting('vertex', ACTION_SETTING_NAMES, 'https://gw.example')).toBe(
      'the anthropic-base-url input',
    )
  })
})
