export const id = 126;
export const ids = [126,850];
export const modules = {

/***/ 2126:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  changeSummary: () => (/* binding */ changeSummary),
  runDiff: () => (/* binding */ runDiff)
});

// EXTERNAL MODULE: ./src/compare/compare.ts + 1 modules
var compare = __webpack_require__(8544);
// EXTERNAL MODULE: ./src/compare/verdict.ts
var verdict = __webpack_require__(7682);
// EXTERNAL MODULE: ./src/lint/catalog.ts
var catalog = __webpack_require__(9282);
// EXTERNAL MODULE: ./src/fs/load-project.ts
var load_project = __webpack_require__(8435);
// EXTERNAL MODULE: ./src/fs/project-files.ts
var project_files = __webpack_require__(440);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/fs/file-tree.ts
var file_tree = __webpack_require__(6818);
;// CONCATENATED MODULE: ./src/git/git-tree.ts
/**
 * The repository at a git ref as a FileTree: `git ls-tree` lists it once (with each blob's size),
 * `git cat-file --batch` reads the blobs asked for in one process (one `git show` per file would
 * cost a process per definition). Only the files the loader reads are read: the rest of the
 * repository (sources, images) is never loaded. The disk tree's limits apply: at most
 * MAX_FILE_BYTES per file and MAX_RUN_BYTES per tree, checked from the listed sizes before reading.
 */




const run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
async function gitTree(workspace, ref, limits = {}) {
    // The commit first: when there is none, resolveCommit says why (not a repository, no commits, ...).
    const commit = await resolveCommit(workspace, ref);
    const prefix = (await git(workspace, ['rev-parse', '--show-prefix'])).trim();
    const listing = await git(workspace, ['ls-tree', '-r', '-z', '-l', '--full-tree', commit]);
    const blobs = new Map();
    for (const entry of listing.split('\0')) {
        const match = /^\d+ blob ([0-9a-f]+) +(\d+)\t(.*)$/s.exec(entry);
        if (!match)
            continue;
        const [, sha, size, file] = match;
        // Paths relative to the workspace, which may be a subfolder of the repository.
        if (file.startsWith(prefix))
            blobs.set(file.slice(prefix.length), { sha, size: Number(size) });
    }
    const reserve = (0,project_files/* budget */.gd)(limits.runBytes);
    const fileLimit = limits.fileBytes;
    const contents = batchedReader(workspace);
    return {
        label: ref,
        async list(folder) {
            const start = folder ? `${folder}/` : '';
            return [...blobs.keys()].filter(file => file.startsWith(start));
        },
        async read(file) {
            const blob = blobs.get(file);
            if (!blob)
                return undefined;
            const refused = (0,project_files/* tooLarge */.g$)(file, blob.size, fileLimit);
            if (refused)
                return refused;
            reserve(file, blob.size);
            return (0,file_tree/* decodeUtf8 */._)(file, (await contents(blob.sha)) ?? Buffer.alloc(0));
        }
    };
}
/**
 * Blob contents by sha. The reads asked for in one turn of the event loop (the loader asks for all
 * its files at once) go to one `git cat-file --batch` process.
 */
