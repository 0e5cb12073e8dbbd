/**
 * A fake Anthropic Messages API on a loopback port, speaking the real wire formats so tests and
 * benchmarks drive the real SDKs end to end. The same scripted responses are served in the wire
 * format of one platform, chosen by `platform`:
 *
 * - `'anthropic'` (default), for `@anthropic-ai/sdk`: `POST /v1/messages` (SSE for
 *   `stream: true`, JSON otherwise, Anthropic's error JSON) and `/v1/messages/count_tokens`.
 *   Pass `url` as the SDK's `baseURL`.
 * - `'bedrock'`, for `AnthropicBedrock` (`@anthropic-ai/bedrock-sdk`):
 *   `POST /model/{modelId}/invoke` (JSON) and `/model/{modelId}/invoke-with-response-stream`
 *   (AWS event-stream frames), Bedrock's error JSON with `x-amzn-errortype`, and SigV4
 *   verification when `aws` is given. Pass `url` as `baseURL`.
 * - `'vertex'`, for `AnthropicVertex` (`@anthropic-ai/vertex-sdk`):
 *   `POST /v1/projects/{p}/locations/{r}/publishers/anthropic/models/{m}:rawPredict` (JSON) and
 *   `:streamRawPredict` (SSE), Google's error JSON and, when `google` is given, a Google STS token
 *   exchange at `POST /v1/token` whose tokens the predict calls must carry. Pass `${url}/v1` as
 *   `baseURL`: the SDK appends `/projects/…` to it, like to its default `https://…/v1`.
 *
 * `baseURL` holds the right base URL for the platform.
 *
 * Only node built-ins are imported and no TypeScript-only runtime syntax is used, so the file
 * also runs under `node --experimental-strip-types` (bench).
 */
