export const id = 317;
export const ids = [317];
export const modules = {

/***/ 6963:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P0: () => (/* binding */ verifyAccount)
/* harmony export */ });
/* unused harmony exports decodeClaims, sessionName, assumeRoleWithWebIdentity, explainDenied */
/* harmony import */ var _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1695);
/* harmony import */ var _fs_project_files_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(440);
/**
 * Credentials for deploy: the job's GitHub OIDC token exchanged for the environment's deployer
 * role (AssumeRoleWithWebIdentity needs no AWS credentials), or the ambient credential chain
 * when no deployer role is configured. Every secret is masked before anything can print it.
 */


/** The claims of a JWT, without verifying it: STS verifies; RoleGate only reads what it was given. */
function decodeClaims(token) {
    const payload = token.split('.')[1];
    let claims;
    try {
        claims = payload ? JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) : undefined;
    }
    catch {
        claims = undefined;
    }
    if (claims === null || typeof claims !== 'object' || Array.isArray(claims))
        throw new UsageError('the GitHub OIDC token is not a JWT with a JSON payload; check ACTIONS_ID_TOKEN_REQUEST_URL');
    return claims;
}
/** `rolegate-owner-repo-run-42`: valid characters, at most 64, so CloudTrail shows which run changed what. */
function sessionName(repository, runId) {
    const base = `rolegate-${(repository ?? 'local').replace('/', '-')}`.replace(/[^\w+=,.@-]/g, '-');
    const suffix = runId ? `-run-${runId}` : '';
    return `${base.slice(0, 64 - suffix.length)}${suffix}`;
}
async function assumeRoleWithWebIdentity(input) {
    const sts = new STSClient({ region: input.region });
    try {
        const { Credentials } = await sts.send(new AssumeRoleWithWebIdentityCommand({
            RoleArn: input.roleArn,
            RoleSessionName: input.sessionName,
            WebIdentityToken: input.token
        }));
        if (!Credentials?.AccessKeyId || !Credentials.SecretAccessKey)
            throw new Error('STS returned no credentials');
        input.mask(Credentials.SecretAccessKey);
        if (Credentials.SessionToken)
            input.mask(Credentials.SessionToken);
        input.mask(Credentials.AccessKeyId);
        return {
            accessKeyId: Credentials.AccessKeyId,
            secretAccessKey: Credentials.SecretAccessKey,
            sessionToken: Credentials.SessionToken,
            expiration: Credentials.Expiration
        };
    }
    catch (error) {
        const name = error.name;
        if (name === 'AccessDenied' ||
            name === 'AccessDeniedException' ||
            name === 'InvalidIdentityTokenException') {
            throw new UsageError(explainDenied(input.roleArn, decodeClaims(input.token), error.message));
        }
        throw error;
    }
    finally {
        sts.destroy();
    }
}
/** The most common OIDC pain: say what the token carried and what the trust must match. */
function explainDenied(roleArn, claims, message) {
    const aud = Array.isArray(claims.aud) ? claims.aud.join(',') : claims.aud;
    return [
        `STS refused to let this job assume ${roleArn}: ${message}`,
        `The job's OIDC token carries sub="${claims.sub}", aud="${aud}", environment="${claims.environment ?? '(none: the job is not bound to a GitHub environment)'}".`,
        `The role's trust policy must allow sts:AssumeRoleWithWebIdentity from the token.actions.githubusercontent.com provider with`,
        `  StringEquals token.actions.githubusercontent.com:aud = "${aud}" and token.actions.githubusercontent.com:sub = "${claims.sub}"`,
        `(the trust that "rolegate bootstrap" generates pins "repo:<owner>/<repo>:environment:ENV": bind the job with "environment: ENV").`
    ].join('\n');
}
/** After assuming the role: the credentials must belong to the environment's account. */
async function verifyAccount(credentials, region, expectedAccount, environment, command = 'deploy') {
    const sts = new _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_1__/* .STSClient */ .iM({ region, ...(credentials ? { credentials } : {}) });
    try {
        let identity;
        try {
            identity = await sts.send(new _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_1__/* .GetCallerIdentityCommand */ .zI({}));
        }
        catch (error) {
            throw credentialProblem(error, command);
        }
        if (identity.Account !== expectedAccount) {
            throw new _fs_project_files_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`refusing to ${command} ${environment}: the credentials belong to account ${identity.Account} (${identity.Arn}), but rolegate.yml says ${environment} is account ${expectedAccount}`);
        }
        return identity.Arn ?? '';
    }
    finally {
        sts.destroy();
    }
}
/** Missing or refused credentials are the user's to fix: say how, without a stack trace. */
function credentialProblem(error, command) {
    const failure = error;
    if (failure.name === 'CredentialsProviderError' || /credential/i.test(failure.message ?? '')) {
        return new _fs_project_files_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`no AWS credentials for ${command}: the CLI uses the standard chain (AWS_PROFILE, AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, SSO, ...); in the action, set deployRole in rolegate.yml or role-to-assume (${failure.message})`);
    }
    if ([
        'InvalidClientTokenId',
        'ExpiredToken',
        'ExpiredTokenException',
        'SignatureDoesNotMatch',
        'AccessDenied'
    ].includes(failure.name ?? '')) {
        return new _fs_project_files_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`AWS refused the credentials for ${command}: ${failure.name}: ${failure.message}`);
    }
    if (['ECONNREFUSED', 'ENOTFOUND', 'ETIMEDOUT'].includes(failure.code ?? '') ||
        failure.name === 'TimeoutError') {
        return new _fs_project_files_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`cannot reach AWS STS for ${command}: ${failure.message}; check the network or AWS_ENDPOINT_URL_STS`);
    }
    return error;
}


