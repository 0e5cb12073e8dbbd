export const id = 556;
export const ids = [556];
export const modules = {

/***/ 73556:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createAnthropicModel: () => (/* binding */ createAnthropicModel),
  modelOptions: () => (/* binding */ modelOptions)
});

// EXTERNAL MODULE: ./node_modules/@anthropic-ai/sdk/client.mjs + 60 modules
var client = __webpack_require__(2968);
// EXTERNAL MODULE: ./src/config/defaults.ts
var defaults = __webpack_require__(31954);
// EXTERNAL MODULE: ./src/config/setting-names.ts
var setting_names = __webpack_require__(74523);
// EXTERNAL MODULE: ./src/config/usage.ts
var config_usage = __webpack_require__(75933);
// EXTERNAL MODULE: ./src/conversation/spend-cap.ts
var spend_cap = __webpack_require__(41958);
// EXTERNAL MODULE: ./src/text/describe-error.ts
var describe_error = __webpack_require__(98701);
// EXTERNAL MODULE: ./src/text/tokens.ts
var tokens = __webpack_require__(97837);
// EXTERNAL MODULE: ./node_modules/@anthropic-ai/sdk/core/error.mjs
var core_error = __webpack_require__(25064);
// EXTERNAL MODULE: ./src/text/wording.ts
var wording = __webpack_require__(42179);
// EXTERNAL MODULE: ./src/adapters/network-failure.ts
var network_failure = __webpack_require__(4329);
;// CONCATENATED MODULE: ./src/adapters/model/retry.ts

/** SSE `error` event types that are worth re-sending the request for (Bedrock's too). */
const TRANSIENT_STREAM_ERRORS = new Set([
    'overloaded_error',
    'api_error',
    'rate_limit_error',
    'timeout_error',
    'throttlingException',
    'serviceUnavailableException',
    'internalServerException',
    'modelStreamErrorException',
    'modelTimeoutException',
    'modelNotReadyException',
]);
/** Whether an SSE `error` event may pass if the request is sent again; one without a type may. */
function isTransientStreamError(type) {
    return type === undefined || TRANSIENT_STREAM_ERRORS.has(type);
}
/** The pause before stream retry `retry` (1-based): `baseMs`, doubling each time. */
function streamRetryDelay(retry, baseMs) {
    return baseMs * 2 ** (retry - 1);
}
/**
 * Thrown by the middleware to stop the SDK retrying a request that got no answer (an error from
 * middleware that is not a fetch error is passed on as it is). Its message and lack of `cause`
 * keep the SDK from taking it for a timeout, which it would retry.
 */
class GiveUpOnNetwork extends Error {
    failure;
    original;
    constructor(failure, 
    /** What the SDK would have retried. */
    original) {
        super('No answer; not retried again.');
        this.failure = failure;
        this.original = original;
        this.name = 'GiveUpOnNetwork';
    }
}
/**
 * For one request: what to throw to the SDK for each failed attempt. An error that got an answer
 * passes as it is; one that got none passes (to be retried) while its kind allows another try,
 * then becomes a GiveUpOnNetwork.
 */
function networkRetryGate(failureOf) {
    let retries = 0;
    return (error) => {
        const failure = failureOf(error);
        if (!failure)
            return error;
        if (retries >= (0,network_failure/* networkRetryLimit */.WK)(failure))
            return new GiveUpOnNetwork(failure, error);
        retries++;
        return error;
    };
}
/** The SDK middleware for one request that applies `networkRetryGate` to its attempts. */
function limitNetworkRetries(failureOf) {
    const gate = networkRetryGate(failureOf);
    return async (request, next) => {
        try {
            return await next(request);
        }
        catch (error) {
            throw gate(error);
        }
    };
}
/** Waits `ms`, or less if the signal aborts first. */
function sleep(ms, signal) {
    return new Promise((resolve) => {
        if (ms <= 0 || signal.aborted)
            return resolve();
        const onAbort = () => {
            clearTimeout(timer);
            resolve();
        };
        const timer = setTimeout(() => {
            signal.removeEventListener('abort', onAbort);
            resolve();
        }, ms);
        signal.addEventListener('abort', onAbort, { once: true });
    });
}

;// CONCATENATED MODULE: ./src/adapters/model/errors.ts
/**
 * How a model call fails: the ModelError classes the engine and the command line tell apart, and
 * the mapping from what the SDK threw (an HTTP status and body, an SSE error event, a request that
 * got no answer, cloud credentials that could not be had) to one of them, with a message that
 * says what to check, in the terms of the platform and of the interface's settings.
 */







/** A failed model call. Messages are plain words for the workflow log and never hold the key. */
class ModelError extends Error {
    code;
    /** HTTP status of the API's answer, when the failure was one. */
    status;
    /** Tokens billed before the failure, as far as known (see client.ts). */
    usage = (0,config_usage/* emptyUsage */.ly)();
    constructor(code, message, status) {
        super(message);
        this.name = new.target.name;
        this.code = code;
        this.status = status;
    }
}
/** 401/403: the API key was rejected or lacks permission. */
class ModelAuthError extends ModelError {
    constructor(message, status) {
        super('auth', message, status);
    }
}
/** 404: the model (or the endpoint) does not exist. */
class ModelNotFoundError extends ModelError {
    constructor(message, status) {
        super('model_not_found', message, status);
    }
}
/** 400 and other non-retryable 4xx: the API refused the request as sent. */
class ModelRequestError extends ModelError {
    constructor(message, status) {
        super('bad_request', message, status);
    }
}
/** Overloaded, rate-limited, server errors or broken streams, after every retry. */
class ModelUnavailableError extends ModelError {
    constructor(message, status) {
        super('unavailable', message, status);
    }
}
/**
 * The request got no answer at all: the host's name did not resolve, the connection was refused
 * or timed out, the TLS handshake failed. `failure` says which, and names the host.
 */
class ModelUnreachableError extends ModelError {
    failure;
    constructor(message, failure) {
        super('unreachable', message);
        this.failure = failure;
    }
}
/** No complete response within the deadline. */
class ModelTimeoutError extends ModelError {
    constructor(message) {
        super('timeout', message);
    }
}
/** The model stopped at `max_tokens`, or when its context window was full. */
class ModelOutputTruncatedError extends ModelError {
    maxOutputTokens;
    outputTokens;
    constructor(message, 
    /** The `max_tokens` the request was sent with. */
    maxOutputTokens, 
    /** The output tokens the answer had reached when it stopped. */
    outputTokens) {
        super('output_truncated', message);
        this.maxOutputTokens = maxOutputTokens;
        this.outputTokens = outputTokens;
    }
}
/** The model declined to answer (`stop_reason: refusal`). */
class ModelRefusalError extends ModelError {
    constructor(message) {
        super('refusal', message);
    }
}
/** The values an error message must never show: the key and every header's value. */
function secretsOf(apiKey, headers) {
    return [apiKey, ...Object.values(headers ?? {})].filter((value) => value != null && value !== '');
}
/** Removes the secrets from an error's message and stack, whichever part built them. */
function redactError(error, secrets) {
    error.message = (0,describe_error/* redact */.E)(error.message, secrets);
    if (error.stack !== undefined)
        error.stack = (0,describe_error/* redact */.E)(error.stack, secrets);
    return error;
}
/** Maps an error the SDK threw (after its own retries) to a ModelError. */
function fromSdkError(error, call) {
    if (error instanceof GiveUpOnNetwork) {
        return error.original instanceof core_error/* APIConnectionError */.xX
            ? fromSdkError(error.original, call)
            : unreachable(error.failure, call);
    }
    if (error instanceof core_error/* APIConnectionTimeoutError */.qA)
        return fromConnectionTimeout(call);
    if (error instanceof core_error/* APIConnectionError */.xX)
        return fromConnectionError(error, call);
    if (error instanceof core_error/* APIError */.LG)
        return fromApiError(error, call);
    return new ModelUnavailableError(`The ${call.hints.apiName} call failed: ${(0,describe_error/* redact */.E)(describeCause(error), call.secrets)}`);
}
function fromConnectionTimeout(call) {
    const last = call.requests.lastNetworkFailure;
    // undici's connect timeout, which the SDK takes for its own.
    if (last?.kind === 'timeout')
        return unreachable(last, call);
    return new ModelTimeoutError(`No response from ${call.hints.api} within ${formatSeconds(call.timeoutMs)} ` +
        `(${(0,wording/* plural */.L)(call.requests.attempts, 'attempt')}).`);
}
function fromConnectionError(error, call) {
    if (isCredentialFailure(error.message))
        return fromCredentialFailure(error, call);
    const failure = call.requests.networkFailureOf(error.cause);
    if (failure)
        return unreachable(failure, call);
    const host = call.requests.lastHost ?? (0,network_failure/* hostOf */.w4)(call.baseURL) ?? 'the default endpoint';
    const cause = (0,describe_error/* redact */.E)(describeCause(error.cause ?? error), call.secrets);
    return new ModelUnavailableError(`Could not reach ${call.hints.api} at ${host} after ` +
        `${(0,wording/* plural */.L)(call.requests.attempts, 'attempt')} (${cause}).`);
}
/**
 * The platform SDK could not get cloud credentials: from the runner's environment, or from a
 * token endpoint it could not reach (named by the error, not by a request of ours).
 */
