import { describe, expect, it } from '@jest/globals'
import { parseInputs } from '../../src/action/inputs.js'
import { InputError } from '../../src/config/input-error.js'
import { resolveModelPlatform } from '../../src/config/platform.js'

const inputs = (values: Record<string, string> = {}) =>
  parseInputs(
    (name) =>
      ({
        'github-token': 'ghs_token',
        'requirements-path': 'docs/requirements.md',
        'design-path': 'tech-design.md',
        'trigger-phrase': '/tech-design',
        ...values,
      })[name] ?? '',
  )

function failure(values: Record<string, string>, env: Record<string, string> = {}): string {
  try {
    resolveModelPlatform(inputs(values), env)
  } catch (error) {
    expect(error).toBeInstanceOf(InputError)
    return (error as Error).message
  }
  throw new Error('expected an InputError')
}

describe('resolveModelPlatform', () => {
  it('uses the Anthropic API with the key by default', () => {
    expect(resolveModelPlatform(inputs({ 'anthropic-api-key': 'sk-ant-key' }), {})).toEqual({
      provider: 'anthropic',
      model: 'claude-sonnet-5-5',
      apiKey: 'sk-ant-key',
      region: null,
      projectId: null,
      baseURL: null,
      headers: {},
      missingCredentials: null,
    })
  })

  it('says how to add the key when there is none, and accepts a gateway input without one', () => {
    const noKey = resolveModelPlatform(inputs(), {})
    expect(noKey.missingCredentials).toMatch(/The anthropic-api-key input is empty/)
    const gateway = resolveModelPlatform(
      inputs({ 'anthropic-base-url': 'https://llm.example.com' }),
      {},
    )
    expect(gateway).toMatchObject({ baseURL: 'https://llm.example.com', missingCredentials: null })
    // ANTHROPIC_BASE_URL alone moves the endpoint but still needs the key.
    const fromEnv = resolveModelPlatform(inputs(), { ANTHROPIC_BASE_URL: 'http://127.0.0.1:9' })
    expect(fromEnv.baseURL).toBe('http://127.0.0.1:9')
    expect(fromEnv.missingCredentials).toMatch(/The anthropic-api-key input is empty/)
  })

  it('takes the Bedrock region from the input, else from AWS_REGION, and maps the model', () => {
    expect(
      resolveModelPlatform(inputs({ provider: 'bedrock', 'aws-region': 'eu-west-1' }), {
        AWS_REGION: 'us-east-1',
      }),
    ).toMatchObject({
      provider: 'bedrock',
      region: 'eu-west-1',
      model: 'eu.anthropic.claude-sonnet-5-5',
      apiKey: null,
      missingCredentials: null,
    })
    expect(
      resolveModelPlatform(inputs({ provider: 'bedrock' }), { AWS_DEFAULT_REGION: 'us-west-2' }),
    ).toMatchObject({ region: 'us-west-2', model: 'us.anthropic.claude-sonnet-5-5' })
  })

  it('takes the Vertex region and project from the inputs, else from the environment', () => {
    expect(
      resolveModelPlatform(inputs({ provider: 'vertex', model: 'claude-opus-5-5-20261001' }), {
        CLOUD_ML_REGION: 'us-east5',
        GOOGLE_CLOUD_PROJECT: 'design-bots',
      }),
    ).toMatchObject({
      provider: 'vertex',
      region: 'us-east5',
      projectId: 'design-bots',
      model: 'claude-opus-5-5@20261001',
    })
    expect(
      resolveModelPlatform(
        inputs({ provider: 'vertex', 'vertex-region': 'global', 'vertex-project-id': 'my-proj-1' }),
        { CLOUD_ML_REGION: 'us-east5', GOOGLE_CLOUD_PROJECT: 'other' },
      ),
    ).toMatchObject({ region: 'global', projectId: 'my-proj-1' })
  })

  it('names the missing setting and where it can come from', () => {
    expect(failure({ provider: 'bedrock' })).toMatch(
      /provider is bedrock but no AWS region is set: set the aws-region input or AWS_REGION/,
    )
    expect(failure({ provider: 'vertex' }, { GOOGLE_CLOUD_PROJECT: 'p-12345' })).toMatch(
      /provider is vertex but no region is set: set the vertex-region input/,
    )
    expect(failure({ provider: 'vertex', 'vertex-region': 'us-east5' })).toMatch(
      /no Google Cloud project is set: set the vertex-project-id input or GOOGLE_CLOUD_PROJECT/,
    )
  })

  it('refuses a model id of another platform', () => {
    expect(
      failure(
        { provider: 'vertex', model: 'us.anthropic.claude-sonnet-5-5' },
        {
          CLOUD_ML_REGION: 'us-east5',
          GOOGLE_CLOUD_PROJECT: 'design-bots',
        },
      ),
    ).toMatch(
      /^Invalid input "model": The model "us.anthropic.claude-sonnet-5-5" is an Amazon Bedrock id/,
    )
  })

  describe('refuses a base URL holding credentials in the environment', () => {
    const withCredentials = 'https://gw-user:gw-pass-98765@llm.corp.example/v1'

    it.each([
      ['anthropic', {}, 'ANTHROPIC_BASE_URL'],
      ['bedrock', { 'aws-region': 'us-east-1' }, 'ANTHROPIC_BEDROCK_BASE_URL'],
      [
        'vertex',
        { 'vertex-region': 'us-east5', 'vertex-project-id': 'design-bots' },
        'ANTHROPIC_VERTEX_BASE_URL',
      ],
    ])('on %s, naming %s and never its value', (provider, values, name) => {
      const message = failure({ provider, ...values }, { [name]: withCredentials })
      expect(message).toBe(
        `${name} holds credentials (a user name or password before the host): remove them and ` +
          'pass credentials in anthropic-headers (ANTHROPIC_CUSTOM_HEADERS on the command line).',
      )
      expect(message).not.toContain('gw-pass-98765')
      expect(message).not.toContain('gw-user')
    })

    it('also when the command line passes the variable on as the base URL', () => {
      expect(() =>
        resolveModelPlatform(
          { ...inputs(), anthropicBaseUrl: withCredentials },
          { ANTHROPIC_BASE_URL: withCredentials },
        ),
      ).toThrow(/^ANTHROPIC_BASE_URL holds credentials/)
    })

    it('but not in the variable of another platform, which is never read', () => {
      expect(
        resolveModelPlatform(inputs({ 'anthropic-api-key': 'sk-ant-key' }), {
          ANTHROPIC_BEDROCK_BASE_URL: withCredentials,
        }).baseURL,
      ).toBeNull()
    })
  })
})
