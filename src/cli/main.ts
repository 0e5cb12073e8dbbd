/**
 * The `tech-design` command line: the same engine as the action, on local files.
 * Exit codes: 0 success, 1 the work failed (invalid document, model error, bad input file), 2 usage error.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
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
  estimateTokens,
  missingRequirements,
} from '../core/requirements.js'
import { parseHeaderLines } from '../core/headers.js'
import { PROVIDERS, type Provider } from '../core/model-id.js'
import { parseTemplate } from '../core/template.js'
import type { OpenQuestion, Usage } from '../core/types.js'
import { validateDesign } from '../core/validate.js'
import { DEFAULT_MODEL, DEFAULT_MAX_OUTPUT_TOKENS } from '../defaults.js'
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
          and write it (default tech-design.md) only if it follows the template.
          Reads ANTHROPIC_API_KEY; honours ANTHROPIC_BASE_URL, ANTHROPIC_CUSTOM_HEADERS
          ("Name: value" lines) and HTTPS_PROXY / NO_PROXY. --provider bedrock uses the AWS
          credential chain and AWS_REGION; --provider vertex uses Application Default
          Credentials, CLOUD_ML_REGION and GOOGLE_CLOUD_PROJECT. --dry-run prints the request instead.
check     Validate a design against the template. Exit 0 when it conforms, 1 when it does not.
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
  const bytes = await readFile(resolve(io.cwd, requirementsPath)).catch(
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') throw missingRequirements(requirementsPath)
      throw error
    },
  )
  const requirements = decodeRequirements(bytes, { source: requirementsPath, maxInputTokens })
  const template = values.template
    ? await readText(io, values.template, '--template')
    : defaultTemplate()
  const instructions = values.instructions
    ? await readText(io, values.instructions, '--instructions')
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
  )
  if (platform.missingCredentials) {
    throw new UsageError(
      'ANTHROPIC_API_KEY is not set. Export your Anthropic API key (console.anthropic.com → API keys), or use --dry-run to see the request without sending it.',
    )
  }
  const proxy = proxySettings(io.env)
  if (proxy) io.stderr.write(`tech-design: ${await routeThroughProxy(proxy)}\n`)
  const model = createAnthropicModel({ ...modelOptions(platform), maxOutputTokens })

  io.stderr.write(`tech-design: designing from ${requirementsPath} with ${platform.model}…\n`)
  const result = await generateDesign(input, {
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
  })

  const outPath = resolve(io.cwd, values.out)
  const previous = await readFile(outPath, 'utf8').catch(() => null)
  await mkdir(dirname(outPath), { recursive: true })
  await writeFile(outPath, result.document)
  const replaced =
    previous !== null && previous !== result.document ? ' (replaced the previous file)' : ''
  io.stdout.write(`Wrote ${values.out}${replaced}.\n`)
  io.stdout.write(formatQuestions(result.openQuestions))
  io.stdout.write(`${formatUsage(result.usage, result.model, result.modelCalls, price)}\n`)
  return 0
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
  const document = readStamp(await readText(io, file, 'FILE')).body
  const spec = parseTemplate(
    values.template ? await readText(io, values.template, '--template') : defaultTemplate(),
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

async function readText(io: CliIo, path: string, what: string): Promise<string> {
  try {
    return await readFile(resolve(io.cwd, path), 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      throw new UsageError(`${what}: file not found: ${path}`)
    throw error
  }
}

function isParseArgsError(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')
}
