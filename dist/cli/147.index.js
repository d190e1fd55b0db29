export const id = 147;
export const ids = [147];
export const modules = {

/***/ 1147:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ planDigest),
/* harmony export */   parsePlanDigest: () => (/* binding */ parsePlanDigest),
/* harmony export */   planFile: () => (/* binding */ planFile)
/* harmony export */ });
/* unused harmony export PLAN_DIGEST_PATTERN */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _policy_canonical_json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8311);
/**
 * The digest of a plan: what a reviewer approved, in one value. `plan` prints it; `deploy` with
 * `plan-digest` recomputes the plan against live IAM and applies it only when the digest is equal.
 *
 * It covers the environment, the account and every operation with its full payload (documents,
 * tags, version ids), as canonical JSON, in an order that does not depend on how the planner or the
 * live read happened to list them. Conflicts refuse a deploy on their own and are not part of it.
 */


const PLAN_DIGEST_PATTERN = /^sha256:[0-9a-f]{64}$/;
/** Bumped when what the digest covers changes, so an old digest never matches by accident. */
const DIGEST_VERSION = 1;
function planDigest(plan) {
    const operations = plan.operations.map(operation => (0,_policy_canonical_json_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalJson */ .d)(operation)).sort();
    const text = (0,_policy_canonical_json_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalJson */ .d)({
        version: DIGEST_VERSION,
        environment: plan.environment,
        account: plan.account,
        operations
    });
    return `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(text).digest('hex')}`;
}
/** A digest as a user passed it: trimmed, lower case; undefined when it is not one. */
function parsePlanDigest(value) {
    const digest = value.trim().toLowerCase();
    return PLAN_DIGEST_PATTERN.test(digest) ? digest : undefined;
}
/** The plan file `plan` writes: the digest and what it covers, for the record of a review. */
function planFile(plan) {
    const file = {
        digest: planDigest(plan),
        environment: plan.environment,
        account: plan.account,
        operations: plan.operations
    };
    return JSON.stringify(file, null, 2) + '\n';
}


/***/ }),

/***/ 8311:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ canonicalJson)
/* harmony export */ });
/* unused harmony export stableHash */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Canonical JSON (object keys sorted at every level, arrays in order, no whitespace) and a hash of
 * it: two values that differ only in key order serialize and hash the same, which is what lets the
 * comparison engine and the planner say "unchanged" without caring how a document was written.
 */

function compareKeys(a, b) {
    // Code-point order, not localeCompare: the result must not depend on the machine's locale.
    return a < b ? -1 : a > b ? 1 : 0;
}
/** JSON.stringify with sorted keys; `undefined` members are dropped as JSON.stringify does. */
function canonicalJson(value) {
    if (value === null || typeof value !== 'object') {
        const text = JSON.stringify(value);
        return text === undefined ? 'null' : text;
    }
    if (Array.isArray(value)) {
        return `[${value.map(item => (item === undefined ? 'null' : canonicalJson(item))).join(',')}]`;
    }
    const record = value;
    const members = Object.keys(record)
        .filter(key => record[key] !== undefined)
        .sort(compareKeys)
        .map(key => `${JSON.stringify(key)}:${canonicalJson(record[key])}`);
    return `{${members.join(',')}}`;
}
/** SHA-256 (hex) of the canonical JSON; stable across runs, machines and key order. */
function stableHash(value) {
    return createHash('sha256').update(canonicalJson(value)).digest('hex');
}


/***/ })

};