import { createHash, createHmac, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto'
import { mkdir, writeFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { crc32 } from 'node:zlib'
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'

/** One request as the fake received it. */
export interface FakeRequest {
  method: string
  /** Path without the query string, as sent (still percent-encoded), e.g. "/v1/messages". */
  path: string
  /** Node's lower-cased headers, e.g. `headers['anthropic-version']`. */
  headers: IncomingHttpHeaders
  /**
   * The API key as sent: `x-api-key`, or the token of `Authorization: Bearer …` (how SDK 1.14
   * sends `apiKey`; on vertex, the Google access token).
   */
  apiKey: string | undefined
  /**
   * The parsed JSON body (`undefined` when empty, the raw text when it is not JSON). For the
   * vertex token exchange, the form fields.
   */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any
  /** The model as the platform saw it: the body's `model` (anthropic), the path's otherwise. */
  model?: string
  /** Bedrock: the access key id of the SigV4 `Authorization` header. */
  awsAccessKeyId?: string
  /** Vertex: the project and region of the path. */
  vertex?: { project: string; region: string }
  /** Characters of answer text streamed back. */
  responseChars?: number
  /**
   * Characters of answer text actually written to a stream before it ended or the client went
   * away: below `responseChars` when the client stopped reading early.
   */
  sentChars?: number
  /** The client closed the connection before the streamed response was complete. */
  closedByClient?: boolean
  /** Milliseconds from the response's start to its message_stop: the time spent "thinking". */
  streamMs?: number
}

export type FakeStopReason = 'end_turn' | 'max_tokens' | 'refusal' | 'stop_sequence'

export interface FakeUsage {
  input_tokens: number
  output_tokens: number
  cache_creation_input_tokens: number
  cache_read_input_tokens: number
}

/** Pacing and usage of a streamed answer; pacing fields override the server-wide options. */
export interface FakeStreamOptions {
  /** Characters per `text_delta` event. */
  chunkSize?: number
  /** Pause between two deltas. */
  chunkDelayMs?: number
  /** Instead of `chunkDelayMs`: pace the deltas at this rate (1 token ≈ 4 characters). */
  tokensPerSecond?: number
  /** Pause between `message_start` and the first delta. */
  firstTokenDelayMs?: number
  /** Overrides of the computed usage figures (message_start and message_delta). */
  usage?: Partial<FakeUsage>
}

/** A complete answer: streamed for a streaming request, a JSON message otherwise. */
export interface FakeTextResponse extends FakeStreamOptions {
  text: string
  stopReason?: FakeStopReason
}

/**
 * An HTTP error. `body` defaults to the platform's error JSON for the status (Anthropic's, or
 * Bedrock's `{"message"}` with an `x-amzn-errortype` header, or Google's `{"error": {…}}`).
 */
export interface FakeStatusResponse {
  status: number
  headers?: Record<string, string>
  body?: unknown
}

/** Streams the first `cutAfterChars` characters of `text`, then destroys the socket. */
export interface FakeCutResponse extends FakeStreamOptions {
  cutAfterChars: number
  text: string
}

/**
 * Streams the first `errorEventAfterChars` characters, then an SSE `error` event (on bedrock an
 * event-stream exception frame), then ends.
 */
export interface FakeErrorEventResponse extends FakeStreamOptions {
  errorEventAfterChars: number
  text: string
  /**
   * Default 'overloaded_error'. On bedrock, mapped to the exception type: overloaded_error →
   * serviceUnavailableException, rate_limit_error → throttlingException, api_error →
   * internalServerException, timeout_error → modelTimeoutException, a Bedrock exception type
   * as is, anything else → modelStreamErrorException.
   */
  errorType?: string
  errorMessage?: string
}

/** Streams the first `endAfterChars` characters, then ends the response cleanly without `message_stop`. */
export interface FakeEndResponse extends FakeStreamOptions {
  endAfterChars: number
  text: string
}

/** Streams the first `hangAfterChars` characters of `text` (default none), then stalls. */
export interface FakeHangResponse extends FakeStreamOptions {
  hangAfterChars: number
  text?: string
}

export type FakeResponse =
  | FakeTextResponse
  | FakeStatusResponse
  | FakeCutResponse
  | FakeErrorEventResponse
  | FakeEndResponse
  | FakeHangResponse

/**
 * Answers a request when the queue is empty: the text to stream, or any response. On bedrock and
 * vertex the body has no `model`; `request.model` has it.
 */
export type FakeResponder = (
  body: FakeRequest['body'],
  request: FakeRequest,
) => string | FakeResponse

export type FakePlatform = 'anthropic' | 'bedrock' | 'vertex'

/** The AWS credentials and region bedrock requests must be SigV4-signed with. */
export interface FakeAwsCredentials {
  accessKeyId: string
  secretAccessKey: string
  /** When set, requests must carry it as `x-amz-security-token`; when not, must carry none. */
  sessionToken?: string
  region: string
}

/** The Google project, region and workload identity subject token vertex requests must match. */
export interface FakeGoogleOptions {
  projectId: string
  region: string
  /** The `subject_token` (the OIDC token) the STS exchange at `/v1/token` accepts. */
  subjectToken: string
}

export interface FakeAnthropicOptions extends Omit<FakeStreamOptions, 'usage'> {
  /** Wire format served. Default 'anthropic'. */
  platform?: FakePlatform
  /**
   * When set, a request with another key gets an authentication error: anthropic, `x-api-key` or
   * bearer (401); bedrock, the bearer Bedrock API key (403); vertex, the bearer access token when
   * `google` is not set (401).
   */
  apiKey?: string
  /** Bedrock: when set, requests must be SigV4-signed with these credentials (else 403). */
  aws?: FakeAwsCredentials
  /**
   * Vertex: when set, `/v1/token` exchanges `subjectToken` for access tokens, predict requests
   * must carry one (else 401) and name this project (else 403) and region (else 404).
   */
  google?: FakeGoogleOptions
  /** When set, other models (the platform's model id) get a 404. */
  knownModels?: string[]
  /**
   * Prompt caching is simulated: a system prefix ending in a `cache_control` block is written to
   * the cache on first sight and read on later requests. Like the real API, prefixes shorter than
   * this many tokens are not cached. Default 1024.
   */
  minCacheTokens?: number
  /**
   * `retry-after-ms` header on retryable errors (408, 409, 429, 5xx) unless given, on every
   * platform (the SDKs honour it; it keeps retry tests fast). Default 1.
   */
  retryAfterMs?: number
  /** Default responder; the built-in one answers "Hello from the fake Anthropic API." */
  defaultResponder?: FakeResponder
}

export interface FakeAnthropic {
  /** Origin of the server, e.g. "http://127.0.0.1:41234". */
  url: string
  /** What to pass as the SDK's `baseURL` on this platform: `url`, or `${url}/v1` on vertex. */
  baseURL: string
  /** Every request received, in order (on vertex, token exchanges too). */
  requests: FakeRequest[]
  /** Queues responses, consumed one per Messages request (any platform's route). */
  enqueue(...responses: FakeResponse[]): void
  /** Replaces the responder used when the queue is empty. */
  setDefault(responder: FakeResponder): void
  /** Responses still queued. */
  pending(): number
  /** Forgets the simulated prompt cache. */
  clearCache(): void
  /** Destroys open sockets and stops listening. */
  close(): Promise<void>
}

const ERROR_TYPES: Record<number, string> = {
  400: 'invalid_request_error',
  401: 'authentication_error',
  402: 'billing_error',
  403: 'permission_error',
  404: 'not_found_error',
  413: 'request_too_large',
  429: 'rate_limit_error',
  500: 'api_error',
  504: 'timeout_error',
  529: 'overloaded_error',
}

const ERROR_MESSAGES: Record<string, string> = {
  invalid_request_error: 'Invalid request',
  authentication_error: 'invalid x-api-key',
  billing_error: 'Your credit balance is too low to access the Anthropic API.',
  permission_error: 'Your API key does not have permission to use the specified resource.',
  not_found_error: 'Not found',
  request_too_large: 'Request exceeds the maximum allowed number of bytes.',
  rate_limit_error: 'Number of request tokens has exceeded your per-minute rate limit',
  api_error: 'Internal server error',
  timeout_error: 'Request timed out',
  overloaded_error: 'Overloaded',
}

export function anthropicErrorBody(status: number, message?: string): object {
  const type = ERROR_TYPES[status] ?? (status >= 500 ? 'api_error' : 'invalid_request_error')
  return { type: 'error', error: { type, message: message ?? ERROR_MESSAGES[type] ?? type } }
}

/** Bedrock's `x-amzn-errortype` per status, and its usual message. */
const BEDROCK_ERROR_TYPES: Record<number, string> = {
  400: 'ValidationException',
  401: 'UnrecognizedClientException',
  403: 'AccessDeniedException',
  404: 'ResourceNotFoundException',
  408: 'ModelTimeoutException',
  409: 'ConflictException',
  424: 'ModelErrorException',
  429: 'ThrottlingException',
  500: 'InternalServerException',
  503: 'ServiceUnavailableException',
  529: 'ServiceUnavailableException',
}

const BEDROCK_ERROR_MESSAGES: Record<string, string> = {
  ValidationException: 'Malformed input request, please reformat your input and try again.',
  UnrecognizedClientException: 'The security token included in the request is invalid.',
  AccessDeniedException: "You don't have access to the model with the specified model ID.",
  ResourceNotFoundException: 'Model not found.',
  ModelTimeoutException: 'Model has timed out in processing the request. Try your request again.',
  ConflictException: 'The request conflicts with the current state of the resource.',
  ModelErrorException: 'The model encountered an error while processing the request.',
  ThrottlingException: 'Too many requests, please wait before trying again.',
  InternalServerException: 'The server encountered an internal error.',
  ServiceUnavailableException: 'Bedrock is unable to process your request.',
}

/** Bedrock's error for a status: `{"message"}` and the `x-amzn-errortype` header. */
export function bedrockError(
  status: number,
  message?: string,
  type?: string,
): { body: { message: string }; headers: Record<string, string> } {
  const errorType =
    type ??
    BEDROCK_ERROR_TYPES[status] ??
    (status >= 500 ? 'InternalServerException' : 'ValidationException')
  return {
    body: { message: message ?? BEDROCK_ERROR_MESSAGES[errorType] ?? errorType },
    headers: { 'x-amzn-errortype': errorType },
  }
}

/** The exception types Bedrock sends as event-stream `exception` frames mid-stream. */
const BEDROCK_STREAM_EXCEPTIONS: Record<string, string> = {
  internalServerException: 'The server encountered an internal error.',
  modelStreamErrorException: 'The model encountered an error while streaming the response.',
  validationException: 'Malformed input request, please reformat your input and try again.',
  throttlingException: 'Too many requests, please wait before trying again.',
  modelTimeoutException: 'Model has timed out in processing the request. Try your request again.',
  serviceUnavailableException: 'Bedrock is unable to process your request.',
}

const BEDROCK_EXCEPTION_FOR_ERROR: Record<string, string> = {
  overloaded_error: 'serviceUnavailableException',
  rate_limit_error: 'throttlingException',
  api_error: 'internalServerException',
  timeout_error: 'modelTimeoutException',
}

const GOOGLE_STATUSES: Record<number, string> = {
  400: 'INVALID_ARGUMENT',
  401: 'UNAUTHENTICATED',
  403: 'PERMISSION_DENIED',
  404: 'NOT_FOUND',
  409: 'ABORTED',
  429: 'RESOURCE_EXHAUSTED',
  499: 'CANCELLED',
  500: 'INTERNAL',
  501: 'UNIMPLEMENTED',
  503: 'UNAVAILABLE',
  504: 'DEADLINE_EXCEEDED',
  529: 'UNAVAILABLE',
}

const GOOGLE_MESSAGES: Record<string, string> = {
  INVALID_ARGUMENT: 'Request contains an invalid argument.',
  UNAUTHENTICATED:
    'Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential.',
  PERMISSION_DENIED: 'The caller does not have permission',
  NOT_FOUND: 'Requested entity was not found.',
  ABORTED: 'The operation was aborted.',
  RESOURCE_EXHAUSTED: 'Quota exceeded for aiplatform.googleapis.com/online_prediction_requests.',
  CANCELLED: 'The operation was cancelled.',
  INTERNAL: 'Internal error encountered.',
  UNIMPLEMENTED: 'Operation is not implemented, or supported, or enabled.',
  UNAVAILABLE: 'The service is currently unavailable.',
  DEADLINE_EXCEEDED: 'The request timed out.',
}

/** Google's error JSON for a status, as Vertex AI sends it. */
export function googleErrorBody(status: number, message?: string): object {
  const code = GOOGLE_STATUSES[status] ?? (status >= 500 ? 'INTERNAL' : 'INVALID_ARGUMENT')
  return {
    error: { code: status, message: message ?? GOOGLE_MESSAGES[code] ?? code, status: code },
  }
}

/** The status a non-streamed request gets for a scripted mid-stream error, per platform. */
function platformStatusFor(errorType: string, platform: FakePlatform): number {
  if (platform === 'anthropic') return 529
  if (errorType === 'overloaded_error') return 503
  if (errorType === 'rate_limit_error') return 429
  if (errorType === 'timeout_error') return platform === 'bedrock' ? 408 : 504
  if (errorType === 'api_error') return 500
  return platform === 'bedrock' ? 424 : 500
}

const isRetryableStatus = (status: number): boolean =>
  status === 408 || status === 409 || status === 429 || status >= 500

/** Rough token count of a request or text: characters / 4, at least 1. */
export const estimateTokens = (chars: number): number => Math.max(1, Math.ceil(chars / 4))

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function textOf(content: any): string {
  if (typeof content === 'string') return content
  if (Array.isArray(content)) {
    return content
      .map((block) => (typeof block?.text === 'string' ? block.text : JSON.stringify(block)))
      .join('')
  }
  return content == null ? '' : JSON.stringify(content)
}

/**
 * One AWS event-stream message: prelude (total length, headers length, both u32 BE, and the
 * prelude's CRC32), headers (name length u8, name, type 7 = string, value length u16 BE, value),
 * payload, and the CRC32 of everything before it.
 */
export function encodeEventStreamMessage(
  headers: Record<string, string>,
  payload: Buffer | string,
): Buffer {
  const headerParts: Buffer[] = []
  for (const [name, value] of Object.entries(headers)) {
    const nameBytes = Buffer.from(name, 'utf8')
    const valueBytes = Buffer.from(value, 'utf8')
    const header = Buffer.alloc(1 + nameBytes.length + 3 + valueBytes.length)
    header.writeUInt8(nameBytes.length, 0)
    nameBytes.copy(header, 1)
    header.writeUInt8(7, 1 + nameBytes.length)
    header.writeUInt16BE(valueBytes.length, 2 + nameBytes.length)
    valueBytes.copy(header, 4 + nameBytes.length)
    headerParts.push(header)
  }
  const headerBytes = Buffer.concat(headerParts)
  const body = typeof payload === 'string' ? Buffer.from(payload, 'utf8') : payload
  const totalLength = 12 + headerBytes.length + body.length + 4
  const message = Buffer.alloc(totalLength)
  message.writeUInt32BE(totalLength, 0)
  message.writeUInt32BE(headerBytes.length, 4)
  message.writeUInt32BE(crc32(message.subarray(0, 8)), 8)
  headerBytes.copy(message, 12)
  body.copy(message, 12 + headerBytes.length)
  message.writeUInt32BE(crc32(message.subarray(0, totalLength - 4)), totalLength - 4)
  return message
}

// Bedrock pads chunk payloads with a `p` field of varying length so sizes leak less.
const PADDING = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'

/** A Bedrock `chunk` event carrying one Anthropic stream event, as `bytes` in base64. */
function bedrockChunk(event: object): Buffer {
  const bytes = Buffer.from(JSON.stringify(event), 'utf8').toString('base64')
  const payload = JSON.stringify({ bytes, p: PADDING.slice(0, 1 + (bytes.length % 40)) })
  return encodeEventStreamMessage(
    { ':event-type': 'chunk', ':content-type': 'application/json', ':message-type': 'event' },
    payload,
  )
}

/** SigV4's URI encoding (RFC 3986 unreserved characters kept, `!'()*` escaped too). */
const escapeUri = (value: string): string =>
  encodeURIComponent(value).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  )

/**
 * The canonical URI of a non-S3 service, as `@smithy/signature-v4` computes it: the path as sent,
 * dot segments and empty segments removed, then URI-encoded once more (so `%2F` in a model ARN
 * becomes `%252F`, `:` becomes `%3A`), slashes kept.
 */
function canonicalUri(path: string): string {
  const segments: string[] = []
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.') continue
    if (segment === '..') segments.pop()
    else segments.push(segment)
  }
  const trailing = segments.length > 0 && path.endsWith('/') ? '/' : ''
  const normalized = `${path.startsWith('/') ? '/' : ''}${segments.join('/')}${trailing}`
  return escapeUri(normalized).replace(/%2F/g, '/')
}

