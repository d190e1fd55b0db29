export const id = 993;
export const ids = [993];
export const modules = {

/***/ 7669:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DT: () => (/* binding */ accessEntries),
/* harmony export */   K: () => (/* binding */ diffAccess),
/* harmony export */   N: () => (/* binding */ uniqueActions),
/* harmony export */   Ue: () => (/* binding */ withPatterns),
/* harmony export */   xS: () => (/* binding */ factsOf)
/* harmony export */ });
/* harmony import */ var _policy_action_db_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6777);
/* harmony import */ var _policy_arn_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6185);
/* harmony import */ var _policy_normalize_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2425);
/* harmony import */ var _policy_principals_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9203);
/* harmony import */ var _policy_wildcard_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2930);
/* harmony import */ var _model_policy_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(979);
/**
 * Effective access of a role and the difference between two of them. Facts come from
 * src/policy/normalize.ts (wildcards expanded, statements merged); here they are compared by
 * coverage, so narrowing a resource or adding a condition is a removal only, never an addition.
 */






function grantsOf(facts) {
    const grants = [];
    for (const fact of facts) {
        const principal = fact.principal
            ? (0,_policy_principals_js__WEBPACK_IMPORTED_MODULE_3__/* .principalKey */ .qW)(fact.principal)
            : fact.notPrincipals
                ? `NOT ${fact.notPrincipals.map(_policy_principals_js__WEBPACK_IMPORTED_MODULE_3__/* .principalKey */ .qW).join(',')}`
                : '';
        const base = { effect: fact.effect, action: fact.action, condition: fact.condition, principal };
        if (fact.notResource) {
            grants.push({ ...base, resource: `NOT ${fact.resources.join(',')}`, notResource: true });
        }
        else if (fact.resources.length === 0) {
            grants.push({ ...base, resource: '', notResource: false });
        }
        else {
            for (const resource of fact.resources)
                if (applies(fact, resource))
                    grants.push({ ...base, resource, notResource: false });
        }
    }
    return grants;
}
/**
 * Can an Allow of this action on this resource grant anything? Not when no resource type of the
 * action matches the ARN (`iam:PassRole` on an S3 bucket, from `*` expanded): the same matching
 * as lint's resource-mismatch. Denies and unknown actions are kept as written.
 */
function applies(fact, resource) {
    if (fact.effect !== 'Allow' || !fact.known || resource === '*' || !resource.startsWith('arn:'))
        return true;
    if (!(0,_policy_action_db_js__WEBPACK_IMPORTED_MODULE_0__/* .lookupAction */ .b3)(fact.action))
        return true;
    return (0,_policy_arn_js__WEBPACK_IMPORTED_MODULE_1__/* .resourceTypesMatching */ .$Z)(fact.action, resource).length > 0;
}
const slot = (grant) => `${grant.effect}|${grant.action}|${grant.principal}`;
/**
 * Is `grant` implied by one of `others`? Same effect, action and principal; an unconditional grant
 * implies a conditional one; a resource pattern implies every resource it covers.
 */
function covered(grant, index) {
    for (const other of index.get(slot(grant)) ?? []) {
        if (other.condition !== '' && other.condition !== grant.condition)
            continue;
        if (grant.notResource || other.notResource) {
            if (grant.resource === other.resource)
                return true;
            if (!grant.notResource && other.resource === `NOT `)
                return true;
            continue;
        }
        if (other.resource === grant.resource || (0,_policy_wildcard_js__WEBPACK_IMPORTED_MODULE_4__/* .wildcardCovers */ .bk)(other.resource, grant.resource, false))
            return true;
    }
    return false;
}
function indexBySlot(grants) {
    const index = new Map();
    for (const grant of grants) {
        const list = index.get(slot(grant));
        if (list)
            list.push(grant);
        else
            index.set(slot(grant), [grant]);
    }
    return index;
}
function toEntry(grant) {
    const entry = {
        effect: grant.effect,
        action: grant.action,
        resource: grant.resource,
        condition: grant.condition
    };
    if (grant.principal)
        entry.principal = grant.principal;
    const level = (0,_policy_action_db_js__WEBPACK_IMPORTED_MODULE_0__/* .accessLevelOf */ .M2)(grant.action);
    if (level)
        entry.accessLevel = level;
    return entry;
}
function factsOf(documents, partition) {
    return (0,_policy_normalize_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizePolicies */ .Mo)(documents, { partition });
}
/** Every unit of access the facts grant, one entry per (effect, action, resource, condition, principal). */
function accessEntries(facts) {
    return grantsOf(facts).map(toEntry);
}
/** Access in `after` not implied by `before` (added) and the reverse (removed). */
function diffAccess(before, after) {
    const beforeGrants = grantsOf(before);
    const afterGrants = grantsOf(after);
    const beforeIndex = indexBySlot(beforeGrants);
    const afterIndex = indexBySlot(afterGrants);
    return {
        added: afterGrants.filter(grant => !covered(grant, beforeIndex)).map(toEntry),
        removed: beforeGrants.filter(grant => !covered(grant, afterIndex)).map(toEntry)
    };
}
function uniqueActions(entries, effect = 'Allow') {
    return [...new Set(entries.filter(entry => entry.effect === effect).map(entry => entry.action))].sort();
}
/**
 * Annotates entries with the Action pattern as written that grants them (the most specific one
 * among the documents' statements of the same effect), so reports can show `s3:*` with its
 * expansion count instead of 180 expanded names.
 */
