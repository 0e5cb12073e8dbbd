export const id = 619;
export const ids = [619,501,370];
export const modules = {

/***/ 20370:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  t: () => (/* binding */ commandOnPullRequest),
  readCommandEvent: () => (/* binding */ readCommandEvent),
  runCommandFlow: () => (/* binding */ runCommandFlow)
});

// EXTERNAL MODULE: ./src/adapters/github/issue-comments.ts
var issue_comments = __webpack_require__(59336);
// EXTERNAL MODULE: ./src/adapters/github/pull-request-details.ts
var pull_request_details = __webpack_require__(61440);
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

// EXTERNAL MODULE: ./src/flows/failed-outcome.ts
var failed_outcome = __webpack_require__(501);
// EXTERNAL MODULE: ./src/flows/outcome.ts
var flows_outcome = __webpack_require__(58301);
// EXTERNAL MODULE: ./src/flows/payloads.ts
var payloads = __webpack_require__(34918);
// EXTERNAL MODULE: ./src/github-text/comments.ts
var github_text_comments = __webpack_require__(45975);
// EXTERNAL MODULE: ./src/github-text/command.ts
var command = __webpack_require__(97212);
// EXTERNAL MODULE: ./src/config/permissions.ts
var permissions = __webpack_require__(52262);
// EXTERNAL MODULE: ./src/config/pricing.ts
var pricing = __webpack_require__(24384);
// EXTERNAL MODULE: ./src/engine/generate.ts + 1 modules
var generate = __webpack_require__(10501);
// EXTERNAL MODULE: ./src/flows/issue.ts + 2 modules
var issue = __webpack_require__(64234);
// EXTERNAL MODULE: ./src/flows/steps/make-design.ts + 8 modules
var make_design = __webpack_require__(49966);
// EXTERNAL MODULE: ./src/flows/pull-request.ts + 1 modules
var pull_request = __webpack_require__(90440);
// EXTERNAL MODULE: ./src/flows/steps/design-check.ts + 2 modules
var design_check = __webpack_require__(8320);
// EXTERNAL MODULE: ./src/flows/steps/sources.ts
var sources = __webpack_require__(2327);
// EXTERNAL MODULE: ./src/flows/steps/spend.ts
var spend = __webpack_require__(30501);
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

// EXTERNAL MODULE: ./src/config/usage.ts
var usage = __webpack_require__(75933);
;// CONCATENATED MODULE: ./src/flows/steps/tracker.ts
/**
 * The tracking comment of a command: one comment, written by our code (never the model), kept up
 * to date from "started" to "done" or "failed", plus reactions on the command itself.
 */





