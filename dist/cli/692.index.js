export const id = 692;
export const ids = [692];
export const modules = {

/***/ 5729:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gp: () => (/* binding */ checkAssertions),
/* harmony export */   Zc: () => (/* binding */ describeStatement),
/* harmony export */   nD: () => (/* binding */ checkAssertion)
/* harmony export */ });
/* harmony import */ var _action_db_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6777);
/* harmony import */ var _evaluate_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(82);
/* harmony import */ var _suggest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5016);
/* harmony import */ var _wildcard_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2930);




/**
 * Checks one assertion of `role` in `environment`. `policies` defaults to the role's resolved
 * policies; pass them when checking several assertions of one role.
 */
function checkAssertion(role, environment, assertion, policies = (0,_evaluate_index_js__WEBPACK_IMPORTED_MODULE_1__/* .rolePolicies */ .ns)(role, environment)) {
    const context = (0,_evaluate_index_js__WEBPACK_IMPORTED_MODULE_1__/* .requestContext */ .V8)(assertion.context);
    const unknownActions = [];
    const actions = [];
    for (const written of assertion.actions) {
        const expanded = (0,_action_db_js__WEBPACK_IMPORTED_MODULE_0__/* .expandActionPattern */ .Vd)(written);
        if (expanded.length === 0) {
            const suggestion = (0,_wildcard_js__WEBPACK_IMPORTED_MODULE_3__/* .hasWildcard */ .rl)(written) ? undefined : (0,_suggest_js__WEBPACK_IMPORTED_MODULE_2__/* .suggestAction */ .t)(written);
            unknownActions.push(suggestion === undefined ? { action: written } : { action: written, suggestion });
        }
        for (const action of expanded)
            if (!actions.includes(action))
                actions.push(action);
    }
    const results = [];
    for (const action of actions)
        for (const resource of assertion.resources) {
            const result = (0,_evaluate_index_js__WEBPACK_IMPORTED_MODULE_1__/* .evaluateRequest */ .LO)(policies, { action, resource, context });
            results.push({ action, resource, result, passed: result.decision === assertion.expect });
        }
    const opposite = results.filter(entry => !entry.passed && entry.result.decision !== 'unknown');
    const unknown = results.filter(entry => entry.result.decision === 'unknown');
    const failures = [...opposite, ...unknown];
    const outcome = opposite.length > 0 || unknownActions.length > 0 ? 'failed' : unknown.length > 0 ? 'unknown' : 'passed';
    const unreadable = { policies: [...policies.unreadable] };
    if (policies.boundary && !policies.boundary.policy)
        unreadable.boundary = policies.boundary.arn;
    return { assertion, passed: outcome === 'passed', outcome, results, failures, unknownActions, unreadable };
}
/** Every assertion of the role in this environment (the role's `expect`, already filtered by environment). */
function checkAssertions(role, environment) {
    if (!role.expect || role.expect.length === 0)
        return [];
    const policies = (0,_evaluate_index_js__WEBPACK_IMPORTED_MODULE_1__/* .rolePolicies */ .ns)(role, environment);
    return role.expect.map(assertion => checkAssertion(role, environment, assertion, policies));
}
/**
 * A deciding statement as reports name it: `inline policy S3Access, statement 0 (Sid ReadResults)
 * at iam/task-role.yml:22`; AWS managed policies have no line.
 */
function describeStatement(statement) {
    const kind = (0,_evaluate_index_js__WEBPACK_IMPORTED_MODULE_1__/* .policyKindLabel */ .fZ)(statement.policyKind);
    const sid = statement.sid ? ` (Sid ${statement.sid})` : '';
    const where = statement.location ? ` at ${statement.location.file}:${statement.location.line}` : '';
    return `${kind} ${statement.policy}, statement ${statement.index}${sid}${where}`;
}


/***/ }),

