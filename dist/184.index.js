export const id = 184;
export const ids = [184,136];
export const modules = {

/***/ 98136:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   failureFields: () => (/* binding */ failureFields),
/* harmony export */   p: () => (/* binding */ reasonWithSpending)
/* harmony export */ });
/* harmony import */ var _core_comments_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1009);
/* harmony import */ var _core_pricing_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(67577);
/* harmony import */ var _core_usage_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(14528);
/* harmony import */ var _engine_failure_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(35528);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83916);
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
    const reason = (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .describeError */ .U)(error, secrets);
    const draft = rejectedDraft && {
        // The model never sees a secret, but nothing the action writes may carry one.
        document: (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .redact */ .E)(rejectedDraft.document, secrets),
        violations: rejectedDraft.violations.map((v) => ({
            ...v,
            message: (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .redact */ .E)(v.message, secrets),
        })),
    };
    const fields = spending
        ? {
            reason,
            usage: spending.usage,
            model: spending.model,
            modelCalls: spending.modelCalls,
            costUsd: (0,_core_pricing_js__WEBPACK_IMPORTED_MODULE_1__/* .estimateCostUsd */ .MI)(spending.usage, spending.model),
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
        ? (0,_core_comments_js__WEBPACK_IMPORTED_MODULE_0__/* .usageLine */ .U0)((0,_core_usage_js__WEBPACK_IMPORTED_MODULE_4__/* .totalInputTokens */ .FQ)(usage), usage.outputTokens, outcome.costUsd ?? null)
        : '';
    const reason = outcome.reason.trim();
    if (spent === '')
        return reason;
    const chars = Array.from(reason);
    const clipped = chars.length <= MAX_REASON_CHARS ? reason : `${chars.slice(0, MAX_REASON_CHARS - 1).join('')}…`;
    return `${clipped}\n\nThe run used ${spent}`;
}


/***/ }),

/***/ 63184:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  t: () => (/* binding */ commandOnPullRequest),
  readCommandEvent: () => (/* binding */ readCommandEvent),
  runCommandFlow: () => (/* binding */ runCommandFlow)
});

// EXTERNAL MODULE: ./src/adapters/github/issue-comments.ts
var issue_comments = __webpack_require__(59336);
// EXTERNAL MODULE: ./src/adapters/github/pull-request.ts
var pull_request = __webpack_require__(63);
// EXTERNAL MODULE: ./src/adapters/github/errors.ts
var errors = __webpack_require__(4807);
;// CONCATENATED MODULE: ./src/adapters/github/viewer.ts

/**
 * The login the token acts as ("github-actions[bot]" for the workflow token). GraphQL answers
 * for app installation tokens too, where REST `GET /user` is refused.
 */
async function viewerLogin(gh) {
    try {
        const data = await gh.graphql('query Viewer { viewer { login } }');
        return data.viewer.login;
    }
    catch (error) {
        throw (0,errors/* explainGitHubError */.Pm)(error, 'read which account the token acts as');
    }
}

// EXTERNAL MODULE: ./src/action/failed-outcome.ts
var failed_outcome = __webpack_require__(98136);
// EXTERNAL MODULE: ./src/action/secrets.ts
var secrets = __webpack_require__(87911);
// EXTERNAL MODULE: ./src/core/comments.ts
var core_comments = __webpack_require__(1009);
// EXTERNAL MODULE: ./src/core/command.ts
var command = __webpack_require__(36102);
// EXTERNAL MODULE: ./src/core/permissions.ts
var permissions = __webpack_require__(17359);
// EXTERNAL MODULE: ./src/core/pricing.ts
var pricing = __webpack_require__(67577);
// EXTERNAL MODULE: ./src/engine/generate.ts
var generate = __webpack_require__(27819);
// EXTERNAL MODULE: ./src/flows/issue.ts + 2 modules
var issue = __webpack_require__(16732);
// EXTERNAL MODULE: ./src/flows/make-design.ts + 9 modules
var make_design = __webpack_require__(47491);
// EXTERNAL MODULE: ./src/flows/pull-request.ts
var flows_pull_request = __webpack_require__(73658);
// EXTERNAL MODULE: ./src/flows/sources.ts + 1 modules
var sources = __webpack_require__(54639);
;// CONCATENATED MODULE: ./src/adapters/github/reactions.ts

/** A reaction on an issue or pull request comment: the quickest sign that the bot heard. */
async function reactToComment(gh, commentId, content) {
    try {
        await gh.octokit.rest.reactions.createForIssueComment({
            ...gh.repo,
            comment_id: commentId,
            content,
        });
    }
    catch (error) {
        throw (0,errors/* explainGitHubError */.Pm)(error, `react to comment ${commentId}`);
    }
}

// EXTERNAL MODULE: ./src/core/usage.ts
var usage = __webpack_require__(14528);
;// CONCATENATED MODULE: ./src/flows/tracker.ts
/**
 * The tracking comment of a command: one comment, written by our code (never the model), kept up
 * to date from "started" to "done" or "failed", plus reactions on the command itself.
 */