function fromCredentialFailure(error, call) {
    const network = credentialNetworkFailure(error);
    if (network) {
        const at = network.host ? ` at ${network.host}` : '';
        return new ModelUnreachableError((0,describe_error/* redact */.E)(`${error.message.replace(/\.$/, '')}: the credentials endpoint${at} could not be ` +
            `reached: ${(0,network_failure/* describeNetworkFailure */.Ku)(network)}. ` +
            (0,network_failure/* networkAdvice */.B0)(network, call.hints.credentialsSetting), call.secrets), network);
    }
    const cause = (0,describe_error/* redact */.E)(describeCause(error.cause ?? error), call.secrets);
    return new ModelAuthError(`${error.message} (${cause}). ${call.hints.credentials.missing}`);
}
/** An answer with an HTTP status, or an SSE `error` event (a status-less APIError). */
function fromApiError(error, call) {
    const apiMessage = (0,describe_error/* redact */.E)(messageOf(error), call.secrets);
    const type = error.type ?? undefined;
    if (error.status === undefined)
        return fromErrorType(type, apiMessage, call);
    return fromHttpStatus(error.status, type, apiMessage, call);
}
/** Maps the API's answer to a ModelError, by its status: each with what to check. */
function fromHttpStatus(status, type, apiMessage, call) {
    const { Api, apiName, credentials } = call.hints;
    if (status === 401) {
        return new ModelAuthError(`${Api} rejected ${credentials.what} (401). ${credentials.check}`, status);
    }
    if (status === 403) {
        return new ModelAuthError(`${Api} refused access with ${credentials.what} (403): ${apiMessage}. ${credentials.check} ${credentials.permissions}`, status);
    }
    if (status === 404) {
        return new ModelNotFoundError(`${Api} does not know the model "${call.model}" (404: ${apiMessage}). ${credentials.model}`, status);
    }
    if (status === 408 || status === 409 || status === 429 || status >= 500) {
        return new ModelUnavailableError(`${apiName} ${describeStatus(status)} (${status}) after ` +
            `${(0,wording/* plural */.L)(call.requests.attempts, 'attempt')}: ${apiMessage}. Try again later.`, status);
    }
    return new ModelRequestError(`${Api} rejected the request (${status}${type ? ` ${type}` : ''}): ${apiMessage}`, status);
}
/** Maps an SSE `error` event, by its type, to a ModelError. */
function fromErrorType(type, message, call) {
    const { Api, apiName, credentials } = call.hints;
    if (type === 'authentication_error' || type === 'permission_error') {
        return new ModelAuthError(`${Api} rejected ${credentials.what} mid-stream (${type}): ${message}. ${credentials.check}`);
    }
    if (type === 'not_found_error') {
        return new ModelNotFoundError(`${Api} does not know the model "${call.model}" (${type}): ${message}`);
    }
    if (isTransientStreamError(type)) {
        return new ModelUnavailableError(`${apiName} error mid-stream (${type ?? 'unknown'}): ${message}`);
    }
    return new ModelRequestError(`${Api} rejected the request (${type}): ${message}`);
}
/** A request that got no answer: the host it went to, why, and what to check. */
function unreachable(failure, call) {
    const { attempts, lastHost } = call.requests;
    const host = failure.host ?? lastHost ?? (0,network_failure/* hostOf */.w4)(call.baseURL) ?? 'its endpoint';
    const after = attempts > 1 ? ` after ${(0,wording/* plural */.L)(attempts, 'attempt')}` : '';
    return new ModelUnreachableError((0,describe_error/* redact */.E)(`Could not reach ${call.hints.api} at ${host}${after}: ${(0,network_failure/* describeNetworkFailure */.Ku)(failure)}. ` +
        (0,network_failure/* networkAdvice */.B0)(failure, call.hints.endpointSetting), call.secrets), failure);
}
/** The deadline passed; `partialText` is what had arrived of the answer. */
function noCompleteResponse(timeoutMs, partialText) {
    return new ModelTimeoutError(`No complete response from the model within ${formatSeconds(timeoutMs)}` +
        (partialText ? ` (about ${(0,tokens/* estimateTokens */.b)(partialText)} output tokens had arrived).` : '.'));
}
/** How the platform SDKs report that no cloud credentials could be found. */
const CREDENTIAL_FAILURE = /^Failed to (resolve AWS credentials|acquire Google OAuth credentials)/;
function isCredentialFailure(message) {
    return CREDENTIAL_FAILURE.test(message);
}
/**
 * The cloud metadata services the credential chains try last: off the cloud, not reaching one
 * means there are no credentials, not that the network is down.
 */
const METADATA_SERVICE = /^(\[?fd00:ec2::254\]?|169\.254\.169\.254|169\.254\.170\.2|metadata\.google\.internal)(:\d+)?$/;
function isMetadataService(failure) {
    return [failure.host, failure.address].some((host) => host != null && METADATA_SERVICE.test(host));
}
/** The network failure that kept a platform SDK from getting credentials, if that was it. */
function credentialNetworkFailure(error) {
    if (!(error instanceof core_error/* APIConnectionError */.xX) || !isCredentialFailure(error.message)) {
        return undefined;
    }
    const failure = (0,network_failure/* findNetworkFailure */.Ct)(error.cause);
    return failure && !isMetadataService(failure) ? failure : undefined;
}
/** The API's own words: Anthropic's `error.message`, or Bedrock's top-level `message`. */
function messageOf(error) {
    const body = error.error;
    return error.apiMessage ?? (typeof body?.message === 'string' ? body.message : error.message);
}
/** The messages of an error and its causes, e.g. "terminated: other side closed (UND_ERR_SOCKET)". */
function describeCause(error) {
    const parts = [];
    let current = error;
    for (let depth = 0; depth < 5 && current != null; depth++) {
        if (typeof current !== 'object') {
            parts.push(String(current));
            break;
        }
        const { message, code } = current;
        let part = typeof message === 'string' ? message : '';
        if (typeof code === 'string' && !part.includes(code))
            part = part ? `${part} (${code})` : code;
        if (part && !parts.includes(part))
            parts.push(part);
        current = current.cause;
    }
    return parts.join(': ') || 'unknown error';
}
function describeStatus(status) {
    if (status === 529)
        return 'overloaded';
    if (status === 429)
        return 'rate limit reached';
    if (status === 408)
        return 'request timed out';
    if (status === 409)
        return 'conflict';
    if (status === 500)
        return 'internal server error';
    if (status === 502 || status === 503)
        return 'unavailable';
    if (status === 504)
        return 'gateway timeout';
    return 'server error';
}
/** "0.15 s" under ten seconds, "600 s" above. */
function formatSeconds(ms) {
    return `${Number((ms / 1000).toFixed(ms < 10_000 ? 2 : 0))} s`;
}

// EXTERNAL MODULE: ./src/config/model-id.ts
var model_id = __webpack_require__(34925);
;// CONCATENATED MODULE: ./src/adapters/model/provider-hints.ts
/**
 * How messages name each platform that serves Claude, and what they tell a person to check there:
 * in the platform's own terms, and in the names of the settings of the interface that shows them
 * (the action's inputs or the command line's flags).
 */

function providerHints(provider, names, baseURL) {
    const api = model_id/* PROVIDER_NAMES */.xd[provider];
    return {
        api,
        Api: api.charAt(0).toUpperCase() + api.slice(1),
        apiName: api.replace(/^the /, ''),
        credentials: credentialHints(provider, names),
        endpointSetting: endpointSetting(provider, names, baseURL),
        credentialsSetting: provider === 'bedrock' ? names.awsCredentials : names.googleCredentials,
    };
}
function credentialHints(provider, names) {
    switch (provider) {
        case 'anthropic':
            return {
                what: 'the API key',
                check: `Check ${names.apiKey}.`,
                permissions: `Check the key’s permissions (and the gateway’s, if you set ${names.baseUrl}).`,
                missing: `Set ${names.apiKey}.`,
                model: `Check ${names.model} (and ${names.baseUrl}, if you set it).`,
            };
        case 'bedrock':
            return {
                what: 'the AWS credentials',
                check: `Check ${names.awsCredentials} and ${names.awsRegion}.`,
                permissions: 'The role needs bedrock:InvokeModelWithResponseStream on the model or inference profile, and the model must be enabled in Bedrock’s model access.',
                missing: names.awsSignIn,
                model: `Use a Bedrock model id or inference profile offered in the region, such as us.anthropic.claude-sonnet-5-5, in ${names.model}.`,
            };
        case 'vertex':
            return {
                what: 'the Google Cloud credentials',
                check: `Check ${names.googleCredentials} and ${names.vertexProjectId}.`,
                permissions: 'The identity needs the Vertex AI User role (aiplatform.endpoints.predict) in the project, and the Claude model must be enabled in the Model Garden.',
                missing: names.googleSignIn,
                model: `Use a Claude model enabled in the project’s Model Garden for this region, such as claude-sonnet-5-5, in ${names.model}, and check ${names.vertexRegion}.`,
            };
    }
}
/** A gateway's address is set by the base URL; a cloud's regional endpoint by its region. */
function endpointSetting(provider, names, baseURL) {
    if (baseURL || provider === 'anthropic')
        return names.baseUrl;
    return provider === 'bedrock' ? names.awsRegion : names.vertexRegion;
}