function withPatterns(entries, documents) {
    if (entries.length === 0)
        return [];
    const written = new Map();
    for (const document of documents) {
        for (const statement of (0,_model_policy_js__WEBPACK_IMPORTED_MODULE_5__/* .statementsOf */ .GX)(document)) {
            const effect = typeof statement.Effect === 'string' ? statement.Effect.toLowerCase() : '';
            for (const pattern of (0,_model_policy_js__WEBPACK_IMPORTED_MODULE_5__/* .asList */ .DD)(statement.Action)) {
                if (typeof pattern !== 'string')
                    continue;
                const expanded = (0,_policy_action_db_js__WEBPACK_IMPORTED_MODULE_0__/* .expandActionPattern */ .Vd)(pattern);
                for (const action of expanded) {
                    const key = `${effect}|${action.toLowerCase()}`;
                    const known = written.get(key);
                    if (!known || expanded.length < known.size)
                        written.set(key, { pattern, size: expanded.length });
                }
            }
        }
    }
    return entries.map(entry => {
        const found = written.get(`${entry.effect.toLowerCase()}|${entry.action.toLowerCase()}`);
        return found && found.pattern !== entry.action
            ? { ...entry, pattern: found.pattern, patternSize: found.size }
            : entry;
    });
}


/***/ }),

/***/ 8934:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ canonicalDocument),
/* harmony export */   _: () => (/* binding */ sameDocument)
/* harmony export */ });
/* harmony import */ var _model_policy_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(979);
/* harmony import */ var _policy_canonical_json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8311);
/* harmony import */ var _policy_conditions_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7882);
/* harmony import */ var _policy_principals_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9203);
/* harmony import */ var _util_own_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8996);
/**
 * Textual identity of policy documents, up to what IAM itself does not distinguish: key order,
 * a single value vs a one-element list, the order of Action/Resource lists, principal spellings
 * IAM rewrites (account id → root ARN), condition operator and key case. Statement order and
 * splits are kept: a split statement is a (neutral) change to deploy, not nothing.
 */





function canonicalStatement(statement, partition) {
    if (statement === null || typeof statement !== 'object')
        return statement;
    const out = {};
    for (const [key, value] of Object.entries(statement)) {
        switch (key) {
            case 'Action':
            case 'NotAction':
                out[key] = [
                    ...new Set((0,_model_policy_js__WEBPACK_IMPORTED_MODULE_3__/* .asList */ .DD)(value).map(item => String(item).toLowerCase()))
                ].sort();
                break;
            case 'Resource':
            case 'NotResource':
                out[key] = [...new Set((0,_model_policy_js__WEBPACK_IMPORTED_MODULE_3__/* .asList */ .DD)(value).map(String))].sort();
                break;
            case 'Principal':
            case 'NotPrincipal':
                out[key] = (0,_policy_principals_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizePrincipals */ .zU)(value, { partition }).map(_policy_principals_js__WEBPACK_IMPORTED_MODULE_2__/* .principalKey */ .qW);
                break;
            case 'Condition':
                out[key] = (0,_policy_conditions_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalCondition */ .G)(value);
                break;
            default:
                (0,_util_own_js__WEBPACK_IMPORTED_MODULE_4__/* .setOwn */ .P5)(out, key, value); // any key a malformed statement holds, `__proto__` included
        }
    }
    return out;
}
/** Canonical text per document object and partition: roles share attached policies, so each is canonicalized once. */
const canonicalCache = new WeakMap();
function canonicalDocument(document, partition = 'aws') {
    if (document === undefined)
        return '';
    if (document === null || typeof document !== 'object')
        return (0,_policy_canonical_json_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalJson */ .d)(document);
    let byPartition = canonicalCache.get(document);
    const cached = byPartition?.get(partition);
    if (cached !== undefined)
        return cached;
    const { Statement: _statement, ...rest } = document;
    const text = (0,_policy_canonical_json_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalJson */ .d)({
        ...rest,
        Statement: (0,_model_policy_js__WEBPACK_IMPORTED_MODULE_3__/* .statementsOf */ .GX)(document).map(statement => canonicalStatement(statement, partition))
    });
    if (!byPartition)
        canonicalCache.set(document, (byPartition = new Map()));
    byPartition.set(partition, text);
    return text;
}
function sameDocument(a, b, partition = 'aws') {
    return canonicalDocument(a, partition) === canonicalDocument(b, partition);
}


/***/ }),

/***/ 8993:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ub: () => (/* binding */ compareRole),
  n6: () => (/* binding */ diffTags),
  vD: () => (/* binding */ policyResolver)
});

