export const id = 627;
export const ids = [627];
export const modules = {

/***/ 74627:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createBedrockClient: () => (/* binding */ createBedrockClient)
/* harmony export */ });
/* harmony import */ var _anthropic_ai_bedrock_sdk__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(41820);
/**
 * Claude on Amazon Bedrock, through Anthropic's Bedrock SDK. Requests are signed (SigV4) with the
 * credentials of the default AWS chain: the environment variables that
 * aws-actions/configure-aws-credentials exports after its OIDC exchange, a web-identity token
 * file, a profile, or an instance role; or a Bedrock API key in AWS_BEARER_TOKEN_BEDROCK.
 * Loaded only when the provider is bedrock.
 */

function createBedrockClient(options) {
    const { region, ...common } = options;
    return new _anthropic_ai_bedrock_sdk__WEBPACK_IMPORTED_MODULE_0__/* .AnthropicBedrock */ .lv({ ...common, awsRegion: region });
}


/***/ })

};
