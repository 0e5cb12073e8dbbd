/** From what the SDK threw to a ModelError with a message that says what to check: no HTTP. */
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  AuthenticationError,
  OverloadedError,
} from '@anthropic-ai/sdk'
import { describe, expect, it } from '@jest/globals'
import { ACTION_SETTING_NAMES, CLI_SETTING_NAMES } from '../../../src/config/setting-names.js'
import {
  credentialNetworkFailure,
  describeCause,
  describeStatus,
  formatSeconds,
  fromErrorType,
  fromHttpStatus,
  fromSdkError,
  isCredentialFailure,
  isMetadataService,
  messageOf,
  ModelAuthError,
  ModelError,
  ModelNotFoundError,
  ModelRequestError,
  ModelTimeoutError,
  ModelUnavailableError,
  ModelUnreachableError,
  noCompleteResponse,
  redactError,
  secretsOf,
  unreachable,
  type CallFacts,
} from '../../../src/adapters/model/errors.js'
import { providerHints } from '../../../src/adapters/model/provider-hints.js'
import type { RequestsSoFar } from '../../../src/adapters/model/request-log.js'
import { GiveUpOnNetwork } from '../../../src/adapters/model/retry.js'
import type { NetworkFailure } from '../../../src/adapters/network-failure.js'
import type { Provider } from '../../../src/config/model-id.js'

const MODEL = 'claude-sonnet-5-5'

function requests(overrides: Partial<RequestsSoFar> = {}): RequestsSoFar {
  return {
    attempts: 1,
    lastHost: 'api.anthropic.com',
    lastNetworkFailure: null,
    networkFailureOf: () => undefined,
    ...overrides,
  }
}

function call(
  overrides: Partial<CallFacts> = {},
  provider: Provider = 'anthropic',
  names = ACTION_SETTING_NAMES,
): CallFacts {
  return {
    hints: providerHints(provider, names, overrides.baseURL),
    model: MODEL,
    baseURL: undefined,
    timeoutMs: 600_000,
    secrets: [],
    requests: requests(),
    ...overrides,
  }
}

const REFUSED: NetworkFailure = {
  kind: 'refused',
  code: 'ECONNREFUSED',
  host: '127.0.0.1:4321',
  address: null,
  transient: true,
  timeoutMs: null,
}
const CONNECT_TIMEOUT: NetworkFailure = {
  kind: 'timeout',
  code: 'UND_ERR_CONNECT_TIMEOUT',
  host: 'api.anthropic.invalid',
  address: null,
  transient: true,
  timeoutMs: 500,
}

/** An API answer with a JSON error body, as the SDK builds it. */
const answer = (status: number, type: string, message: string): APIError =>
  APIError.generate(status, { type: 'error', error: { type, message } }, undefined, new Headers())

/** An SSE `error` event, as the SDK throws it: a status-less APIError. */
const errorEvent = (type: string, message: string): APIError =>
  new APIError(undefined, { type: 'error', error: { type, message } }, undefined, undefined)

const systemError = (message: string, code: string, fields: Record<string, unknown> = {}) =>
  Object.assign(new Error(message), { code, ...fields })

describe('the ModelError classes', () => {
  it('carry their code, their name, the status and no usage yet', () => {
    const error = new ModelAuthError('rejected', 401)
    expect(error).toBeInstanceOf(ModelError)
    expect(error).toMatchObject({ code: 'auth', name: 'ModelAuthError', status: 401 })
    expect(error.usage).toEqual({
      inputTokens: 0,
      outputTokens: 0,
      cacheReadInputTokens: 0,
      cacheCreationInputTokens: 0,
    })
    expect(new ModelUnreachableError('no', REFUSED)).toMatchObject({
      code: 'unreachable',
      status: undefined,
      failure: REFUSED,
    })
  })
})

