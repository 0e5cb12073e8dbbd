export const id = 908;
export const ids = [908];
export const modules = {

/***/ 49908:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ModelAuthError: () => (/* binding */ ModelAuthError),
/* harmony export */   ModelError: () => (/* binding */ ModelError),
/* harmony export */   ModelNotFoundError: () => (/* binding */ ModelNotFoundError),
/* harmony export */   ModelOutputTruncatedError: () => (/* binding */ ModelOutputTruncatedError),
/* harmony export */   ModelRefusalError: () => (/* binding */ ModelRefusalError),
/* harmony export */   ModelRequestError: () => (/* binding */ ModelRequestError),
/* harmony export */   ModelTimeoutError: () => (/* binding */ ModelTimeoutError),
/* harmony export */   ModelUnavailableError: () => (/* binding */ ModelUnavailableError),
/* harmony export */   ModelUnreachableError: () => (/* binding */ ModelUnreachableError),
/* harmony export */   createAnthropicModel: () => (/* binding */ createAnthropicModel)
/* harmony export */ });
/* harmony import */ var _anthropic_ai_sdk__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(25064);
/* harmony import */ var _anthropic_ai_sdk__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2968);
/* harmony import */ var _core_model_id_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(75958);
/* harmony import */ var _core_setting_names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(87862);
/* harmony import */ var _core_usage_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(14528);
/* harmony import */ var _defaults_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(55285);
/* harmony import */ var _network_failure_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4329);
/**
 * Claude's Messages API behind the engine's `ModelClient`: one streamed turn per call, system
 * prompt cached, no tools. The Anthropic API is served here; Amazon Bedrock and Vertex AI speak the
 * same API through Anthropic's SDK packages for them, loaded only when chosen
 * (`./platforms/`).
 *
 * Retries happen at two levels:
 * - HTTP errors before the stream starts (408, 409, 429, 5xx, 529, connection failures) are
 *   retried by the SDK itself (`maxRetries`, honouring `retry-after` / `retry-after-ms`). A
 *   request that got no answer at all is retried only as often as its kind allows (see
 *   ./network-failure.ts: never after a TLS failure, once after a name that did not resolve),
 *   then fails as a ModelUnreachableError naming the host the request went to.
 * - A stream that breaks off mid-way (connection cut, SSE `error` event, or an end without
 *   `message_stop`) is not retried by the SDK; this adapter re-sends the whole request up to
 *   `streamRetries` times and discards the partial text.
 *
 * Usage accounting: `ModelResponse.usage` is what was billed as far as the stream told us — the
 * successful attempt's final usage plus, for each attempt that broke off after `message_start`,
 * its input/cache tokens and its output tokens (the larger of the last reported count and the
 * received text's length / 4). HTTP errors are not billed and count nothing. A `ModelError`
 * carries the same running total in `usage`, so a failed run can still report its cost.
 */






