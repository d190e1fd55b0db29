export const id = 406;
export const ids = [406,850,285];
export const modules = {

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

/***/ 6683:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A9: () => (/* binding */ assertionText),
/* harmony export */   J3: () => (/* binding */ flipVerb),
/* harmony export */   LE: () => (/* binding */ flipIcon),
/* harmony export */   Ov: () => (/* binding */ flipOutcome)
/* harmony export */ });
const VERB = {
    allow: 'CAN',
    deny: 'CANNOT',
    unknown: 'may or may not (RoleGate cannot read a policy that decides)'
};
/** `CAN` / `CANNOT` / ..., the request's action and resource: the flip a reviewer reads first. */
function flipVerb(request) {
    return VERB[request.after];
}
/** What the change does to the assertion: `now fails`, `now passes`, `is now unknown (fails closed)`. */
function flipOutcome(flip) {
    const outcome = flip.before === flip.after
        ? `still ${flip.after === 'passed' ? 'passes' : flip.after === 'failed' ? 'fails' : 'is unknown'}`
        : flip.after === 'passed'
            ? 'now passes'
            : flip.after === 'failed'
                ? 'now fails'
                : 'is now unknown (it fails closed)';
    return flip.removed ? `${outcome}, and this PR deletes it` : outcome;
}
/** The assertion as written, short: `deny: s3:DeleteObject`, `allow: s3:GetObject, s3:PutObject`. */
function assertionText(flip) {
    return `${flip.assertion.expect}: ${flip.assertion.actions.join(', ')}`;
}
function flipIcon(flip) {
    return flip.after === 'passed' ? '✅' : flip.after === 'failed' ? '❌' : '❔';
}


/***/ }),

/***/ 3406:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  COMMENT_LIMIT: () => (/* binding */ COMMENT_LIMIT),
  gateLines: () => (/* binding */ gateLines),
  renderChangeMarkdown: () => (/* binding */ renderChangeMarkdown),
  renderPlanMarkdown: () => (/* binding */ renderPlanMarkdown),
  roleDetails: () => (/* binding */ roleDetails),
  statementRows: () => (/* binding */ statementRows)
});

