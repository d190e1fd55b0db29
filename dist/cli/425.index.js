export const id = 425;
export const ids = [425];
export const modules = {

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


/***/ }),

/***/ 8652:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jc: () => (/* binding */ canonicalConditionKey),
/* harmony export */   P0: () => (/* binding */ actionsAcceptingKey),
/* harmony export */   bW: () => (/* binding */ lookupConditionKey),
/* harmony export */   km: () => (/* binding */ conditionKeyAppliesTo),
/* harmony export */   re: () => (/* binding */ conditionKeysForAction)
/* harmony export */ });
/* harmony import */ var _action_db_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6777);
/* harmony import */ var _iam_data_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(865);
/**
 * Condition key knowledge for the `unknown-condition-key` rule and for canonical condition blocks.
 * Keys are case-insensitive in IAM. A key is known when it is a global key, a key some service
 * declares (`s3:prefix`, `token.actions.githubusercontent.com:environment`), an instance of a
 * declared template (`aws:PrincipalTag/team` for `aws:PrincipalTag/${TagKey}`), or a claim of any
 * OIDC provider (`oidc.eks.eu-west-1.amazonaws.com/id/ABC:sub`), which STS accepts for every provider.
 */


let index;
/** `${TagKey}` is the usual variable syntax; a few S3 keys write it `<key>`. */
const VARIABLE = /\$\{[^}]*\}|<[^>]*>/;
function isTemplate(key) {
    return VARIABLE.test(key);
}
const templateCache = new Map();
function templateRegExp(key) {
    const cached = templateCache.get(key);
    if (cached)
        return cached;
    const source = key
        .split(new RegExp(VARIABLE.source, 'g'))
        .map(part => part.replace(/[\\^$.|?*+()[\]{}]/g, '\\$&'))
        .join('.+');
    const regex = new RegExp(`^${source}$`, 'i');
    templateCache.set(key, regex);
    return regex;
}
function add(target, info) {
    const lower = info.key.toLowerCase();
    const variable = VARIABLE.exec(lower);
    // First writer wins, and globals are added first, so `aws:*` keys keep their global scope.
    if (variable) {
        if (!target.templates.has(lower))
            target.templates.set(lower, { fixed: lower.slice(0, variable.index), info });
    }
    else if (!target.exact.has(lower)) {
        target.exact.set(lower, info);
    }
}
/** Built on first use; it reads every service's key list, which is only a few thousand entries. */
function keyIndex() {
    if (index)
        return index;
    const built = { exact: new Map(), templates: new Map() };
    for (const key of _iam_data_js__WEBPACK_IMPORTED_MODULE_1__/* .globalConditionKeys */ .f2)
        add(built, { ...key, scope: 'global' });
    for (const prefix of _iam_data_js__WEBPACK_IMPORTED_MODULE_1__/* .servicePrefixes */ ._C) {
        for (const key of (0,_iam_data_js__WEBPACK_IMPORTED_MODULE_1__/* .serviceData */ .Wg)(prefix)?.keys ?? [])
            add(built, { ...key, scope: 'service' });
    }
    index = built;
    return built;
}
/**
 * `<provider>:<claim>` where the provider looks like a host name (optionally with a path) and the
 * claim is one STS evaluates for OIDC federation. Such keys work for providers we cannot list.
 */
function webIdentityKey(key) {
    const colon = key.lastIndexOf(':');
    const provider = key.slice(0, colon);
    const claim = key.slice(colon + 1).toLowerCase();
    if (colon <= 0 || !/^[a-z0-9-]+(\.[a-z0-9-]+)+(\/[\w.~%-]+)*$/i.test(provider))
        return undefined;
    if (!_iam_data_js__WEBPACK_IMPORTED_MODULE_1__/* .webIdentityClaims */ .Qu.includes(claim))
        return undefined;
    // Lower case throughout: IAM compares key names case-insensitively and this key has no AWS spelling.
    return { key: key.toLowerCase(), type: 'String', scope: 'web-identity' };
}
/** What RoleGate knows about a condition key, or undefined when it is unknown. */
function lookupConditionKey(key) {
    const keys = keyIndex();
    const lower = key.toLowerCase();
    const exact = keys.exact.get(lower);
    if (exact)
        return exact;
    // Prefer the most specific template; the fixed-prefix test keeps regexes off the hot path.
    let best;
    for (const { fixed, info } of keys.templates.values()) {
        if (lower.startsWith(fixed) &&
            templateRegExp(info.key).test(key) &&
            (!best || info.key.length > best.key.length)) {
            best = info;
        }
    }
    return best ?? webIdentityKey(key);
}
/**
 * Keys that apply to the action (its own and its resource types' keys, plus every global key);
 * undefined when the action is unknown.
 */
