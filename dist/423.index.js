export const id = 423;
export const ids = [423];
export const modules = {

/***/ 45423:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createGitHub: () => (/* binding */ createGitHub)
/* harmony export */ });
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(49735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(86856);
/* harmony import */ var _octokit_rest__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(59988);
/* harmony import */ var bottleneck__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62203);
/* harmony import */ var bottleneck__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(bottleneck__WEBPACK_IMPORTED_MODULE_0__);
/**
 * The typed GitHub client every GitHub call goes through: Octokit with retries for transient
 * failures and waits for rate limits, bound to one repository.
 */




const GitHubOctokit = _octokit_rest__WEBPACK_IMPORTED_MODULE_1__/* .Octokit */ .E.plugin(_octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_2__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_3__/* .throttling */ .A);
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


/***/ })

};