function canonicalQuery(query: string): string {
  const pairs = [...new URLSearchParams(query)]
    .filter(([key]) => key.toLowerCase() !== 'x-amz-signature')
    .map(([key, value]) => [escapeUri(key), escapeUri(value)] as const)
  pairs.sort(([k1, v1], [k2, v2]) => (k1 < k2 ? -1 : k1 > k2 ? 1 : v1 < v2 ? -1 : v1 > v2 ? 1 : 0))
  return pairs.map(([key, value]) => `${key}=${value}`).join('&')
}

const sha256Hex = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex')

const hmac = (key: string | Buffer, data: string): Buffer =>
  createHmac('sha256', key).update(data, 'utf8').digest()

type SigV4Outcome =
  { ok: true; accessKeyId: string } | { ok: false; status: number; type: string; message: string }

const INVALID_TOKEN = 'The security token included in the request is invalid.'

/**
 * Verifies a SigV4-signed bedrock request the way AWS does: the credential scope, the session
 * token, the clock, the payload hash, then the signature over the recomputed canonical request.
 */
export function verifySigV4(
  request: { method: string; url: string; headers: IncomingHttpHeaders; body: Buffer },
  aws: FakeAwsCredentials,
  now: number = Date.now(),
): SigV4Outcome {
  const fail = (type: string, message: string): SigV4Outcome => ({
    ok: false,
    status: 403,
    type,
    message,
  })
  const header = (name: string): string | undefined => {
    const value = request.headers[name]
    return Array.isArray(value) ? value.join(',') : value
  }
  const authorization = header('authorization')
  if (!authorization)
    return fail('MissingAuthenticationTokenException', 'Missing Authentication Token')
  const parsed =
    /^AWS4-HMAC-SHA256 Credential=([^,\s]+),\s*SignedHeaders=([^,\s]+),\s*Signature=([0-9a-f]{64})$/.exec(
      authorization,
    )
  const credential = parsed?.[1]?.split('/')
  if (!parsed || credential?.length !== 5) {
    return fail(
      'IncompleteSignatureException',
      `Authorization header requires 'Credential', 'Signature' and 'SignedHeaders' parameters. Authorization=${authorization.split(' ')[0]}`,
    )
  }
  const [accessKeyId = '', date = '', region = '', service = '', terminator = ''] = credential
  const signedHeaders = parsed[2] ?? ''
  const signature = parsed[3] ?? ''
  if (accessKeyId !== aws.accessKeyId) return fail('UnrecognizedClientException', INVALID_TOKEN)
  if (header('x-amz-security-token') !== aws.sessionToken) {
    return fail('UnrecognizedClientException', INVALID_TOKEN)
  }
  const amzDate = header('x-amz-date') ?? ''
  const stamp = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(amzDate)
  if (!stamp) {
    return fail(
      'IncompleteSignatureException',
      "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.",
    )
  }
  if (date !== amzDate.slice(0, 8)) {
    return fail(
      'InvalidSignatureException',
      `Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '${date}' != '${amzDate.slice(0, 8)}', from '${amzDate}'.`,
    )
  }
  if (region !== aws.region) {
    return fail('InvalidSignatureException', `Credential should be scoped to a valid region. `)
  }
  if (service !== 'bedrock') {
    return fail(
      'InvalidSignatureException',
      `Credential should be scoped to correct service: 'bedrock'. `,
    )
  }
  if (terminator !== 'aws4_request') {
    return fail(
      'InvalidSignatureException',
      `Credential should be scoped with a valid terminator: 'aws4_request', not '${terminator}'. `,
    )
  }
  const [, year, month, day, hours, minutes, seconds] = stamp.map(Number)
  const signedAt = Date.UTC(year!, month! - 1, day!, hours!, minutes!, seconds!)
  if (Math.abs(now - signedAt) > 5 * 60_000) {
    return fail(
      'InvalidSignatureException',
      `Signature expired: ${amzDate} is out of the 5 minute window.`,
    )
  }
  const names = signedHeaders.split(';')
  if (!names.includes('host')) {
    return fail(
      'InvalidSignatureException',
      "'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.",
    )
  }
  const bodyHash = sha256Hex(request.body)
  const claimedHash = header('x-amz-content-sha256')
  if (claimedHash !== undefined && claimedHash !== bodyHash) {
    return fail(
      'InvalidSignatureException',
      "The provided 'x-amz-content-sha256' header does not match what was computed.",
    )
  }
  const [path = '/', query = ''] = request.url.split(/\?(.*)/s)
  const canonicalHeaders = names
    .map((name) => `${name}:${(header(name) ?? '').trim().replace(/\s+/g, ' ')}\n`)
    .join('')
  const canonicalRequest = [
    request.method.toUpperCase(),
    canonicalUri(path),
    canonicalQuery(query),
    canonicalHeaders,
    signedHeaders,
    claimedHash ?? bodyHash,
  ].join('\n')
  const scope = `${date}/${region}/${service}/aws4_request`
  const stringToSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256Hex(canonicalRequest)].join('\n')
  let key: Buffer = hmac(`AWS4${aws.secretAccessKey}`, date)
  for (const part of [region, service, 'aws4_request']) key = hmac(key, part)
  const expected = createHmac('sha256', key).update(stringToSign, 'utf8').digest()
  if (!timingSafeEqual(expected, Buffer.from(signature, 'hex'))) {
    return fail(
      'InvalidSignatureException',
      'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.',
    )
  }
  return { ok: true, accessKeyId }
}

