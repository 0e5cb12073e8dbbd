/** `tech-design generate`: a design of the requirements, written only if it follows the template. */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { dirname, format, parse, resolve } from 'node:path'
import { resolveModelPlatform, type PlatformChoice } from '../config/platform.js'
import { createAnthropicModel, modelOptions } from '../adapters/model/client.js'
import { proxySettings, routeThroughProxy } from '../adapters/proxy.js'
import { defaultInstructions, defaultTemplate } from '../assets/index.js'
import { HeaderLinesError, parseHeaderLines } from '../config/headers.js'
import { ModelIdError, platformModelId, type Provider } from '../config/model-id.js'
import { parsePriceOverride, type ModelPrice } from '../config/pricing.js'
import { decodeRequirements, missingRequirements } from '../document/requirements.js'
import { estimateTokens } from '../text/tokens.js'
import { CLI_SETTING_NAMES as names } from '../config/setting-names.js'
import { DesignValidationError, failureDetails, type RejectedDraft } from '../engine/failure.js'
import { buildDesignPrompt, generateDesign, loadTemplateSpec } from '../engine/generate.js'
import { describeError } from '../text/describe-error.js'
import { parseCommandArgs } from './args.js'
import { GENERATE } from './commands.js'
import { CliInputError, CliUsageError } from './errors.js'
import { BUG_NOTE, EXIT_INTERNAL, EXIT_OK, exitCodeFor, type ExitCode } from './exit-codes.js'
import { instructionsFile, readBytes, readInputFile, templateFile } from './input-files.js'
import type { CliIo } from './io.js'
import { formatQuestions, formatUsage } from './report.js'
import { count, plural } from '../text/wording.js'