describe('fromHttpStatus', () => {
  it('401: the credentials were rejected, and where they are set', () => {
    const error = fromHttpStatus(401, 'authentication_error', 'invalid x-api-key', call())
    expect(error).toBeInstanceOf(ModelAuthError)
    expect(error.status).toBe(401)
    expect(error.message).toBe(
      'The Anthropic API rejected the API key (401). Check the anthropic-api-key input (the ANTHROPIC_API_KEY secret).',
    )
  })

  it('403: the API’s words, and the permissions the platform needs', () => {
    const error = fromHttpStatus(403, undefined, 'not allowed', call({}, 'bedrock'))
    expect(error).toBeInstanceOf(ModelAuthError)
    expect(error.message).toMatch(
      /^Amazon Bedrock refused access with the AWS credentials \(403\): not allowed\. Check the AWS credentials the job has/,
    )
    expect(error.message).toMatch(/bedrock:InvokeModelWithResponseStream/)
  })

  it('404: names the model and where it is set', () => {
    const error = fromHttpStatus(404, 'not_found_error', 'model: nope', call())
    expect(error).toBeInstanceOf(ModelNotFoundError)
    expect(error.message).toBe(
      `The Anthropic API does not know the model "${MODEL}" (404: model: nope). ` +
        'Check the model input (and the anthropic-base-url input, if you set it).',
    )
  })

  it.each([
    [408, 'request timed out'],
    [409, 'conflict'],
    [429, 'rate limit reached'],
    [500, 'internal server error'],
    [502, 'unavailable'],
    [503, 'unavailable'],
    [504, 'gateway timeout'],
    [529, 'overloaded'],
    [599, 'server error'],
  ])('%i: unavailable (%s) after the attempts made, to try later', (status, words) => {
    const error = fromHttpStatus(
      status,
      undefined,
      'busy',
      call({ requests: requests({ attempts: 5 }) }),
    )
    expect(error).toBeInstanceOf(ModelUnavailableError)
    expect(error.status).toBe(status)
    expect(error.message).toBe(
      `Anthropic API ${words} (${status}) after 5 attempts: busy. Try again later.`,
    )
  })

  it('any other status: the request as sent was refused, with its type when there is one', () => {
    const typed = fromHttpStatus(400, 'invalid_request_error', 'prompt is too long', call())
    expect(typed).toBeInstanceOf(ModelRequestError)
    expect(typed.message).toBe(
      'The Anthropic API rejected the request (400 invalid_request_error): prompt is too long',
    )
    expect(fromHttpStatus(422, undefined, 'odd', call()).message).toBe(
      'The Anthropic API rejected the request (422): odd',
    )
  })
})

describe('fromErrorType', () => {
  it.each(['authentication_error', 'permission_error'])(
    '%s: the credentials, mid-stream',
    (type) => {
      const error = fromErrorType(type, 'revoked', call({}, 'vertex'))
      expect(error).toBeInstanceOf(ModelAuthError)
      expect(error.message).toMatch(
        new RegExp(
          `^Vertex AI rejected the Google Cloud credentials mid-stream \\(${type}\\): revoked\\. Check`,
        ),
      )
    },
  )

  it('not_found_error: the model', () => {
    const error = fromErrorType('not_found_error', 'gone', call())
    expect(error).toBeInstanceOf(ModelNotFoundError)
    expect(error.message).toBe(
      `The Anthropic API does not know the model "${MODEL}" (not_found_error): gone`,
    )
  })

  it('a transient type, or none: unavailable', () => {
    expect(fromErrorType('overloaded_error', 'Overloaded', call()).message).toBe(
      'Anthropic API error mid-stream (overloaded_error): Overloaded',
    )
    const untyped = fromErrorType(undefined, 'odd', call())
    expect(untyped).toBeInstanceOf(ModelUnavailableError)
    expect(untyped.message).toBe('Anthropic API error mid-stream (unknown): odd')
  })

  it('any other type: the request was refused', () => {
    const error = fromErrorType('invalid_request_error', 'empty text block', call())
    expect(error).toBeInstanceOf(ModelRequestError)
    expect(error.message).toBe(
      'The Anthropic API rejected the request (invalid_request_error): empty text block',
    )
  })
})