/***/ }),

/***/ 8660:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ readLiveEnvironment)
/* harmony export */ });
/* unused harmony export decodePolicyDocument */
/* harmony import */ var _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6764);
/* harmony import */ var _fs_project_files_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(440);
/* harmony import */ var _model_state_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(156);
/* harmony import */ var _util_own_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8996);
/**
 * Reads live IAM into the same state model as rendered definitions, in few calls:
 * GetAccountAuthorizationDetails (roles with trust, inline and attached policies, boundary, tags,
 * instance profiles; local managed policies with their versions) plus ListRoles (description and
 * max session, which the former lacks). O(roles / 1000) calls instead of 5 per role.
 */




/**
 * IAM returns policy documents URL-encoded; the SDK does not decode them. `what` names the document
 * (`the trust policy of role app`) for the error when IAM's answer cannot be decoded.
 */
function decodePolicyDocument(encoded, what) {
    if (!encoded)
        return { Statement: [] };
    let text;
    try {
        text = decodeURIComponent(encoded);
    }
    catch (error) {
        throw malformedDocument(what, `it is not valid URL encoding (${errorText(error)})`, encoded);
    }
    let document;
    try {
        document = JSON.parse(text);
    }
    catch (error) {
        throw malformedDocument(what, `it is not valid JSON (${errorText(error)})`, text);
    }
    if (document === null || typeof document !== 'object' || Array.isArray(document))
        throw malformedDocument(what, 'it is not a JSON object', text);
    return document;
}
const errorText = (error) => (error instanceof Error ? error.message : String(error));
function malformedDocument(what, problem, text) {
    // No control characters (newlines included) from a live document reach a log line.
    const flat = [...text.slice(0, 200)].map(char => (char < ' ' || char === '\u007f' ? ' ' : char)).join('');
    const excerpt = flat.length > 80 ? `${flat.slice(0, 80)}…` : flat;
    return new _fs_project_files_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`reading live IAM: IAM returned ${what} in a form RoleGate cannot decode: ${problem}; it starts "${excerpt}". ` +
        'RoleGate changed nothing. Inspect that document in the IAM console or with the AWS CLI, fix or remove it, and run again');
}
function tagsOf(tags) {
    return Object.fromEntries((tags ?? []).map(tag => [tag.Key ?? '', tag.Value ?? '']));
}
async function readLiveEnvironment(client, options) {
    const wantedRoles = new Set(options.desired.roles.map(role => role.name.toLowerCase()));
    const wantedPolicies = new Set(options.desired.managedPolicies.map(policy => policy.name.toLowerCase()));
    const roleDetails = [];
    const policyDetails = [];
    for await (const page of (0,_aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_1__/* .paginateGetAccountAuthorizationDetails */ .YS4)({ client, pageSize: 1000 }, { Filter: ['Role', 'LocalManagedPolicy'] })) {
        roleDetails.push(...(page.RoleDetailList ?? []));
        policyDetails.push(...(page.Policies ?? []));
    }
    const { selectRole } = options;
    const relevantRoles = roleDetails.filter(role => selectRole
        ? selectRole({ name: role.RoleName ?? '', path: role.Path ?? '/' })
        : wantedRoles.has((role.RoleName ?? '').toLowerCase()) ||
            tagsOf(role.Tags)[_model_state_js__WEBPACK_IMPORTED_MODULE_2__/* .OWNERSHIP_TAG */ .B] === options.managedBy);
    if (selectRole) {
        const attached = new Set(relevantRoles.flatMap(role => role.AttachedManagedPolicies ?? []).map(p => p.PolicyArn));
        for (const policy of policyDetails)
            if (attached.has(policy.Arn))
                wantedPolicies.add((policy.PolicyName ?? '').toLowerCase());
    }
    const roleSettings = new Map();
    if (relevantRoles.length > 0) {
        for await (const page of (0,_aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_1__/* .paginateListRoles */ .lwj)({ client, pageSize: 1000 }, {})) {
            for (const role of page.Roles ?? []) {
                roleSettings.set(role.RoleName ?? '', {
                    description: role.Description ?? '',
                    maxSessionDuration: role.MaxSessionDuration ?? 3600
                });
            }
        }
    }
    const roles = relevantRoles.map(detail => toRoleState(detail, roleSettings.get(detail.RoleName ?? '')));
    // ManagedPolicyDetail carries no tags: read them only for policies that can concern us.
    const prefix = options.namePrefix.toLowerCase();
    const candidates = policyDetails.filter(policy => {
        const name = policyName(policy).toLowerCase();
        return wantedPolicies.has(name) || (prefix !== '' && name.startsWith(prefix));
    });
    const managedPolicies = [];
    for (const detail of candidates) {
        const tags = await readPolicyTags(client, detail.Arn ?? '');
        if (!wantedPolicies.has(policyName(detail).toLowerCase()) && tags[_model_state_js__WEBPACK_IMPORTED_MODULE_2__/* .OWNERSHIP_TAG */ .B] !== options.managedBy)
            continue;
        managedPolicies.push(toManagedPolicyState(detail, tags));
    }
    const customerPolicyArns = policyDetails.flatMap(policy => (policy.Arn ? [policy.Arn] : []));
    return { ...options.desired, roles, managedPolicies, customerPolicyArns };
}
/** The policy's name; the last segment of its ARN when the answer leaves PolicyName out (moto 5.2 does). */
function policyName(detail) {
    return detail.PolicyName ?? detail.Arn?.slice(detail.Arn.lastIndexOf('/') + 1) ?? '';
}
async function readPolicyTags(client, policyArn) {
    const tags = {};
    let marker;
    do {
        const page = await client.send(new _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_1__/* .ListPolicyTagsCommand */ .T4B({ PolicyArn: policyArn, Marker: marker }));
        // Own keys: a tag named `__proto__` (which a definition may hold) is a tag, not a prototype.
        for (const tag of page.Tags ?? [])
            (0,_util_own_js__WEBPACK_IMPORTED_MODULE_3__/* .setOwn */ .P5)(tags, tag.Key ?? '', tag.Value ?? '');
        marker = page.IsTruncated ? page.Marker : undefined;
    } while (marker);
    return tags;
}
function toRoleState(detail, settings) {
    const name = detail.RoleName ?? '';
    const role = {
        name,
        path: detail.Path ?? '/',
        arn: detail.Arn ?? '',
        description: settings?.description ?? '',
        maxSessionDuration: settings?.maxSessionDuration ?? 3600,
        trustPolicy: decodePolicyDocument(detail.AssumeRolePolicyDocument, `the trust policy of role ${name}`),
        inlinePolicies: Object.fromEntries((detail.RolePolicyList ?? []).map(policy => [
            policy.PolicyName ?? '',
            decodePolicyDocument(policy.PolicyDocument, `inline policy ${policy.PolicyName ?? '(unnamed)'} of role ${name}`)
        ])),
        managedPolicyArns: (detail.AttachedManagedPolicies ?? []).map(policy => policy.PolicyArn ?? '').sort(),
        tags: tagsOf(detail.Tags),
        instanceProfile: (detail.InstanceProfileList ?? []).some(profile => profile.InstanceProfileName === name)
    };
    if (detail.PermissionsBoundary?.PermissionsBoundaryArn)
        role.permissionsBoundary = detail.PermissionsBoundary.PermissionsBoundaryArn;
    if (detail.RoleId)
        role.roleId = detail.RoleId;
    return role;
}
function toManagedPolicyState(detail, tags) {
    const versions = detail.PolicyVersionList ?? [];
    const current = versions.find(version => version.IsDefaultVersion) ??
        versions.find(version => version.VersionId === detail.DefaultVersionId);
    return {
        name: policyName(detail),
        path: detail.Path ?? '/',
        arn: detail.Arn ?? '',
        description: detail.Description ?? '',
        document: decodePolicyDocument(current?.Document, `version ${current?.VersionId ?? detail.DefaultVersionId ?? '?'} of managed policy ${detail.Arn ?? detail.PolicyName ?? '(unnamed)'}`),
        tags,
        live: {
            defaultVersionId: detail.DefaultVersionId ?? '',
            versionIds: versions.map(version => version.VersionId ?? ''),
            attachmentCount: detail.AttachmentCount ?? 0,
            policyId: detail.PolicyId
        }
    };
}


