export const id = 175;
export const ids = [175];
export const modules = {

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

/***/ 52262:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jj: () => (/* binding */ PERMISSIONS),
/* harmony export */   _6: () => (/* binding */ meetsPermission),
/* harmony export */   jq: () => (/* binding */ readNeedsConfirmation),
/* harmony export */   tz: () => (/* binding */ parsePermission)
/* harmony export */ });
/**
 * Repository permission levels, in GitHub's order, so "write or higher" is a comparison. Pure.
 */
/** Every level, lowest first: an index comparison is a permission comparison. */
const PERMISSIONS = [
    'none',
    'read',
    'triage',
    'write',
    'maintain',
    'admin',
];
/**
 * The older names some REST endpoints still return (teams, `permissions` objects): "pull" is
 * read and "push" is write. Accepted so a value from any endpoint parses the same.
 */
const ALIASES = new Map([
    ['pull', 'read'],
    ['push', 'write'],
]);
/** A level from an API field or an input: case-insensitive, trimmed; null when unknown. */
function parsePermission(value) {
    const v = value.trim().toLowerCase();
    // A Map, not an object: "constructor" or "__proto__" must not read as a level.
    return PERMISSIONS.find((p) => p === v) ?? ALIASES.get(v) ?? null;
}
/** Whether `actual` is `required` or a higher level. */
function meetsPermission(actual, required) {
    return PERMISSIONS.indexOf(actual) >= PERMISSIONS.indexOf(required);
}
/**
 * On a public repository the permission endpoint reports `read` for every GitHub user, so a
 * `read` there proves nothing until the collaborator check confirms it. Private repositories
 * report `none` to strangers, and higher levels are only ever granted.
 */
function readNeedsConfirmation(reported, repoIsPrivate) {
    return reported === 'read' && !repoIsPrivate;
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

/***/ 35528:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JK: () => (/* binding */ failureDetails),
/* harmony export */   Tp: () => (/* binding */ withFailureDetails),
/* harmony export */   u9: () => (/* binding */ DesignValidationError)
/* harmony export */ });
/* harmony import */ var _text_wording_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(42179);

const DETAILS = Symbol('tech-design failure details');
/** Attaches what the run spent (and its last rejected draft) to an error, and returns the error. */
function withFailureDetails(error, details) {
    if (typeof error === 'object' && error !== null) {
        Object.defineProperty(error, DETAILS, { value: details, configurable: true });
    }
    return error;
}
/** What a thrown value says the run spent and rejected; `{}` for errors before any model call. */
function failureDetails(error) {
    if (typeof error !== 'object' || error === null)
        return {};
    return error[DETAILS] ?? {};
}
/** The model's answers still broke the template when the repairs ended; nothing was written. */
class DesignValidationError extends Error {
    violations;
    /** Repair rounds made. */
    rounds;
    usage;
    constructor(violations, { rounds, repeated = false, spending, rejectedDraft, }) {
        const why = repeated
            ? `its answer to repair round ${rounds} changed nothing, so the repairs stopped`
            : `after ${(0,_text_wording_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .L)(rounds, 'repair round')}`;
        super(`The model's design still broke the template ${repeated ? `(${why})` : why}; nothing was written.\n` +
            violations.map((v) => `  line ${v.line}: ${v.message}`).join('\n'));
        this.name = 'DesignValidationError';
        this.violations = violations;
        this.rounds = rounds;
        this.usage = spending.usage;
        withFailureDetails(this, { spending, ...(rejectedDraft ? { rejectedDraft } : {}) });
    }
}


/***/ }),

