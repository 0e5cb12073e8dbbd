/**
 * The action's inputs, parsed once into a typed configuration. A bad value stops the run with a
 * message that names the input and says what it accepts.
 */
import { z } from 'zod'
import { HeaderLinesError, parseHeaderLines } from '../config/headers.js'
import { PROVIDERS } from '../config/model-id.js'
import { checkRepoPath, type RepoPathOptions } from '../config/paths.js'
import { PERMISSIONS, type Permission } from '../config/permissions.js'
import { DEFAULTS, GATES, MOST_OUTPUT_TOKENS, REVISION_FORMATS } from '../config/defaults.js'
import { InputError } from '../config/input-error.js'
import { count } from '../text/wording.js'
import type { PlatformChoice } from '../config/platform.js'
import type { FlowSettings } from '../flows/deps.js'

/**
 * Every input, typed: what chooses the platform, what the flows read, and what only main uses
 * (the token, the client's limits, the manual run's number).
 */
export interface ActionInputs extends PlatformChoice, FlowSettings {
  awsRegion: string | null
  vertexRegion: string | null
  vertexProjectId: string | null
  githubToken: string
  maxOutputTokens: number
  modelTimeoutSeconds: number
  /** workflow_dispatch: the pull request or issue to design for. */
  number: number | null
}

/** A file in the repository, normalised, by the rule the comment command's PATH follows too. */
const repoPath = (options?: RepoPathOptions) =>
  z.string().transform((raw, ctx) => {
    const checked = checkRepoPath(raw, options)
    if ('path' in checked) return checked.path
    ctx.addIssue({ code: 'custom', message: checked.problem })
    return z.NEVER
  })

/** The same, or null when empty: the built-in one is used. */
const optionalRepoPath = (options?: RepoPathOptions) =>
  z
    .string()
    .trim()
    .transform((p) => (p === '' ? null : p))
    .pipe(repoPath(options).nullable())

/** A template or instructions may sit beside the workflow that names them. */
const CONFIG_FILE: RepoPathOptions = { allowGitHubFolder: true }

const wholeNumber = (fallback: number, max: number) =>
  z
    .string()
    .trim()
    .transform((v) => (v === '' ? fallback : Number(v)))
    .pipe(
      z
        .number({ error: 'must be a whole number' })
        .int('must be a whole number')
        .min(1, 'must be at least 1')
        .max(max, `must be at most ${count(max)}`),
    )

/** An amount in US dollars, or `fallback` when empty (null: no limit). */
const dollars = (fallback: number | null) =>
  z
    .string()
    .trim()
    .transform((v) => (v === '' ? fallback : Number(v.replace(/^\$/, ''))))
    .pipe(
      z
        .number({ error: 'must be an amount in US dollars such as 2.50' })
        .finite('must be an amount in US dollars such as 2.50')
        .positive('must be more than 0 (leave it empty for no limit)')
        .nullable(),
    )

/** Permissions a repository can grant: "none" is not a level to require. */
const GRANTABLE = PERMISSIONS.filter((p) => p !== 'none') as [Permission, ...Permission[]]

/** A level to require, case-insensitive; empty means `fallback`. */
const permissionLevel = (fallback: Permission) =>
  z
    .string()
    .trim()
    .toLowerCase()
    .transform((v) => v || fallback)
    .pipe(z.enum(GRANTABLE, { error: `must be one of ${GRANTABLE.join(', ')}` }))

/** An optional value matching `pattern`: empty becomes null. */
const optionalMatch = (pattern: RegExp, message: string) =>
  z
    .string()
    .trim()
    .transform((v) => (v === '' ? null : v))
    .pipe(z.string().regex(pattern, message).nullable())