/***/ }),

/***/ 8544:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  dc: () => (/* binding */ compareEnvironment),
  CD: () => (/* binding */ compareStates)
});

// UNUSED EXPORTS: pairByName

// EXTERNAL MODULE: ./src/compare/access.ts
var access = __webpack_require__(7669);
// EXTERNAL MODULE: ./src/policy/assertions.ts
var assertions = __webpack_require__(5729);
// EXTERNAL MODULE: ./src/policy/evaluate/index.ts + 9 modules
var evaluate = __webpack_require__(82);
;// CONCATENATED MODULE: ./src/compare/assertions.ts
/**
 * Assertion flips: a role's `expect:` assertions checked on both sides of a change by the same pure
 * function as the access-assertion lint rule (src/policy/assertions.ts `checkAssertion`), so the
 * comment, lint and `rolegate can` never disagree. A flip is an assertion whose outcome changes
 * (passes → fails, fails → passes) or whose requests (action × resource) change decision: "after
 * this PR task-role CAN s3:DeleteObject on arn:…" is the strongest signal a reviewer can get.
 *
 * Both sides are checked with the head's assertion (the intent as it now reads); an assertion the
 * change deletes is checked as the base wrote it, and says so. An entry the change edits in place
 * (same position in the list, new content) counts as the head's version, not as a deletion.
 * Assertions never change the verdict or the plan: they are reported, not compared; a broken
 * `deny:` makes the change high risk (compare.ts).
 */


