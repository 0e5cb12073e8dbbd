export const id = 423;
export const ids = [423];
export const modules = {

/***/ 45423:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createGitHub: () => (/* binding */ createGitHub)
/* harmony export */ });
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(49735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(86856);
/* harmony import */ var _octokit_rest__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(59988);
/* harmony import */ var bottleneck__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62203);
/* harmony import */ var bottleneck__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(bottleneck__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _network_failure_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4329);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4807);
/**
 * The typed GitHub client every GitHub call goes through: Octokit with retries for transient
 * failures and waits for rate limits, bound to one repository.
 *
 * Requests that got no answer at all (a name that does not resolve, a refused connection, a TLS
 * failure) are retried by `networkRetries`, briefly and by kind (see ../network-failure.ts), and
 * then fail as a GitHubUnreachableError that names the host and the cause. Octokit itself would
 * report them as a status 500 it never received, which @octokit/plugin-retry retries for 14 s.
 */






/** Pause before network retry n (0-based): 250 ms, then 500 ms. */
const NETWORK_RETRY_DELAY_MS = 250;
/**
 * An Octokit plugin, registered before `retry` so that its hook is the inner one: it sees a
 * failed fetch first, retries it as its kind allows, and then throws an error without a status,
 * which plugin-retry passes on without retrying. A request sent with `request.retries` (as
 * createReview sends 0, to check whether a review landed before sending it again) is retried
 * here at most that often too.
 */
function networkRetries(octokit) {
    octokit.hook.wrap('request', async (request, options) => {
        const allowed = options.request?.retries;
        for (let attempt = 1;; attempt++) {
            try {
                return await request(options);
            }
            catch (error) {
                if (!(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .gotNoAnswer */ .kZ)(error))
                    throw error;
                const url = error.request?.url ?? options.baseUrl;
                const failure = (0,_network_failure_js__WEBPACK_IMPORTED_MODULE_1__/* .findNetworkFailure */ .Ct)(error, url);
                if (!failure)
                    throw error;
                const limit = Math.min((0,_network_failure_js__WEBPACK_IMPORTED_MODULE_1__/* .networkRetryLimit */ .WK)(failure), typeof allowed === 'number' ? allowed : Number.POSITIVE_INFINITY);
                if (attempt <= limit) {
                    await new Promise((resolve) => setTimeout(resolve, NETWORK_RETRY_DELAY_MS * 2 ** (attempt - 1)));
                    continue;
                }
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .GitHubUnreachableError */ .WD(failure, attempt, { method: options.method, url: withoutQuery(url) }, { cause: error });
            }
        }
    });
}
function withoutQuery(url) {
    try {
        const { origin, pathname } = new URL(url);
        return `${origin}${pathname}`;
    }
    catch {
        return '';
    }
}
const GitHubOctokit = _octokit_rest__WEBPACK_IMPORTED_MODULE_3__/* .Octokit */ .E.plugin(networkRetries, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_4__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_5__/* .throttling */ .A);
function createGitHub(options) {
    const { token, repo, baseUrl, graphqlUrl, rateLimitRetries = 2, log = () => { } } = options;
    const onLimit = (kind) => (retryAfter, request, _octokit, retryCount) => {
        const retrying = retryCount < rateLimitRetries;
        log(`GitHub ${kind} rate limit on ${request.method} ${request.url}; ` +
            (retrying ? `waiting ${retryAfter} s before retrying.` : 'giving up.'));
        return retrying;
    };
    const octokit = new GitHubOctokit({
        auth: token,
        baseUrl: baseUrl.replace(/\/+$/, ''),
        userAgent: 'tech-design-action',
        // Octokit's own request log is noise (a 404 for a file not yet written is normal): failures are reported by the calls.
        log: { debug: () => { }, info: () => { }, warn: () => { }, error: () => { } },
        ...(options.fetch ? { request: { fetch: options.fetch } } : {}),
        retry: { retries: 3 },
        throttle: {
            onRateLimit: onLimit('primary'),
            onSecondaryRateLimit: onLimit('secondary'),
            // A run makes a handful of writes: no pacing between them, but rate-limit answers are still waited out.
            write: new (bottleneck__WEBPACK_IMPORTED_MODULE_0___default().Group)({ maxConcurrent: 1, minTime: 0 }),
            notifications: new (bottleneck__WEBPACK_IMPORTED_MODULE_0___default().Group)({ maxConcurrent: 1, minTime: 0 }),
        },
    });
    return { octokit, graphql: octokit.graphql.defaults({ url: graphqlUrl }), repo };
}


/***/ }),

/***/ 4807:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pm: () => (/* binding */ explainGitHubError),
/* harmony export */   WD: () => (/* binding */ GitHubUnreachableError),
/* harmony export */   c2: () => (/* binding */ statusOf),
/* harmony export */   kZ: () => (/* binding */ gotNoAnswer),
/* harmony export */   y_: () => (/* binding */ GitHubError)
/* harmony export */ });
/* harmony import */ var _network_failure_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4329);
/** GitHub failures turned into messages a person can act on. */

