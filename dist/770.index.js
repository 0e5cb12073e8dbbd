export const id = 770;
export const ids = [770];
export const modules = {

/***/ 38770:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderOutputs: () => (/* binding */ renderOutputs),
/* harmony export */   renderSummary: () => (/* binding */ renderSummary)
/* harmony export */ });
/* unused harmony exports MAX_DRAFT_BYTES, clipToBytes */
/* harmony import */ var _github_text_command_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97212);
/* harmony import */ var _config_pricing_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(24384);
/* harmony import */ var _github_text_sanitize_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(90834);
/* harmony import */ var _config_usage_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(75933);
/* harmony import */ var _document_fences_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(15447);
/* harmony import */ var _text_wording_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(42179);
/** The job summary and the action outputs of a run, both from its RunOutcome. Pure. */






const HEADINGS = {
    created: '✅ Technical design created',
    updated: '✅ Technical design updated',
    unchanged: '✔️ Technical design unchanged',
    skipped: '⏭️ Skipped',
    failed: '❌ Failed',
};
/** Job-summary Markdown: result, reason, links, open questions, usage and cost. */
function renderSummary(outcome) {
    const parts = [`## ${HEADINGS[outcome.result]}`, (0,_github_text_sanitize_js__WEBPACK_IMPORTED_MODULE_2__/* .safeForGitHub */ .gP)(outcome.reason.trim())];
    const notes = outcome.notes ?? [];
    if (notes.length > 0)
        parts.push(notes.map((n) => `- ${(0,_github_text_sanitize_js__WEBPACK_IMPORTED_MODULE_2__/* .safeForGitHub */ .gP)(n)}`).join('\n'));
    const links = linksOf(outcome);
    if (links.length > 0)
        parts.push(links.join(' · '));
    if (outcome.check)
        parts.push(checkLine(outcome.check));
    const questions = outcome.openQuestions;
    if (questions.length > 0) {
        parts.push(`### Open questions (${questions.length})`);
        if (outcome.questionsPosted !== undefined)
            parts.push(postedNote(outcome.questionsPosted, questions.length));
        parts.push(questions
            .map((q) => `- ${(0,_github_text_sanitize_js__WEBPACK_IMPORTED_MODULE_2__/* .safeForGitHub */ .gP)(q.text).replace(/\s+/g, ' ')} (line ${q.line})`)
            .join('\n'));
    }
    if (outcome.traceability)
        parts.push(traceabilityPart(outcome.traceability));
    const problems = outcome.templateProblems ?? [];
    if (problems.length > 0)
        parts.push(templateProblemsPart(outcome.designPath, problems));
    if (outcome.rejectedDraft)
        parts.push(rejectedDraftPart(outcome.rejectedDraft));
    parts.push(table(outcome));
    return `${parts.join('\n\n')}\n`;
}
const CHECK_MARKS = {
    success: '✅',
    failure: '❌',
    neutral: '➖',
};
/** "Check [Technical design](…): ✅ Current with the requirements, no open questions." */
function checkLine(check) {
    return `Check [Technical design](${check.url}): ${CHECK_MARKS[check.conclusion]} ${(0,_github_text_sanitize_js__WEBPACK_IMPORTED_MODULE_2__/* .safeForGitHub */ .gP)(check.title)}.`;
}
/** How many requirement items the design traces, and which it leaves out. */
function traceabilityPart({ covered, total, missing }) {
    const head = `### Traceability: ${covered}/${total} requirement items traced`;
    if (missing.length === 0)
        return head;
    const shown = missing.slice(0, MAX_PROBLEMS_SHOWN);
    const more = missing.length - shown.length;
    return [
        head,
        '',
        'Not traced to an existing design section:',
        '',
        ...shown.map((item) => `- ${(0,_github_text_sanitize_js__WEBPACK_IMPORTED_MODULE_2__/* .safeForGitHub */ .gP)(item).replace(/\s+/g, ' ')}`),
        ...(more > 0 ? [`- … and ${more} more`] : []),
    ].join('\n');
}
/** Shown in full only this far; `tech-design check` lists them all. */
const MAX_PROBLEMS_SHOWN = 20;
/** People's departures from the template: listed, folded, with what to do about them. */
function templateProblemsPart(designPath, problems) {
    const shown = problems.slice(0, MAX_PROBLEMS_SHOWN);
    const more = problems.length - shown.length;
    const place = problems.length === 1 ? 'place' : 'places';
    return [
        `<details><summary>${(0,_github_text_sanitize_js__WEBPACK_IMPORTED_MODULE_2__/* .safeForGitHub */ .gP)(designPath)} departs from the template in ${problems.length} ${place} people wrote; kept as they are</summary>`,
        '',
        ...shown.map((v) => `- line ${v.line}: ${(0,_github_text_sanitize_js__WEBPACK_IMPORTED_MODULE_2__/* .safeForGitHub */ .gP)(v.message).replace(/\s+/g, ' ')}`),
        ...(more > 0 ? [`- … and ${more} more`] : []),
        '',
        `The action does not change what people wrote to fit the template. \`tech-design check ${(0,_github_text_sanitize_js__WEBPACK_IMPORTED_MODULE_2__/* .safeForGitHub */ .gP)(designPath)}\` lists every place; comment \`/tech-design --full\` to have the design rewritten into the template.`,
        '</details>',
    ].join('\n');
}
/**
 * The most of a rejected draft the summary shows. GitHub takes at most 1 MiB of job summary per
 * step; this leaves room for the rest of the summary, and is far more than a design needs.
 */