function conditionKeysForAction(action) {
    const info = (0,_action_db_js__WEBPACK_IMPORTED_MODULE_0__/* .lookupAction */ .b3)(action);
    if (!info)
        return undefined;
    const keys = new Set(info.conditionKeys);
    for (const type of info.resourceTypes)
        for (const key of type.conditionKeys)
            keys.add(key);
    for (const key of _iam_data_js__WEBPACK_IMPORTED_MODULE_1__/* .globalConditionKeys */ .f2)
        keys.add(key.key);
    return [...keys].sort();
}
/**
 * Does the key apply to the action? Global keys apply everywhere; otherwise the key must match one
 * the action declares (templates included). Unknown actions answer true: that is another rule's job.
 */
function conditionKeyAppliesTo(key, action) {
    const known = lookupConditionKey(key);
    if (known && known.scope !== 'service')
        return true;
    const keys = conditionKeysForAction(action);
    if (!keys)
        return true;
    return keys.some(candidate => isTemplate(candidate)
        ? templateRegExp(candidate).test(key)
        : candidate.toLowerCase() === key.toLowerCase());
}
/**
 * One spelling per key, so that equal keys compare equal: AWS's spelling when the key is known
 * (`aws:sourcearn` -> `aws:SourceArn`); for a template instance the fixed part in AWS's spelling and
 * the variable part in lower case (`AWS:principaltag/Team` -> `aws:PrincipalTag/team`, since IAM
 * matches the whole key name case-insensitively); an unknown key in lower case.
 */
function canonicalConditionKey(key) {
    const known = lookupConditionKey(key);
    if (!known)
        return key.toLowerCase();
    const variable = VARIABLE.exec(known.key);
    if (!variable)
        return known.key;
    const fixed = known.key.slice(0, variable.index);
    return key.toLowerCase().startsWith(fixed.toLowerCase())
        ? fixed + key.slice(fixed.length).toLowerCase()
        : key.toLowerCase();
}
/** The actions of the service that declare the key (their own or their resource types' keys), sorted. */
function actionsAcceptingKey(prefix, key) {
    return (0,_action_db_js__WEBPACK_IMPORTED_MODULE_0__/* .expandActionPattern */ .Vd)(`${prefix}:*`).filter(action => conditionKeyAppliesTo(key, action));
}


/***/ }),

/***/ 7882:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ canonicalCondition),
/* harmony export */   p: () => (/* binding */ conditionKey)
/* harmony export */ });
/* harmony import */ var _canonical_json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8311);
/* harmony import */ var _condition_keys_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8652);
/* harmony import */ var _condition_operators_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8635);



function valuesOf(value) {
    const list = Array.isArray(value) ? value : [value];
    const strings = list.filter(item => item !== undefined && item !== null).map(item => String(item));
    return [...new Set(strings)].sort();
}
/**
 * Operators and keys spelled canonically (see canonicalConditionKey), values as sorted string
 * lists. Entries that spell the same operator/key differently are merged. Empty operators are dropped.
 */
function canonicalCondition(block) {
    // Operators and keys are user data (`__proto__`, `constructor`): collected in Maps, and turned
    // into a record only at the end, with own data properties (Object.fromEntries).
    const operators = new Map();
    if (!block || typeof block !== 'object')
        return {};
    for (const [rawOperator, entries] of Object.entries(block)) {
        if (!entries || typeof entries !== 'object')
            continue;
        const operator = (0,_condition_operators_js__WEBPACK_IMPORTED_MODULE_2__/* .canonicalConditionOperator */ .sC)(rawOperator);
        for (const [rawKey, value] of Object.entries(entries)) {
            const key = (0,_condition_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalConditionKey */ .Jc)(rawKey);
            let target = operators.get(operator);
            if (!target)
                operators.set(operator, (target = new Map()));
            target.set(key, valuesOf([...(target.get(key) ?? []), ...valuesOf(value)]));
        }
    }
    return Object.fromEntries([...operators].map(([operator, keys]) => [operator, Object.fromEntries(keys)]));
}
/** Canonical JSON of the condition, `''` when there is none: the condition part of a fact's identity. */
function conditionKey(block) {
    const canonical = canonicalCondition(block);
    return Object.keys(canonical).length === 0 ? '' : (0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalJson */ .d)(canonical);
}