;// CONCATENATED MODULE: ./src/compare/group.ts
const RISK_ORDER = { high: 0, low: 1, none: 2 };
const VERDICT_ORDER = { broadens: 0, narrows: 1, neutral: 2, unchanged: 3 };
function escapeRegExp(value) {
    return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
function accountOf(arn) {
    const account = arn?.split(':')[4];
    return account && /^\d{12}$/.test(account) ? account : undefined;
}
/** Replaces an environment's own values in a JSON text by placeholders. */
function normalizer(environment, accounts) {
    const patterns = accounts.map(account => [
        new RegExp(escapeRegExp(account), 'g'),
        '{account}'
    ]);
    if (environment)
        patterns.push([
            new RegExp(`(?<![A-Za-z0-9])${escapeRegExp(environment)}(?![A-Za-z0-9])`, 'gi'),
            '{environment}'
        ]);
    return value => patterns.reduce((text, [pattern, placeholder]) => text.replace(pattern, placeholder), value);
}
function roleSignature(role) {
    return JSON.stringify([
        role.change,
        role.verdict,
        role.risk,
        role.reasons,
        role.permissions,
        role.trust,
        role.managedPolicies,
        role.opaquePolicies,
        role.inlinePolicies.map(policy => [policy.name, policy.change]),
        role.permissionsBoundary ?? null,
        role.tags,
        role.maxSessionDuration ?? null,
        role.description ?? null,
        role.path ?? null,
        role.rename ?? null,
        role.instanceProfile ?? null,
        // Where each assertion is written is the same file in every environment.
        role.assertions?.map(flip => [flip.before, flip.after, flip.requests, flip.assertion.index]) ?? null
    ]);
}
function policySignature(policy) {
    return JSON.stringify([
        policy.change,
        policy.verdict,
        policy.permissions,
        policy.tags,
        policy.description ?? null
    ]);
}
function sourceOf(item) {
    const source = item.after?.source ?? item.before?.source;
    return source ? { file: source.file, line: source.location.line } : {};
}
/**
 * Changed roles and policies as groups, environments in config order (the order of
 * `changes.environments`), sorted by risk, then verdict, then name.
 */
function groupChanges(changes) {
    const groups = new Map();
    for (const environment of Object.values(changes.environments)) {
        const accounts = [
            ...new Set([...environment.roles, ...environment.managedPolicies].flatMap(item => [accountOf(item.after?.arn), accountOf(item.before?.arn)].filter((account) => account !== undefined)))
        ];
        const normalize = normalizer(environment.environment, accounts);
        const add = (kind, item, signature) => {
            // Exact first, then up to the environment's own values.
            const exact = `${kind}\u0000${item.name}\u0000${signature}`;
            const key = `\u0001${kind}\u0000${item.name}\u0000${normalize(signature.split(item.physicalName).join('{name}'))}`;
            const group = groups.get(exact) ?? groups.get(key);
            if (group) {
                group.environments.push(environment.environment);
                return;
            }
            const risk = 'risk' in item ? item.risk : 'none';
            const created = {
                kind,
                name: item.name,
                environments: [environment.environment],
                change: item.change,
                verdict: item.verdict,
                risk,
                reasons: 'reasons' in item ? item.reasons : [],
                ...sourceOf(item)
            };
            if (kind === 'role')
                created.role = item;
            else
                created.policy = item;
            groups.set(exact, created);
            groups.set(key, created);
        };
        // A role whose definition is the same can still change access: its boundary's or an attached
        // policy's document was edited.
        for (const role of environment.roles)
            if (role.change !== 'unchanged' || role.verdict !== 'unchanged' || role.assertions?.length)
                add('role', role, roleSignature(role));
        for (const policy of environment.managedPolicies)
            if (policy.change !== 'unchanged')
                add('managed policy', policy, policySignature(policy));
    }
    return [...new Set(groups.values())].sort(compareGroups);
}
function compareGroups(a, b) {
    return (RISK_ORDER[a.risk] - RISK_ORDER[b.risk] ||
        VERDICT_ORDER[a.verdict] - VERDICT_ORDER[b.verdict] ||
        a.name.localeCompare(b.name) ||
        a.kind.localeCompare(b.kind));
}

// EXTERNAL MODULE: ./src/compare/model.ts
var model = __webpack_require__(1830);
// EXTERNAL MODULE: ./src/report/assertion-flips.ts
var assertion_flips = __webpack_require__(6683);
// EXTERNAL MODULE: ./src/report/report.ts
var report = __webpack_require__(8850);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
;// CONCATENATED MODULE: ./src/report/change-markdown.ts
/**
 * Markdown for a ChangeSet: the sticky PR comment, the job summary and `rolegate diff --format
 * markdown` (one renderer). Line 1 is the gate: passes or fails, and why. Then what needs a
 * reviewer first (errors, high-risk changes, what could not be evaluated), one table of changes
 * grouped across environments and sorted by risk, then details strictly by priority until
 * GitHub's 65,536-character limit, with a count of what was left out and a link to the rest.
 */





const COMMENT_LIMIT = 65_536;
/** Room kept for the footer and the left-out note. */
const RESERVE = 1_500;
const VERDICT_TEXT = {
    broadens: '🔺 broadens',
    narrows: '🟢 narrows',
    neutral: '⚪ no effective change',
    unchanged: '✅ unchanged',
    unknown: '❔ unknown'
};
const RISK_TEXT = { high: '🔴 high', low: '🟠 low', none: '' };
function plural(count, one, many = `${one}s`) {
    return `${count} ${count === 1 ? one : many}`;
}
function summaryPointer(links) {
    return links?.runUrl ? (0,markdown.link)('the job summary', links.runUrl) : 'the job summary';
}
/** Not-evaluated entries of every environment, one per file and side, with the names and environments. */
function notEvaluatedByFile(changes) {
    const byFile = new Map();
    for (const environment of Object.values(changes.environments)) {
        for (const item of environment.notEvaluated ?? []) {
            const key = `${item.side}|${item.file}`;
            const entry = byFile.get(key) ?? { ...item, names: [], environments: [] };
            if (!entry.names.includes(item.name))
                entry.names.push(item.name);
            if (!entry.environments.includes(environment.environment))
                entry.environments.push(environment.environment);
            byFile.set(key, entry);
        }
    }
    return [...byFile.values()];
}
function configProblem(input) {
    const findings = input.report?.findings ?? [];
    const config = input.report?.config;
    return (findings.find(finding => finding.severity === 'error' && finding.file === config) ??
        findings.find(finding => finding.severity === 'error'));
}
/** Line 1: passes or fails, and why; then what a reviewer must look at, one line each. */
function gateLines(input, groups) {
    const { changes, links } = input;
    const failOn = input.failOn ?? 'error';
    if (input.configInvalid) {
        const problem = configProblem(input);
        const config = input.report?.config ?? 'rolegate.yml';
        const where = problem?.file ? `${(0,markdown.location)(problem.file, problem.line, links)}: ` : '';
        return [
            `❌ **RoleGate fails:** ${(0,markdown.inlineCode)(config)} does not load, so no IAM change was evaluated.`,
            '',
            `- ${where}${(0,markdown.text)(problem?.message ?? 'the configuration is invalid')}`
        ];
    }
    const errors = input.report
        ? input.report.summary.error
        : input.newFindings.filter(finding => finding.severity === 'error' && !finding.suppressed).length;
    const warnings = input.report?.summary.warning ?? 0;
    const fails = input.report !== undefined
        ? (0,report.findingsExitCode)(input.report.summary, failOn) !== 0
        : failOn !== 'never' && errors > 0;
    const highRisk = groups.filter(group => group.risk === 'high');
    const unevaluated = notEvaluatedByFile(changes);
    const flips = groups.flatMap(group => (group.role?.assertions ?? []).map(flip => ({ group, flip })));
    const nowFailing = flips.filter(({ flip }) => flip.after !== 'passed' && flip.before === 'passed').length;
    const why = [];
    if (errors > 0)
        why.push(plural(errors, 'error'));
    if (nowFailing > 0)
        why.push(`${plural(nowFailing, 'assertion')} no longer ${nowFailing === 1 ? 'holds' : 'hold'}`);
    if (failOn === 'warning' && warnings > 0)
        why.push(plural(warnings, 'warning'));
    if (highRisk.length > 0)
        why.push(plural(highRisk.length, 'high-risk change'));
    for (const item of unevaluated.slice(0, 2))
        why.push(`not evaluated: ${(0,markdown.inlineCode)(`${item.file}${item.line ? `:${item.line}` : ''}`)} ${item.reason}`);
    if (unevaluated.length > 2)
        why.push(`${unevaluated.length - 2} more file(s) not evaluated`);
    const environments = Object.values(changes.environments);
    const changed = environments.filter(environment => (0,model/* environmentVerdict */.b)(environment) !== 'unchanged');
    let line;
    if (fails) {
        line = `❌ **RoleGate fails:** ${why.join(' · ')}`;
    }
    else {
        const state = highRisk.length > 0
            ? `🔴 ${plural(highRisk.length, 'high-risk change')} to review`
            : changed.length === 0
                ? 'no IAM changes'
                : changed.some(environment => (0,model/* environmentVerdict */.b)(environment) === 'broadens')
                    ? `broadens access in ${(0,markdown.text)(changed
                        .filter(environment => (0,model/* environmentVerdict */.b)(environment) === 'broadens')
                        .map(environment => environment.environment)
                        .join(', '))}`
                    : changed.every(environment => (0,model/* environmentVerdict */.b)(environment) === 'neutral')
                        ? 'no effective change in access'
                        : 'only narrows access';
        const extra = why.filter(reason => !/high-risk/.test(reason));
        line = `✅ **RoleGate passes**${failOn === 'never' && errors > 0 ? ' (fail-on: never)' : ''} — ${state}${extra.length ? ` · ${extra.join(' · ')}` : ''}`;
    }
    const lines = [line, ''];
    // What the definitions promise and this PR changes: the strongest signal, first.
    const MAX_FLIPS = 6;
    for (const { group, flip } of flips.slice(0, MAX_FLIPS))
        lines.push(flipLine(group, flip, links));
    if (flips.length > MAX_FLIPS)
        lines.push(`- … and ${plural(flips.length - MAX_FLIPS, 'more assertion flip')} in the details below.`);
    for (const item of unevaluated) {
        const side = item.side === 'head' ? '' : ' on the base branch';
        lines.push(`- ❔ **Not evaluated:** ${(0,markdown.location)(item.file, item.line, links)} ${(0,markdown.text)(item.reason)}${side} (${(0,markdown.text)(item.detail)}). ${plural(item.names.length, 'role')} (${item.names.map(markdown.inlineCode).join(', ')}) not compared; the verdict of ${(0,markdown.text)(item.environments.join(', '))} is unknown.`);
    }
    if (changes.ownership)
        lines.push(`- 🔴 **Ownership changes:** \`managedBy\` ${(0,markdown.inlineCode)(changes.ownership.before)} → ${(0,markdown.inlineCode)(changes.ownership.after)}: the new owner's deploys may change or delete these roles.`);
    // One line per reason: 20 roles gaining the same permissions-management action are one line.
    const byReason = new Map();
    for (const group of highRisk) {
        const key = `${group.environments.join(',')}\u0000${group.reasons[0] ?? ''}`;
        byReason.set(key, [...(byReason.get(key) ?? []), group]);
    }
    const MAX_LINES = 8;
    const NAMES = 3;
    const reasons = [...byReason.values()];
    for (const members of reasons.slice(0, MAX_LINES)) {
        const [first] = members;
        const names = members.slice(0, NAMES).map(member => groupName(member, links));
        const more = members.length > NAMES ? ` and ${members.length - NAMES} more` : '';
        lines.push(`- 🔴 ${names.join(', ')}${more} in ${(0,markdown.text)(first.environments.join(', '))}: ${shortReason(first.reasons[0] ?? 'high risk', 110)}`);
    }
    if (reasons.length > MAX_LINES) {
        const rest = reasons.slice(MAX_LINES).reduce((sum, members) => sum + members.length, 0);
        lines.push(`- … and ${plural(rest, 'more high-risk change')} in the table below.`);
    }
    if (lines.length > 2)
        lines.push('');
    return lines;
}
/** The resources of a flip named in a line; the rest are counted. */
const CLAIMS_IN_LINE = 2;
/**
 * `❌ **After this PR `task-role` CAN `s3:PutObject`, `s3:DeleteObject` on `arn:…`** in dev: the
 * assertion at iam/task-role.yml:12 (`deny: …`) now fails.` Requests with the same new decision on
 * the same resource share a claim.
 */
function flipLine(group, flip, links) {
    const claims = new Map();
    for (const request of flip.requests) {
        const key = `${request.after}\u0000${request.resource}`;
        const claim = claims.get(key) ?? { verb: (0,assertion_flips/* flipVerb */.J3)(request), resource: request.resource, actions: [] };
        claim.actions.push(request.action);
        claims.set(key, claim);
    }
    const shown = [...claims.values()]
        .slice(0, CLAIMS_IN_LINE)
        .map(claim => `${claim.verb} ${claim.actions.slice(0, 4).map(markdown.inlineCode).join(', ')}${claim.actions.length > 4 ? ` +${claim.actions.length - 4}` : ''} on ${(0,markdown.inlineCode)(claim.resource)}`);
    const more = claims.size > CLAIMS_IN_LINE ? ` (+${claims.size - CLAIMS_IN_LINE} more)` : '';
    const headline = shown.length > 0
        ? `**After this PR ${(0,markdown.inlineCode)(group.name)} ${shown.join('; ')}**${more}`
        : `**After this PR an assertion of ${(0,markdown.inlineCode)(group.name)} ${(0,markdown.text)((0,assertion_flips/* flipOutcome */.Ov)(flip))}**`;
    const where = flip.assertion.location
        ? `the assertion at ${(0,markdown.location)(flip.assertion.location.file, flip.assertion.location.line, links)}`
        : `assertion ${flip.assertion.index + 1}`;
    const outcome = shown.length > 0 ? ` ${(0,markdown.text)((0,assertion_flips/* flipOutcome */.Ov)(flip))}` : '';
    return `- ${(0,assertion_flips/* flipIcon */.LE)(flip)} ${headline} in ${(0,markdown.text)(group.environments.join(', '))}: ${where} (${(0,markdown.inlineCode)((0,assertion_flips/* assertionText */.A9)(flip))})${outcome}.`;
}
/** One line: each changed environment's verdict, unchanged ones collapsed. */
function environmentsLine(changes) {
    const environments = Object.values(changes.environments);
    const changed = environments.filter(environment => (0,model/* environmentVerdict */.b)(environment) !== 'unchanged');
    const unchanged = environments.filter(environment => (0,model/* environmentVerdict */.b)(environment) === 'unchanged');
    const parts = changed.map(environment => `**${(0,markdown.text)(environment.environment)}** ${VERDICT_TEXT[(0,model/* environmentVerdict */.b)(environment)]}${environment.risk === 'high' ? ' (high risk)' : ''}`);
    if (unchanged.length > 0)
        parts.push(`unchanged: ${(0,markdown.text)(unchanged.map(environment => environment.environment).join(', '))}`);
    return parts.length > 0 ? `**Environments:** ${parts.join(' · ')}\n` : '';
}
function groupName(group, links) {
    const name = (0,markdown.code)(group.name);
    const linked = group.file && links ? (0,markdown.link)(name, fileUrl(group.file, group.line, links)) : name;
    return group.kind === 'managed policy' ? `${linked} _(managed policy)_` : linked;
}
function fileUrl(file, line, links) {
    return `${links.server}/${links.repository}/blob/${links.sha}/${file.split('/').map(encodeURIComponent).join('/')}${line ? `#L${line}` : ''}`;
}
/** Allowed actions that change effective access (an Allow the boundary blocks does not). */
function countActions(entries, blocked = false) {
    return new Set(entries
        .filter(entry => entry.effect === 'Allow' && (entry.boundary === 'blocked') === blocked)
        .map(entry => entry.action)).size;
}
/** What changes, in a few words: `+12 actions −3`, `+1 principal`, `boundary removed`. */
function whatChanges(group) {
    const parts = [];
    const item = group.role ?? group.policy;
    if (!item)
        return '';
    const added = countActions(item.permissions.added);
    const removed = countActions(item.permissions.removed);
    if (added)
        parts.push(`+${plural(added, 'action')}`);
    if (removed)
        parts.push(`−${plural(removed, 'action')}`);
    const blocked = countActions(item.permissions.added, true);
    if (blocked)
        parts.push(`🚧 ${blocked} blocked by the boundary`);
    const role = group.role;
    if (role) {
        const principals = (entries) => new Set(entries.filter(entry => entry.effect === 'Allow').map(entry => entry.principal)).size;
        if (role.change === 'modified') {
            const inPrincipals = principals(role.trust.added);
            const outPrincipals = principals(role.trust.removed);
            if (inPrincipals)
                parts.push(`+${plural(inPrincipals, 'principal')}`);
            if (outPrincipals)
                parts.push(`−${plural(outPrincipals, 'principal')}`);
        }
        if (role.permissionsBoundary)
            parts.push(role.permissionsBoundary.after === undefined
                ? 'boundary removed'
                : role.permissionsBoundary.before === undefined
                    ? 'boundary added'
                    : 'boundary replaced');
        else if (role.change === 'unchanged')
            parts.push([...role.permissions.added, ...role.permissions.removed].some(entry => entry.boundary === 'flipped')
                ? 'its boundary policy edited'
                : 'an attached policy edited');
        if (role.managedPolicies.attached.length)
            parts.push(`+${role.managedPolicies.attached.length} attached`);
        if (role.managedPolicies.detached.length)
            parts.push(`−${role.managedPolicies.detached.length} detached`);
        if (role.change === 'modified' && Object.hasOwn(role.tags.changed, 'rolegate:managed-by'))
            parts.push('owner');
        if (role.maxSessionDuration)
            parts.push('max session');
        if (role.description)
            parts.push('description');
        if (role.change === 'modified' &&
            Object.keys(role.tags.added).length +
                Object.keys(role.tags.removed).length +
                Object.keys(role.tags.changed).length >
                0)
            parts.push('tags');
    }
    const flips = role?.assertions ?? [];
    const failing = flips.filter(flip => flip.after !== 'passed').length;
    if (failing)
        parts.push(`❌ ${plural(failing, 'assertion')} ${failing === 1 ? 'fails' : 'fail'}`);
    if (flips.length > failing)
        parts.push(`✅ ${plural(flips.length - failing, 'assertion')} now ${flips.length - failing === 1 ? 'passes' : 'pass'}`);
    if (parts.length === 0 && group.verdict === 'neutral')
        parts.push('statements rewritten, same access');
    return parts.join(' ');
}
/** A role whose definition did not change can still change access (its boundary or an attached policy). */
function changeLabel(change) {
    return change === 'unchanged' ? 'same definition' : change;
}
const MAX_REASON = 160;
function shortReason(reason, max = MAX_REASON) {
    if (!reason)
        return '';
    return (0,markdown.text)(reason.length > max ? `${reason.slice(0, max - 1)}…` : reason);
}
function changeRow(group, links) {
    const rename = group.role?.rename ? ` (renamed from ${(0,markdown.code)(group.role.rename.before)})` : '';
    return `| ${groupName(group, links)} | ${(0,markdown.cell)(group.environments.join(', '))} | ${changeLabel(group.change)}${rename}, ${VERDICT_TEXT[group.verdict]} | ${(0,markdown.cell)(whatChanges(group))} | ${RISK_TEXT[group.risk]} | ${shortReason(group.reasons[0])} |`;
}
/** More rows than this: alike changes that are not high risk share one row. */
const ROWS_BEFORE_COLLAPSE = 40;
const NAMES_IN_COLLAPSED_ROW = 3;
/**
 * The change table's rows, riskiest first. On a large PR, changes that are not high risk and say
 * the same (change, verdict, what changes, reason) share one row that names a few and counts the
 * rest: 270 roles gaining `s3:PutObject` are one line, not 270.
 */
function changeRows(groups, links) {
    if (groups.length <= ROWS_BEFORE_COLLAPSE)
        return groups.map(group => changeRow(group, links));
    const rows = [];
    const alike = new Map();
    const order = [];
    for (const group of groups) {
        if (group.risk === 'high') {
            order.push(group);
            continue;
        }
        const key = [
            group.kind,
            group.change,
            group.verdict,
            group.risk,
            group.environments.join(','),
            whatChanges(group),
            (group.reasons[0] ?? '').replace(/\d+/g, '#')
        ].join('\u0000');
        const members = alike.get(key);
        if (members)
            members.push(group);
        else {
            alike.set(key, [group]);
            order.push(key);
        }
    }
    for (const item of order) {
        if (typeof item !== 'string') {
            rows.push(changeRow(item, links));
            continue;
        }
        const members = alike.get(item);
        if (members.length < NAMES_IN_COLLAPSED_ROW + 2) {
            rows.push(...members.map(member => changeRow(member, links)));
            continue;
        }
        const [first] = members;
        const names = members.slice(0, NAMES_IN_COLLAPSED_ROW).map(member => groupName(member, links));
        const label = `**${members.length} ${first.kind === 'role' ? 'roles' : 'managed policies'}:** ${names.join(', ')} and ${members.length - NAMES_IN_COLLAPSED_ROW} more`;
        rows.push(`| ${label} | ${(0,markdown.cell)(first.environments.join(', '))} | ${first.change}, ${VERDICT_TEXT[first.verdict]} | ${(0,markdown.cell)(whatChanges(first))} | ${RISK_TEXT[first.risk]} | ${shortReason(first.reasons[0])} |`);
    }
    return rows;
}
const CHANGES_HEADER = [
    '| Role | Environments | Change | What changes | Risk | Reason |',
    '|---|---|---|---|---|---|'
];
/**
 * A table's header and as many rows as fit in `budget` characters; the rest are counted in a
 * closing line (after a blank line, so it is not read as a row).
 */
function boundedTable(header, rows, budget, rest) {
    const lines = [...header];
    let length = lines.join('\n').length;
    let shown = 0;
    for (const row of rows) {
        if (length + row.length + 1 + (shown + 1 < rows.length ? 200 : 0) > budget)
            break;
        lines.push(row);
        length += row.length + 1;
        shown++;
    }
    if (shown < rows.length)
        lines.push('', rest(rows.length - shown));
    return lines.join('\n') + '\n';
}
const MAX_ACTIONS_IN_CELL = 6;
const LEVEL_ORDER = ['Permissions management', 'Tagging', 'Write', 'List', 'Read'];
/** Sensitive first: permissions management, then tagging, write, list, read, unknown. */
function levelRank(entry) {
    const rank = entry.accessLevel ? LEVEL_ORDER.indexOf(entry.accessLevel) : -1;
    return rank < 0 ? LEVEL_ORDER.length : rank;
}
/**
 * The actions of one statement row: patterns as written with how many actions they expand to
 * here (`s3:*` (43 actions)), sensitive ones first; actions without a known pattern by name.
 */
function actionsCell(entries) {
    const byPattern = new Map();
    for (const entry of entries) {
        const key = entry.pattern ?? entry.action;
        const group = byPattern.get(key) ?? { rank: levelRank(entry), actions: new Set(), sensitive: new Set() };
        group.rank = Math.min(group.rank, levelRank(entry));
        group.actions.add(entry.action);
        if (entry.accessLevel === 'Permissions management')
            group.sensitive.add(entry.action);
        if (entry.patternSize)
            group.size = entry.patternSize;
        byPattern.set(key, group);
    }
    const items = [...byPattern.entries()].sort(([a, x], [b, y]) => x.rank - y.rank || a.localeCompare(b));
    const shown = items.slice(0, MAX_ACTIONS_IN_CELL).map(([pattern, group]) => {
        if (group.actions.size === 1 && group.actions.has(pattern))
            return (0,markdown.code)(pattern);
        const sensitive = [...group.sensitive].sort();
        const note = sensitive.length
            ? `, incl. ${sensitive.slice(0, 3).map(markdown.code).join(', ')}${sensitive.length > 3 ? ` +${sensitive.length - 3}` : ''}`
            : '';
        const count = group.size && group.size > group.actions.size
            ? `${group.actions.size} of its ${group.size} actions`
            : plural(group.actions.size, 'action');
        return `${(0,markdown.code)(pattern)} (${count}${note})`;
    });
    const more = items.length > MAX_ACTIONS_IN_CELL ? ` and ${items.length - MAX_ACTIONS_IN_CELL} more` : '';
    return shown.join(', ') + more;
}
/** What the permissions boundary does to a row (compare/boundary.ts). */
function boundaryNote(sign, entry) {
    if (entry.boundary === 'blocked')
        return sign === '+'
            ? ' — 🚧 _blocked by the permissions boundary: no effective change_'
            : ' — 🚧 _was blocked by the permissions boundary: no effective change_';
    if (entry.boundary === 'flipped')
        return sign === '+'
            ? ' — _granted before too; the boundary change makes it reachable_'
            : ' — _still granted; the boundary change makes it unreachable_';
    return '';
}
/** Entries grouped into statement-like rows: one row per (sign, effect, resource, condition, principal). */
function statementRows(added, removed) {
    const groups = new Map();
    for (const [sign, entries] of [
        ['+', added],
        ['-', removed]
    ]) {
        for (const entry of entries) {
            const key = [
                sign,
                entry.effect,
                entry.resource,
                entry.condition,
                entry.principal ?? '',
                entry.boundary ?? ''
            ].join('\u0000');
            const group = groups.get(key) ?? { sign, entry, entries: [] };
            group.entries.push(entry);
            groups.set(key, group);
        }
    }
    // What the boundary blocks changes nothing: after what does.
    const ordered = [...groups.values()].sort((a, b) => Number(a.entry.boundary === 'blocked') - Number(b.entry.boundary === 'blocked'));
    return ordered.map(({ sign, entry, entries }) => {
        const isTrust = entry.principal !== undefined;
        return [
            sign === '+' ? '➕' : '➖',
            entry.effect,
            (isTrust ? (0,markdown.code)(entry.action) : actionsCell(entries)) + boundaryNote(sign, entry),
            (0,markdown.code)(entry.resource),
            (0,markdown.code)(entry.principal ?? ''),
            (0,markdown.code)(entry.condition)
        ];
    });
}
const STATEMENT_COLUMNS = ['', 'Effect', 'Action', 'Resource', 'Principal', 'Condition'];
/** The statement table; Resource, Principal and Condition only when some row has one. */
function statementTable(rows) {
    const keep = STATEMENT_COLUMNS.map((_, column) => column < 3 || rows.some(row => row[column] !== ''));
    const pick = (cells) => `| ${cells.filter((_, column) => keep[column]).join(' | ')} |`;
    return [pick(STATEMENT_COLUMNS), pick(STATEMENT_COLUMNS.map(() => '---')), ...rows.map(pick)];
}
function accessLevels(entries) {
    const counts = new Map();
    for (const entry of entries) {
        if (entry.effect !== 'Allow' || entry.boundary === 'blocked')
            continue;
        const level = entry.accessLevel ?? 'Unknown';
        counts.set(level, (counts.get(level) ?? new Set()).add(entry.action));
    }
    return [...LEVEL_ORDER, 'Unknown']
        .filter(level => counts.has(level))
        .map(level => `${level} ${counts.get(level).size}`)
        .join(' · ');
}
/** A role's change in full: reasons, field changes, statements. */
function roleDetails(environments, role, links, open = false) {
    const where = environments.length > 0 ? ` in ${(0,markdown.html)(environments.join(', '))}` : '';
    const parts = [
        `<details${open ? ' open' : ''}><summary><b>${(0,markdown.html)(role.name)}</b>${where} — ${changeLabel(role.change)}, ${VERDICT_TEXT[role.verdict]}${role.risk === 'high' ? ', <b>high risk</b>' : ''}</summary>`,
        ''
    ];
    const source = role.after?.source ?? role.before?.source;
    if (source)
        parts.push(`Defined in ${(0,markdown.location)(source.file, source.location.line, links)}.`, '');
    if (environments.length > 1)
        parts.push(`_Shown for ${(0,markdown.text)(environments[0])}; the same in ${(0,markdown.text)(environments.slice(1).join(', '))} up to each environment’s account and names._`, '');
    if (role.reasons.length > 0)
        parts.push(...role.reasons.map(reason => `- ${(0,markdown.text)(reason)}`), '');
    if (role.assertions?.length)
        parts.push(...assertionTable(role.assertions, links), '');
    const levels = accessLevels(role.permissions.added);
    if (levels)
        parts.push(`Added actions by access level: ${levels}`, '');
    const fields = [];
    if (role.managedPolicies.attached.length)
        fields.push(`attached: ${role.managedPolicies.attached.map(markdown.inlineCode).join(', ')}`);
    if (role.managedPolicies.detached.length)
        fields.push(`detached: ${role.managedPolicies.detached.map(markdown.inlineCode).join(', ')}`);
    if (role.permissionsBoundary)
        fields.push(`boundary: ${(0,markdown.inlineCode)(role.permissionsBoundary.before ?? 'none')} → ${(0,markdown.inlineCode)(role.permissionsBoundary.after ?? 'none')}`);
    if (role.maxSessionDuration)
        fields.push(`max session: ${role.maxSessionDuration.before}s → ${role.maxSessionDuration.after}s`);
    if (role.description)
        fields.push('description changed');
    if (role.rename)
        fields.push(`renamed: ${(0,markdown.inlineCode)(role.rename.before)} → ${(0,markdown.inlineCode)(role.rename.after)}`);
    // A new or deleted role's tags are all "changed": only an existing role's tag edits are news.
    const tagKeys = role.change === 'modified'
        ? [
            ...Object.keys(role.tags.added),
            ...Object.keys(role.tags.removed),
            ...Object.keys(role.tags.changed)
        ]
        : [];
    if (tagKeys.length)
        fields.push(`tags changed: ${tagKeys.map(markdown.inlineCode).join(', ')}`);
    if (role.opaquePolicies.length)
        fields.push(`not expanded (content unknown): ${role.opaquePolicies.map(markdown.inlineCode).join(', ')}`);
    if (fields.length)
        parts.push(...fields.map(field => `- ${field}`), '');
    const rows = [
        ...statementRows(role.trust.added, role.trust.removed),
        ...statementRows(role.permissions.added, role.permissions.removed)
    ];
    if (rows.length > 0) {
        parts.push(...statementTable(rows), '');
    }
    else if (role.verdict === 'neutral') {
        parts.push('_Statements were rewritten without changing the access they grant._', '');
    }
    parts.push('</details>', '');
    return parts.join('\n');
}
const DECISION_TEXT = { allow: 'allowed', deny: 'denied', unknown: 'unknown' };
const REQUESTS_IN_DETAILS = 10;
/** Every flipped assertion of a role with the requests whose decision changed. */
function assertionTable(flips, links) {
    const rows = flips.flatMap(flip => {
        const where = flip.assertion.location
            ? (0,markdown.location)(flip.assertion.location.file, flip.assertion.location.line, links)
            : `#${flip.assertion.index + 1}`;
        const head = `| ${(0,assertion_flips/* flipIcon */.LE)(flip)} ${where} | ${(0,markdown.code)((0,assertion_flips/* assertionText */.A9)(flip))} | ${(0,markdown.cell)((0,assertion_flips/* flipOutcome */.Ov)(flip))} |`;
        const requests = flip.requests
            .slice(0, REQUESTS_IN_DETAILS)
            .map(request => `| | ${(0,markdown.code)(request.action)} on ${(0,markdown.code)(request.resource)} | ${DECISION_TEXT[request.before]} → **${DECISION_TEXT[request.after]}** |`);
        const more = flip.requests.length > REQUESTS_IN_DETAILS
            ? [`| | _… and ${flip.requests.length - REQUESTS_IN_DETAILS} more request(s)_ | |`]
            : [];
        return [head, ...requests, ...more];
    });
    return ['| Assertion | Expects / request | Effect of this change |', '|---|---|---|', ...rows];
}
function policyDetails(group, policy, links) {
    const parts = [
        `<details><summary><b>${(0,markdown.html)(policy.name)}</b> (managed policy) in ${(0,markdown.html)(group.environments.join(', '))} — ${policy.change}, ${VERDICT_TEXT[policy.verdict]}</summary>`,
        ''
    ];
    if (group.file)
        parts.push(`Defined in ${(0,markdown.location)(group.file, group.line, links)}.`, '');
    const rows = statementRows(policy.permissions.added, policy.permissions.removed);
    if (rows.length > 0)
        parts.push(...statementTable(rows), '');
    parts.push('</details>', '');
    return parts.join('\n');
}
function footer(input) {
    const parts = [];
    const links = input.links;
    if (links) {
        parts.push(`${(0,markdown.link)('RoleGate', links.docs?.home)} checked ${(0,markdown.link)((0,markdown.inlineCode)(links.sha.slice(0, 7)), `${links.server}/${links.repository}/commit/${links.sha}`)}`);
        if (links.runUrl)
            parts.push((0,markdown.link)('workflow run', links.runUrl));
    }
    parts.push(...input.changes.caveats.map(markdown.text));
    return `\n<sub>${parts.join(' · ')}</sub>\n`;
}
const SEVERITY_PRIORITY = { error: 0, warning: 1, notice: 2 };
function findingsSection(title, findings, budget, links) {
    if (findings.length === 0)
        return '';
    const sorted = [...findings].sort((a, b) => SEVERITY_PRIORITY[a.severity] - SEVERITY_PRIORITY[b.severity]);
    // The same finding in many files (ten roles with the same unscoped PassRole) is one row that
    // lists its locations.
    const alike = new Map();
    for (const finding of sorted) {
        const key = [
            finding.severity,
            finding.rule,
            (0,markdown.findingEnvironments)(finding).join(','),
            finding.message
        ].join('\u0000');
        alike.set(key, [...(alike.get(key) ?? []), finding]);
    }
    const rows = [...alike.values()].map(members => {
        if (members.length === 1)
            return (0,markdown.findingRow)(members[0], links);
        const [first] = members;
        const places = members
            .slice(0, 3)
            .map(member => (member.file ? (0,markdown.location)(member.file, member.line ?? 1, links) : ''))
            .filter(Boolean);
        const more = members.length > 3 ? ` and ${members.length - 3} more` : '';
        const environments = (0,markdown.findingEnvironments)(first);
        return `| ${first.severity === 'error' ? '❌' : first.severity === 'warning' ? '⚠️' : 'ℹ️'} ${first.severity} ×${members.length} | ${(0,markdown.ruleLabel)(first.rule, links)} | ${places.join(', ')}${more} | ${environments.length ? (0,markdown.cell)(environments.join(', ')) : 'all'} | ${(0,markdown.cell)(first.message)} |`;
    });
    return (`### ${title} (${findings.length})\n\n` +
        boundedTable(['| Severity | Rule | Location | Environments | Message |', '|---|---|---|---|---|'], rows, budget, count => `_… and ${count} more; ${summaryPointer(links)} lists them all._`));
}
/**
 * On a small PR, the details a reviewer must read are open: a high-risk change, an assertion
 * flip, or access the permissions boundary blocks or a boundary change flips.
 */
function opensDetails(group) {
    const role = group.role;
    if (!role)
        return false;
    return (group.risk === 'high' ||
        Boolean(role.assertions?.length) ||
        [...role.permissions.added, ...role.permissions.removed].some(entry => entry.boundary !== undefined));
}
function renderChangeMarkdown(input) {
    const limit = (input.limit ?? COMMENT_LIMIT) - RESERVE;
    const links = input.links;
    const groups = input.configInvalid ? [] : groupChanges(input.changes);
    const head = [];
    if (input.marker)
        head.push(input.marker);
    head.push(...gateLines(input, groups));
    if (input.configInvalid)
        return head.join('\n') + '\n' + footer(input);
    const errors = input.newFindings.filter(finding => finding.severity === 'error');
    const others = input.newFindings.filter(finding => finding.severity !== 'error');
    let body = head.join('\n') + '\n';
    // Errors first: at most a quarter of the room; the change table at most about half.
    body += findingsSection('New errors', errors, limit / 4, links);
    body += '\n' + environmentsLine(input.changes);
    if (groups.length > 0) {
        body += `\n### Changes (${groups.length})\n\n`;
        body += boundedTable(CHANGES_HEADER, changeRows(groups, links), Math.max(Math.min(limit / 2, limit - body.length - limit / 4), limit / 8), count => `_… and ${count} more changed role(s) or policies; ${summaryPointer(links)} lists them all._`);
    }
    if (others.length > 0)
        body +=
            '\n' +
                findingsSection('New warnings and notices', others, Math.min(limit / 8, limit - body.length), links);
    if (input.existingFindingCount > 0)
        body += `\n_${plural(input.existingFindingCount, 'finding')} already existed on the base branch; ${input.inSummary ? 'Findings below lists every finding' : `see ${summaryPointer(links)}`}._\n`;
    // Details strictly by priority: once one does not fit, none after it is shown.
    const details = groups.map(group => (group.role
        ? roleDetails(group.environments, group.role, links, groups.length <= 3 && opensDetails(group))
        : policyDetails(group, group.policy, links)) + '\n');
    if (details.length > 0)
        body += '\n### Details\n\n';
    let shown = 0;
    for (const section of details) {
        if (body.length + section.length > limit)
            break;
        body += section;
        shown++;
    }
    if (shown < details.length)
        body += `\n> **${details.length - shown} of ${details.length} detail section(s) left out** to fit GitHub’s comment limit; ${summaryPointer(links)} has all of them.\n`;
    return body + footer(input);
}
/** The deploy plan (and what was applied) for the job summary and `--format markdown`. */
function renderPlanMarkdown(plan, change, command) {
    const lines = [
        `## RoleGate ${(0,markdown.text)(command)}: ${(0,markdown.text)(plan.environment)} (account ${(0,markdown.text)(plan.account)})`,
        ''
    ];
    if (plan.conflicts.length > 0) {
        lines.push('### ⛔ Refused: resources RoleGate may not change', '', ...plan.conflicts.map(conflict => `- **${(0,markdown.text)(conflict.resource)}**: ${(0,markdown.text)(conflict.reason)}`), '');
    }
    if (plan.drift?.length) {
        const what = {
            'changed-outside': 'changed outside RoleGate',
            'deleted-outside': 'deleted outside RoleGate',
            'not-defined': 'owned by this repository but no longer defined',
            'not-owned': 'exists with a defined name but RoleGate does not own it'
        };
        lines.push(`### Drift (${plan.drift.length})`, '');
        for (const item of plan.drift) {
            const verdict = item.verdict === 'broadens'
                ? ' — live allows more than the definitions'
                : item.verdict === 'narrows'
                    ? ' — live allows less than the definitions'
                    : '';
            lines.push(`- **${(0,markdown.text)(item.resource)}**: ${what[item.kind]}${verdict}`, ...item.reasons.map(reason => `  - ${(0,markdown.text)(reason)}`));
        }
        lines.push('');
    }
    if (plan.operations.length === 0)
        lines.push('✅ Live IAM matches the definitions: nothing to do.', '');
    else
        lines.push(`### Operations (${plan.operations.length})`, '', ...plan.operations.map(operation => `- ${(0,markdown.inlineCode)(operation.kind)} ${(0,markdown.text)(operation.description)}`), '');
    if (plan.orphans.length > 0)
        lines.push(`Owned by this repository but no longer defined (deleted only with prune): ${plan.orphans.map(markdown.inlineCode).join(', ')}`, '');
    if (plan.applied)
        lines.push(`Applied ${plan.applied.length} of ${plan.operations.length} operation(s).`, '');
    if (plan.failed) {
        lines.push(`### ❌ Failed: ${(0,markdown.text)(plan.failed.operation)}`, '', (0,markdown.fence)(plan.failed.error), '');
        if (plan.notAttempted?.length)
            lines.push('Not attempted:', '', ...plan.notAttempted.map(item => `- ${(0,markdown.text)(item)}`), '', 'Re-run the deploy: every step is idempotent and it converges.', '');
    }
    if (change && change.verdict !== 'unchanged') {
        lines.push('### Access changes (live → definitions)', '');
        for (const role of change.roles.filter(item => item.change !== 'unchanged'))
            lines.push(roleDetails([plan.environment], role));
    }
    return lines.join('\n');
}


/***/ }),