/***/ 45975:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BD: () => (/* binding */ permissionDeniedReply),
/* harmony export */   DI: () => (/* binding */ postable),
/* harmony export */   EH: () => (/* binding */ forkDesignComment),
/* harmony export */   IW: () => (/* binding */ COMMENT_MARKERS),
/* harmony export */   Jr: () => (/* binding */ invalidCommandReply),
/* harmony export */   QR: () => (/* binding */ issueReply),
/* harmony export */   Ri: () => (/* binding */ postableLine),
/* harmony export */   U0: () => (/* binding */ usageLine),
/* harmony export */   f5: () => (/* binding */ trackingComment),
/* harmony export */   nf: () => (/* binding */ link)
/* harmony export */ });
/* unused harmony exports GITHUB_COMMENT_LIMIT, questionsLine, commandUsage, fenced, closeOpenFence */
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97212);
/* harmony import */ var _config_permissions_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(52262);
/* harmony import */ var _config_pricing_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(24384);
/* harmony import */ var _document_fences_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(15447);
/* harmony import */ var _text_lines_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(30816);
/* harmony import */ var _text_clip_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(29893);
/* harmony import */ var _text_wording_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(42179);
/* harmony import */ var _sanitize_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(90834);
/**
 * The comments the command flow posts, as Markdown bodies. Pure.
 *
 * Text that came from a model or a person (a design, a section heading, an error reason, a
 * token from the command) goes through `postable`: it can neither notify anyone nor close an
 * issue, nor forge one of our markers. Our own text never @-mentions anyone: the command's
 * author already gets a notification for replies on a thread they commented on.
 *
 * Each body ends with a hidden marker, so a run can find the comments it wrote.
 */








/** GitHub refuses a comment body longer than this many characters. */
const GITHUB_COMMENT_LIMIT = 65_536;
/** The hidden markers, one per kind of comment, each the last line of its body. */
const COMMENT_MARKERS = {
    tracking: '<!-- tech-design-tracking -->',
    permissionDenied: '<!-- tech-design-permission-denied -->',
    invalidCommand: '<!-- tech-design-invalid-command -->',
    issueReply: '<!-- tech-design-issue-reply -->',
    forkDesign: '<!-- tech-design-fork-design -->',
};
/**
 * The one comment a command keeps up to date, from start to result. `target` is our own text,
 * such as "pull request #12" or "issue #7".
 */