// EXTERNAL MODULE: ./src/policy/managed-policies.ts
var managed_policies = __webpack_require__(7190);
// EXTERNAL MODULE: ./src/policy/escalation.ts
var escalation = __webpack_require__(4541);
// EXTERNAL MODULE: ./src/compare/access.ts
var access = __webpack_require__(7669);
// EXTERNAL MODULE: ./src/policy/action-db.ts
var action_db = __webpack_require__(6777);
// EXTERNAL MODULE: ./src/policy/evaluate/index.ts + 9 modules
var evaluate = __webpack_require__(82);
// EXTERNAL MODULE: ./src/policy/arn.ts
var arn = __webpack_require__(6185);
// EXTERNAL MODULE: ./src/policy/wildcard.ts
var wildcard = __webpack_require__(2930);
// EXTERNAL MODULE: ./src/util/bounded-memo.ts
var bounded_memo = __webpack_require__(7008);
// EXTERNAL MODULE: ./src/model/policy.ts
var policy = __webpack_require__(979);
;// CONCATENATED MODULE: ./src/compare/boundary.ts
/**
 * The permissions boundary's part in a change. A role's effective access is what its identity
 * policies allow AND its boundary allows (AWS's policy evaluation logic), so:
 *
 * - an identity Allow the boundary provably allows none of is "blocked": shown, never counted as
 *   broadening (nor its removal as narrowing);
 * - a boundary change (added, removed, replaced, or its repository document edited) changes what
 *   the unchanged identity grants reach: those flips are the change's access delta.
 *
 * "Provably" fails closed: a boundary Allow with a Condition may apply (conditions are not
 * solved), a pattern that may overlap the grant's resources may allow it, a Deny blocks only when
 * it is unconditional and covers every resource of the grant, and a boundary RoleGate cannot read
 * (not in the repository, not AWS managed) blocks nothing. The matching is the evaluator's: action
 * patterns as case-insensitive globs (NotAction: every action they do not match), resources with
 * the evaluator's segment-aware ARN matching (src/policy/evaluate/arn-match.ts) where a "yes"
 * blocks, plain glob overlap (a superset) where a "yes" keeps access reachable, a `${...}` policy
 * variable matching anything, a statement IAM would reject applying to nothing.
 */







/** One parse per boundary document: every role of an environment shares the boundary. */
const parsedBoundaries = new WeakMap();
function statementsOfBoundary(document) {
    const cached = parsedBoundaries.get(document);
    if (cached)
        return cached;
    const statements = [];
    for (const statement of (0,policy/* statementsOf */.GX)(document)) {
        // A statement IAM would reject never applies, for the evaluator as here.
        const parsed = (0,evaluate/* parseStatement */.By)(statement);
        if (typeof parsed === 'string')
            continue;
        statements.push({
            effect: parsed.effect,
            actions: (0,policy/* asList */.DD)(statement.Action ?? statement.NotAction).map(String),
            notAction: statement.Action === undefined,
            resources: (0,policy/* asList */.DD)(statement.Resource ?? statement.NotResource).map(String),
            notResource: statement.Resource === undefined,
            conditional: parsed.conditions.length > 0
        });
    }
    parsedBoundaries.set(document, statements);
    return statements;
}
/** IAM's action matching (case-insensitive globs), as the evaluator's statement matching. */
function actionApplies(statement, action) {
    const matched = statement.actions.some(pattern => (0,wildcard/* wildcardMatch */.UF)(pattern, action, true));
    return statement.notAction ? !matched : matched;
}
/** A `${aws:username}`-style variable takes its value from the request: it may be anything. */
const hasVariable = (pattern) => pattern.includes('${');
/**
 * Does `pattern` match every resource `resource` stands for, under the evaluator's segment-aware
 * ARN matching? Unknown counts as no. A concrete resource: the evaluator's matcher itself. A
 * resource pattern: only when `pattern` is a literal head and a final `*` (which matches across
 * segments) and the resource starts with that head before any wildcard of its own, or `*`.
 */
function surelyCovers(pattern, resource) {
    if (hasVariable(pattern) || hasVariable(resource))
        return false;
    if (!(0,wildcard/* hasWildcard */.rl)(resource))
        return (0,evaluate/* arnPatternMatch */.Jl)({ text: pattern }, resource);
    if (!pattern.endsWith('*'))
        return false;
    const head = pattern.slice(0, -1);
    return !(0,wildcard/* hasWildcard */.rl)(head) && resource.startsWith(head) && !(0,wildcard/* hasWildcard */.rl)(resource.slice(0, head.length));
}
/**
 * Might this boundary Allow statement allow the action on some resource of `resource`? A grant written
 * with NotResource (`NOT a,b`) stands for nearly every resource: any Allow of the action might.
 */
function mayAllow(statement, resource) {
    if (resource === '' || resource.startsWith('NOT '))
        return true;
    return statement.notResource
        ? !statement.resources.some(excluded => surelyCovers(excluded, resource))
        : statement.resources.some(pattern => (0,arn/* resourcesMayOverlap */.Sp)(pattern, resource));
}
/** Does this unconditional boundary Deny statement deny the action on every resource of `resource`? */
function deniesAll(statement, resource) {
    if (resource === '')
        return false;
    if (resource.startsWith('NOT '))
        return !statement.notResource && statement.resources.includes('*');
    return statement.notResource
        ? !statement.resources.some(excluded => (0,arn/* resourcesMayOverlap */.Sp)(excluded, resource))
        : statement.resources.some(pattern => surelyCovers(pattern, resource));
}
/** The role's boundary as the diff sees it; undefined when the role has none. */
function boundaryOf(role, policies) {
    const arn = role?.permissionsBoundary;
    if (!arn)
        return undefined;
    const document = policies.boundary(arn);
    if (!document)
        return { arn, readable: false, blocks: () => false };
    const statementsFor = applicableStatements(document);
    return {
        arn,
        readable: true,
        blocks(entry) {
            // An action the database does not know is never blocked: the grant may be a typo of one
            // the boundary allows (fail closed; lint reports the unknown action).
            if (!(0,action_db/* lookupAction */.b3)(entry.action))
                return false;
            const applicable = statementsFor(entry.action);
            const allowed = applicable.some(statement => statement.effect === 'Allow' && mayAllow(statement, entry.resource));
            if (!allowed)
                return true;
            return applicable.some(statement => statement.effect === 'Deny' && !statement.conditional && deniesAll(statement, entry.resource));
        }
    };
}
/**
 * The boundary statements that apply to an action, per document and action: every role of an
 * environment shares the boundary and both sides of a change ask about the same few hundred
 * actions, while matching each statement's patterns on every question was a fifth of a diff's
 * comparison time.
 */
