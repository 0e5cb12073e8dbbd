export const id = 63;
export const ids = [63];
export const modules = {

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

/***/ 15063:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   resolveModelPlatform: () => (/* binding */ resolveModelPlatform)
/* harmony export */ });
/* harmony import */ var _model_id_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(34925);
/* harmony import */ var _text_redact_urls_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(16933);
/* harmony import */ var _setting_names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74523);
/* harmony import */ var _input_error_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(16065);
/**
 * Where the model runs: the provider input, completed from the environment the runner's
 * authentication steps leave behind (aws-actions/configure-aws-credentials sets AWS_REGION,
 * google-github-actions/auth sets GOOGLE_CLOUD_PROJECT), with the model id in the platform's form.
 */




/** The environment variable each platform's endpoint can come from. */
const BASE_URL_VARIABLES = {
    anthropic: 'ANTHROPIC_BASE_URL',
    bedrock: 'ANTHROPIC_BEDROCK_BASE_URL',
    vertex: 'ANTHROPIC_VERTEX_BASE_URL',
};
const first = (...values) => values.find((v) => v != null && v.trim() !== '')?.trim() ?? null;
function resolveModelPlatform(inputs, env, names = _setting_names_js__WEBPACK_IMPORTED_MODULE_1__/* .ACTION_SETTING_NAMES */ .x) {
    const { provider } = inputs;
    // "the aws-region input or AWS_REGION" in the action; the command line has the variable only.
    const setting = (name, variable) => name === variable ? variable : `${name} or ${variable}`;
    refuseCredentialsInBaseUrl(BASE_URL_VARIABLES[provider], env);
    const common = {
        provider,
        headers: inputs.anthropicHeaders,
        apiKey: null,
        region: null,
        projectId: null,
        missingCredentials: null,
    };
    if (provider === 'bedrock') {
        const region = first(inputs.awsRegion, env.AWS_REGION, env.AWS_DEFAULT_REGION);
        if (!region) {
            throw new _input_error_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`The provider is bedrock but no AWS region is set: set ${setting(names.awsRegion, 'AWS_REGION')} ` +
                '(aws-actions/configure-aws-credentials sets it when it runs before this step).');
        }
        return {
            ...common,
            model: modelFor(inputs, region),
            region,
            baseURL: first(inputs.anthropicBaseUrl, env.ANTHROPIC_BEDROCK_BASE_URL),
        };
    }
    if (provider === 'vertex') {
        const region = first(inputs.vertexRegion, env.CLOUD_ML_REGION);
        if (!region) {
            throw new _input_error_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`The provider is vertex but no region is set: set ${setting(names.vertexRegion, 'CLOUD_ML_REGION')} ` +
                'to a Google Cloud region where Claude is enabled, such as us-east5, europe-west1 or global.');
        }
        const projectId = first(inputs.vertexProjectId, env.ANTHROPIC_VERTEX_PROJECT_ID, env.GOOGLE_CLOUD_PROJECT, env.GCLOUD_PROJECT, env.CLOUDSDK_CORE_PROJECT);
        if (!projectId) {
            throw new _input_error_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`The provider is vertex but no Google Cloud project is set: set ${setting(names.vertexProjectId, 'GOOGLE_CLOUD_PROJECT')} ` +
                '(google-github-actions/auth sets it when given project_id).');
        }
        return {
            ...common,
            model: modelFor(inputs, region),
            region,
            projectId,
            baseURL: first(inputs.anthropicBaseUrl, env.ANTHROPIC_VERTEX_BASE_URL),
        };
    }
    const baseURL = first(inputs.anthropicBaseUrl, env.ANTHROPIC_BASE_URL);
    const apiKey = inputs.anthropicApiKey || null;
    return {
        ...common,
        model: modelFor(inputs, ''),
        apiKey,
        baseURL,
        // A gateway set in the workflow may hold the key itself (its own credentials then go in
        // anthropic-headers); ANTHROPIC_BASE_URL alone only moves the endpoint.
        missingCredentials: apiKey || inputs.anthropicBaseUrl
            ? null
            : 'The anthropic-api-key input is empty. Add your Anthropic API key as a repository secret (Settings → Secrets and variables → Actions, e.g. ANTHROPIC_API_KEY) and pass it: `anthropic-api-key: ${{ secrets.ANTHROPIC_API_KEY }}`. (On Amazon Bedrock or Vertex AI, set the provider input instead.)',
    };
}
/**
 * A user name or password in the endpoint would be quoted wherever the URL is (SDK errors, logs).
 * The input is checked when parsed; this covers the environment, and the command line, whose base
 * URL is the variable. The message names the variable, never its value.
 */
function refuseCredentialsInBaseUrl(name, env) {
    const url = env[name];
    if (url && (0,_text_redact_urls_js__WEBPACK_IMPORTED_MODULE_3__/* .holdsCredentials */ .Hn)(url)) {
        throw new _input_error_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`${name} holds credentials (a user name or password before the host): remove them and ` +
            'pass credentials in anthropic-headers (ANTHROPIC_CUSTOM_HEADERS on the command line).');
    }
}
function modelFor(inputs, region) {
    try {
        return (0,_model_id_js__WEBPACK_IMPORTED_MODULE_0__/* .platformModelId */ .yn)(inputs.provider, inputs.model, region);
    }
    catch (error) {
        if (error instanceof _model_id_js__WEBPACK_IMPORTED_MODULE_0__/* .ModelIdError */ .tZ)
            throw new _input_error_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`Invalid input "model": ${error.message}`);
        throw error;
    }
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