const MAX_DRAFT_BYTES = 200 * 1024;
/** A line quoted next to its violation, so it can be found in the draft with the browser's search. */
const MAX_EXCERPT_CHARS = 60;
/**
 * The last draft a failed run rejected: its problems, what to do, and the draft itself, folded.
 * Everything is defused, the fenced draft too: GitHub links no mention inside a code block, but
 * the rule is that the bot's text never mentions anyone, wherever it stands.
 */
function rejectedDraftPart(draft) {
    // A final newline ends the last line; it starts no line of its own.
    const document = (0,_github_text_sanitize_js__WEBPACK_IMPORTED_MODULE_2__/* .safeForGitHub */ .gP)(draft.document).replace(/\r?\n$/, '');
    const lines = document.split('\n');
    const { violations } = draft;
    const shown = violations.slice(0, MAX_PROBLEMS_SHOWN);
    const more = violations.length - shown.length;
    const problems = violations.length === 1 ? 'problem' : 'problems';
    const clipped = clipToBytes(lines, MAX_DRAFT_BYTES);
    const shownText = clipped.join('\n');
    const cut = shownText.length < document.length
        ? [
            `The draft is ${kilobytes(document)} long, so only its first ${kilobytes(shownText)} are shown: up to line ${(0,_text_wording_js__WEBPACK_IMPORTED_MODULE_3__/* .count */ .U)(clipped.length)} of ${(0,_text_wording_js__WEBPACK_IMPORTED_MODULE_3__/* .count */ .U)(lines.length)}.`,
            '',
        ]
        : [];
    const fence = (0,_document_fences_js__WEBPACK_IMPORTED_MODULE_4__/* .fenceFor */ .Lt)(clipped.join('\n'));
    return [
        `<details><summary>The last draft the model sent, rejected (${violations.length} ${problems})</summary>`,
        '',
        'Line numbers count from the first line of the draft below.',
        '',
        ...shown.map((v) => `- ${violationLine(v, lines)}`),
        ...(more > 0 ? [`- … and ${more} more`] : []),
        '',
        'Re-run the job: the model may well get it right on another try. If the same problems come back, comment `/tech-design` on the pull request or issue, with guidance about them on the lines after it.',
        '',
        ...cut,
        `${fence}markdown`,
        ...clipped,
        fence,
        '',
        '</details>',
    ].join('\n');
}
/** "line 12: Section missing — `## 3. Data`": the message, and the line it is about as it reads. */
function violationLine(violation, lines) {
    const message = `line ${violation.line}: ${(0,_github_text_sanitize_js__WEBPACK_IMPORTED_MODULE_2__/* .safeForGitHub */ .gP)(violation.message).replace(/\s+/g, ' ')}`;
    const text = (lines[violation.line - 1] ?? '').replace(/\s+/g, ' ').trim();
    if (violation.line < 1 || text === '')
        return message;
    const chars = Array.from(text);
    const excerpt = chars.length <= MAX_EXCERPT_CHARS ? text : `${chars.slice(0, MAX_EXCERPT_CHARS - 1).join('')}…`;
    return `${message} — ${(0,_github_text_command_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(excerpt)}`;
}
/**
 * The lines that fit in `maxBytes` (UTF-8, newlines counted). Whole lines, unless not even the
 * first fits: then as much of it as does, cut between characters.
 */
