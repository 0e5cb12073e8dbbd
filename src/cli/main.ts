/**
 * The `tech-design` command line: the same engine as the action, on local files.
 * Exit codes: 0 success; 1 the work failed (an invalid document, a model error, an input file
 * that is missing, empty, binary, mis-encoded or too large); 2 usage error (an unknown command
 * or flag, a bad flag value, the wrong number of arguments, no credentials), with the usage text.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { dirname, format, parse, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { modelOptions, resolveModelPlatform } from '../action/platform.js'
import { createAnthropicModel } from '../adapters/anthropic.js'
import { proxySettings, routeThroughProxy } from '../adapters/proxy.js'
import { defaultInstructions, defaultTemplate } from '../assets/index.js'
import {
  estimateCostUsd,
  formatUsd,
  parsePriceOverride,
  PRICES_AS_OF,
  type ModelPrice,
} from '../core/pricing.js'
import { readStamp } from '../core/provenance.js'
import { extractOpenQuestions } from '../core/questions.js'
import {
  DEFAULT_MAX_INPUT_TOKENS,
  decodeRequirements,
  decodeText,
  estimateTokens,
  missingRequirements,
} from '../core/requirements.js'
import { parseHeaderLines } from '../core/headers.js'
import { ModelIdError, PROVIDERS, platformModelId, type Provider } from '../core/model-id.js'
import { CLI_SETTING_NAMES } from '../core/setting-names.js'
import { parseTemplate } from '../core/template.js'
import type { OpenQuestion, Usage } from '../core/types.js'
import { validateDesign } from '../core/validate.js'
import { DEFAULT_MODEL, DEFAULT_MAX_OUTPUT_TOKENS } from '../defaults.js'
import { DesignValidationError, failureDetails, type RejectedDraft } from '../engine/failure.js'
import { buildDesignPrompt, generateDesign, loadTemplateSpec } from '../engine/generate.js'
import { describeError } from '../errors.js'

export interface CliIo {
  env: NodeJS.ProcessEnv
  cwd: string
  stdout: { write(text: string): unknown }
  stderr: { write(text: string): unknown }
}

const USAGE = `Usage:
  tech-design generate [--requirements FILE] [--out FILE] [--model MODEL] [--template FILE]
                       [--instructions FILE] [--max-output-tokens N] [--max-input-tokens N]
                       [--provider anthropic|bedrock|vertex] [--price JSON] [--dry-run]
  tech-design check FILE [--template FILE] [--json]

generate  Ask Claude for a technical design of the requirements (default docs/requirements.md)
          and write it (default tech-design.md) only if it follows the template; when it does
          not, keep the last rejected draft beside it (tech-design.rejected.md).
          Reads ANTHROPIC_API_KEY; honours ANTHROPIC_BASE_URL, ANTHROPIC_CUSTOM_HEADERS
          ("Name: value" lines) and HTTPS_PROXY / NO_PROXY. --provider bedrock uses the AWS
          credential chain and AWS_REGION; --provider vertex uses Application Default
          Credentials, CLOUD_ML_REGION and GOOGLE_CLOUD_PROJECT. --dry-run prints the request instead.
check     Validate a design against the template. Exit 0 when it conforms, 1 when it does not
          (or cannot be read), 2 on a usage error.
`

class UsageError extends Error {}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv
  try {
    switch (command) {
      case 'generate':
        return await generate(rest, io)
      case 'check':
        return await check(rest, io)
      case '--help':
      case '-h':
      case 'help':
        io.stdout.write(USAGE)
        return 0
      case undefined:
        throw new UsageError('Missing command.')
      default:
        throw new UsageError(`Unknown command "${command}".`)
    }
  } catch (error) {
    if (error instanceof UsageError || isParseArgsError(error)) {
      io.stderr.write(`tech-design: ${(error as Error).message}\n\n${USAGE}`)
      return 2
    }
    io.stderr.write(`tech-design: ${describeError(error)}\n`)
    return 1
  }
}

const names = CLI_SETTING_NAMES

async function generate(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      requirements: { type: 'string', default: 'docs/requirements.md' },
      out: { type: 'string', default: 'tech-design.md' },
      model: { type: 'string', default: DEFAULT_MODEL },
      template: { type: 'string' },
      instructions: { type: 'string' },
      'max-output-tokens': { type: 'string' },
      'max-input-tokens': { type: 'string' },
      price: { type: 'string' },
      provider: { type: 'string', default: 'anthropic' },
      'dry-run': { type: 'boolean', default: false },
    },
    allowPositionals: false,
  })
  const maxOutputTokens =
    positiveInteger(values['max-output-tokens'], '--max-output-tokens') ?? DEFAULT_MAX_OUTPUT_TOKENS
  const maxInputTokens =
    positiveInteger(values['max-input-tokens'], '--max-input-tokens') ?? DEFAULT_MAX_INPUT_TOKENS
  const price = values.price === undefined ? undefined : priceOverride(values.price)

  const requirementsPath = values.requirements
  const bytes = await readBytes(io, requirementsPath, () =>
    missingRequirements(requirementsPath, { names }),
  )
  const requirements = decodeRequirements(bytes, {
    source: requirementsPath,
    maxInputTokens,
    names,
  })
  const template = values.template
    ? await readInputFile(io, templateFile(values.template))
    : defaultTemplate()
  const instructions = values.instructions
    ? await readInputFile(io, instructionsFile(values.instructions))
    : defaultInstructions()
  const input = { requirements, source: requirementsPath, instructions, template }

  if (values['dry-run']) {
    const { system, messages } = buildDesignPrompt(input, loadTemplateSpec(template))
    const blocks = system.map(
      (text, i) => `=== system, block ${i + 1} of ${system.length} ===\n${text}\n`,
    )
    const user = messages.map((m) => `=== ${m.role} ===\n${m.content}\n`)
    const tokens = estimateTokens([...system, ...messages.map((m) => m.content)].join('\n'))
    io.stdout.write(`${[...blocks, ...user].join('\n')}\n`)
    io.stdout.write(
      `=== estimate ===\nabout ${tokens.toLocaleString('en-US')} input tokens; model ${values.model}, max ${maxOutputTokens.toLocaleString('en-US')} output tokens. No request was sent.\n`,
    )
    return 0
  }

  const provider = values.provider as Provider
  if (!PROVIDERS.includes(provider)) {
    throw new UsageError(`--provider must be one of ${PROVIDERS.join(', ')}.`)
  }
  try {
    // Checked here for the message in the command line's words; resolveModelPlatform checks it
    // again and maps the id to the region's form.
    platformModelId(provider, values.model, '', names)
  } catch (error) {
    if (error instanceof ModelIdError) throw new UsageError(error.message)
    throw error
  }
  const apiKey = io.env.ANTHROPIC_API_KEY?.trim() ?? ''
  let headers: Record<string, string>
  try {
    headers = parseHeaderLines(io.env.ANTHROPIC_CUSTOM_HEADERS ?? '')
  } catch (error) {
    throw new UsageError(`ANTHROPIC_CUSTOM_HEADERS: ${(error as Error).message}`)
  }
  const platform = resolveModelPlatform(
    {
      provider,
      model: values.model,
      anthropicApiKey: apiKey,
      anthropicBaseUrl: io.env.ANTHROPIC_BASE_URL || null,
      anthropicHeaders: headers,
      awsRegion: null,
      vertexRegion: null,
      vertexProjectId: null,
    },
    io.env,
    CLI_SETTING_NAMES,
  )
  if (platform.missingCredentials) {
    throw new UsageError(
      'ANTHROPIC_API_KEY is not set. Export your Anthropic API key (console.anthropic.com → API keys), or use --dry-run to see the request without sending it.',
    )
  }
  const proxy = proxySettings(io.env)
  if (proxy) io.stderr.write(`tech-design: ${await routeThroughProxy(proxy)}\n`)
  const model = createAnthropicModel({
    ...modelOptions(platform),
    maxOutputTokens,
    settingNames: names,
  })

  io.stderr.write(`tech-design: designing from ${requirementsPath} with ${platform.model}…\n`)
  const out = { path: values.out, rejected: rejectedPathFor(values.out), template: values.template }
  let result
  try {
    result = await generateDesign(input, {
      model,
      onProgress: ({ phase, round, outputTokens, section }) => {
        const what = phase === 'generating' ? 'generating' : `repairing (round ${round})`
        const where = section ? `, at "${section}"` : ''
        io.stderr.write(
          `tech-design: ${what}: ${outputTokens.toLocaleString('en-US')} tokens${where}\n`,
        )
      },
      log: (message) => io.stderr.write(`tech-design: ${message}\n`),
      maxInputTokens,
      settingNames: names,
    })
  } catch (error) {
    await reportFailure(io, error, out, price)
    return 1
  }

  const outPath = resolve(io.cwd, out.path)
  const previous = await readFile(outPath, 'utf8').catch(() => null)
  await mkdir(dirname(outPath), { recursive: true })
  await writeFile(outPath, result.document)
  const replaced =
    previous !== null && previous !== result.document ? ' (replaced the previous file)' : ''
  io.stdout.write(`Wrote ${out.path}${replaced}.\n`)
  io.stdout.write(await removeStaleDraft(io, out.rejected))
  io.stdout.write(formatQuestions(result.openQuestions))
  io.stdout.write(`${formatUsage(result.usage, result.model, result.modelCalls, price)}\n`)
  return 0
}

interface OutFiles {
  /** --out, as given. */
  path: string
  /** Where the last rejected draft goes, beside it. */
  rejected: string
  /** --template, as given: a later `check` of the draft needs it too. */
  template: string | undefined
}