const baseUrl = z
  .string()
  .trim()
  .transform((v) => (v === '' ? null : v.replace(/\/+$/, '')))
  .pipe(
    z
      .string()
      .refine((v) => URL.canParse(v) && /^https?:$/.test(new URL(v).protocol), {
        message: 'must be an http(s) URL such as https://llm-gateway.example.com',
      })
      .refine((v) => !URL.canParse(v) || (!new URL(v).username && !new URL(v).password), {
        message: 'must not hold credentials: pass them in anthropic-headers',
      })
      .nullable(),
  )

const headerLines = z.string().transform((text, ctx) => {
  try {
    return parseHeaderLines(text)
  } catch (error) {
    if (!(error instanceof HeaderLinesError)) throw error
    ctx.addIssue({ code: 'custom', message: `must be "Name: value" lines: ${error.message}` })
    return z.NEVER
  }
})

const fields = z.object({
  provider: z
    .string()
    .trim()
    .toLowerCase()
    .transform((v) => v || DEFAULTS.provider.value)
    .pipe(z.enum(PROVIDERS, { error: `must be one of ${PROVIDERS.join(', ')}` })),
  'anthropic-api-key': z.string().trim(),
  'anthropic-base-url': baseUrl,
  'anthropic-headers': headerLines,
  'aws-region': optionalMatch(/^[a-z]{2}(-[a-z]+)+-\d+$/, 'is not an AWS region such as us-east-1'),
  'vertex-region': optionalMatch(
    /^[a-z][a-z0-9-]*[a-z0-9]$/,
    'is not a Google Cloud region such as us-east5, europe-west1 or global',
  ),
  'vertex-project-id': optionalMatch(
    /^([a-z0-9.-]+:)?[a-z][a-z0-9-]{4,28}[a-z0-9]$/,
    'is not a Google Cloud project id (6 to 30 lower-case letters, digits and hyphens)',
  ),
  'github-token': z
    .string()
    .trim()
    .min(1, `is empty: pass ${DEFAULTS.githubToken.value} or a token secret`),
  // Refused when empty, not defaulted (as the trigger phrase is): an empty one is usually an
  // expression that came out empty, and writing another file than meant is worse than stopping.
  'requirements-path': repoPath(),
  'design-path': repoPath(),
  model: z
    .string()
    .trim()
    .transform((v) => v || DEFAULTS.model.value)
    .pipe(
      z
        .string()
        .regex(
          /^[A-Za-z0-9][A-Za-z0-9._:@/-]*$/,
          `is not a model id (for example ${DEFAULTS.model.value})`,
        ),
    ),
  'max-output-tokens': wholeNumber(DEFAULTS.maxOutputTokens.value, MOST_OUTPUT_TOKENS),
  'max-input-tokens': wholeNumber(DEFAULTS.maxInputTokens.value, 1_000_000),
  'model-timeout-seconds': wholeNumber(DEFAULTS.modelTimeoutSeconds.value, 3_600),
  'template-path': optionalRepoPath(CONFIG_FILE),
  'instructions-path': optionalRepoPath(CONFIG_FILE),
  'trigger-phrase': z
    .string()
    .trim()
    .regex(/^\S+$/, `must be one word such as ${DEFAULTS.triggerPhrase.value}`),
  'min-permission': permissionLevel(DEFAULTS.minPermission.value),
  'min-answer-permission': permissionLevel(DEFAULTS.minAnswerPermission.value),
  'max-questions': wholeNumber(DEFAULTS.maxQuestions.value, 100),
  gate: z
    .string()
    .trim()
    .toLowerCase()
    .transform((v) => v || DEFAULTS.gate.value)
    .pipe(z.enum(GATES, { error: `must be one of ${GATES.join(', ')}` })),
  traceability: z
    .string()
    .trim()
    .toLowerCase()
    .transform((v) => v || DEFAULTS.traceability.value)
    .pipe(z.enum(['true', 'false'], { error: 'must be true or false' }))
    .transform((v) => v === 'true'),
  'revision-format': z
    .string()
    .trim()
    .toLowerCase()
    .transform((v) => v || DEFAULTS.revisionFormat.value)
    .pipe(z.enum(REVISION_FORMATS, { error: `must be one of ${REVISION_FORMATS.join(', ')}` })),
  'max-cost-usd': dollars(null),
  'max-cost-usd-per-pull-request': dollars(DEFAULTS.maxCostUsdPerPullRequest.value),
  number: z
    .string()
    .trim()
    .transform((v) => (v === '' ? null : Number(v)))
    .pipe(
      z
        .number({ error: 'must be a pull request or issue number' })
        .int('must be a whole number')
        .min(1, 'must be at least 1')
        .nullable(),
    ),
})