/***/ }),

/***/ 2425:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mo: () => (/* binding */ normalizePolicies)
/* harmony export */ });
/* unused harmony exports factGroupKey, factKey, normalizeStatement, normalizePolicy */
/* harmony import */ var _model_policy_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(979);
/* harmony import */ var _action_db_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6777);
/* harmony import */ var _conditions_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7882);
/* harmony import */ var _principals_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9203);
/* harmony import */ var _wildcard_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2930);
/**
 * Policy documents as sets of permission facts, the unit the comparison engine diffs.
 *
 * A fact is one (effect, action, condition, principal) with the resources it covers. Action
 * patterns are expanded with the action database (NotAction inverted), so `s3:Get*` and the list of
 * s3 Get actions are the same facts; statements with the same effect, action, condition and
 * principal are merged, so splitting, merging or reordering statements changes nothing. Resources
 * are kept per fact (not split per resource) because that is how the diff is shown, and covered
 * entries are dropped (`*` makes every other resource of the fact redundant).
 *
 * Identity is factKey(); equal documents give equal, identically ordered fact lists.
 */





function canonicalEffect(effect) {
    if (typeof effect !== 'string')
        return undefined;
    const lower = effect.toLowerCase();
    return lower === 'allow' ? 'Allow' : lower === 'deny' ? 'Deny' : undefined;
}
/** The actions a statement names, expanded; malformed statements (no Action/NotAction) name none. */
function statementActions(statement) {
    if (statement.Action !== undefined) {
        const entries = new Map();
        for (const pattern of (0,_model_policy_js__WEBPACK_IMPORTED_MODULE_4__/* .asList */ .DD)(statement.Action)) {
            const expanded = (0,_action_db_js__WEBPACK_IMPORTED_MODULE_0__/* .expandActionPattern */ .Vd)(String(pattern));
            // An unknown action is kept, not dropped: dropping it would hide a change from the diff.
            if (expanded.length === 0)
                entries.set(String(pattern).toLowerCase(), false);
            for (const action of expanded)
                entries.set(action, true);
        }
        return [...entries].map(([action, known]) => ({ action, known }));
    }
    if (statement.NotAction !== undefined) {
        return (0,_action_db_js__WEBPACK_IMPORTED_MODULE_0__/* .invertActions */ .ot)((0,_model_policy_js__WEBPACK_IMPORTED_MODULE_4__/* .asList */ .DD)(statement.NotAction).map(String)).map(action => ({ action, known: true }));
    }
    return [];
}
/** Drops every resource another entry of the list covers; `[*, arn:...]` is just `[*]`. */
function reduceResources(resources) {
    const unique = [...new Set(resources)].sort();
    if (unique.includes('*'))
        return ['*'];
    // Only a pattern can cover something else, and only what starts with the pattern's literal head;
    // checking that first keeps long resource lists from costing a quadratic number of glob matches.
    const patterns = unique
        .filter(_wildcard_js__WEBPACK_IMPORTED_MODULE_3__/* .hasWildcard */ .rl)
        .map(pattern => ({ pattern, head: pattern.slice(0, pattern.search(/[*?]/)) }));
    if (patterns.length === 0)
        return unique;
    return unique.filter(resource => !patterns.some(({ pattern, head }) => pattern !== resource &&
        resource.startsWith(head) &&
        (0,_wildcard_js__WEBPACK_IMPORTED_MODULE_3__/* .wildcardCovers */ .bk)(pattern, resource, false) &&
        // Of two equivalent patterns (`b/*`, `b/**`) keep the first, instead of dropping both.
        !(resource < pattern && (0,_wildcard_js__WEBPACK_IMPORTED_MODULE_3__/* .wildcardCovers */ .bk)(resource, pattern, false))));
}
// Key separators: control characters, which canonical JSON, ARNs and action names never contain.
const FIELD = '\u0000';
const ITEM = '\u0001';
/** The part of a group key that is the same for every action of a statement. */
function scopeKey(fact) {
    return [
        fact.condition,
        fact.principal ? (0,_principals_js__WEBPACK_IMPORTED_MODULE_2__/* .principalKey */ .qW)(fact.principal) : '',
        fact.notPrincipals ? fact.notPrincipals.map(_principals_js__WEBPACK_IMPORTED_MODULE_2__/* .principalKey */ .qW).join(ITEM) : '',
        // NotResource lists cannot be merged by union (the complement of a union is an intersection).
        fact.notResource ? 'NotResource' + ITEM + fact.resources.join(ITEM) : ''
    ].join(FIELD);
}
/** Everything that identifies a fact except its resources: facts with equal group keys merge. */
function factGroupKey(fact) {
    return fact.effect + FIELD + fact.action + FIELD + scopeKey(fact);
}
/** The fact's full identity: two documents grant the same when their fact key sets are equal. */
function factKey(fact) {
    return factGroupKey(fact) + FIELD + fact.resources.join(ITEM);
}
function addStatement(groups, statement, options) {
    const effect = canonicalEffect(statement.Effect);
    if (!effect)
        return;
    const notResource = statement.Resource === undefined && statement.NotResource !== undefined;
    const resources = (0,_model_policy_js__WEBPACK_IMPORTED_MODULE_4__/* .asList */ .DD)(notResource ? statement.NotResource : statement.Resource).map(String);
    const condition = (0,_conditions_js__WEBPACK_IMPORTED_MODULE_1__/* .conditionKey */ .p)(statement.Condition);
    const principals = statement.Principal !== undefined ? (0,_principals_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizePrincipals */ .zU)(statement.Principal, options) : [undefined];
    const notPrincipals = statement.Principal === undefined && statement.NotPrincipal !== undefined
        ? (0,_principals_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizePrincipals */ .zU)(statement.NotPrincipal, options)
        : undefined;
    const notResourceList = notResource ? reduceResources(resources) : [];
    const actions = statementActions(statement);
    for (const principal of principals) {
        const scope = scopeKey({ condition, principal, notPrincipals, notResource, resources: notResourceList });
        const scopeKeyWithEffect = effect + FIELD + scope;
        let byAction = groups.get(scopeKeyWithEffect);
        if (!byAction)
            groups.set(scopeKeyWithEffect, (byAction = new Map()));
        for (const { action, known } of actions) {
            const group = byAction.get(action);
            if (group) {
                group.lists.push(resources);
                continue;
            }
            const fact = { effect, action, known, resources: [], notResource, condition };
            if (principal)
                fact.principal = principal;
            if (notPrincipals)
                fact.notPrincipals = notPrincipals;
            byAction.set(action, { fact, scope, lists: [resources] });
        }
    }
}
function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** Sorted by effect, action, then scope: the order of factKey(), which is unique per group. */
function compareGroups(a, b) {
    return (compareText(a.fact.effect, b.fact.effect) ||
        compareText(a.fact.action, b.fact.action) ||
        compareText(a.scope, b.scope));
}
function finish(groups) {
    // Most facts carry one statement's list, shared by all its actions: reduce each list once.
    const byList = new Map();
    const byText = new Map();
    const all = [];
    for (const byAction of groups.values()) {
        for (const group of byAction.values()) {
            const { lists } = group;
            let resources;
            if (lists.length === 1) {
                resources = byList.get(lists[0]);
                if (!resources)
                    byList.set(lists[0], (resources = reduceResources(lists[0])));
            }
            else {
                const merged = lists.flat();
                const text = [...new Set(merged)].sort().join(ITEM);
                resources = byText.get(text);
                if (!resources)
                    byText.set(text, (resources = reduceResources(merged)));
            }
            group.fact.resources = resources;
            all.push(group);
        }
    }
    return all.sort(compareGroups).map(group => group.fact);
}
/** Facts of one statement (its own duplicates merged). */
function normalizeStatement(statement, options = {}) {
    const groups = new Map();
    addStatement(groups, statement, options);
    return finish(groups);
}
/** Facts of a whole document, merged across statements and sorted by factKey. */
function normalizePolicy(document, options = {}) {
    const groups = new Map();
    for (const statement of statementsOf(document))
        addStatement(groups, statement, options);
    return finish(groups);
}
/** Facts of several documents taken together (a role's inline and attached policies). */
function normalizePolicies(documents, options = {}) {
    const groups = new Map();
    for (const document of documents)
        for (const statement of (0,_model_policy_js__WEBPACK_IMPORTED_MODULE_4__/* .statementsOf */ .GX)(document))
            addStatement(groups, statement, options);
    return finish(groups);
}