/** Where a failed run keeps its last rejected draft: tech-design.md → tech-design.rejected.md. */
export function rejectedPathFor(out: string): string {
  const { dir, name, ext } = parse(out)
  return format({ dir, name: `${name}.rejected`, ext })
}

/**
 * A failed run still says what it spent and keeps what it was paid for: the error on stderr, the
 * last rejected draft beside --out (never over it) with its problems as `file:line: message`,
 * and the usage line on stdout, where a successful run prints it too.
 */
async function reportFailure(
  io: CliIo,
  error: unknown,
  out: OutFiles,
  price: ModelPrice | undefined,
): Promise<void> {
  const { spending, rejectedDraft } = failureDetails(error)
  const message = describeError(error)
  if (!rejectedDraft) {
    io.stderr.write(`tech-design: ${message}\n`)
  } else {
    // The draft's problems are listed below at its lines; a message listing only those too is
    // cut to its first line. Problems the draft does not have (in the model's reply) stay.
    const onlyTheDrafts =
      error instanceof DesignValidationError &&
      error.violations.every((v) =>
        rejectedDraft.violations.some((d) => d.line === v.line && d.message === v.message),
      )
    io.stderr.write(`tech-design: ${onlyTheDrafts ? message.split('\n')[0] : message}\n`)
    io.stderr.write(await keepRejectedDraft(io, rejectedDraft, out))
  }
  if (spending) {
    const { usage, model, modelCalls } = spending
    io.stdout.write(`${formatUsage(usage, model, modelCalls, price)}\n`)
  }
}

