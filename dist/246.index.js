export const id = 246;
export const ids = [246];
export const modules = {

/***/ 4807:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pm: () => (/* binding */ explainGitHubError),
/* harmony export */   c2: () => (/* binding */ statusOf)
/* harmony export */ });
/* unused harmony exports GitHubError, PERMISSIONS_HINT */
/** GitHub failures turned into messages a person can act on. */
/** A GitHub call failed; the message says what was being done and what to do about it. */
class GitHubError extends Error {
    status;
    constructor(message, status) {
        super(message);
        this.status = status;
        this.name = 'GitHubError';
    }
}
const PERMISSIONS_HINT = 'The workflow token needs write access: add `permissions: { contents: write, pull-requests: write, issues: write }` to the workflow or job.';
function statusOf(error) {
    const status = error?.status;
    return typeof status === 'number' ? status : undefined;
}
/** Wraps any error from a GitHub call: `doing` is e.g. "commit tech-design.md to feature/x". */
function explainGitHubError(error, doing) {
    if (error instanceof GitHubError)
        return error;
    const graphqlErrors = error?.errors;
    // A GraphQL FORBIDDEN is the REST 403 of the same missing permission.
    const status = graphqlErrors?.some((e) => e.type === 'FORBIDDEN') ? 403 : statusOf(error);
    const said = firstLine(graphqlErrors?.length
        ? graphqlErrors.map((e) => e.message ?? e.type ?? 'error').join('; ')
        : (error?.message ?? String(error)));
    let advice = '';
    if (status === 401)
        advice = ' The token is invalid or expired: check the github-token input.';
    else if (status === 403 && /rate limit/i.test(said))
        advice = ' GitHub rate-limited the token; try again later.';
    else if (status === 403)
        advice = ` ${PERMISSIONS_HINT}`;
    else if (status === 404)
        advice = ' It does not exist, or the token cannot see it.';
    else if (status !== undefined && status >= 500)
        advice = ' GitHub had a server error; re-run the job.';
    const code = status === undefined ? '' : ` (${status})`;
    return new GitHubError(`Could not ${doing}: GitHub answered${code} "${said}".${advice}`, status);
}
function firstLine(text) {
    const line = text.split('\n')[0] ?? '';
    return line.length > 300 ? `${line.slice(0, 300)}…` : line;
}


/***/ }),

/***/ 17359:
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

/***/ 99246:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createPermissionLookup: () => (/* binding */ createPermissionLookup)
});

// EXTERNAL MODULE: ./src/adapters/github/errors.ts
var errors = __webpack_require__(4807);
;// CONCATENATED MODULE: ./src/adapters/github/collaborator.ts

/**
 * Whether GitHub lists the login as a collaborator (direct, through a team, an organisation's
 * base permission, or as an owner). Unlike the permission endpoint, which reports `read` for
 * every GitHub user on a public repository, this answers 204 only for people given access.
 */
async function isCollaborator(gh, login) {
    try {
        await gh.octokit.rest.repos.checkCollaborator({ ...gh.repo, username: login });
        return true;
    }
    catch (error) {
        if ((0,errors/* statusOf */.c2)(error) === 404)
            return false;
        throw (0,errors/* explainGitHubError */.Pm)(error, `check whether ${login} is a collaborator of the repository`);
    }
}

// EXTERNAL MODULE: ./src/core/permissions.ts
var permissions = __webpack_require__(17359);
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

;// CONCATENATED MODULE: ./src/flows/trust.ts
/**
 * Who may steer a design: the permission of each person, read once per run. On a public
 * repository a reported `read` counts only for collaborators (see `readNeedsConfirmation`).
 */



/** `repoIsPrivate` comes from the event payload; unknown counts as public, the safe side. */
function createPermissionLookup(gh, repoIsPrivate) {
    const known = new Map();
    const lookUp = async (login) => {
        const reported = await getPermission(gh, login);
        if (!(0,permissions/* readNeedsConfirmation */.jq)(reported, repoIsPrivate))
            return reported;
        return (await isCollaborator(gh, login)) ? 'read' : 'none';
    };
    return {
        of(login) {
            const key = login.toLowerCase();
            let permission = known.get(key);
            if (!permission) {
                permission = lookUp(login);
                known.set(key, permission);
            }
            return permission;
        },
    };
}


/***/ })

};