function trackingComment(state) {
    const { target } = state;
    let lines;
    switch (state.phase) {
        case 'started':
            lines = [
                `👀 Working on the technical design for ${target}…`,
                '',
                'This comment will show how it goes.',
            ];
            break;
        case 'generating': {
            const section = state.section === null ? '' : (0,_text_clip_js__WEBPACK_IMPORTED_MODULE_4__/* .clip */ .$)(postableLine(state.section), 100);
            const at = section === '' ? [] : [`at section “${section}”`];
            const sofar = state.outputTokens > 0 ? [`${tokens(state.outputTokens)} so far`] : [];
            const progress = [...sofar, ...at].join(', ');
            lines = [`✍️ Writing the technical design for ${target}…${progress ? ` ${progress}` : ''}`];
            break;
        }
        case 'done':
            lines = doneLines(state);
            break;
        case 'skipped':
            lines = [`⏭️ Nothing committed for ${target}: ${reasonText(state.reason)}`];
            if (state.runUrl)
                lines.push('', link('See the run', state.runUrl));
            break;
        case 'failed':
            lines = [`❌ Could not make the design for ${target}: ${reasonText(state.reason)}`];
            if (state.runUrl)
                lines.push('', link('See the run', state.runUrl));
            break;
    }
    return withMarker(lines.join('\n'), COMMENT_MARKERS.tracking);
}
function doneLines(state) {
    const { target } = state;
    const headline = {
        created: `✅ Design committed for ${target}: a new technical design.`,
        updated: `✅ Design committed for ${target}: the technical design is updated.`,
        unchanged: `✅ The technical design for ${target} is already up to date: nothing to commit.`,
    }[state.result];
    const links = [
        state.pullRequestUrl ? link('Pull request', state.pullRequestUrl) : null,
        state.commitUrl ? link('Commit', state.commitUrl) : null,
    ].filter((l) => l !== null);
    const details = [
        links.join(' · '),
        questionsLine(state.questions, state.questionsPosted, state.reviewUrl),
        usageLine(state.inputTokens, state.outputTokens, state.costUsd),
        state.runUrl ? link('See the run', state.runUrl) : '',
    ].filter((l) => l !== '');
    return [headline, '', ...details];
}
/** "3 open questions: 2 newly posted in the review, 1 asked before." */
function questionsLine(questions, posted, reviewUrl) {
    const total = Math.max(0, questions);
    const fresh = Math.min(Math.max(0, posted), total);
    if (total === 0)
        return 'No open questions.';
    const where = reviewUrl ? `in ${link('the review', reviewUrl)}` : 'as review comments';
    const all = (0,_text_wording_js__WEBPACK_IMPORTED_MODULE_5__/* .plural */ .L)(total, 'open question');
    if (fresh === total)
        return `${all}, posted for answers ${where}.`;
    if (fresh === 0) {
        return `${all}, ${total === 1 ? 'already asked' : 'all already asked'} in an earlier review.`;
    }
    return `${all}: ${fresh} newly posted ${where}, ${total - fresh} asked before.`;
}
/** "12,400 input and 3,200 output tokens, about $0.42." — empty when no model was called. */
function usageLine(inputTokens, outputTokens, costUsd) {
    if (inputTokens <= 0 && outputTokens <= 0)
        return '';
    const cost = costUsd === null ? '' : `, about ${(0,_config_pricing_js__WEBPACK_IMPORTED_MODULE_2__/* .formatUsd */ .UK)(costUsd)}`;
    return `${(0,_text_wording_js__WEBPACK_IMPORTED_MODULE_5__/* .count */ .U)(inputTokens)} input and ${tokens(outputTokens, 'output ')}${cost}.`;
}
/** The reply to someone whose permission is below `required`. */
function permissionDeniedReply(input) {
    const { required, actual } = input;
    const top = required === _config_permissions_js__WEBPACK_IMPORTED_MODULE_1__/* .PERMISSIONS */ .Jj[_config_permissions_js__WEBPACK_IMPORTED_MODULE_1__/* .PERMISSIONS */ .Jj.length - 1];
    const who = `people with ${required} permission${top ? '' : ' or higher'} on this repository`;
    const yours = actual === 'none' ? 'you have no permission on it' : `you have ${actual} permission`;
    return withMarker(`🔒 Sorry, only ${who} can run ${(0,_command_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(input.triggerPhrase)}, and ${yours}, ` +
        'so nothing was done.', COMMENT_MARKERS.permissionDenied);
}
/** The reply to a malformed command: what is wrong, then how to write it. */
function invalidCommandReply(input) {
    const rows = [
        [
            '`PATH`',
            'The requirements file to design from, relative to the repository root: on a pull request, at its head; on an issue, on the default branch, instead of the issue’s text. Optional: by default, the one the workflow is set up with (and on an issue, its text).',
        ],
        ..._command_js__WEBPACK_IMPORTED_MODULE_0__/* .COMMAND_FLAGS */ .Kr.map((flag) => [(0,_command_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(flag), _command_js__WEBPACK_IMPORTED_MODULE_0__/* .COMMAND_FLAG_HELP */ .jz[flag] ?? '']),
    ];
    const table = [
        '| Argument | Meaning |',
        '| --- | --- |',
        ...rows.map(([name, help]) => `| ${name} | ${(help ?? '').replace(/\|/g, '\\|')} |`),
    ];
    return withMarker([
        `⚠️ ${reasonText(input.problem)} Nothing was done.`,
        '',
        `Write the command as ${(0,_command_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(commandUsage(input.triggerPhrase))} on the first line:`,
        '',
        ...table,
        '',
        'Any lines after the first are guidance for the architect, for example:',
        '',
        ...[
            `${input.triggerPhrase} --force`,
            'Prefer PostgreSQL, and keep the API backwards compatible.',
        ].map((l) => `    ${l}`),
    ].join('\n'), COMMENT_MARKERS.invalidCommand);
}
/** "/tech-design [PATH] [--force]", from the trigger phrase and the known flags. */
function commandUsage(triggerPhrase) {
    return [triggerPhrase, '[PATH]', ..._command_js__WEBPACK_IMPORTED_MODULE_0__/* .COMMAND_FLAGS */ .Kr.map((f) => `[${f}]`)].join(' ');
}
/** The reply on an issue once its design's pull request is ready. */
function issueReply(input) {
    const pr = link(`#${input.pullRequestNumber}`, input.pullRequestUrl);
    const ready = input.updated
        ? `📐 The technical design is updated and ready for review in ${pr}.`
        : `📐 The technical design is ready for review in ${pr}.`;
    const n = Math.max(0, input.questions);
    const questions = n === 0
        ? 'It has no open questions.'
        : n === 1
            ? '1 open question is waiting for an answer there, in its review thread.'
            : `${(0,_text_wording_js__WEBPACK_IMPORTED_MODULE_5__/* .count */ .U)(n)} open questions are waiting for answers there, in their review threads.`;
    return withMarker(`${ready} ${questions}`, COMMENT_MARKERS.issueReply);
}
/**
 * The design of a fork's pull request, whose branch we cannot write: the reason, how to apply
 * it, the design rendered in a collapsed block, and its Markdown source in a code block (GitHub
 * gives it a copy button). When both do not fit in one comment, only the source is kept, and
 * when that does not fit either, it is cut short at a line break.
 */
function forkDesignComment(input) {
    const design = postable((0,_text_lines_js__WEBPACK_IMPORTED_MODULE_6__/* .toLf */ .y)(input.design).trim());
    const file = (0,_command_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(input.designPath);
    const intro = `📄 Here is the technical design for this pull request. ${reasonText(input.reason)}`;
    const apply = `To add it, copy the Markdown source below (the copy button is at its top right) into ` +
        `${file} on the pull request's branch, and push.`;
    const sourceSummary = `Markdown source for <code>${escapeHtml(input.designPath)}</code>`;
    const rendered = details('Technical design', closeOpenFence(design));
    const full = assemble([intro, apply, rendered, details(sourceSummary, fenced(design))]);
    if (full.length <= GITHUB_COMMENT_LIMIT)
        return full;
    const tooLong = 'It is too long to show rendered as well, so here is its source only.';
    const sourceOnly = assemble([
        intro,
        `${apply} ${tooLong}`,
        details(sourceSummary, fenced(design)),
    ]);
    if (sourceOnly.length <= GITHUB_COMMENT_LIMIT)
        return sourceOnly;
    // Cut at a line break, leaving room for the rest of the comment and the fence.
    const lines = design.split('\n');
    const note = (kept) => `It is too long for one comment, so only its first ${(0,_text_wording_js__WEBPACK_IMPORTED_MODULE_5__/* .count */ .U)(kept)} of ` +
        `${(0,_text_wording_js__WEBPACK_IMPORTED_MODULE_5__/* .count */ .U)(lines.length)} lines are here.`;
    const frame = assemble([
        intro,
        `${apply} ${note(lines.length)}`,
        details(sourceSummary, fenced('')),
    ]);
    const room = GITHUB_COMMENT_LIMIT - frame.length - 16; // a longer fence, a longer count
    let kept = 0;
    let size = 0;
    while (kept < lines.length && size + (lines[kept]?.length ?? 0) + 1 <= room) {
        size += (lines[kept]?.length ?? 0) + 1;
        kept++;
    }
    const cut = lines.slice(0, kept).join('\n');
    return assemble([intro, `${apply} ${note(kept)}`, details(sourceSummary, fenced(cut))]);
}
function assemble(parts) {
    return withMarker(parts.join('\n\n'), COMMENT_MARKERS.forkDesign);
}
/** A collapsed block; the blank lines let GitHub render the Markdown inside it. */
function details(summaryHtml, markdown) {
    return `<details>\n<summary>${summaryHtml}</summary>\n\n${markdown}\n\n</details>`;
}
/** Text as a fenced code block that no backtick run inside can close. */
function fenced(text, info = 'markdown') {
    const fence = (0,_document_fences_js__WEBPACK_IMPORTED_MODULE_7__/* .fenceFor */ .Lt)(text);
    return `${fence}${info}\n${text}${text === '' ? '' : '\n'}${fence}`;
}
/**
 * The text with a code fence it leaves open closed at the end, so that what follows (our
 * `</details>` and marker) is not swallowed into a code block.
 */
function closeOpenFence(markdown) {
    const open = (0,_document_fences_js__WEBPACK_IMPORTED_MODULE_7__/* .fenceLeftOpen */ .fe)(markdown.split('\n'));
    return open === null ? markdown : `${markdown}\n${open.opening.marker}`;
}
/**
 * Model or person text as it goes into a comment: no mentions, no closing keywords, and no
 * look-alike of our markers (shown as text instead, so no run mistakes the comment for another).
 */
function postable(text) {
    return (0,_sanitize_js__WEBPACK_IMPORTED_MODULE_3__/* .safeForGitHub */ .gP)(text).replace(/<!--(?=\s*tech-design)/gi, '&lt;!--');
}
/** A reason or problem: defused and clipped, since it may quote an error at length. */
function reasonText(reason) {
    return (0,_text_clip_js__WEBPACK_IMPORTED_MODULE_4__/* .clip */ .$)(postable(reason.trim()), 2_000);
}
/** Model or person text as one line of a comment: postable, whitespace collapsed. */
function postableLine(text) {
    return postable(text).replace(/\s+/g, ' ').trim();
}
function withMarker(body, marker) {
    return `${body}\n\n${marker}`;
}
/** A Markdown link; characters that would end the URL early are percent-encoded. */
function link(text, url) {
    // encodeURIComponent leaves parentheses as they are.
    const safe = url
        .replace(/[\s<>]/g, encodeURIComponent)
        .replace(/\(/g, '%28')
        .replace(/\)/g, '%29');
    return `[${text}](${safe})`;
}
function escapeHtml(text) {
    return text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;');
}
/** "3,200 tokens", "1 output token". */
function tokens(n, kind = '') {
    return (0,_text_wording_js__WEBPACK_IMPORTED_MODULE_5__/* .plural */ .L)(n, `${kind}token`);
}


/***/ }),