/***/ }),

/***/ 9203:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y$: () => (/* binding */ computeServiceOf),
/* harmony export */   _U: () => (/* binding */ principalProblem),
/* harmony export */   qW: () => (/* binding */ principalKey),
/* harmony export */   zU: () => (/* binding */ normalizePrincipals)
/* harmony export */ });
/* unused harmony exports PRINCIPAL_TYPES, normalizeAwsPrincipal, isAnyPrincipal, COMPUTE_SERVICE_PRINCIPALS */
/* harmony import */ var _model_policy_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(979);

const PRINCIPAL_TYPES = ['AWS', 'Service', 'Federated', 'CanonicalUser'];
const typeByLower = new Map(PRINCIPAL_TYPES.map(type => [type.toLowerCase(), type]));
/** `123456789012` -> `arn:aws:iam::123456789012:root`; anything else unchanged. */
function normalizeAwsPrincipal(id, options = {}) {
    const trimmed = id.trim();
    return /^\d{12}$/.test(trimmed) ? `arn:${options.partition ?? 'aws'}:iam::${trimmed}:root` : trimmed;
}
function comparePrincipals(a, b) {
    const ka = `${a.type}\u0000${a.id}`;
    const kb = `${b.type}\u0000${b.id}`;
    return ka < kb ? -1 : ka > kb ? 1 : 0;
}
/** The principals of a Principal/NotPrincipal element, normalized, sorted and deduplicated. */
function normalizePrincipals(value, options = {}) {
    if (value === undefined)
        return [];
    // The model only allows "*" here, but a malformed file may hold any string: keep what it says.
    if (typeof value === 'string') {
        const text = value;
        return [{ type: 'AWS', id: text === '*' ? '*' : normalizeAwsPrincipal(text, options) }];
    }
    const seen = new Set();
    const result = [];
    for (const [rawType, ids] of Object.entries(value)) {
        const type = typeByLower.get(rawType.toLowerCase()) ?? rawType;
        for (const rawId of (0,_model_policy_js__WEBPACK_IMPORTED_MODULE_0__/* .asList */ .DD)(ids)) {
            const id = type === 'AWS' ? normalizeAwsPrincipal(String(rawId), options) : String(rawId).trim();
            const key = `${type}\u0000${id}`;
            if (seen.has(key))
                continue;
            seen.add(key);
            result.push({ type, id });
        }
    }
    return result.sort(comparePrincipals);
}
/** `AWS:arn:aws:iam::123456789012:root`, for keys and display. */
function principalKey(principal) {
    return `${principal.type}:${principal.id}`;
}
/** Everyone: `"*"` or `{AWS: "*"}` (the trust-any-principal case). */
function isAnyPrincipal(principal) {
    return principal.type === 'AWS' && principal.id === '*';
}
/** DNS suffixes of service principals, per partition family (`.amazonaws.com.cn` in China). */
const SERVICE_PRINCIPAL = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*\.(amazonaws\.com(\.cn)?|amazonaws\.eu|c2s\.ic\.gov|sc2s\.sgov\.gov)$/;
const GITHUB_ISSUER_HOST = 'token.actions.githubusercontent.com';
/**
 * Why IAM would not accept the value as a principal of this type, or undefined when it would (the
 * forms of AWS's "AWS JSON policy elements: Principal"): for AWS, `*`, a 12-digit account id, or
 * the ARN of an account root, IAM user or role, assumed-role session or federated user, without
 * wildcards; for Service, a service principal (`ecs-tasks.amazonaws.com`); for Federated, a SAML or
 * OIDC provider ARN or a provider's domain name (`cognito-identity.amazonaws.com`,
 * `accounts.google.com`); for CanonicalUser, an S3 canonical user id. IAM answers the rest with
 * "Invalid principal in policy" or, for Federated, "Federated principals must be valid domain names
 * or SAML metadata ARNs" (MalformedPolicyDocument).
 */
