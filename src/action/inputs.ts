/**
 * The action's inputs, parsed once into a typed configuration. A bad value stops the run with a
 * message that names the input and says what it accepts.
 */
import { z } from 'zod'
import { PERMISSIONS, type Permission } from '../core/permissions.js'
import { DEFAULT_MAX_INPUT_TOKENS } from '../core/requirements.js'
import { DEFAULT_MAX_OUTPUT_TOKENS, DEFAULT_MODEL } from '../defaults.js'

export interface ActionInputs {
  anthropicApiKey: string
  githubToken: string
  requirementsPath: string
  designPath: string
  model: string
  maxOutputTokens: number
  maxInputTokens: number
  modelTimeoutSeconds: number
  templatePath: string | null
  instructionsPath: string | null
  triggerPhrase: string
  minPermission: Permission
  /** workflow_dispatch: the pull request or issue to design for. */
  number: number | null
}

export class InputError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'InputError'
  }
}

/** A path inside the repository: relative, no "..", no backslashes. */
const repoPath = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .refine((p) => !p.startsWith('/'), 'must be relative to the repository root')
  .refine((p) => !p.split('/').includes('..'), 'must not contain ".."')
  .refine((p) => !p.includes('\\'), 'must use "/" between folders')
  .refine((p) => !p.endsWith('/'), 'must name a file, not a folder')

const optionalRepoPath = z
  .string()
  .trim()
  .transform((p) => (p === '' ? null : p))
  .pipe(repoPath.nullable())

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
        .max(max, `must be at most ${max.toLocaleString('en-US')}`),
    )

/** Permissions a repository can grant: "none" is not a level to require. */
const GRANTABLE = PERMISSIONS.filter((p) => p !== 'none') as [Permission, ...Permission[]]

const schema = z.object({
  'anthropic-api-key': z.string().trim(),
  'github-token': z.string().trim().min(1, 'is empty: pass ${{ github.token }} or a token secret'),
  'requirements-path': repoPath,
  'design-path': repoPath,
  model: z
    .string()
    .trim()
    .transform((v) => v || DEFAULT_MODEL)
    .pipe(
      z
        .string()
        .regex(
          /^[A-Za-z0-9][A-Za-z0-9._:@/-]*$/,
          'is not a model id (for example claude-sonnet-5-5)',
        ),
    ),
  'max-output-tokens': wholeNumber(DEFAULT_MAX_OUTPUT_TOKENS, 128_000),
  'max-input-tokens': wholeNumber(DEFAULT_MAX_INPUT_TOKENS, 1_000_000),
  'model-timeout-seconds': wholeNumber(600, 3_600),
  'template-path': optionalRepoPath,
  'instructions-path': optionalRepoPath,
  'trigger-phrase': z.string().trim().regex(/^\S+$/, 'must be one word such as /tech-design'),
  'min-permission': z
    .string()
    .trim()
    .toLowerCase()
    .transform((v) => v || 'write')
    .pipe(z.enum(GRANTABLE, { error: `must be one of ${GRANTABLE.join(', ')}` })),
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

/** Never echoed back, not even in an error. */
const SECRET_INPUTS = new Set(['anthropic-api-key', 'github-token'])

export const INPUT_NAMES = Object.keys(schema.shape) as (keyof typeof schema.shape)[]

/** `getInput` is @actions/core's in the action; tests pass a plain lookup. */
export function parseInputs(getInput: (name: string) => string): ActionInputs {
  const raw = Object.fromEntries(INPUT_NAMES.map((name) => [name, getInput(name)]))
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
    anthropicApiKey: v['anthropic-api-key'],
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
    number: v.number,
  }
}