/** Progress edits are spaced out: a comment edit per streamed chunk would be noise and rate-limit bait. */
const PROGRESS_EVERY_MS = 15_000;
async function startTracker(deps, command, target) {
    const { gh } = deps;
    await reactToComment(gh, command.commentId, 'eyes');
    const comment = await (0,issue_comments/* createIssueComment */.D$)(gh, command.number, (0,core_comments/* trackingComment */.f5)({ phase: 'started', target }));
    let lastUpdate = 0;
    let pending = Promise.resolve();
    const update = (state) => {
        // Edits go out one at a time and in order; a failed progress edit is not worth failing the run.
        pending = pending
            .then(() => (0,issue_comments/* updateIssueComment */.Qz)(gh, comment.id, (0,core_comments/* trackingComment */.f5)(state)))
            .catch((error) => deps.log.warning(`Could not update the tracking comment: ${String(error)}`));
        return pending;
    };
    return {
        progress({ outputTokens, section }) {
            const now = Date.now();
            if (now - lastUpdate < PROGRESS_EVERY_MS)
                return;
            lastUpdate = now;
            void update({ phase: 'generating', target, outputTokens, section });
        },
        async finish(outcome) {
            const runUrl = deps.ctx.runUrl;
            const { result } = outcome;
            await update(result === 'failed' || result === 'skipped'
                ? {
                    phase: result,
                    target,
                    // These states have no usage of their own: what the model cost goes with the reason.
                    reason: (0,failed_outcome/* reasonWithSpending */.p)(outcome),
                    runUrl,
                }
                : {
                    phase: 'done',
                    target,
                    result,
                    commitUrl: outcome.commitUrl,
                    reviewUrl: outcome.reviewUrl,
                    pullRequestUrl: outcome.pullRequestUrl,
                    questions: outcome.openQuestions.length,
                    questionsPosted: outcome.questionsPosted ?? 0,
                    outputTokens: outcome.usage?.outputTokens ?? 0,
                    inputTokens: outcome.usage ? (0,usage/* totalInputTokens */.FQ)(outcome.usage) : 0,
                    costUsd: outcome.costUsd ?? null,
                    runUrl,
                });
            await reactToComment(gh, command.commentId, result === 'failed' ? 'confused' : 'rocket').catch((error) => deps.log.warning(`Could not react to the command: ${String(error)}`));
        },
    };
}

;// CONCATENATED MODULE: ./src/flows/command.ts
/**
 * The `/tech-design` command: a maintainer asks, on a pull request (regenerate its design) or an
 * issue (design the ticket). Permission comes from the collaborator-permission endpoint, and
 * anyone else gets one short reply and nothing more.
 */