/***/ 7311:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cg: () => (/* binding */ ruleDocUrl),
/* harmony export */   Vq: () => (/* binding */ packageDocsLinks),
/* harmony export */   f$: () => (/* binding */ PACKAGE_URL)
/* harmony export */ });
/* unused harmony export actionDocsLinks */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_2__);
/**
 * Where RoleGate's own documentation is, for the links in SARIF (rule help, the tool's home), the
 * PR comment and the job summary. Nothing here names a repository: the action learns its own from
 * the runner, the CLI points at the docs shipped in its package.
 *
 * - In the action, the runner sets `GITHUB_SERVER_URL`, `GITHUB_ACTION_REPOSITORY` (`owner/repo`
 *   of the action being run) and `GITHUB_ACTION_REF` (the ref in `uses: owner/repo@ref`): links go
 *   to `https://github.com/owner/repo/blob/<ref>/docs/…`, the docs of the version that ran.
 * - A local action (`uses: ./`) gets neither variable: no links.
 * - The CLI links to `docs/` in the installed package, as a `file:` URL, when it is there.
 */



/** The published package, for SARIF's `informationUri` when the action's repository is unknown. */
const PACKAGE_URL = 'https://www.npmjs.com/package/rolegate';
const OWNER_REPO = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100}$/;
/** A git ref as GitHub writes it after `@`: a tag, branch or SHA; no `..`, spaces or URL syntax. */
const REF = /^(?!.*\.\.)[A-Za-z0-9][A-Za-z0-9._/-]{0,254}$/;
/** The action's own repository and ref, from the runner's environment; undefined outside an action run. */
function actionDocsLinks(env = process.env) {
    const repository = env.GITHUB_ACTION_REPOSITORY;
    const ref = env.GITHUB_ACTION_REF;
    if (!repository || !ref || !OWNER_REPO.test(repository) || !REF.test(ref))
        return undefined;
    let server;
    try {
        server = new URL(env.GITHUB_SERVER_URL || 'https://github.com');
    }
    catch {
        return undefined;
    }
    if (server.protocol !== 'https:' && server.protocol !== 'http:')
        return undefined;
    const origin = `${server.origin}${server.pathname.replace(/\/+$/, '')}`;
    const encodedRef = ref.split('/').map(encodeURIComponent).join('/');
    return {
        base: `${origin}/${repository}/blob/${encodedRef}/`,
        home: `${origin}/${repository}`
    };
}
/**
 * The package folder holding `docs/rules.md`, searched upward from this module (dist/index.js,
 * dist/cli/index.js or src/report/docs-links.ts); undefined when the docs are not shipped.
 */