function principalProblem(type, value) {
    switch (type) {
        case 'AWS':
            return awsPrincipalProblem(value);
        case 'Service':
            if (SERVICE_PRINCIPAL.test(value))
                return undefined;
            if (/^arn:/.test(value) || /^\d{12}$/.test(value))
                return 'is not a service principal: accounts and roles go under AWS';
            return 'is not a service principal; write the service’s principal name, e.g. ecs-tasks.amazonaws.com or lambda.amazonaws.com';
        case 'Federated':
            return federatedPrincipalProblem(value);
        case 'CanonicalUser':
            return /^[0-9a-f]{64}$/.test(value)
                ? undefined
                : 'is not an S3 canonical user id (64 hexadecimal digits)';
        default:
            return undefined; // an unknown type is malformed-policy's finding
    }
}
function awsPrincipalProblem(value) {
    if (value === '*' || /^\d{12}$/.test(value))
        return undefined;
    const fix = 'write a 12-digit account id or the ARN of a role or user, e.g. arn:aws:iam::111122223333:role/deployer';
    const match = /^arn:([^:]+):(iam|sts)::([^:]*):(.+)$/.exec(value);
    if (!match)
        return `is neither an account id nor an IAM or STS ARN; ${fix}`;
    const [, partition, service, account, resource] = match;
    if (/[*?]/.test(value)) {
        return 'has a wildcard, which IAM does not accept in a principal (only "*" alone); write "*" and constrain the caller with a condition such as ArnLike aws:PrincipalArn';
    }
    if (!/^aws(-[a-z]+)*$/.test(partition))
        return `has an unknown partition "${partition}"; ${fix}`;
    // CloudFront origin access identities are IAM users of the `cloudfront` pseudo-account.
    if (service === 'iam' && account === 'cloudfront' && resource.startsWith('user/'))
        return undefined;
    if (!/^\d{12}$/.test(account))
        return `has "${account}" where a 12-digit account id belongs; ${fix}`;
    if (service === 'iam') {
        if (resource === 'root' || /^(user|role)\/./.test(resource))
            return undefined;
        if (resource.startsWith('group/'))
            return 'names an IAM group, which cannot be a principal; name its users or a role';
        return `names "${resource}", which is no principal; IAM accepts root, user/NAME and role/NAME`;
    }
    if (/^assumed-role\/[^/]+\/./.test(resource) || /^federated-user\/./.test(resource))
        return undefined;
    return `names "${resource}", which is no STS principal; STS accepts assumed-role/ROLE/SESSION and federated-user/NAME`;
}
/** A host name with at least two labels, optionally followed by a path (an OIDC issuer). */
const DOMAIN = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+(\/[\w.~%-]+)*$/i;
function federatedPrincipalProblem(value) {
    if (/^arn:aws(-[a-z]+)*:iam::\d{12}:(saml-provider\/[\w.+=,@-]+|oidc-provider\/[^\s*?]+)$/.test(value))
        return undefined;
    // IAM accepts a provider by its domain name too (`token.actions.githubusercontent.com`, an
    // issuer host with a path): "Federated principals must be valid domain names or SAML metadata ARNs".
    if (DOMAIN.test(value))
        return undefined;
    return `is neither a domain name nor an identity provider ARN: write the ARN of an IAM SAML or OIDC provider (arn:aws:iam::<account>:saml-provider/NAME, arn:aws:iam::<account>:oidc-provider/${GITHUB_ISSUER_HOST}) or the provider's domain`;
}
/**
 * Service principals of AWS compute: a role one of them trusts is the identity of code that runs
 * there (instances, functions, tasks, pods, jobs), so whoever can run code on it holds the role.
 */
