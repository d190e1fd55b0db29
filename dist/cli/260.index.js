export const id = 260;
export const ids = [260];
export const modules = {

/***/ 2260:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BOOTSTRAP_BOUNDARY_NOTE: () => (/* binding */ BOOTSTRAP_BOUNDARY_NOTE),
/* harmony export */   canExitCode: () => (/* binding */ canExitCode),
/* harmony export */   parseContext: () => (/* binding */ parseContext),
/* harmony export */   requestAction: () => (/* binding */ requestAction),
/* harmony export */   requestResource: () => (/* binding */ requestResource),
/* harmony export */   runCan: () => (/* binding */ runCan)
/* harmony export */ });
/* harmony import */ var _fs_load_project_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8435);
/* harmony import */ var _fs_project_files_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(440);
/* harmony import */ var _policy_action_db_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6777);
/* harmony import */ var _policy_arn_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6185);
/* harmony import */ var _policy_evaluate_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(82);
/* harmony import */ var _policy_suggest_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5016);
/* harmony import */ var _policy_wildcard_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2930);
/* harmony import */ var _render_render_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9518);
/* harmony import */ var _util_suggest_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(5670);









/** Exit code of `can`: 0 allowed, 1 denied, 2 unknown (fails closed, like a usage error: no answer). */
function canExitCode(outcome) {
    return outcome.decision === 'allow' ? 0 : outcome.decision === 'deny' ? 1 : 2;
}
/** Said whenever an answer reads the boundary from `rolegate bootstrap`'s template, not from the repository. */
const BOOTSTRAP_BOUNDARY_NOTE = (arn) => `The permissions boundary ${arn} was read as "rolegate bootstrap" writes it (docs/deploy.md#bootstrap); if the account's copy was changed outside RoleGate, the answer may differ.`;
async function runCan(options) {
    // The request first: a typo is reported without reading a file.
    const action = requestAction(options.action);
    const resource = requestResource(options.resource);
    const context = parseContext(options.context);
    const project = await (0,_fs_load_project_js__WEBPACK_IMPORTED_MODULE_0__/* .loadProject */ .g)((0,_fs_project_files_js__WEBPACK_IMPORTED_MODULE_1__/* .diskTree */ .cF)(options.workspace), (0,_fs_project_files_js__WEBPACK_IMPORTED_MODULE_1__/* .workspacePath */ .X5)(options.configPath, options.workspace), { requireConfig: true });
    const broken = project.findings.filter(finding => finding.rule === 'schema' && finding.severity === 'error');
    if (!project.config || broken.length > 0)
        throw new _fs_project_files_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`cannot answer: ${broken.length === 1 ? 'a file does' : `${broken.length} problems in files do`} not load, so the role's policies are not known:\n${listFindings(broken)}\nfix ${broken.length === 1 ? 'it' : 'them'} ("rolegate validate" lists every problem) and ask again`);
    const config = project.config;
    const environment = knownEnvironment(config, options.environment, project.configFile);
    const rendered = (0,_render_render_js__WEBPACK_IMPORTED_MODULE_7__/* .render */ .XX)(config, project.definitions, {
        managedBy: config.managedBy ?? `local/${config.project}`,
        environments: [environment],
        now: options.now ?? new Date()
    });
    const state = rendered.state.environments[environment];
    const role = findRole(state, options.role, project.definitions, environment);
    const incomplete = renderErrorsOf(role, state, rendered.findings);
    if (incomplete.length > 0)
        throw new _fs_project_files_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`cannot answer for ${role.logicalName ?? role.name} in ${environment}: its definition does not render completely:\n${listFindings(incomplete)}\nfix ${incomplete.length === 1 ? 'it' : 'them'} and ask again`);
    const result = (0,_policy_evaluate_index_js__WEBPACK_IMPORTED_MODULE_4__/* .evaluateRequest */ .LO)((0,_policy_evaluate_index_js__WEBPACK_IMPORTED_MODULE_4__/* .rolePolicies */ .ns)(role, state), {
        action,
        resource,
        context: (0,_policy_evaluate_index_js__WEBPACK_IMPORTED_MODULE_4__/* .requestContext */ .V8)(context)
    });
    if (result.boundary && result.boundary.arn === state.bootstrapBoundary?.arn)
        result.notes.push(BOOTSTRAP_BOUNDARY_NOTE(result.boundary.arn));
    return {
        schemaVersion: 1,
        command: 'can',
        environment,
        role: { name: role.logicalName ?? role.name, physicalName: role.name, arn: role.arn },
        request: { action, resource, context: context.map(([key, values]) => ({ key, values })) },
        ...result
    };
}
/** One known action, canonical spelling; a pattern or an unknown name is a usage error. */
function requestAction(written) {
    if ((0,_policy_wildcard_js__WEBPACK_IMPORTED_MODULE_6__/* .hasWildcard */ .rl)(written))
        throw new _fs_project_files_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`ACTION must be one action, not a pattern: "${written}" has a wildcard. rolegate can answers one request; name the action (e.g. s3:GetObject), or write an expect: assertion, where a wildcard stands for every action it matches`);
    const canonical = (0,_policy_action_db_js__WEBPACK_IMPORTED_MODULE_2__/* .canonicalActionName */ .q_)(written);
    if (canonical)
        return canonical;
    const suggestion = (0,_policy_suggest_js__WEBPACK_IMPORTED_MODULE_5__/* .suggestAction */ .t)(written);
    const shape = written.includes(':') ? '' : ' (an action is service:Action, e.g. s3:GetObject)';
    throw new _fs_project_files_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`unknown action "${written}"${shape}${suggestion ? ` (did you mean "${suggestion}"?)` : ''}; RoleGate knows the actions of the AWS Service Authorization Reference`);
}
/** `*` or an ARN: anything else cannot be a request's resource. */
function requestResource(written) {
    const problems = (0,_policy_arn_js__WEBPACK_IMPORTED_MODULE_3__/* .arnProblems */ .iO)(written);
    if (problems.length > 0)
        throw new _fs_project_files_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`RESOURCE "${written}" is not an ARN: ${problems.join('; ')}. Write the ARN of the resource (arn:aws:s3:::bucket/key), or "*" for an action that takes no resource`);
    return written;
}
/**
 * `KEY=VALUE` entries → key and its values, in the order typed. Keys are case-insensitive in IAM:
 * `aws:SourceVpc` twice, in any case, is one multi-valued key (spelt as first typed).
 */
