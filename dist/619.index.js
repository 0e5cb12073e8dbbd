export const id = 619;
export const ids = [619,216];
export const modules = {

/***/ 43901:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  d: () => (/* binding */ InputError),
  parseInputs: () => (/* binding */ parseInputs),
  secretInputs: () => (/* binding */ secretInputs)
});

// UNUSED EXPORTS: INPUT_NAMES

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/core.js
var core = __webpack_require__(88532);
;// CONCATENATED MODULE: ./src/core/headers.ts
/**
 * Extra request headers for an LLM gateway, written one per line as `Name: value`. Pure.
 *
 * Values are often credentials, so no message here ever repeats one: problems are reported by
 * line number and header name only.
 */
/** RFC 9110 token characters. */
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
/** Headers the HTTP client or the SDK must own: framing, routing and the API version. */
const RESERVED = new Set([
    'host',
    'content-length',
    'content-type',
    'transfer-encoding',
    'connection',
    'anthropic-version',
]);
class HeaderLinesError extends Error {
    constructor(message) {
        super(message);
        this.name = 'HeaderLinesError';
    }
}
/**
 * Parses `Name: value` lines; blank lines and lines starting with `#` are skipped. Names keep
 * their case; a name given twice (in any case) is an error rather than a silent override.
 */
function parseHeaderLines(text) {
    const headers = {};
    const seen = new Set();
    const lines = text.split('\n');
    for (const [index, rawLine] of lines.entries()) {
        const line = rawLine.replace(/\r$/, '').trim();
        if (line === '' || line.startsWith('#'))
            continue;
        const at = `line ${index + 1}`;
        const colon = line.indexOf(':');
        if (colon <= 0) {
            throw new HeaderLinesError(`${at} is not "Name: value".`);
        }
        const name = line.slice(0, colon).trim();
        const value = line.slice(colon + 1).trim();
        if (!HEADER_NAME.test(name)) {
            throw new HeaderLinesError(`${at}: "${name.slice(0, 60)}" is not a header name (letters, digits and - only).`);
        }
        const key = name.toLowerCase();
        if (RESERVED.has(key)) {
            throw new HeaderLinesError(`${at}: the ${name} header is set by the client and cannot be changed.`);
        }
        if (value === '')
            throw new HeaderLinesError(`${at}: the ${name} header has no value.`);
        // eslint-disable-next-line no-control-regex
        if (/[\u0000-\u0008\u000a-\u001f\u007f]/.test(value)) {
            throw new HeaderLinesError(`${at}: the value of ${name} contains control characters.`);
        }
        if (seen.has(key))
            throw new HeaderLinesError(`${at}: the ${name} header is given twice.`);
        seen.add(key);
        headers[name] = value;
    }
    return headers;
}

// EXTERNAL MODULE: ./src/core/model-id.ts
var model_id = __webpack_require__(75958);
// EXTERNAL MODULE: ./src/core/permissions.ts
var permissions = __webpack_require__(17359);
// EXTERNAL MODULE: ./src/core/requirements.ts
var requirements = __webpack_require__(77935);
;// CONCATENATED MODULE: ./src/defaults.ts
/** Defaults shared by the action and the command line. */
const DEFAULT_MODEL = 'claude-sonnet-5-5';
/** Room for a long design (the longest real ones run to about 13k tokens) without paying for runaway output. */
const DEFAULT_MAX_OUTPUT_TOKENS = 16_000;

;// CONCATENATED MODULE: ./src/action/inputs.ts
/**
 * The action's inputs, parsed once into a typed configuration. A bad value stops the run with a
 * message that names the input and says what it accepts.
 */






class InputError extends Error {
    constructor(message) {
        super(message);
        this.name = 'InputError';
    }
}
/** A path inside the repository: relative, no "..", no backslashes. */
const repoPath = schemas/* string */.YjP()
    .trim()
    .min(1, 'must not be empty')
    .refine((p) => !p.startsWith('/'), 'must be relative to the repository root')
    .refine((p) => !p.split('/').includes('..'), 'must not contain ".."')
    .refine((p) => !p.includes('\\'), 'must use "/" between folders')
    .refine((p) => !p.endsWith('/'), 'must name a file, not a folder');