/** A GitHub call failed; the message says what was being done and what to do about it. */
class GitHubError extends Error {
    status;
    network;
    constructor(message, status, 
    /** Set when GitHub could not be reached at all: no HTTP answer came. */
    network) {
        super(message);
        this.status = status;
        this.network = network;
        this.name = 'GitHubError';
    }
}
/** Where GitHub Enterprise Server users point requests; github.com needs nothing set. */
const ENDPOINT_SETTING = 'GITHUB_API_URL on GitHub Enterprise Server';
/** "GitHub's API at api.github.com could not be reached: …. Check …." */
function describeUnreachable(failure, attempts) {
    const at = failure.host ? ` at ${failure.host}` : '';
    const after = attempts > 1 ? ` after ${attempts} attempts` : '';
    return (`GitHub's API${at} could not be reached${after}: ${(0,_network_failure_js__WEBPACK_IMPORTED_MODULE_0__/* .describeNetworkFailure */ .Ku)(failure)}. ` +
        (0,_network_failure_js__WEBPACK_IMPORTED_MODULE_0__/* .networkAdvice */ .B0)(failure, ENDPOINT_SETTING));
}
/**
 * A GitHub request that got no HTTP answer, after the client's own short retries (see
 * client.ts). It has no status, so @octokit/plugin-retry does not retry it again; `request`
 * is there because that plugin reads it from whatever it is handed.
 */
class GitHubUnreachableError extends Error {
    failure;
    attempts;
    request;
    constructor(failure, attempts, request, options) {
        super(describeUnreachable(failure, attempts), options);
        this.failure = failure;
        this.attempts = attempts;
        this.name = 'GitHubUnreachableError';
        this.request = request;
    }
}
const PERMISSIONS_HINT = 'The workflow token needs write access: add `permissions: { contents: write, pull-requests: write, issues: write }` to the workflow or job.';
function statusOf(error) {
    if (gotNoAnswer(error))
        return undefined;
    const status = error?.status;
    return typeof status === 'number' ? status : undefined;
}
/**
 * Whether the request got no answer at all: Octokit reports a fetch that threw as a
 * RequestError with status 500, no response, and the fetch error as its cause.
 */
function gotNoAnswer(error) {
    const e = error;
    return e?.status === 500 && e.response === undefined && e.cause !== undefined;
}
/** Wraps any error from a GitHub call: `doing` is e.g. "commit tech-design.md to feature/x". */
function explainGitHubError(error, doing) {
    if (error instanceof GitHubError)
        return error;
    if (error instanceof GitHubUnreachableError) {
        return new GitHubError(`Could not ${doing}: ${error.message}`, undefined, error.failure);
    }
    if (gotNoAnswer(error)) {
        const request = error.request;
        const failure = (0,_network_failure_js__WEBPACK_IMPORTED_MODULE_0__/* .findNetworkFailure */ .Ct)(error, request?.url);
        if (failure) {
            return new GitHubError(`Could not ${doing}: ${describeUnreachable(failure, 1)}`, undefined, failure);
        }
        const host = (0,_network_failure_js__WEBPACK_IMPORTED_MODULE_0__/* .hostOf */ .w4)(request?.url);
        return new GitHubError(`Could not ${doing}: the request to GitHub's API${host ? ` at ${host}` : ''} got no answer ` +
            `(${firstLine(error.message ?? String(error))}). Re-run the job.`, undefined);
    }
    const graphqlErrors = error?.errors;
    // A GraphQL FORBIDDEN is the REST 403 of the same missing permission.
    const status = graphqlErrors?.some((e) => e.type === 'FORBIDDEN') ? 403 : statusOf(error);
    const said = firstLine(graphqlErrors?.length
        ? graphqlErrors.map((e) => e.message ?? e.type ?? 'error').join('; ')
        : (error?.message ?? String(error)));
    let advice = '';
    if (status === 401)
        advice = ' The token is invalid or expired: check the github-token input.';
    else if (status === 403 && /rate limit/i.test(said))
        advice = ' GitHub rate-limited the token; try again later.';
    else if (status === 403)
        advice = ` ${PERMISSIONS_HINT}`;
    else if (status === 404)
        advice = ' It does not exist, or the token cannot see it.';
    else if (status !== undefined && status >= 500)
        advice = ' GitHub had a server error; re-run the job.';
    const code = status === undefined ? '' : ` (${status})`;
    return new GitHubError(`Could not ${doing}: GitHub answered${code} "${said}".${advice}`, status);
}
function firstLine(text) {
    const line = text.split('\n')[0] ?? '';
    return line.length > 300 ? `${line.slice(0, 300)}…` : line;
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


/***/ })

};