const statementsByAction = new WeakMap();
const ACTIONS_PER_BOUNDARY = 20_000;
function applicableStatements(document) {
    let lookup = statementsByAction.get(document);
    if (!lookup) {
        const statements = statementsOfBoundary(document);
        lookup = (0,bounded_memo/* boundedMemo */.S)((action) => statements.filter(statement => actionApplies(statement, action)), ACTIONS_PER_BOUNDARY);
        statementsByAction.set(document, lookup);
    }
    return lookup;
}
/** Was the boundary's content different on the two sides (same ARN, repository document edited)? */
function boundaryDocumentChanged(before, after, beforePolicies, afterPolicies, same) {
    const arn = after.permissionsBoundary;
    if (!arn || arn !== before.permissionsBoundary)
        return false;
    const old = beforePolicies.boundary(arn);
    const now = afterPolicies.boundary(arn);
    return old !== now && !same(old, now);
}
const blocked = (entry) => ({ ...entry, boundary: 'blocked' });
/**
 * Marks what the boundary makes ineffective: an added Allow the new boundary blocks, a removed
 * Allow the old boundary blocked (it granted nothing), a Deny added or removed where the new
 * boundary allows nothing anyway.
 */
function markBlocked(delta, before, after) {
    const blocks = (boundary, entry) => boundary !== undefined && boundary.blocks(entry);
    return {
        added: delta.added.map(entry => (blocks(after, entry) ? blocked(entry) : entry)),
        removed: delta.removed.map(entry => blocks(entry.effect === 'Allow' ? before : after, entry) ? blocked(entry) : entry)
    };
}
const entryKey = (entry) => `${entry.effect}\u0000${entry.action}\u0000${entry.resource}\u0000${entry.condition}`;
/**
 * The identity grants whose reachability the boundary change flips: granted on both sides (not in
 * `delta`), blocked by the old boundary and not the new one (reachable), or the reverse.
 */
function reachabilityFlips(beforeFacts, afterFacts, delta, before, after) {
    const added = new Set(delta.added.map(entryKey));
    const removed = new Set(delta.removed.map(entryKey));
    const blocks = (boundary, entry) => boundary !== undefined && boundary.blocks(entry);
    const flipped = (entry) => ({ ...entry, boundary: 'flipped' });
    return {
        added: (0,access/* accessEntries */.DT)(afterFacts)
            .filter(entry => entry.effect === 'Allow' && !added.has(entryKey(entry)))
            .filter(entry => blocks(before, entry) && !blocks(after, entry))
            .map(flipped),
        removed: (0,access/* accessEntries */.DT)(beforeFacts)
            .filter(entry => entry.effect === 'Allow' && !removed.has(entryKey(entry)))
            .filter(entry => !blocks(before, entry) && blocks(after, entry))
            .map(flipped)
    };
}
/** Actions some Allow fact grants on a resource the boundary does not block (for escalation paths). */
function reachableActions(facts, boundary) {
    const actions = new Set();
    for (const fact of facts) {
        if (fact.effect !== 'Allow' || actions.has(fact.action))
            continue;
        const resources = fact.notResource
            ? [`NOT ${fact.resources.join(',')}`]
            : fact.resources.length > 0
                ? fact.resources
                : [''];
        if (!boundary || resources.some(resource => !boundary.blocks({ action: fact.action, resource })))
            actions.add(fact.action);
    }
    return actions;
}

// EXTERNAL MODULE: ./src/compare/document.ts
var compare_document = __webpack_require__(8934);
// EXTERNAL MODULE: ./src/policy/canonical-json.ts
var canonical_json = __webpack_require__(8311);
// EXTERNAL MODULE: ./src/compare/verdict.ts
var verdict = __webpack_require__(7682);
// EXTERNAL MODULE: ./src/util/own.ts
var own = __webpack_require__(8996);
;// CONCATENATED MODULE: ./src/util/same-json.ts
/**
 * Are two plain JSON values (as loaded from YAML) equal, with object keys in the same order? A shared
 * subtree is equal without being walked: a definition rendered twice shares every part that holds
 * no variable, so comparing the two renderings visits little more than the substituted strings.
 *
 * true means JSON.stringify would write both the same. false may still mean equal as JSON (a member
 * that is `undefined` is skipped by JSON.stringify, not here): callers that need exactness fall back
 * to comparing text.
 */