// eslint-disable-next-line @typescript-eslint/no-explicit-any
function readCommandEvent(payload) {
    const { comment, issue, repository } = payload ?? {};
    if (!comment?.id || !issue?.number)
        throw new Error('The event has no comment: is the workflow triggered by issue_comment?');
    return {
        commentId: comment.id,
        body: comment.body ?? '',
        login: comment.user?.login ?? '',
        number: issue.number,
        isPullRequest: Boolean(issue.pull_request),
        title: issue.title ?? '',
        issueBody: issue.body ?? '',
        defaultBranch: repository?.default_branch ?? 'main',
    };
}
async function runCommandFlow(deps, event) {
    const started = Date.now();
    const { gh, inputs } = deps;
    const target = `${event.isPullRequest ? 'pull request' : 'issue'} #${event.number}`;
    const skipped = (reason) => ({
        result: 'skipped',
        reason,
        designPath: inputs.designPath,
        openQuestions: [],
        durationMs: Date.now() - started,
    });
    const parsed = (0,command/* parseCommand */.RM)(event.body, inputs.triggerPhrase);
    if (parsed.kind === 'none')
        return skipped(`The comment is not a ${inputs.triggerPhrase} command.`);
    const permission = await deps.permissions.of(event.login);
    if (!(0,permissions/* meetsPermission */._6)(permission, inputs.minPermission)) {
        const denied = `${event.login} has ${permission} permission; ${inputs.triggerPhrase} needs ${inputs.minPermission} or higher.`;
        // Repeating the command must not make the bot repeat itself: one reply per window.
        const alreadySaid = await deniedRecently(deps, event.number).catch((error) => {
            // Not knowing costs one more short reply at worst: never a failed run.
            deps.log.warning(`Could not look for an earlier reply: ${String(error)}`);
            return false;
        });
        if (alreadySaid) {
            return skipped(`${denied} The reply saying so was posted less than an hour ago.`);
        }
        await (0,issue_comments/* createIssueComment */.D$)(gh, event.number, (0,core_comments/* permissionDeniedReply */.BD)({
            required: inputs.minPermission,
            actual: permission,
            triggerPhrase: inputs.triggerPhrase,
        }));
        return skipped(denied);
    }
    if (parsed.kind === 'invalid') {
        await (0,issue_comments/* createIssueComment */.D$)(gh, event.number, (0,core_comments/* invalidCommandReply */.Jr)({ problem: parsed.problem, triggerPhrase: inputs.triggerPhrase }));
        return skipped(`Invalid ${inputs.triggerPhrase} command: ${parsed.problem}`);
    }
    const tracker = await startTracker(deps, event, target);
    let outcome;
    try {
        outcome = event.isPullRequest
            ? await commandOnPullRequest(deps, event.number, event.defaultBranch, parsed.command, tracker)
            : await (0,issue/* designFromIssue */.k_)(deps, {
                ...event,
                body: event.issueBody,
                path: parsed.command.path,
                guidance: parsed.command.guidance,
                fromScratch: parsed.command.force || parsed.command.full,
                rewriteIntoTemplate: parsed.command.full && !parsed.command.force,
            }, tracker);
    }
    catch (error) {
        outcome = { ...skipped(''), result: 'failed', ...(0,failed_outcome.failureFields)(error, (0,secrets/* secretInputs */._)(inputs)) };
    }
    await tracker.finish(outcome);
    return outcome;
}
/** How long one permission-denied reply stands for every later attempt on the same thread. */
const DENIED_REPLY_WINDOW_MS = 60 * 60 * 1000;
/** Whether the action itself (never a look-alike) said "permission denied" here within the window. */
async function deniedRecently(deps, number) {
    const since = new Date(Date.now() - DENIED_REPLY_WINDOW_MS);
    const [self, comments] = await Promise.all([
        viewerLogin(deps.gh),
        (0,issue_comments/* listIssueComments */.cG)(deps.gh, number, since),
    ]);
    return comments.some((c) => c.author.toLowerCase() === self.toLowerCase() &&
        Date.parse(c.createdAt) >= since.getTime() &&
        c.body.trimEnd().endsWith(core_comments/* COMMENT_MARKERS */.IW.permissionDenied));
}
/** Regenerates a pull request's design because a person asked, even when nothing changed. */
async function commandOnPullRequest(deps, number, defaultBranch, command, tracker) {
    const started = Date.now();
    const requirementsPath = command.path ?? deps.inputs.requirementsPath;
    const scoped = { ...deps, inputs: { ...deps.inputs, requirementsPath } };
    const pr = await (0,pull_request/* getPullRequest */.T)(deps.gh, number);
    if (pr.state !== 'open') {
        return {
            result: 'skipped',
            reason: `Pull request #${number} is ${pr.state}.`,
            designPath: deps.inputs.designPath,
            openQuestions: [],
            durationMs: 0,
        };
    }
    (0,issue/* requireModelCredentials */.TB)(deps);
    const [requirements, prompt] = await Promise.all([
        (0,sources/* loadRequirements */.V)(scoped, pr.headSha),
        (0,sources/* loadPromptSources */.X)(scoped, defaultBranch),
    ]);
    const source = {
        requirements,
        source: requirementsPath,
        requirementsAt: pr.headSha,
        guidance: command.guidance,
    };
    const repository = `${deps.ctx.repo.owner}/${deps.ctx.repo.repo}`;
    if (pr.headRepo !== repository)
        return designForFork(scoped, number, pr.headRepo, source, prompt, tracker);
    const made = await (0,make_design/* makeDesign */.d_)(scoped, source, prompt, (0,flows_pull_request/* pullRequestBranch */.Vl)(scoped, pr), {
        regenerate: true,
        fromScratch: command.force || command.full,
        rewriteIntoTemplate: command.full && !command.force,
        pullRequestNumber: number,
        onProgress: tracker?.progress,
    });
    return (0,flows_pull_request/* pullRequestOutcome */.Fw)(scoped, number, pr.headRef, made, started);
}
/**
 * A fork's branch is not ours to write: the design goes into a collapsed comment on the pull
 * request instead, with the reason, so the run ends green and useful.
 */
async function designForFork(deps, number, headRepo, source, prompt, tracker) {
    const started = Date.now();
    const design = await (0,generate/* generateDesign */.eu)({ ...source, instructions: prompt.instructions, template: prompt.template }, {
        model: deps.createModel(),
        onProgress: tracker?.progress,
        log: (m) => deps.log.info(m),
        maxInputTokens: deps.inputs.maxInputTokens,
    });
    const reason = `Pull request #${number} comes from the fork ${headRepo}, whose branch this workflow cannot write to, so the design is in a comment instead.`;
    await (0,issue_comments/* createIssueComment */.D$)(deps.gh, number, (0,core_comments/* forkDesignComment */.EH)({ design: design.document, designPath: deps.inputs.designPath, reason }));
    return {
        result: 'skipped',
        reason,
        designPath: deps.inputs.designPath,
        pullRequestNumber: number,
        openQuestions: design.openQuestions,
        usage: design.usage,
        model: design.model,
        modelCalls: design.modelCalls,
        costUsd: (0,pricing/* estimateCostUsd */.MI)(design.usage, design.model),
        durationMs: Date.now() - started,
    };
}


/***/ })

};
