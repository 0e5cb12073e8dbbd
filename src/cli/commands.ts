/**
 * The commands, their options and the environment they read: the one table the parser reads
 * (args.ts) and the help prints (help.ts), and that the README's "Command line" section shows.
 */
import { PROVIDERS } from '../config/model-id.js'
import { DEFAULTS } from '../config/defaults.js'
import type { OptionSpec } from './args.js'

export interface EnvironmentVariable {
  /** One name, or several read together: "HTTPS_PROXY, HTTP_PROXY". */
  name: string
  help: string
}

export interface CommandSpec {
  name: 'generate' | 'check'
  /** The arguments other than options, for the synopsis: "FILE". */
  positionals: string
  /** One line for the program's help. */
  summary: string
  /** What the command does, for its help: paragraphs. */
  description: readonly string[]
  options: readonly OptionSpec[]
  environment: readonly EnvironmentVariable[]
}

const template = (purpose: string): OptionSpec => ({
  name: 'template',
  value: 'FILE',
  accepts: 'a file path',
  defaultText: 'the built-in template',
  help: purpose,
  aliases: ['template-path'],
})

export const GENERATE: CommandSpec = {
  name: 'generate',
  positionals: '',
  summary:
    'Ask Claude for a technical design of the requirements, and write it if it follows the template.',
  description: [
    'Ask Claude for a technical design of the requirements and write it to --out, only if it ' +
      'follows the template. A design that breaks the template is sent back for repair, up to ' +
      'two rounds; when it still breaks it, nothing is written and the last rejected draft is ' +
      'kept beside --out as NAME.rejected.md.',
    'Progress and errors go to stderr. What was written, the open questions and the usage line ' +
      '(model calls, tokens and the estimated cost) go to stdout; a run that fails after a model ' +
      'call still prints the usage line.',
  ],
  options: [
    {
      name: 'requirements',
      value: 'FILE',
      accepts: 'a file path',
      default: DEFAULTS.requirementsPath.value,
      help: 'The requirements document (UTF-8 text, or UTF-16 with a byte order mark).',
      aliases: ['requirements-path'],
    },
    {
      name: 'out',
      value: 'FILE',
      accepts: 'a file path',
      default: DEFAULTS.designPath.value,
      help:
        'Where to write the design. Written only when it follows the template; an existing file ' +
        'is replaced, and the output says so.',
    },
    {
      name: 'model',
      value: 'MODEL',
      accepts: 'a Claude model id',
      default: DEFAULTS.model.value,
      help: 'Any Claude model id.',
    },
    template(
      'Your own template: its headings, their levels, numbers and order, the title prefix and ' +
        'the complexity line become the rules. It must have an Open Questions section.',
    ),
    {
      name: 'instructions',
      value: 'FILE',
      accepts: 'a file path',
      defaultText: 'the built-in instructions',
      help:
        'Your own architect instructions (for example for a Go or Java stack). The output rules ' +
        'and the template always apply.',
      aliases: ['instructions-path'],
    },
    {
      name: 'max-output-tokens',
      value: 'N',
      accepts: 'a positive whole number',
      default: String(DEFAULTS.maxOutputTokens.value),
      help:
        "Cap on the design's length, and so on what a run may be billed for output (a run pays " +
        'only for the tokens written).',
      aliases: ['max-tokens'],
    },
    {
      name: 'max-input-tokens',
      value: 'N',
      accepts: 'a positive whole number',
      default: String(DEFAULTS.maxInputTokens.value),
      help:
        'The most tokens the request may hold, requirements, instructions and template together ' +
        '(estimated locally, before any request); a larger one is refused.',
    },
    {
      name: 'provider',
      value: 'NAME',
      accepts: PROVIDERS.join(', '),
      choices: PROVIDERS,
      default: DEFAULTS.provider.value,
      help:
        'Where Claude runs: anthropic (the Anthropic API), bedrock (Amazon Bedrock) or vertex ' +
        '(Google Vertex AI). Each reads the environment listed below.',
    },
    {
      name: 'price',
      value: 'JSON',
      accepts: 'prices as JSON, such as \'{"input": 2, "output": 10}\'',
      defaultText: 'list prices',
      help:
        'Your prices, USD per million tokens: \'{"input": 2, "output": 10}\' (optional cacheRead, ' +
        'cacheWrite).',
    },
    {
      name: 'max-cost-usd',
      value: 'USD',
      accepts: 'an amount in US dollars, such as 0.50',
      defaultText: 'no limit',
      help:
        'The most the run may spend on the model, at --price or list prices: each call is sized ' +
        'to fit what is left, and a run that reaches it writes nothing.',
    },
    {
      name: 'dry-run',
      defaultText: 'off',
      help:
        'Print the exact request (system prompt and user message) and its token estimate; send ' +
        'nothing. Needs no API key.',
    },
  ],
  environment: [
    {
      name: 'ANTHROPIC_API_KEY',
      help:
        'Your Anthropic API key, from console.anthropic.com (API keys). Needed with --provider ' +
        'anthropic, unless ANTHROPIC_BASE_URL is a gateway that holds the key.',
    },
    {
      name: 'ANTHROPIC_BASE_URL',
      help:
        'Send the requests to this endpoint, such as a gateway, instead of the Anthropic API. ' +
        'It must not hold a user name or password.',
    },
    {
      name: 'ANTHROPIC_CUSTOM_HEADERS',
      help:
        `Headers sent with every request, one "Name: value" per line, such as a gateway's own ` +
        'credentials.',
    },
    {
      name: 'HTTPS_PROXY, HTTP_PROXY',
      help:
        'Send the requests through this proxy, a URL such as http://proxy.example.com:3128 ' +
        '(lower-case names work too).',
    },
    {
      name: 'NO_PROXY',
      help: 'Hosts to reach without the proxy, separated by commas.',
    },
    {
      name: 'AWS_PROFILE, AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY',
      help:
        'With --provider bedrock: the AWS credential chain, as the AWS CLI reads it (a profile, ' +
        'access keys, or aws sso login).',
    },
    {
      name: 'AWS_REGION',
      help: 'With --provider bedrock: the AWS region where Claude is enabled. Required.',
    },
    {
      name: 'GOOGLE_APPLICATION_CREDENTIALS',
      help:
        'With --provider vertex: Application Default Credentials (gcloud auth ' +
        'application-default login, or this variable naming a credentials file).',
    },
    {
      name: 'CLOUD_ML_REGION',
      help:
        'With --provider vertex: the Google Cloud region where Claude is enabled, such as ' +
        'us-east5, europe-west1 or global. Required.',
    },
    {
      name: 'GOOGLE_CLOUD_PROJECT',
      help: 'With --provider vertex: the Google Cloud project. Required.',
    },
  ],
}

export const CHECK: CommandSpec = {
  name: 'check',
  positionals: 'FILE',
  summary: 'Check a design against the template, and list its open questions.',
  description: [
    'Check the design in FILE against the template and list the open questions it would put to ' +
      'people. FILE is read as generate reads its inputs: missing, empty, binary or not valid ' +
      'text, it is refused with the same messages.',
  ],
  options: [
    template('The template to check against: the one the design was written with.'),
    {
      name: 'json',
      defaultText: 'off',
      help:
        'Print the verdict, the problems and the open questions as JSON: {"conforms": bool, ' +
        '"violations": [{"message", "line"}], "openQuestions": [{"text", "line"}]}.',
    },
  ],
  environment: [],
}

export const COMMANDS: readonly CommandSpec[] = [GENERATE, CHECK]