/***/ 90834:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pj: () => (/* binding */ WORD_JOINER),
/* harmony export */   gP: () => (/* binding */ safeForGitHub)
/* harmony export */ });
/* unused harmony exports neutraliseMentions, neutraliseClosingKeywords */
/**
 * Model text posted to GitHub (review comments, review bodies, summaries) must not notify people
 * or close issues: a design that says "ask @payments-team" or "fixes #12" is quoting, not acting.
 *
 * Both are defused with U+2060 WORD JOINER, which renders as nothing and does not break the
 * line, so the text reads exactly as written:
 * - mentions: `@` + WORD JOINER + name. GitHub only mentions when a name character follows `@`.
 *   Every way of writing an at sign that GitHub renders as one is defused the same way: the
 *   entities `&#64;`, `&#x40;` and `&commat;` become `@` + WORD JOINER (an entity followed by a
 *   joiner would still decode to `@`), and the full-width `＠` and small `﹫` get the joiner after
 *   them. A name spelled with entities (`@&#111;ctocat`) counts as a name.
 * - closing keywords: WORD JOINER after the keyword's first letter ("f⁠ixes #12"). GitHub no
 *   longer sees the keyword, whatever form the reference takes (#12, owner/repo#12, GH-12, an
 *   issue URL), and the reference itself still links to the issue, as a plain mention.
 *
 * Applied everywhere, inside code spans and fences too: GitHub ignores mentions there anyway,
 * but guessing code boundaries the way GitHub does is where a real mention would slip through.
 * The cost is an invisible character in a copied `@scope/package`, and `@` in place of an
 * entity in a code span. Both functions are idempotent.
 */