;// CONCATENATED MODULE: ./src/adapters/model/request.ts
/**
 * The `max_tokens` of one call: the request's own when it asks for fewer than the client's, never
 * more, and at least one.
 */
function callMaxTokens(request, clientMaxTokens) {
    const asked = request.maxOutputTokens ?? clientMaxTokens;
    return Math.max(1, Math.floor(Math.min(asked, clientMaxTokens)));
}
function messageParams(request, model, 
/** The client's `max_tokens`. */
maxOutputTokens) {
    const system = request.system.filter((text) => text.trim().length > 0);
    const params = {
        model,
        max_tokens: callMaxTokens(request, maxOutputTokens),
        messages: request.messages.map(({ role, content }) => ({ role, content })),
        stream: true,
    };
    if (system.length > 0) {
        // The cache breakpoint on the last block caches the whole system prompt.
        params.system = system.map((text, i) => i === system.length - 1
            ? { type: 'text', text, cache_control: { type: 'ephemeral' } }
            : { type: 'text', text });
    }
    return params;
}

;// CONCATENATED MODULE: ./src/adapters/model/request-log.ts
/**
 * The fetch the SDK is given, noting what its errors do not tell: how many HTTP requests a call
 * made (retries included), the host the last one went to (after a platform SDK rewrote the URL),
 * and, for a request that got no answer, why, classified with that host.
 */

const isObject = (value) => typeof value === 'object' && value !== null;
function createRequestLog(baseFetch) {
    let attempts = 0;
    let lastHost = null;
    let lastNetworkFailure = null;
    // Keyed by the error fetch threw and by its cause: the SDK passes on one or the other (a copy
    // with the same cause, for an error from another realm).
    const failures = new WeakMap();
    const loggingFetch = async (input, init) => {
        attempts++;
        const url = input instanceof Request ? input.url : input;
        lastHost = (0,network_failure/* hostOf */.w4)(url) ?? lastHost;
        lastNetworkFailure = null;
        try {
            return await baseFetch(input, init);
        }
        catch (error) {
            const failure = (0,network_failure/* findNetworkFailure */.Ct)(error, url);
            if (failure && isObject(error)) {
                lastNetworkFailure = failure;
                failures.set(error, failure);
                const cause = error.cause;
                if (isObject(cause))
                    failures.set(cause, failure);
            }
            throw error;
        }
    };
    return {
        fetch: loggingFetch,
        get attempts() {
            return attempts;
        },
        get lastHost() {
            return lastHost;
        },
        get lastNetworkFailure() {
            return lastNetworkFailure;
        },
        networkFailureOf(error) {
            if (!isObject(error))
                return undefined;
            const cause = error.cause;
            return failures.get(error) ?? (isObject(cause) ? failures.get(cause) : undefined);
        },
        startCall() {
            attempts = 0;
        },
    };
}

;// CONCATENATED MODULE: ./src/adapters/model/stream.ts
/**
 * One streamed attempt, read: its events folded into the text, usage and stop reason, progress
 * reported on the way, and what its end means (a whole answer, a break worth re-sending for, an
 * answer cut off at a limit or refused).
 *
 * Usage accounting: an attempt that broke off after `message_start` is billed its input/cache
 * tokens and its output tokens (the larger of the last reported count and the local estimate of
 * the text received); one that broke off before is billed nothing. An attempt the caller halted
 * (its spend cap was reached) is billed the same way (`partialUsage`).
 */









function emptyStream(model) {
    return { text: '', started: false, stopped: false, stopReason: null, model, usage: (0,config_usage/* emptyUsage */.ly)() };
}
/** The state after one more event. */
function foldEvent(state, event) {
    switch (event.type) {
        case 'message_start': {
            const u = event.message.usage;
            return {
                ...state,
                started: true,
                model: event.message.model || state.model,
                usage: {
                    inputTokens: u.input_tokens,
                    outputTokens: u.output_tokens,
                    cacheCreationInputTokens: u.cache_creation_input_tokens ?? 0,
                    cacheReadInputTokens: u.cache_read_input_tokens ?? 0,
                },
            };
        }
        case 'content_block_start':
            return event.content_block.type === 'text'
                ? { ...state, text: state.text + event.content_block.text }
                : state;
        case 'content_block_delta':
            return event.delta.type === 'text_delta'
                ? { ...state, text: state.text + event.delta.text }
                : state;
        case 'message_delta': {
            // A count the delta leaves out (null) keeps the value message_start gave.
            const u = event.usage;
            return {
                ...state,
                stopReason: event.delta.stop_reason ?? state.stopReason,
                usage: {
                    inputTokens: u.input_tokens ?? state.usage.inputTokens,
                    outputTokens: u.output_tokens,
                    cacheCreationInputTokens: u.cache_creation_input_tokens ?? state.usage.cacheCreationInputTokens,
                    cacheReadInputTokens: u.cache_read_input_tokens ?? state.usage.cacheReadInputTokens,
                },
            };
        }
        case 'message_stop':
            return { ...state, stopped: true };
        default:
            return state;
    }
}
/** An event that adds to the answer's text: a moment to report progress. */
function isTextDelta(event) {
    return event.type === 'content_block_delta' && event.delta.type === 'text_delta';
}
/** An event after which the attempt may have cost more: its start, a text delta, its final usage. */
function addsToCost(event) {
    return event.type === 'message_start' || event.type === 'message_delta' || isTextDelta(event);
}
/**
 * Reads an attempt's events to their end, their break, or until `shouldStop` says stop: it is
 * asked after each event that adds to the cost, once the attempt is billed, with what the attempt
 * has cost so far (see `runningUsage`). Leaving the iteration early aborts the SDK's request.
 * `onText` sees the text after each delta.
 */
async function readStream(events, model, onText, shouldStop) {
    let state = emptyStream(model);
    const outputEstimate = growingTextEstimate();
    try {
        for await (const event of events) {
            state = foldEvent(state, event);
            if (isTextDelta(event))
                onText(state.text);
            if (shouldStop && state.started && addsToCost(event)) {
                if (shouldStop(runningUsage(state, outputEstimate(state.text)))) {
                    return { state, broken: false, halted: true };
                }
            }
        }
        return { state, broken: false };
    }
    catch (error) {
        return { state, broken: true, error };
    }
}
/**
 * What an attempt has cost so far: the input and cache tokens `message_start` reported, and the
 * larger of the output tokens reported and `estimatedOutput`, the estimate of the text so far.
 */
function runningUsage(state, estimatedOutput) {
    return { ...state.usage, outputTokens: Math.max(state.usage.outputTokens, estimatedOutput) };
}
/**
 * `estimateTokens` of a text that only grows, asked after each delta, in time linear in its
 * length: whole blocks are counted once. Each block rounds up on its own, so the count can be up
 * to a token per block above the estimate of the whole text: generous, as the estimate is.
 */
function growingTextEstimate(blockChars = 4096) {
    let settledChars = 0;
    let settledTokens = 0;
    return (text) => {
        while (text.length - settledChars >= blockChars) {
            settledTokens += (0,tokens/* estimateTokens */.b)(text.slice(settledChars, settledChars + blockChars));
            settledChars += blockChars;
        }
        return settledTokens + (0,tokens/* estimateTokens */.b)(text.slice(settledChars));
    };
}
/**
 * An SSE `error` event (the SDK throws it as a status-less APIError) that re-sending cannot
 * fix: its type and the API's words.
 */
function streamRejection(error) {
    if (!(error instanceof core_error/* APIError */.LG) || error.status !== undefined)
        return undefined;
    const type = error.type ?? undefined;
    if (type === undefined || isTransientStreamError(type))
        return undefined;
    return { type, message: error.apiMessage ?? error.message };
}
/** The attempt a stream's end makes, unless it was rejected or halted: whole, or broken off. */
function attemptOf(end, secrets) {
    if (end.broken) {
        return { ok: false, cause: describeBreak(end.error, secrets), usage: partialUsage(end.state) };
    }
    if (!end.state.stopped) {
        return {
            ok: false,
            cause: 'the stream ended before message_stop',
            usage: partialUsage(end.state),
        };
    }
    const { text, usage, model, stopReason } = end.state;
    return { ok: true, text, usage, model, stopReason };
}
/** What broke a stream off: an SSE `error` event, or the connection. */
function describeBreak(error, secrets) {
    if (error instanceof core_error/* APIError */.LG && error.status === undefined && error.type) {
        return `${error.type} event: ${(0,describe_error/* redact */.E)(error.apiMessage ?? error.message, secrets)}`;
    }
    return `the connection was cut (${(0,describe_error/* redact */.E)(describeCause(error), secrets)})`;
}
/** Billed usage of an attempt that broke off: nothing before message_start. */
function partialUsage(state) {
    if (!state.started)
        return (0,config_usage/* emptyUsage */.ly)();
    return {
        ...state.usage,
        outputTokens: Math.max(state.usage.outputTokens, (0,tokens/* estimateTokens */.b)(state.text)),
    };
}
/** Every attempt broke off: the last one's cause. */
function streamBrokeOff(apiName, attempts, cause) {
    const tries = attempts === 1 ? 'the only attempt' : `all ${attempts} attempts`;
    return new ModelUnavailableError(`The ${apiName} response stream broke off mid-way on ${tries} ` +
        `(last: ${cause}). Try again later.`);
}
/**
 * Why a whole answer still fails: it was cut off at a limit, or the model refused. `loweredBy` is
 * the spend cap that lowered `maxOutputTokens` below the client's, if one did: an answer cut off
 * there was cut to fit the cap.
 */