/** Same assertion (up to its position): what it expects, of what, on what, in which context. */
function assertionKey(assertion) {
    return JSON.stringify([assertion.expect, assertion.actions, assertion.resources, assertion.context]);
}
function decisions(check) {
    const byRequest = new Map();
    for (const result of check.results)
        byRequest.set(`${result.action}\u0000${result.resource}`, {
            action: result.action,
            resource: result.resource,
            decision: result.result.decision
        });
    return byRequest;
}
function baseKeys(role) {
    return new Set((role.expect ?? []).map(assertionKey));
}
function check(side, assertion) {
    side.policies ??= (0,evaluate/* rolePolicies */.ns)(side.role, side.environment);
    return (0,assertions/* checkAssertion */.nD)(side.role, side.environment, assertion, side.policies);
}
/**
 * The assertions of a role (present on both sides) whose outcome or decisions differ between
 * `before` and `after`, in the order the head lists them, then the ones the change deletes.
 */
function assertionFlips(before, after) {
    const headAssertions = after.role.expect ?? [];
    const headKeys = new Set(headAssertions.map(assertionKey));
    // An entry edited in place (same position, new content) is the head's version, not a deletion:
    // a PR that narrows the role and its assertion together breaks nothing.
    const editedAt = new Set(headAssertions.filter(assertion => !baseKeys(before.role).has(assertionKey(assertion))).map(a => a.index));
    const deleted = (before.role.expect ?? []).filter(assertion => !headKeys.has(assertionKey(assertion)) && !editedAt.has(assertion.index));
    if (headAssertions.length + deleted.length === 0)
        return [];
    const base = { ...before };
    const head = { ...after };
    const flips = [];
    for (const [assertion, removed] of [
        ...headAssertions.map(item => [item, false]),
        ...deleted.map(item => [item, true])
    ]) {
        const old = check(base, assertion);
        const now = check(head, assertion);
        const oldDecisions = decisions(old);
        const requests = [];
        for (const [key, request] of decisions(now)) {
            const previous = oldDecisions.get(key);
            if (previous && previous.decision !== request.decision)
                requests.push({
                    action: request.action,
                    resource: request.resource,
                    before: previous.decision,
                    after: request.decision
                });
        }
        if (old.outcome === now.outcome && requests.length === 0)
            continue;
        const flip = { assertion, before: old.outcome, after: now.outcome, requests };
        if (removed)
            flip.removed = true;
        flips.push(flip);
    }
    return flips;
}

