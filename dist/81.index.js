export const id = 81;
export const ids = [81];
export const modules = {

/***/ 37081:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  parseInputs: () => (/* binding */ parseInputs)
});

// UNUSED EXPORTS: INPUT_NAMES, isUnexpandedExpression

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/core.js
var core = __webpack_require__(88532);
;// CONCATENATED MODULE: ./src/config/headers.ts
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

// EXTERNAL MODULE: ./src/config/model-id.ts
var model_id = __webpack_require__(34925);
// EXTERNAL MODULE: ./src/config/paths.ts
var paths = __webpack_require__(81066);
// EXTERNAL MODULE: ./src/config/permissions.ts
var permissions = __webpack_require__(52262);
// EXTERNAL MODULE: ./src/config/defaults.ts
var defaults = __webpack_require__(31954);
// EXTERNAL MODULE: ./src/config/input-error.ts
var input_error = __webpack_require__(16065);
// EXTERNAL MODULE: ./src/text/wording.ts
var wording = __webpack_require__(42179);
;// CONCATENATED MODULE: ./src/action/inputs.ts
/**
 * The action's inputs, parsed once into a typed configuration. A bad value stops the run with a
 * message that names the input and says what it accepts.
 */








/** A file in the repository, normalised, by the rule the comment command's PATH follows too. */
const repoPath = (options) => schemas/* string */.YjP().transform((raw, ctx) => {
    const checked = (0,paths/* checkRepoPath */.Q)(raw, options);
    if ('path' in checked)
        return checked.path;
    ctx.addIssue({ code: 'custom', message: checked.problem });
    return core/* NEVER */.tm;
});
/** The same, or null when empty: the built-in one is used. */
const optionalRepoPath = (options) => schemas/* string */.YjP()
    .trim()
    .transform((p) => (p === '' ? null : p))
    .pipe(repoPath(options).nullable());
/** A template or instructions may sit beside the workflow that names them. */
const CONFIG_FILE = { allowGitHubFolder: true };
const wholeNumber = (fallback, max) => schemas/* string */.YjP()
    .trim()
    .transform((v) => (v === '' ? fallback : Number(v)))
    .pipe(schemas/* number */.aig({ error: 'must be a whole number' })
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .max(max, `must be at most ${(0,wording/* count */.U)(max)}`));
/** An amount in US dollars, or `fallback` when empty (null: no limit). */
const dollars = (fallback) => schemas/* string */.YjP()
    .trim()
    .transform((v) => (v === '' ? fallback : Number(v.replace(/^\$/, ''))))
    .pipe(schemas/* number */.aig({ error: 'must be an amount in US dollars such as 2.50' })
    .finite('must be an amount in US dollars such as 2.50')
    .positive('must be more than 0 (leave it empty for no limit)')
    .nullable());