function stopFailure(answer, maxOutputTokens, names, loweredBy) {
    const { outputTokens } = answer.usage;
    switch (answer.stopReason) {
        case 'max_tokens':
            if (loweredBy)
                return (0,spend_cap/* answerCutError */.R8)(loweredBy, maxOutputTokens, answer.usage, names);
            return new ModelOutputTruncatedError(`The answer was cut off at the output limit of ${(0,wording/* count */.U)(maxOutputTokens)} tokens ` +
                `(about ${formatSize(answer.text)} of design written). ` +
                raiseOutputLimit(maxOutputTokens, names), maxOutputTokens, outputTokens);
        case 'model_context_window_exceeded':
            return new ModelOutputTruncatedError(`The answer was cut off at ${(0,wording/* count */.U)(outputTokens)} output tokens ` +
                `(about ${formatSize(answer.text)} of design written) because the model's ` +
                'context window is full. Shorten the requirements or use a model with a larger ' +
                'context window.', maxOutputTokens, outputTokens);
        case 'refusal':
            return new ModelRefusalError('The model declined to write this design (stop_reason "refusal"). ' +
                'Review the requirements document for content that may trigger its safety policies.');
        default:
            return undefined;
    }
}
/** What to do when an answer reached the output limit: a higher one, while there is one. */
function raiseOutputLimit(limit, names) {
    if (limit >= defaults/* MOST_OUTPUT_TOKENS */.Zk) {
        return ('That is as long as current Claude models write; ask for a shorter design (fewer or ' +
            'shorter requirements, or instructions that ask for brevity) and run again.');
    }
    const higher = Math.min(limit * 2, defaults/* MOST_OUTPUT_TOKENS */.Zk);
    return `Raise ${names.maxOutputTokens} (for example to ${(0,wording/* count */.U)(higher)}) and run again.`;
}
/** The size of text as a file on disk: "120 KB", "3.4 KB", "600 bytes". */
function formatSize(text) {
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes < 1000)
        return (0,wording/* plural */.L)(bytes, 'byte');
    const kb = bytes / 1000;
    return `${kb < 10 ? kb.toFixed(1) : Math.round(kb)} KB`;
}
/** Whether progress is due: at least `intervalMs` since the last time it was (0: always). */
function progressThrottle(intervalMs, now = Date.now) {
    let lastAt = -Infinity;
    return () => {
        const at = now();
        if (at - lastAt < intervalMs)
            return false;
        lastAt = at;
        return true;
    };
}
/**
 * Reports progress to the caller. Within an attempt the count only rises: the API's final count
 * can be below the generous local estimate streamed before it. A reporter that throws must not
 * break the call.
 */
function progressReporter(onProgress) {
    let shown = 0;
    return {
        report(outputTokens, text) {
            shown = Math.max(shown, outputTokens);
            try {
                onProgress?.({ outputTokens: shown, text });
            }
            catch {
                // Progress is for the log; the answer matters more.
            }
        },
        restart() {
            shown = 0;
        },
    };
}

;// CONCATENATED MODULE: ./src/adapters/model/client.ts
/**
 * Claude's Messages API behind the engine's `ModelClient`: one streamed turn per call, system
 * prompt cached, no tools. The Anthropic API is served here; Amazon Bedrock and Vertex AI speak the
 * same API through Anthropic's SDK packages for them, loaded only when chosen (`./platforms/`).
 * How a call is retried is in ./retry.ts, how its stream is read in ./stream.ts, how its failures
 * read in ./errors.ts.
 *
 * Usage accounting: `ModelResponse.usage` is what was billed as far as the streams told us: the
 * successful attempt's final usage plus what each attempt that broke off was billed (see
 * ./stream.ts). HTTP errors are not billed and count nothing. A `ModelError` carries the same
 * running total in `usage`, so a failed run can still report its cost.
 *
 * Spend caps: a request's `maxOutputTokens` lowers `max_tokens` for that call, and its
 * `spendCap.stopWhen` is asked as the answer streams with what the call has cost so far (every
 * attempt's tokens). When it says stop, the request is aborted, not re-sent, and the call fails
 * with a `SpendCapError` carrying that usage; so does an answer cut off at a `max_tokens` the cap
 * lowered.
 */













/** The client's own tuning; the one setting among them people set, the deadline, is the table's. */
const CLIENT_DEFAULTS = {
    maxRetries: 4,
    streamRetries: 2,
    timeoutMs: defaults/* DEFAULTS */.zY.modelTimeoutSeconds.value * 1000,
    progressIntervalMs: 2000,
    streamRetryDelayMs: 1000,
};
function createAnthropicModel(options) {
    const model = options.model;
    const streamRetries = options.streamRetries ?? CLIENT_DEFAULTS.streamRetries;
    const timeoutMs = Math.max(1, Math.round(options.timeoutMs ?? CLIENT_DEFAULTS.timeoutMs));
    const progressIntervalMs = options.progressIntervalMs ?? CLIENT_DEFAULTS.progressIntervalMs;
    const streamRetryDelayMs = options.streamRetryDelayMs ?? CLIENT_DEFAULTS.streamRetryDelayMs;
    const provider = options.provider ?? 'anthropic';
    const apiKey = options.apiKey || null;
    const names = options.settingNames ?? setting_names/* ACTION_SETTING_NAMES */.x;
    const secrets = secretsOf(apiKey, options.defaultHeaders);
    const requests = createRequestLog(options.fetch ?? fetch);
    const call = {
        hints: providerHints(provider, names, options.baseURL),
        model,
        baseURL: options.baseURL,
        timeoutMs,
        secrets,
        requests,
    };
    const networkFailureOf = (error) => requests.networkFailureOf(error) ?? credentialNetworkFailure(error);
    // One client for every call, so cloud credentials are fetched once and reused.
    let client = null;
    const getClient = () => (client ??= connect(provider, options, {
        baseURL: options.baseURL,
        maxRetries: options.maxRetries ?? CLIENT_DEFAULTS.maxRetries,
        timeout: timeoutMs,
        defaultHeaders: options.defaultHeaders,
        fetch: requests.fetch,
    }));
    async function complete(request) {
        const deadline = new AbortController();
        const timer = setTimeout(() => deadline.abort(), timeoutMs);
        requests.startCall();
        let billed = (0,config_usage/* emptyUsage */.ly)();
        let lastText = '';
        const timedOut = () => noCompleteResponse(timeoutMs, lastText);
        const params = messageParams(request, model, options.maxOutputTokens);
        const maxTokens = callMaxTokens(request, options.maxOutputTokens);
        const cap = request.spendCap;
        const loweredBy = cap && maxTokens < options.maxOutputTokens ? cap.limit : undefined;
        // What the call has cost: the attempts before this one, and this one so far.
        const shouldStop = cap && ((usage) => cap.stopWhen((0,config_usage/* addUsage */.vk)(billed, usage)));
        const progress = progressReporter(request.onProgress);
        /**
         * One HTTP request and its stream. Throws ModelErrors for what retrying cannot fix, and a
         * SpendCapError when the cap halts it.
         */
        async function attempt() {
            const halt = new AbortController();
            let events;
            try {
                const { messages } = await getClient();
                events = await messages.create(params, {
                    signal: AbortSignal.any([deadline.signal, halt.signal]),
                    middleware: [limitNetworkRetries(networkFailureOf)],
                });
            }
            catch (error) {
                if (deadline.signal.aborted)
                    throw timedOut();
                throw fromSdkError(error, call);
            }
            const due = progressThrottle(progressIntervalMs);
            progress.restart();
            const end = await readStream(events, model, (text) => {
                lastText = text;
                if (due())
                    progress.report((0,tokens/* estimateTokens */.b)(text), text);
            }, shouldStop);
            if (!end.broken && end.halted && cap) {
                // Leaving the iteration aborted the SDK's request; this makes sure on every platform.
                halt.abort();
                // Billed, and not re-sent: that would spend past the cap.
                billed = (0,config_usage/* addUsage */.vk)(billed, partialUsage(end.state));
                throw (0,spend_cap/* answerStoppedError */.iz)(cap.limit, billed, names);
            }
            // The SDK ends the iteration quietly when the request is aborted.
            if (deadline.signal.aborted)
                throw timedOut();
            const rejected = end.broken ? streamRejection(end.error) : undefined;
            if (rejected)
                throw fromErrorType(rejected.type, (0,describe_error/* redact */.E)(rejected.message, secrets), call);
            return attemptOf(end, secrets);
        }
        try {
            for (let retry = 0;; retry++) {
                if (retry > 0)
                    await sleep(streamRetryDelay(retry, streamRetryDelayMs), deadline.signal);
                if (deadline.signal.aborted)
                    throw timedOut();
                const result = await attempt();
                billed = (0,config_usage/* addUsage */.vk)(billed, result.usage);
                if (!result.ok) {
                    if (retry < streamRetries)
                        continue;
                    throw streamBrokeOff(call.hints.apiName, retry + 1, result.cause);
                }
                const stopped = stopFailure(result, maxTokens, names, loweredBy);
                if (stopped)
                    throw stopped;
                progress.report(result.usage.outputTokens, result.text);
                return { text: result.text, usage: { ...billed }, model: result.model };
            }
        }
        catch (error) {
            const failure = error instanceof ModelError || error instanceof spend_cap/* SpendCapError */.LZ
                ? error
                : fromSdkError(error, call);
            failure.usage = { ...billed };
            throw redactError(failure, secrets);
        }
        finally {
            clearTimeout(timer);
            deadline.abort(); // releases anything still attached to the request
        }
    }
    return { model, maxOutputTokens: options.maxOutputTokens, complete };
}
/** The SDK client of the platform, its SDK loaded only when it is the one chosen. */
async function connect(provider, options, clientOptions) {
    if (provider === 'bedrock') {
        const { createBedrockClient } = await Promise.all(/* import() */[__webpack_require__.e(820), __webpack_require__.e(627)]).then(__webpack_require__.bind(__webpack_require__, 74627));
        return createBedrockClient({ ...clientOptions, region: required(options.region, 'region') });
    }
    if (provider === 'vertex') {
        const { createVertexClient } = await Promise.all(/* import() */[__webpack_require__.e(33), __webpack_require__.e(107)]).then(__webpack_require__.bind(__webpack_require__, 54107));
        return createVertexClient({
            ...clientOptions,
            region: required(options.region, 'region'),
            projectId: required(options.projectId, 'projectId'),
        });
    }
    const apiKey = options.apiKey || null;
    return new client/* Anthropic */.N({
        ...clientOptions,
        apiKey,
        // Without a key (a gateway that authorises requests itself) no Authorization is sent.
        defaultHeaders: apiKey
            ? options.defaultHeaders
            : { authorization: null, ...options.defaultHeaders },
    });
}
function required(value, name) {
    if (!value)
        throw new Error(`The model client needs the ${name} option for this provider.`);
    return value;
}
/** The model client's options for this platform, as the action and the command line build it. */
function modelOptions(platform) {
    return {
        provider: platform.provider,
        apiKey: platform.apiKey,
        region: platform.region ?? undefined,
        projectId: platform.projectId ?? undefined,
        baseURL: platform.baseURL ?? undefined,
        defaultHeaders: platform.headers,
        model: platform.model,
    };
}