const optionalRepoPath = schemas/* string */.YjP()
    .trim()
    .transform((p) => (p === '' ? null : p))
    .pipe(repoPath.nullable());
const wholeNumber = (fallback, max) => schemas/* string */.YjP()
    .trim()
    .transform((v) => (v === '' ? fallback : Number(v)))
    .pipe(schemas/* number */.aig({ error: 'must be a whole number' })
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .max(max, `must be at most ${max.toLocaleString('en-US')}`));
/** Permissions a repository can grant: "none" is not a level to require. */
const GRANTABLE = permissions/* PERMISSIONS */.Jj.filter((p) => p !== 'none');
/** An optional value matching `pattern`: empty becomes null. */
const optionalMatch = (pattern, message) => schemas/* string */.YjP()
    .trim()
    .transform((v) => (v === '' ? null : v))
    .pipe(schemas/* string */.YjP().regex(pattern, message).nullable());
const baseUrl = schemas/* string */.YjP()
    .trim()
    .transform((v) => (v === '' ? null : v.replace(/\/+$/, '')))
    .pipe(schemas/* string */.YjP()
    .refine((v) => URL.canParse(v) && /^https?:$/.test(new URL(v).protocol), {
    message: 'must be an http(s) URL such as https://llm-gateway.example.com',
})
    .refine((v) => !URL.canParse(v) || (!new URL(v).username && !new URL(v).password), {
    message: 'must not hold credentials: pass them in anthropic-headers',
})
    .nullable());