function batchedReader(workspace) {
    const read = new Map();
    let batch = [];
    const flush = () => {
        const taken = batch;
        batch = [];
        catFileBatch(workspace, [...new Set(taken.map(entry => entry.sha))]).then(found => taken.forEach(entry => entry.done(found.get(entry.sha))), error => taken.forEach(entry => entry.fail(error)));
    };
    return sha => {
        let bytes = read.get(sha);
        if (!bytes) {
            bytes = new Promise((done, fail) => {
                if (batch.length === 0)
                    queueMicrotask(flush);
                batch.push({ sha, done, fail });
            });
            read.set(sha, bytes);
        }
        return bytes;
    };
}
async function resolveCommit(workspace, ref) {
    try {
        return (await git(workspace, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`])).trim();
    }
    catch {
        throw await whyNoCommit(workspace, ref);
    }
}
/**
 * Why `ref` does not name a commit here, and what to do: the folder is not in a repository, the
 * repository has no commit yet, the ref names a remote that does not exist or a branch that was not
 * fetched (a shallow clone in CI), or it names nothing at all.
 */
async function whyNoCommit(workspace, ref) {
    const ok = (args) => git(workspace, args).then(output => output.trim(), () => undefined);
    if ((await ok(['rev-parse', '--is-inside-work-tree'])) !== 'true')
        return new project_files/* UsageError */.eb(`diff compares with a git ref, but ${workspace} (the folder of rolegate.yml) is not in a git repository; run it inside a clone, or "git init" and commit the definitions first (validate needs no git)`);
    if ((await ok(['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'])) === undefined)
        return new project_files/* UsageError */.eb(`the git repository of ${workspace} has no commits yet, so there is no "${ref}" to compare with; commit the definitions ("git add" and "git commit"), then diff shows what changed since`);
    const remotes = ((await ok(['remote'])) ?? '').split('\n').filter(Boolean);
    const slash = ref.indexOf('/');
    const remote = slash > 0 ? ref.slice(0, slash) : undefined;
    if (remote === 'origin' && !remotes.includes(remote))
        return new project_files/* UsageError */.eb(remotes.length === 0
            ? `base ref "${ref}" names the remote "origin", but this repository has no remote; add it ("git remote add origin URL" and "git fetch origin") or pass a local branch or commit as --base`
            : `base ref "${ref}" names the remote "origin", but this repository's remotes are ${remotes.join(', ')}; use one of them in --base`);
    const shallow = (await ok(['rev-parse', '--is-shallow-repository'])) === 'true';
    if (remote !== undefined && remotes.includes(remote))
        return new project_files/* UsageError */.eb(`base ref "${ref}" is not in this clone${shallow ? ' (a shallow clone)' : ''}; run "git fetch ${remote} ${ref.slice(slash + 1)}" before RoleGate, or in a workflow check out with actions/checkout "fetch-depth: 0"`);
    const fetch = remotes.length === 0
        ? 'this repository has no remote to fetch it from'
        : `fetch it ("git fetch ${remotes.includes('origin') ? 'origin' : remotes[0]} ${ref}"${shallow ? ', or in a workflow actions/checkout "fetch-depth: 0"' : ''})`;
    return new project_files/* UsageError */.eb(`base ref "${ref}" is not a branch, tag or commit in this repository${shallow ? ' (a shallow clone)' : ''}; list them with "git branch -a" and "git tag", ${fetch}, or pass another --base`);
}
async function git(cwd, args) {
    try {
        const { stdout } = await run('git', args, { cwd, maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' });
        return stdout;
    }
    catch (error) {
        const failure = error;
        if (failure.code === 'ENOENT')
            throw new project_files/* UsageError */.eb('git is not installed or not on PATH; the diff reads the base ref with git');
        throw new project_files/* UsageError */.eb(`git ${args[0]} failed in ${cwd}: ${(failure.stderr ?? failure.message).trim()}`);
    }
}
/** Reads blobs by sha through one `git cat-file --batch` process. */
function catFileBatch(cwd, shas) {
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)('git', ['cat-file', '--batch'], { cwd });
        const chunks = [];
        child.stdout.on('data', chunk => chunks.push(chunk));
        child.on('error', reject);
        child.on('close', code => {
            if (code !== 0)
                return reject(new project_files/* UsageError */.eb(`git cat-file failed with exit code ${code}`));
            const output = Buffer.concat(chunks);
            const result = new Map();
            let offset = 0;
            while (offset < output.length) {
                const newline = output.indexOf(0x0a, offset);
                const [sha, type, size] = output.subarray(offset, newline).toString('utf8').split(' ');
                offset = newline + 1;
                if (type === 'missing')
                    continue;
                const length = Number(size);
                result.set(sha, output.subarray(offset, offset + length));
                offset += length + 1; // the content is followed by a newline
            }
            resolve(result);
        });
        child.stdin.end(shas.join('\n') + '\n');
    });
}

// EXTERNAL MODULE: ./src/lint/run.ts + 24 modules
var lint_run = __webpack_require__(2582);
// EXTERNAL MODULE: ./src/render/render.ts + 1 modules
var render = __webpack_require__(9518);
// EXTERNAL MODULE: ./src/report/diff-report.ts
var diff_report = __webpack_require__(3170);
// EXTERNAL MODULE: ./src/report/report.ts
var report_report = __webpack_require__(8850);
// EXTERNAL MODULE: ./src/commands/analyze.ts
var analyze = __webpack_require__(8914);
;// CONCATENATED MODULE: ./src/commands/diff.ts
/**
 * diff: the definitions at a base ref vs the working tree, per environment, through the same
 * comparison engine the deploy plan uses. Needs no AWS credentials.
 */











async function runDiff(options) {
    // One clock for both sides: a grant that expires is gone from both, not a change between them.
    const now = options.now ?? new Date();
    // The base is loaded reusing the head's unchanged files: their roles are not rendered twice.
    const renderMemo = new render/* RenderMemo */.dv();
    const head = await (0,analyze.analyze)({ ...options, now, renderMemo });
    const configFile = (0,project_files/* workspacePath */.X5)(options.configPath, options.workspace);
    const base = await (0,load_project/* loadProject */.g)(await gitTree(options.workspace, options.baseRef), configFile, {
        requireConfig: false,
        reuse: head.files
    });
    let baseState = { project: head.state.project, environments: {} };
    let baseRendered;
    if (base.config && head.config) {
        baseRendered = (0,render/* render */.XX)(base.config, base.definitions, {
            // Each side with its own owner: a changed managedBy is a change the diff must show.
            managedBy: (0,analyze.ownershipValue)(base.config, options.managedBy, options.workspace),
            environments: options.environment ? [options.environment] : undefined,
            now,
            memo: renderMemo
        });
        baseState = baseRendered.state;
    }
    let changes = (0,compare/* compareStates */.CD)(baseState, head.state, {
        unloaded: {
            base: unloadedFiles(base.findings, configFile),
            head: unloadedFiles(head.findings, configFile)
        }
    });
    // Lint the base only where something changed: an unchanged role renders and lints the same on
    // both sides, so its findings already existed. This keeps a diff close to one validate.
    const baseFindings = base.config && baseRendered
        ? (0,lint_run/* lint */.u8)(onlyChanged(baseRendered.state, changes), base.config, [
            ...base.findings,
            ...baseRendered.findings
        ]).findings
        : base.findings;
    // Counted, so a second copy of an existing finding is still new.
    const known = new Map();
    for (const identity of baseFindings.map(findingIdentity))
        known.set(identity, (known.get(identity) ?? 0) + 1);
    const unchanged = unchangedOwners(changes);
    for (const finding of head.findings) {
        // A finding about a role or policy the change leaves as it was existed on the base too.
        const environments = finding.environments ?? [finding.environment];
        if (finding.role && environments.every(environment => unchanged.has(`${environment}|${finding.role}`))) {
            finding.introduced = false;
            continue;
        }
        const identity = findingIdentity(finding);
        const left = known.get(identity) ?? 0;
        finding.introduced = left === 0;
        if (left > 0)
            known.set(identity, left - 1);
    }
    const newFindings = head.findings.filter(finding => finding.introduced && !finding.suppressed);
    changes = (0,verdict/* riskFromFindings */.U5)(changes, newFindings, rule => catalog/* HIGH_RISK_RULES */.J8.has(rule));
    const report = {
        ...(0,report_report.baseReport)('diff', head.configFile, head.environmentNames, head.findings, head.suppressions),
        baseRef: options.baseRef,
        environments: (0,diff_report/* environmentsReport */.V)(changes),
        caveats: changes.caveats
    };
    return {
        report,
        changes,
        newFindings,
        existingFindingCount: head.findings.filter(finding => !finding.introduced && !finding.suppressed).length,
        configInvalid: head.config === undefined,
        head: head.state
    };
}
const PARSE_PROBLEM = /yaml|json|pars|indent|mapping|sequence|unexpected|end of the stream|anchor|alias|duplicat|tab/i;
/**
 * Definition files that failed to load (a schema error in them): a role missing because of one is
 * "not evaluated", never "removed". The first error of each file explains it.
 */
function unloadedFiles(findings, configFile) {
    const files = new Map();
    for (const finding of findings) {
        if (finding.rule !== 'schema' || finding.severity !== 'error' || !finding.file)
            continue;
        if (finding.file === configFile || files.has(finding.file))
            continue;
        files.set(finding.file, {
            file: finding.file,
            line: finding.line,
            reason: PARSE_PROBLEM.test(finding.message) ? 'does not parse' : 'does not match the RoleGate schema',
            detail: finding.message
        });
    }
    return files;
}
/**
 * A finding "is the same" across refs when rule, place and message match; lines move, so they do
 * not count, and neither do statement positions in the message ("statement 0" becomes "statement 1"
 * when a statement is inserted above it).
 */
function findingIdentity(finding) {
    const message = finding.message.replace(/\bstatement \d+\b/g, 'statement #');
    return [finding.rule, finding.file, finding.environment, finding.role, finding.policy, message].join('|');
}
/** The base state reduced to the roles and policies the change touches (all policies stay, for attachments). */
function onlyChanged(state, changes) {
    const environments = {};
    for (const [name, environment] of Object.entries(state.environments)) {
        const change = changes.environments[name];
        const changedRoles = new Set(change?.roles.filter(role => role.change !== 'unchanged').map(role => role.before));
        environments[name] = { ...environment, roles: environment.roles.filter(role => changedRoles.has(role)) };
    }
    return { ...state, environments };
}
/** `environment|name` of every role and policy the change leaves as it was. */
function unchangedOwners(changes) {
    const keys = new Set();
    for (const environment of Object.values(changes.environments)) {
        if (environment.change === 'added')
            continue;
        for (const item of [...environment.roles, ...environment.managedPolicies]) {
            if (item.change === 'unchanged')
                keys.add(`${environment.environment}|${item.name}`);
        }
    }
    return keys;
}
function changeSummary(changes) {
    const environments = Object.values(changes.environments);
    return {
        changed: environments.some(environment => environment.verdict !== 'unchanged'),
        broadening: environments.some(environment => environment.verdict === 'broadens')
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