/***/ }),

/***/ 4329:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B0: () => (/* binding */ networkAdvice),
/* harmony export */   Ct: () => (/* binding */ findNetworkFailure),
/* harmony export */   Ku: () => (/* binding */ describeNetworkFailure),
/* harmony export */   WK: () => (/* binding */ networkRetryLimit),
/* harmony export */   w4: () => (/* binding */ hostOf)
/* harmony export */ });
/**
 * Requests that got no HTTP answer at all, told apart by their cause: a name that does not
 * resolve, a refused connection, a TLS handshake that failed, no connection in time, a connection
 * cut. Node's fetch throws `TypeError: fetch failed` with the system or undici error as its
 * `cause`; Octokit wraps that again (as a status 500 it never received), the Anthropic SDK as an
 * `APIConnectionError`. Both adapters classify the failure here, name the host, and share one
 * retry policy: what will not change in a moment is not tried again (a certificate) or once
 * more (a name that does not exist), the rest twice, with short waits.
 */
const DNS_MISSING = ['ENOTFOUND', 'EAI_NONAME', 'EAI_NODATA', 'EAI_FAIL'];
const DNS_TEMPORARY = ['EAI_AGAIN'];
const REFUSED = ['ECONNREFUSED'];
const UNREACHABLE = ['ENETUNREACH', 'EHOSTUNREACH', 'ENETDOWN', 'EHOSTDOWN', 'EADDRNOTAVAIL'];
const TIMEOUT = ['UND_ERR_CONNECT_TIMEOUT', 'ETIMEDOUT'];
const RESET = ['ECONNRESET', 'EPIPE', 'ECONNABORTED', 'UND_ERR_SOCKET'];
const TLS_UNTRUSTED = [
    'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    'UNABLE_TO_GET_ISSUER_CERT',
    'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
    'SELF_SIGNED_CERT_IN_CHAIN',
    'DEPTH_ZERO_SELF_SIGNED_CERT',
    'CERT_UNTRUSTED',
    'CERT_REJECTED',
    'CERT_SIGNATURE_FAILURE',
    'CERT_CHAIN_TOO_LONG',
    'INVALID_CA',
];
const TLS_EXPIRED = ['CERT_HAS_EXPIRED', 'CERT_NOT_YET_VALID'];
const TLS_HOSTNAME = ['ERR_TLS_CERT_ALTNAME_INVALID', 'HOSTNAME_MISMATCH'];
const TLS_REVOKED = ['CERT_REVOKED'];
/** Code → kind, and whether trying again soon may help. */
const KINDS = new Map([
    ...DNS_MISSING.map((code) => [code, { kind: 'dns', transient: false }]),
    ...DNS_TEMPORARY.map((code) => [code, { kind: 'dns', transient: true }]),
    ...REFUSED.map((code) => [code, { kind: 'refused', transient: true }]),
    ...UNREACHABLE.map((code) => [code, { kind: 'unreachable', transient: true }]),
    ...TIMEOUT.map((code) => [code, { kind: 'timeout', transient: true }]),
    ...RESET.map((code) => [code, { kind: 'reset', transient: true }]),
    ...[...TLS_UNTRUSTED, ...TLS_EXPIRED, ...TLS_HOSTNAME, ...TLS_REVOKED, 'EPROTO'].map((code) => [code, { kind: 'tls', transient: false }]),
]);
function kindOf(code) {
    const known = KINDS.get(code);
    if (known)
        return known;
    // OpenSSL's own (ERR_SSL_WRONG_VERSION_NUMBER…) and Node's other TLS errors.
    if (/^ERR_(SSL|TLS)_/.test(code))
        return { kind: 'tls', transient: false };
    return undefined;
}
/** `host` or `host:port` of a URL (the default port left out, as URL.host does), or null. */
function hostOf(url) {
    if (url == null || url === '')
        return null;
    try {
        return new URL(url).host || null;
    }
    catch {
        return null;
    }
}
const text = (value) => typeof value === 'string' && value !== '' ? value : null;
function joinAddress(address, port) {
    const host = address.includes(':') ? `[${address}]` : address;
    return typeof port === 'number' || typeof port === 'string' ? `${host}:${port}` : host;
}
/** The address an error names: `127.0.0.1:4321` from a refused connect, the name from a lookup. */
function addressIn(error) {
    const address = text(error.address);
    if (address)
        return joinAddress(address, error.port);
    // Happy eyeballs: an AggregateError of one connect error per address tried.
    if (Array.isArray(error.errors)) {
        for (const inner of error.errors) {
            const found = typeof inner === 'object' && inner !== null && addressIn(inner);
            if (found)
                return found;
        }
    }
    // undici: "Connect Timeout Error (attempted address: api.github.com:443, timeout: 10000ms)"
    const attempted = /attempted address: ([^,)\s]+)/.exec(text(error.message) ?? '');
    const requested = error.config?.url;
    return (attempted?.[1] ??
        text(error.hostname) ??
        text(error.host) ??
        (typeof requested === 'string' || requested instanceof URL ? hostOf(requested) : null));
}
/**
 * The network failure behind an error, found along its `cause` chain (and in an AggregateError's
 * `errors`), or null when it is something else: an HTTP answer, an abort, a bug. `url` is the
 * request's, for the host; without it the host is what the error names.
 */
function findNetworkFailure(error, url) {
    const seen = new Set();
    const visit = (current, depth) => {
        if (depth > 8 || typeof current !== 'object' || current === null || seen.has(current)) {
            return null;
        }
        seen.add(current);
        const fields = current;
        const code = text(fields.code);
        const known = code ? kindOf(code) : undefined;
        if (code && known) {
            const named = addressIn(fields);
            const host = hostOf(url) ?? named;
            const timeout = /timeout: (\d+) ?ms/.exec(text(fields.message) ?? '');
            return {
                ...known,
                code,
                host,
                address: named && !sameEndpoint(named, host, url) ? named : null,
                timeoutMs: timeout ? Number(timeout[1]) : null,
            };
        }
        if (Array.isArray(fields.errors)) {
            for (const inner of fields.errors) {
                const found = visit(inner, depth + 1);
                if (found)
                    return found;
            }
        }
        return visit(fields.cause, depth + 1);
    };
    return visit(error, 0);
}
/** `api.github.com` of `api.github.com:8443`. */
function hostNameOf(host) {
    return host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : host.replace(/:\d+$/, '');
}
/**
 * Whether the address an error names is just the host again: the same, its name alone (a
 * lookup), or with the scheme's default port spelt out (undici's connect timeout).
 */