const headerLines = schemas/* string */.YjP().transform((text, ctx) => {
    try {
        return parseHeaderLines(text);
    }
    catch (error) {
        if (!(error instanceof HeaderLinesError))
            throw error;
        ctx.addIssue({ code: 'custom', message: `must be "Name: value" lines: ${error.message}` });
        return core/* NEVER */.tm;
    }
});
const schema = schemas/* object */.Ikc({
    provider: schemas/* string */.YjP()
        .trim()
        .toLowerCase()
        .transform((v) => v || 'anthropic')
        .pipe(schemas/* enum */.k5n(model_id/* PROVIDERS */.xq, { error: `must be one of ${model_id/* PROVIDERS */.xq.join(', ')}` })),
    'anthropic-api-key': schemas/* string */.YjP().trim(),
    'anthropic-base-url': baseUrl,
    'anthropic-headers': headerLines,
    'aws-region': optionalMatch(/^[a-z]{2}(-[a-z]+)+-\d+$/, 'is not an AWS region such as us-east-1'),
    'vertex-region': optionalMatch(/^[a-z][a-z0-9-]*[a-z0-9]$/, 'is not a Google Cloud region such as us-east5, europe-west1 or global'),
    'vertex-project-id': optionalMatch(/^([a-z0-9.-]+:)?[a-z][a-z0-9-]{4,28}[a-z0-9]$/, 'is not a Google Cloud project id (6 to 30 lower-case letters, digits and hyphens)'),
    'github-token': schemas/* string */.YjP().trim().min(1, 'is empty: pass ${{ github.token }} or a token secret'),
    'requirements-path': repoPath,
    'design-path': repoPath,
    model: schemas/* string */.YjP()
        .trim()
        .transform((v) => v || DEFAULT_MODEL)
        .pipe(schemas/* string */.YjP()
        .regex(/^[A-Za-z0-9][A-Za-z0-9._:@/-]*$/, 'is not a model id (for example claude-sonnet-5-5)')),
    'max-output-tokens': wholeNumber(DEFAULT_MAX_OUTPUT_TOKENS, 128_000),
    'max-input-tokens': wholeNumber(requirements/* DEFAULT_MAX_INPUT_TOKENS */.To, 1_000_000),
    'model-timeout-seconds': wholeNumber(600, 3_600),
    'template-path': optionalRepoPath,
    'instructions-path': optionalRepoPath,
    'trigger-phrase': schemas/* string */.YjP().trim().regex(/^\S+$/, 'must be one word such as /tech-design'),
    'min-permission': schemas/* string */.YjP()
        .trim()
        .toLowerCase()
        .transform((v) => v || 'write')
        .pipe(schemas/* enum */.k5n(GRANTABLE, { error: `must be one of ${GRANTABLE.join(', ')}` })),
    number: schemas/* string */.YjP()
        .trim()
        .transform((v) => (v === '' ? null : Number(v)))
        .pipe(schemas/* number */.aig({ error: 'must be a pull request or issue number' })
        .int('must be a whole number')
        .min(1, 'must be at least 1')
        .nullable()),
});
/** Never echoed back, not even in an error. */
const SECRET_INPUTS = new Set(['anthropic-api-key', 'github-token', 'anthropic-headers']);
/** Every secret value among the inputs, to keep out of anything the action writes. */
function secretInputs(inputs) {
    return [inputs.anthropicApiKey, inputs.githubToken, ...Object.values(inputs.anthropicHeaders)];
}
const INPUT_NAMES = Object.keys(schema.shape);
/** `getInput` is @actions/core's in the action; tests pass a plain lookup. */
function parseInputs(getInput) {
    const raw = Object.fromEntries(INPUT_NAMES.map((name) => [name, getInput(name)]));
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
        const problems = parsed.error.issues.map((issue) => {
            const name = String(issue.path[0]);
            const got = SECRET_INPUTS.has(name) ? '' : ` (got "${String(raw[name] ?? '')}")`;
            return `input "${name}" ${issue.message}${got}`;
        });
        throw new InputError(`Invalid input: ${problems.join('; ')}.`);
    }
    const v = parsed.data;
    return {
        provider: v.provider,
        anthropicApiKey: v['anthropic-api-key'],
        anthropicBaseUrl: v['anthropic-base-url'],
        anthropicHeaders: v['anthropic-headers'],
        awsRegion: v['aws-region'],
        vertexRegion: v['vertex-region'],
        vertexProjectId: v['vertex-project-id'],
        githubToken: v['github-token'],
        requirementsPath: v['requirements-path'],
        designPath: v['design-path'],
        model: v.model,
        maxOutputTokens: v['max-output-tokens'],
        maxInputTokens: v['max-input-tokens'],
        modelTimeoutSeconds: v['model-timeout-seconds'],
        templatePath: v['template-path'],
        instructionsPath: v['instructions-path'],
        triggerPhrase: v['trigger-phrase'],
        minPermission: v['min-permission'],
        number: v.number,
    };
}


/***/ }),

/***/ 50216:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  t: () => (/* binding */ commandOnPullRequest),
  readCommandEvent: () => (/* binding */ readCommandEvent),
  runCommandFlow: () => (/* binding */ runCommandFlow)
});

// EXTERNAL MODULE: ./src/adapters/github/issue-comments.ts
var issue_comments = __webpack_require__(59336);
// EXTERNAL MODULE: ./src/core/permissions.ts
var permissions = __webpack_require__(17359);
// EXTERNAL MODULE: ./src/adapters/github/errors.ts
var errors = __webpack_require__(4807);
;// CONCATENATED MODULE: ./src/adapters/github/permission.ts


/**
 * A user's permission on the repository, from the collaborator-permission endpoint: unlike a
 * comment's author_association it also sees organisation members and team grants.
 */
async function getPermission(gh, login) {
    try {
        const { data } = await gh.octokit.rest.repos.getCollaboratorPermissionLevel({
            ...gh.repo,
            username: login,
        });
        // role_name carries maintain and triage, which `permission` folds into write and read.
        return (0,permissions/* parsePermission */.tz)(data.role_name ?? '') ?? (0,permissions/* parsePermission */.tz)(data.permission) ?? 'none';
    }
    catch (error) {
        if ((0,errors/* statusOf */.c2)(error) === 404)
            return 'none';
        throw (0,errors/* explainGitHubError */.Pm)(error, `read ${login}'s permission on the repository`);
    }
}