function clipToBytes(lines, maxBytes) {
    const kept = [];
    let bytes = 0;
    for (const line of lines) {
        const size = Buffer.byteLength(line) + (kept.length > 0 ? 1 : 0);
        if (bytes + size > maxBytes)
            break;
        kept.push(line);
        bytes += size;
    }
    if (kept.length > 0 || lines.length === 0)
        return kept;
    let first = '';
    let firstBytes = 0;
    for (const char of lines[0] ?? '') {
        firstBytes += Buffer.byteLength(char);
        if (firstBytes > maxBytes)
            break;
        first += char;
    }
    return [first];
}
/** "12.3 KB", in the units the cap is stated in. */
function kilobytes(text) {
    return `${(Buffer.byteLength(text) / 1024).toFixed(1)} KB`;
}
/** How many questions this run posted; the rest were asked by an earlier run. */
function postedNote(posted, total) {
    const earlier = total - posted;
    const now = `${posted} posted as review ${posted === 1 ? 'comment' : 'comments'} in this run`;
    return earlier > 0 ? `${now}; ${earlier} already had a thread from an earlier run.` : `${now}.`;
}
/** Commit, review, pull request and run links, as far as the outcome knows them. */
function linksOf(outcome) {
    const links = [];
    if (outcome.commitUrl) {
        const label = outcome.commitSha ? `commit ${outcome.commitSha.slice(0, 7)}` : 'commit';
        links.push(`[${label}](${outcome.commitUrl})`);
    }
    if (outcome.reviewUrl)
        links.push(`[review](${outcome.reviewUrl})`);
    if (outcome.pullRequestNumber !== undefined) {
        const label = `pull request #${outcome.pullRequestNumber}`;
        const repo = repoUrl(outcome);
        links.push(repo ? `[${label}](${repo}/pull/${outcome.pullRequestNumber})` : label);
    }
    if (outcome.runUrl)
        links.push(`[workflow run](${outcome.runUrl})`);
    return links;
}
/** "https://github.com/o/r" from any of the outcome's URLs; the outcome carries no PR URL. */
function repoUrl(outcome) {
    for (const url of [outcome.reviewUrl, outcome.commitUrl, outcome.runUrl]) {
        const m = url ? /^(https?:\/\/[^/]+\/[^/]+\/[^/]+)\/(?:pull|commit|actions)\//.exec(url) : null;
        if (m?.[1])
            return m[1];
    }
    return null;
}
function table(outcome) {
    const rows = [];
    const { usage } = outcome;
    // A run that never reached the model (skipped, unchanged) shows only its duration.
    if (usage || outcome.model !== undefined || outcome.modelCalls !== undefined) {
        rows.push(['Model', outcome.model ? `\`${outcome.model}\`` : 'unknown'], ['Model calls', outcome.modelCalls === undefined ? 'unknown' : (0,_text_wording_js__WEBPACK_IMPORTED_MODULE_3__/* .count */ .U)(outcome.modelCalls)], ['Input tokens', usage ? (0,_text_wording_js__WEBPACK_IMPORTED_MODULE_3__/* .count */ .U)(usage.inputTokens) : 'unknown'], ['Output tokens', usage ? (0,_text_wording_js__WEBPACK_IMPORTED_MODULE_3__/* .count */ .U)(usage.outputTokens) : 'unknown'], ['Cache read tokens', usage ? (0,_text_wording_js__WEBPACK_IMPORTED_MODULE_3__/* .count */ .U)(usage.cacheReadInputTokens) : 'unknown'], ['Cache write tokens', usage ? (0,_text_wording_js__WEBPACK_IMPORTED_MODULE_3__/* .count */ .U)(usage.cacheCreationInputTokens) : 'unknown'], [
            'Estimated cost',
            isCost(outcome.costUsd)
                ? `${(0,_config_pricing_js__WEBPACK_IMPORTED_MODULE_1__/* .formatUsd */ .UK)(outcome.costUsd)} (list prices as of ${_config_pricing_js__WEBPACK_IMPORTED_MODULE_1__/* .PRICES_AS_OF */ .Gw})`
                : 'unknown',
        ]);
    }
    rows.push(['Duration', `${(Math.max(0, outcome.durationMs) / 1000).toFixed(1)} s`]);
    const cell = (s) => s.replace(/\|/g, '\\|');
    return ['| | |', '|---|---|', ...rows.map(([k, v]) => `| ${k} | ${cell(v)} |`)].join('\n');
}
function isCost(cost) {
    return typeof cost === 'number' && Number.isFinite(cost);
}
/**
 * The action outputs. Every output is always set — '' when the run does not know it — so a
 * workflow can read any of them after any result, failed runs included.
 */
function renderOutputs(outcome) {
    const { usage } = outcome;
    return {
        result: outcome.result,
        'design-path': outcome.designPath,
        'commit-sha': outcome.commitSha ?? '',
        'pull-request-number': outcome.pullRequestNumber === undefined ? '' : String(outcome.pullRequestNumber),
        'open-questions': String(outcome.openQuestions.length),
        'input-tokens': usage ? String((0,_config_usage_js__WEBPACK_IMPORTED_MODULE_5__/* .totalInputTokens */ .FQ)(usage)) : '',
        'output-tokens': usage ? String(usage.outputTokens) : '',
        'cost-usd': isCost(outcome.costUsd) ? outcome.costUsd.toFixed(6) : '',
        'requirements-covered': outcome.traceability
            ? `${outcome.traceability.covered}/${outcome.traceability.total}`
            : '',
    };
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


/***/ })

};