function sameEndpoint(named, host, url) {
    if (host === null || named === host || named === hostNameOf(host))
        return true;
    let protocol = '';
    try {
        protocol = url ? new URL(url).protocol : '';
    }
    catch {
        // not a URL: no default port to compare with
    }
    const port = protocol === 'https:' ? 443 : protocol === 'http:' ? 80 : null;
    return port !== null && named === `${host}:${port}`;
}
/**
 * What went wrong, to follow "could not be reached: ", e.g. "its name did not resolve (DNS lookup
 * failed: ENOTFOUND)". No full stop.
 */
function describeNetworkFailure(failure) {
    const { code } = failure;
    const target = failure.address ?? failure.host;
    const to = target ? ` to ${target}` : '';
    switch (failure.kind) {
        case 'dns':
            return failure.transient
                ? `its name could not be resolved: the DNS server did not answer (${code})`
                : `its name did not resolve (DNS lookup failed: ${code})`;
        case 'refused':
            return `the connection${to} was refused (${code})`;
        case 'unreachable':
            return `there is no network route${to} (${code})`;
        case 'timeout':
            return failure.timeoutMs !== null
                ? `no connection within ${Number((failure.timeoutMs / 1000).toFixed(2))} s (${code})`
                : `the connection timed out (${code})`;
        case 'reset':
            return `the connection was closed before an answer came (${code})`;
        case 'tls':
            return `the TLS handshake failed: ${tlsProblem(code)}`;
    }
}
function tlsProblem(code) {
    if (TLS_UNTRUSTED.includes(code))
        return `the server's certificate is not trusted (${code})`;
    if (TLS_EXPIRED.includes(code)) {
        return `the server's certificate has expired or is not valid yet (${code})`;
    }
    if (TLS_HOSTNAME.includes(code)) {
        return `the server's certificate is for another host name (${code})`;
    }
    if (TLS_REVOKED.includes(code))
        return `the server's certificate was revoked (${code})`;
    return `the server did not speak TLS as expected (${code})`;
}
/**
 * One sentence on what to do. `endpoint` names the setting that says where requests go, e.g.
 * "GITHUB_API_URL on GitHub Enterprise Server" or "the anthropic-base-url input".
 */
function networkAdvice(failure, endpoint) {
    const proxy = '(and HTTPS_PROXY, if the runner uses a proxy)';
    switch (failure.kind) {
        case 'dns':
            return failure.transient
                ? `Check the runner's network and DNS, then re-run the job.`
                : `Check the runner's network and DNS, or ${endpoint}.`;
        case 'refused':
            return `Check ${endpoint}, and that the server there is up ${proxy}.`;
        case 'unreachable':
            return `Check the runner's network connection ${proxy}.`;
        case 'timeout':
            return `A firewall may be dropping the connection: check the runner's network ${proxy}.`;
        case 'reset':
            return `Re-run the job; if it keeps happening, check the runner's network ${proxy}.`;
        case 'tls':
            if (TLS_EXPIRED.includes(failure.code)) {
                return `Check the runner's clock; otherwise the server's certificate needs renewing.`;
            }
            if (TLS_UNTRUSTED.includes(failure.code)) {
                return ('Behind a TLS-inspecting proxy, or for a server with a private CA, point ' +
                    'NODE_EXTRA_CA_CERTS at the CA certificate.');
            }
            if (TLS_HOSTNAME.includes(failure.code)) {
                return `Check ${endpoint}: it must name a host the certificate is for.`;
            }
            if (TLS_REVOKED.includes(failure.code)) {
                return `The server needs a new certificate; check ${endpoint}.`;
            }
            return `Check that ${endpoint} has the right scheme (https or http) and port.`;
    }
}
/**
 * How many times a request that failed this way is tried again: never after a TLS failure, once
 * (quickly) after a name that did not resolve or a connect timeout (which has already waited),
 * twice after the rest.
 */
function networkRetryLimit(failure) {
    if (failure.kind === 'tls')
        return 0;
    if (failure.kind === 'dns' && !failure.transient)
        return 1;
    if (failure.kind === 'timeout')
        return 1;
    return 2;
}


/***/ }),

/***/ 34925:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l1: () => (/* binding */ anthropicModelName),
/* harmony export */   tZ: () => (/* binding */ ModelIdError),
/* harmony export */   xd: () => (/* binding */ PROVIDER_NAMES),
/* harmony export */   xq: () => (/* binding */ PROVIDERS),
/* harmony export */   yn: () => (/* binding */ platformModelId)
/* harmony export */ });
/* unused harmony export bedrockProfilePrefix */
/* harmony import */ var _setting_names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74523);
/**
 * Model ids on the three platforms that serve Claude. Pure.
 *
 * - Anthropic API: `claude-sonnet-5-5`, `claude-sonnet-5-5-20261001`
 * - Amazon Bedrock: `anthropic.claude-…`, inference profiles `us.anthropic.claude-…`, or an ARN
 * - Vertex AI: `claude-sonnet-5-5`, `claude-sonnet-5-5@20261001`
 *
 * An Anthropic-style id is mapped to the platform's form, so the default model works everywhere;
 * an id already in the platform's form is sent as it is; an id in another platform's form is
 * refused with the form to use instead.
 */

const PROVIDERS = ['anthropic', 'bedrock', 'vertex'];
const PROVIDER_NAMES = {
    anthropic: 'the Anthropic API',
    bedrock: 'Amazon Bedrock',
    vertex: 'Vertex AI',
};
class ModelIdError extends Error {
    constructor(message) {
        super(message);
        this.name = 'ModelIdError';
    }
}
const BEDROCK_ARN = /^arn:aws[a-z-]*:bedrock:/;
/** `anthropic.x`, or an inference profile such as `us.anthropic.x` / `global.anthropic.x`. */
const BEDROCK_ID = /^(?:[a-z]+(?:-[a-z]+)*\.)?anthropic\./;
/** A dated Anthropic id: `claude-sonnet-5-5-20261001`. */
const DATED = /^(claude-.+)-(\d{8})$/;
function formOf(model) {
    if (BEDROCK_ARN.test(model) || BEDROCK_ID.test(model))
        return 'bedrock';
    if (model.includes('@'))
        return 'vertex';
    if (model.startsWith('claude-'))
        return 'anthropic';
    return 'other';
}
/**
 * The Bedrock cross-region inference profile for a region: newer Claude models are served on
 * demand only through one. Geography-scoped where one exists, so requests stay in the region's
 * geography; `global` elsewhere.
 */
function bedrockProfilePrefix(region) {
    if (region.startsWith('us-gov-'))
        return 'us-gov';
    if (region.startsWith('us-'))
        return 'us';
    if (region.startsWith('eu-'))
        return 'eu';
    if (region.startsWith('ap-'))
        return 'apac';
    return 'global';
}
/** The id to send to `provider`. Throws ModelIdError for an id in another platform's form. */
function platformModelId(provider, model, region = '', names = _setting_names_js__WEBPACK_IMPORTED_MODULE_0__/* .ACTION_SETTING_NAMES */ .x) {
    const form = formOf(model);
    if (form === 'other' || form === provider)
        return model;
    if (form === 'bedrock' || form === 'vertex') {
        throw new ModelIdError(`The model "${model}" is ${form === 'bedrock' ? 'an Amazon Bedrock' : 'a Vertex AI'} id, ` +
            `but the provider is ${provider}. Set ${names.provider} to ${form}, ` +
            `or use an id for ${PROVIDER_NAMES[provider]} such as ${example(provider, region)}.`);
    }
    // An Anthropic id, mapped to the platform's form.
    const dated = DATED.exec(model);
    if (provider === 'vertex')
        return dated ? `${dated[1]}@${dated[2]}` : model;
    const id = dated ? `${model}-v1:0` : model;
    return `${bedrockProfilePrefix(region)}.anthropic.${id}`;
}
function example(provider, region) {
    if (provider === 'bedrock')
        return `${bedrockProfilePrefix(region || 'us-east-1')}.anthropic.claude-sonnet-5-5`;
    return 'claude-sonnet-5-5';
}
/**
 * The Anthropic model name inside a platform id, for looking up its price:
 * `us.anthropic.claude-sonnet-5-5-20261001-v1:0` and `claude-sonnet-5-5@20261001` both give
 * `claude-sonnet-5-5-20261001`. Other ids come back unchanged.
 */
function anthropicModelName(model) {
    let id = model.trim();
    const arnResource = /^arn:aws[a-z-]*:bedrock:[^/]*\/(.+)$/.exec(id);
    if (arnResource)
        id = arnResource[1] ?? id;
    if (BEDROCK_ID.test(id))
        id = id.replace(BEDROCK_ID, '').replace(/-v\d+(?::\d+)?$/, '');
    return id.replace('@', '-');
}


/***/ }),

/***/ 24384:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A6: () => (/* binding */ costAtPrice),
/* harmony export */   Gw: () => (/* binding */ PRICES_AS_OF),
/* harmony export */   MI: () => (/* binding */ estimateCostUsd),
/* harmony export */   UK: () => (/* binding */ formatUsd),
/* harmony export */   d1: () => (/* binding */ modelPrice),
/* harmony export */   o7: () => (/* binding */ outputTokensAffordable),
/* harmony export */   v8: () => (/* binding */ worstCaseCostUsd)
/* harmony export */ });
/* unused harmony exports findModelPrice, parsePriceOverride */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9691);
/* harmony import */ var _model_id_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(34925);
/** What a model run costs, from token usage and a dated price table. Pure. */