// EXTERNAL MODULE: ./src/compare/document.ts
var compare_document = __webpack_require__(8934);
// EXTERNAL MODULE: ./src/model/state.ts
var state = __webpack_require__(156);
// EXTERNAL MODULE: ./src/compare/model.ts
var model = __webpack_require__(1830);
// EXTERNAL MODULE: ./src/compare/role.ts + 2 modules
var role = __webpack_require__(8993);
// EXTERNAL MODULE: ./src/compare/verdict.ts
var verdict = __webpack_require__(7682);
// EXTERNAL MODULE: ./src/util/own.ts
var own = __webpack_require__(8996);
;// CONCATENATED MODULE: ./src/compare/compare.ts








/** Pairs items by logical name, then the rest by physical name (case-insensitive, as IAM). */
function pairByName(before, after) {
    const pairs = [];
    const unmatchedBefore = new Set(before);
    const byLogical = new Map(before.filter(item => item.logicalName).map(item => [item.logicalName, item]));
    const unmatchedAfter = [];
    for (const item of after) {
        const match = item.logicalName ? byLogical.get(item.logicalName) : undefined;
        if (match && unmatchedBefore.has(match)) {
            pairs.push([match, item]);
            unmatchedBefore.delete(match);
        }
        else {
            unmatchedAfter.push(item);
        }
    }
    const byPhysical = new Map([...unmatchedBefore].map(item => [item.name.toLowerCase(), item]));
    for (const item of unmatchedAfter) {
        const match = byPhysical.get(item.name.toLowerCase());
        // Two different logical names are two different roles, even if a rename made names collide.
        if (match && !(match.logicalName && item.logicalName)) {
            pairs.push([match, item]);
            unmatchedBefore.delete(match);
            byPhysical.delete(item.name.toLowerCase());
        }
        else {
            pairs.push([undefined, item]);
        }
    }
    for (const item of unmatchedBefore)
        pairs.push([item, undefined]);
    return pairs;
}
function compareEnvironment(before, after, options = {}) {
    const reference = (after ?? before);
    const partition = reference.partition;
    const beforePolicies = (0,role/* policyResolver */.vD)(before?.managedPolicies ?? [], before?.bootstrapBoundary);
    const afterPolicies = (0,role/* policyResolver */.vD)(after?.managedPolicies ?? [], after?.bootstrapBoundary);
    const notEvaluated = [];
    // A role whose file failed to load on one side is missing there: not a removal (or addition).
    const evaluated = (item, kind) => {
        const problem = item.change === 'removed'
            ? options.unloaded?.head?.get(item.before?.source?.file ?? '')
            : item.change === 'added'
                ? options.unloaded?.base?.get(item.after?.source?.file ?? '')
                : undefined;
        if (!problem)
            return true;
        notEvaluated.push({
            ...problem,
            name: item.name,
            kind,
            side: item.change === 'removed' ? 'head' : 'base'
        });
        return false;
    };
    const roles = pairByName(before?.roles ?? [], after?.roles ?? [])
        .map(([old, now]) => (0,role/* compareRole */.Ub)({ role: old, policies: beforePolicies }, { role: now, policies: afterPolicies }, partition))
        .map(markOwnershipChange)
        .filter(role => evaluated(role, 'role'))
        .map(role => withAssertionFlips(role, before, after))
        .map(role => {
        if (role.permissions.added.length + role.permissions.removed.length === 0)
            return role;
        const documents = (state, policies) => state
            ? [
                ...Object.values(state.inlinePolicies),
                ...state.managedPolicyArns.flatMap(arn => policies.document(arn) ?? [])
            ]
            : [];
        return {
            ...role,
            permissions: {
                added: (0,access/* withPatterns */.Ue)(role.permissions.added, documents(role.after, afterPolicies)),
                removed: (0,access/* withPatterns */.Ue)(role.permissions.removed, documents(role.before, beforePolicies))
            }
        };
    });
    const managedPolicies = pairByName(before?.managedPolicies ?? [], after?.managedPolicies ?? [])
        .map(([old, now]) => compareManagedPolicy(old, now, partition))
        .filter(policy => evaluated(policy, 'managed policy'));
    const changes = [...roles, ...managedPolicies];
    return {
        ...(notEvaluated.length > 0 ? { notEvaluated } : {}),
        environment: reference.environment,
        change: !before
            ? 'added'
            : !after
                ? 'removed'
                : changes.some(item => item.change !== 'unchanged')
                    ? 'modified'
                    : 'unchanged',
        verdict: (0,verdict/* combineVerdicts */.aG)(changes.map(item => item.verdict)),
        risk: (0,verdict/* combineRisks */.Eg)(roles.map(role => role.risk)),
        roles: sortChanges(roles),
        managedPolicies: sortChanges(managedPolicies)
    };
}
function compareManagedPolicy(before, after, partition) {
    const reference = (after ?? before);
    const documentChanged = !(0,compare_document/* sameDocument */._)(before?.document, after?.document, partition);
    const permissions = documentChanged
        ? (0,access/* diffAccess */.K)((0,access/* factsOf */.xS)(before ? [before.document] : [], partition), (0,access/* factsOf */.xS)(after ? [after.document] : [], partition))
        : { added: [], removed: [] };
    const tags = (0,role/* diffTags */.n6)(before?.tags ?? {}, after?.tags ?? {});
    const descriptionChanged = Boolean(before && after && before.description !== after.description);
    const differs = documentChanged ||
        descriptionChanged ||
        Object.keys(tags.added).length + Object.keys(tags.removed).length + Object.keys(tags.changed).length > 0;
    const broadens = permissions.added.some(entry => entry.effect === 'Allow') ||
        permissions.removed.some(entry => entry.effect === 'Deny');
    const narrows = permissions.removed.some(entry => entry.effect === 'Allow') ||
        permissions.added.some(entry => entry.effect === 'Deny');
    const change = {
        name: reference.logicalName ?? reference.name,
        physicalName: reference.name,
        change: !before ? 'added' : !after ? 'removed' : differs ? 'modified' : 'unchanged',
        // A policy's own verdict; what it grants reaches roles through their attachments.
        verdict: broadens
            ? 'broadens'
            : narrows
                ? 'narrows'
                : differs || !before || !after
                    ? 'neutral'
                    : 'unchanged',
        documentChanged,
        permissions,
        tags
    };
    if (descriptionChanged)
        change.description = { before: before.description, after: after.description };
    if (before)
        change.before = before;
    if (after)
        change.after = after;
    return change;
}
/**
 * The role's `expect:` assertions checked on both sides, kept when one flips. Skipped when nothing
 * that decides the role's access differs (same definition, same verdict, same boundary document):
 * every decision is then the same on both sides.
 */