/** Progress edits are spaced out: a comment edit per streamed chunk would be noise and rate-limit bait. */
const PROGRESS_EVERY_MS = 15_000;
async function startTracker(deps, command, target) {
    const { gh } = deps;
    await reactToComment(gh, command.commentId, 'eyes');
    const comment = await (0,issue_comments/* createIssueComment */.D$)(gh, command.number, (0,github_text_comments/* trackingComment */.f5)({ phase: 'started', target }));
    let lastUpdate = 0;
    let pending = Promise.resolve();
    const update = (state) => {
        // Edits go out one at a time and in order; a failed progress edit is not worth failing the run.
        pending = pending
            .then(() => (0,issue_comments/* updateIssueComment */.Qz)(gh, comment.id, (0,github_text_comments/* trackingComment */.f5)(state)))
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
            const { runUrl } = deps.run;
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


















function readCommandEvent(payload) {
    const { comment, issue, repository } = (0,payloads/* loosePayload */.zN)(payload);
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
    const { gh, settings } = deps;
    const { triggerPhrase, minPermission } = settings;
    const target = `${event.isPullRequest ? 'pull request' : 'issue'} #${event.number}`;
    const skip = (reason) => (0,flows_outcome/* skipped */.h)(settings.designPath, reason);
    const parsed = (0,command/* parseCommand */.RM)(event.body, triggerPhrase);
    if (parsed.kind === 'none')
        return skip(`The comment is not a ${triggerPhrase} command.`);
    const permission = await deps.permissions.of(event.login);
    if (!(0,permissions/* meetsPermission */._6)(permission, minPermission)) {
        const denied = `${event.login} has ${permission} permission; ${triggerPhrase} needs ${minPermission} or higher.`;
        // Repeating the command must not make the bot repeat itself: one reply per window.
        const alreadySaid = await deniedRecently(deps, event.number).catch((error) => {
            // Not knowing costs one more short reply at worst: never a failed run.
            deps.log.warning(`Could not look for an earlier reply: ${String(error)}`);
            return false;
        });
        if (alreadySaid) {
            return skip(`${denied} The reply saying so was posted less than an hour ago.`);
        }
        await (0,issue_comments/* createIssueComment */.D$)(gh, event.number, (0,github_text_comments/* permissionDeniedReply */.BD)({ required: minPermission, actual: permission, triggerPhrase }));
        return skip(denied);
    }
    if (parsed.kind === 'invalid') {
        await (0,issue_comments/* createIssueComment */.D$)(gh, event.number, (0,github_text_comments/* invalidCommandReply */.Jr)({ problem: parsed.problem, triggerPhrase }));
        return skip(`Invalid ${triggerPhrase} command: ${parsed.problem}`);
    }
    const tracker = await startTracker(deps, event, target);
    let outcome;
    try {
        outcome = event.isPullRequest
            ? await commandOnPullRequest(deps, event.number, event.defaultBranch, parsed.command, tracker)
            : await (0,issue/* designFromIssue */.k)(deps, {
                ...event,
                body: event.issueBody,
                path: parsed.command.path,
                guidance: parsed.command.guidance,
                fromScratch: parsed.command.force || parsed.command.full,
                rewriteIntoTemplate: parsed.command.full && !parsed.command.force,
            }, tracker);
    }
    catch (error) {
        outcome = { ...skip(''), result: 'failed', ...(0,failed_outcome.failureFields)(error, deps.secrets) };
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
        c.body.trimEnd().endsWith(github_text_comments/* COMMENT_MARKERS */.IW.permissionDenied));
}
/** Regenerates a pull request's design because a person asked, even when nothing changed. */
async function commandOnPullRequest(deps, number, defaultBranch, command, tracker) {
    const requirementsPath = command.path ?? deps.settings.requirementsPath;
    const pr = await (0,pull_request_details/* getPullRequest */.T)(deps.gh, number);
    if (pr.state !== 'open') {
        return (0,flows_outcome/* skipped */.h)(deps.settings.designPath, `Pull request #${number} is ${pr.state}.`);
    }
    const at = { number, headSha: pr.headSha };
    let prompt;
    try {
        (0,issue/* requireModelCredentials */.T)(deps);
        let requirements;
        [requirements, prompt] = await Promise.all([
            (0,sources/* loadRequirements */.V0)(deps, requirementsPath, pr.headSha),
            (0,sources/* loadPromptSources */.Xu)(deps, defaultBranch),
        ]);
        const source = {
            requirements,
            source: requirementsPath,
            requirementsAt: pr.headSha,
            guidance: command.guidance,
        };
        const repository = `${deps.run.repo.owner}/${deps.run.repo.repo}`;
        if (pr.headRepo !== repository) {
            const outcome = await designForFork(deps, number, pr.headRepo, source, prompt, tracker);
            return await (0,pull_request/* withDesignCheck */.rT)(deps, outcome, {
                ...at,
                template: prompt.template,
                requirements,
                notUpdated: outcome.reason,
            });
        }
        const made = await (0,make_design/* makeDesign */.d_)(deps, source, prompt, (0,pull_request/* pullRequestBranch */.Vl)(deps, pr, requirementsPath), {
            regenerate: true,
            fromScratch: command.force || command.full,
            rewriteIntoTemplate: command.full && !command.force,
            pullRequestNumber: number,
            onProgress: tracker?.progress,
        });
        return await (0,pull_request/* pullRequestOutcome */.Fw)(deps, { number, branch: pr.headRef, headSha: pr.headSha }, made, { template: prompt.template, requirements });
    }
    catch (error) {
        await (0,design_check/* reportFailedRun */.B)(deps, at, prompt?.template, error);
        throw error;
    }
}
/**
 * A fork's branch is not ours to write: the design goes into a collapsed comment on the pull
 * request instead, with the reason, so the run ends green and useful.
 */
async function designForFork(deps, number, headRepo, source, prompt, tracker) {
    const { designPath, maxInputTokens } = deps.settings;
    const design = await (0,generate/* generateDesign */.eu)({ ...source, instructions: prompt.instructions, template: prompt.template }, {
        model: deps.createModel(),
        onProgress: tracker?.progress,
        log: (m) => deps.log.info(m),
        maxInputTokens,
        // A fork's design is never committed, so no stamp carries what its pull request spent.
        spendLimits: (0,spend/* spendLimits */.L)(deps, 0),
    });
    const reason = `Pull request #${number} comes from the fork ${headRepo}, whose branch this workflow cannot write to, so the design is in a comment instead.`;
    await (0,issue_comments/* createIssueComment */.D$)(deps.gh, number, (0,github_text_comments/* forkDesignComment */.EH)({ design: design.document, designPath, reason }));
    return {
        result: 'skipped',
        reason,
        designPath,
        pullRequestNumber: number,
        openQuestions: design.openQuestions,
        usage: design.usage,
        model: design.model,
        modelCalls: design.modelCalls,
        costUsd: (0,pricing/* estimateCostUsd */.MI)(design.usage, design.model),
    };
}


/***/ }),

/***/ 46619:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runDispatchFlow: () => (/* binding */ runDispatchFlow)
});

// EXTERNAL MODULE: ./src/adapters/github/errors.ts
var errors = __webpack_require__(4807);
;// CONCATENATED MODULE: ./src/adapters/github/issue.ts

/** An issue or pull request by number (workflow_dispatch names one without saying which). */
async function getIssue(gh, number) {
    try {
        const { data } = await gh.octokit.rest.issues.get({ ...gh.repo, issue_number: number });
        return {
            number: data.number,
            title: data.title,
            body: data.body ?? '',
            isPullRequest: Boolean(data.pull_request),
            state: data.state,
        };
    }
    catch (error) {
        throw (0,errors/* explainGitHubError */.Pm)(error, `read #${number}`);
    }
}

// EXTERNAL MODULE: ./src/flows/command.ts + 3 modules
var command = __webpack_require__(20370);
// EXTERNAL MODULE: ./src/flows/issue.ts + 2 modules
var issue = __webpack_require__(64234);
;// CONCATENATED MODULE: ./src/flows/dispatch.ts
/** A manual run (workflow_dispatch) for the pull request or issue named by the `number` input. */



async function runDispatchFlow(deps, { number, defaultBranch }) {
    if (number === null) {
        throw new Error('A manual run needs the number input: the pull request to regenerate the design for, or the issue to design from (`number: ${{ inputs.number }}`).');
    }
    const item = await getIssue(deps.gh, number);
    if (item.isPullRequest) {
        return (0,command/* commandOnPullRequest */.t)(deps, number, defaultBranch, {
            path: null,
            force: false,
            full: false,
            guidance: '',
        });
    }
    return (0,issue/* designFromIssue */.k)(deps, { ...item, defaultBranch, guidance: '', fromScratch: false });
}


/***/ }),

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