const COMPUTE_SERVICE_PRINCIPALS = new Map([
    ['ec2.amazonaws.com', 'EC2 instances'],
    ['lambda.amazonaws.com', 'Lambda functions'],
    ['edgelambda.amazonaws.com', 'Lambda@Edge functions'],
    ['ecs-tasks.amazonaws.com', 'ECS tasks'],
    ['eks.amazonaws.com', 'EKS clusters'],
    ['pods.eks.amazonaws.com', 'EKS pods (Pod Identity)'],
    ['eks-fargate-pods.amazonaws.com', 'EKS Fargate pods'],
    ['batch.amazonaws.com', 'Batch jobs'],
    ['codebuild.amazonaws.com', 'CodeBuild builds'],
    ['glue.amazonaws.com', 'Glue jobs'],
    ['sagemaker.amazonaws.com', 'SageMaker jobs and notebooks'],
    ['elasticmapreduce.amazonaws.com', 'EMR clusters'],
    ['tasks.apprunner.amazonaws.com', 'App Runner services'],
    ['states.amazonaws.com', 'Step Functions state machines']
]);
/** What compute runs as a role trusting this service principal (China's `.com.cn` too), or undefined. */
function computeServiceOf(principal) {
    return COMPUTE_SERVICE_PRINCIPALS.get(principal
        .trim()
        .toLowerCase()
        .replace(/\.com\.cn$/, '.com'));
}


/***/ })

};