/** The workload identity provider of the credentials `writeGoogleExternalAccountCredentials` writes. */
export const FAKE_WORKLOAD_IDENTITY_AUDIENCE =
  '//iam.googleapis.com/projects/123456/locations/global/workloadIdentityPools/github/providers/github'

/**
 * Writes Application Default Credentials for Workload Identity Federation without service
 * account impersonation, shaped like google-github-actions/auth's `gha-creds-*.json`, with the
 * STS `token_url` on the fake. The real action points `credential_source` at the Actions OIDC
 * URL; here it is a file holding `subjectToken`. Returns the JSON's path, for
 * `GOOGLE_APPLICATION_CREDENTIALS` or `new GoogleAuth({ keyFilename })`.
 */
export async function writeGoogleExternalAccountCredentials(
  dir: string,
  fakeUrl: string,
  subjectToken: string,
): Promise<string> {
  await mkdir(dir, { recursive: true })
  const tokenFile = join(dir, 'github-oidc-token.jwt')
  await writeFile(tokenFile, subjectToken, { mode: 0o600 })
  const credentials = {
    type: 'external_account',
    audience: FAKE_WORKLOAD_IDENTITY_AUDIENCE,
    subject_token_type: 'urn:ietf:params:oauth:token-type:jwt',
    token_url: `${fakeUrl.replace(/\/+$/, '')}/v1/token`,
    credential_source: { file: tokenFile },
  }
  const file = join(dir, `gha-creds-${randomBytes(8).toString('hex')}.json`)
  await writeFile(file, JSON.stringify(credentials), { mode: 0o600 })
  return file
}

