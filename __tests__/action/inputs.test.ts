import { describe, expect, it } from '@jest/globals'
import { isUnexpandedExpression, parseInputs } from '../../src/action/inputs.js'
import { InputError } from '../../src/config/input-error.js'

const defaults: Record<string, string> = {
  provider: 'anthropic',
  'anthropic-api-key': 'sk-ant-secret-value',
  'anthropic-base-url': '',
  'anthropic-headers': '',
  'aws-region': '',
  'vertex-region': '',
  'vertex-project-id': '',
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
  'min-answer-permission': 'read',
  'max-questions': '20',
  gate: 'off',
  traceability: 'true',
  'revision-format': 'edits',
  'max-cost-usd': '',
  'max-cost-usd-per-pull-request': '10',
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
      provider: 'anthropic',
      anthropicApiKey: 'sk-ant-secret-value',
      anthropicBaseUrl: null,
      anthropicHeaders: {},
      awsRegion: null,
      vertexRegion: null,
      vertexProjectId: null,
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
      minAnswerPermission: 'read',
      maxQuestions: 20,
      gate: 'off',
      traceability: true,
      revisionFormat: 'edits',
      maxCostUsd: null,
      maxCostUsdPerPullRequest: 10,
      number: null,
    })
  })

  it('falls back to the defaults for empty optional values', () => {
    const inputs = parse({
      model: '',
      'max-output-tokens': '',
      'anthropic-api-key': '',
      'min-answer-permission': '',
      'max-questions': '',
    })
    expect(inputs.model).toBe('claude-sonnet-5-5')
    expect(inputs.maxOutputTokens).toBe(32000)
    expect(inputs.anthropicApiKey).toBe('')
    expect(inputs.minAnswerPermission).toBe('read')
    expect(inputs.maxQuestions).toBe(20)
  })

  it('reads the permissions case-insensitively and a dispatch number', () => {
    expect(
      parse({ 'min-permission': 'Maintain', 'min-answer-permission': ' Write ', number: '12' }),
    ).toMatchObject({ minPermission: 'maintain', minAnswerPermission: 'write', number: 12 })
  })

  it('reads the gate, traceability and the spend caps', () => {
    expect(parse({ gate: 'Answered', traceability: 'FALSE' })).toMatchObject({
      gate: 'answered',
      traceability: false,
    })
    expect(parse({ gate: '', traceability: '' })).toMatchObject({ gate: 'off', traceability: true })
    expect(parse({ 'max-cost-usd': '$2.50', 'max-cost-usd-per-pull-request': '' })).toMatchObject({
      maxCostUsd: 2.5,
      maxCostUsdPerPullRequest: 10,
    })
    expect(messageOf({ gate: 'strict' })).toContain(
      'input "gate" must be one of off, current, answered (got "strict")',
    )
    expect(messageOf({ traceability: 'yes' })).toContain(
      'input "traceability" must be true or false',
    )
    expect(messageOf({ 'max-cost-usd': '0' })).toContain(
      'input "max-cost-usd" must be more than 0 (leave it empty for no limit)',
    )
    expect(messageOf({ 'max-cost-usd-per-pull-request': 'ten' })).toContain(
      'input "max-cost-usd-per-pull-request" must be an amount in US dollars such as 2.50',
    )
  })

  it('reads how a revision is answered: edits by default, or sections', () => {
    expect(parse({ 'revision-format': '' }).revisionFormat).toBe('edits')
    expect(parse({ 'revision-format': ' Sections ' }).revisionFormat).toBe('sections')
    expect(messageOf({ 'revision-format': 'diff' })).toContain(
      'input "revision-format" must be one of edits, sections (got "diff")',
    )
  })

  it('reads max-questions from 1 to 100', () => {
    expect(parse({ 'max-questions': '1' }).maxQuestions).toBe(1)
    expect(parse({ 'max-questions': ' 100 ' }).maxQuestions).toBe(100)
  })

  it('keeps custom template and instructions paths, under .github/ too', () => {
    const inputs = parse({
      'template-path': '.github/tech-design/template.md',
      'instructions-path': ' docs/architect.md ',
    })
    expect(inputs.templatePath).toBe('.github/tech-design/template.md')
    expect(inputs.instructionsPath).toBe('docs/architect.md')
  })

  it('carries every path in its normal form', () => {
    expect(
      parse({
        'requirements-path': './docs//requirements.md',
        'design-path': 'docs/./design.md',
        'template-path': './.github/tech-design//template.md',
        'instructions-path': '././architect.md',
      }),
    ).toMatchObject({
      requirementsPath: 'docs/requirements.md',
      designPath: 'docs/design.md',
      templatePath: '.github/tech-design/template.md',
      instructionsPath: 'architect.md',
    })
  })

  it('refuses a design path that is the requirements file, naming both inputs', () => {
    const message = messageOf({
      'requirements-path': 'docs/requirements.md',
      'design-path': './docs//requirements.md',
    })
    expect(message).toBe(
      'Invalid input: input "design-path" must not be the same file as input "requirements-path": ' +
        'the design would overwrite the requirements it is made from (got "./docs//requirements.md").',
    )
  })

  it('reports two bad paths each for itself, not as the same file', () => {
    const message = messageOf({ 'requirements-path': '', 'design-path': '/tmp/design.md' })
    expect(message).toContain('input "requirements-path" must not be empty')
    expect(message).toContain('input "design-path" must be relative to the repository root')
    expect(message).not.toContain('same file')
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
    [
      { 'requirements-path': 'C:\\docs\\req.md' },
      'input "requirements-path" must be relative to the repository root',
    ],
    [{ 'design-path': '../outside.md' }, 'input "design-path" must not contain ".."'],
    [{ 'design-path': '' }, 'input "design-path" must not be empty'],
    [
      { 'design-path': 'docs\\design.md' },
      'input "design-path" must use "/" between folders, not a backslash',
    ],
    [
      { 'design-path': 'docs/design\u0000.md' },
      'input "design-path" must not contain control characters',
    ],
    [
      { 'design-path': '.github/workflows/design.md' },
      'input "design-path" must not be under ".github/": that folder is for workflows',
    ],
    [
      { 'requirements-path': '.GitHub/requirements.md' },
      'input "requirements-path" must not be under ".github/"',
    ],
    [{ 'design-path': '.git/design.md' }, 'input "design-path" must not be under ".git/"'],
    [{ 'template-path': '.git/template.md' }, 'input "template-path" must not be under ".git/"'],
    [{ 'template-path': 'templates/' }, 'input "template-path" must name a file, not a folder'],
    [{ 'instructions-path': '.github/../x.md' }, 'input "instructions-path" must not contain ".."'],
    [{ 'max-questions': '0' }, 'input "max-questions" must be at least 1 (got "0")'],
    [{ 'max-questions': '101' }, 'input "max-questions" must be at most 100 (got "101")'],
    [{ 'max-questions': 'all' }, 'input "max-questions" must be a whole number (got "all")'],
    [
      { 'min-answer-permission': 'anyone' },
      'input "min-answer-permission" must be one of read, triage, write, maintain, admin (got "anyone")',
    ],
    [
      { 'min-answer-permission': 'none' },
      'input "min-answer-permission" must be one of read, triage, write, maintain, admin',
    ],
    [{ 'trigger-phrase': 'please design' }, 'input "trigger-phrase" must be one word'],
    // Refused, not defaulted: only the not-a-command check before parsing falls back to the default.
    [{ 'trigger-phrase': ' ' }, 'input "trigger-phrase" must be one word such as /tech-design'],
    [
      { 'min-permission': 'owner' },
      'input "min-permission" must be one of read, triage, write, maintain, admin',
    ],
    [{ number: 'twelve' }, 'input "number" must be a pull request or issue number (got "twelve")'],
    [{ number: '0' }, 'input "number" must be at least 1'],
    [{ provider: 'openai' }, 'input "provider" must be one of anthropic, bedrock, vertex'],
    [
      { 'anthropic-base-url': 'ftp://gateway' },
      'input "anthropic-base-url" must be an http(s) URL such as https://llm-gateway.example.com',
    ],
    [{ 'anthropic-base-url': 'gateway.example.com' }, 'must be an http(s) URL'],
    [{ 'aws-region': 'Virginia' }, 'input "aws-region" is not an AWS region such as us-east-1'],
    [{ 'vertex-region': 'us_east5' }, 'input "vertex-region" is not a Google Cloud region'],
    [
      { 'vertex-project-id': 'My Project' },
      'input "vertex-project-id" is not a Google Cloud project id',
    ],
  ])('rejects %j, naming the input', (overrides, message) => {
    expect(messageOf(overrides)).toContain(message)
  })

  it('reports every bad input at once', () => {
    const message = messageOf({ model: 'a b', 'max-output-tokens': '0' })
    expect(message).toContain('"model"')
    expect(message).toContain('"max-output-tokens"')
  })

  it('reads the provider settings', () => {
    expect(
      parse({
        provider: ' Bedrock ',
        'aws-region': 'eu-central-1',
        'vertex-region': 'us-east5',
        'vertex-project-id': 'design-bots-123',
        'anthropic-base-url': 'https://llm.example.com/anthropic/',
        'anthropic-headers': 'X-Gateway-Key: gw-secret\nX-Team: design\n',
      }),
    ).toMatchObject({
      provider: 'bedrock',
      awsRegion: 'eu-central-1',
      vertexRegion: 'us-east5',
      vertexProjectId: 'design-bots-123',
      anthropicBaseUrl: 'https://llm.example.com/anthropic',
      anthropicHeaders: { 'X-Gateway-Key': 'gw-secret', 'X-Team': 'design' },
    })
  })

  it('refuses credentials in the base URL and bad header lines without echoing them', () => {
    const url = messageOf({ 'anthropic-base-url': 'https://bob:hunter22@llm.example.com' })
    expect(url).toContain('must not hold credentials: pass them in anthropic-headers')
    const headers = messageOf({ 'anthropic-headers': 'X-Key: gw-secret-1\nX-Key: gw-secret-2' })
    expect(headers).toContain(
      'input "anthropic-headers" must be "Name: value" lines: line 2: the X-Key header is given twice.',
    )
    expect(headers).not.toContain('gw-secret')
  })

  it('never echoes a secret back', () => {
    const message = messageOf({ 'github-token': '   ' })
    expect(message).toContain('input "github-token" is empty')
    expect(message).not.toContain('ghs_secret_token')
  })

  it('names an input that is still an unexpanded expression, as outside a workflow', () => {
    // @github/local-action takes action.yml's default for an empty INPUT_GITHUB-TOKEN as written.
    const message = messageOf({ 'github-token': '${{ github.token }}' })
    expect(message).toBe(
      'Invalid input: input "github-token" is the expression ${{ github.token }}, which nothing ' +
        'expanded: outside a workflow, set INPUT_GITHUB-TOKEN to the value itself.',
    )
    expect(messageOf({ model: ' ${{ vars.MODEL }} ' })).toContain('INPUT_MODEL to the value')
  })
})

describe('isUnexpandedExpression', () => {
  it('is true for a whole ${{ … }} expression only', () => {
    expect(isUnexpandedExpression('${{ github.token }}')).toBe(true)
    expect(isUnexpandedExpression(' ${{secrets.KEY}}\n')).toBe(true)
    expect(isUnexpandedExpression('ghs_${{ x }}')).toBe(false)
    expect(isUnexpandedExpression('ghs_abc')).toBe(false)
    expect(isUnexpandedExpression('')).toBe(false)
  })
})
