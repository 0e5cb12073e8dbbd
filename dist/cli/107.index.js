export const id = 107;
export const ids = [107];
export const modules = {

/***/ 4107:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createVertexClient: () => (/* binding */ createVertexClient)
/* harmony export */ });
/* harmony import */ var _anthropic_ai_vertex_sdk__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2033);
/* harmony import */ var google_auth_library__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(492);
/* harmony import */ var google_auth_library__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(google_auth_library__WEBPACK_IMPORTED_MODULE_1__);
/**
 * Claude on Google Cloud Vertex AI, through Anthropic's Vertex SDK. Requests carry an OAuth token
 * from Application Default Credentials: the credentials file google-github-actions/auth writes
 * for Workload Identity Federation (GOOGLE_APPLICATION_CREDENTIALS), a service account, or the
 * metadata server. Loaded only when the provider is vertex.
 */


function createVertexClient(options) {
    // Given the project, the auth library need not look it up (a call to the Resource Manager
    // API that Workload Identity credentials are often not allowed to make).
    const googleAuth = new google_auth_library__WEBPACK_IMPORTED_MODULE_1__.GoogleAuth({
        scopes: 'https://www.googleapis.com/auth/cloud-platform',
        projectId: options.projectId,
    });
    return new _anthropic_ai_vertex_sdk__WEBPACK_IMPORTED_MODULE_0__/* .AnthropicVertex */ .dc({ ...options, googleAuth });
}


/***/ })

};