describe('fromSdkError', () => {
  it('maps an HTTP answer by its status, in the API’s own words', () => {
    const error = fromSdkError(
      new OverloadedError(
        529,
        { type: 'error', error: { type: 'overloaded_error', message: 'Overloaded' } },
        undefined,
        new Headers(),
      ),
      call({ requests: requests({ attempts: 3 }) }),
    )
    expect(error).toBeInstanceOf(ModelUnavailableError)
    expect(error.message).toBe(
      'Anthropic API overloaded (529) after 3 attempts: Overloaded. Try again later.',
    )
    const rejected = answer(401, 'authentication_error', 'bad key')
    expect(rejected).toBeInstanceOf(AuthenticationError)
    expect(fromSdkError(rejected, call())).toBeInstanceOf(ModelAuthError)
  })

  it('reads Bedrock’s top-level message', () => {
    const bedrock = APIError.generate(
      403,
      { message: 'The security token included in the request is invalid.' },
      undefined,
      new Headers(),
    )
    expect(messageOf(bedrock)).toBe('The security token included in the request is invalid.')
    expect(fromSdkError(bedrock, call({}, 'bedrock')).message).toMatch(
      /\(403\): The security token included in the request is invalid\./,
    )
  })

  it('maps an SSE error event by its type', () => {
    const error = fromSdkError(errorEvent('invalid_request_error', 'bad'), call())
    expect(error).toBeInstanceOf(ModelRequestError)
    expect(error.status).toBeUndefined()
  })

  it('redacts the secrets the API echoes, however short (4 characters or more)', () => {
    const secrets = ['sk-ant-api03-LONG-SECRET', 'gw7x9']
    const error = fromSdkError(
      answer(400, 'invalid_request_error', 'key sk-ant-api03-LONG-SECRET and token gw7x9'),
      call({ secrets }),
    )
    expect(error.message).toBe(
      'The Anthropic API rejected the request (400 invalid_request_error): key *** and token ***',
    )
  })

  it('a connect timeout the SDK took for its own: unreachable, saying how long it waited', () => {
    const error = fromSdkError(
      new APIConnectionTimeoutError(),
      call({ requests: requests({ attempts: 2, lastNetworkFailure: CONNECT_TIMEOUT }) }),
    )
    expect(error).toBeInstanceOf(ModelUnreachableError)
    expect(error.message).toMatch(
      /^Could not reach the Anthropic API at api\.anthropic\.invalid after 2 attempts: no connection within 0\.5 s/,
    )
  })

  it('a timeout of its own: no response within the deadline', () => {
    const error = fromSdkError(
      new APIConnectionTimeoutError(),
      call({ timeoutMs: 150, requests: requests({ attempts: 2 }) }),
    )
    expect(error).toBeInstanceOf(ModelTimeoutError)
    expect(error.message).toBe('No response from the Anthropic API within 0.15 s (2 attempts).')
  })

  it('a request that got no answer: unreachable, with the failure noted for it', () => {
    const cause = systemError('connect ECONNREFUSED 127.0.0.1:4321', 'ECONNREFUSED')
    const error = fromSdkError(
      new APIConnectionError({ cause }),
      call({
        requests: requests({
          attempts: 3,
          networkFailureOf: (e) => (e === cause ? REFUSED : undefined),
        }),
      }),
    )
    expect(error).toBeInstanceOf(ModelUnreachableError)
    expect(error.message).toBe(
      'Could not reach the Anthropic API at 127.0.0.1:4321 after 3 attempts: the connection to ' +
        '127.0.0.1:4321 was refused (ECONNREFUSED). Check the anthropic-base-url input, and that ' +
        'the server there is up (and HTTPS_PROXY, if the runner uses a proxy).',
    )
  })

  it('a connection error of no known kind: unavailable, naming the host and the cause', () => {
    const error = fromSdkError(
      new APIConnectionError({ cause: new Error('socket hang up') }),
      call({ requests: requests({ attempts: 2, lastHost: 'llm.corp.example' }) }),
    )
    expect(error).toBeInstanceOf(ModelUnavailableError)
    expect(error.message).toBe(
      'Could not reach the Anthropic API at llm.corp.example after 2 attempts (socket hang up).',
    )
    const before = fromSdkError(
      new APIConnectionError({}),
      call({ requests: requests({ lastHost: null }) }),
    )
    expect(before.message).toBe(
      'Could not reach the Anthropic API at the default endpoint after 1 attempt (Connection error.).',
    )
  })

  it('no cloud credentials: says how to get them', () => {
    const error = fromSdkError(
      new APIConnectionError({
        message: 'Failed to resolve AWS credentials.',
        cause: new Error('Could not load credentials from any providers'),
      }),
      call({}, 'bedrock'),
    )
    expect(error).toBeInstanceOf(ModelAuthError)
    expect(error.message).toBe(
      'Failed to resolve AWS credentials. (Could not load credentials from any providers). ' +
        ACTION_SETTING_NAMES.awsSignIn,
    )
  })

  it('a credentials endpoint that could not be reached: unreachable, naming it', () => {
    const error = fromSdkError(
      new APIConnectionError({
        message: 'Failed to acquire Google OAuth credentials.',
        cause: systemError('connect ECONNREFUSED 127.0.0.1:9', 'ECONNREFUSED', {
          address: '127.0.0.1',
          port: 9,
        }),
      }),
      call({}, 'vertex', CLI_SETTING_NAMES),
    )
    expect(error).toBeInstanceOf(ModelUnreachableError)
    expect(error.message).toMatch(
      /^Failed to acquire Google OAuth credentials: the credentials endpoint at 127\.0\.0\.1:9 could not be reached: the connection to 127\.0\.0\.1:9 was refused \(ECONNREFUSED\)\. Check /,
    )
  })

  it('a metadata service that could not be reached off the cloud: no credentials', () => {
    const error = fromSdkError(
      new APIConnectionError({
        message: 'Failed to resolve AWS credentials.',
        cause: systemError('connect EHOSTUNREACH 169.254.169.254:80', 'EHOSTUNREACH', {
          address: '169.254.169.254',
          port: 80,
        }),
      }),
      call({}, 'bedrock'),
    )
    expect(error).toBeInstanceOf(ModelAuthError)
  })

  it('the middleware gave up on the network: unreachable, or the credentials error it stopped', () => {
    const gaveUp = fromSdkError(
      new GiveUpOnNetwork(REFUSED, new TypeError('fetch failed')),
      call({ requests: requests({ attempts: 3 }) }),
    )
    expect(gaveUp).toBeInstanceOf(ModelUnreachableError)
    expect(gaveUp.message).toMatch(
      /^Could not reach the Anthropic API at 127\.0\.0\.1:4321 after 3 attempts/,
    )
    const credentials = fromSdkError(
      new GiveUpOnNetwork(
        REFUSED,
        new APIConnectionError({ message: 'Failed to resolve AWS credentials.' }),
      ),
      call({}, 'bedrock'),
    )
    expect(credentials).toBeInstanceOf(ModelAuthError)
  })

  it('anything else: the call failed, with its causes', () => {
    const error = fromSdkError(
      new Error('boom', { cause: new Error('deeper') }),
      call({}, 'vertex'),
    )
    expect(error).toBeInstanceOf(ModelUnavailableError)
    expect(error.message).toBe('The Vertex AI call failed: boom: deeper')
  })
})