function packageDocsLinks(from = import.meta.url) {
    let folder = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname((0,node_url__WEBPACK_IMPORTED_MODULE_2__.fileURLToPath)(from));
    for (let depth = 0; depth < 3; depth++) {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(folder, 'docs', 'rules.md'))) {
            return { base: (0,node_url__WEBPACK_IMPORTED_MODULE_2__.pathToFileURL)(folder + (node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).href, home: PACKAGE_URL };
        }
        folder = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(folder);
    }
    return undefined;
}
/** The absolute URL of a rule's section in docs/rules.md (`## rule-id` gives `#rule-id`). */
function ruleDocUrl(id, links) {
    if (!links)
        return undefined;
    const url = new URL('docs/rules.md', links.base);
    url.hash = id;
    return url.href;
}


/***/ }),

/***/ 4285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cell: () => (/* binding */ cell),
/* harmony export */   code: () => (/* binding */ code),
/* harmony export */   fence: () => (/* binding */ fence),
/* harmony export */   findingEnvironments: () => (/* binding */ findingEnvironments),
/* harmony export */   findingRow: () => (/* binding */ findingRow),
/* harmony export */   findingsTable: () => (/* binding */ findingsTable),
/* harmony export */   html: () => (/* binding */ html),
/* harmony export */   inlineCode: () => (/* binding */ inlineCode),
/* harmony export */   link: () => (/* binding */ link),
/* harmony export */   location: () => (/* binding */ location),
/* harmony export */   renderMarkdown: () => (/* binding */ renderMarkdown),
/* harmony export */   ruleLabel: () => (/* binding */ ruleLabel),
/* harmony export */   text: () => (/* binding */ text)
/* harmony export */ });
/* harmony import */ var _docs_links_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7311);

