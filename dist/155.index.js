export const id = 155;
export const ids = [155];
export const modules = {

/***/ 70155:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readAnswerEvent: () => (/* binding */ readAnswerEvent),
/* harmony export */   runAnswerFlow: () => (/* binding */ runAnswerFlow)
/* harmony export */ });
/* harmony import */ var _adapters_github_review_threads_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17740);
/* harmony import */ var _github_text_threads_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(33372);
/* harmony import */ var _outcome_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(58301);
/* harmony import */ var _payloads_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(34918);
/* harmony import */ var _pull_request_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(90440);
/* harmony import */ var _steps_sources_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2327);
/**
 * A reply in one of the design's question threads: the "Technical design" check is set again on
 * the head commit, so an answer moves the gate without a model call or a new design. A reply in
 * any other thread costs one request.
 */






function readAnswerEvent(payload) {
    const event = (0,_payloads_js__WEBPACK_IMPORTED_MODULE_4__/* .loosePayload */ .zN)(payload);
    const pr = event.pull_request;
    if (!pr?.number || !pr.head?.sha || !event.comment?.in_reply_to_id) {
        throw new Error('The event has no reply to a review comment: is the workflow triggered by pull_request_review_comment?');
    }
    return {
        action: String(event.action ?? ''),
        number: pr.number,
        headSha: pr.head.sha,
        inReplyTo: event.comment.in_reply_to_id,
        defaultBranch: event.repository?.default_branch ?? 'main',
    };
}
async function runAnswerFlow(deps, event) {
    const { designPath } = deps.settings;
    const threads = await (0,_adapters_github_review_threads_js__WEBPACK_IMPORTED_MODULE_0__/* .listReviewThreads */ .s0)(deps.gh, event.number);
    const asked = (0,_github_text_threads_js__WEBPACK_IMPORTED_MODULE_1__/* .questionThreads */ .O3)(threads, designPath).find((t) => t.rootCommentId === event.inReplyTo);
    if (!asked) {
        return (0,_outcome_js__WEBPACK_IMPORTED_MODULE_5__/* .skipped */ .h)(designPath, `The reply is not in a question thread of ${designPath}: the check stays as it is.`, event.number);
    }
    const outcome = await (0,_pull_request_js__WEBPACK_IMPORTED_MODULE_2__/* .withDesignCheck */ .rT)(deps, { ...(0,_outcome_js__WEBPACK_IMPORTED_MODULE_5__/* .skipped */ .h)(designPath, '', event.number), result: 'unchanged' }, {
        number: event.number,
        headSha: event.headSha,
        template: await (0,_steps_sources_js__WEBPACK_IMPORTED_MODULE_3__/* .loadTemplate */ .PM)(deps, event.defaultBranch),
        threads,
    });
    const reply = `A reply in a question thread was ${event.action || 'changed'}; ${designPath} stays as it is until the next revision.`;
    return {
        ...outcome,
        reason: outcome.check
            ? `${reply} The check says: ${outcome.check.title}.`
            : `${reply} The check could not be set.`,
    };
}


/***/ })

};