/***/ 5016:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ suggestAction),
/* harmony export */   w: () => (/* binding */ suggestService)
/* harmony export */ });
/* harmony import */ var _util_suggest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5670);
/* harmony import */ var _action_db_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6777);
/**
 * "Did you mean" for unknown services and actions: `s3:GetObjekt` -> `s3:GetObject`,
 * `s4:GetObject` -> `s3:GetObject`, `lamda` -> `lambda`. Typos are judged case-insensitively, allow
 * about one edit per four characters, and a unique prefix (`s3:GetBucketPolicyStat`) also counts.
 */


/** A known service prefix close to `prefix`, or undefined (also for an already-known prefix). */
function suggestService(prefix) {
    if ((0,_action_db_js__WEBPACK_IMPORTED_MODULE_0__/* .lookupService */ .os)(prefix))
        return undefined;
    return (0,_util_suggest_js__WEBPACK_IMPORTED_MODULE_1__/* .closest */ .k)(prefix, (0,_action_db_js__WEBPACK_IMPORTED_MODULE_0__/* .allServicePrefixes */ .Br)());
}
/**
 * A known action close to `action` (`service:Name`), or undefined. The service is corrected first
 * when it is unknown; wildcard patterns get no suggestion since they are not misspelled names.
 */
function suggestAction(action) {
    const colon = action.indexOf(':');
    if (colon < 0 || action.includes('*') || action.includes('?'))
        return undefined;
    const prefix = action.slice(0, colon);
    const name = action.slice(colon + 1);
    const service = (0,_action_db_js__WEBPACK_IMPORTED_MODULE_0__/* .lookupService */ .os)(prefix) ?? (0,_action_db_js__WEBPACK_IMPORTED_MODULE_0__/* .lookupService */ .os)(suggestService(prefix) ?? '');
    if (!service)
        return undefined;
    const names = service.actions.map(full => full.slice(service.prefix.length + 1));
    const exact = names.find(candidate => candidate.toLowerCase() === name.toLowerCase());
    // The name was right and only the service was misspelled (`s4:GetObject`).
    if (exact !== undefined)
        return service.prefix.toLowerCase() === prefix.toLowerCase() ? undefined : `${service.prefix}:${exact}`;
    const suggestion = (0,_util_suggest_js__WEBPACK_IMPORTED_MODULE_1__/* .closest */ .k)(name, names);
    return suggestion === undefined ? undefined : `${service.prefix}:${suggestion}`;
}


/***/ }),

/***/ 1692:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderCanText: () => (/* binding */ renderCanText)
/* harmony export */ });
/* harmony import */ var _policy_assertions_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5729);
/**
 * `rolegate can`: the answer's JSON shape, and the answer as text for a terminal: the decision and why, each deciding statement with its
 * file:line, the boundary's part, and what was not evaluated. `+` lines allowed, `-` lines denied,
 * `?` lines unknown (src/terminal/colour.ts colours them).
 */

