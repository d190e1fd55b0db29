export const id = 318;
export const ids = [318];
export const modules = {

/***/ 7318:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   commentFailureAdvice: () => (/* binding */ commentFailureAdvice),
/* harmony export */   runLinks: () => (/* binding */ runLinks),
/* harmony export */   upsertStickyComment: () => (/* binding */ upsertStickyComment)
/* harmony export */ });
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2413);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _report_docs_links_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7311);
/**
 * The sticky PR comment: found by a hidden marker AND authored by the token's own identity
 * (anyone can paste a marker into a comment), updated in place, never duplicated.
 */



/** GITHUB_TOKEN is an installation token: GET /user is refused, and its comments are by this bot. */
const ACTIONS_BOT = 'github-actions[bot]';
async function tokenIdentity(octokit) {
    try {
        const { data } = await octokit.rest.users.getAuthenticated();
        return data.login;
    }
    catch {
        return ACTIONS_BOT;
    }
}
async function upsertStickyComment(request) {
    const [owner, repo] = request.repository.split('/');
    const octokit = (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(request.token, {
        baseUrl: process.env.GITHUB_API_URL || 'https://api.github.com'
    });
    try {
        const login = await tokenIdentity(octokit);
        const comments = await octokit.paginate(octokit.rest.issues.listComments, {
            owner,
            repo,
            issue_number: request.issueNumber,
            per_page: 100
        });
        const existing = comments.find(comment => comment.user?.login === login && comment.body?.includes(request.marker));
        if (existing) {
            const { data } = await octokit.rest.issues.updateComment({
                owner,
                repo,
                comment_id: existing.id,
                body: request.body
            });
            return { status: 'updated', id: data.id, url: data.html_url };
        }
        if (!request.createIfMissing)
            return { status: 'skipped', reason: 'no IAM changes and no earlier comment to update' };
        const { data } = await octokit.rest.issues.createComment({
            owner,
            repo,
            issue_number: request.issueNumber,
            body: request.body
        });
        return { status: 'created', id: data.id, url: data.html_url };
    }
    catch (error) {
        const status = error.status;
        return { status: 'failed', reason: error.message, status_code: status };
    }
}
/** One clear line on how to get comments working, by what GitHub answered. */
function commentFailureAdvice(outcome, fromFork) {
    const prefix = `RoleGate could not comment on the pull request (${outcome.status_code ?? 'error'}: ${outcome.reason}).`;
    if (fromFork)
        return `${prefix} Pull requests from forks get a read-only GITHUB_TOKEN; the full report is in the job summary.`;
    if (outcome.status_code === 403 || outcome.status_code === 404) {
        return `${prefix} Give the job "permissions: pull-requests: write" (and "contents: read"); the full report is in the job summary.`;
    }
    return `${prefix} The full report is in the job summary.`;
}
/**
 * Links for the comment and the summary: the repository, the PR head commit (not the merge commit
 * `GITHUB_SHA` names on pull_request events), this run and RoleGate's docs at the action's own
 * repository and ref. Undefined outside GitHub Actions.
 */
function runLinks(env = process.env) {
    const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
    const repository = env.GITHUB_REPOSITORY;
    const sha = pullRequestHeadSha(env.GITHUB_EVENT_PATH) ?? env.GITHUB_SHA;
    if (!repository || !sha || !/^[\w.-]+\/[\w.-]+$/.test(repository) || !/^[0-9a-f]{7,64}$/i.test(sha))
        return undefined;
    const runId = env.GITHUB_RUN_ID;
    const links = { server, repository, sha };
    const docs = (0,_report_docs_links_js__WEBPACK_IMPORTED_MODULE_2__/* .actionDocsLinks */ .DH)(env);
    if (docs)
        links.docs = docs;
    if (runId && /^\d+$/.test(runId)) {
        const attempt = env.GITHUB_RUN_ATTEMPT && /^\d+$/.test(env.GITHUB_RUN_ATTEMPT) ? env.GITHUB_RUN_ATTEMPT : '';
        links.runUrl = `${server}/${repository}/actions/runs/${runId}${attempt ? `/attempts/${attempt}` : ''}`;
    }
    return links;
}
function pullRequestHeadSha(eventPath) {
    if (!eventPath)
        return undefined;
    try {
        const event = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(eventPath, 'utf8'));
        const sha = event.pull_request?.head?.sha;
        return typeof sha === 'string' ? sha : undefined;
    }
    catch {
        return undefined;
    }
}


/***/ })

};