/** Writes the rejected draft and returns what to tell about it. */
async function keepRejectedDraft(io: CliIo, draft: RejectedDraft, out: OutFiles): Promise<string> {
  const path = resolve(io.cwd, out.rejected)
  try {
    await mkdir(dirname(path), { recursive: true })
    await writeFile(path, draft.document)
  } catch (error) {
    return `tech-design: could not keep the rejected draft in ${out.rejected}: ${describeError(error)}\n`
  }
  const count = draft.violations.length
  const problems = count === 0 ? '' : ` (${count} problem${count === 1 ? '' : 's'})`
  const list = draft.violations.map((v) => `  ${out.rejected}:${v.line}: ${v.message}\n`).join('')
  const check = `tech-design check ${out.rejected}${out.template ? ` --template ${out.template}` : ''}`
  return (
    `tech-design: kept the last rejected draft in ${out.rejected}${problems}; ${out.path} was left as it was.\n` +
    list +
    `tech-design: run again (the model's answers vary from run to run), or fix ${out.rejected} ` +
    `by hand, check it with \`${check}\` and rename it to ${out.path}.\n`
  )
}

/**
 * A draft an earlier run rejected would sit beside the design that replaces it, and mislead:
 * it is removed, and the line returned says so. The design is written by then, so a file that
 * cannot be removed is only reported.
 */
async function removeStaleDraft(io: CliIo, rejected: string): Promise<string> {
  try {
    await rm(resolve(io.cwd, rejected))
    return `Removed ${rejected}, the rejected draft of an earlier run.\n`
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return ''
    return `Could not remove ${rejected}, the rejected draft of an earlier run: ${describeError(error)}\n`
  }
}