/** The date the table below was last checked against Anthropic's published prices. */
const PRICES_AS_OF = '2026-11-01';
/**
 * Anthropic list prices (USD per million tokens) as of {@link PRICES_AS_OF}, standard tier,
 * without batch or volume discounts. Cache prices derive from the input price.
 */
const MODEL_PRICES = {
    'claude-opus-5-5': { input: 4, output: 20 },
    'claude-sonnet-5-5': { input: 2, output: 10 },
    'claude-haiku-5-5': { input: 1, output: 5 },
};
const CACHE_WRITE_MULTIPLIER = 1.25;
const CACHE_READ_MULTIPLIER = 0.1;
/**
 * The price of a model id: an exact entry, else the longest entry the id starts with followed
 * by "-", so dated ids such as "claude-sonnet-5-5-20261001" find "claude-sonnet-5-5". Bedrock and
 * Vertex ids find the Anthropic model they serve (their list prices follow Anthropic's).
 */
function findModelPrice(model) {
    const id = (0,_model_id_js__WEBPACK_IMPORTED_MODULE_0__/* .anthropicModelName */ .l1)(model).toLowerCase();
    const exact = MODEL_PRICES[id];
    if (exact)
        return exact;
    let best = null;
    for (const key of Object.keys(MODEL_PRICES)) {
        if (id.startsWith(`${key}-`) && (best === null || key.length > best.length))
            best = key;
    }
    return best === null ? null : (MODEL_PRICES[best] ?? null);
}
/** The price a run is charged at: the override when one is given, else the model's list price. */
function modelPrice(model, override) {
    return override ?? findModelPrice(model);
}
/** Estimated cost in USD, or null when the model has no known price and no override is given. */
function estimateCostUsd(usage, model, override) {
    const price = modelPrice(model, override);
    return price ? costAtPrice(usage, price) : null;
}
/** What usage costs in USD at a price. */
function costAtPrice(usage, price) {
    return ((usage.inputTokens * price.input +
        usage.outputTokens * price.output +
        usage.cacheCreationInputTokens * cacheWritePrice(price) +
        usage.cacheReadInputTokens * cacheReadPrice(price)) /
        1_000_000);
}
/**
 * The most a call can cost in USD: every input token at the dearer of the input and the
 * cache-write price (the system prompt may be written to the cache), and every output token it
 * may write.
 */
function worstCaseCostUsd(price, inputTokens, outputTokens) {
    const input = Math.max(price.input, cacheWritePrice(price));
    return (inputTokens * input + outputTokens * price.output) / 1_000_000;
}
/** The whole output tokens `usd` pays for, none for nothing; unbounded when output is free. */
function outputTokensAffordable(price, usd) {
    if (!(usd > 0))
        return 0;
    if (price.output === 0)
        return Number.POSITIVE_INFINITY;
    return Math.floor((usd * 1_000_000) / price.output);
}
function cacheWritePrice(price) {
    return price.cacheWrite ?? price.input * CACHE_WRITE_MULTIPLIER;
}
function cacheReadPrice(price) {
    return price.cacheRead ?? price.input * CACHE_READ_MULTIPLIER;
}
const price = zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().finite().nonnegative();
const priceOverrideSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    input: price,
    output: price,
    cacheWrite: price.optional(),
    cacheRead: price.optional(),
})
    .strict();
/**
 * Parses a price override such as `{"input": 2, "output": 10}` (USD per million tokens,
 * optional `cacheRead` and `cacheWrite`). Throws an Error that says what is wrong.
 */
function parsePriceOverride(text) {
    const example = '{"input": 2, "output": 10}';
    let json;
    try {
        json = JSON.parse(text);
    }
    catch {
        throw new Error(`The price override is not valid JSON: ${JSON.stringify(text.slice(0, 80))}. ` +
            `Expected USD per million tokens, e.g. ${example}.`);
    }
    const parsed = priceOverrideSchema.safeParse(json);
    if (!parsed.success) {
        const problems = parsed.error.issues
            .map((issue) => issue.path.length > 0 ? `"${issue.path.join('.')}": ${issue.message}` : issue.message)
            .join('; ');
        throw new Error(`The price override is invalid (${problems}). ` +
            `Expected USD per million tokens, e.g. ${example}, with optional "cacheRead" and "cacheWrite".`);
    }
    const { input, output, cacheWrite, cacheRead } = parsed.data;
    return {
        input,
        output,
        ...(cacheWrite === undefined ? {} : { cacheWrite }),
        ...(cacheRead === undefined ? {} : { cacheRead }),
    };
}
/** "$12.50", "$0.42"; two significant digits below a cent ("$0.0031"); "<$0.0001" below that. */
function formatUsd(n) {
    if (!Number.isFinite(n))
        return 'n/a';
    const sign = n < 0 ? '-' : '';
    const abs = Math.abs(n);
    if (abs === 0)
        return '$0.00';
    // Compared in whole cents, so 0.00999… (a float's cent) reads "$0.01" like its neighbours.
    if (Math.round(abs * 100) >= 1)
        return `${sign}$${abs.toFixed(2)}`;
    if (abs < 0.0001)
        return `${sign}<$0.0001`;
    return `${sign}$${abs.toPrecision(2)}`;
}


/***/ }),

/***/ 74523:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ ACTION_SETTING_NAMES)
/* harmony export */ });
/* unused harmony export CLI_SETTING_NAMES */
const ACTION_SETTING_NAMES = {
    model: 'the model input',
    provider: 'the provider input',
    maxOutputTokens: 'the max-output-tokens input',
    maxInputTokens: 'the max-input-tokens input',
    maxCostUsd: 'the max-cost-usd input',
    maxCostUsdPerPullRequest: 'the max-cost-usd-per-pull-request input',
    apiKey: 'the anthropic-api-key input (the ANTHROPIC_API_KEY secret)',
    baseUrl: 'the anthropic-base-url input',
    requirementsPath: 'the requirements-path input',
    templatePath: 'the template-path input',
    instructionsPath: 'the instructions-path input',
    awsRegion: 'the aws-region input',
    vertexRegion: 'the vertex-region input',
    vertexProjectId: 'the vertex-project-id input',
    awsCredentials: 'the AWS credentials the job has (aws-actions/configure-aws-credentials with role-to-assume)',
    awsSignIn: 'Run aws-actions/configure-aws-credentials (with role-to-assume and the id-token: write permission) before this step.',
    googleCredentials: 'the credentials the job has (google-github-actions/auth with workload_identity_provider)',
    googleSignIn: 'Run google-github-actions/auth (with workload_identity_provider and the id-token: write permission) before this step.',
};
const CLI_SETTING_NAMES = {
    model: '--model',
    provider: '--provider',
    maxOutputTokens: '--max-output-tokens',
    maxInputTokens: '--max-input-tokens',
    maxCostUsd: '--max-cost-usd',
    price: '--price',
    apiKey: 'the ANTHROPIC_API_KEY environment variable',
    baseUrl: 'ANTHROPIC_BASE_URL',
    requirementsPath: '--requirements',
    templatePath: '--template',
    instructionsPath: '--instructions',
    awsRegion: 'AWS_REGION',
    vertexRegion: 'CLOUD_ML_REGION',
    vertexProjectId: 'GOOGLE_CLOUD_PROJECT',
    awsCredentials: 'the AWS credentials of your shell (AWS_PROFILE, or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY)',
    awsSignIn: 'Sign in to AWS first (aws sso login, or set AWS_PROFILE, or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY).',
    googleCredentials: 'your Application Default Credentials (gcloud auth application-default login, or GOOGLE_APPLICATION_CREDENTIALS)',
    googleSignIn: 'Sign in to Google Cloud first (gcloud auth application-default login, or set GOOGLE_APPLICATION_CREDENTIALS).',
};


/***/ }),

/***/ 75933:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FQ: () => (/* binding */ totalInputTokens),
/* harmony export */   ly: () => (/* binding */ emptyUsage),
/* harmony export */   vk: () => (/* binding */ addUsage)
/* harmony export */ });
/** What a model call is billed: tokens read and written, and their sums. */
function emptyUsage() {
    return { inputTokens: 0, outputTokens: 0, cacheReadInputTokens: 0, cacheCreationInputTokens: 0 };
}
function addUsage(a, b) {
    return {
        inputTokens: a.inputTokens + b.inputTokens,
        outputTokens: a.outputTokens + b.outputTokens,
        cacheReadInputTokens: a.cacheReadInputTokens + b.cacheReadInputTokens,
        cacheCreationInputTokens: a.cacheCreationInputTokens + b.cacheCreationInputTokens,
    };
}
/** Every input token the request carried, cached or not: what a budget or a report counts. */
function totalInputTokens(usage) {
    return usage.inputTokens + usage.cacheReadInputTokens + usage.cacheCreationInputTokens;
}


/***/ }),