/** A failed model call. Messages are plain words for the workflow log and never hold the key. */
class ModelError extends Error {
    code;
    /** HTTP status of the API's answer, when the failure was one. */
    status;
    /** Tokens billed before the failure, as far as known (see the module comment). */
    usage = (0,_core_usage_js__WEBPACK_IMPORTED_MODULE_3__/* .emptyUsage */ .ly)();
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
const DEFAULTS = {
    maxRetries: 4,
    streamRetries: 2,
    timeoutMs: 10 * 60 * 1000,
    progressIntervalMs: 2000,
    streamRetryDelayMs: 1000,
};
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
const estimateTokens = (text) => Math.ceil(text.length / 4);
/**
 * Thrown by the adapter's middleware to stop the SDK retrying a request that got no answer (an
 * error from middleware that is not a fetch error is passed on as it is). Its message and lack
 * of `cause` keep the SDK from taking it for a timeout, which it would retry.
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
/** What to check when a platform refuses the credentials, in its own terms and the interface's. */
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
/** How the platform SDKs report that no cloud credentials could be found. */
const CREDENTIAL_FAILURE = /^Failed to (resolve AWS credentials|acquire Google OAuth credentials)/;
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
    if (!(error instanceof _anthropic_ai_sdk__WEBPACK_IMPORTED_MODULE_4__/* .APIConnectionError */ .xX) || !CREDENTIAL_FAILURE.test(error.message)) {
        return undefined;
    }
    const failure = (0,_network_failure_js__WEBPACK_IMPORTED_MODULE_2__/* .findNetworkFailure */ .Ct)(error.cause);
    return failure && !isMetadataService(failure) ? failure : undefined;
}
/** The API's own words: Anthropic's `error.message`, or Bedrock's top-level `message`. */
function messageOf(error) {
    const body = error.error;
    return error.apiMessage ?? (typeof body?.message === 'string' ? body.message : error.message);
}
function required(value, name) {
    if (!value)
        throw new Error(`The model client needs the ${name} option for this provider.`);
    return value;
}
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
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
const count = (n) => n.toLocaleString('en-US');
/** The size of text as a file on disk: "120 KB", "3.4 KB", "600 bytes". */
function formatSize(text) {
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes < 1000)
        return plural(bytes, 'byte');
    const kb = bytes / 1000;
    return `${kb < 10 ? kb.toFixed(1) : Math.round(kb)} KB`;
}
/** What to do when an answer reached the output limit: a higher one, while there is one. */
function raiseOutputLimit(limit, names) {
    if (limit >= _defaults_js__WEBPACK_IMPORTED_MODULE_5__/* .MOST_OUTPUT_TOKENS */ .Zk) {
        return (`That is as long as current Claude models write; ask for a shorter design (fewer or ` +
            'shorter requirements, or instructions that ask for brevity) and run again.');
    }
    const higher = Math.min(limit * 2, _defaults_js__WEBPACK_IMPORTED_MODULE_5__/* .MOST_OUTPUT_TOKENS */ .Zk);
    return `Raise ${names.maxOutputTokens} (for example to ${count(higher)}) and run again.`;
}
function formatSeconds(ms) {
    return `${Number((ms / 1000).toFixed(ms < 10_000 ? 2 : 0))} s`;
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
function createAnthropicModel(options) {
    const model = options.model;
    const maxRetries = options.maxRetries ?? DEFAULTS.maxRetries;
    const streamRetries = options.streamRetries ?? DEFAULTS.streamRetries;
    const timeoutMs = Math.max(1, Math.round(options.timeoutMs ?? DEFAULTS.timeoutMs));
    const progressIntervalMs = options.progressIntervalMs ?? DEFAULTS.progressIntervalMs;
    const streamRetryDelayMs = options.streamRetryDelayMs ?? DEFAULTS.streamRetryDelayMs;
    const provider = options.provider ?? 'anthropic';
    const apiKey = options.apiKey || null;
    /** "the Anthropic API", "Amazon Bedrock", "Vertex AI" */
    const api = _core_model_id_js__WEBPACK_IMPORTED_MODULE_0__/* .PROVIDER_NAMES */ .xd[provider];
    const Api = api.charAt(0).toUpperCase() + api.slice(1);
    /** "Anthropic API", "Amazon Bedrock", "Vertex AI": as a name before a noun. */
    const apiName = api.replace(/^the /, '');
    const names = options.settingNames ?? _core_setting_names_js__WEBPACK_IMPORTED_MODULE_1__/* .ACTION_SETTING_NAMES */ .x;
    const credentials = credentialHints(provider, names);
    // Values shorter than this are not real secrets; replacing them would garble every message.
    const secrets = [apiKey, ...Object.values(options.defaultHeaders ?? {})].filter((value) => value != null && value.length >= 8);
    const redact = (text) => secrets.reduce((out, secret) => out.split(secret).join('[redacted]'), text);
    // Counts HTTP requests (retries included) of the current complete() call, for messages.
    let httpAttempts = 0;
    // Requests that got no answer, classified with the host they went to (after the platform SDK
    // rewrote the URL), keyed by the error fetch threw and by its cause: the SDK passes on one or
    // the other (a copy with the same cause, for an error from another realm).
    const networkFailures = new WeakMap();
    let lastNetworkFailure = null;
    let lastHost = null;
    const baseFetch = options.fetch ?? fetch;
    const countingFetch = async (input, init) => {
        httpAttempts++;
        const url = input instanceof Request ? input.url : input;
        lastHost = (0,_network_failure_js__WEBPACK_IMPORTED_MODULE_2__/* .hostOf */ .w4)(url) ?? lastHost;
        lastNetworkFailure = null;
        try {
            return await baseFetch(input, init);
        }
        catch (error) {
            const failure = (0,_network_failure_js__WEBPACK_IMPORTED_MODULE_2__/* .findNetworkFailure */ .Ct)(error, url);
            if (failure && typeof error === 'object' && error !== null) {
                lastNetworkFailure = failure;
                networkFailures.set(error, failure);
                const cause = error.cause;
                if (typeof cause === 'object' && cause !== null)
                    networkFailures.set(cause, failure);
            }
            throw error;
        }
    };
    const failureOf = (error) => {
        if (typeof error !== 'object' || error === null)
            return undefined;
        const cause = error.cause;
        return (networkFailures.get(error) ??
            (typeof cause === 'object' && cause !== null ? networkFailures.get(cause) : undefined));
    };
    /**
     * Per request: lets the SDK retry a request that got no answer only as often as its kind
     * allows, and then stops it.
     */
    const limitNetworkRetries = () => {
        let retries = 0;
        return async (request, next) => {
            try {
                return await next(request);
            }
            catch (error) {
                const failure = failureOf(error) ?? credentialNetworkFailure(error);
                if (!failure)
                    throw error;
                if (retries >= (0,_network_failure_js__WEBPACK_IMPORTED_MODULE_2__/* .networkRetryLimit */ .WK)(failure))
                    throw new GiveUpOnNetwork(failure, error);
                retries++;
                throw error;
            }
        };
    };
    /** Where requests go: what to check when they cannot get there. */
    const endpointSetting = options.baseURL || provider === 'anthropic'
        ? names.baseUrl
        : provider === 'bedrock'
            ? names.awsRegion
            : names.vertexRegion;
    const unreachable = (failure, attempts) => {
        const host = failure.host ?? lastHost ?? (0,_network_failure_js__WEBPACK_IMPORTED_MODULE_2__/* .hostOf */ .w4)(options.baseURL) ?? 'its endpoint';
        const after = attempts > 1 ? ` after ${plural(attempts, 'attempt')}` : '';
        return new ModelUnreachableError(redact(`Could not reach ${api} at ${host}${after}: ${(0,_network_failure_js__WEBPACK_IMPORTED_MODULE_2__/* .describeNetworkFailure */ .Ku)(failure)}. ` +
            (0,_network_failure_js__WEBPACK_IMPORTED_MODULE_2__/* .networkAdvice */ .B0)(failure, endpointSetting)), failure);
    };
    const clientOptions = {
        baseURL: options.baseURL,
        maxRetries,
        timeout: timeoutMs,
        defaultHeaders: options.defaultHeaders,
        fetch: countingFetch,
    };
    // One client for every call, so cloud credentials are fetched once and reused.
    let client = null;
    const getClient = () => (client ??= createClient());
    async function createClient() {
        if (provider === 'bedrock') {
            const { createBedrockClient } = await Promise.all(/* import() */[__webpack_require__.e(820), __webpack_require__.e(165)]).then(__webpack_require__.bind(__webpack_require__, 24165));
            return createBedrockClient({ ...clientOptions, region: required(options.region, 'region') });
        }
        if (provider === 'vertex') {
            const { createVertexClient } = await Promise.all(/* import() */[__webpack_require__.e(33), __webpack_require__.e(309)]).then(__webpack_require__.bind(__webpack_require__, 5309));
            return createVertexClient({
                ...clientOptions,
                region: required(options.region, 'region'),
                projectId: required(options.projectId, 'projectId'),
            });
        }
        return new _anthropic_ai_sdk__WEBPACK_IMPORTED_MODULE_6__/* .Anthropic */ .N({
            ...clientOptions,
            apiKey,
            // Without a key (a gateway that authorises requests itself) no Authorization is sent.
            defaultHeaders: apiKey
                ? options.defaultHeaders
                : { authorization: null, ...options.defaultHeaders },
        });
    }
    /** Maps an error the SDK threw (after its own retries) to a ModelError. */
    function fromSdkError(error, httpAttempts) {
        const attempts = plural(httpAttempts, 'attempt');
        if (error instanceof GiveUpOnNetwork) {
            return error.original instanceof _anthropic_ai_sdk__WEBPACK_IMPORTED_MODULE_4__/* .APIConnectionError */ .xX
                ? fromSdkError(error.original, httpAttempts)
                : unreachable(error.failure, httpAttempts);
        }
        if (error instanceof _anthropic_ai_sdk__WEBPACK_IMPORTED_MODULE_4__/* .APIConnectionTimeoutError */ .qA) {
            // undici's connect timeout, which the SDK takes for its own.
            if (lastNetworkFailure?.kind === 'timeout') {
                return unreachable(lastNetworkFailure, httpAttempts);
            }
            return new ModelTimeoutError(`No response from ${api} within ${formatSeconds(timeoutMs)} (${attempts}).`);
        }
        if (error instanceof _anthropic_ai_sdk__WEBPACK_IMPORTED_MODULE_4__/* .APIConnectionError */ .xX) {
            const cause = redact(describeCause(error.cause ?? error));
            if (CREDENTIAL_FAILURE.test(error.message)) {
                // The platform SDK could not get cloud credentials: from the runner's environment, or
                // from a token endpoint it could not reach (named by the error, not by a request of ours).
                const network = credentialNetworkFailure(error);
                if (network) {
                    const at = network.host ? ` at ${network.host}` : '';
                    const setting = provider === 'bedrock' ? names.awsCredentials : names.googleCredentials;
                    return new ModelUnreachableError(redact(`${error.message.replace(/\.$/, '')}: the credentials endpoint${at} could not be ` +
                        `reached: ${(0,_network_failure_js__WEBPACK_IMPORTED_MODULE_2__/* .describeNetworkFailure */ .Ku)(network)}. ${(0,_network_failure_js__WEBPACK_IMPORTED_MODULE_2__/* .networkAdvice */ .B0)(network, setting)}`), network);
                }
                return new ModelAuthError(`${error.message} (${cause}). ${credentials.missing}`);
            }
            const failure = failureOf(error.cause);
            if (failure)
                return unreachable(failure, httpAttempts);
            const host = lastHost ?? (0,_network_failure_js__WEBPACK_IMPORTED_MODULE_2__/* .hostOf */ .w4)(options.baseURL) ?? 'the default endpoint';
            return new ModelUnavailableError(`Could not reach ${api} at ${host} after ${attempts} (${cause}).`);
        }
        if (error instanceof _anthropic_ai_sdk__WEBPACK_IMPORTED_MODULE_4__/* .APIError */ .LG) {
            const status = error.status;
            const apiMessage = redact(messageOf(error));
            const type = error.type ?? undefined;
            if (status === undefined)
                return fromErrorType(type, apiMessage);
            if (status === 401) {
                return new ModelAuthError(`${Api} rejected ${credentials.what} (401). ${credentials.check}`, status);
            }
            if (status === 403) {
                return new ModelAuthError(`${Api} refused access with ${credentials.what} (403): ${apiMessage}. ${credentials.check} ${credentials.permissions}`, status);
            }
            if (status === 404) {
                return new ModelNotFoundError(`${Api} does not know the model "${model}" (404: ${apiMessage}). ${credentials.model}`, status);
            }
            if (status === 408 || status === 409 || status === 429 || status >= 500) {
                return new ModelUnavailableError(`${apiName} ${describeStatus(status)} (${status}) after ${attempts}: ${apiMessage}. ` +
                    'Try again later.', status);
            }
            return new ModelRequestError(`${Api} rejected the request (${status}${type ? ` ${type}` : ''}): ${apiMessage}`, status);
        }
        return new ModelUnavailableError(`The ${apiName} call failed: ${redact(describeCause(error))}`);
    }
    /** Maps a non-transient SSE `error` event to a ModelError. */
    function fromErrorType(type, message) {
        if (type === 'authentication_error' || type === 'permission_error') {
            return new ModelAuthError(`${Api} rejected ${credentials.what} mid-stream (${type}): ${message}. ${credentials.check}`);
        }
        if (type === 'not_found_error') {
            return new ModelNotFoundError(`${Api} does not know the model "${model}" (${type}): ${message}`);
        }
        if (type === undefined || TRANSIENT_STREAM_ERRORS.has(type)) {
            return new ModelUnavailableError(`${apiName} error mid-stream (${type ?? 'unknown'}): ${message}`);
        }
        return new ModelRequestError(`${Api} rejected the request (${type}): ${message}`);
    }
    async function complete(request) {
        const deadline = new AbortController();
        const timer = setTimeout(() => deadline.abort(), timeoutMs);
        let billed = (0,_core_usage_js__WEBPACK_IMPORTED_MODULE_3__/* .emptyUsage */ .ly)();
        httpAttempts = 0;
        let lastText = '';
        const timedOut = () => new ModelTimeoutError(`No complete response from the model within ${formatSeconds(timeoutMs)}` +
            (lastText ? ` (about ${estimateTokens(lastText)} output tokens had arrived).` : '.'));
        const system = request.system.filter((text) => text.trim().length > 0);
        const params = {
            model,
            max_tokens: options.maxOutputTokens,
            messages: request.messages.map(({ role, content }) => ({ role, content })),
            stream: true,
        };
        if (system.length > 0) {
            params.system = system.map((text, i) => i === system.length - 1
                ? { type: 'text', text, cache_control: { type: 'ephemeral' } }
                : { type: 'text', text });
        }
        const progress = (outputTokens, text) => {
            try {
                request.onProgress?.({ outputTokens, text });
            }
            catch {
                // A progress reporter must not break the call.
            }
        };
        /** One HTTP request and its stream. Throws ModelErrors for what retrying cannot fix. */
        async function attempt() {
            let stream;
            try {
                const messages = (await getClient()).messages;
                stream = await messages.create(params, {
                    signal: deadline.signal,
                    middleware: [limitNetworkRetries()],
                });
            }
            catch (error) {
                if (deadline.signal.aborted)
                    throw timedOut();
                throw fromSdkError(error, httpAttempts);
            }
            let text = '';
            let started = false;
            let stopped = false;
            let stopReason = null;
            let responseModel = model;
            const usage = (0,_core_usage_js__WEBPACK_IMPORTED_MODULE_3__/* .emptyUsage */ .ly)();
            let lastProgressAt = -Infinity;
            try {
                for await (const event of stream) {
                    switch (event.type) {
                        case 'message_start': {
                            started = true;
                            responseModel = event.message.model || model;
                            const u = event.message.usage;
                            usage.inputTokens = u.input_tokens;
                            usage.outputTokens = u.output_tokens;
                            usage.cacheCreationInputTokens = u.cache_creation_input_tokens ?? 0;
                            usage.cacheReadInputTokens = u.cache_read_input_tokens ?? 0;
                            break;
                        }
                        case 'content_block_start':
                            if (event.content_block.type === 'text')
                                text += event.content_block.text;
                            break;
                        case 'content_block_delta':
                            if (event.delta.type === 'text_delta') {
                                text += event.delta.text;
                                lastText = text;
                                const now = Date.now();
                                if (now - lastProgressAt >= progressIntervalMs) {
                                    lastProgressAt = now;
                                    progress(estimateTokens(text), text);
                                }
                            }
                            break;
                        case 'message_delta': {
                            stopReason = event.delta.stop_reason ?? stopReason;
                            const u = event.usage;
                            usage.outputTokens = u.output_tokens;
                            if (u.input_tokens != null)
                                usage.inputTokens = u.input_tokens;
                            if (u.cache_creation_input_tokens != null) {
                                usage.cacheCreationInputTokens = u.cache_creation_input_tokens;
                            }
                            if (u.cache_read_input_tokens != null) {
                                usage.cacheReadInputTokens = u.cache_read_input_tokens;
                            }
                            break;
                        }
                        case 'message_stop':
                            stopped = true;
                            break;
                    }
                }
            }
            catch (error) {
                if (deadline.signal.aborted)
                    throw timedOut();
                if (error instanceof _anthropic_ai_sdk__WEBPACK_IMPORTED_MODULE_4__/* .APIError */ .LG && error.status === undefined) {
                    // An SSE `error` event (the SDK throws it as a status-less APIError).
                    const type = error.type ?? undefined;
                    if (type !== undefined && !TRANSIENT_STREAM_ERRORS.has(type)) {
                        throw fromErrorType(type, redact(error.apiMessage ?? error.message));
                    }
                }
                return { ok: false, cause: describeBreak(error), usage: partialUsage(started, usage, text) };
            }
            // The SDK ends the iteration quietly when the request is aborted.
            if (deadline.signal.aborted)
                throw timedOut();
            if (!stopped) {
                return {
                    ok: false,
                    cause: 'the stream ended before message_stop',
                    usage: partialUsage(started, usage, text),
                };
            }
            return { ok: true, text, usage, model: responseModel, stopReason };
        }
        function describeBreak(error) {
            if (error instanceof _anthropic_ai_sdk__WEBPACK_IMPORTED_MODULE_4__/* .APIError */ .LG && error.status === undefined && error.type) {
                return `${error.type} event: ${redact(error.apiMessage ?? error.message)}`;
            }
            return `the connection was cut (${redact(describeCause(error))})`;
        }
        try {
            for (let retry = 0;; retry++) {
                if (retry > 0)
                    await sleep(streamRetryDelayMs * 2 ** (retry - 1), deadline.signal);
                if (deadline.signal.aborted)
                    throw timedOut();
                const result = await attempt();
                billed = (0,_core_usage_js__WEBPACK_IMPORTED_MODULE_3__/* .addUsage */ .vk)(billed, result.usage);
                if (!result.ok) {
                    if (retry < streamRetries)
                        continue;
                    const tries = retry === 0 ? 'the only attempt' : `all ${retry + 1} attempts`;
                    throw new ModelUnavailableError(`The ${apiName} response stream broke off mid-way on ${tries} ` +
                        `(last: ${result.cause}). Try again later.`);
                }
                if (result.stopReason === 'max_tokens') {
                    throw new ModelOutputTruncatedError(`The answer was cut off at the output limit of ${count(options.maxOutputTokens)} tokens ` +
                        `(about ${formatSize(result.text)} of design written). ` +
                        raiseOutputLimit(options.maxOutputTokens, names), options.maxOutputTokens, result.usage.outputTokens);
                }
                if (result.stopReason === 'model_context_window_exceeded') {
                    throw new ModelOutputTruncatedError(`The answer was cut off at ${count(result.usage.outputTokens)} output tokens ` +
                        `(about ${formatSize(result.text)} of design written) because the model's ` +
                        'context window is full. Shorten the requirements or use a model with a larger ' +
                        'context window.', options.maxOutputTokens, result.usage.outputTokens);
                }
                if (result.stopReason === 'refusal') {
                    throw new ModelRefusalError('The model declined to write this design (stop_reason "refusal"). ' +
                        'Review the requirements document for content that may trigger its safety policies.');
                }
                progress(result.usage.outputTokens, result.text);
                return { text: result.text, usage: { ...billed }, model: result.model };
            }
        }
        catch (error) {
            const failure = error instanceof ModelError ? error : fromSdkError(error, httpAttempts);
            failure.usage = { ...billed };
            if (secrets.some((s) => failure.message.includes(s) || failure.stack?.includes(s))) {
                failure.message = redact(failure.message);
                failure.stack = redact(failure.stack ?? '');
            }
            throw failure;
        }
        finally {
            clearTimeout(timer);
            deadline.abort(); // releases anything still attached to the request
        }
    }
    return { model, complete };
}
/** Billed usage of an attempt that broke off: nothing before message_start. */
function partialUsage(started, usage, text) {
    if (!started)
        return (0,_core_usage_js__WEBPACK_IMPORTED_MODULE_3__/* .emptyUsage */ .ly)();
    return { ...usage, outputTokens: Math.max(usage.outputTokens, estimateTokens(text)) };
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

/***/ 75958:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l1: () => (/* binding */ anthropicModelName),
/* harmony export */   tZ: () => (/* binding */ ModelIdError),
/* harmony export */   xd: () => (/* binding */ PROVIDER_NAMES),
/* harmony export */   xq: () => (/* binding */ PROVIDERS),
/* harmony export */   yn: () => (/* binding */ platformModelId)
/* harmony export */ });
/* unused harmony export bedrockProfilePrefix */
/* harmony import */ var _setting_names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(87862);
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