const HEADLINE = {
    allow: 'ALLOWED',
    deny: 'DENIED',
    unknown: 'UNKNOWN'
};
function why(outcome) {
    const boundary = outcome.boundary;
    switch (outcome.reason) {
        case 'allowed':
            return boundary
                ? 'allowed: an identity policy statement allows it, the permissions boundary allows it too, and no Deny matches.'
                : 'allowed: an identity policy statement allows it and no Deny matches (the role has no permissions boundary).';
        case 'explicit-deny':
            return 'denied explicitly: a Deny statement matches, and a Deny wins over any Allow.';
        case 'implicit-deny':
            return 'denied implicitly: no statement of the role’s policies allows it.';
        case 'boundary':
            return 'denied by the permissions boundary: an identity policy allows it, but the boundary does not (the role may do only what both allow).';
        case 'unknown':
            return 'unknown: the answer depends on a policy RoleGate cannot read (see the notes); it counts as not allowed (exit 2). Define that policy in this repository to get an answer.';
    }
}
function renderCanText(outcome) {
    const { request, role } = outcome;
    const lines = [
        `${role.name} (${role.physicalName}) in ${outcome.environment}: ${HEADLINE[outcome.decision]}`,
        `  ${request.action} on ${request.resource}`
    ];
    for (const { key, values } of request.context)
        lines.push(`  with ${key} = ${values.join(', ')}`);
    lines.push('', `Why: ${why(outcome)}`);
    if (outcome.statements.length > 0) {
        lines.push(outcome.reason === 'explicit-deny'
            ? 'Deny statements that match:'
            : 'Identity policy statements that allow it:');
        for (const statement of outcome.statements)
            lines.push(statementLine(statement));
    }
    if (outcome.boundary) {
        const { boundary } = outcome;
        const says = {
            // A boundary grants nothing by itself: without an identity Allow it only "would" allow.
            allow: outcome.reason === 'implicit-deny'
                ? 'would allow it (a boundary grants nothing by itself)'
                : 'allows it',
            deny: 'does not allow it',
            unknown: 'cannot be read'
        }[boundary.decision];
        lines.push(`Permissions boundary ${boundary.arn}: ${says}`);
        const listed = new Set(outcome.statements.map(key));
        for (const statement of boundary.statements)
            if (!listed.has(key(statement)))
                lines.push(statementLine(statement));
        if (boundary.decision === 'unknown')
            lines.push(`  ? not defined in this repository`);
    }
    if (outcome.notes.length > 0) {
        lines.push('Notes:');
        for (const note of outcome.notes)
            lines.push(`  ${note}`);
    }
    return lines.join('\n') + '\n';
}
function key(statement) {
    return `${statement.policyKind} ${statement.policy} ${statement.index}`;
}
function statementLine(statement) {
    return `  ${statement.effect === 'Deny' ? '-' : '+'} ${statement.effect} by ${(0,_policy_assertions_js__WEBPACK_IMPORTED_MODULE_0__/* .describeStatement */ .Zc)(statement)}`;
}


/***/ }),

/***/ 5670:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  k: () => (/* binding */ closest),
  a: () => (/* binding */ didYouMean)
});

;// CONCATENATED MODULE: ./src/util/edit-distance.ts
/**
 * Optimal-string-alignment distance (Levenshtein plus adjacent transpositions, so `GetObejct` is one
 * edit from `GetObject`), used for "did you mean" suggestions. Gives up early: once every entry of a
 * row exceeds `limit` the answer is only "more than limit", which is all a suggester needs.
 */
function editDistance(a, b, limit = Number.POSITIVE_INFINITY) {
    if (Math.abs(a.length - b.length) > limit)
        return limit + 1;
    let previous2 = [];
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        let rowMin = i;
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
                value = Math.min(value, previous2[j - 2] + 1);
            }
            current[j] = value;
            rowMin = Math.min(rowMin, value);
        }
        if (rowMin > limit)
            return limit + 1;
        previous2 = previous;
        previous = current;
    }
    return previous[b.length];
}

;// CONCATENATED MODULE: ./src/util/suggest.ts
/** "Did you mean" suggestions: the closest candidate by edit distance, or a unique prefix. */

/** About one edit per four characters, at least one, at most three. */
function tolerance(text) {
    return Math.max(1, Math.min(3, Math.floor(text.length / 4)));
}
/** The closest candidate within tolerance (case-insensitive), preferring the smaller distance. */
function closest(input, candidates) {
    const needle = input.toLowerCase();
    const limit = tolerance(needle);
    const list = [...candidates];
    let best;
    let bestDistance = limit + 1;
    for (const candidate of list) {
        const distance = editDistance(needle, candidate.toLowerCase(), limit);
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    if (best !== undefined)
        return best;
    // A truncated name: suggest it only when the prefix is unambiguous.
    const extensions = list.filter(candidate => candidate.toLowerCase().startsWith(needle));
    return needle.length >= 3 && extensions.length === 1 ? extensions[0] : undefined;
}
function didYouMean(word, candidates) {
    const suggestion = closest(word, candidates);
    return suggestion ? ` (did you mean "${suggestion}"?)` : '';
}


/***/ })

};
