import { describe, expect, it } from '@jest/globals'
import { InputError, parseInputs } from '../../src/action/inputs.js'

const defaults: Record<string, string> = {
  'anthropic-api-key': 'sk-ant-secret-value',
  'github-token': 'ghs_secret_token',
  'requirements-path': 'docs/requirements.md',
  'design-path': 'tech-design.md',
  model: 'claude-sonnet-5-5',
  'max-output-tokens': '16000',
  'max-input-tokens': '100000',
  'model-timeout-seconds': '600',
  'template-path': '',
  'instructions-path': '',
  'trigger-phrase': '/tech-design',
  'min-permission': 'write',
  number: '',
}
const parse = (overrides: Record<string, string> = {}) =>
  parseInputs((name) => ({ ...defaults, ...overrides })[name] ?? '')

function messageOf(overrides: Record<string, string>): string {
  try {
    parse(overrides)
  } catch (error) {
    expect(error).toBeInstanceOf(InputError)
    return (error as Error).message
  }
  throw new Error('expected an InputError')
}

describe('parseInputs', () => {
  it('parses the defaults into a typed configuration', () => {
    expect(parse()).toEqual({
      anthropicApiKey: 'sk-ant-secret-value',
      githubToken: 'ghs_secret_token',
      requirementsPath: 'docs/requirements.md',
      designPath: 'tech-design.md',
      model: 'claude-sonnet-5-5',
      maxOutputTokens: 16000,
      maxInputTokens: 100000,
      modelTimeoutSeconds: 600,
      templatePath: null,
      instructionsPath: null,
      triggerPhrase: '/tech-design',
      minPermission: 'write',
      number: null,
    })
  })

  it('falls back to the defaults for empty optional values', () => {
    const inputs = parse({ model: '', 'max-output-tokens': '', 'anthropic-api-key': '' })
    expect(inputs.model).toBe('claude-sonnet-5-5')
    expect(inputs.maxOutputTokens).toBe(16000)
    expect(inputs.anthropicApiKey).toBe('')
  })

  it('reads the permission case-insensitively and a dispatch number', () => {
    expect(parse({ 'min-permission': 'Maintain', number: '12' })).toMatchObject({
      minPermission: 'maintain',
      number: 12,
    })
  })

  it('keeps custom template and instructions paths', () => {
    const inputs = parse({
      'template-path': '.github/design-template.md',
      'instructions-path': ' docs/architect.md ',
    })
    expect(inputs.templatePath).toBe('.github/design-template.md')
    expect(inputs.instructionsPath).toBe('docs/architect.md')
  })

  it.each([
    [{ 'max-output-tokens': '-5' }, 'input "max-output-tokens" must be at least 1 (got "-5")'],
    [
      { 'max-output-tokens': '10000000' },
      'input "max-output-tokens" must be at most 128,000 (got "10000000")',
    ],
    [
      { 'max-output-tokens': 'lots' },
      'input "max-output-tokens" must be a whole number (got "lots")',
    ],
    [{ 'max-input-tokens': '1.5' }, 'input "max-input-tokens" must be a whole number (got "1.5")'],
    [
      { model: 'claude sonnet' },
      'input "model" is not a model id (for example claude-sonnet-5-5) (got "claude sonnet")',
    ],
    [
      { 'requirements-path': '/etc/passwd' },
      'input "requirements-path" must be relative to the repository root',
    ],
    [{ 'design-path': '../outside.md' }, 'input "design-path" must not contain ".."'],
    [{ 'design-path': '' }, 'input "design-path" must not be empty'],
    [{ 'template-path': 'templates/' }, 'input "template-path" must name a file, not a folder'],
    [{ 'trigger-phrase': 'please design' }, 'input "trigger-phrase" must be one word'],
    [
      { 'min-permission': 'owner' },
      'input "min-permission" must be one of read, triage, write, maintain, admin',
    ],
    [{ number: 'twelve' }, 'input "number" must be a pull request or issue number (got "twelve")'],
    [{ number: '0' }, 'input "number" must be at least 1'],
  ])('rejects %j, naming the input', (overrides, message) => {
    expect(messageOf(overrides)).toContain(message)
  })

  it('reports every bad input at once', () => {
    const message = messageOf({ model: 'a b', 'max-output-tokens': '0' })
    expect(message).toContain('"model"')
    expect(message).toContain('"max-output-tokens"')
  })

  it('never echoes a secret back', () => {
    const message = messageOf({ 'github-token': '   ' })
    expect(message).toContain('input "github-token" is empty')
    expect(message).not.toContain('ghs_secret_token')
  })
})