/** Percent-decoded path segments, or undefined when one is malformed. */
function decodePathSegments(segments: (string | undefined)[]): string[] | undefined {
  try {
    return segments.map((segment) => decodeURIComponent(segment ?? ''))
  } catch {
    return undefined
  }
}

/** How a stream's events and its scripted error go over the wire. */
interface StreamWire {
  start(res: ServerResponse): void
  event(res: ServerResponse, name: string, data: object): boolean
  error(res: ServerResponse, type: string, message: string | undefined): void
}

export async function startFakeAnthropic(
  options: FakeAnthropicOptions = {},
): Promise<FakeAnthropic> {
  const requests: FakeRequest[] = []
  const queue: FakeResponse[] = []
  const sockets = new Set<Socket>()
  const timers = new Set<NodeJS.Timeout>()
  const cache = new Set<string>()
  const accessTokens = new Set<string>()
  let responder: FakeResponder =
    options.defaultResponder ?? (() => 'Hello from the fake Anthropic API.')
  let counter = 0
  let closed = false

  const platform = options.platform ?? 'anthropic'
  const minCacheTokens = options.minCacheTokens ?? 1024
  const retryAfterMs = options.retryAfterMs ?? 1

  /** Resolves after `ms` (at once for 0), or when the response closes; false if it closed. */
  const pause = (ms: number, res: ServerResponse): Promise<boolean> =>
    new Promise((resolve) => {
      if (res.destroyed || closed) return resolve(false)
      if (ms <= 0) return setImmediate(() => resolve(!res.destroyed))
      const onClose = () => {
        clearTimeout(timer)
        timers.delete(timer)
        resolve(false)
      }
      const timer = setTimeout(() => {
        timers.delete(timer)
        res.off('close', onClose)
        resolve(!res.destroyed)
      }, ms)
      timers.add(timer)
      res.once('close', onClose)
    })

  function usageFor(
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    body: any,
    model: unknown,
    outputText: string,
    override?: Partial<FakeUsage>,
  ): FakeUsage {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const system: any[] =
      typeof body.system === 'string' ? [{ type: 'text', text: body.system }] : (body.system ?? [])
    const systemChars = system.map((block) => textOf(block?.text ?? '')).join('').length
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const messageChars = (body.messages ?? []).map((m: any) => textOf(m?.content)).join('').length
    let cacheCreation = 0
    let cacheRead = 0
    let uncachedSystemChars = systemChars
    const lastMarked = system.findLastIndex((block) => block?.cache_control != null)
    if (lastMarked >= 0) {
      const prefix = system.slice(0, lastMarked + 1)
      const prefixTokens = estimateTokens(
        prefix.map((block) => textOf(block?.text)).join('').length,
      )
      if (prefixTokens >= minCacheTokens) {
        const key = createHash('sha256')
          .update(JSON.stringify([model, prefix]))
          .digest('hex')
        if (cache.has(key)) cacheRead = prefixTokens
        else {
          cache.add(key)
          cacheCreation = prefixTokens
        }
        uncachedSystemChars = systemChars - prefix.map((b) => textOf(b?.text)).join('').length
      }
    }
    return {
      input_tokens: estimateTokens(uncachedSystemChars + messageChars),
      output_tokens: estimateTokens(outputText.length),
      cache_creation_input_tokens: cacheCreation,
      cache_read_input_tokens: cacheRead,
      ...override,
    }
  }

  function sendJson(
    res: ServerResponse,
    status: number,
    body: unknown,
    headers: Record<string, string> = {},
  ): void {
    const text = typeof body === 'string' ? body : JSON.stringify(body)
    res.writeHead(status, {
      'content-type': 'application/json',
      'content-length': String(Buffer.byteLength(text)),
      ...headers,
    })
    res.end(text)
  }

  function sendStatus(res: ServerResponse, response: FakeStatusResponse): void {
    const headers: Record<string, string> = {}
    if (isRetryableStatus(response.status)) headers['retry-after-ms'] = String(retryAfterMs)
    let body = response.body
    if (platform === 'bedrock') {
      const error = bedrockError(response.status)
      Object.assign(headers, error.headers, { 'x-amzn-requestid': randomUUID() })
      body ??= error.body
    } else if (platform === 'vertex') {
      body ??= googleErrorBody(response.status)
    } else {
      body ??= anthropicErrorBody(response.status)
    }
    Object.assign(headers, response.headers)
    sendJson(res, response.status, body, headers)
  }

  const sendBedrockError = (res: ServerResponse, status: number, message: string, type?: string) =>
    sendStatus(res, { status, ...bedrockError(status, message, type) })

  const sendGoogleError = (res: ServerResponse, status: number, message: string) =>
    sendStatus(res, { status, body: googleErrorBody(status, message) })

  const sse = (res: ServerResponse, event: string, data: object): boolean =>
    res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`)

  const sseError = (res: ServerResponse, type: string, message: string | undefined): void => {
    sse(res, 'error', {
      type: 'error',
      error: { type, message: message ?? ERROR_MESSAGES[type] ?? type },
    })
  }

  function wireFor(): StreamWire {
    if (platform === 'bedrock') {
      return {
        start: (res) =>
          res.writeHead(200, {
            'content-type': 'application/vnd.amazon.eventstream',
            'x-amzn-requestid': randomUUID(),
            'x-amzn-bedrock-content-type': 'application/json',
          }),
        event: (res, _name, data) => res.write(bedrockChunk(data)),
        error: (res, type, message) => {
          const exceptionType =
            type in BEDROCK_STREAM_EXCEPTIONS
              ? type
              : (BEDROCK_EXCEPTION_FOR_ERROR[type] ?? 'modelStreamErrorException')
          const frame = encodeEventStreamMessage(
            {
              ':exception-type': exceptionType,
              ':content-type': 'application/json',
              ':message-type': 'exception',
            },
            JSON.stringify({ message: message ?? BEDROCK_STREAM_EXCEPTIONS[exceptionType] }),
          )
          res.write(frame)
        },
      }
    }
    const headers: Record<string, string> = {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache',
    }
    if (platform === 'anthropic') headers['request-id'] = `req_fake_${counter}`
    return { start: (res) => res.writeHead(200, headers), event: sse, error: sseError }
  }

  async function stream(
    res: ServerResponse,
    body: FakeRequest['body'],
    model: unknown,
    response: FakeResponse,
    request?: FakeRequest,
  ): Promise<void> {
    const text = 'text' in response && typeof response.text === 'string' ? response.text : ''
    let limit = text.length
    if ('cutAfterChars' in response) limit = response.cutAfterChars
    if ('errorEventAfterChars' in response) limit = response.errorEventAfterChars
    if ('endAfterChars' in response) limit = response.endAfterChars
    if ('hangAfterChars' in response) limit = response.hangAfterChars
    const streamed = text.slice(0, limit)
    if (request) request.responseChars = streamed.length
    const startedAt = performance.now()
    const pacing = response as FakeStreamOptions
    const chunkSize = Math.max(1, pacing.chunkSize ?? options.chunkSize ?? 16)
    const tokensPerSecond = pacing.tokensPerSecond ?? options.tokensPerSecond
    const chunkDelayMs =
      pacing.chunkDelayMs ??
      (tokensPerSecond ? ((chunkSize / 4) * 1000) / tokensPerSecond : undefined) ??
      options.chunkDelayMs ??
      0
    const firstTokenDelayMs = pacing.firstTokenDelayMs ?? options.firstTokenDelayMs ?? 0
    const usage = usageFor(body, model, streamed, pacing.usage)
    const wire = wireFor()
    let complete = false
    if (request) {
      request.sentChars = 0
      res.once('close', () => {
        if (!complete && !closed) request.closedByClient = true
      })
    }

    wire.start(res)
    wire.event(res, 'message_start', {
      type: 'message_start',
      message: {
        id: `msg_fake_${counter}`,
        type: 'message',
        role: 'assistant',
        model,
        content: [],
        stop_reason: null,
        stop_sequence: null,
        stop_details: null,
        usage: {
          input_tokens: usage.input_tokens,
          output_tokens: 1,
          cache_creation_input_tokens: usage.cache_creation_input_tokens,
          cache_read_input_tokens: usage.cache_read_input_tokens,
          service_tier: 'standard',
        },
      },
    })
    wire.event(res, 'content_block_start', {
      type: 'content_block_start',
      index: 0,
      content_block: { type: 'text', text: '' },
    })
    wire.event(res, 'ping', { type: 'ping' })
    if (!(await pause(firstTokenDelayMs, res))) return
    const firstByteMs = performance.now() - startedAt
    for (let at = 0; at < streamed.length; at += chunkSize) {
      if (at > 0 && !(await pause(chunkDelayMs, res))) return
      const chunk = streamed.slice(at, at + chunkSize)
      wire.event(res, 'content_block_delta', {
        type: 'content_block_delta',
        index: 0,
        delta: { type: 'text_delta', text: chunk },
      })
      if (request) request.sentChars = (request.sentChars ?? 0) + chunk.length
    }

    if ('hangAfterChars' in response) return // stall; the client's abort or close() ends it
    // From here the server ends the response itself, whichever way it was scripted to.
    complete = true
    if ('errorEventAfterChars' in response) {
      wire.error(res, response.errorType ?? 'overloaded_error', response.errorMessage)
      res.end()
      return
    }
    if ('endAfterChars' in response) {
      res.end()
      return
    }
    if ('cutAfterChars' in response) {
      // Let the partial events reach the client, then drop the connection without a final chunk.
      res.write('', () => setImmediate(() => res.socket?.destroy()))
      return
    }
    const stopReason = 'stopReason' in response ? (response.stopReason ?? 'end_turn') : 'end_turn'
    wire.event(res, 'content_block_stop', { type: 'content_block_stop', index: 0 })
    wire.event(res, 'message_delta', {
      type: 'message_delta',
      delta: { stop_reason: stopReason, stop_sequence: null },
      usage: {
        input_tokens: usage.input_tokens,
        output_tokens: usage.output_tokens,
        cache_creation_input_tokens: usage.cache_creation_input_tokens,
        cache_read_input_tokens: usage.cache_read_input_tokens,
      },
    })
    const stop: Record<string, unknown> = { type: 'message_stop' }
    if (platform === 'bedrock') {
      // Bedrock appends its invocation metrics to the last event.
      stop['amazon-bedrock-invocationMetrics'] = {
        inputTokenCount: usage.input_tokens,
        outputTokenCount: usage.output_tokens,
        invocationLatency: Math.round(performance.now() - startedAt),
        firstByteLatency: Math.round(firstByteMs),
      }
    }
    wire.event(res, 'message_stop', stop)
    if (request) request.streamMs = performance.now() - startedAt
    res.end()
  }

  function sendMessage(
    res: ServerResponse,
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    body: any,
    model: unknown,
    response: FakeResponse,
  ): void {
    if ('hangAfterChars' in response) return // never answers
    if ('cutAfterChars' in response || 'endAfterChars' in response) {
      res.writeHead(200, { 'content-type': 'application/json' })
      res.write('{"id":"msg_fake_', () => setImmediate(() => res.socket?.destroy()))
      return
    }
    if ('errorEventAfterChars' in response) {
      const status = platformStatusFor(response.errorType ?? 'overloaded_error', platform)
      return sendStatus(res, { status })
    }
    const startedAt = performance.now()
    const text = 'text' in response ? response.text : ''
    const usage = usageFor(body, model, text, (response as FakeStreamOptions).usage)
    const headers: Record<string, string> = {}
    if (platform === 'anthropic') headers['request-id'] = `req_fake_${counter}`
    if (platform === 'bedrock') {
      headers['x-amzn-requestid'] = randomUUID()
      headers['x-amzn-bedrock-input-token-count'] = String(usage.input_tokens)
      headers['x-amzn-bedrock-output-token-count'] = String(usage.output_tokens)
      headers['x-amzn-bedrock-invocation-latency'] = String(
        Math.round(performance.now() - startedAt),
      )
    }
    sendJson(
      res,
      200,
      {
        id: `msg_fake_${counter}`,
        type: 'message',
        role: 'assistant',
        model,
        content: [{ type: 'text', text }],
        stop_reason: 'stopReason' in response ? (response.stopReason ?? 'end_turn') : 'end_turn',
        stop_sequence: null,
        stop_details: null,
        usage,
      },
      headers,
    )
  }

  /** Answers a validated Messages request with the next scripted response. */
  function respond(
    res: ServerResponse,
    body: FakeRequest['body'],
    model: unknown,
    request: FakeRequest,
    streamed: boolean,
  ): Promise<void> | void {
    let response = queue.shift()
    if (response === undefined) {
      const answer = responder(body, request)
      response = typeof answer === 'string' ? { text: answer } : answer
    }
    if ('status' in response) return sendStatus(res, response)
    if (streamed) return stream(res, body, model, response, request)
    return sendMessage(res, body, model, response)
  }

  function handleAnthropic(
    req: IncomingMessage,
    res: ServerResponse,
    request: FakeRequest,
    badJson: boolean,
  ): Promise<void> | void {
    const { path, body } = request
    const isMessages = path === '/v1/messages' || path === '/v1/messages/count_tokens'
    if (req.method !== 'POST' || !isMessages) {
      return sendJson(res, 404, anthropicErrorBody(404, `Not found: ${req.method} ${path}`))
    }
    if (options.apiKey !== undefined && request.apiKey !== options.apiKey) {
      return sendJson(res, 401, anthropicErrorBody(401))
    }
    if (badJson || typeof body !== 'object' || body === null) {
      return sendJson(res, 400, anthropicErrorBody(400, 'Request body is not valid JSON'))
    }
    for (const field of ['model', 'messages'].concat(
      path === '/v1/messages' ? ['max_tokens'] : [],
    )) {
      if (body[field] === undefined) {
        return sendJson(res, 400, anthropicErrorBody(400, `${field}: Field required`))
      }
    }
    if (options.knownModels && !options.knownModels.includes(body.model)) {
      return sendJson(res, 404, anthropicErrorBody(404, `model: ${body.model}`))
    }
    if (path === '/v1/messages/count_tokens') {
      return sendJson(res, 200, { input_tokens: usageFor(body, body.model, '').input_tokens })
    }
    return respond(res, body, body.model, request, body.stream === true)
  }

  function handleBedrock(
    req: IncomingMessage,
    res: ServerResponse,
    request: FakeRequest,
    raw: Buffer,
    badJson: boolean,
  ): Promise<void> | void {
    const route = /^\/model\/([^/]+)\/(invoke|invoke-with-response-stream)$/.exec(request.path)
    if (req.method !== 'POST' || !route) {
      return sendBedrockError(
        res,
        404,
        `Unknown operation: ${req.method} ${request.path}`,
        'UnknownOperationException',
      )
    }
    const [modelId] = decodePathSegments([route[1]]) ?? []
    if (modelId === undefined) {
      return sendBedrockError(res, 400, 'The provided model identifier is invalid.')
    }
    request.model = modelId

    const authorization = req.headers.authorization ?? ''
    if (authorization.startsWith('AWS4-HMAC-SHA256')) {
      const credential = /Credential=([^/,\s]+)\//.exec(authorization)?.[1]
      if (credential) request.awsAccessKeyId = credential
      if (options.aws) {
        const outcome = verifySigV4(
          { method: req.method ?? 'POST', url: req.url ?? '/', headers: req.headers, body: raw },
          options.aws,
        )
        if (!outcome.ok) return sendBedrockError(res, outcome.status, outcome.message, outcome.type)
      } else if (options.apiKey !== undefined) {
        return sendBedrockError(res, 403, INVALID_TOKEN, 'UnrecognizedClientException')
      }
    } else if (request.apiKey !== undefined) {
      // A Bedrock API key travels as a bearer token; with only `aws` configured none is valid.
      const validKey =
        options.apiKey !== undefined ? request.apiKey === options.apiKey : !options.aws
      if (!validKey) return sendBedrockError(res, 403, INVALID_TOKEN, 'UnrecognizedClientException')
    } else if (options.aws || options.apiKey !== undefined) {
      return sendBedrockError(
        res,
        403,
        'Missing Authentication Token',
        'MissingAuthenticationTokenException',
      )
    }

    const body = request.body
    if (badJson || typeof body !== 'object' || body === null || Array.isArray(body)) {
      return sendBedrockError(res, 400, BEDROCK_ERROR_MESSAGES.ValidationException!)
    }
    // Bedrock takes the model from the path and the streaming mode from the operation.
    for (const field of ['model', 'stream']) {
      if (field in body) {
        return sendBedrockError(
          res,
          400,
          `Malformed input request: #: extraneous key [${field}] is not permitted, please reformat your input and try again.`,
        )
      }
    }
    for (const field of ['anthropic_version', 'messages', 'max_tokens']) {
      if (body[field] === undefined) {
        return sendBedrockError(
          res,
          400,
          `Malformed input request: #: required key [${field}] not found, please reformat your input and try again.`,
        )
      }
    }
    if (options.knownModels && !options.knownModels.includes(modelId)) {
      return sendBedrockError(
        res,
        404,
        `Could not resolve the foundation model from the provided model identifier: ${modelId}`,
      )
    }
    return respond(res, body, modelId, request, route[2] === 'invoke-with-response-stream')
  }

  function handleTokenExchange(res: ServerResponse, request: FakeRequest, raw: Buffer): void {
    const google = options.google
    if (!google || request.method !== 'POST') {
      return sendGoogleError(res, 404, `Not found: ${request.method} ${request.path}`)
    }
    const form = Object.fromEntries(new URLSearchParams(raw.toString('utf8')))
    request.body = form
    const oauthError = (error: string, description: string) =>
      sendJson(res, 400, { error, error_description: description })
    if (form.grant_type !== 'urn:ietf:params:oauth:grant-type:token-exchange') {
      return oauthError('unsupported_grant_type', 'Invalid value for "grant_type".')
    }
    if (form.requested_token_type !== 'urn:ietf:params:oauth:token-type:access_token') {
      return oauthError('invalid_request', 'Invalid value for "requested_token_type".')
    }
    const subjectTypes = [
      'urn:ietf:params:oauth:token-type:jwt',
      'urn:ietf:params:oauth:token-type:id_token',
    ]
    if (!subjectTypes.includes(form.subject_token_type ?? '')) {
      return oauthError('invalid_request', 'Invalid value for "subject_token_type".')
    }
    if (!/^\/\/iam\.googleapis\.com\/(projects|locations)\//.test(form.audience ?? '')) {
      return oauthError('invalid_request', 'Invalid value for "audience".')
    }
    if (!form.subject_token) return oauthError('invalid_request', 'Missing "subject_token".')
    if (form.subject_token !== google.subjectToken) {
      return oauthError(
        'invalid_grant',
        'The given subject token is invalid or does not match the provider.',
      )
    }
    const accessToken = `ya29.fake-${accessTokens.size + 1}`
    accessTokens.add(accessToken)
    sendJson(res, 200, {
      access_token: accessToken,
      issued_token_type: 'urn:ietf:params:oauth:token-type:access_token',
      token_type: 'Bearer',
      expires_in: 3600,
    })
  }

  function handleVertex(
    req: IncomingMessage,
    res: ServerResponse,
    request: FakeRequest,
    raw: Buffer,
    badJson: boolean,
  ): Promise<void> | void {
    if (request.path === '/v1/token') return handleTokenExchange(res, request, raw)
    const route =
      /^\/v1\/projects\/([^/]+)\/locations\/([^/]+)\/publishers\/anthropic\/models\/([^/]+):(rawPredict|streamRawPredict)$/.exec(
        request.path,
      )
    if (req.method !== 'POST' || !route) {
      return sendGoogleError(res, 404, `Not found: ${req.method} ${request.path}`)
    }
    const decoded = decodePathSegments(route.slice(1, 4))
    if (!decoded) return sendGoogleError(res, 400, 'Invalid resource name.')
    const [project = '', region = '', model = ''] = decoded
    const resource = `projects/${project}/locations/${region}/publishers/anthropic/models/${model}`
    request.vertex = { project, region }
    const countTokens = model === 'count-tokens' && route[4] === 'rawPredict'
    if (!countTokens) request.model = model

    const google = options.google
    const authenticated = google
      ? accessTokens.has(request.apiKey ?? '')
      : options.apiKey === undefined || request.apiKey === options.apiKey
    if (!authenticated) return sendGoogleError(res, 401, GOOGLE_MESSAGES.UNAUTHENTICATED!)
    if (google && project !== google.projectId) {
      return sendGoogleError(
        res,
        403,
        `Permission 'aiplatform.endpoints.predict' denied on resource '//aiplatform.googleapis.com/${resource}' (or it may not exist).`,
      )
    }
    if (google && region !== google.region) {
      return sendGoogleError(res, 404, `Publisher Model \`${resource}\` not found.`)
    }

    const body = request.body
    if (badJson || typeof body !== 'object' || body === null || Array.isArray(body)) {
      return sendGoogleError(res, 400, 'Invalid JSON payload received.')
    }
    if (countTokens) {
      // The one Vertex route that takes the model from the body.
      for (const field of ['model', 'messages']) {
        if (body[field] === undefined) return sendGoogleError(res, 400, `${field}: Field required`)
      }
      request.model = typeof body.model === 'string' ? body.model : undefined
      if (options.knownModels && !options.knownModels.includes(body.model)) {
        return sendGoogleError(res, 404, `Publisher Model \`${body.model}\` not found.`)
      }
      return sendJson(res, 200, { input_tokens: usageFor(body, body.model, '').input_tokens })
    }
    if ('model' in body) return sendGoogleError(res, 400, 'model: Extra inputs are not permitted')
    for (const field of ['anthropic_version', 'messages', 'max_tokens']) {
      if (body[field] === undefined) return sendGoogleError(res, 400, `${field}: Field required`)
    }
    if (options.knownModels && !options.knownModels.includes(model)) {
      return sendGoogleError(res, 404, `Publisher Model \`${resource}\` not found.`)
    }
    return respond(res, body, model, request, route[4] === 'streamRawPredict')
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const rawBytes = Buffer.concat(chunks)
    const raw = rawBytes.toString('utf8')
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    let body: any = undefined
    let badJson = false
    if (raw) {
      try {
        body = JSON.parse(raw)
      } catch {
        body = raw
        badJson = true
      }
    }
    const path = (req.url ?? '/').split('?')[0] ?? '/'
    const bearer = /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? '')?.[1]
    const sentKey = req.headers['x-api-key']
    const request: FakeRequest = {
      method: req.method ?? 'GET',
      path,
      headers: req.headers,
      apiKey: (Array.isArray(sentKey) ? sentKey[0] : sentKey) ?? bearer,
      body,
    }
    if (platform === 'anthropic' && typeof body?.model === 'string') request.model = body.model
    requests.push(request)
    counter++

    if (platform === 'bedrock') return handleBedrock(req, res, request, rawBytes, badJson)
    if (platform === 'vertex') return handleVertex(req, res, request, rawBytes, badJson)
    return handleAnthropic(req, res, request, badJson)
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (res.headersSent) res.destroy()
      else sendJson(res, 500, anthropicErrorBody(500, `fake server failure: ${String(error)}`))
    })
  })
  server.on('connection', (socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject)
      resolve()
    })
  })
  const { port } = server.address() as AddressInfo
  const url = `http://127.0.0.1:${port}`

  return {
    url,
    baseURL: platform === 'vertex' ? `${url}/v1` : url,
    requests,
    enqueue: (...responses) => {
      queue.push(...responses)
    },
    setDefault: (next) => {
      responder = next
    },
    pending: () => queue.length,
    clearCache: () => cache.clear(),
    close: async () => {
      if (closed) return
      closed = true
      for (const timer of timers) clearTimeout(timer)
      timers.clear()
      const stopped = new Promise<void>((resolve) => server.close(() => resolve()))
      for (const socket of sockets) socket.destroy()
      server.closeAllConnections()
      await stopped
    },
  }
}