/** Permissions a repository can grant: "none" is not a level to require. */
const GRANTABLE = permissions/* PERMISSIONS */.Jj.filter((p) => p !== 'none');
/** A level to require, case-insensitive; empty means `fallback`. */
const permissionLevel = (fallback) => schemas/* string */.YjP()
    .trim()
    .toLowerCase()
    .transform((v) => v || fallback)
    .pipe(schemas/* enum */.k5n(GRANTABLE, { error: `must be one of ${GRANTABLE.join(', ')}` }));
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
const fields = schemas/* object */.Ikc({
    provider: schemas/* string */.YjP()
        .trim()
        .toLowerCase()
        .transform((v) => v || defaults/* DEFAULTS */.zY.provider.value)
        .pipe(schemas/* enum */.k5n(model_id/* PROVIDERS */.xq, { error: `must be one of ${model_id/* PROVIDERS */.xq.join(', ')}` })),
    'anthropic-api-key': schemas/* string */.YjP().trim(),
    'anthropic-base-url': baseUrl,
    'anthropic-headers': headerLines,
    'aws-region': optionalMatch(/^[a-z]{2}(-[a-z]+)+-\d+$/, 'is not an AWS region such as us-east-1'),
    'vertex-region': optionalMatch(/^[a-z][a-z0-9-]*[a-z0-9]$/, 'is not a Google Cloud region such as us-east5, europe-west1 or global'),
    'vertex-project-id': optionalMatch(/^([a-z0-9.-]+:)?[a-z][a-z0-9-]{4,28}[a-z0-9]$/, 'is not a Google Cloud project id (6 to 30 lower-case letters, digits and hyphens)'),
    'github-token': schemas/* string */.YjP()
        .trim()
        .min(1, `is empty: pass ${defaults/* DEFAULTS */.zY.githubToken.value} or a token secret`),
    // Refused when empty, not defaulted (as the trigger phrase is): an empty one is usually an
    // expression that came out empty, and writing another file than meant is worse than stopping.
    'requirements-path': repoPath(),
    'design-path': repoPath(),
    model: schemas/* string */.YjP()
        .trim()
        .transform((v) => v || defaults/* DEFAULTS */.zY.model.value)
        .pipe(schemas/* string */.YjP()
        .regex(/^[A-Za-z0-9][A-Za-z0-9._:@/-]*$/, `is not a model id (for example ${defaults/* DEFAULTS */.zY.model.value})`)),
    'max-output-tokens': wholeNumber(defaults/* DEFAULTS */.zY.maxOutputTokens.value, defaults/* MOST_OUTPUT_TOKENS */.Zk),
    'max-input-tokens': wholeNumber(defaults/* DEFAULTS */.zY.maxInputTokens.value, 1_000_000),
    'model-timeout-seconds': wholeNumber(defaults/* DEFAULTS */.zY.modelTimeoutSeconds.value, 3_600),
    'template-path': optionalRepoPath(CONFIG_FILE),
    'instructions-path': optionalRepoPath(CONFIG_FILE),
    'trigger-phrase': schemas/* string */.YjP()
        .trim()
        .regex(/^\S+$/, `must be one word such as ${defaults/* DEFAULTS */.zY.triggerPhrase.value}`),
    'min-permission': permissionLevel(defaults/* DEFAULTS */.zY.minPermission.value),
    'min-answer-permission': permissionLevel(defaults/* DEFAULTS */.zY.minAnswerPermission.value),
    'max-questions': wholeNumber(defaults/* DEFAULTS */.zY.maxQuestions.value, 100),
    gate: schemas/* string */.YjP()
        .trim()
        .toLowerCase()
        .transform((v) => v || defaults/* DEFAULTS */.zY.gate.value)
        .pipe(schemas/* enum */.k5n(defaults/* GATES */.JH, { error: `must be one of ${defaults/* GATES */.JH.join(', ')}` })),
    traceability: schemas/* string */.YjP()
        .trim()
        .toLowerCase()
        .transform((v) => v || defaults/* DEFAULTS */.zY.traceability.value)
        .pipe(schemas/* enum */.k5n(['true', 'false'], { error: 'must be true or false' }))
        .transform((v) => v === 'true'),
    'revision-format': schemas/* string */.YjP()
        .trim()
        .toLowerCase()
        .transform((v) => v || defaults/* DEFAULTS */.zY.revisionFormat.value)
        .pipe(schemas/* enum */.k5n(defaults/* REVISION_FORMATS */.Pi, { error: `must be one of ${defaults/* REVISION_FORMATS */.Pi.join(', ')}` })),
    'max-cost-usd': dollars(null),
    'max-cost-usd-per-pull-request': dollars(defaults/* DEFAULTS */.zY.maxCostUsdPerPullRequest.value),
    number: schemas/* string */.YjP()
        .trim()
        .transform((v) => (v === '' ? null : Number(v)))
        .pipe(schemas/* number */.aig({ error: 'must be a pull request or issue number' })
        .int('must be a whole number')
        .min(1, 'must be at least 1')
        .nullable()),
});
// Compared in normal form, so "./docs/a.md" and "docs/a.md" are caught as the same file. Zod
// runs this only when both paths passed their own check: a transform's issue stops later checks.
const schema = fields.superRefine((v, ctx) => {
    if (v['design-path'] === v['requirements-path']) {
        ctx.addIssue({
            code: 'custom',
            path: ['design-path'],
            message: 'must not be the same file as input "requirements-path": the design would overwrite ' +
                'the requirements it is made from',
        });
    }
});
/** Never echoed back, not even in an error. */
const SECRET_INPUTS = new Set(['anthropic-api-key', 'github-token', 'anthropic-headers']);
const INPUT_NAMES = Object.keys(fields.shape);
/**
 * A value that is still a workflow expression, such as `${{ github.token }}`: the runner expands
 * them, but outside a workflow (@github/local-action reads action.yml's defaults as they are
 * written) nothing does, and the text would be sent as if it were the value.
 */
function isUnexpandedExpression(value) {
    return /^\$\{\{[\s\S]*\}\}$/.test(value.trim());
}
/** `getInput` is @actions/core's in the action; tests pass a plain lookup. */
function parseInputs(getInput) {
    const raw = Object.fromEntries(INPUT_NAMES.map((name) => [name, getInput(name)]));
    const unexpanded = INPUT_NAMES.filter((name) => isUnexpandedExpression(raw[name] ?? ''));
    if (unexpanded.length > 0) {
        const problems = unexpanded.map((name) => `input "${name}" is the expression ${raw[name]?.trim()}, which nothing expanded: outside a ` +
            `workflow, set INPUT_${name.toUpperCase()} to the value itself`);
        throw new input_error/* InputError */.d(`Invalid input: ${problems.join('; ')}.`);
    }
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
        const problems = parsed.error.issues.map((issue) => {
            const name = String(issue.path[0]);
            const got = SECRET_INPUTS.has(name) ? '' : ` (got "${String(raw[name] ?? '')}")`;
            return `input "${name}" ${issue.message}${got}`;
        });
        throw new input_error/* InputError */.d(`Invalid input: ${problems.join('; ')}.`);
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
        minAnswerPermission: v['min-answer-permission'],
        maxQuestions: v['max-questions'],
        gate: v.gate,
        traceability: v.traceability,
        revisionFormat: v['revision-format'],
        maxCostUsd: v['max-cost-usd'],
        maxCostUsdPerPullRequest: v['max-cost-usd-per-pull-request'],
        number: v.number,
    };
}


/***/ }),

/***/ 16065:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ InputError)
/* harmony export */ });
/** A bad input value: the run stops with a message naming the input and what it accepts. */
class InputError extends Error {
    constructor(message) {
        super(message);
        this.name = 'InputError';
    }
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


/***/ })

};