/**
 * Characters that can open inline markup anywhere in a line: emphasis, code, links, HTML, tables,
 * strikethrough, entities, math (`$`), mentions. `:` `-` `.` `(` stay as they are, so ARNs and
 * messages read plainly in logs too (GitHub's emoji and issue-reference filters run after markdown,
 * so escaping `:` or `#` would not stop them anyway).
 */
const INLINE = /[\\`*_[\]<>|~&$@]/g;
/** What can turn the start of a line into a block: a heading, list, quote, rule, setext underline. */
const LINE_START = /^(\s*)([#>+=-]|\d+(?=[.)]))/;
/** Newlines and other line breaks become spaces: one value never spans lines. */
function oneLine(value) {
    return value.replace(/[\r\n\u2028\u2029]+/g, ' ');
}
/** Plain text in a paragraph or list item: markup characters backslash-escaped. */
function text(value) {
    return oneLine(value)
        .replace(INLINE, character => `\\${character}`)
        .replace(LINE_START, (_, blank, start) => /^\d/.test(start) ? `${blank}${start}\\` : `${blank}\\${start}`);
}
/** Text in a table cell: as `text` (which escapes `|` too). */
function cell(value) {
    return text(value);
}
/**
 * A code span: shown verbatim. The fence is one backtick longer than the longest run inside; a
 * `|` is escaped because GFM splits table cells before it parses code spans (in and out of tables
 * `\|` renders as `|` in a code span only inside a table, so `code` is for cells and `inlineCode`
 * for prose).
 */
function code(value) {
    return span(oneLine(value).replace(/\|/g, '\\|'));
}
/** A code span outside a table. */
function inlineCode(value) {
    return span(oneLine(value));
}
function span(value) {
    if (value === '')
        return '';
    const longest = Math.max(0, ...(value.match(/`+/g) ?? []).map(run => run.length));
    const ticks = '`'.repeat(longest + 1);
    const pad = value.startsWith('`') || value.endsWith('`') || /^ .* $/.test(value) ? ' ' : '';
    return `${ticks}${pad}${value}${pad}${ticks}`;
}
/** A fenced code block: the fence is longer than any backtick run in the content. */
function fence(content, language = '') {
    const longest = Math.max(2, ...(content.match(/`{3,}/g) ?? []).map(run => run.length));
    const ticks = '`'.repeat(longest + 1);
    return `${ticks}${language}\n${content.replace(/\n$/, '')}\n${ticks}`;
}
/** A link; the label is markdown (escaped by the caller), the URL one RoleGate built. */
function link(label, url) {
    if (!url)
        return label;
    return `[${label}](${url.replace(/[\s()<>]/g, character => encodeURIComponent(character))})`;
}
/**
 * Text inside an HTML block (`<details><summary>…` on one line): markdown is not parsed there, so
 * markup characters become entities and nothing is backslash-escaped.
 */
function html(value) {
    return oneLine(value)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;');
}
/** A rule id as code, linked to its section of docs/rules.md when the run knows where that is. */
function ruleLabel(rule, links) {
    return link(code(rule), (0,_docs_links_js__WEBPACK_IMPORTED_MODULE_0__/* .ruleDocUrl */ .Cg)(rule, links?.docs));
}
/** `path:line` as a link to the line at the head commit, or as a code span without links. */
function location(file, line, links) {
    const label = `${file}${line ? `:${line}` : ''}`;
    if (!links)
        return code(label);
    const url = `${links.server}/${links.repository}/blob/${links.sha}/${file
        .split('/')
        .map(encodeURIComponent)
        .join('/')}${line ? `#L${line}` : ''}`;
    return `[${code(label)}](${url})`;
}
const ICON = { error: '❌', warning: '⚠️', notice: 'ℹ️' };
/** The environments a finding applies to, in the order given. */
function findingEnvironments(finding) {
    return finding.environments ?? (finding.environment ? [finding.environment] : []);
}
function findingsTable(findings, links) {
    if (findings.length === 0)
        return '_No findings._\n';
    const rows = findings.map(finding => findingRow(finding, links));
    return (['| Severity | Rule | Location | Environments | Message |', '|---|---|---|---|---|', ...rows].join('\n') +
        '\n');
}
function findingRow(finding, links) {
    const where = finding.file ? location(finding.file, finding.line ?? 1, links) : '';
    const suppressed = finding.suppressed ? ` _(suppressed: ${cell(finding.suppressed.reason)})_` : '';
    const environments = findingEnvironments(finding);
    return `| ${ICON[finding.severity]} ${finding.severity} | ${ruleLabel(finding.rule, links)} | ${where} | ${environments.length ? cell(environments.join(', ')) : 'all'} | ${cell(finding.message)}${suppressed} |`;
}
function renderMarkdown(report, extra, links) {
    const { error, warning, notice, suppressed } = report.summary;
    const headline = error > 0 ? `❌ ${error} error(s)` : warning > 0 ? `⚠️ ${warning} warning(s)` : '✅ No errors or warnings';
    const parts = [
        `## RoleGate ${text(report.command)}`,
        '',
        `${headline} — ${error} error(s), ${warning} warning(s), ${notice} notice(s)${suppressed ? `, ${suppressed} suppressed` : ''} across ${text(report.environmentNames.join(', ')) || 'no environments'}.`,
        ''
    ];
    if (extra)
        parts.push(extra, '');
    parts.push('### Findings', '', findingsTable(report.findings, links));
    if (report.suppressions.length > 0) {
        parts.push('### Suppressions', '', '| Rule | Definition | Reason | Silenced |', '|---|---|---|---|', ...report.suppressions.map(use => `| ${code(use.rule)} | ${location(use.file, use.line, links)} ${cell(use.role)} | ${cell(use.reason)} | ${use.count} |`), '');
    }
    return parts.join('\n');
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