/***/ 41958:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LZ: () => (/* binding */ SpendCapError),
/* harmony export */   R8: () => (/* binding */ answerCutError),
/* harmony export */   eR: () => (/* binding */ planCallSpend),
/* harmony export */   iz: () => (/* binding */ answerStoppedError)
/* harmony export */ });
/* unused harmony export STOP_MARGIN_TOKENS */
/* harmony import */ var _config_pricing_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(24384);
/* harmony import */ var _config_setting_names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74523);
/* harmony import */ var _config_usage_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(75933);
/* harmony import */ var _text_wording_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(42179);
/**
 * The spend caps of a run, one model call at a time. Before a call, its worst case (the estimated
 * input at the cache-write price, and every output token it may write) is held against what is
 * left of the tightest cap: the call gets the client's `max_tokens` when that fits, fewer when it
 * does not, and is not made when too few would be left to be worth asking for. While the answer
 * streams, `stopWhen` stops it once its cost, as the API reports it, comes within a few output
 * tokens of the cap: the plan rests on an estimate of the input, the stop on what is billed.
 */




/** Output tokens of room an answer is stopped with: more than any one streamed delta carries. */
const STOP_MARGIN_TOKENS = 64;
/** A call that was not made, or an answer that was discarded, because of a spend cap. */
class SpendCapError extends Error {
    stop;
    cap;
    limitUsd;
    /** Spent against the cap before the call. */
    spentUsd;
    /** Tokens billed: the stopped or cut call's; none for a call that was not made. */
    usage;
    constructor(stop, limit, message, usage = (0,_config_usage_js__WEBPACK_IMPORTED_MODULE_2__/* .emptyUsage */ .ly)()) {
        super(message);
        this.stop = stop;
        this.name = 'SpendCapError';
        this.cap = limit.cap;
        this.limitUsd = limit.limitUsd;
        this.spentUsd = limit.spentUsd;
        this.usage = usage;
    }
}
/** What the next call may spend under `limits`, at `price`. */
function planCallSpend(input) {
    const { limits, price, estimatedInputTokens, maxOutputTokens } = input;
    const names = input.names ?? _config_setting_names_js__WEBPACK_IMPORTED_MODULE_1__/* .ACTION_SETTING_NAMES */ .x;
    const limit = bindingLimit(limits);
    if (!limit)
        return { kind: 'call', request: {}, maxOutputTokens, lowered: false };
    if (!price)
        return { kind: 'unpriced', reason: unpricedReason(input.model, limits, names) };
    const spendCap = {
        limit,
        // Stopped a little before the cap: the stream is read a delta at a time, and the tokens a
        // delta brings are billed before it is seen.
        stopWhen: (spent) => limit.spentUsd +
            (0,_config_pricing_js__WEBPACK_IMPORTED_MODULE_0__/* .costAtPrice */ .A6)({ ...spent, outputTokens: spent.outputTokens + STOP_MARGIN_TOKENS }, price) >
            limit.limitUsd,
    };
    const leftUsd = leftOf(limit);
    // The margin is kept out of max_tokens too, so an answer cut to fit ends before it is stopped.
    if ((0,_config_pricing_js__WEBPACK_IMPORTED_MODULE_0__/* .worstCaseCostUsd */ .v8)(price, estimatedInputTokens, maxOutputTokens + STOP_MARGIN_TOKENS) <= leftUsd) {
        return { kind: 'call', request: { spendCap }, maxOutputTokens, lowered: false };
    }
    const forOutput = leftUsd - (0,_config_pricing_js__WEBPACK_IMPORTED_MODULE_0__/* .worstCaseCostUsd */ .v8)(price, estimatedInputTokens, STOP_MARGIN_TOKENS);
    const affordable = Math.min(maxOutputTokens, (0,_config_pricing_js__WEBPACK_IMPORTED_MODULE_0__/* .outputTokensAffordable */ .o7)(price, forOutput));
    const minOutputTokens = Math.max(1, input.minOutputTokens);
    if (affordable < minOutputTokens) {
        const neededUsd = (0,_config_pricing_js__WEBPACK_IMPORTED_MODULE_0__/* .worstCaseCostUsd */ .v8)(price, estimatedInputTokens, minOutputTokens);
        const refusal = { leftUsd, neededUsd, minOutputTokens, estimatedInputTokens };
        return {
            kind: 'refused',
            error: new SpendCapError('refused', limit, callRefusedMessage(limit, refusal, names)),
            leftUsd,
            neededUsd,
        };
    }
    return {
        kind: 'call',
        request: { maxOutputTokens: affordable, spendCap },
        maxOutputTokens: affordable,
        lowered: affordable < maxOutputTokens,
    };
}
/** An answer stopped mid-stream by `stopWhen`; `usage` is what the call was billed. */
function answerStoppedError(limit, usage, names = _config_setting_names_js__WEBPACK_IMPORTED_MODULE_1__/* .ACTION_SETTING_NAMES */ .x) {
    return new SpendCapError('stopped', limit, `The answer was stopped because it reached ${capWords(limit, names)}, with ` +
        `${spentWords(limit)}; nothing was written. Raise ${capSetting(limit.cap, names)}, or ` +
        `lower ${names.maxOutputTokens} so each call is sized to what is left, and run again.`, usage);
}
/** An answer that reached the `max_tokens` the cap lowered the call to. */
function answerCutError(limit, maxOutputTokens, usage, names = _config_setting_names_js__WEBPACK_IMPORTED_MODULE_1__/* .ACTION_SETTING_NAMES */ .x) {
    return new SpendCapError('cut', limit, `The answer was cut off at ${(0,_text_wording_js__WEBPACK_IMPORTED_MODULE_3__/* .count */ .U)(maxOutputTokens)} output tokens, as many as ` +
        `${capWords(limit, names)} left room for with ${spentWords(limit)}: the design was cut ` +
        `to fit the cap, and nothing was written. Raise ${capSetting(limit.cap, names)} and run again.`, usage);
}
function callRefusedMessage(limit, figures, names) {
    return (`The model call was not made: ${capWords(limit, names)} has ${(0,_config_pricing_js__WEBPACK_IMPORTED_MODULE_0__/* .formatUsd */ .UK)(figures.leftUsd)} ` +
        `left, with ${spentWords(limit)}, and the shortest answer worth asking for ` +
        `(${(0,_text_wording_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .L)(figures.minOutputTokens, 'output token')}, after about ` +
        `${(0,_text_wording_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .L)(figures.estimatedInputTokens, 'input token')}) could cost up to ` +
        `${(0,_config_pricing_js__WEBPACK_IMPORTED_MODULE_0__/* .formatUsd */ .UK)(figures.neededUsd)}. Nothing was written. Raise ` +
        `${capSetting(limit.cap, names)} and run again.`);
}
function unpricedReason(model, limits, names) {
    const settings = [...new Set(limits.map((limit) => capSetting(limit.cap, names)))];
    const one = settings.length === 1;
    const without = `leave ${settings.join(' and ')} empty to run without ${one ? 'it' : 'them'}`;
    const ways = names.price
        ? `Give its prices with ${names.price}, use a model with a known price, or ${without}`
        : `Use a model with a known price, or ${without}`;
    return (`The ${one ? 'spend cap' : 'spend caps'} (${settings.join(' and ')}) cannot be checked: ` +
        `the model "${model}" has no known price. ${ways}.`);
}
/** The cap with the least left; the first of equals. */
function bindingLimit(limits) {
    return limits.reduce((tightest, limit) => (tightest && leftOf(tightest) <= leftOf(limit) ? tightest : limit), undefined);
}
function leftOf(limit) {
    return Math.max(0, limit.limitUsd - limit.spentUsd);
}
/** The setting that sets a cap, in the words of the interface. */
function capSetting(cap, names) {
    return cap === 'run' ? names.maxCostUsd : (names.maxCostUsdPerPullRequest ?? names.maxCostUsd);
}
/** "the run's spend cap of $2.00 (the max-cost-usd input)". */
function capWords(limit, names) {
    const whose = limit.cap === 'run' ? "the run's" : "the pull request's";
    return `${whose} spend cap of ${(0,_config_pricing_js__WEBPACK_IMPORTED_MODULE_0__/* .formatUsd */ .UK)(limit.limitUsd)} (${capSetting(limit.cap, names)})`;
}
/** "$1.20 spent before this call". */
function spentWords(limit) {
    const where = limit.cap === 'run' ? '' : ' on the pull request';
    return `${(0,_config_pricing_js__WEBPACK_IMPORTED_MODULE_0__/* .formatUsd */ .UK)(limit.spentUsd)} spent${where} before this call`;
}


/***/ }),

/***/ 97837:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ estimateTokens)
/* harmony export */ });
/**
 * A local, deliberately generous token estimate (no API call): about four ASCII characters per
 * token, and one token per character elsewhere (CJK, emoji and other scripts tokenise densely).
 * Budgets, progress and any count the API did not report all use it, so they agree.
 */
function estimateTokens(text) {
    let ascii = 0;
    let other = 0;
    for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (code < 0x80)
            ascii++;
        // A surrogate pair is one character: count its high half only.
        else if (code < 0xdc00 || code > 0xdfff)
            other++;
    }
    return Math.ceil(ascii / 4) + other;
}


/***/ })

};
