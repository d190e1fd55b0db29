export const id = 970;
export const ids = [970,850];
export const modules = {

/***/ 970:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runDeploy: () => (/* binding */ runDeploy)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-iam/dist-cjs/index.js
var dist_cjs = __webpack_require__(6764);
;// CONCATENATED MODULE: ./src/plan/model.ts
/**
 * Apply order. Dependencies: policies exist before roles attach them, a role exists before
 * anything is put on it, deletions go last, children before parents. Access: an interrupted run
 * must never leave a role broader than both the old and the new definitions, so every revocation
 * (detach, delete, narrow to old ∩ new, add a boundary) comes before the trust updates, and every
 * grant after them. Within a phase operations are independent and may run concurrently: all
 * revocations only narrow, all grants only widen towards the new definitions.
 */
const PHASES = [
    'make room for revoke-stage policy versions',
    'create policies, revoke-stage policy versions',
    'create roles and instance profiles',
    // Alone, before the revoke steps: a boundary only narrows, and the bootstrap deployer may delete,
    // detach or narrow on a role only once it carries the boundary (iam:PermissionsBoundary), so on
    // an adopted role those steps raced it when they shared a phase.
    'set boundaries',
    'revoke: detach, delete, narrow inline policies, remove from instance profiles',
    'make room for policy versions',
    'switch: trust policies, role settings, tags, one-step policy versions',
    'grant: inline policies, attachments, instance profiles, new policy versions, boundary removals',
    'delete instance profiles',
    'delete roles',
    'delete policies'
];
function phaseOf(operation) {
    switch (operation.kind) {
        case 'DeletePolicyVersion':
            return operation.stage === 'revoke' ? 0 : 5;
        case 'CreatePolicy':
        case 'TagPolicy':
        case 'UntagPolicy':
            return 1;
        case 'CreatePolicyVersion':
            return operation.stage === 'revoke' ? 1 : operation.stage === 'switch' ? 6 : 7;
        case 'CreateRole':
        case 'CreateInstanceProfile':
            return 2;
        case 'PutRolePermissionsBoundary':
            return 3;
        case 'DetachRolePolicy':
        case 'RemoveRoleFromInstanceProfile':
            return 4;
        case 'PutRolePolicy':
        case 'DeleteRolePolicy':
            return operation.stage === 'revoke' ? 4 : 7;
        case 'UpdateAssumeRolePolicy':
        case 'UpdateRole':
        case 'TagRole':
        case 'UntagRole':
            return 6;
        case 'AttachRolePolicy':
        case 'AddRoleToInstanceProfile':
        case 'DeleteRolePermissionsBoundary':
            return 7;
        case 'DeleteInstanceProfile':
            return 8;
        case 'DeleteRole':
            return 9;
        case 'DeletePolicy':
            return 10;
    }
}
/** What an operation acts on, for reports: `role/app`, `policy/arn:...`. */
function targetOf(operation) {
    if ('roleName' in operation)
        return `role ${operation.roleName}`;
    if ('policyArn' in operation)
        return `policy ${operation.policyArn}`;
    if ('instanceProfileName' in operation)
        return `instance profile ${operation.instanceProfileName}`;
    return `policy ${operation.policyName}`;
}
function describeOperation(operation) {
    switch (operation.kind) {
        case 'CreatePolicy':
            return `create managed policy ${operation.path}${operation.policyName}`;
        case 'CreatePolicyVersion':
            return operation.stage === 'revoke'
                ? `narrow ${operation.policyArn} to what both definitions allow (new default version)`
                : `new default version of ${operation.policyArn}`;
        case 'DeletePolicyVersion':
            return `delete version ${operation.versionId} of ${operation.policyArn} (IAM keeps at most 5)`;
        case 'CreateRole':
            return `create role ${operation.path}${operation.roleName}`;
        case 'PutRolePolicy':
            return operation.stage === 'revoke'
                ? `narrow inline policy ${operation.policyName} of ${operation.roleName} to what both definitions allow`
                : `put inline policy ${operation.policyName} on ${operation.roleName}`;
        case 'DeleteRolePolicy':
            return `delete inline policy ${operation.policyName} from ${operation.roleName}`;
        case 'AttachRolePolicy':
            return `attach ${operation.policyArn} to ${operation.roleName}`;
        case 'DetachRolePolicy':
            return `detach ${operation.policyArn} from ${operation.roleName}`;
        case 'TagRole':
            return `tag ${operation.roleName}: ${Object.keys(operation.tags).join(', ')}`;
        case 'UntagRole':
            return `untag ${operation.roleName}: ${operation.tagKeys.join(', ')}`;
        case 'TagPolicy':
            return `tag ${operation.policyArn}: ${Object.keys(operation.tags).join(', ')}`;
        case 'UntagPolicy':
            return `untag ${operation.policyArn}: ${operation.tagKeys.join(', ')}`;
        case 'UpdateAssumeRolePolicy':
            return `update trust policy of ${operation.roleName}`;
        case 'UpdateRole':
            return `update description/max session of ${operation.roleName}`;
        case 'PutRolePermissionsBoundary':
            return `set permissions boundary of ${operation.roleName} to ${operation.permissionsBoundary}`;
        case 'DeleteRolePermissionsBoundary':
            return `remove permissions boundary of ${operation.roleName}`;
        case 'CreateInstanceProfile':
            return `create instance profile ${operation.instanceProfileName}`;
        case 'AddRoleToInstanceProfile':
            return `add ${operation.roleName} to instance profile ${operation.instanceProfileName}`;
        case 'RemoveRoleFromInstanceProfile':
            return `remove ${operation.roleName} from instance profile ${operation.instanceProfileName}`;
        case 'DeleteInstanceProfile':
            return `delete instance profile ${operation.instanceProfileName}`;
        case 'DeleteRole':
            return `delete role ${operation.roleName}`;
        case 'DeletePolicy':
            return `delete managed policy ${operation.policyArn}`;
    }
}

// EXTERNAL MODULE: ./src/compare/compare.ts + 1 modules
var compare = __webpack_require__(8544);
// EXTERNAL MODULE: ./src/model/state.ts
var state = __webpack_require__(156);
;// CONCATENATED MODULE: ./src/plan/prechecks.ts
/** `arn:aws:iam::aws:policy/...` is AWS managed: IAM provides it, the account cannot lack it. */
function isAwsManaged(arn) {
    return /^arn:[\w-]+:iam::aws:policy\//.test(arn);
}
function missingPolicyConflicts(input) {
    // IAM policy names are unique case-insensitively: compare ARNs the same way.
    const available = new Set([...input.livePolicyArns, ...input.createdPolicyArns].map(arn => arn.toLowerCase()));
    const uses = new Map();
    const use = (arn) => {
        let entry = uses.get(arn);
        if (!entry)
            uses.set(arn, (entry = { boundaryOf: [], attachedTo: [] }));
        return entry;
    };
    for (const operation of input.operations) {
        if (operation.kind === 'CreateRole' && operation.permissionsBoundary)
            use(operation.permissionsBoundary).boundaryOf.push(operation.roleName);
        else if (operation.kind === 'PutRolePermissionsBoundary')
            use(operation.permissionsBoundary).boundaryOf.push(operation.roleName);
        else if (operation.kind === 'AttachRolePolicy')
            use(operation.policyArn).attachedTo.push(operation.roleName);
    }
    const conflicts = [];
    for (const [arn, { boundaryOf, attachedTo }] of uses) {
        if (isAwsManaged(arn) || available.has(arn.toLowerCase()))
            continue;
        const account = /^arn:[\w-]+:iam::(\d{12}):/.exec(arn)?.[1];
        const where = account ? `account ${account}` : 'the account';
        if (boundaryOf.length > 0) {
            conflicts.push({
                resource: `permissions boundary ${arn}`,
                reason: `it is the permissions boundary of ${roleList(boundaryOf)}, but it does not exist in ${where} and this plan does not create it, so IAM would refuse the change mid-deploy. ` +
                    `Create it first: run "rolegate bootstrap --env ${input.environment}" and deploy the CloudFormation template it prints (it creates the boundary), ` +
                    `or correct permissionsBoundary in rolegate.yml or the role definition`
            });
        }
        if (attachedTo.length > 0) {
            conflicts.push({
                resource: `managed policy ${arn}`,
                reason: `${roleList(attachedTo)} attach${attachedTo.length === 1 ? 'es' : ''} it, but it does not exist in ${where} and this plan does not create it, so IAM would refuse the attachment mid-deploy. ` +
                    `Define it in this repository ("kind: ManagedPolicy") and reference it by its logical name, create it in the account first, or remove it from managedPolicies`
            });
        }
    }
    return conflicts;
}
function roleList(roles) {
    const unique = [...new Set(roles)].sort();
    const shown = unique.slice(0, 5).join(', ');
    const more = unique.length > 5 ? ` and ${unique.length - 5} more` : '';
    return `${unique.length === 1 ? 'role' : 'roles'} ${shown}${more}`;
}

// EXTERNAL MODULE: ./src/render/render.ts + 1 modules
var render = __webpack_require__(9518);
// EXTERNAL MODULE: ./src/render/variables.ts
var render_variables = __webpack_require__(541);
;// CONCATENATED MODULE: ./src/plan/protected.ts


/** `arn:aws:sts::1:assumed-role/NAME/session` or `arn:aws:iam::1:role/path/NAME` → NAME. */
function callerRoleName(callerArn) {
    if (!callerArn)
        return undefined;
    const assumed = /^arn:[\w-]+:sts::\d{12}:assumed-role\/([^/]+)\//.exec(callerArn);
    if (assumed)
        return assumed[1];
    const role = /^arn:[\w-]+:iam::\d{12}:role\/(?:.*\/)?([^/]+)$/.exec(callerArn);
    return role?.[1];
}
const lastSegment = (arn) => arn.slice(arn.lastIndexOf('/') + 1);
const accountOf = (arn) => /^arn:[\w-]+:iam::(\d{12}):/.exec(arn)?.[1];
function protectedResources(input) {
    const { config } = input;
    const account = config.environments[input.environment]?.account;
    const resources = [];
    const caller = callerRoleName(input.callerArn);
    if (caller)
        resources.push({ kind: 'role', name: caller, why: 'the role this deploy runs as' });
    for (const [name, environment] of Object.entries(config.environments)) {
        if (environment.account !== account)
            continue;
        const variables = (0,render/* environmentVariables */.ro)(config, name);
        // As bootstrapTemplate names it: the configured deployRole, else {prefix}rolegate-deployer.
        const deployRole = environment.deployRole ?? `role/${(0,render/* namePrefix */.w8)({ config, variables })}rolegate-deployer`;
        // bootstrap creates the deployer under that name in the environment's account, whatever account the ARN names.
        resources.push({
            kind: 'role',
            name: lastSegment(deployRole),
            why: `the deployer role of environment ${name} (rolegate bootstrap)`
        });
        const boundary = config.defaults?.permissionsBoundary;
        if (boundary) {
            const arn = (0,render_variables/* substituteString */.gf)(boundary, variables, () => { });
            if (accountOf(arn) === account && /:policy\//.test(arn))
                resources.push({
                    kind: 'managed policy',
                    name: lastSegment(arn),
                    why: `the permissions boundary "rolegate bootstrap" creates for environment ${name}`
                });
        }
    }
    return resources;
}
function protectionOf(resources, kind, name) {
    const lower = name.toLowerCase();
    return resources?.find(resource => resource.kind === kind && resource.name.toLowerCase() === lower);
}
function protectedConflict(resource, action) {
    return {
        resource: `${resource.kind} ${resource.name}`,
        reason: `it is ${resource.why}; RoleGate never ${action} it, whatever the definitions say (a definition could otherwise take over the deployer). Remove the definition that names it, or give it another name (roleName / name)`
    };
}
/** A conflict when the deploy would act on another repository's resources without rolegate.yml saying so. */
function ownershipConflict(check) {
    const { managedBy, repository, acknowledgement } = check;
    if (!repository || managedBy.toLowerCase() === repository.toLowerCase())
        return undefined;
    if (acknowledgement && acknowledgement.managedBy.toLowerCase() === managedBy.toLowerCase())
        return undefined;
    const stale = acknowledgement
        ? ` (managedByAcknowledgement names ${acknowledgement.managedBy}, not ${managedBy}: it must name the current value)`
        : '';
    return {
        resource: 'rolegate.yml managedBy',
        reason: `the ownership tag is "${managedBy}" but this deploy runs in ${repository}${stale}: RoleGate would change, and with prune delete, what ${managedBy}'s deploys own. ` +
            `If this repository takes those resources over, say so in rolegate.yml, where reviewers see it: managedByAcknowledgement: { managedBy: ${managedBy}, reason: "..." }; otherwise remove managedBy`
    };
}

// EXTERNAL MODULE: ./src/model/policy.ts
var policy = __webpack_require__(979);
// EXTERNAL MODULE: ./src/policy/canonical-json.ts
var canonical_json = __webpack_require__(8311);
;// CONCATENATED MODULE: ./src/plan/transition.ts
/**
 * The intermediate document of a policy change: what a policy may hold between the revocations and
 * the grants of one deploy, so that no state on the way allows what neither the old nor the new
 * definitions allow. It keeps every Deny of either version and only the Allow statements both
 * versions contain word for word (statements compared as canonical JSON: conservative, a
 * reworded statement is dropped for the moment and comes back with the grant).
 */


const isDeny = (statement) => String(statement.Effect).toLowerCase() === 'deny';
function hasDeny(document) {
    return document !== undefined && (0,policy/* statementsOf */.GX)(document).some(isDeny);
}
/** Old ∩ new, statement by statement, plus every Deny of both; `undefined` stands for "no policy". */
function intermediateDocument(before, after) {
    const old = before ? (0,policy/* statementsOf */.GX)(before) : [];
    const now = after ? (0,policy/* statementsOf */.GX)(after) : [];
    const oldText = new Set(old.map(statement => (0,canonical_json/* canonicalJson */.d)(statement)));
    const kept = [];
    const seen = new Set();
    const keep = (statement) => {
        const text = (0,canonical_json/* canonicalJson */.d)(statement);
        if (seen.has(text))
            return;
        seen.add(text);
        kept.push(statement);
    };
    for (const statement of now)
        if (isDeny(statement) || oldText.has((0,canonical_json/* canonicalJson */.d)(statement)))
            keep(statement);
    for (const statement of old)
        if (isDeny(statement))
            keep(statement);
    return { Version: after?.Version ?? before?.Version ?? '2012-10-17', Statement: kept };
}
/** Same statements (as canonical JSON, in any order): the documents allow and deny the same. */
function sameStatements(a, b) {
    const texts = (document) => [...new Set((document ? (0,policy/* statementsOf */.GX)(document) : []).map(statement => (0,canonical_json/* canonicalJson */.d)(statement)))].sort();
    return (0,canonical_json/* canonicalJson */.d)(texts(a)) === (0,canonical_json/* canonicalJson */.d)(texts(b));
}
function isEmpty(document) {
    return (0,policy/* statementsOf */.GX)(document).length === 0;
}
/**
 * A managed policy version must hold a statement: the intermediate of two versions with nothing in
 * common allows nothing with this one (a Deny of no action denies nothing, so other policies are
 * unaffected).
 */
const NOTHING = {
    Sid: 'RoleGateTransitionAllowsNothing',
    Effect: 'Deny',
    NotAction: '*',
    Resource: '*'
};

;// CONCATENATED MODULE: ./src/plan/plan.ts





/** IAM keeps at most 5 versions of a managed policy. */
const MAX_POLICY_VERSIONS = 5;
function ownerOf(tags, managedBy) {
    const value = tags[state/* OWNERSHIP_TAG */.B];
    return value === undefined ? 'nobody' : value === managedBy ? 'us' : 'other';
}
function planEnvironment(change, options) {
    const operations = [];
    const conflicts = [];
    const orphans = [];
    const foreign = options.ownership && ownershipConflict({ ...options.ownership, managedBy: options.managedBy });
    if (foreign)
        conflicts.push(foreign);
    for (const policy of change.managedPolicies)
        planManagedPolicy(policy, options, operations, conflicts, orphans, change);
    for (const role of change.roles)
        planRole(role, options, operations, conflicts, orphans);
    // Stable order: by phase, then as planned.
    const ordered = operations.map((operation, index) => ({ operation, index }));
    ordered.sort((a, b) => phaseOf(a.operation) - phaseOf(b.operation) || a.index - b.index);
    const sorted = trustedRolesFirst(ordered.map(item => item.operation));
    if (options.livePolicyArns) {
        const createdPolicyArns = change.managedPolicies.flatMap(policy => !policy.before && policy.after ? [policy.after.arn] : []);
        conflicts.push(...missingPolicyConflicts({
            environment: change.environment,
            operations: sorted,
            livePolicyArns: options.livePolicyArns,
            createdPolicyArns
        }));
    }
    return { environment: change.environment, account: options.account, operations: sorted, conflicts, orphans };
}
/**
 * IAM rejects a trust policy naming a role that does not exist yet ("Invalid principal"), so a new
 * role that another new role trusts is created first. Otherwise the applier's workers could all
 * wait on trusts whose roles are still queued behind them.
 */
function trustedRolesFirst(operations) {
    const creates = operations.filter((operation) => operation.kind === 'CreateRole');
    const byName = new Map(creates.map(operation => [operation.roleName.toLowerCase(), operation]));
    const ordered = [];
    const visiting = new Set();
    const visit = (operation) => {
        if (visiting.has(operation))
            return; // done, or a cycle that IAM cannot create in any order
        visiting.add(operation);
        const trusted = [
            ...JSON.stringify(operation.trustPolicy).matchAll(/:iam::\d{12}:role\/(?:[^"]*\/)?([\w+=,.@-]+)"/g)
        ];
        for (const [, name] of trusted) {
            const dependency = byName.get(name.toLowerCase());
            if (dependency && dependency !== operation)
                visit(dependency);
        }
        ordered.push(operation);
    };
    creates.forEach(visit);
    let next = 0;
    return operations.map(operation => (operation.kind === 'CreateRole' ? ordered[next++] : operation));
}
function plan_ownershipConflict(kind, name, owner, tags) {
    return {
        resource: `${kind} ${name}`,
        reason: owner === 'other'
            ? `it is managed by ${tags[state/* OWNERSHIP_TAG */.B]} (tag ${state/* OWNERSHIP_TAG */.B}), not by this repository; RoleGate will not change it`
            : `it exists but RoleGate did not create it (no ${state/* OWNERSHIP_TAG */.B} tag); add "adopt: true" to its definition to take it over`
    };
}
function planRole(change, options, operations, conflicts, orphans) {
    const live = change.before;
    const desired = change.after;
    if (change.change === 'unchanged')
        return;
    const guarded = protectionOf(options.protected, 'role', (live ?? desired).name);
    if (guarded) {
        if (desired || options.prune)
            conflicts.push(protectedConflict(guarded, desired ? 'creates or changes' : 'deletes'));
        return;
    }
    if (!live && desired) {
        createRole(desired, operations);
        return;
    }
    if (live && !desired) {
        if (ownerOf(live.tags, options.managedBy) !== 'us')
            return; // not ours: never touched, never listed
        orphans.push(`role ${live.name}`);
        if (options.prune)
            deleteRole(live, operations);
        return;
    }
    if (!live || !desired)
        return;
    const owner = ownerOf(live.tags, options.managedBy);
    if (owner !== 'us' && !(owner === 'nobody' && desired.adopt)) {
        conflicts.push(plan_ownershipConflict('role', live.name, owner, live.tags));
        return;
    }
    if (change.path) {
        conflicts.push({
            resource: `role ${live.name}`,
            reason: `IAM cannot move a role from path ${change.path.before} to ${change.path.after}; give the role a new name (the old one is then pruned)`
        });
        return;
    }
    const roleName = live.name;
    if (change.trustPolicyChanged)
        operations.push({ kind: 'UpdateAssumeRolePolicy', roleName, trustPolicy: desired.trustPolicy });
    if (change.description || change.maxSessionDuration) {
        operations.push({
            kind: 'UpdateRole',
            roleName,
            description: desired.description,
            maxSessionDuration: desired.maxSessionDuration
        });
    }
    if (change.permissionsBoundary) {
        if (desired.permissionsBoundary)
            operations.push({
                kind: 'PutRolePermissionsBoundary',
                roleName,
                permissionsBoundary: desired.permissionsBoundary
            });
        else
            operations.push({ kind: 'DeleteRolePermissionsBoundary', roleName });
    }
    const tagsToSet = {
        ...change.tags.added,
        ...Object.fromEntries(Object.entries(change.tags.changed).map(([key, value]) => [key, value.after]))
    };
    if (Object.keys(tagsToSet).length > 0)
        operations.push({ kind: 'TagRole', roleName, tags: tagsToSet });
    if (Object.keys(change.tags.removed).length > 0)
        operations.push({ kind: 'UntagRole', roleName, tagKeys: Object.keys(change.tags.removed) });
    for (const policy of change.inlinePolicies)
        inlineTransition(roleName, policy.name, policy.before, policy.after, operations);
    for (const policyArn of change.managedPolicies.attached)
        operations.push({ kind: 'AttachRolePolicy', roleName, policyArn });
    for (const policyArn of change.managedPolicies.detached)
        operations.push({ kind: 'DetachRolePolicy', roleName, policyArn });
    if (change.instanceProfile?.after) {
        operations.push({
            kind: 'CreateInstanceProfile',
            instanceProfileName: roleName,
            path: desired.path,
            tags: ownershipTags(desired)
        });
        operations.push({ kind: 'AddRoleToInstanceProfile', instanceProfileName: roleName, roleName });
    }
    else if (change.instanceProfile) {
        operations.push({ kind: 'RemoveRoleFromInstanceProfile', instanceProfileName: roleName, roleName });
        operations.push({ kind: 'DeleteInstanceProfile', instanceProfileName: roleName });
    }
}
/**
 * An inline policy from `before` to `after` (either absent) in two steps: narrowed to what both
 * allow (with every Deny of both) before the trust updates, then the new document after them.
 * Either step is left out when it changes nothing.
 */
function inlineTransition(roleName, policyName, before, after, operations) {
    const middle = intermediateDocument(before, after);
    let current = before;
    if (!before || !sameStatements(middle, before)) {
        current = isEmpty(middle) ? undefined : middle;
        if (current)
            operations.push({ kind: 'PutRolePolicy', roleName, policyName, document: middle, stage: 'revoke' });
        else if (before)
            operations.push({ kind: 'DeleteRolePolicy', roleName, policyName, stage: 'revoke' });
    }
    if (after) {
        if (!current || !sameStatements(current, after))
            operations.push({ kind: 'PutRolePolicy', roleName, policyName, document: after });
    }
    else if (current)
        operations.push({ kind: 'DeleteRolePolicy', roleName, policyName });
}
function ownershipTags(resource) {
    const value = resource.tags[state/* OWNERSHIP_TAG */.B];
    return value === undefined ? {} : { [state/* OWNERSHIP_TAG */.B]: value };
}
function createRole(role, operations) {
    const create = {
        kind: 'CreateRole',
        roleName: role.name,
        path: role.path,
        description: role.description,
        maxSessionDuration: role.maxSessionDuration,
        trustPolicy: role.trustPolicy,
        tags: role.tags
    };
    if (role.permissionsBoundary)
        create.permissionsBoundary = role.permissionsBoundary;
    operations.push(create);
    for (const [policyName, document] of Object.entries(role.inlinePolicies))
        inlineTransition(role.name, policyName, undefined, document, operations);
    for (const policyArn of role.managedPolicyArns)
        operations.push({ kind: 'AttachRolePolicy', roleName: role.name, policyArn });
    if (role.instanceProfile) {
        operations.push({
            kind: 'CreateInstanceProfile',
            instanceProfileName: role.name,
            path: role.path,
            tags: ownershipTags(role)
        });
        operations.push({ kind: 'AddRoleToInstanceProfile', instanceProfileName: role.name, roleName: role.name });
    }
}
function deleteRole(role, operations) {
    for (const policyArn of role.managedPolicyArns)
        operations.push({ kind: 'DetachRolePolicy', roleName: role.name, policyArn });
    for (const [policyName, document] of Object.entries(role.inlinePolicies))
        inlineTransition(role.name, policyName, document, undefined, operations);
    if (role.instanceProfile) {
        operations.push({
            kind: 'RemoveRoleFromInstanceProfile',
            instanceProfileName: role.name,
            roleName: role.name
        });
        operations.push({ kind: 'DeleteInstanceProfile', instanceProfileName: role.name });
    }
    operations.push({ kind: 'DeleteRole', roleName: role.name });
}
function planManagedPolicy(change, options, operations, conflicts, orphans, environment) {
    const live = change.before;
    const desired = change.after;
    if (change.change === 'unchanged')
        return;
    const guarded = protectionOf(options.protected, 'managed policy', (live ?? desired).name);
    if (guarded) {
        if (desired || options.prune)
            conflicts.push(protectedConflict(guarded, desired ? 'creates or changes' : 'deletes'));
        return;
    }
    if (!live && desired) {
        operations.push({
            kind: 'CreatePolicy',
            policyName: desired.name,
            path: desired.path,
            description: desired.description,
            document: desired.document,
            tags: desired.tags
        });
        return;
    }
    if (live && !desired) {
        if (ownerOf(live.tags, options.managedBy) !== 'us')
            return;
        orphans.push(`managed policy ${live.name}`);
        if (options.prune)
            deletePolicy(live, environment, operations, conflicts);
        return;
    }
    if (!live || !desired)
        return;
    const owner = ownerOf(live.tags, options.managedBy);
    if (owner !== 'us' && !(owner === 'nobody' && desired.adopt)) {
        conflicts.push(plan_ownershipConflict('managed policy', live.name, owner, live.tags));
        return;
    }
    if (change.documentChanged)
        policyVersions(live, desired.document, environment, operations);
    const tagsToSet = {
        ...change.tags.added,
        ...Object.fromEntries(Object.entries(change.tags.changed).map(([key, value]) => [key, value.after]))
    };
    if (Object.keys(tagsToSet).length > 0)
        operations.push({ kind: 'TagPolicy', policyArn: live.arn, tags: tagsToSet });
    if (Object.keys(change.tags.removed).length > 0)
        operations.push({ kind: 'UntagPolicy', policyArn: live.arn, tagKeys: Object.keys(change.tags.removed) });
}
/**
 * The new document of a customer managed policy, in as few versions as the access invariant
 * allows: only narrowing → one version before the trust updates; only widening → one after; both,
 * while a role attached to it gets new principals (trust, instance profile, a new role) or either
 * version holds a Deny → first a version with what both allow, then the new one; both otherwise →
 * one version together with the trust updates. Versions are deleted first as IAM's limit needs.
 */
function policyVersions(live, document, environment, operations) {
    const middle = intermediateDocument(live.document, document);
    // Roles that keep or get the policy and gain principals: new roles, new trust, a new instance profile.
    const newPrincipals = environment.roles.some(role => role.after?.managedPolicyArns.includes(live.arn) &&
        (role.change === 'added' || role.trustPolicyChanged || role.instanceProfile?.after === true));
    const steps = sameStatements(middle, document)
        ? [{ document, stage: 'revoke' }]
        : sameStatements(middle, live.document)
            ? [{ document }]
            : newPrincipals || hasDeny(live.document) || hasDeny(document)
                ? [
                    { document: isEmpty(middle) ? { ...middle, Statement: [NOTHING] } : middle, stage: 'revoke' },
                    { document }
                ]
                : [{ document, stage: 'switch' }];
    let versions = [...(live.live?.versionIds ?? [])];
    let defaultVersion = live.live?.defaultVersionId;
    steps.forEach((step, index) => {
        if (versions.length >= MAX_POLICY_VERSIONS) {
            const oldest = oldestNonDefault(versions, defaultVersion);
            if (oldest) {
                operations.push({
                    kind: 'DeletePolicyVersion',
                    policyArn: live.arn,
                    versionId: oldest,
                    ...(step.stage === 'revoke' ? { stage: step.stage } : {})
                });
                versions = versions.filter(id => id !== oldest);
            }
        }
        operations.push({
            kind: 'CreatePolicyVersion',
            policyArn: live.arn,
            document: step.document,
            ...(step.stage ? { stage: step.stage } : {})
        });
        // The version this step creates becomes the default; it is never the oldest to delete.
        defaultVersion = `created-${index}`;
        versions = [...versions, defaultVersion];
    });
}
/** Version ids are v1, v2, ...: the lowest number that is not the default is the oldest. */
function oldestNonDefault(versionIds, defaultVersionId) {
    return versionIds
        .filter(id => id !== defaultVersionId && /^v\d+/.test(id))
        .sort((a, b) => Number(a.replace(/\D/g, '')) - Number(b.replace(/\D/g, '')))[0];
}
function deletePolicy(policy, environment, operations, conflicts) {
    const detachedHere = environment.roles.filter(role => role.before?.managedPolicyArns.includes(policy.arn) &&
        !role.after?.managedPolicyArns.includes(policy.arn)).length;
    const attachments = policy.live?.attachmentCount ?? 0;
    if (attachments > detachedHere) {
        conflicts.push({
            resource: `managed policy ${policy.name}`,
            reason: `it is still attached to ${attachments - detachedHere} entity(ies) RoleGate does not manage; detach it there first`
        });
        return;
    }
    for (const versionId of policy.live?.versionIds ?? []) {
        if (versionId !== policy.live?.defaultVersionId)
            operations.push({ kind: 'DeletePolicyVersion', policyArn: policy.arn, versionId });
    }
    operations.push({ kind: 'DeletePolicy', policyArn: policy.arn });
}

// EXTERNAL MODULE: ./src/aws/read-live.ts
var read_live = __webpack_require__(8660);
;// CONCATENATED MODULE: ./src/aws/reconcile.ts
/**
 * A create that meets an existing resource ("EntityAlreadyExists") is a conflict, never a success:
 * the live read did not see the resource (IAM's eventual consistency, a crashed run whose answer
 * was lost, someone creating the same name while the deploy runs, an IAM implementation whose read
 * omits it). RoleGate re-reads the resource and plans it again with the planner's own rules: owned
 * (or unowned with `adopt: true`) → the operations that make it match the definition; anyone
 * else's → refused, nothing put on it, nothing attached to it.
 */





/** The create was not made and the resource is not RoleGate's to change: the run stops. */
class ConflictRefused extends Error {
    name = 'ConflictRefused';
}
const lower = (name) => name.toLowerCase();
/**
 * Re-reads the resource `create` met and plans it again. `wait` polls `read` while IAM does not
 * show it yet (undefined: gave up). Throws ConflictRefused when RoleGate must not touch it.
 */
async function reconcileExisting(client, create, context, wait) {
    const what = create.kind === 'CreateRole'
        ? `role ${create.roleName}`
        : create.kind === 'CreatePolicy'
            ? `managed policy ${create.policyName}`
            : `instance profile ${create.instanceProfileName}`;
    const untouched = create.kind === 'CreateRole'
        ? 'put nothing on it and attached nothing to it'
        : create.kind === 'CreatePolicy'
            ? 'did not change it and attached it to nothing'
            : 'added no role to it';
    const refuse = (found) => new ConflictRefused(`creating ${what}: IAM answered EntityAlreadyExists, and ${found}. RoleGate did not count the create as done, ${untouched}, and stopped the deploy`);
    if (create.kind === 'CreateInstanceProfile')
        return instanceProfile(client, create, context, wait, refuse);
    if (!context)
        throw refuse('RoleGate has no definition to compare it with');
    const { desired } = context;
    const role = create.kind === 'CreateRole'
        ? desired.roles.find(item => lower(item.name) === lower(create.roleName))
        : undefined;
    const policy = create.kind === 'CreatePolicy'
        ? desired.managedPolicies.find(item => lower(item.name) === lower(create.policyName))
        : undefined;
    if (!role && !policy)
        throw refuse('its definition is not in this deploy');
    const subset = {
        ...desired,
        roles: role ? [role] : [],
        managedPolicies: policy ? [policy] : []
    };
    const live = await wait(async () => {
        const state = await (0,read_live/* readLiveEnvironment */.U)(client, {
            desired: subset,
            managedBy: context.plan.managedBy,
            namePrefix: ''
        });
        const roles = role ? state.roles.filter(item => lower(item.name) === lower(role.name)) : [];
        const managedPolicies = policy
            ? state.managedPolicies.filter(item => lower(item.name) === lower(policy.name))
            : [];
        return roles.length + managedPolicies.length > 0 ? { ...state, roles, managedPolicies } : undefined;
    });
    if (!live)
        throw refuse('it cannot be read yet (IAM is eventually consistent, or someone else is creating it right now). Find out who created it; once it is visible, a re-run applies the ownership rules to it');
    const change = (0,compare/* compareEnvironment */.dc)({ ...live, customerPolicyArns: undefined }, subset);
    const plan = planEnvironment(change, { ...context.plan, livePolicyArns: undefined });
    if (plan.conflicts.length > 0) {
        throw refuse(plan.conflicts.map(conflict => conflict.reason).join('; '));
    }
    const found = (live.roles[0] ?? live.managedPolicies[0]).tags[state/* OWNERSHIP_TAG */.B];
    const owner = found === undefined ? 'without an ownership tag, adopted as its definition says' : `owned by ${found}`;
    return {
        operations: plan.operations,
        note: `${what} already existed (${owner}), though the live read did not show it: re-read it and reconciled it with ${plan.operations.length} operation(s) instead of creating it`
    };
}
async function instanceProfile(client, create, context, wait, refuse) {
    const profile = await wait(async () => {
        try {
            return (await client.send(new dist_cjs/* GetInstanceProfileCommand */.Qa4({ InstanceProfileName: create.instanceProfileName }))).InstanceProfile;
        }
        catch (error) {
            if (error.name?.startsWith('NoSuchEntity'))
                return undefined;
            throw error;
        }
    });
    if (!profile)
        throw refuse('it cannot be read yet (IAM is eventually consistent); a re-run checks it again');
    const owner = profile.Tags?.find(tag => tag.Key === state/* OWNERSHIP_TAG */.B)?.Value;
    const managedBy = context?.plan.managedBy ?? create.tags[state/* OWNERSHIP_TAG */.B];
    if (owner === undefined || owner !== managedBy)
        throw refuse(owner === undefined
            ? `it has no ${state/* OWNERSHIP_TAG */.B} tag: RoleGate did not create it, and adding a role to it would let whoever launches instances with it use the role. Delete or rename it`
            : `it is managed by ${owner}, not by this repository`);
    const others = (profile.Roles ?? []).filter(item => lower(item.RoleName ?? '') !== lower(create.instanceProfileName));
    if (others.length > 0)
        throw refuse(`it already holds role ${others.map(item => item.RoleName).join(', ')}; remove that role from it first`);
    return {
        operations: [],
        note: `instance profile ${create.instanceProfileName} already existed (owned by ${owner}): kept it`
    };
}

;// CONCATENATED MODULE: ./src/aws/apply.ts
/**
 * Applies a plan: phase by phase, operations within a phase with bounded concurrency. The SDK
 * retries throttling and 5xx; on top of that, IAM's eventual consistency ("Invalid principal"
 * right after the referenced role was created, NoSuchEntity right after a create) is retried with
 * backoff for up to ~2 minutes. The first failure stops further changes; the result says exactly
 * what was and was not applied, and a re-run converges because every operation is idempotent.
 */



const DEFAULT_APPLY_OPTIONS = {
    concurrency: 4,
    consistencyTimeoutMs: 120_000,
    consistencyBackoffMs: 1_000
};
const tagList = (tags) => Object.entries(tags).map(([Key, Value]) => ({ Key, Value }));
const json = (document) => JSON.stringify(document);
async function send(client, operation) {
    switch (operation.kind) {
        case 'CreatePolicy':
            await client.send(new dist_cjs/* CreatePolicyCommand */.Mrm({
                PolicyName: operation.policyName,
                Path: operation.path,
                Description: operation.description || undefined,
                PolicyDocument: json(operation.document),
                Tags: tagList(operation.tags)
            }));
            return;
        case 'CreatePolicyVersion':
            await client.send(new dist_cjs/* CreatePolicyVersionCommand */.WZZ({
                PolicyArn: operation.policyArn,
                PolicyDocument: json(operation.document),
                SetAsDefault: true
            }));
            return;
        case 'DeletePolicyVersion':
            await client.send(new dist_cjs/* DeletePolicyVersionCommand */.$Pb({ PolicyArn: operation.policyArn, VersionId: operation.versionId }));
            return;
        case 'TagPolicy':
            await client.send(new dist_cjs/* TagPolicyCommand */.ynn({ PolicyArn: operation.policyArn, Tags: tagList(operation.tags) }));
            return;
        case 'UntagPolicy':
            await client.send(new dist_cjs/* UntagPolicyCommand */.T36({ PolicyArn: operation.policyArn, TagKeys: operation.tagKeys }));
            return;
        case 'CreateRole':
            await client.send(new dist_cjs/* CreateRoleCommand */.IS({
                RoleName: operation.roleName,
                Path: operation.path,
                Description: operation.description || undefined,
                MaxSessionDuration: operation.maxSessionDuration,
                AssumeRolePolicyDocument: json(operation.trustPolicy),
                PermissionsBoundary: operation.permissionsBoundary,
                Tags: tagList(operation.tags)
            }));
            return;
        case 'UpdateAssumeRolePolicy':
            await client.send(new dist_cjs/* UpdateAssumeRolePolicyCommand */.tuH({
                RoleName: operation.roleName,
                PolicyDocument: json(operation.trustPolicy)
            }));
            return;
        case 'UpdateRole':
            await client.send(new dist_cjs/* UpdateRoleCommand */.TR7({
                RoleName: operation.roleName,
                Description: operation.description,
                MaxSessionDuration: operation.maxSessionDuration
            }));
            return;
        case 'PutRolePermissionsBoundary':
            await client.send(new dist_cjs/* PutRolePermissionsBoundaryCommand */.fly({
                RoleName: operation.roleName,
                PermissionsBoundary: operation.permissionsBoundary
            }));
            return;
        case 'DeleteRolePermissionsBoundary':
            await client.send(new dist_cjs/* DeleteRolePermissionsBoundaryCommand */.laB({ RoleName: operation.roleName }));
            return;
        case 'TagRole':
            await client.send(new dist_cjs/* TagRoleCommand */.Wcv({ RoleName: operation.roleName, Tags: tagList(operation.tags) }));
            return;
        case 'UntagRole':
            await client.send(new dist_cjs/* UntagRoleCommand */.Hmm({ RoleName: operation.roleName, TagKeys: operation.tagKeys }));
            return;
        case 'PutRolePolicy':
            await client.send(new dist_cjs/* PutRolePolicyCommand */.pMt({
                RoleName: operation.roleName,
                PolicyName: operation.policyName,
                PolicyDocument: json(operation.document)
            }));
            return;
        case 'DeleteRolePolicy':
            await client.send(new dist_cjs/* DeleteRolePolicyCommand */.Tt({ RoleName: operation.roleName, PolicyName: operation.policyName }));
            return;
        case 'AttachRolePolicy':
            await client.send(new dist_cjs/* AttachRolePolicyCommand */.XgU({ RoleName: operation.roleName, PolicyArn: operation.policyArn }));
            return;
        case 'DetachRolePolicy':
            await client.send(new dist_cjs/* DetachRolePolicyCommand */.BA7({ RoleName: operation.roleName, PolicyArn: operation.policyArn }));
            return;
        case 'CreateInstanceProfile':
            await client.send(new dist_cjs/* CreateInstanceProfileCommand */.cNz({
                InstanceProfileName: operation.instanceProfileName,
                Path: operation.path,
                Tags: tagList(operation.tags)
            }));
            return;
        case 'AddRoleToInstanceProfile':
            await client.send(new dist_cjs/* AddRoleToInstanceProfileCommand */.KqH({
                InstanceProfileName: operation.instanceProfileName,
                RoleName: operation.roleName
            }));
            return;
        case 'RemoveRoleFromInstanceProfile':
            await client.send(new dist_cjs/* RemoveRoleFromInstanceProfileCommand */.ScF({
                InstanceProfileName: operation.instanceProfileName,
                RoleName: operation.roleName
            }));
            return;
        case 'DeleteInstanceProfile':
            await client.send(new dist_cjs/* DeleteInstanceProfileCommand */.Dys({ InstanceProfileName: operation.instanceProfileName }));
            return;
        case 'DeleteRole':
            await client.send(new dist_cjs/* DeleteRoleCommand */.$kI({ RoleName: operation.roleName }));
            return;
        case 'DeletePolicy':
            await client.send(new dist_cjs/* DeletePolicyCommand */.Z6J({ PolicyArn: operation.policyArn }));
            return;
    }
}
/**
 * Errors that mean "already done": an earlier attempt (or a crashed run) applied it. Accepting
 * them is what makes a re-run converge instead of failing on its own partial work.
 */
function alreadyApplied(operation, error) {
    if (error.name === 'NoSuchEntityException' || error.name === 'NoSuchEntity') {
        return [
            'DeleteRole',
            'DeletePolicy',
            'DeletePolicyVersion',
            'DeleteRolePolicy',
            'DetachRolePolicy',
            'DeleteInstanceProfile',
            'RemoveRoleFromInstanceProfile',
            'DeleteRolePermissionsBoundary'
        ].includes(operation.kind);
    }
    return false;
}
function alreadyExists(operation, error) {
    return ((error.name === 'EntityAlreadyExistsException' || error.name === 'EntityAlreadyExists') &&
        (operation.kind === 'CreateRole' ||
            operation.kind === 'CreatePolicy' ||
            operation.kind === 'CreateInstanceProfile'));
}
/** An instance profile holds one role: LimitExceeded is "done" only when that role is ours. */
async function profileHoldsRole(client, operation) {
    const profile = await client.send(new dist_cjs/* GetInstanceProfileCommand */.Qa4({ InstanceProfileName: operation.instanceProfileName }));
    const roles = (profile.InstanceProfile?.Roles ?? []).map(role => role.RoleName ?? '');
    if (!roles.some(role => role.toLowerCase() === operation.roleName.toLowerCase()))
        throw new ConflictRefused(`adding ${operation.roleName} to instance profile ${operation.instanceProfileName}: it already holds ${roles.join(', ') || 'another role'}; remove that role from it first`);
}
/** Role names in an "Invalid principal" message: `... "AWS":"arn:aws:iam::123456789012:role/path/name"`. */
function principalRoles(message) {
    return [...message.matchAll(/:iam::\d{12}:role\/(?:[^"\s]*\/)?([\w+=,.@-]+)/g)].map(match => match[1].toLowerCase());
}
/**
 * IAM is eventually consistent: what this run just created may not be visible to the next call
 * yet. Anything else (a managed policy that does not exist, a typo'd principal) fails at once.
 */
function eventuallyConsistent(operation, error, created) {
    const name = error.name ?? '';
    const message = error.message ?? '';
    if (/MalformedPolicyDocument/.test(name) && /invalid principal/i.test(message)) {
        // A trust naming a role of this run: created moments ago, or being created by another worker now.
        const roles = principalRoles(message);
        return roles.length > 0 ? roles.some(role => created.plannedRoles.has(role)) : created.any;
    }
    if (!/NoSuchEntity/.test(name))
        return false;
    // The message names what is missing: retry only when that is something this run created.
    const missing = [...created.roles, ...created.policies].filter(created => message.includes(created));
    if (missing.length > 0)
        return true;
    return (!/policy|role|profile/i.test(message) && 'roleName' in operation && created.roles.has(operation.roleName));
}
function recordCreated(operation, created) {
    if (operation.kind === 'CreateRole')
        created.roles.add(operation.roleName);
    else if (operation.kind === 'CreatePolicy')
        created.policies.add(operation.policyName);
    else
        return;
    created.any = true;
}
const sleep = (ms) => new Promise(resolve => setTimeout(resolve, ms));
/** Polls `read` with the consistency backoff until it finds something, the deadline passes or the run stops. */
function waiter(options, stopped) {
    return async (read) => {
        const deadline = Date.now() + options.consistencyTimeoutMs;
        let delay = options.consistencyBackoffMs;
        for (;;) {
            const found = await read();
            if (found !== undefined || Date.now() + delay > deadline || stopped())
                return found;
            await sleep(delay);
            delay = Math.min(delay * 2, 10_000);
        }
    };
}
/** Applies one operation; a create that met an existing resource returns its reconciliation instead. */
async function applyOne(client, operation, options, created, 
/** The run has already failed: waiting for IAM to catch up is pointless. */
stopped) {
    const deadline = Date.now() + options.consistencyTimeoutMs;
    let delay = options.consistencyBackoffMs;
    for (;;) {
        try {
            await send(client, operation);
            return undefined;
        }
        catch (error) {
            const failure = error;
            if (alreadyApplied(operation, failure))
                return undefined;
            if (alreadyExists(operation, failure))
                return reconcileExisting(client, operation, options.reconcile, waiter(options, stopped));
            if (operation.kind === 'AddRoleToInstanceProfile' &&
                (failure.name === 'LimitExceededException' || failure.name === 'LimitExceeded')) {
                await profileHoldsRole(client, operation);
                return undefined;
            }
            if (!eventuallyConsistent(operation, failure, created) || Date.now() + delay > deadline || stopped())
                throw error;
            await sleep(delay);
            delay = Math.min(delay * 2, 10_000);
        }
    }
}
/** Role and instance profile names (lower case) an operation concerns. */
function subjectsOf(operation) {
    const names = [];
    if ('roleName' in operation)
        names.push(operation.roleName.toLowerCase());
    if ('instanceProfileName' in operation)
        names.push(operation.instanceProfileName.toLowerCase());
    return names;
}
async function applyPlan(client, operations, options = DEFAULT_APPLY_OPTIONS) {
    const applied = [];
    const reconciled = [];
    /** Roles reconciled as a whole: the rest of the plan's operations on them are already covered. */
    const superseded = new Set();
    let failed;
    const remaining = new Set(operations);
    const plannedRoles = new Set(operations.flatMap(operation => operation.kind === 'CreateRole' ? [operation.roleName.toLowerCase()] : []));
    const created = { roles: new Set(), policies: new Set(), any: false, plannedRoles };
    for (let phase = 0; phase < PHASES.length && !failed; phase++) {
        const queue = operations.filter(operation => phaseOf(operation) === phase);
        const workers = Array.from({ length: Math.max(1, Math.min(options.concurrency, queue.length)) }, async () => {
            while (!failed) {
                const operation = queue.shift();
                if (!operation)
                    return;
                remaining.delete(operation);
                if (subjectsOf(operation).some(name => superseded.has(name)))
                    continue;
                const stopped = () => failed !== undefined;
                try {
                    const reconciliation = await applyOne(client, operation, options, created, stopped);
                    if (!reconciliation) {
                        recordCreated(operation, created);
                        applied.push(operation);
                        options.onApplied?.(operation);
                        continue;
                    }
                    if (operation.kind === 'CreateRole')
                        superseded.add(operation.roleName.toLowerCase());
                    for (const step of reconciliation.operations) {
                        if (stopped())
                            throw new Error(`stopped before reconciling ${describeOperation(step)}`);
                        const nested = await applyOne(client, step, options, created, stopped);
                        if (nested)
                            options.onNote?.(nested.note);
                        applied.push(step);
                        options.onApplied?.(step);
                    }
                    reconciled.push(reconciliation.note);
                    options.onNote?.(reconciliation.note);
                }
                catch (error) {
                    failed ??= {
                        operation,
                        ...(error instanceof ConflictRefused
                            ? { error: error.message, refused: true }
                            : {
                                error: `${describeOperation(operation)}: ${error.name}: ${error.message}`
                            })
                    };
                }
            }
        });
        await Promise.all(workers);
    }
    return {
        applied,
        reconciled,
        ...(failed ? { failed } : {}),
        notAttempted: operations.filter(operation => remaining.has(operation))
    };
}

// EXTERNAL MODULE: ./src/aws/credentials.ts
var aws_credentials = __webpack_require__(6963);
// EXTERNAL MODULE: ./src/compare/model.ts
var model = __webpack_require__(1830);
// EXTERNAL MODULE: ./src/definitions/schema.ts
var schema = __webpack_require__(7335);
// EXTERNAL MODULE: ./src/policy/wildcard.ts
var wildcard = __webpack_require__(2930);
;// CONCATENATED MODULE: ./src/github/deploy-guard.ts


function isPullRequestEvent(eventName) {
    // pull_request, pull_request_target, pull_request_review, pull_request_review_comment: unmerged code.
    return eventName.startsWith('pull_request');
}
/** The refs deploy accepts and where that list comes from, for messages. */
function refRule(settings, defaultBranch) {
    if (settings?.refs)
        return { patterns: settings.refs, source: 'rolegate.yml deploy.refs' };
    if (defaultBranch)
        return {
            patterns: [`refs/heads/${defaultBranch}`],
            source: "the repository's default branch (set deploy.refs in rolegate.yml to allow other refs)"
        };
    return undefined;
}
/**
 * Why deploy must not run in this context, or undefined when it may. `subject` says whose values
 * these are ("this run", "the OIDC token").
 */
function deployContextRefusal(context, settings, subject = 'this run') {
    const { eventName, ref } = context;
    if (!eventName)
        return `refusing to deploy: ${subject} names no GitHub event (GITHUB_EVENT_NAME is empty), so RoleGate cannot tell what triggered it; the action deploys only inside a workflow run triggered by ${allowedEvents(settings).join(', ')}`;
    if (isPullRequestEvent(eventName))
        return `refusing to deploy on a ${eventName} event: pull requests run unreviewed code; deploy from "push" to the default branch or "workflow_dispatch", in a job bound to the environment`;
    const events = allowedEvents(settings);
    if (!events.includes(eventName)) {
        const source = settings?.events
            ? 'rolegate.yml deploy.events'
            : 'the default; set deploy.events in rolegate.yml to change it';
        return `refusing to deploy on a ${eventName} event: RoleGate deploys only on ${events.join(', ')} (${source}); ${eventHint(eventName)}`;
    }
    if (!ref)
        return `refusing to deploy on a ${eventName} event: ${subject} names no git ref (GITHUB_REF is empty), so RoleGate cannot tell what is being deployed`;
    const rule = refRule(settings, context.defaultBranch);
    if (!rule)
        return `refusing to deploy from ${ref}: the event payload does not name the repository's default branch and rolegate.yml has no deploy.refs; list the refs that may deploy there, e.g. deploy: { refs: [refs/heads/main] }`;
    if (!rule.patterns.some(pattern => (0,wildcard/* wildcardMatch */.UF)(pattern, ref, false)))
        return `refusing to deploy from ${ref} (${eventName} event): deploy runs only from ${rule.patterns.join(', ')}, ${rule.source}; merge the change into an allowed ref, or add this ref to deploy.refs`;
    return undefined;
}
function allowedEvents(settings) {
    return settings?.events ?? [...schema/* DEFAULT_DEPLOY_EVENTS */.GA];
}
function eventHint(eventName) {
    switch (eventName) {
        case 'issue_comment':
            return 'a comment on a pull request runs on the default branch for anyone who may comment, not for a reviewed merge';
        case 'workflow_run':
            return 'workflow_run runs with the default branch and write access after workflows that a fork pull request can trigger';
        case 'merge_group':
            return 'a merge queue group is not merged yet';
        default:
            return 'run deploy from "push" to the default branch, "workflow_dispatch" or "schedule"';
    }
}
/**
 * The token GitHub issued to this job must describe the same run as the runner's environment, and
 * that run must pass the same guard: a mismatch means the environment variables or the event file
 * were tampered with, or the job is not what it claims to be.
 */
function claimsRefusal(claims, context, settings) {
    const mismatch = (claim, token, run) => `refusing to deploy: the job's OIDC token says ${claim}=${JSON.stringify(token ?? '')}, but this run says ${JSON.stringify(run ?? '')}; the token GitHub issued to the job decides, and it does not describe this run`;
    if (context.repository && (claims.repository ?? '').toLowerCase() !== context.repository.toLowerCase())
        return mismatch('repository', claims.repository, context.repository);
    if (claims.event_name !== context.eventName)
        return mismatch('event_name', claims.event_name, context.eventName);
    if (claims.ref !== context.ref)
        return mismatch('ref', claims.ref, context.ref);
    const refType = claims.ref?.startsWith('refs/tags/')
        ? 'tag'
        : claims.ref?.startsWith('refs/heads/')
            ? 'branch'
            : undefined;
    if (claims.ref_type !== undefined && claims.ref_type !== refType)
        return `refusing to deploy: the job's OIDC token says ref_type=${JSON.stringify(claims.ref_type)} for ref ${JSON.stringify(claims.ref)}; a token whose ref is not a ${claims.ref_type} cannot deploy`;
    return deployContextRefusal({ ...context, eventName: claims.event_name ?? '', ref: claims.ref ?? '' }, settings, "the job's OIDC token");
}
/** GitHub compares environment names case-insensitively; so does RoleGate. */
function sameEnvironment(a, b) {
    return a !== undefined && a.toLowerCase() === b.toLowerCase();
}

// EXTERNAL MODULE: ./src/fs/project-files.ts
var project_files = __webpack_require__(440);
// EXTERNAL MODULE: ./src/plan/digest.ts
var plan_digest = __webpack_require__(1147);
// EXTERNAL MODULE: ./src/report/diff-report.ts
var diff_report = __webpack_require__(3170);
// EXTERNAL MODULE: ./src/report/report.ts
var report = __webpack_require__(8850);
// EXTERNAL MODULE: ./src/commands/analyze.ts
var analyze = __webpack_require__(8914);
;// CONCATENATED MODULE: ./src/commands/deploy.ts
/**
 * plan, deploy and drift: read live IAM, compare it with the definitions through the same
 * engine as the PR diff, plan operations, and (deploy) apply them. Credentials come from the
 * entry point (OIDC in the action, the standard chain in the CLI) after the guards it owns.
 */

















async function runDeploy(options) {
    const log = options.log ?? (() => { });
    const group = options.group ??
        ((title, body) => {
            log(title);
            return body();
        });
    const analysis = await (0,analyze.analyze)(options);
    const base = {
        ...(0,report.baseReport)(options.mode, analysis.configFile, analysis.environmentNames, analysis.findings, analysis.suppressions)
    };
    if (!analysis.config)
        throw new project_files/* UsageError */.eb(configRefusal(options.mode, analysis));
    if (options.mode === 'deploy' && options.run) {
        const refusal = deployContextRefusal(options.run, analysis.config.deploy);
        if (refusal)
            throw new project_files/* UsageError */.eb(refusal);
    }
    const failures = loadFailures(analysis);
    if (failures.length > 0) {
        // Whatever fail-on and prune say: a file that did not load may have defined anything, so a
        // plan from the rest would update, detach or delete what nobody asked to change.
        return { report: base, exitCode: 1, refusal: loadRefusal(options, failures, analysis.configFile) };
    }
    if ((0,report.findingsExitCode)((0,report.summarize)(blockingFindings(analysis.findings)), options.failOn ?? 'error') !== 0) {
        // Fail closed: definitions with errors render to something nobody reviewed as such.
        return { report: base, exitCode: 1 };
    }
    const environmentConfig = analysis.config.environments[options.environment];
    const desired = analysis.state.environments[options.environment];
    const managedBy = (0,analyze.ownershipValue)(analysis.config, options.managedBy, options.workspace);
    const credentials = await options.credentials(environmentConfig, analysis.config.deploy);
    const callerArn = await (0,aws_credentials/* verifyAccount */.P0)(credentials, environmentConfig.region, environmentConfig.account, options.environment, options.mode);
    log(`Acting as ${callerArn} in account ${environmentConfig.account} (${options.environment}).`);
    // 10 attempts for IAM unless the standard AWS_MAX_ATTEMPTS says otherwise (the SDK then reads it).
    const maxAttempts = process.env.AWS_MAX_ATTEMPTS ? {} : { maxAttempts: 10 };
    const client = new dist_cjs/* IAMClient */.h8v({
        region: environmentConfig.region,
        ...maxAttempts,
        ...(credentials ? { credentials } : {})
    });
    try {
        const prefix = (0,render/* namePrefix */.w8)({
            config: analysis.config,
            variables: (0,render/* environmentVariables */.ro)(analysis.config, options.environment)
        });
        log(`Reading live IAM of ${options.environment} (account ${environmentConfig.account}): the ${desired.roles.length} defined role(s) and ${desired.managedPolicies.length} managed policy(ies), and what ${managedBy} owns${prefix ? ` under the name prefix ${prefix}` : ''}...`);
        const live = await (0,read_live/* readLiveEnvironment */.U)(client, { desired, managedBy, namePrefix: prefix });
        log(`Live IAM read: ${live.roles.length} role(s) and ${live.managedPolicies.length} managed policy(ies) concern this project.`);
        const change = (0,compare/* compareEnvironment */.dc)(live, desired);
        const planOptions = {
            account: environmentConfig.account,
            managedBy,
            prune: options.prune ?? false,
            livePolicyArns: live.customerPolicyArns,
            protected: protectedResources({ config: analysis.config, environment: options.environment, callerArn }),
            ownership: {
                repository: process.env.GITHUB_REPOSITORY,
                acknowledgement: analysis.config.managedByAcknowledgement
            }
        };
        const plan = planEnvironment(change, planOptions);
        const digest = (0,plan_digest/* planDigest */.G)(plan);
        const planReport = {
            environment: options.environment,
            account: environmentConfig.account,
            callerArn,
            digest,
            operations: plan.operations.map(operation => ({
                kind: operation.kind,
                description: describeOperation(operation)
            })),
            conflicts: plan.conflicts,
            orphans: plan.orphans
        };
        const report = {
            ...base,
            environments: (0,diff_report/* environmentsReport */.V)({ environments: { [options.environment]: change }, caveats: model/* CAVEATS */._ }),
            plan: planReport
        };
        await logPlan(plan, digest, log, group);
        if (options.mode === 'drift')
            planReport.drift = driftItems((0,compare/* compareEnvironment */.dc)(desired, live), plan, managedBy, desired);
        if (options.mode === 'deploy' && options.planDigest !== undefined && options.planDigest !== digest) {
            return {
                report,
                change,
                plan,
                exitCode: 1,
                refusal: `refusing to deploy ${options.environment}: live IAM or the definitions changed since the plan was reviewed (the plan now has digest ${digest}, plan-digest is ${options.planDigest}); nothing was changed. Run plan again, review its summary, and deploy with its digest`
            };
        }
        if (options.mode === 'plan' || options.mode === 'drift' || options.dryRun) {
            const drifted = plan.operations.length > 0 || plan.conflicts.length > 0;
            return { report, change, plan, exitCode: options.mode === 'drift' && drifted ? 1 : 0 };
        }
        if (plan.conflicts.length > 0) {
            return { report, change, plan, exitCode: 1 };
        }
        const total = plan.operations.length;
        let done = 0;
        const applyOptions = {
            ...DEFAULT_APPLY_OPTIONS,
            ...options.apply,
            onApplied: operation => log(`[${++done}/${total}] applied: ${describeOperation(operation)}`),
            onNote: log,
            reconcile: { desired, plan: planOptions }
        };
        const applyResult = total === 0
            ? await applyPlan(client, plan.operations, applyOptions)
            : await group(`Applying ${total} operation(s) to ${options.environment}`, () => applyPlan(client, plan.operations, applyOptions));
        log(applyResult.failed
            ? `Stopped after ${applyResult.applied.length}/${total} operation(s): ${describeOperation(applyResult.failed.operation)} failed; ${applyResult.notAttempted.length} not attempted.`
            : `Applied ${applyResult.applied.length}/${total} operation(s) to ${options.environment}.`);
        planReport.applied = applyResult.applied.map(describeOperation);
        planReport.notAttempted = applyResult.notAttempted.map(describeOperation);
        if (applyResult.failed)
            planReport.failed = {
                operation: describeOperation(applyResult.failed.operation),
                error: applyResult.failed.error,
                ...(applyResult.failed.refused ? { refused: true } : {})
            };
        // Only a complete deploy vouches for every ARN.
        if (!applyResult.failed)
            planReport.roles = Object.fromEntries(desired.roles.map(role => [role.logicalName ?? role.name, role.arn]));
        return { report, change, plan, applyResult, exitCode: applyResult.failed ? 1 : 0 };
    }
    finally {
        client.destroy();
    }
}
/** The plan, before anything is applied: a one-line count and the operations in a group. */
async function logPlan(plan, digest, log, group) {
    const total = plan.operations.length;
    log(`Plan for ${plan.environment}: ${total} operation(s), ${plan.conflicts.length} conflict(s), ${plan.orphans.length} orphan(s); digest ${digest}`);
    if (total === 0)
        return;
    await group(`Plan: ${total} operation(s)`, async () => {
        plan.operations.forEach((operation, index) => log(`${index + 1}/${total} ${describeOperation(operation)}`));
    });
}
/**
 * Definition files that did not load (unreadable, not YAML/JSON, not the RoleGate format), and a
 * definitions glob that matched nothing: findings of the `schema` rule from loading, whatever
 * severity rolegate.yml gives that rule. A file that holds only comments defines nothing on purpose.
 */
function loadFailures(analysis) {
    const files = [...(analysis.files ?? new Map())];
    if (files.length === 0) {
        const glob = analysis.findings.find(finding => finding.rule === 'schema' && finding.file === analysis.configFile);
        return [
            glob ?? {
                rule: 'schema',
                severity: 'error',
                message: 'the definitions globs match no file',
                file: analysis.configFile
            }
        ];
    }
    return files.flatMap(([, loaded]) => loaded.text !== undefined && isBlankYaml(loaded.text)
        ? []
        : loaded.findings.filter(finding => finding.rule === 'schema'));
}
function isBlankYaml(text) {
    return text.split(/\r?\n/).every(line => /^\s*(#.*)?$/.test(line) || /^(---|\.\.\.)\s*(#.*)?$/.test(line));
}
function where(finding) {
    return [finding.file ?? '', finding.line, finding.column].filter(part => part !== undefined).join(':');
}
const LISTED_FAILURES = 5;
function loadRefusal(options, failures, configFile) {
    if (failures.every(finding => finding.file === configFile))
        return `refusing to ${options.mode} ${options.environment}: no definition file matches the definitions globs of ${configFile} (${failures.map(finding => `${where(finding)}: ${finding.message}`).join('; ')}), and RoleGate does not ${options.mode} an empty set of definitions; fix the globs or add the files`;
    const files = new Set(failures.map(finding => finding.file));
    const listed = failures.slice(0, LISTED_FAILURES).map(finding => `${where(finding)}: ${finding.message}`);
    if (failures.length > LISTED_FAILURES)
        listed.push(`and ${failures.length - LISTED_FAILURES} more`);
    return `refusing to ${options.mode} ${options.environment}: ${files.size} definition file(s) failed to load, so RoleGate cannot tell what they define and changes nothing, whatever fail-on and prune say. ${listed.join('; ')}. Fix the file(s) ("rolegate validate" shows every problem) and run ${options.mode} again`;
}
function configRefusal(mode, analysis) {
    const first = analysis.findings.find(finding => finding.file === analysis.configFile) ?? analysis.findings[0];
    const detail = first ? ` (${where(first)}: ${first.message})` : '';
    return `refusing to ${mode}: ${analysis.configFile} is invalid${detail}; run "rolegate validate" and fix it first`;
}
/**
 * Drift from the definitions' point of view (definitions → live), so "broadens" means live IAM
 * allows more than was reviewed. A defined name held by someone else is `not-owned`, once: what
 * such a look-alike allows is not a change to the reviewed role.
 */
function driftItems(change, plan, managedBy, desired) {
    const logicalNames = new Map(desired.roles.map(role => [role.name, role.logicalName ?? role.name]));
    const grants = desired.timeBoundGrants ?? [];
    // An expired grant still live is drift too, but nobody changed it: say that its time ran out.
    const expired = (role) => grants
        .filter(grant => grant.remainingMs <= 0 && grant.role === logicalNames.get(role))
        .map(grant => `${grant.kind === 'role' ? 'the role' : (grant.name ?? 'a grant')} expired at ${grant.endsAt} (${grant.reason}); the next deploy removes it`);
    const conflicts = new Map(plan.conflicts.map(conflict => [conflict.resource, conflict.reason]));
    const items = [];
    const add = (resource, item, reasons) => {
        const conflict = conflicts.get(resource);
        conflicts.delete(resource);
        if (item.change === 'unchanged' && !conflict)
            return;
        if (item.after && item.after.tags[state/* OWNERSHIP_TAG */.B] !== managedBy && item.change !== 'added') {
            const adoptable = `it exists without the ${state/* OWNERSHIP_TAG */.B} tag; its definition says "adopt: true", so the next deploy takes it over`;
            items.push({ resource, kind: 'not-owned', reasons: [conflict ?? adoptable] });
            return;
        }
        const kind = item.change === 'removed'
            ? 'deleted-outside'
            : item.change === 'added'
                ? 'not-defined'
                : 'changed-outside';
        items.push({
            resource,
            kind,
            verdict: item.verdict,
            reasons: conflict ? [conflict, ...reasons] : reasons
        });
    };
    for (const role of change.roles)
        add(`role ${role.physicalName}`, role, [...expired(role.physicalName), ...role.reasons]);
    for (const policy of change.managedPolicies)
        add(`managed policy ${policy.physicalName}`, policy, []);
    for (const [resource, reason] of conflicts)
        items.push({ resource, kind: 'not-owned', reasons: [reason] });
    return items;
}
/**
 * Findings that stop plan/deploy: all but those saying the definitions grant less than intended
 * (Finding.missingAccess). Deploying those only removes access; refusing would keep an expired
 * grant live because an `expect: allow` relied on it.
 */
function blockingFindings(findings) {
    return findings.filter(finding => !finding.missingAccess);
}


/***/ }),

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

/***/ 3170:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ environmentsReport)
/* harmony export */ });
/* unused harmony export roleReport */
/* harmony import */ var _compare_model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1830);
/**
 * The `environments` part of the JSON report (docs/report.md), derived from a ChangeSet.
 * Documents and source positions stay out: the report is what scripts rely on.
 */

function assertionReport(flip) {
    const { assertion } = flip;
    // Context keys are user input: an object without a prototype, so `__proto__` is a plain key.
    const context = Object.create(null);
    for (const [key, values] of assertion.context)
        context[key] = values;
    return {
        expect: assertion.expect,
        actions: assertion.actions,
        resources: assertion.resources,
        context,
        ...(assertion.location ? { file: assertion.location.file, line: assertion.location.line } : {}),
        before: flip.before,
        after: flip.after,
        ...(flip.removed ? { removed: true } : {}),
        requests: flip.requests
    };
}
const FIELDS = [
    'permissionsBoundary',
    'maxSessionDuration',
    'description',
    'path',
    'rename',
    'instanceProfile'
];
function roleReport(role) {
    const fields = {};
    for (const field of FIELDS) {
        const value = role[field];
        if (value)
            fields[field] = { before: value.before ?? null, after: value.after ?? null };
    }
    const tagCount = Object.keys(role.tags.added).length +
        Object.keys(role.tags.removed).length +
        Object.keys(role.tags.changed).length;
    if (tagCount > 0)
        fields.tags = { before: role.before?.tags ?? null, after: role.after?.tags ?? null };
    return {
        name: role.name,
        physicalName: role.physicalName,
        change: role.change,
        verdict: role.verdict,
        risk: role.risk,
        reasons: role.reasons,
        addedActions: role.addedActions,
        removedActions: role.removedActions,
        added: role.permissions.added,
        removed: role.permissions.removed,
        trust: role.trust,
        inlinePolicies: role.inlinePolicies.map(policy => ({ name: policy.name, change: policy.change })),
        managedPolicies: role.managedPolicies,
        fields,
        ...(role.assertions?.length ? { assertions: role.assertions.map(assertionReport) } : {})
    };
}
function environmentsReport(changes) {
    const result = {};
    for (const [name, environment] of Object.entries(changes.environments)) {
        result[name] = {
            change: environment.change,
            verdict: (0,_compare_model_js__WEBPACK_IMPORTED_MODULE_0__/* .environmentVerdict */ .b)(environment),
            risk: environment.risk,
            ...(environment.notEvaluated ? { notEvaluated: environment.notEvaluated } : {}),
            roles: environment.roles.map(roleReport),
            managedPolicies: environment.managedPolicies.map(policy => ({
                name: policy.name,
                physicalName: policy.physicalName,
                change: policy.change,
                verdict: policy.verdict,
                addedActions: [
                    ...new Set(policy.permissions.added.filter(e => e.effect === 'Allow').map(e => e.action))
                ].sort(),
                removedActions: [
                    ...new Set(policy.permissions.removed.filter(e => e.effect === 'Allow').map(e => e.action))
                ].sort()
            }))
        };
    }
    return result;
}


/***/ }),

/***/ 8850:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   REPORT_SCHEMA_VERSION: () => (/* binding */ REPORT_SCHEMA_VERSION),
/* harmony export */   activeFindings: () => (/* binding */ activeFindings),
/* harmony export */   baseReport: () => (/* binding */ baseReport),
/* harmony export */   findingsExitCode: () => (/* binding */ findingsExitCode),
/* harmony export */   summarize: () => (/* binding */ summarize)
/* harmony export */ });
/* harmony import */ var _policy_action_db_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6777);

const REPORT_SCHEMA_VERSION = 1;
/** The parts every command's report starts with. */
function baseReport(command, config, environmentNames, findings, suppressions) {
    return {
        schemaVersion: REPORT_SCHEMA_VERSION,
        command,
        config,
        environmentNames,
        iamData: (0,_policy_action_db_js__WEBPACK_IMPORTED_MODULE_0__/* .dataVersion */ .VH)(),
        summary: summarize(findings),
        findings,
        suppressions
    };
}
function summarize(findings) {
    const summary = { error: 0, warning: 0, notice: 0, suppressed: 0 };
    for (const finding of findings) {
        if (finding.suppressed)
            summary.suppressed++;
        else
            summary[finding.severity]++;
    }
    return summary;
}
/** 1 when unsuppressed findings reach `failOn`, else 0. */
function findingsExitCode(summary, failOn) {
    if (failOn === 'never')
        return 0;
    if (summary.error > 0)
        return 1;
    return failOn === 'warning' && summary.warning > 0 ? 1 : 0;
}
function activeFindings(findings, severity) {
    return findings.filter(finding => !finding.suppressed && (severity === undefined || finding.severity === severity));
}


/***/ })

};