function parseContext(entries) {
    const byKey = new Map();
    for (const entry of entries) {
        const equals = entry.indexOf('=');
        const key = equals < 0 ? '' : entry.slice(0, equals).trim();
        if (key === '')
            throw new _fs_project_files_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`--context "${entry}" is not KEY=VALUE: write e.g. --context aws:SourceVpc=vpc-1a2b3c4d (repeat a key for several values)`);
        const value = entry.slice(equals + 1);
        const existing = byKey.get(key.toLowerCase());
        if (existing)
            existing[1].push(value);
        else
            byKey.set(key.toLowerCase(), [key, [value]]);
    }
    return [...byKey.values()];
}
function knownEnvironment(config, environment, configFile) {
    const known = Object.keys(config.environments);
    if (known.includes(environment))
        return environment;
    throw new _fs_project_files_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`environment "${environment}" is not defined in ${configFile}${(0,_util_suggest_js__WEBPACK_IMPORTED_MODULE_8__/* .didYouMean */ .a)(environment, known)}; known: ${known.join(', ')}`);
}
/** By logical name, then physical name (IAM names are case-insensitive); else a did-you-mean. */
function findRole(state, name, definitions, environment) {
    const found = state.roles.find(role => role.logicalName === name) ??
        state.roles.find(role => role.name === name) ??
        state.roles.find(role => role.name.toLowerCase() === name.toLowerCase());
    if (found)
        return found;
    const elsewhere = definitions.find(item => item.definition.kind === 'Role' && item.definition.name === name);
    if (elsewhere) {
        const listed = elsewhere.definition.environments;
        throw new _fs_project_files_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(listed && !listed.includes(environment)
            ? `role "${name}" is not deployed to ${environment} (its environments: ${listed.join(', ')}); pass --env with one of them`
            : `role "${name}" is not rendered in ${environment}: its expires date has passed, so RoleGate treats it as not defined`);
    }
    const logical = state.roles.flatMap(role => (role.logicalName ? [role.logicalName] : []));
    const suggestion = (0,_util_suggest_js__WEBPACK_IMPORTED_MODULE_8__/* .closest */ .k)(name, logical) ??
        (0,_util_suggest_js__WEBPACK_IMPORTED_MODULE_8__/* .closest */ .k)(name, state.roles.map(role => role.name));
    const listed = logical.length > 10 ? `${logical.slice(0, 10).join(', ')}, ...` : logical.join(', ');
    throw new _fs_project_files_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`role "${name}" is not defined in ${environment}${suggestion ? ` (did you mean "${suggestion}"?)` : ''}; roles in ${environment}: ${listed || 'none'}`);
}
/** Render errors (unknown variables, unresolved managed policies) of the role or of a policy it attaches. */
function renderErrorsOf(role, state, findings) {
    const names = new Set([role.logicalName ?? role.name]);
    for (const policy of state.managedPolicies)
        if (policy.logicalName &&
            (role.managedPolicyArns.includes(policy.arn) || role.permissionsBoundary === policy.arn))
            names.add(policy.logicalName);
    return findings.filter(finding => finding.severity === 'error' && finding.role !== undefined && names.has(finding.role));
}
function listFindings(findings) {
    const shown = findings
        .slice(0, 5)
        .map(finding => `  ${finding.file ?? '(project)'}:${finding.line ?? 1}:${finding.column ?? 1}  ${finding.rule}  ${finding.message}`);
    if (findings.length > shown.length)
        shown.push(`  and ${findings.length - shown.length} more`);
    return shown.join('\n');
}


/***/ })

};