/***/ 87862:
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

/***/ 14528:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FQ: () => (/* binding */ totalInputTokens),
/* harmony export */   ly: () => (/* binding */ emptyUsage),
/* harmony export */   vk: () => (/* binding */ addUsage)
/* harmony export */ });
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

/***/ 55285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $b: () => (/* binding */ DEFAULT_MAX_QUESTIONS),
/* harmony export */   KB: () => (/* binding */ DEFAULT_MIN_ANSWER_PERMISSION),
/* harmony export */   UB: () => (/* binding */ DEFAULT_MODEL),
/* harmony export */   Zk: () => (/* binding */ MOST_OUTPUT_TOKENS),
/* harmony export */   ig: () => (/* binding */ DEFAULT_MAX_OUTPUT_TOKENS)
/* harmony export */ });
const DEFAULT_MODEL = 'claude-sonnet-5-5';
/**
 * Room for the longest real designs (43–56 KB, about 14k output tokens) at about twice their
 * size, so a thorough answer is not cut off. The limit bounds what a run may be billed, not what
 * it is billed: a call pays only for the tokens it writes.
 */
const DEFAULT_MAX_OUTPUT_TOKENS = 32_000;
/** The most output tokens current Claude models write in one answer (Sonnet 5 and Opus 5). */
const MOST_OUTPUT_TOKENS = 128_000;
/** More question comments than this flood a pull request; a design rarely has this many real ones. */
const DEFAULT_MAX_QUESTIONS = 20;
/** Any collaborator may answer: the people who know the answers often review without write access. */
const DEFAULT_MIN_ANSWER_PERMISSION = 'read';


/***/ })

};