// Compared in normal form, so "./docs/a.md" and "docs/a.md" are caught as the same file. Zod
// runs this only when both paths passed their own check: a transform's issue stops later checks.
const schema = fields.superRefine((v, ctx) => {
  if (v['design-path'] === v['requirements-path']) {
    ctx.addIssue({
      code: 'custom',
      path: ['design-path'],
      message:
        'must not be the same file as input "requirements-path": the design would overwrite ' +
        'the requirements it is made from',
    })
  }
})

/** Never echoed back, not even in an error. */
const SECRET_INPUTS = new Set(['anthropic-api-key', 'github-token', 'anthropic-headers'])

export const INPUT_NAMES = Object.keys(fields.shape) as (keyof typeof fields.shape)[]

/**
 * A value that is still a workflow expression, such as `${{ github.token }}`: the runner expands
 * them, but outside a workflow (@github/local-action reads action.yml's defaults as they are
 * written) nothing does, and the text would be sent as if it were the value.
 */
export function isUnexpandedExpression(value: string): boolean {
  return /^\$\{\{[\s\S]*\}\}$/.test(value.trim())
}

/** `getInput` is @actions/core's in the action; tests pass a plain lookup. */
export function parseInputs(getInput: (name: string) => string): ActionInputs {
  const raw = Object.fromEntries(INPUT_NAMES.map((name) => [name, getInput(name)]))
  const unexpanded = INPUT_NAMES.filter((name) => isUnexpandedExpression(raw[name] ?? ''))
  if (unexpanded.length > 0) {
    const problems = unexpanded.map(
      (name) =>
        `input "${name}" is the expression ${raw[name]?.trim()}, which nothing expanded: outside a ` +
        `workflow, set INPUT_${name.toUpperCase()} to the value itself`,
    )
    throw new InputError(`Invalid input: ${problems.join('; ')}.`)
  }
  const parsed = schema.safeParse(raw)
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0])
      const got = SECRET_INPUTS.has(name) ? '' : ` (got "${String(raw[name] ?? '')}")`
      return `input "${name}" ${issue.message}${got}`
    })
    throw new InputError(`Invalid input: ${problems.join('; ')}.`)
  }
  const v = parsed.data
  return {
    provider: v.provider,
    anthropicApiKey: v['anthropic-api-key'],
    anthropicBaseUrl: v['anthropic-base-url'],
    anthropicHeaders: v['anthropic-headers'],
    awsRegion: v['aws-region'],
    vertexRegion: v['vertex-region'],
    vertexProjectId: v['vertex-project-id'],
    githubToken: v['github-token'],
    requirementsPath: v['requirements-path'],
    designPath: v['design-path'],
    model: v.model,
    maxOutputTokens: v['max-output-tokens'],
    maxInputTokens: v['max-input-tokens'],
    modelTimeoutSeconds: v['model-timeout-seconds'],
    templatePath: v['template-path'],
    instructionsPath: v['instructions-path'],
    triggerPhrase: v['trigger-phrase'],
    minPermission: v['min-permission'],
    minAnswerPermission: v['min-answer-permission'],
    maxQuestions: v['max-questions'],
    gate: v.gate,
    traceability: v.traceability,
    revisionFormat: v['revision-format'],
    maxCostUsd: v['max-cost-usd'],
    maxCostUsdPerPullRequest: v['max-cost-usd-per-pull-request'],
    number: v.number,
  }
}