function sameJson(a, b) {
    if (a === b)
        return true;
    if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object')
        return false;
    if (Array.isArray(a)) {
        if (!Array.isArray(b) || a.length !== b.length)
            return false;
        for (let index = 0; index < a.length; index++)
            if (!sameJson(a[index], b[index]))
                return false;
        return true;
    }
    if (Array.isArray(b))
        return false;
    const keys = Object.keys(a);
    const otherKeys = Object.keys(b);
    if (keys.length !== otherKeys.length)
        return false;
    for (let index = 0; index < keys.length; index++) {
        const key = keys[index];
        if (key !== otherKeys[index])
            return false;
        if (!sameJson(a[key], b[key]))
            return false;
    }
    return true;
}

;// CONCATENATED MODULE: ./src/compare/role.ts









function policyResolver(managedPolicies, bootstrapBoundary) {
    const byArn = new Map(managedPolicies.map(policy => [policy.arn, policy.document]));
    const document = (arn) => byArn.get(arn) ?? (0,managed_policies/* awsManagedPolicy */.HD)(awsPartitionArn(arn))?.document;
    return {
        document,
        boundary(arn) {
            return document(arn) ?? (bootstrapBoundary?.arn === arn ? bootstrapBoundary.document : undefined);
        }
    };
}
/** AWS managed policies are the same in every partition; the data is keyed by the `aws` one. */
function awsPartitionArn(arn) {
    return arn.replace(/^arn:aws(-[a-z-]+)?:iam::aws:policy\//, 'arn:aws:iam::aws:policy/');
}
function effectivePermissions(role, policies, partition) {
    if (!role)
        return { facts: [], opaque: [] };
    const documents = Object.values(role.inlinePolicies);
    const opaque = [];
    for (const arn of role.managedPolicyArns) {
        const document = policies.document(arn);
        if (document)
            documents.push(document);
        else
            opaque.push(arn);
    }
    return { facts: (0,access/* factsOf */.xS)(documents, partition), opaque };
}
function compareRole(before, after, partition) {
    const old = before.role;
    const now = after.role;
    const reference = (now ?? old);
    // Most roles do not change: settle those without expanding any policy.
    if (old &&
        now &&
        (sameJson(rawFields(old), rawFields(now)) ||
            rawFingerprint(old) === rawFingerprint(now) ||
            roleFingerprint(old, partition) === roleFingerprint(now, partition)) &&
        !attachedDocumentsDiffer(old, before.policies, after.policies, partition) &&
        !boundaryEdited(old, now, before.policies, after.policies, partition)) {
        return unchangedRole(old, now);
    }
    const change = {
        ...blankChange(reference, !old ? 'added' : !now ? 'removed' : 'unchanged'),
        trustPolicyChanged: !(0,compare_document/* sameDocument */._)(old?.trustPolicy, now?.trustPolicy, partition),
        inlinePolicies: diffDocuments(old?.inlinePolicies ?? {}, now?.inlinePolicies ?? {}, partition),
        managedPolicies: {
            attached: (now?.managedPolicyArns ?? []).filter(arn => !old?.managedPolicyArns.includes(arn)),
            detached: (old?.managedPolicyArns ?? []).filter(arn => !now?.managedPolicyArns.includes(arn))
        },
        tags: diffTags(old?.tags ?? {}, now?.tags ?? {})
    };
    if (old)
        change.before = old;
    if (now)
        change.after = now;
    setIfChanged(change, 'permissionsBoundary', old?.permissionsBoundary, now?.permissionsBoundary, Boolean(old && now));
    setIfChanged(change, 'maxSessionDuration', old?.maxSessionDuration, now?.maxSessionDuration, Boolean(old && now));
    setIfChanged(change, 'description', old?.description, now?.description, Boolean(old && now));
    setIfChanged(change, 'path', old?.path, now?.path, Boolean(old && now));
    setIfChanged(change, 'instanceProfile', old?.instanceProfile, now?.instanceProfile, Boolean(old && now));
    setIfChanged(change, 'rename', old?.name, now?.name, Boolean(old && now));
    // Access can only differ when a policy the role has (or its content) differs: settle tag, trust
    // and description edits without expanding any policy.
    const permissionsMayDiffer = !old ||
        !now ||
        change.inlinePolicies.length > 0 ||
        change.managedPolicies.attached.length + change.managedPolicies.detached.length > 0 ||
        attachedDocumentsDiffer(old, before.policies, after.policies, partition);
    // Effective access is identity ∩ boundary: a boundary change flips what the grants reach.
    const oldBoundary = boundaryOf(old, before.policies);
    const newBoundary = boundaryOf(now, after.policies);
    const edited = Boolean(old && now && boundaryEdited(old, now, before.policies, after.policies, partition));
    const boundaryChanged = Boolean(old && now && (change.permissionsBoundary || edited));
    if (edited)
        change.boundaryDocumentChanged = true;
    let newPaths = [];
    if (permissionsMayDiffer || boundaryChanged) {
        const beforeAccess = effectivePermissions(old, before.policies, partition);
        const afterAccess = effectivePermissions(now, after.policies, partition);
        const delta = (0,access/* diffAccess */.K)(beforeAccess.facts, afterAccess.facts);
        change.permissions = markBlocked(delta, oldBoundary, newBoundary);
        // An unreadable old boundary: what it blocked, and so what its change flips, is unknown.
        if (boundaryChanged && oldBoundary?.readable !== false) {
            const flips = reachabilityFlips(beforeAccess.facts, afterAccess.facts, delta, oldBoundary, newBoundary);
            change.permissions.added.push(...flips.added);
            change.permissions.removed.push(...flips.removed);
        }
        change.opaquePolicies = afterAccess.opaque;
        const beforePaths = new Set((0,escalation/* escalationPathsIn */.tn)(reachableActions(beforeAccess.facts, oldBoundary)).map(path => path.id));
        newPaths = (0,escalation/* escalationPathsIn */.tn)(reachableActions(afterAccess.facts, newBoundary)).filter(path => !beforePaths.has(path.id));
    }
    else {
        change.opaquePolicies = (now?.managedPolicyArns ?? []).filter(arn => !after.policies.document(arn));
    }
    if (change.trustPolicyChanged) {
        change.trust = (0,access/* diffAccess */.K)((0,access/* factsOf */.xS)(old ? [old.trustPolicy] : [], partition), (0,access/* factsOf */.xS)(now ? [now.trustPolicy] : [], partition));
    }
    // What the role may actually do: an Allow the boundary blocks is neither added nor removed.
    change.addedActions = (0,access/* uniqueActions */.N)(change.permissions.added.filter(entry => entry.boundary !== 'blocked'));
    change.removedActions = (0,access/* uniqueActions */.N)(change.permissions.removed.filter(entry => entry.boundary !== 'blocked'));
    const differs = change.trustPolicyChanged ||
        change.inlinePolicies.length > 0 ||
        change.managedPolicies.attached.length + change.managedPolicies.detached.length > 0 ||
        Object.keys(change.tags.added).length +
            Object.keys(change.tags.removed).length +
            Object.keys(change.tags.changed).length >
            0 ||
        ['permissionsBoundary', 'maxSessionDuration', 'description', 'path', 'instanceProfile', 'rename'].some(key => key in change);
    const assessment = (0,verdict/* assess */.no)({
        permissions: change.permissions,
        trust: change.trust,
        boundaryRemoved: Boolean(old?.permissionsBoundary && now && !now.permissionsBoundary),
        boundaryReplaced: Boolean(old?.permissionsBoundary &&
            now?.permissionsBoundary &&
            old.permissionsBoundary !== now.permissionsBoundary),
        boundaryAdded: Boolean(old && !old.permissionsBoundary && now?.permissionsBoundary),
        boundaryEdited: edited,
        boundaryUnknown: boundaryChanged && oldBoundary?.readable === false,
        boundaryUnreadable: [oldBoundary, newBoundary]
            .filter(boundary => boundary?.readable === false)
            .map(boundary => boundary.arn)
            .filter((arn, index, all) => all.indexOf(arn) === index),
        opaqueAttached: change.managedPolicies.attached.filter(arn => change.opaquePolicies.includes(arn)),
        escalationPaths: newPaths.map(path => `${path.actions.join(' + ')} (${path.description})`),
        differs: differs || change.change !== 'unchanged',
        roleAdded: !old
    });
    change.verdict = assessment.verdict;
    change.risk = assessment.risk;
    change.reasons = assessment.reasons;
    if (change.change === 'unchanged' && differs)
        change.change = 'modified';
    return change;
}
/** The role as written: equal for the same definition rendered twice, without canonicalizing anything. */
function rawFingerprint(role) {
    return JSON.stringify(rawFields(role));
}
/**
 * What rawFingerprint() writes. Compared with sameJson() first: a definition rendered on both sides
 * of a diff shares every part without a variable, so most of it is one object, not walked twice.
 */
function rawFields(role) {
    return [
        role.name,
        role.path,
        role.description,
        role.maxSessionDuration,
        role.trustPolicy,
        role.inlinePolicies,
        role.managedPolicyArns,
        role.permissionsBoundary ?? null,
        role.tags,
        role.instanceProfile
    ];
}
function roleFingerprint(role, partition) {
    return (0,canonical_json/* canonicalJson */.d)([
        role.name,
        role.path,
        role.description,
        role.maxSessionDuration,
        (0,compare_document/* canonicalDocument */.U)(role.trustPolicy, partition),
        Object.keys(role.inlinePolicies)
            .sort()
            .map(name => [name, (0,compare_document/* canonicalDocument */.U)(role.inlinePolicies[name], partition)]),
        role.managedPolicyArns,
        role.permissionsBoundary ?? null,
        role.tags,
        role.instanceProfile
    ]);
}
/** A change with nothing in it yet: the fields every comparison starts from. */
function blankChange(reference, kind) {
    return {
        name: reference.logicalName ?? reference.name,
        physicalName: reference.name,
        change: kind,
        verdict: 'unchanged',
        risk: 'none',
        reasons: [],
        permissions: { added: [], removed: [] },
        trust: { added: [], removed: [] },
        addedActions: [],
        removedActions: [],
        trustPolicyChanged: false,
        inlinePolicies: [],
        managedPolicies: { attached: [], detached: [] },
        opaquePolicies: [],
        tags: { added: {}, removed: {}, changed: {} }
    };
}
function unchangedRole(before, after) {
    return { ...blankChange(after, 'unchanged'), before, after };
}
/** The role keeps its boundary ARN and the repository's document behind it changes. */
function boundaryEdited(old, now, before, after, partition) {
    return boundaryDocumentChanged(old, now, before, after, (a, b) => (0,compare_document/* sameDocument */._)(a, b, partition));
}
/** A repo-defined managed policy may change while the attachment stays: its content changes the role's access. */
function attachedDocumentsDiffer(role, before, after, partition) {
    return role.managedPolicyArns.some(arn => {
        const old = before.document(arn);
        const now = after.document(arn);
        return old !== now && !(0,compare_document/* sameDocument */._)(old, now, partition);
    });
}
function diffDocuments(before, after, partition) {
    const changes = [];
    for (const name of [...new Set([...Object.keys(before), ...Object.keys(after)])].sort()) {
        // Policy names are user data: only own keys (a policy named `constructor` is not Object's).
        const old = (0,own/* own */.ZV)(before, name);
        const now = (0,own/* own */.ZV)(after, name);
        if (old && now && (0,compare_document/* sameDocument */._)(old, now, partition))
            continue;
        const change = { name, change: !old ? 'added' : !now ? 'removed' : 'modified' };
        if (old)
            change.before = old;
        if (now)
            change.after = now;
        changes.push(change);
    }
    return changes;
}
/** Tag keys are user data (`__proto__`, `constructor`): own keys only, written as own keys. */
function diffTags(before, after) {
    const changes = { added: {}, removed: {}, changed: {} };
    for (const [key, value] of Object.entries(after)) {
        const old = (0,own/* own */.ZV)(before, key);
        if (old === undefined)
            (0,own/* setOwn */.P5)(changes.added, key, value);
        else if (old !== value)
            (0,own/* setOwn */.P5)(changes.changed, key, { before: old, after: value });
    }
    for (const [key, value] of Object.entries(before))
        if ((0,own/* own */.ZV)(after, key) === undefined)
            (0,own/* setOwn */.P5)(changes.removed, key, value);
    return changes;
}
function setIfChanged(change, key, before, after, bothExist) {
    if (!bothExist || before === after)
        return;
    change[key] = { before, after };
}


/***/ }),