function withAssertionFlips(role, before, after) {
    if (!role.before || !role.after || !before || !after)
        return role;
    if (!role.before.expect?.length && !role.after.expect?.length)
        return role;
    if (role.change === 'unchanged' && role.verdict === 'unchanged' && !role.boundaryDocumentChanged)
        return role;
    const flips = assertionFlips({ role: role.before, environment: before }, { role: role.after, environment: after });
    if (flips.length === 0)
        return role;
    // A `deny:` the change breaks: the role can now do what its owners said it must not. The
    // strongest signal there is, so the change is high risk whatever else it does.
    const broken = flips
        .filter(flip => flip.assertion.expect === 'deny' && flip.before === 'passed' && flip.after === 'failed')
        .map(flip => {
        const where = flip.assertion.location
            ? ` at ${flip.assertion.location.file}:${flip.assertion.location.line}`
            : '';
        const first = flip.requests.find(request => request.after === 'allow');
        const what = first ? `: it can now ${first.action} on ${first.resource}` : '';
        return `breaks the deny assertion expect[${flip.assertion.index}]${where}${what}`;
    });
    if (broken.length === 0)
        return { ...role, assertions: flips };
    return { ...role, assertions: flips, risk: 'high', reasons: [...broken, ...role.reasons] };
}
/** The ownership tag's change on an existing role, when any. */
function ownershipChange(role) {
    return role.change === 'modified' && Object.hasOwn(role.tags.changed, state/* OWNERSHIP_TAG */.B)
        ? role.tags.changed[state/* OWNERSHIP_TAG */.B]
        : undefined;
}
/**
 * A new owner decides who may change and delete the role (a deploy with prune deletes what the
 * other repository's definitions lack): high risk, whatever the access verdict.
 */