// EXTERNAL MODULE: ./src/adapters/github/pull-request.ts
var pull_request = __webpack_require__(63);
// EXTERNAL MODULE: ./src/action/inputs.ts + 2 modules
var action_inputs = __webpack_require__(43901);
// EXTERNAL MODULE: ./src/core/comments.ts
var comments = __webpack_require__(1009);
// EXTERNAL MODULE: ./src/core/command.ts
var command = __webpack_require__(36102);
// EXTERNAL MODULE: ./src/core/pricing.ts
var pricing = __webpack_require__(67577);
// EXTERNAL MODULE: ./src/engine/generate.ts + 1 modules
var generate = __webpack_require__(88244);
// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/flows/issue.ts + 2 modules
var issue = __webpack_require__(16732);
// EXTERNAL MODULE: ./src/flows/make-design.ts + 5 modules
var make_design = __webpack_require__(97097);
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
    const comment = await (0,issue_comments/* createIssueComment */.D$)(gh, command.number, (0,comments/* trackingComment */.f5)({ phase: 'started', target }));
    let lastUpdate = 0;
    let pending = Promise.resolve();
    const update = (state) => {
        // Edits go out one at a time and in order; a failed progress edit is not worth failing the run.
        pending = pending
            .then(() => (0,issue_comments/* updateIssueComment */.Qz)(gh, comment.id, (0,comments/* trackingComment */.f5)(state)))
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
                ? { phase: result, target, reason: outcome.reason, runUrl }
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
    const permission = await getPermission(gh, event.login);
    if (!(0,permissions/* meetsPermission */._6)(permission, inputs.minPermission)) {
        await (0,issue_comments/* createIssueComment */.D$)(gh, event.number, (0,comments/* permissionDeniedReply */.BD)({
            required: inputs.minPermission,
            actual: permission,
            triggerPhrase: inputs.triggerPhrase,
        }));
        return skipped(`${event.login} has ${permission} permission; ${inputs.triggerPhrase} needs ${inputs.minPermission} or higher.`);
    }
    if (parsed.kind === 'invalid') {
        await (0,issue_comments/* createIssueComment */.D$)(gh, event.number, (0,comments/* invalidCommandReply */.Jr)({ problem: parsed.problem, triggerPhrase: inputs.triggerPhrase }));
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
                guidance: parsed.command.guidance,
                fromScratch: parsed.command.force || parsed.command.full,
            }, tracker);
    }
    catch (error) {
        outcome = {
            ...skipped(''),
            result: 'failed',
            reason: (0,src_errors/* describeError */.U)(error, (0,action_inputs.secretInputs)(inputs)),
            usage: error?.usage,
        };
    }
    await tracker.finish(outcome);
    return outcome;
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
    const made = await (0,make_design/* makeDesign */.d)(scoped, source, prompt, (0,flows_pull_request/* pullRequestBranch */.Vl)(scoped, pr), {
        regenerate: true,
        fromScratch: command.force || command.full,
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
    const design = await (0,generate/* generateDesign */.eu)({ ...source, instructions: prompt.instructions, template: prompt.template }, { model: deps.createModel(), onProgress: tracker?.progress, log: (m) => deps.log.info(m) });
    const reason = `Pull request #${number} comes from the fork ${headRepo}, whose branch this workflow cannot write to, so the design is in a comment instead.`;
    await (0,issue_comments/* createIssueComment */.D$)(deps.gh, number, (0,comments/* forkDesignComment */.EH)({ design: design.document, designPath: deps.inputs.designPath, reason }));
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
var command = __webpack_require__(50216);
// EXTERNAL MODULE: ./src/flows/issue.ts + 2 modules
var issue = __webpack_require__(16732);
;// CONCATENATED MODULE: ./src/flows/dispatch.ts
/** A manual run (workflow_dispatch) for the pull request or issue named by the `number` input. */



async function runDispatchFlow(deps, defaultBranch) {
    const { number } = deps.inputs;
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
    return (0,issue/* designFromIssue */.k_)(deps, { ...item, defaultBranch, guidance: '', fromScratch: false });
}


/***/ })

};