export async function generate(args: string[], io: CliIo): Promise<ExitCode> {
  const parsed = parseCommandArgs(GENERATE.name, GENERATE.options, args)
  const [stray] = parsed.positionals
  if (stray !== undefined) {
    throw new CliUsageError(
      `generate takes no arguments, got "${stray}". To design from that file, write --requirements ${stray}.`,
      GENERATE.name,
    )
  }
  const option = (name: string): string => parsed.string(name) as string
  const maxOutputTokens = positiveInteger(option('max-output-tokens'), '--max-output-tokens')
  const maxInputTokens = positiveInteger(option('max-input-tokens'), '--max-input-tokens')
  const priceText = parsed.string('price')
  const price = priceText === undefined ? undefined : priceOverride(priceText)
  const maxCostText = parsed.string('max-cost-usd')
  const maxCostUsd = maxCostText === undefined ? null : dollars(maxCostText, '--max-cost-usd')
  const modelId = option('model')
  const templatePath = parsed.string('template')
  const instructionsPath = parsed.string('instructions')

  const requirementsPath = option('requirements')
  const bytes = await readBytes(io, requirementsPath, () =>
    missingRequirements(requirementsPath, { names }),
  )
  const requirements = decodeRequirements(bytes, {
    source: requirementsPath,
    maxInputTokens,
    names,
  })
  const template = templatePath
    ? await readInputFile(io, templateFile(templatePath))
    : defaultTemplate()
  const instructions = instructionsPath
    ? await readInputFile(io, instructionsFile(instructionsPath))
    : defaultInstructions()
  // Traced as the action traces them, so --dry-run shows the request the action sends.
  const input = {
    requirements,
    source: requirementsPath,
    instructions,
    template,
    traceability: true,
  }

  if (parsed.flag('dry-run')) {
    const { system, messages } = buildDesignPrompt(input, loadTemplateSpec(template))
    const blocks = system.map(
      (text, i) => `=== system, block ${i + 1} of ${system.length} ===\n${text}\n`,
    )
    const user = messages.map((m) => `=== ${m.role} ===\n${m.content}\n`)
    const tokens = estimateTokens([...system, ...messages.map((m) => m.content)].join('\n'))
    io.stdout.write(`${[...blocks, ...user].join('\n')}\n`)
    io.stdout.write(
      `=== estimate ===\nabout ${count(tokens)} input tokens; model ${modelId}, max ${count(maxOutputTokens)} output tokens. No request was sent.\n`,
    )
    return EXIT_OK
  }

  // The parser checked it is one of PROVIDERS.
  const provider = option('provider') as Provider
  try {
    // Checked here for the message in the command line's words; resolveModelPlatform checks it
    // again and maps the id to the region's form.
    platformModelId(provider, modelId, '', names)
  } catch (error) {
    if (error instanceof ModelIdError) throw new CliUsageError(error.message, GENERATE.name)
    throw error
  }
  const apiKey = io.env.ANTHROPIC_API_KEY?.trim() ?? ''
  const headerLines = io.env.ANTHROPIC_CUSTOM_HEADERS ?? ''
  let headers: Record<string, string>
  try {
    headers = parseHeaderLines(headerLines)
  } catch (error) {
    if (!(error instanceof HeaderLinesError)) throw error
    throw new CliInputError(`ANTHROPIC_CUSTOM_HEADERS: ${(error as Error).message}`, {
      cause: error,
    })
  }
  // No region or project flags: resolveModelPlatform reads them from the environment
  // (AWS_REGION, CLOUD_ML_REGION, GOOGLE_CLOUD_PROJECT).
  const choice: PlatformChoice = {
    provider,
    model: modelId,
    anthropicApiKey: apiKey,
    anthropicBaseUrl: io.env.ANTHROPIC_BASE_URL || null,
    anthropicHeaders: headers,
  }
  const platform = resolveModelPlatform(choice, io.env, names)
  if (platform.missingCredentials) {
    throw new CliInputError(
      'ANTHROPIC_API_KEY is not set. Export your Anthropic API key (console.anthropic.com → API keys), or use --dry-run to see the request without sending it.',
    )
  }
  const proxy = proxySettings(io.env)
  if (proxy) {
    let routed: string
    try {
      routed = await routeThroughProxy(proxy)
    } catch (error) {
      throw new CliInputError(describeError(error), { cause: error })
    }
    io.stderr.write(`tech-design: ${routed}\n`)
  }
  const model = createAnthropicModel({
    ...modelOptions(platform),
    maxOutputTokens,
    settingNames: names,
  })

  io.stderr.write(`tech-design: designing from ${requirementsPath} with ${platform.model}…\n`)
  const outPath = option('out')
  const out = { path: outPath, rejected: rejectedPathFor(outPath), template: templatePath }
  let result
  try {
    result = await generateDesign(input, {
      model,
      onProgress: ({ phase, round, outputTokens, section }) => {
        const what = phase === 'generating' ? 'generating' : `repairing (round ${round})`
        const where = section ? `, at "${section}"` : ''
        io.stderr.write(`tech-design: ${what}: ${count(outputTokens)} tokens${where}\n`)
      },
      log: (message) => io.stderr.write(`tech-design: ${message}\n`),
      maxInputTokens,
      settingNames: names,
      ...(price ? { price } : {}),
      ...(maxCostUsd === null
        ? {}
        : { spendLimits: [{ cap: 'run' as const, limitUsd: maxCostUsd, spentUsd: 0 }] }),
    })
  } catch (error) {
    await reportFailure(io, error, out, price)
    return exitCodeFor(error)
  }

  const written = resolve(io.cwd, out.path)
  const previous = await readFile(written, 'utf8').catch(() => null)
  try {
    await mkdir(dirname(written), { recursive: true })
    await writeFile(written, result.document)
  } catch (error) {
    io.stdout.write(`${formatUsage(result.usage, result.model, result.modelCalls, price)}\n`)
    throw new CliInputError(`Could not write ${out.path}: ${describeError(error)}`, {
      cause: error,
    })
  }
  const replaced =
    previous !== null && previous !== result.document ? ' (replaced the previous file)' : ''
  io.stdout.write(`Wrote ${out.path}${replaced}.\n`)
  io.stdout.write(await removeStaleDraft(io, out.rejected))
  io.stdout.write(formatQuestions(result.openQuestions))
  io.stdout.write(`${formatUsage(result.usage, result.model, result.modelCalls, price)}\n`)
  return EXIT_OK
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
function rejectedPathFor(out: string): string {
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
  if (exitCodeFor(error) === EXIT_INTERNAL) io.stderr.write(BUG_NOTE)
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
  const found = draft.violations.length
  const problems = found === 0 ? '' : ` (${plural(found, 'problem')})`
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

function positiveInteger(value: string, flag: string): number {
  const n = Number(value)
  if (!Number.isInteger(n) || n <= 0)
    throw new CliUsageError(
      `${flag} must be a positive whole number, got "${value}".`,
      GENERATE.name,
    )
  return n
}

function dollars(value: string, flag: string): number {
  const n = Number(value.trim().replace(/^\$/, ''))
  if (!Number.isFinite(n) || n <= 0)
    throw new CliUsageError(
      `${flag} must be an amount in US dollars above 0, such as 0.50, got "${value}".`,
      GENERATE.name,
    )
  return n
}

function priceOverride(text: string): ModelPrice {
  try {
    return parsePriceOverride(text)
  } catch (error) {
    throw new CliUsageError(`--price: ${(error as Error).message}`, GENERATE.name)
  }
}
