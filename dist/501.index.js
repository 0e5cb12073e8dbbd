export const id = 501;
export const ids = [501];
export const modules = {

/***/ 501:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   failureFields: () => (/* binding */ failureFields),
/* harmony export */   p: () => (/* binding */ reasonWithSpending)
/* harmony export */ });
/* harmony import */ var _github_text_comments_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(45975);
/* harmony import */ var _config_pricing_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(24384);
/* harmony import */ var _config_usage_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(75933);
/* harmony import */ var _engine_failure_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(35528);
/* harmony import */ var _text_describe_error_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(98701);
/**
 * What a failed run reports besides its result: why it failed, what it spent on the model (every
 * paid call, not only the last), and the last draft it had to reject. Pure.
 */





/**
 * The fields of a failed outcome, from what was thrown. The engine's failure details give the
 * whole run's spending; an error from before the engine wrapped it (the model adapter's own)
 * carries at most its `usage`, and then model, calls and cost stay unknown.
 */
function failureFields(error, secrets) {
    const { spending, rejectedDraft } = (0,_engine_failure_js__WEBPACK_IMPORTED_MODULE_2__/* .failureDetails */ .JK)(error);
    const reason = (0,_text_describe_error_js__WEBPACK_IMPORTED_MODULE_3__/* .describeError */ .U)(error, secrets);
    const draft = rejectedDraft && {
        // The model never sees a secret, but nothing the action writes may carry one.
        document: (0,_text_describe_error_js__WEBPACK_IMPORTED_MODULE_3__/* .redact */ .E)(rejectedDraft.document, secrets),
        violations: rejectedDraft.violations.map((v) => ({
            ...v,
            message: (0,_text_describe_error_js__WEBPACK_IMPORTED_MODULE_3__/* .redact */ .E)(v.message, secrets),
        })),
    };
    const fields = spending
        ? {
            reason,
            usage: spending.usage,
            model: spending.model,
            modelCalls: spending.modelCalls,
            costUsd: (0,_config_pricing_js__WEBPACK_IMPORTED_MODULE_1__/* .estimateCostUsd */ .MI)(spending.usage, spending.model),
        }
        : { reason, usage: usageOf(error) };
    return draft ? { ...fields, rejectedDraft: draft } : fields;
}
/** The `usage` a model adapter error carries, when it has a well-formed one. */
function usageOf(error) {
    const usage = error?.usage;
    if (typeof usage !== 'object' || usage === null)
        return undefined;
    const u = usage;
    const fields = [u.inputTokens, u.outputTokens, u.cacheReadInputTokens, u.cacheCreationInputTokens];
    return fields.every((n) => typeof n === 'number' && Number.isFinite(n))
        ? usage
        : undefined;
}
/**
 * The comment clips a reason at 2,000 characters; the reason is clipped first to this, so the
 * line saying what the run spent is never the part cut off.
 */
const MAX_REASON_CHARS = 1_800;
/**
 * The reason a run stopped, with what it spent when it called the model: for the comment about
 * a run that ended without a design, whose reader would otherwise not see the cost.
 */
function reasonWithSpending(outcome) {
    const { usage } = outcome;
    const spent = usage
        ? (0,_github_text_comments_js__WEBPACK_IMPORTED_MODULE_0__/* .usageLine */ .U0)((0,_config_usage_js__WEBPACK_IMPORTED_MODULE_4__/* .totalInputTokens */ .FQ)(usage), usage.outputTokens, outcome.costUsd ?? null)
        : '';
    const reason = outcome.reason.trim();
    if (spent === '')
        return reason;
    const chars = Array.from(reason);
    const clipped = chars.length <= MAX_REASON_CHARS ? reason : `${chars.slice(0, MAX_REASON_CHARS - 1).join('')}…`;
    return `${clipped}\n\nThe run used ${spent}`;
}


/***/ })

};