async function check(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { template: { type: 'string' }, json: { type: 'boolean', default: false } },
    allowPositionals: true,
  })
  if (positionals.length !== 1) throw new UsageError('check takes exactly one FILE.')
  const file = positionals[0] as string
  // A committed design ends with the action's provenance marker: it is not part of the document.
  const document = readStamp(await readInputFile(io, designFile(file))).body
  const spec = parseTemplate(
    values.template ? await readInputFile(io, templateFile(values.template)) : defaultTemplate(),
  )
  const violations = validateDesign(document, spec)
  const openQuestions = extractOpenQuestions(document, spec)
  const conforms = violations.length === 0

  if (values.json) {
    io.stdout.write(`${JSON.stringify({ conforms, violations, openQuestions }, null, 2)}\n`)
  } else if (conforms) {
    io.stdout.write(`${file} conforms to the template.\n${formatQuestions(openQuestions)}`)
  } else {
    const list = violations.map((v) => `  ${file}:${v.line}: ${v.message}\n`).join('')
    io.stdout.write(
      `${file} does not conform to the template (${violations.length} problem${violations.length === 1 ? '' : 's'}):\n${list}${formatQuestions(openQuestions)}`,
    )
  }
  return conforms ? 0 : 1
}

function formatQuestions(questions: OpenQuestion[]): string {
  if (questions.length === 0) return 'Open questions: none.\n'
  const lines = questions.map((q, i) => `  ${i + 1}. ${q.text} (line ${q.line})\n`)
  return `Open questions (${questions.length}):\n${lines.join('')}`
}

export function formatUsage(
  usage: Usage,
  model: string,
  calls: number,
  price?: ModelPrice,
): string {
  const cost = estimateCostUsd(usage, model, price)
  const costText =
    cost === null
      ? `cost unknown for ${model} (pass --price)`
      : `about ${formatUsd(cost)} (${price ? 'your prices' : `list prices of ${PRICES_AS_OF}`})`
  return (
    `Usage: ${calls} model call${calls === 1 ? '' : 's'}, ${usage.inputTokens.toLocaleString('en-US')} input tokens ` +
    `(+${usage.cacheReadInputTokens.toLocaleString('en-US')} cache read, +${usage.cacheCreationInputTokens.toLocaleString('en-US')} cache write), ` +
    `${usage.outputTokens.toLocaleString('en-US')} output tokens; ${costText}.`
  )
}

function positiveInteger(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined
  const n = Number(value)
  if (!Number.isInteger(n) || n <= 0)
    throw new UsageError(`${flag} must be a positive whole number, got "${value}".`)
  return n
}

function priceOverride(text: string): ModelPrice {
  try {
    return parsePriceOverride(text)
  } catch (error) {
    throw new UsageError(`--price: ${(error as Error).message}`)
  }
}

/** A file the command line reads, and what its messages say about it. */
interface InputFile {
  path: string
  /** The file as messages name it: "design.md", "template.md (--template)". */
  source: string
  /** "Design file", for "Design file not found: …". */
  kind: string
  /** What to do when it is not there. */
  whenMissing: string
  /** Why an empty one is of no use, and what to do. */
  whenEmpty: string
}

const designFile = (path: string): InputFile => ({
  path,
  source: path,
  kind: 'Design file',
  whenMissing: `Check the path, or write the design first with \`tech-design generate --out ${path}\`.`,
  whenEmpty: `there is no design in it to check. Write one with \`tech-design generate --out ${path}\`, or fill in the template.`,
})

const templateFile = (path: string): InputFile => ({
  path,
  source: `${path} (${names.templatePath})`,
  kind: 'Template file',
  whenMissing: `Check the path, or leave out ${names.templatePath} for the built-in template.`,
  whenEmpty: `write the template's headings in it, or leave out ${names.templatePath} for the built-in template.`,
})

const instructionsFile = (path: string): InputFile => ({
  path,
  source: `${path} (${names.instructionsPath})`,
  kind: 'Instructions file',
  whenMissing: `Check the path, or leave out ${names.instructionsPath} for the built-in instructions.`,
  whenEmpty: `write the architect's instructions in it, or leave out ${names.instructionsPath} for the built-in ones.`,
})

/**
 * Every file but the requirements (which have their own checks) is read this way, by both
 * commands: missing, empty, binary or mis-encoded, it fails the work (exit 1) with a message
 * naming it, not the usage text: the command was right, the file is not.
 */
async function readInputFile(io: CliIo, file: InputFile): Promise<string> {
  const bytes = await readBytes(
    io,
    file.path,
    () => new Error(`${file.kind} not found: ${file.source}. ${file.whenMissing}`),
  )
  const text = decodeText(bytes, file.source)
  if (text.trim() === '') throw new Error(`${file.source} is empty: ${file.whenEmpty}`)
  return text
}

async function readBytes(io: CliIo, path: string, missing: () => Error): Promise<Uint8Array> {
  try {
    return await readFile(resolve(io.cwd, path))
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') throw missing()
    if (code === 'EISDIR') throw new Error(`${path} is a directory: name a file.`, { cause: error })
    throw error
  }
}

function isParseArgsError(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')
}