/***/ 7682:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Eg: () => (/* binding */ combineRisks),
/* harmony export */   U5: () => (/* binding */ riskFromFindings),
/* harmony export */   aG: () => (/* binding */ combineVerdicts),
/* harmony export */   no: () => (/* binding */ assess)
/* harmony export */ });
const MAX_LISTED = 5;
function list(items) {
    const shown = items.slice(0, MAX_LISTED).join(', ');
    return items.length > MAX_LISTED ? `${shown} and ${items.length - MAX_LISTED} more` : shown;
}
function assess(input) {
    const high = [];
    const broad = [];
    const narrow = [];
    /** Facts a reviewer needs that do not move the verdict (what the boundary blocks). */
    const notes = [];
    const { permissions, trust } = input;
    // `blocked` entries change no effective access; `flipped` ones change it through the boundary.
    const pick = (entries, effect, boundary) => entries.filter(entry => entry.effect === effect && entry.boundary === boundary);
    const addedAllow = pick(permissions.added, 'Allow');
    const removedDeny = pick(permissions.removed, 'Deny');
    const removedAllow = pick(permissions.removed, 'Allow');
    const addedDeny = pick(permissions.added, 'Deny');
    const reachable = pick(permissions.added, 'Allow', 'flipped');
    const unreachable = pick(permissions.removed, 'Allow', 'flipped');
    const blockedAllow = pick(permissions.added, 'Allow', 'blocked');
    const blockedRemoved = pick(permissions.removed, 'Allow', 'blocked');
    const actions = (entries) => [...new Set(entries.map(entry => entry.action))].sort();
    const managing = (entries) => actions(entries.filter(entry => entry.accessLevel === 'Permissions management'));
    const permissionsManagement = managing(addedAllow);
    const reachableManagement = managing(reachable);
    const boundary = input.boundaryEdited ? 'the edited permissions boundary' : 'the new permissions boundary';
    for (const path of input.escalationPaths)
        high.push(`opens a privilege-escalation path: ${path}`);
    if (permissionsManagement.length > 0)
        high.push(`adds permissions-management actions: ${list(permissionsManagement)}`);
    if (reachableManagement.length > 0)
        high.push(`${input.boundaryRemoved ? 'removing the permissions boundary' : boundary} makes permissions-management actions reachable: ${list(reachableManagement)}`);
    if (removedDeny.length > 0)
        high.push(`removes Deny on ${list(actions(removedDeny))}`);
    if (input.boundaryRemoved) {
        if (input.boundaryUnknown)
            high.push('removes the permissions boundary, which RoleGate cannot read: what it blocked is unknown');
        else
            broad.push(reachable.length > 0
                ? `removes the permissions boundary: ${actions(reachable).length} action(s) the role's policies grant become reachable: ${list(actions(reachable))}`
                : "removes the permissions boundary; it blocked nothing the role's policies grant today, but no longer bounds future grants");
    }
    const newPrincipals = [
        ...new Set(trust.added.filter(entry => entry.effect === 'Allow').map(entry => entry.principal ?? '?'))
    ];
    if (newPrincipals.length > 0) {
        // A new principal on an existing role is a new way in; a new role's trust is its purpose.
        if (input.roleAdded)
            broad.push(`new role, assumable by ${list(newPrincipals)}`);
        else
            high.push(`lets a new principal assume the role: ${list(newPrincipals)}`);
    }
    const removedTrustDeny = trust.removed.filter(entry => entry.effect === 'Deny');
    if (removedTrustDeny.length > 0)
        high.push('removes a Deny from the trust policy');
    if (addedAllow.length > 0)
        broad.push(`allows ${actions(addedAllow).length} more action(s)`);
    if (input.boundaryReplaced || input.boundaryEdited) {
        const verb = input.boundaryEdited ? 'edits the permissions boundary' : 'replaces the permissions boundary';
        if (input.boundaryUnknown)
            broad.push(`${verb} (RoleGate cannot read the old one, so what becomes reachable is unknown)`);
        else {
            if (reachable.length > 0)
                broad.push(`${boundary} makes ${actions(reachable).length} action(s) the role's policies grant reachable: ${list(actions(reachable))}`);
            if (unreachable.length > 0)
                narrow.push(`${boundary} makes ${actions(unreachable).length} action(s) the role's policies grant unreachable: ${list(actions(unreachable))}`);
            if (reachable.length + unreachable.length === 0 && input.boundaryReplaced)
                notes.push(`${verb}; nothing the role's policies grant changes reachability`);
        }
    }
    if (input.opaqueAttached.length > 0)
        broad.push(`attaches policies RoleGate cannot read: ${list(input.opaqueAttached)}`);
    if (removedAllow.length > 0)
        narrow.push(`allows ${actions(removedAllow).length} fewer action(s)`);
    if (addedDeny.length > 0)
        narrow.push(`adds Deny on ${list(actions(addedDeny))}`);
    if (trust.removed.some(entry => entry.effect === 'Allow'))
        narrow.push('removes a trusted principal');
    if (input.boundaryAdded)
        narrow.push(unreachable.length > 0
            ? `adds a permissions boundary: ${actions(unreachable).length} action(s) the role's policies grant become unreachable: ${list(actions(unreachable))}`
            : 'adds a permissions boundary');
    if (blockedAllow.length > 0)
        notes.push(`${actions(blockedAllow).length} added action(s) blocked by the permissions boundary (no effective change): ${list(actions(blockedAllow))}`);
    if (blockedRemoved.length > 0)
        notes.push(`${actions(blockedRemoved).length} removed action(s) were blocked by the permissions boundary (no effective change): ${list(actions(blockedRemoved))}`);
    const changedBoundary = input.boundaryRemoved || input.boundaryReplaced || input.boundaryAdded || input.boundaryEdited;
    if (changedBoundary && input.boundaryUnreadable?.length)
        notes.push(`RoleGate cannot read the permissions boundary ${list(input.boundaryUnreadable)} (not in the repository, not AWS managed): it is taken to block nothing`);
    const broadens = high.length + broad.length > 0;
    const verdict = broadens
        ? 'broadens'
        : narrow.length > 0
            ? 'narrows'
            : input.differs
                ? 'neutral'
                : 'unchanged';
    const risk = high.length > 0 ? 'high' : broadens ? 'low' : 'none';
    return { verdict, risk, reasons: [...high, ...broad, ...narrow, ...notes] };
}
const VERDICT_RANK = { unchanged: 0, neutral: 1, narrows: 2, broadens: 3 };
const RISK_RANK = { none: 0, low: 1, high: 2 };
/** The verdict of several changes together: any broadening broadens. */
function combineVerdicts(verdicts) {
    let result = 'unchanged';
    for (const verdict of verdicts)
        if (VERDICT_RANK[verdict] > VERDICT_RANK[result])
            result = verdict;
    return result;
}
function combineRisks(risks) {
    let result = 'none';
    for (const risk of risks)
        if (RISK_RANK[risk] > RISK_RANK[result])
            result = risk;
    return result;
}
/**
 * A broadening change that introduces a new error-level security finding (unscoped PassRole, an escalation
 * path, `Action: "*"`, ...) is high risk, with that finding as its first reason. `findings` are
 * the new, unsuppressed ones; `highRisk` says which rules count.
 */