function markOwnershipChange(role) {
    const ownership = ownershipChange(role);
    if (!ownership)
        return role;
    return {
        ...role,
        risk: 'high',
        reasons: [
            `changes the owner (${state/* OWNERSHIP_TAG */.B}) from ${ownership.before} to ${ownership.after}: that repository's deploys may then change or delete the role`,
            ...role.reasons
        ]
    };
}
const ORDER = { added: 0, modified: 1, removed: 2, unchanged: 3 };
function sortChanges(items) {
    return items.sort((a, b) => ORDER[a.change] - ORDER[b.change] || a.name.localeCompare(b.name));
}
/** Compares every environment of two desired states (environments added or removed included). */
function compareStates(before, after, options = {}) {
    const names = [...new Set([...Object.keys(after.environments), ...Object.keys(before.environments)])];
    const environments = {};
    let ownership;
    for (const name of names) {
        const environment = compareEnvironment((0,own/* own */.ZV)(before.environments, name), (0,own/* own */.ZV)(after.environments, name), options);
        environments[name] = environment;
        ownership ??= environment.roles.map(ownershipChange).find(change => change !== undefined);
    }
    return { environments, caveats: model/* CAVEATS */._, ...(ownership ? { ownership } : {}) };
}


/***/ }),

/***/ 1830:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ CAVEATS),
/* harmony export */   b: () => (/* binding */ environmentVerdict)
/* harmony export */ });
/** What a reader is told about an environment: its verdict, or unknown when something was not evaluated. */
function environmentVerdict(environment) {
    return environment.notEvaluated?.length ? 'unknown' : environment.verdict;
}
const CAVEATS = [
    'Conditions are compared as written, not solved: an edited condition counts as both removing and adding access.',
    'The permissions boundary counts only where it provably blocks: a boundary Allow with a condition or a pattern that may overlap counts as allowing, and a boundary RoleGate cannot read blocks nothing. Service control policies and resource policies are not evaluated.'
];


/***/ })

};
