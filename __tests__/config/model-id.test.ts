import { describe, expect, it } from '@jest/globals'
import {
  anthropicModelName,
  bedrockProfilePrefix,
  ModelIdError,
  platformModelId,
} from '../../src/config/model-id.js'
import { findModelPrice } from '../../src/config/pricing.js'
import { CLI_SETTING_NAMES } from '../../src/config/setting-names.js'

describe('platformModelId', () => {
  it('sends Anthropic ids to the Anthropic API unchanged', () => {
    expect(platformModelId('anthropic', 'claude-sonnet-5-5')).toBe('claude-sonnet-5-5')
    expect(platformModelId('anthropic', 'claude-sonnet-5-5-20261001')).toBe(
      'claude-sonnet-5-5-20261001',
    )
  })

  it('passes ids of no known form through (gateways name models their own way)', () => {
    expect(platformModelId('anthropic', 'anthropic/claude-sonnet-5.5')).toBe(
      'anthropic/claude-sonnet-5.5',
    )
    expect(platformModelId('bedrock', 'my-model')).toBe('my-model')
  })

  it('maps an Anthropic id to the inference profile of the Bedrock region', () => {
    expect(platformModelId('bedrock', 'claude-sonnet-5-5', 'us-east-1')).toBe(
      'us.anthropic.claude-sonnet-5-5',
    )
    expect(platformModelId('bedrock', 'claude-sonnet-5-5', 'eu-central-1')).toBe(
      'eu.anthropic.claude-sonnet-5-5',
    )
    expect(platformModelId('bedrock', 'claude-opus-5-5-20261001', 'ap-northeast-1')).toBe(
      'apac.anthropic.claude-opus-5-5-20261001-v1:0',
    )
    expect(platformModelId('bedrock', 'claude-sonnet-5-5', 'sa-east-1')).toBe(
      'global.anthropic.claude-sonnet-5-5',
    )
  })

  it('sends Bedrock ids, profiles and ARNs to Bedrock as given', () => {
    for (const id of [
      'anthropic.claude-sonnet-5-5',
      'global.anthropic.claude-sonnet-5-5',
      'us-gov.anthropic.claude-sonnet-5-5-20261001-v1:0',
      'arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/a1b2c3',
    ]) {
      expect(platformModelId('bedrock', id, 'us-east-1')).toBe(id)
    }
  })

  it('maps an Anthropic id to the Vertex form', () => {
    expect(platformModelId('vertex', 'claude-sonnet-5-5')).toBe('claude-sonnet-5-5')
    expect(platformModelId('vertex', 'claude-sonnet-5-5-20261001')).toBe(
      'claude-sonnet-5-5@20261001',
    )
    expect(platformModelId('vertex', 'claude-sonnet-5-5@20261001')).toBe(
      'claude-sonnet-5-5@20261001',
    )
  })

  it('refuses an id of another platform, naming the provider to set and an id that works', () => {
    expect(() => platformModelId('anthropic', 'us.anthropic.claude-sonnet-5-5')).toThrow(
      /is an Amazon Bedrock id, but the provider is anthropic\. Set the provider input to bedrock, or use an id for the Anthropic API such as claude-sonnet-5-5/,
    )
    expect(() => platformModelId('bedrock', 'claude-sonnet-5-5@20261001', 'eu-west-1')).toThrow(
      /is a Vertex AI id.*such as eu\.anthropic\.claude-sonnet-5-5/,
    )
    expect(() => platformModelId('vertex', 'anthropic.claude-sonnet-5-5')).toThrow(ModelIdError)
  })

  it("names the command line's flag when given its names", () => {
    expect(() =>
      platformModelId('anthropic', 'us.anthropic.claude-sonnet-5-5', '', CLI_SETTING_NAMES),
    ).toThrow(/but the provider is anthropic\. Set --provider to bedrock, or use an id/)
  })
})

describe('bedrockProfilePrefix', () => {
  it('keeps requests in the region’s geography where a profile exists', () => {
    expect(bedrockProfilePrefix('us-west-2')).toBe('us')
    expect(bedrockProfilePrefix('us-gov-west-1')).toBe('us-gov')
    expect(bedrockProfilePrefix('eu-west-3')).toBe('eu')
    expect(bedrockProfilePrefix('ap-southeast-2')).toBe('apac')
    expect(bedrockProfilePrefix('ca-central-1')).toBe('global')
  })
})

describe('anthropicModelName', () => {
  it('finds the Anthropic model inside platform ids', () => {
    expect(anthropicModelName('us.anthropic.claude-sonnet-5-5-20261001-v1:0')).toBe(
      'claude-sonnet-5-5-20261001',
    )
    expect(anthropicModelName('anthropic.claude-haiku-5-5')).toBe('claude-haiku-5-5')
    expect(anthropicModelName('claude-opus-5-5@20261001')).toBe('claude-opus-5-5-20261001')
    expect(
      anthropicModelName(
        'arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.anthropic.claude-sonnet-5-5',
      ),
    ).toBe('claude-sonnet-5-5')
    expect(anthropicModelName('claude-sonnet-5-5')).toBe('claude-sonnet-5-5')
  })

  it('lets the price table price platform ids', () => {
    expect(findModelPrice('global.anthropic.claude-sonnet-5-5')).toEqual(
      findModelPrice('claude-sonnet-5-5'),
    )
    expect(findModelPrice('claude-opus-5-5@20261001')?.output).toBe(20)
    expect(
      findModelPrice('arn:aws:bedrock:us-east-1:1:application-inference-profile/a1b2c3'),
    ).toBeNull()
  })
})
