export const id = 655;
export const ids = [655];
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

/***/ 5655:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   formatFindingLine: () => (/* binding */ formatFindingLine),
/* harmony export */   oneLine: () => (/* binding */ oneLine),
/* harmony export */   renderChangeText: () => (/* binding */ renderChangeText),
/* harmony export */   renderText: () => (/* binding */ renderText),
/* harmony export */   workflowSafe: () => (/* binding */ workflowSafe)
/* harmony export */ });
/* harmony import */ var _assertion_flips_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6683);
/* harmony import */ var _compare_model_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1830);
/** Terminal output: one line per finding, compiler style, then a summary line. */


/**
 * The one guard for what RoleGate prints to stdout in the action: the runner executes any line
 * that starts (after blanks) with `::` (workflow commands: `::add-mask::`, `::stop-commands::`,
 * `::warning file=…`) and `##[` commands, and PR content (messages, file names, reasons) reaches
 * these lines. Such a line is quoted with `> `; a `##[` anywhere is broken with a zero-width space.
 */
function workflowSafe(output) {
    return output
        .split(/\r\n|\r|\n/)
        .map(line => line.replace(/##\[/g, '#\u200b#[').replace(/^(\s*)(?=::)/, '$1> '))
        .join('\n');
}
/** A user-derived value on one line: line breaks become `⏎`. */
function oneLine(value) {
    return value.replace(/\r\n|[\r\n\u2028\u2029\u0085]/g, ' ⏎ ');
}
function formatFindingLine(finding) {
    const where = finding.file ? `${finding.file}:${finding.line ?? 1}:${finding.column ?? 1}` : '(project)';
    const environments = finding.environments?.join(',') ?? finding.environment;
    const scope = [environments, finding.role].filter(Boolean).join('/');
    const suppressed = finding.suppressed ? ` [suppressed: ${finding.suppressed.reason}]` : '';
    return oneLine(`${where}  ${finding.severity.padEnd(7)}  ${finding.rule}  ${finding.message}${scope ? `  (${scope})` : ''}${suppressed}`);
}
function renderText(report) {
    const lines = report.findings.map(formatFindingLine);
    const { error, warning, notice, suppressed } = report.summary;
    lines.push('', `${report.command}: ${error} error(s), ${warning} warning(s), ${notice} notice(s)` +
        (suppressed ? `, ${suppressed} suppressed` : '') +
        ` in ${report.environmentNames.length} environment(s) of ${oneLine(report.config)}`);
    return workflowSafe(lines.join('\n') + '\n');
}
const SIGN = { added: '+', removed: '-', modified: '~', unchanged: ' ' };
/** The change set for a terminal: one line per changed role, reasons indented. */
function renderChangeText(changes) {
    const lines = [];
    for (const environment of Object.values(changes.environments)) {
        lines.push(oneLine(`${environment.environment}: ${(0,_compare_model_js__WEBPACK_IMPORTED_MODULE_1__/* .environmentVerdict */ .b)(environment)}${environment.risk === 'high' ? ' (HIGH RISK)' : ''}`));
        for (const role of environment.roles) {
            // A role with the same definition still changes access when its boundary or an attached policy does.
            if (role.change === 'unchanged' && role.verdict === 'unchanged' && !role.assertions?.length)
                continue;
            const counts = [
                role.addedActions.length ? `+${role.addedActions.length} actions` : '',
                role.removedActions.length ? `-${role.removedActions.length} actions` : ''
            ]
                .filter(Boolean)
                .join(', ');
            lines.push(oneLine(`  ${SIGN[role.change]} ${role.name} (${role.physicalName}): ${role.verdict}${counts ? `, ${counts}` : ''}${role.risk === 'high' ? ', high risk' : ''}`));
            for (const flip of role.assertions ?? []) {
                const where = flip.assertion.location
                    ? `${flip.assertion.location.file}:${flip.assertion.location.line}`
                    : `expect[${flip.assertion.index}]`;
                const claims = flip.requests.map(request => `${(0,_assertion_flips_js__WEBPACK_IMPORTED_MODULE_0__/* .flipVerb */ .J3)(request)} ${request.action} on ${request.resource}`);
                lines.push(oneLine(`      assertion ${where} (${(0,_assertion_flips_js__WEBPACK_IMPORTED_MODULE_0__/* .assertionText */ .A9)(flip)}) ${(0,_assertion_flips_js__WEBPACK_IMPORTED_MODULE_0__/* .flipOutcome */ .Ov)(flip)}${claims.length ? `: after this change ${role.name} ${claims.join('; ')}` : ''}`));
            }
            for (const reason of role.reasons)
                lines.push(`      ${oneLine(reason)}`);
        }
        for (const policy of environment.managedPolicies) {
            if (policy.change !== 'unchanged')
                lines.push(oneLine(`  ${SIGN[policy.change]} managed policy ${policy.name} (${policy.physicalName}): ${policy.verdict}`));
        }
        for (const item of environment.notEvaluated ?? [])
            lines.push(oneLine(`  ? ${item.name}: not evaluated: ${item.file}${item.line ? `:${item.line}` : ''} ${item.reason}${item.side === 'base' ? ' on the base' : ''}`));
    }
    if (changes.ownership)
        lines.push(oneLine(`ownership changes: managedBy ${changes.ownership.before} -> ${changes.ownership.after} (HIGH RISK)`));
    lines.push('', ...changes.caveats.map(caveat => `note: ${caveat}`));
    return workflowSafe(lines.join('\n') + '\n');
}


/***/ })

};