describe('unreachable', () => {
  it('names the failure’s host, else the last request’s, else the endpoint set', () => {
    const noHost = { ...REFUSED, host: null }
    expect(unreachable(REFUSED, call()).message).toMatch(
      /^Could not reach the Anthropic API at 127\.0\.0\.1:4321: /,
    )
    expect(unreachable(noHost, call()).message).toMatch(/ at api\.anthropic\.com: /)
    const gateway = call({
      baseURL: 'https://llm.corp.example:8443/v1?team=a',
      requests: requests({ lastHost: null }),
    })
    expect(unreachable(noHost, gateway).message).toMatch(/ at llm\.corp\.example:8443: /)
    expect(unreachable(noHost, call({ requests: requests({ lastHost: null }) })).message).toMatch(
      / at its endpoint: /,
    )
  })

  it('points at the region setting of a cloud, and at the base URL when one is set', () => {
    expect(unreachable(REFUSED, call({}, 'vertex')).message).toMatch(
      /Check the vertex-region input,/,
    )
    expect(
      unreachable(REFUSED, call({ baseURL: 'https://gw.example' }, 'bedrock')).message,
    ).toMatch(/Check the anthropic-base-url input,/)
  })
})

describe('noCompleteResponse', () => {
  it('says how long it waited, and about how much had arrived', () => {
    expect(noCompleteResponse(150, '').message).toBe(
      'No complete response from the model within 0.15 s.',
    )
    expect(noCompleteResponse(600_000, 'abcdefgh').message).toBe(
      'No complete response from the model within 600 s (about 2 output tokens had arrived).',
    )
  })

  it('estimates the tokens generously, as everywhere else', () => {
    // 4 ASCII characters make 1 token, each of the 4 others 1 more (the old length / 4 said 2).
    expect(noCompleteResponse(1000, 'ünïcödé!').message).toMatch(/about 5 output tokens/)
  })
})