const WORD_JOINER = '\u2060';
/**
 * An at sign GitHub renders: `@`, `＠` (U+FF20), `﹫` (U+FE6B), or an entity for one of them.
 * Numeric entities take any case and leading zeros, and their `;` is optional, as in raw HTML.
 */
const AT_SIGN = /@|\uFF20|\uFE6B|&commat;|&#(?:[xX]0*(?:40|[fF]{2}20|[fF][eE]6[bB])(?![0-9A-Fa-f])|0*(?:64|65312|65131)(?![0-9]));?/;
/** A name character, as a letter or digit of any script, or as an entity that may spell one. */
const NAME_START = /[\p{L}\p{N}]|&(?:#[xX]?[0-9A-Fa-f]+|[A-Za-z][A-Za-z0-9]*;)/u;
/**
 * An at sign followed by a name (`@name`, `@org/team`) and not preceded by an ASCII word
 * character — GitHub's own condition, so e-mail addresses (`a@b.com`) are left intact. Non-ASCII
 * letters before `@` do not protect a mention on GitHub, so they do not stop us either.
 */
const MENTION = new RegExp(`(?<![A-Za-z0-9_])(?:${AT_SIGN.source})(?=${NAME_START.source})`, 'gu');
/** The at sign as it renders: an entity decoded, any other form as written. */
function renderedAtSign(atSign) {
    if (atSign === '&commat;')
        return '@';
    if (!atSign.startsWith('&#'))
        return atSign;
    const digits = atSign.slice(2).replace(';', '');
    const codePoint = /^x/i.test(digits) ? parseInt(digits.slice(1), 16) : parseInt(digits, 10);
    return String.fromCodePoint(codePoint);
}
/**
 * Turns `@user` and `@org/team`, however its at sign is written, into a look-alike that
 * notifies nobody.
 */
function neutraliseMentions(text) {
    return text.replace(MENTION, (atSign) => `${renderedAtSign(atSign)}${WORD_JOINER}`);
}
/**
 * A closing keyword (close, closes, closed, fix, fixes, fixed, resolve, resolves, resolved; any
 * case) as a whole word, followed — after spaces, a colon or emphasis — by an issue reference:
 * `#12`, `owner/repo#12`, `GH-12` or a URL. Generous on purpose: a joiner too many is invisible.
 */
const CLOSING = /(?<![A-Za-z0-9_])(?:close[sd]?|fix(?:e[sd])?|resolve[sd]?)(?![A-Za-z0-9_])(?=[\s:*_~`]*(?:(?:[\w.-]+\/[\w.-]+)?#\d|gh-\d|https?:\/\/))/gi;
/** Keeps `fixes #12` and its kin from closing anything, while they still read the same. */
function neutraliseClosingKeywords(text) {
    // What is left after the first letter ("ixes", "loses", "esolved") is no keyword at all.
    return text.replace(CLOSING, (keyword) => `${keyword.slice(0, 1)}${WORD_JOINER}${keyword.slice(1)}`);
}
/** Model text made safe to post: no mentions, no closing keywords. */
function safeForGitHub(text) {
    return neutraliseClosingKeywords(neutraliseMentions(text));
}


/***/ }),

/***/ 29893:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ clip)
/* harmony export */ });
/**
 * Text cut to at most `max` characters, the last of them an ellipsis when anything was cut.
 * Characters are code points, so an emoji is never split in half; the space before the
 * ellipsis goes.
 */
function clip(text, max) {
    const chars = Array.from(text);
    if (chars.length <= max)
        return text;
    const kept = chars.slice(0, Math.max(0, max - 1)).join('');
    return `${kept.trimEnd()}…`;
}


/***/ })

};