function riskFromFindings(changes, findings, highRisk) {
    const reasons = new Map();
    for (const finding of findings) {
        if (finding.severity !== 'error' || !finding.role || !highRisk(finding.rule))
            continue;
        const environments = finding.environments ?? (finding.environment ? [finding.environment] : []);
        for (const environment of environments) {
            const key = `${environment}\u0000${finding.role}`;
            reasons.set(key, [...(reasons.get(key) ?? []), `${finding.rule}: ${finding.message}`]);
        }
    }
    if (reasons.size === 0)
        return changes;
    const environments = {};
    for (const [name, environment] of Object.entries(changes.environments)) {
        const roles = environment.roles.map(role => {
            const added = reasons.get(`${name}\u0000${role.name}`);
            // Only a broadening: an identity grant the permissions boundary blocks may raise a finding
            // about the policy as written, but it changes no effective access.
            if (!added || role.change === 'unchanged' || role.verdict !== 'broadens')
                return role;
            const fresh = added.filter(reason => !role.reasons.includes(reason));
            return { ...role, risk: 'high', reasons: [...fresh, ...role.reasons] };
        });
        environments[name] = { ...environment, roles, risk: combineRisks(roles.map(role => role.risk)) };
    }
    return { ...changes, environments };
}


/***/ })

};