describe('secrets', () => {
  it('are the key and every header value that is set', () => {
    expect(secretsOf('sk-ant-key', { 'x-gateway-token': 'gw7x9', 'x-empty': '' })).toEqual([
      'sk-ant-key',
      'gw7x9',
    ])
    expect(secretsOf(null, undefined)).toEqual([])
  })

  it('are removed from message and stack, from 4 characters on', () => {
    const error = redactError(new ModelAuthError('token gw7x9, key abc'), ['gw7x9', 'abc'])
    expect(error.message).toBe('token ***, key abc')
    expect(error.stack).not.toContain('gw7x9')
    expect(error).toBeInstanceOf(ModelAuthError)
  })
})

describe('credential failures', () => {
  it('are told by the platform SDKs’ words', () => {
    expect(isCredentialFailure('Failed to resolve AWS credentials.')).toBe(true)
    expect(isCredentialFailure('Failed to acquire Google OAuth credentials: x')).toBe(true)
    expect(isCredentialFailure('Connection error.')).toBe(false)
  })

  it('name a network failure only when it is not the metadata service', () => {
    const metadata = { ...REFUSED, host: null, address: '169.254.169.254:80' }
    expect(isMetadataService(metadata)).toBe(true)
    expect(isMetadataService({ ...REFUSED, host: 'metadata.google.internal' })).toBe(true)
    expect(isMetadataService({ ...REFUSED, host: '[fd00:ec2::254]' })).toBe(true)
    expect(isMetadataService(REFUSED)).toBe(false)
    const refused = systemError('connect ECONNREFUSED 127.0.0.1:9', 'ECONNREFUSED', {
      address: '127.0.0.1',
      port: 9,
    })
    const credentials = (cause: Error) =>
      new APIConnectionError({ message: 'Failed to resolve AWS credentials.', cause })
    expect(credentialNetworkFailure(credentials(refused))).toMatchObject({ kind: 'refused' })
    expect(credentialNetworkFailure(new APIConnectionError({ cause: refused }))).toBeUndefined()
    expect(credentialNetworkFailure(credentials(new Error('no profile')))).toBeUndefined()
    expect(credentialNetworkFailure(refused)).toBeUndefined()
  })
})

describe('describeCause', () => {
  it('joins an error’s messages and codes along its causes, each once', () => {
    const cut = new TypeError('terminated', {
      cause: systemError('other side closed', 'UND_ERR_SOCKET'),
    })
    expect(describeCause(cut)).toBe('terminated: other side closed (UND_ERR_SOCKET)')
    expect(describeCause(new Error('same', { cause: new Error('same') }))).toBe('same')
    expect(describeCause({ code: 'ECONNRESET' })).toBe('ECONNRESET')
    expect(describeCause('a string')).toBe('a string')
    expect(describeCause(new Error('outer', { cause: 42 }))).toBe('outer: 42')
    expect(describeCause({})).toBe('unknown error')
    expect(describeCause(null)).toBe('unknown error')
  })

  it('stops after five levels', () => {
    let error: Error = new Error('level 7')
    for (let level = 6; level >= 1; level--) error = new Error(`level ${level}`, { cause: error })
    expect(describeCause(error)).toBe('level 1: level 2: level 3: level 4: level 5')
  })
})

describe('describeStatus and formatSeconds', () => {
  it('word a status and a duration', () => {
    expect(describeStatus(529)).toBe('overloaded')
    expect(describeStatus(418)).toBe('server error')
    expect(formatSeconds(150)).toBe('0.15 s')
    expect(formatSeconds(9_999)).toBe('10 s')
    expect(formatSeconds(12_345)).toBe('12 s')
    expect(formatSeconds(600_000)).toBe('600 s')
  })
})
