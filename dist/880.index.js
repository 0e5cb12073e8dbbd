export const id = 880;
export const ids = [880];
export const modules = {

/***/ 3880:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  parseInputs: () => (/* binding */ parseInputs)
});

// UNUSED EXPORTS: INPUT_NAMES, InputError

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(8816);
// EXTERNAL MODULE: ./src/core/permissions.ts
var permissions = __webpack_require__(7359);
// EXTERNAL MODULE: ./src/core/requirements.ts
var requirements = __webpack_require__(7935);
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
const schema = schemas/* object */.Ikc({
    'anthropic-api-key': schemas/* string */.YjP().trim(),
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
const SECRET_INPUTS = new Set(['anthropic-api-key', 'github-token']);
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
        anthropicApiKey: v['anthropic-api-key'],
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

/***/ 7359:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jj: () => (/* binding */ PERMISSIONS),
/* harmony export */   _6: () => (/* binding */ meetsPermission),
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


/***/ }),

/***/ 7935:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DY: () => (/* binding */ missingRequirements),
/* harmony export */   F7: () => (/* binding */ decodeRequirements),
/* harmony export */   GQ: () => (/* binding */ checkRequirementsText),
/* harmony export */   To: () => (/* binding */ DEFAULT_MAX_INPUT_TOKENS),
/* harmony export */   lg: () => (/* binding */ RequirementsError)
/* harmony export */ });
/* unused harmony export estimateTokens */
/**
 * Turns the raw bytes of a requirements document into text the model may see, or a clear
 * error that names the file and the limit. Runs before any API call, so bad input costs nothing.
 */
class RequirementsError extends Error {
    problem;
    constructor(problem, message) {
        super(message);
        this.problem = problem;
        this.name = 'RequirementsError';
    }
}
/** The default input budget: well inside the model's 200k-token context, leaving room for the design. */
const DEFAULT_MAX_INPUT_TOKENS = 100_000;
/**
 * A local, deliberately generous token estimate (no API call): about four ASCII characters per
 * token, and one token per character elsewhere (CJK, emoji and other scripts tokenise densely).
 */
function estimateTokens(text) {
    let ascii = 0;
    let other = 0;
    for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (code < 0x80)
            ascii++;
        // A surrogate pair is one character: count its high half only.
        else if (code < 0xdc00 || code > 0xdfff)
            other++;
    }
    return Math.ceil(ascii / 4) + other;
}
function missingRequirements(source) {
    return new RequirementsError('missing', `Requirements file not found: ${source}. Create it, or point the requirements path at an existing file.`);
}
function decodeRequirements(bytes, options) {
    const { source } = options;
    if (bytes.includes(0)) {
        throw new RequirementsError('binary', `${source} looks like a binary file (it contains NUL bytes). Requirements must be UTF-8 text, such as Markdown.`);
    }
    let text;
    try {
        text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    }
    catch {
        throw new RequirementsError('encoding', `${source} is not valid UTF-8. Save it as UTF-8 text and try again.`);
    }
    return checkRequirementsText(text.replace(/\r\n?/g, '\n'), options);
}
function checkRequirementsText(text, { source, maxInputTokens }) {
    if (text.trim() === '') {
        throw new RequirementsError('empty', `${source} is empty. Write the requirements in it (what to build, for whom, and any constraints) and run again.`);
    }
    const tokens = estimateTokens(text);
    if (tokens > maxInputTokens) {
        throw new RequirementsError('too-large', `${source} is too large: about ${tokens.toLocaleString('en-US')} tokens, over the limit of ` +
            `${maxInputTokens.toLocaleString('en-US')}. Shorten it or split it, or raise the input-token limit.`);
    }
    return text;
}


/***/ })

};
