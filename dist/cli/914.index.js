export const id = 914;
export const ids = [914];
export const modules = {

/***/ 8914:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   analyze: () => (/* binding */ analyze),
/* harmony export */   ownershipValue: () => (/* binding */ ownershipValue),
/* harmony export */   repositoryFromGitRemote: () => (/* binding */ repositoryFromGitRemote)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _fs_load_project_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8435);
/* harmony import */ var _fs_project_files_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(440);
/* harmony import */ var _lint_run_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2582);
/* harmony import */ var _render_render_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9518);
/* harmony import */ var _util_bounded_memo_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7008);
/* harmony import */ var _util_suggest_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5670);







/** The ownership tag value: config, then the GitHub repository, then a local fallback. */
function ownershipValue(config, explicit, workspace) {
    return (explicit ??
        config.managedBy ??
        process.env.GITHUB_REPOSITORY ??
        repositoryFromGitRemote(workspace) ??
        `local/${config.project}`);
}
/**
 * owner/repo from the clone's GitHub remote, so a person's `rolegate plan` sees the resources the
 * workflow (tagging with $GITHUB_REPOSITORY) created as its own.
 */
function repositoryFromGitRemote(workspace) {
    return workspace ? remoteRepository(workspace) : undefined;
}
// Asked once per workspace: a diff renders both sides, a deploy renders and then tags (each git
// process costs a cold run ~20 ms).
const remoteRepository = (0,_util_bounded_memo_js__WEBPACK_IMPORTED_MODULE_5__/* .boundedMemo */ .S)((workspace) => {
    try {
        const url = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFileSync)('git', ['config', '--get', 'remote.origin.url'], {
            cwd: workspace,
            encoding: 'utf8',
            stdio: ['ignore', 'pipe', 'ignore']
        }).trim();
        return /github\.com[:/]([\w.-]+\/[\w.-]+?)(?:\.git)?$/.exec(url)?.[1];
    }
    catch {
        return undefined;
    }
}, 16);
async function analyze(options) {
    const project = await (0,_fs_load_project_js__WEBPACK_IMPORTED_MODULE_1__/* .loadProject */ .g)((0,_fs_project_files_js__WEBPACK_IMPORTED_MODULE_2__/* .diskTree */ .cF)(options.workspace), (0,_fs_project_files_js__WEBPACK_IMPORTED_MODULE_2__/* .workspacePath */ .X5)(options.configPath, options.workspace), {
        requireConfig: true
    });
    const empty = { project: project.config?.project ?? '', environments: {} };
    if (!project.config) {
        return {
            configFile: project.configFile,
            state: empty,
            environmentNames: [],
            findings: project.findings,
            suppressions: []
        };
    }
    const config = project.config;
    const known = Object.keys(config.environments);
    if (options.environment !== undefined && !known.includes(options.environment)) {
        throw new _fs_project_files_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`environment "${options.environment}" is not defined in ${project.configFile}${(0,_util_suggest_js__WEBPACK_IMPORTED_MODULE_6__/* .didYouMean */ .a)(options.environment, known)}; known: ${known.join(', ')}`);
    }
    const environmentNames = options.environment ? [options.environment] : known;
    const rendered = (0,_render_render_js__WEBPACK_IMPORTED_MODULE_4__/* .render */ .XX)(config, project.definitions, {
        managedBy: ownershipValue(config, options.managedBy, options.workspace),
        environments: environmentNames,
        now: options.now ?? new Date(),
        memo: options.renderMemo
    });
    const linted = (0,_lint_run_js__WEBPACK_IMPORTED_MODULE_3__/* .lint */ .u8)(rendered.state, config, [...project.findings, ...rendered.findings]);
    return {
        config,
        configFile: project.configFile,
        state: rendered.state,
        environmentNames,
        files: project.files,
        ...linted
    };
}


/***/ }),

/***/ 9282:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J8: () => (/* binding */ HIGH_RISK_RULES),
/* harmony export */   lL: () => (/* binding */ SECURITY_SEVERITY),
/* harmony export */   pQ: () => (/* binding */ ruleKind),
/* harmony export */   y0: () => (/* binding */ RULES)
/* harmony export */ });
const rules = [
    // Definitions
    {
        id: 'schema',
        defaultSeverity: 'error',
        family: 'definitions',
        summary: 'A file does not follow the RoleGate format.'
    },
    {
        id: 'unknown-variable',
        defaultSeverity: 'error',
        family: 'definitions',
        summary: 'A {name} variable is not defined.'
    },
    {
        id: 'duplicate-name',
        defaultSeverity: 'error',
        family: 'definitions',
        summary: 'Two definitions render to the same IAM name.'
    },
    {
        id: 'unknown-reference',
        defaultSeverity: 'error',
        family: 'definitions',
        summary: 'A managed policy or environment named in a definition does not exist.'
    },
    {
        id: 'naming-convention',
        defaultSeverity: 'warning',
        family: 'definitions',
        summary: 'A physical name does not follow the naming template.'
    },
    {
        id: 'grant-expired',
        defaultSeverity: 'warning',
        family: 'definitions',
        summary: 'A time-bound grant (`expires`) has expired: deploy removes it.'
    },
    {
        id: 'grant-expiring',
        defaultSeverity: 'notice',
        family: 'definitions',
        summary: 'A time-bound grant (`expires`) ends within days.'
    },
    {
        id: 'access-assertion',
        defaultSeverity: 'error',
        family: 'definitions',
        summary: 'An `expect:` access assertion of a role does not hold: the role can do what it must not, or cannot do what it must.'
    },
    // Grammar
    {
        id: 'malformed-policy',
        defaultSeverity: 'error',
        family: 'grammar',
        summary: 'A policy document breaks IAM policy grammar.'
    },
    {
        id: 'unknown-service',
        defaultSeverity: 'error',
        family: 'grammar',
        summary: 'An action names a service prefix AWS does not have.'
    },
    {
        id: 'unknown-action',
        defaultSeverity: 'error',
        family: 'grammar',
        summary: 'An action (after wildcard expansion) matches no AWS action.'
    },
    {
        id: 'invalid-condition-operator',
        defaultSeverity: 'error',
        family: 'grammar',
        summary: 'A condition operator IAM does not know.'
    },
    {
        id: 'unknown-condition-key',
        defaultSeverity: 'warning',
        family: 'grammar',
        summary: 'A condition key that neither AWS globally nor the actions’ services define.'
    },
    {
        id: 'invalid-arn',
        defaultSeverity: 'error',
        family: 'grammar',
        summary: 'A Resource that is not a valid ARN or "*".'
    },
    {
        id: 'resource-mismatch',
        defaultSeverity: 'warning',
        family: 'grammar',
        summary: 'No resource type of the action matches the ARN.'
    },
    {
        id: 'duplicate-sid',
        defaultSeverity: 'error',
        family: 'grammar',
        summary: 'Two statements of one policy share a Sid.'
    },
    {
        id: 'invalid-condition-value',
        defaultSeverity: 'error',
        family: 'grammar',
        summary: 'A condition value its operator cannot read, or an operator of the wrong type for its key.'
    },
    {
        id: 'inapplicable-condition-key',
        defaultSeverity: 'warning',
        family: 'grammar',
        summary: 'A service condition key that none of the statement’s actions takes.'
    },
    {
        id: 'policy-version',
        defaultSeverity: 'warning',
        family: 'grammar',
        summary: 'Version 2008-10-17, or no Version in a document that uses policy variables.'
    },
    // Least privilege
    {
        id: 'wildcard-action',
        defaultSeverity: 'error',
        family: 'least-privilege',
        summary: 'Action "*" allows every action of every service.'
    },
    {
        id: 'service-wildcard',
        defaultSeverity: 'warning',
        family: 'least-privilege',
        summary: 'Action "service:*" allows every action of a service.'
    },
    {
        id: 'resource-wildcard-write',
        defaultSeverity: 'warning',
        family: 'least-privilege',
        summary: 'Write or permissions-management actions on Resource "*" where ARNs could be named.'
    },
    {
        id: 'not-action-allow',
        defaultSeverity: 'warning',
        family: 'least-privilege',
        summary: 'Allow with NotAction allows everything not listed.'
    },
    {
        id: 'not-resource-allow',
        defaultSeverity: 'warning',
        family: 'least-privilege',
        summary: 'Allow with NotResource allows every resource not listed.'
    },
    {
        id: 'pass-role-unscoped',
        defaultSeverity: 'error',
        family: 'least-privilege',
        summary: 'iam:PassRole on "*" or without iam:PassedToService.'
    },
    {
        id: 'privilege-escalation',
        defaultSeverity: 'error',
        family: 'least-privilege',
        summary: 'Actions that let the role grant itself more access.'
    },
    {
        id: 'credentials-exposure',
        defaultSeverity: 'warning',
        family: 'least-privilege',
        summary: 'Actions that return credentials or secrets.'
    },
    {
        id: 'data-exfiltration',
        defaultSeverity: 'notice',
        family: 'least-privilege',
        summary: 'Read actions on data stores on unconstrained resources.'
    },
    {
        id: 'admin-managed-policy',
        defaultSeverity: 'error',
        family: 'least-privilege',
        summary: 'An administrator-level AWS managed policy is attached.'
    },
    {
        id: 'missing-permissions-boundary',
        defaultSeverity: 'error',
        family: 'least-privilege',
        summary: 'A role has no permissions boundary though the config requires one.'
    },
    {
        id: 'mfa-bool-false',
        defaultSeverity: 'warning',
        family: 'least-privilege',
        summary: 'aws:MultiFactorAuthPresent compared with "false" in an Allow, or without IfExists in a Deny.'
    },
    // Trust
    {
        id: 'trust-any-principal',
        defaultSeverity: 'error',
        family: 'trust',
        summary: 'Anyone may assume the role.'
    },
    {
        id: 'github-oidc-unpinned-sub',
        defaultSeverity: 'error',
        family: 'trust',
        summary: 'GitHub OIDC trust without a precise sub condition.'
    },
    {
        id: 'github-oidc-missing-aud',
        defaultSeverity: 'error',
        family: 'trust',
        summary: 'GitHub OIDC trust without aud = sts.amazonaws.com.'
    },
    {
        id: 'github-oidc-not-environment-bound',
        defaultSeverity: 'warning',
        family: 'trust',
        summary: 'A protected environment’s role trusts GitHub without pinning the environment.'
    },
    {
        id: 'github-oidc-forallvalues',
        defaultSeverity: 'error',
        family: 'trust',
        summary: 'ForAllValues: in an Allow trust condition is true when the claim is absent.'
    },
    {
        id: 'cross-account-no-external-id',
        defaultSeverity: 'warning',
        family: 'trust',
        summary: 'Another account may assume the role without sts:ExternalId.'
    },
    {
        id: 'service-confused-deputy',
        defaultSeverity: 'notice',
        family: 'trust',
        summary: 'A service principal without aws:SourceAccount or aws:SourceArn.'
    },
    {
        id: 'invalid-principal',
        defaultSeverity: 'error',
        family: 'trust',
        summary: 'A trust policy principal IAM does not accept ("Invalid principal in policy").'
    },
    {
        id: 'trust-any-principal-conditioned',
        defaultSeverity: 'notice',
        family: 'trust',
        summary: 'Principal "*" limited only by a condition, e.g. to every account of the organization.'
    },
    // Quotas
    {
        id: 'role-name-length',
        defaultSeverity: 'error',
        family: 'quotas',
        summary: 'A role or policy name is too long or has characters IAM refuses.'
    },
    {
        id: 'trust-policy-size',
        defaultSeverity: 'error',
        family: 'quotas',
        summary: 'The trust policy exceeds the account’s size quota.'
    },
    {
        id: 'inline-policy-size',
        defaultSeverity: 'error',
        family: 'quotas',
        summary: 'A role’s inline policies exceed 10,240 characters together.'
    },
    {
        id: 'managed-policy-size',
        defaultSeverity: 'error',
        family: 'quotas',
        summary: 'A managed policy exceeds 6,144 characters.'
    },
    {
        id: 'managed-policy-count',
        defaultSeverity: 'error',
        family: 'quotas',
        summary: 'More managed policies attached than the quota allows.'
    },
    {
        id: 'tag-limits',
        defaultSeverity: 'error',
        family: 'quotas',
        summary: 'Too many tags, or a tag key or value too long.'
    },
    {
        id: 'session-duration',
        defaultSeverity: 'error',
        family: 'quotas',
        summary: 'maxSessionDuration outside 3,600–43,200 seconds.'
    },
    {
        id: 'description',
        defaultSeverity: 'error',
        family: 'quotas',
        summary: 'A description longer than 1,000 characters or with characters IAM refuses.'
    },
    {
        id: 'path',
        defaultSeverity: 'error',
        family: 'quotas',
        summary: 'An IAM path longer than 512 characters or malformed.'
    },
    // Suppressions
    {
        id: 'unused-suppression',
        defaultSeverity: 'notice',
        family: 'suppressions',
        summary: 'A suppression that silenced nothing.'
    }
];
const RULES = new Map(rules.map(rule => [rule.id, rule]));
/**
 * SARIF metadata: a security rule's `security-severity` (GitHub code scanning: critical ≥ 9.0,
 * high ≥ 7.0, medium ≥ 4.0, low > 0) from its real impact, not its default level. Only these rules
 * are tagged `security`; the others are correctness or maintainability problems.
 */
const SECURITY_SEVERITY = new Map([
    ['wildcard-action', 9.1],
    ['privilege-escalation', 9.0],
    ['trust-any-principal', 9.3],
    ['admin-managed-policy', 8.8],
    ['pass-role-unscoped', 8.1],
    ['github-oidc-unpinned-sub', 9.0],
    ['github-oidc-forallvalues', 8.6],
    ['github-oidc-missing-aud', 7.5],
    ['github-oidc-not-environment-bound', 6.5],
    ['not-action-allow', 6.8],
    ['not-resource-allow', 6.1],
    ['credentials-exposure', 6.5],
    ['service-wildcard', 5.3],
    ['resource-wildcard-write', 5.0],
    ['missing-permissions-boundary', 5.5],
    ['cross-account-no-external-id', 5.9],
    ['data-exfiltration', 4.3],
    ['service-confused-deputy', 3.8],
    ['mfa-bool-false', 6.0],
    ['trust-any-principal-conditioned', 3.5]
]);
/**
 * Rules whose error-level finding, new in a change, makes that change high risk: the finding is
 * its reason (compare/verdict.ts).
 */
const HIGH_RISK_RULES = new Set([
    'pass-role-unscoped',
    'privilege-escalation',
    'wildcard-action',
    'admin-managed-policy',
    'trust-any-principal',
    'github-oidc-unpinned-sub',
    'github-oidc-missing-aud',
    'github-oidc-forallvalues',
    'github-oidc-not-environment-bound'
]);
/** `security`, else `correctness` (grammar, definitions) or `maintainability` (quotas, suppressions). */
function ruleKind(rule) {
    if (SECURITY_SEVERITY.has(rule.id))
        return 'security';
    return rule.family === 'quotas' || rule.family === 'suppressions' || rule.id === 'naming-convention'
        ? 'maintainability'
        : 'correctness';
}


/***/ }),

/***/ 2582:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  u8: () => (/* binding */ lint)
});

// UNUSED EXPORTS: MAX_FINDINGS_PER_RULE_AND_FILE, capFindings, severityOf, sortFindings

// EXTERNAL MODULE: ./src/lint/catalog.ts
var catalog = __webpack_require__(9282);
// EXTERNAL MODULE: ./src/policy/assertions.ts
var assertions = __webpack_require__(5729);
;// CONCATENATED MODULE: ./src/lint/rules/access-assertion.ts

/** How many further failing requests a message names before it only counts them. */
const MORE_NAMED = 3;
const accessAssertion = {
    id: 'access-assertion',
    *check({ environment }) {
        for (const role of environment.roles) {
            for (const check of (0,assertions/* checkAssertions */.Gp)(role, environment)) {
                if (check.passed)
                    continue;
                const hit = { message: assertionMessage(role, check) };
                if (check.assertion.location)
                    hit.location = check.assertion.location;
                if (role.logicalName)
                    hit.role = role.logicalName;
                // An `allow:` that fails means less access than intended: never a reason to stop a deploy.
                if (check.assertion.expect === 'allow')
                    hit.missingAccess = true;
                yield hit;
            }
        }
    }
};
/** Why the assertion fails, and what to do: one sentence a reviewer can act on. */
function assertionMessage(role, check) {
    const { assertion } = check;
    const name = role.logicalName ?? role.name;
    const entry = `expect[${assertion.index}]`;
    if (check.unknownActions.length > 0) {
        const named = check.unknownActions
            .map(unknown => unknown.suggestion ? `${unknown.action} (did you mean ${unknown.suggestion}?)` : unknown.action)
            .join(', ');
        return `${entry} of ${name} names ${check.unknownActions.length === 1 ? 'an action' : 'actions'} AWS does not have: ${named}; correct the action name, or the assertion checks nothing`;
    }
    const [first, ...rest] = check.failures;
    if (!first)
        return `${entry} of ${name} failed`;
    return `${entry}: ${explain(name, assertion, first, check)}${more(rest, check.results.length)}`;
}
function explain(name, assertion, failure, check) {
    const { result } = failure;
    const request = `${failure.action} on ${failure.resource}${contextText(assertion)}`;
    const wanted = assertion.expect === 'allow' ? 'allowed' : 'denied';
    const statements = result.statements.map(assertions/* describeStatement */.Zc).join('; ');
    const boundary = result.boundary?.arn ?? '';
    switch (result.reason) {
        case 'unknown':
            return `cannot tell whether ${name} is ${wanted} ${request}: ${unknownCause(check, result.notes)}. The assertion fails until RoleGate can read it: define that policy in this repository as a kind: ManagedPolicy, or remove the assertion`;
        case 'implicit-deny':
            return `expected ${name} to be allowed ${request}, but no statement allows it (implicit deny); add an Allow statement for it, or correct the assertion`;
        case 'explicit-deny':
            return `expected ${name} to be allowed ${request}, but it is denied by ${statements || 'a Deny statement'}; narrow that Deny, or correct the assertion`;
        case 'boundary':
            return `expected ${name} to be allowed ${request}: ${statements || 'an identity policy'} allows it, but the permissions boundary ${boundary} does not; widen the boundary, or correct the assertion`;
        case 'allowed':
            return `expected ${name} to be denied ${request}, but ${statements || 'a statement'} allows it${boundary ? ` and the permissions boundary ${boundary} lets it through` : ''}; narrow that statement or add a Deny, or correct the assertion`;
    }
}
function unknownCause(check, notes) {
    const causes = [];
    if (check.unreadable.boundary)
        causes.push(`the permissions boundary ${check.unreadable.boundary} is not defined in this repository`);
    if (check.unreadable.policies.length > 0)
        causes.push(`attached ${check.unreadable.policies.length === 1 ? 'policy' : 'policies'} ${check.unreadable.policies.join(', ')} ${check.unreadable.policies.length === 1 ? 'is' : 'are'} not defined in this repository`);
    return causes.length > 0 ? causes.join(' and ') : notes.join('; ') || 'a policy of the role cannot be read';
}
function contextText(assertion) {
    if (assertion.context.length === 0)
        return '';
    return ` with ${assertion.context.map(([key, values]) => `${key}=${values.join(',')}`).join(' ')}`;
}
function more(rest, total) {
    if (rest.length === 0)
        return '';
    const named = rest.slice(0, MORE_NAMED).map(entry => `${entry.action} on ${entry.resource}`);
    const others = rest.length - named.length;
    return ` (also failing: ${named.join(', ')}${others > 0 ? ` and ${others} more` : ''}; ${rest.length + 1} of the ${total} requests it stands for)`;
}

// EXTERNAL MODULE: ./src/model/policy.ts
var policy = __webpack_require__(979);
// EXTERNAL MODULE: ./src/model/source.ts
var source = __webpack_require__(5180);
;// CONCATENATED MODULE: ./src/lint/subjects.ts

const runMemos = new WeakMap();
/**
 * `compute(context)`, once per lint context. The runner passes one context object to every rule of
 * an environment, so what several rules derive from the environment (its statements, trust
 * statements, grants of attached policies) is built once per run; nothing outlives the context,
 * so a later run over a changed environment starts afresh.
 */
function perRun(context, compute) {
    let memo = runMemos.get(context);
    if (!memo)
        runMemos.set(context, (memo = new Map()));
    if (memo.has(compute))
        return memo.get(compute);
    const value = compute(context);
    memo.set(compute, value);
    return value;
}
/** Every policy document of an environment: trust and inline policies of roles, managed policies. */
function* policySubjects(environment) {
    for (const role of environment.roles) {
        yield { kind: 'trust', document: role.trustPolicy, policyName: 'trust', owner: role, ownerKind: 'role' };
        for (const [name, document] of Object.entries(role.inlinePolicies)) {
            yield { kind: 'identity', document, policyName: name, owner: role, ownerKind: 'role' };
        }
    }
    for (const policy of environment.managedPolicies)
        yield managedPolicySubject(policy);
}
/** A kind: ManagedPolicy as a policy subject. */
function managedPolicySubject(policy) {
    return {
        kind: 'identity',
        document: policy.document,
        policyName: policy.logicalName ?? policy.name,
        owner: policy,
        ownerKind: 'managedPolicy'
    };
}
/** policySubjects() of the context's environment, listed once per run. */
function subjectsOf(context) {
    return perRun(context, listSubjects);
}
function listSubjects(context) {
    return [...policySubjects(context.environment)];
}
/** The statements of a document that are mappings, with their paths (malformed ones are skipped). */
function statementRefs(subject) {
    const raw = subject.document?.Statement;
    const list = (0,policy/* statementsOf */.GX)(subject.document ?? { Statement: [] });
    const refs = [];
    for (let index = 0; index < list.length; index++) {
        const statement = list[index];
        if (statement === null || typeof statement !== 'object' || Array.isArray(statement))
            continue;
        const path = Array.isArray(raw) ? ['Statement', index] : ['Statement'];
        const id = typeof statement.Sid === 'string' && statement.Sid !== '' ? statement.Sid : String(index);
        refs.push({ statement, index, path, id });
    }
    return refs;
}

// EXTERNAL MODULE: ./src/util/suggest.ts + 1 modules
var suggest = __webpack_require__(5670);
;// CONCATENATED MODULE: ./src/lint/rules/malformed-policy.ts
/**
 * `malformed-policy`: IAM's policy grammar, the checks IAM itself makes before accepting a
 * document, so the PR says what CreateRole/PutRolePolicy would otherwise reject at deploy.
 */




const VERSIONS = ['2012-10-17', '2008-10-17'];
const DOCUMENT_KEY_SET = new Set(policy/* DOCUMENT_KEYS */.pg);
const STATEMENT_KEY_SET = new Set(policy/* STATEMENT_KEYS */.zq);
const malformedPolicy = {
    id: 'malformed-policy',
    check(context) {
        // Hits are collected in one list rather than yielded through nested generators: this rule
        // reads every element of every statement, and the generators cost more than the checks.
        const hits = [];
        for (const subject of subjectsOf(context))
            checkDocument(subject, hits);
        return hits;
    }
};
/** Where the checks of one document report: hits at paths below the document, or below a statement. */
class Reporter {
    subject;
    hits;
    base;
    #document;
    #prefix;
    constructor(subject, hits, 
    /** Path of the statement being checked (empty for the document itself). */
    base = []) {
        this.subject = subject;
        this.hits = hits;
        this.base = base;
        this.#document = subject.document;
        this.#prefix = describe(subject);
    }
    /** The same document, reporting below the statement at `base`. */
    below(base) {
        return new Reporter(this.subject, this.hits, base);
    }
    hit(message, path, statement) {
        this.hits.push({
            message: `${this.#prefix}: ${message}`,
            location: (0,source/* positionAt */.t$)(this.#document, this.base.length > 0 ? [...this.base, ...path] : path),
            role: this.subject.owner.logicalName,
            policy: this.subject.policyName,
            statement
        });
    }
}
function checkDocument(subject, hits) {
    const document = subject.document;
    const report = new Reporter(subject, hits);
    if (document === null || typeof document !== 'object' || Array.isArray(document)) {
        report.hit('a policy document must be a mapping with a Statement list', []);
        return;
    }
    const record = document;
    for (const key of Object.keys(record)) {
        if (!DOCUMENT_KEY_SET.has(key))
            report.hit(`unknown element "${key}"${(0,suggest/* didYouMean */.a)(key, policy/* DOCUMENT_KEYS */.pg)}`, [key]);
    }
    if (record.Version !== undefined && !VERSIONS.includes(String(record.Version))) {
        report.hit(`Version must be "2012-10-17" (got ${JSON.stringify(record.Version)}); quote it so YAML does not read a date`, ['Version']);
    }
    const statements = record.Statement;
    if (statements === undefined || statements === null) {
        report.hit('Statement is missing', []);
        return;
    }
    const list = Array.isArray(statements) ? statements : [statements];
    if (list.length === 0)
        report.hit('Statement is empty; IAM rejects a policy without statements', ['Statement']);
    for (let index = 0; index < list.length; index++) {
        const base = Array.isArray(statements) ? ['Statement', index] : ['Statement'];
        checkStatement(list[index], base, subject, report.below(base));
    }
}
function checkStatement(value, base, subject, report) {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        report.hit('each statement must be a mapping', []);
        return;
    }
    const statement = value;
    const id = typeof statement.Sid === 'string' && statement.Sid ? statement.Sid : String(base[1] ?? 0);
    const name = typeof statement.Sid === 'string' && statement.Sid ? `statement "${statement.Sid}"` : `statement ${id}`;
    for (const key of Object.keys(statement)) {
        if (!STATEMENT_KEY_SET.has(key))
            report.hit(`${name} has unknown element "${key}"${(0,suggest/* didYouMean */.a)(key, policy/* STATEMENT_KEYS */.zq)}`, [key], id);
    }
    if (statement.Sid !== undefined &&
        (typeof statement.Sid !== 'string' || !/^[A-Za-z0-9]*$/.test(statement.Sid)) &&
        subject.kind === 'identity') {
        report.hit(`${name}: Sid may contain only letters and digits in an identity policy`, ['Sid'], id);
    }
    if (statement.Effect !== 'Allow' && statement.Effect !== 'Deny') {
        report.hit(statement.Effect === undefined
            ? `${name} has no Effect; add Effect: Allow or Effect: Deny`
            : `${name}: Effect must be "Allow" or "Deny" (case-sensitive), got ${JSON.stringify(statement.Effect)}`, statement.Effect === undefined ? [] : ['Effect'], id);
    }
    exactlyOne(statement, 'Action', 'NotAction', name, id, report);
    if (subject.kind === 'identity') {
        exactlyOne(statement, 'Resource', 'NotResource', name, id, report);
        for (const key of ['Principal', 'NotPrincipal']) {
            if (key in statement)
                report.hit(`${name}: ${key} is not allowed in an identity policy; who may assume the role belongs in trust`, [key], id);
        }
    }
    else {
        exactlyOne(statement, 'Principal', 'NotPrincipal', name, id, report);
        for (const key of ['Resource', 'NotResource']) {
            if (key in statement)
                report.hit(`${name}: ${key} is not allowed in a trust policy (the resource is the role itself)`, [key], id);
        }
    }
    for (const key of ['Action', 'NotAction', 'Resource', 'NotResource']) {
        if (key in statement)
            stringList(statement[key], key, name, id, report);
    }
    for (const key of ['Principal', 'NotPrincipal']) {
        if (key in statement)
            principal(statement[key], key, name, id, report);
    }
    if ('Condition' in statement)
        condition(statement.Condition, name, id, report);
}
function exactlyOne(statement, a, b, name, id, report) {
    if (a in statement && b in statement)
        report.hit(`${name} has both ${a} and ${b}; use one`, [b], id);
    else if (!(a in statement) && !(b in statement))
        report.hit(`${name} has no ${a}; add ${a} (or ${b})`, [], id);
}
/** `key` names the element in messages; `at` is its path (`[key]` unless given). */
function stringList(value, key, name, id, report, at = [key]) {
    const list = Array.isArray(value) ? value : [value];
    if (Array.isArray(value) && value.length === 0)
        report.hit(`${name}: ${key} is an empty list`, [...at], id);
    for (let index = 0; index < list.length; index++) {
        if (typeof list[index] !== 'string' || list[index] === '') {
            report.hit(`${name}: ${key} must be a string or a list of strings`, Array.isArray(value) ? [...at, index] : [...at], id);
        }
    }
}
const PRINCIPAL_TYPES = ['AWS', 'Service', 'Federated', 'CanonicalUser'];
function principal(value, key, name, id, report) {
    if (value === '*')
        return;
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        report.hit(`${name}: ${key} must be "*" or a mapping such as { Service: ecs-tasks.amazonaws.com }`, [key], id);
        return;
    }
    for (const [type, principals] of Object.entries(value)) {
        if (!PRINCIPAL_TYPES.includes(type)) {
            report.hit(`${name}: unknown principal type "${type}"${(0,suggest/* didYouMean */.a)(type, PRINCIPAL_TYPES)}; use AWS, Service, Federated or CanonicalUser`, [key, type], id);
            continue;
        }
        stringList(principals, `${key}.${type}`, name, id, report, [key, type]);
    }
}
function condition(value, name, id, report) {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        report.hit(`${name}: Condition must be a mapping of operator → { key: value }`, ['Condition'], id);
        return;
    }
    for (const [operator, block] of Object.entries(value)) {
        if (block === null || typeof block !== 'object' || Array.isArray(block)) {
            report.hit(`${name}: Condition operator ${operator} must map condition keys to values`, ['Condition', operator], id);
            continue;
        }
        for (const [key, values] of Object.entries(block)) {
            const list = Array.isArray(values) ? values : [values];
            if (list.some(item => item === null || typeof item === 'object')) {
                report.hit(`${name}: condition ${operator} ${key} must be a value or a list of values`, ['Condition', operator, key], id);
            }
        }
    }
}
function describe(subject) {
    if (subject.kind === 'trust')
        return 'trust policy';
    return subject.ownerKind === 'role'
        ? `inline policy ${subject.policyName}`
        : `managed policy ${subject.policyName}`;
}

;// CONCATENATED MODULE: ./src/lint/rules/expiry.ts
const DEFAULT_EXPIRING_WITHIN_DAYS = 7;
const DAY_MS = 86_400_000;
const grantExpired = {
    id: 'grant-expired',
    *check({ environment }) {
        for (const grant of environment.timeBoundGrants ?? []) {
            if (grant.remainingMs > 0)
                continue;
            yield hit(grant, `${expiry_describe(grant)} expired ${when(grant)}${because(grant)}: ${consequence(grant)}`);
        }
    }
};
const grantExpiring = {
    id: 'grant-expiring',
    *check({ config, environment }) {
        const days = config.expiry?.expiringWithinDays ?? DEFAULT_EXPIRING_WITHIN_DAYS;
        for (const grant of environment.timeBoundGrants ?? []) {
            if (grant.remainingMs <= 0 || grant.remainingMs > days * DAY_MS)
                continue;
            yield hit(grant, `${expiry_describe(grant)} expires ${when(grant)}${because(grant)}, within ${days} day${days === 1 ? '' : 's'}: the first deploy or drift run after that removes it; extend expires if it is still needed`);
        }
    }
};
function hit(grant, message) {
    const result = { message, location: grant.location, role: grant.role };
    if (grant.name !== undefined)
        result.policy = grant.name;
    return result;
}
function expiry_describe(grant) {
    switch (grant.kind) {
        case 'role':
            return `role ${grant.role}`;
        case 'inlinePolicy':
            return `inline policy "${grant.name ?? ''}" of role ${grant.role}`;
        case 'managedPolicy':
            return `managed policy attachment "${grant.name ?? ''}" of role ${grant.role}`;
    }
}
/** "on 2026-12-31 (end of day UTC)" for a date, "at 2026-12-31T18:00:00.000Z" for a timestamp. */
function when(grant) {
    return /^\d{4}-\d{2}-\d{2}$/.test(grant.expires)
        ? `on ${grant.expires} (end of day UTC)`
        : `at ${grant.endsAt}`;
}
function because(grant) {
    return grant.reason ? ` (reason: ${grant.reason})` : '';
}
function consequence(grant) {
    switch (grant.kind) {
        case 'role':
            return 'RoleGate treats the role as not defined: deploy with prune deletes it, without prune plan lists it as an orphan; remove the definition';
        case 'inlinePolicy':
            return 'RoleGate no longer renders it, so deploy deletes it from the role; remove it from the definition';
        case 'managedPolicy':
            return 'RoleGate no longer renders it, so deploy detaches it from the role; remove the entry from the definition';
    }
}

// EXTERNAL MODULE: ./src/policy/escalation.ts
var escalation = __webpack_require__(4541);
// EXTERNAL MODULE: ./src/policy/escalation-conditions.ts
var escalation_conditions = __webpack_require__(1132);
// EXTERNAL MODULE: ./src/policy/action-db.ts
var action_db = __webpack_require__(6777);
// EXTERNAL MODULE: ./src/policy/arn.ts
var policy_arn = __webpack_require__(6185);
// EXTERNAL MODULE: ./src/policy/canonical-json.ts
var canonical_json = __webpack_require__(8311);
// EXTERNAL MODULE: ./src/policy/condition-keys.ts
var condition_keys = __webpack_require__(8652);
// EXTERNAL MODULE: ./src/policy/wildcard.ts
var wildcard = __webpack_require__(2930);
;// CONCATENATED MODULE: ./src/policy/coverage.ts
/**
 * Resource coverage between facts of the same group (same effect, action, condition, principal):
 * what one side's resources reach that the other's do not. This is the primitive behind "added
 * access" and "removed access" in a diff: `arn:aws:s3:::b/*` -> `arn:aws:s3:::b/logs/*` narrows,
 * the reverse broadens, `[a, b]` -> `[b, a]` is no change.
 */

/** Entries of `inner` that no entry of `outer` covers (resources compare case-sensitively). */
function uncoveredResources(outer, inner) {
    if (outer.includes('*'))
        return [];
    return inner.filter(resource => !outer.some(pattern => wildcardCovers(pattern, resource, false)));
}
/** Does `outer` reach everything `inner` does? */
function resourcesCover(outer, inner) {
    return uncoveredResources(outer, inner).length === 0;
}

// EXTERNAL MODULE: ./src/policy/condition-operators.ts
var condition_operators = __webpack_require__(8635);
// EXTERNAL MODULE: ./src/policy/conditions.ts
var conditions = __webpack_require__(7882);
// EXTERNAL MODULE: ./src/policy/managed-policies.ts
var managed_policies = __webpack_require__(7190);
// EXTERNAL MODULE: ./src/policy/normalize.ts
var normalize = __webpack_require__(2425);
// EXTERNAL MODULE: ./src/policy/principals.ts
var principals = __webpack_require__(9203);
// EXTERNAL MODULE: ./src/policy/suggest.ts
var policy_suggest = __webpack_require__(5016);
// EXTERNAL MODULE: ./src/policy/evaluate/index.ts + 9 modules
var evaluate = __webpack_require__(82);
;// CONCATENATED MODULE: ./src/policy/index.ts
/** Public surface of the policy core: IAM action database, ARNs, wildcards, normalization, sizes. */















// EXTERNAL MODULE: ./src/util/bounded-memo.ts
var bounded_memo = __webpack_require__(7008);
;// CONCATENATED MODULE: ./src/lint/rules/policy-common.ts




/** `inline policy X`, `managed policy X` or `trust policy`: how messages name a document. */
function describeSubject(subject) {
    if (subject.kind === 'trust')
        return 'trust policy';
    return subject.ownerKind === 'role'
        ? `inline policy ${subject.policyName}`
        : `managed policy ${subject.policyName}`;
}
function listStatements(context) {
    const all = [];
    const identity = [];
    const allowIdentity = [];
    for (const subject of subjectsOf(context)) {
        for (const statement of statementsOfSubject(subject, context)) {
            all.push(statement);
            if (subject.kind !== 'identity')
                continue;
            identity.push(statement);
            if (isAllow(statement.ref.statement))
                allowIdentity.push(statement);
        }
    }
    return { all, identity, allowIdentity };
}
/** Every statement (that is a mapping) of every document of the environment, trust included. */
function allStatements(context) {
    return perRun(context, listStatements).all;
}
/** Statements of identity documents only: inline policies and kind: ManagedPolicy documents. */
function identityStatements(context) {
    return perRun(context, listStatements).identity;
}
/** Allow statements of identity documents. */
function allowStatements(context) {
    return perRun(context, listStatements).allowIdentity;
}
const newStatementCache = () => new Map();
/**
 * The statements of one document. Most rules walk every document, so the list is built once per
 * document object and lint run (rendered documents are not modified while linting).
 */
function statementsOfSubject(subject, context) {
    const document = subject.document;
    if (document === null || typeof document !== 'object')
        return build(subject);
    const cache = perRun(context, newStatementCache);
    const cached = cache.get(document);
    if (cached &&
        cached[0]?.subject.owner === subject.owner &&
        cached[0]?.subject.policyName === subject.policyName) {
        return cached;
    }
    const built = build(subject);
    if (built.length > 0)
        cache.set(document, built);
    return built;
}
function build(subject) {
    const refs = statementRefs(subject);
    const statements = [];
    for (const ref of refs) {
        const sid = ref.statement.Sid;
        const name = typeof sid === 'string' && sid !== '' ? `statement "${sid}"` : `statement ${ref.index}`;
        statements.push({ subject, ref, name, facts: readFacts(ref.statement) });
    }
    return statements;
}
/** A finding on a statement, located at `path` below it (an element, or one item of a list). */
function statementHit(context, message, path) {
    return {
        message: `${describeSubject(context.subject)}: ${context.name}: ${message}`,
        location: (0,source/* positionAt */.t$)(context.subject.document, [...context.ref.path, ...path]),
        role: context.subject.owner.logicalName,
        policy: context.subject.policyName,
        statement: context.ref.id
    };
}
/** The facts of a statement, read now. Statement contexts keep theirs (StatementContext.facts). */
function readFacts(statement) {
    return {
        statement,
        Action: readItems(statement, 'Action'),
        NotAction: readItems(statement, 'NotAction'),
        Resource: readItems(statement, 'Resource'),
        NotResource: readItems(statement, 'NotResource'),
        conditional: undefined,
        conditions: undefined,
        actionList: undefined,
        notActionList: undefined
    };
}
const factCache = new WeakMap();
/** The facts of a statement that is not at hand as a StatementContext, cached per statement object. */
function factsOf(statement) {
    let facts = factCache.get(statement);
    if (!facts)
        factCache.set(statement, (facts = readFacts(statement)));
    return facts;
}
const NO_ITEMS = Object.freeze([]);
/**
 * Item paths are shared and frozen: every statement has `[Action, 0]`, and findings only ever
 * copy a path into a longer one.
 */
const SHARED_PATHS = 64;
const itemPaths = new Map();
function itemPath(key, index) {
    let paths = itemPaths.get(key);
    if (!paths) {
        const listed = Array.from({ length: SHARED_PATHS }, (_, i) => Object.freeze([key, i]));
        itemPaths.set(key, (paths = { single: Object.freeze([key]), listed }));
    }
    if (index === undefined)
        return paths.single;
    return index < SHARED_PATHS ? paths.listed[index] : [key, index];
}
/**
 * The strings of an element, each with its own path (`[key, index]` in a list, `[key]` for a
 * single value). Non-strings are malformed-policy's finding and are skipped here.
 */
function readItems(statement, key) {
    const value = statement[key];
    if (value === undefined)
        return NO_ITEMS;
    if (Array.isArray(value)) {
        const items = [];
        for (let index = 0; index < value.length; index++) {
            const item = value[index];
            if (typeof item === 'string')
                items.push({ value: item, path: itemPath(key, index) });
        }
        return items;
    }
    return typeof value === 'string' ? [{ value, path: itemPath(key) }] : NO_ITEMS;
}
/**
 * The string values of an Action or NotAction element. Policies repeat the same lists across
 * roles and environments (`[s3:Get*, s3:List*]`), so one object stands for each distinct list, and
 * rules keep what they derive from a list on it (derive()) instead of working it out per statement.
 */
class PatternList {
    values;
    #derived = new Map();
    constructor(values) {
        this.values = values;
    }
    /** `compute(values)`, once per list and key (a key is a module-level constant of the rule). */
    derive(key, compute) {
        if (this.#derived.has(key))
            return this.#derived.get(key);
        const value = compute(this.values);
        this.#derived.set(key, value);
        return value;
    }
}
let listRoot = {};
let listNodes = 0;
// Lists come from user files, so the tree is bounded rather than trusted to stay small.
const LIST_NODE_LIMIT = 50_000;
function patternList(items) {
    if (listNodes >= LIST_NODE_LIMIT) {
        listRoot = {};
        listNodes = 0;
    }
    let node = listRoot;
    for (const item of items) {
        let next = node.next?.get(item.value);
        if (!next) {
            next = {};
            (node.next ??= new Map()).set(item.value, next);
            listNodes++;
        }
        node = next;
    }
    return (node.list ??= new PatternList(items.map(item => item.value)));
}
/** The statement's Action values as a shared list (see PatternList). */
function actionList(facts) {
    return (facts.actionList ??= patternList(facts.Action));
}
/** The statement's NotAction values as a shared list (see PatternList). */
function notActionList(facts) {
    return (facts.notActionList ??= patternList(facts.NotAction));
}
function isAllow(statement) {
    return statement.Effect === 'Allow';
}
/** A Condition block with at least one entry: IAM evaluates it, so the statement is conditional. */
function isConditional(facts) {
    return (facts.conditional ??= readHasCondition(facts.statement));
}
function readHasCondition(statement) {
    const condition = statement.Condition;
    if (condition === null || typeof condition !== 'object' || Array.isArray(condition))
        return false;
    for (const block of Object.values(condition)) {
        if (block !== null && typeof block === 'object' && Object.keys(block).length > 0)
            return true;
    }
    return false;
}
/** Every condition entry; malformed blocks (malformed-policy's finding) are skipped. */
function conditionEntries(facts) {
    return (facts.conditions ??= readConditionItems(facts.statement));
}
function readConditionItems(statement) {
    const condition = statement.Condition;
    if (condition === null || typeof condition !== 'object' || Array.isArray(condition))
        return [];
    const items = [];
    for (const [operator, block] of Object.entries(condition)) {
        if (block === null || typeof block !== 'object' || Array.isArray(block))
            continue;
        for (const [key, raw] of Object.entries(block)) {
            items.push({ operator, key, values: scalarValues(raw), path: ['Condition', operator, key] });
        }
    }
    return items;
}
/** A condition value or list as strings; items that are not scalars are skipped. */
function scalarValues(raw) {
    const values = [];
    if (Array.isArray(raw)) {
        for (let i = 0; i < raw.length; i++) {
            const item = raw[i];
            if (typeof item === 'string' || typeof item === 'number' || typeof item === 'boolean')
                values.push(String(item));
        }
    }
    else if (typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean') {
        values.push(String(raw));
    }
    return values;
}
/**
 * A condition entry that can only be true when the key is present and equal to (or like) one of
 * its values: a positive string/ARN comparison, neither `…IfExists` nor `ForAllValues:` (both are
 * also true when the key is absent), and not a bare `*` pattern.
 */
function isPositiveMatch(item) {
    const operator = (0,condition_operators/* parseConditionOperator */.bt)(item.operator);
    if (!operator || operator.negated || operator.ifExists || operator.qualifier === 'ForAllValues')
        return false;
    if (!['StringEquals', 'StringEqualsIgnoreCase', 'StringLike', 'ArnEquals', 'ArnLike'].includes(operator.base)) {
        return false;
    }
    return item.values.length > 0 && !item.values.includes('*');
}
/** `first, second, third and 4 more`: long action lists stay readable in one line. */
function summarize(items, shown = 3) {
    if (items.length <= shown)
        return items.join(', ');
    return `${items.slice(0, shown).join(', ')} and ${items.length - shown} more`;
}
// Values come from user files, so the cache is bounded rather than trusted to stay small; but it
// must hold a large project's working set (10,000 roles × 3 environments name ~100,000 distinct
// values): at 50,000, rules evicted each other's entries and lint cost grew 40× for 10× the roles.
const resourceFacts = (0,bounded_memo/* boundedMemo */.S)((value) => ({
    value,
    arn: (0,policy_arn/* parseArn */.Lw)(value),
    wildcard: value.search(/[*?]/),
    problems: undefined
}), 300_000);
/** arnProblems() of a Resource value, cached (invalid-arn and resource-mismatch both ask). */
function resourceProblems(value) {
    const facts = resourceFacts(value);
    return (facts.problems ??= (0,policy_arn/* arnProblems */.iO)(value));
}
// Keyed by the action database's ARN patterns: a fixed, finite set.
const templates = new Map();
function typeTemplate(pattern) {
    let template = templates.get(pattern);
    if (!template) {
        const parts = pattern.split(/\$\{([^}]*)\}/);
        for (let i = 1; i < parts.length; i += 2)
            parts[i] = parts[i].toLowerCase();
        template = { parts, namesMany: /\$\{(?!partition\}|region\}|account\})/i.test(pattern) };
        templates.set(pattern, template);
    }
    return template;
}
/** The text a template variable stands for: the value's partition, region or account, else `*`. */
function filled(name, arn) {
    if (arn && name === 'partition')
        return arn.partition;
    if (arn && name === 'region')
        return arn.region;
    if (arn && name === 'account')
        return arn.account;
    return '*';
}
/** The pattern with the value's partition, region and account filled in, every other variable `*`. */
function wholeType(template, arn) {
    const parts = template.parts;
    let whole = parts[0];
    for (let i = 1; i < parts.length; i += 2)
        whole += filled(parts[i], arn) + parts[i + 1];
    return whole;
}
/** Do the first `length` characters of the value equal those of wholeType(template, arn)? */
function startsLike(value, length, template, arn) {
    const parts = template.parts;
    let at = 0;
    for (let i = 0; i < parts.length && at < length; i++) {
        const text = i % 2 === 0 ? parts[i] : filled(parts[i], arn);
        for (let k = 0; k < text.length && at < length; k++, at++)
            if (value.charCodeAt(at) !== text.charCodeAt(k))
                return false;
    }
    // A pattern shorter than the value's literal start cannot match it.
    return at >= length;
}
/** The templates of the action's resource types; undefined for an unknown action. */
const templatesOf = (0,bounded_memo/* boundedMemo */.S)((action) => (0,action_db/* lookupAction */.b3)(action)?.resourceTypes.map(type => typeTemplate(type.arnPattern)), 10_000);
/**
 * Does the Resource value reach every resource the action can name? True for `*`, and for ARN
 * patterns that cover a whole resource type of the action in their account and region
 * (`arn:aws:iam::111111111111:role/*` for iam:PassRole, `arn:aws:s3:::*` for s3:GetObject); the
 * account and region are taken from the value itself, because a role acts in its own account, so
 * naming it narrows nothing. False for unknown actions, and for actions that support only `*`
 * when the value is an ARN (IAM then grants them nowhere).
 */
function isUnconstrainedResource(action, resource) {
    if (resource === '*')
        return true;
    const types = templatesOf(action);
    if (!types)
        return false;
    const facts = resourceFacts(resource);
    const arn = facts.arn;
    // A value without wildcards covers a whole type only when the type names a single resource.
    const head = facts.wildcard;
    const literal = head < 0;
    for (const template of types) {
        if (literal && template.namesMany)
            continue;
        // The value's literal start must be the pattern's literal start, or it cannot cover it.
        if (!startsLike(resource, head, template, arn))
            continue;
        if ((0,wildcard/* wildcardCovers */.bk)(resource, wholeType(template, arn), false))
            return true;
    }
    return false;
}
/**
 * Is `action` allowed by this (Allow) statement on every resource it can name, with no condition?
 * NotResource counts as unconstrained: it allows everything but the few resources it lists.
 */
function allowsEverywhere(facts, action) {
    if (isConditional(facts))
        return false;
    const statement = facts.statement;
    if (statement.Resource === undefined)
        return statement.NotResource !== undefined;
    for (const item of facts.Resource)
        if (isUnconstrainedResource(action, item.value))
            return true;
    return false;
}
/** Where a role's `managedPolicies` entry that attached `arn` was written (render records it per ARN). */
function attachmentLocation(role, arn) {
    const source = role.source;
    if (!source)
        return undefined;
    return source.fields[`managedPolicyArn:${arn}`] ?? source.fields.managedPolicies ?? source.location;
}
/**
 * ` under a condition (aws:SourceIp, aws:RequestedRegion)` for a conditional statement, '' for one
 * without: messages describe the statement as written.
 */
function underCondition(facts) {
    if (!isConditional(facts))
        return '';
    const keys = [...new Set(conditionEntries(facts).map(item => item.key))];
    return ` under a condition${keys.length > 0 ? ` (${summarize(keys)})` : ''}`;
}

;// CONCATENATED MODULE: ./src/lint/rules/escalation.ts







/** Lower-case action -> canonical spelling, for every action some escalation path needs. */
const RELEVANT = new Map(escalation/* ESCALATION_PATHS */.nq.flatMap(path => path.actions.map(action => [action.toLowerCase(), action])));
/**
 * Actions whose path also opens when the resource names the holder itself: a policy attached to
 * it (a new default version of its own policy) or its own role (an inline policy or attachment
 * on itself). iam-vulnerable's fn2: `iam:CreatePolicyVersion` on `policy/fn2-*`, the policy's
 * own name.
 */
const SELF_TARGETS = new Map([
    ['iam:createpolicyversion', 'policy'],
    ['iam:setdefaultpolicyversion', 'policy'],
    ['iam:putrolepolicy', 'role'],
    ['iam:attachrolepolicy', 'role']
]);
/** The escalation-relevant actions (canonical) a pattern matches; `*` is expanded once, then cached. */
function relevantFor(pattern) {
    return relevantCache(pattern.toLowerCase());
}
// Keyed by the lower-cased pattern: expandActionPattern() ignores case.
const relevantCache = (0,bounded_memo/* boundedMemo */.S)((pattern) => (0,action_db/* expandActionPattern */.Vd)(pattern).filter(action => RELEVANT.has(action.toLowerCase())), 10_000);
const emptyGrants = () => ({
    allowed: new Map(),
    targets: new Map(),
    documents: new Map(),
    scoped: new Map(),
    denied: new Set()
});
function push(map, key, value) {
    const list = map.get(key);
    if (list)
        list.push(value);
    else
        map.set(key, [value]);
}
const RELEVANT_ITEMS = Symbol('escalation-relevant actions');
const RELEVANT_REMAINING = Symbol('escalation-relevant actions not excluded');
/** The relevant actions of an Action list, each with the index of the item that names it. */
function relevantItems(values) {
    return values.flatMap((value, item) => relevantFor(value).map(action => ({ action, item })));
}
/** The relevant actions a NotAction list leaves allowed. */
function relevantRemaining(values) {
    return [...RELEVANT.values()].filter(action => !values.some(pattern => (0,wildcard/* wildcardMatch */.UF)(pattern, action, true)));
}
/** The relevant actions a statement names (or leaves, with NotAction), each with its path. */
function candidateActions(facts) {
    const statement = facts.statement;
    if (statement.Action !== undefined) {
        return actionList(facts)
            .derive(RELEVANT_ITEMS, relevantItems)
            .map(({ action, item }) => ({ action, path: facts.Action[item].path }));
    }
    if (statement.NotAction !== undefined) {
        return notActionList(facts)
            .derive(RELEVANT_REMAINING, relevantRemaining)
            .map(action => ({ action, path: ['NotAction'] }));
    }
    return [];
}
/** Where a Run Command / Session Manager action reaches: every target, a shell document. */
function ssmReach(action, resources) {
    let target = false;
    let document = false;
    for (const value of resources) {
        if (value === '*')
            return { target: true, document: true };
        const arn = (0,policy_arn/* parseArn */.Lw)(value);
        if (arn?.service === 'ssm' && arn.resource.startsWith('document/')) {
            document ||= (0,escalation/* isShellDocumentPattern */.My)(arn.resource.slice('document/'.length));
        }
        else if (arn?.service !== 's3' && isUnconstrainedResource(action, value)) {
            target = true;
        }
    }
    return { target, document };
}
const verdicts = new WeakMap();
function conditionVerdict(facts) {
    let verdict = verdicts.get(facts);
    if (!verdict) {
        verdict = { closed: false, loose: [], passedTo: [] };
        for (const entry of conditionEntries(facts))
            judge(entry, verdict);
        verdicts.set(facts, verdict);
    }
    return verdict;
}
/** Resource-tag keys of any service: `aws:ResourceTag/…`, `ssm:resourceTag/…`, `ec2:ResourceTag/…`. */
const RESOURCE_TAG = /^[^:]+:resourcetag\//i;
const CALLED_VIA = /^aws:calledvia(first|last)?$/i;
/** An intermediary through which the caller decides what is called: it writes the template. */
const AUTHORING_SERVICES = ['cloudformation.amazonaws.com'];
function loose(verdict, key) {
    if (!verdict.loose.includes(key))
        verdict.loose.push(key);
}
function judge(entry, verdict) {
    const known = (0,escalation_conditions/* escalationConditionKey */.G)(entry.key);
    if (!known) {
        // Unknown keys are presumed to limit the targets (docs/rules.md): no finding is a guess.
        verdict.closed = true;
        return;
    }
    if (!known.mitigates)
        return loose(verdict, entry.key);
    const operator = (0,condition_operators/* parseConditionOperator */.bt)(entry.operator);
    if (!operator || operator.negated || operator.qualifier === 'ForAllValues')
        return loose(verdict, entry.key);
    if (known.key === 'iam:PassedToService') {
        // The key is in every PassRole request, so `…IfExists` compares like the plain operator.
        if (isPositiveMatch({ ...entry, operator: operator.base }))
            verdict.passedTo.push(entry.values);
        else
            loose(verdict, entry.key);
        return;
    }
    if (RESOURCE_TAG.test(entry.key)) {
        // The target must carry the tag: any value (`*`) or `Null: false` requires it as much as one value.
        const present = operator.base === 'Null'
            ? entry.values.length > 0 && entry.values.every(value => value.toLowerCase() === 'false')
            : !operator.ifExists &&
                ['StringEquals', 'StringEqualsIgnoreCase', 'StringLike'].includes(operator.base) &&
                entry.values.length > 0;
        if (present)
            verdict.closed = true;
        else
            loose(verdict, entry.key);
        return;
    }
    if (CALLED_VIA.test(entry.key)) {
        // Through a service that decides the call itself (mgn, drs, Cloud9), the caller chooses
        // nothing; through CloudFormation it writes the template, so the path stays open.
        const authoring = entry.values.some(value => AUTHORING_SERVICES.some(service => (0,wildcard/* wildcardMatch */.UF)(value, service, true)));
        if (isPositiveMatch({ ...entry, operator: operator.base }) && !authoring)
            verdict.closed = true;
        else
            loose(verdict, entry.key);
        return;
    }
    if (isPositiveMatch(entry))
        verdict.closed = true;
    else
        loose(verdict, entry.key);
}
function addStatement(grants, facts, origin) {
    const statement = facts.statement;
    const verdict = conditionVerdict(facts);
    const conditional = verdict.closed || verdict.loose.length > 0 || verdict.passedTo.length > 0;
    // A conditional Deny may not apply: not relying on it errs towards reporting.
    if (statement.Effect === 'Deny' && conditional)
        return;
    if (statement.Effect === 'Allow' && verdict.closed)
        return;
    const allow = statement.Effect === 'Allow';
    const resources = facts.Resource.map(item => item.value);
    for (const { action, path } of candidateActions(facts)) {
        const lower = action.toLowerCase();
        const grant = () => ({ origin: origin(path), loose: verdict.loose, passedTo: verdict.passedTo });
        if (statement.Resource === undefined) {
            // NotResource allows all but a few resources; a Deny with NotResource spares those few.
            if (statement.NotResource === undefined)
                continue;
            if (allow)
                push(grants.allowed, lower, grant());
            continue;
        }
        if (!allow) {
            if (facts.Resource.some(item => isUnconstrainedResource(action, item.value)))
                grants.denied.add(lower);
            continue;
        }
        if (escalation/* SSM_DOCUMENT_ACTIONS */.eR.has(lower)) {
            const reach = ssmReach(action, resources);
            if (reach.target)
                push(grants.targets, lower, grant());
            if (reach.document)
                push(grants.documents, lower, grant());
            continue;
        }
        if (facts.Resource.some(item => isUnconstrainedResource(action, item.value))) {
            push(grants.allowed, lower, grant());
        }
        else if (SELF_TARGETS.has(lower)) {
            const list = grants.scoped.get(lower) ?? [];
            list.push({ grant: grant(), patterns: resources });
            grants.scoped.set(lower, list);
        }
    }
}
function statementsOf(document) {
    const raw = document?.Statement;
    const list = Array.isArray(raw) ? raw : raw === undefined || raw === null ? [] : [raw];
    return list.filter((item) => item !== null && typeof item === 'object' && !Array.isArray(item));
}
const awsGrants = new Map();
/** Grants of an AWS managed policy: the same for every role, so computed once per ARN. */
function awsManagedGrants(arn) {
    const cached = awsGrants.get(arn);
    if (cached !== undefined)
        return cached ?? undefined;
    const policy = (0,managed_policies/* awsManagedPolicy */.HD)(arn);
    let grants = null;
    if (policy) {
        grants = emptyGrants();
        const origin = { kind: 'attached', name: policy.name, aws: true, arn };
        for (const statement of statementsOf(policy.document))
            addStatement(grants, factsOf(statement), () => origin);
    }
    awsGrants.set(arn, grants);
    return grants ?? undefined;
}
/** Grants of an attached (or boundary) policy: a repo-defined one of this environment, or AWS managed. */
function attachedGrants(arn, context) {
    // A repo-defined policy is attached to many roles: its grants are worked out once per run.
    const defined = perRun(context, definedGrants);
    if (!defined.has(arn))
        defined.set(arn, readDefinedGrants(arn, context));
    const grants = defined.get(arn);
    if (grants)
        return grants;
    return (0,managed_policies/* isAwsManagedPolicyArn */.i6)(arn) ? awsManagedGrants(arn) : undefined;
}
const definedGrants = () => new Map();
function readDefinedGrants(arn, context) {
    const defined = context.environment.managedPolicies.find(policy => policy.arn === arn);
    if (!defined)
        return undefined;
    const grants = emptyGrants();
    const origin = { kind: 'attached', name: defined.logicalName ?? defined.name, aws: false, arn };
    for (const statement of statementsOfSubject(managedPolicySubject(defined), context))
        addStatement(grants, statement.facts, () => origin);
    return grants;
}
/** Adds every grant of `from` to `into`: a role holds the union of its policies. */
function merge(into, from) {
    for (const key of ['allowed', 'targets', 'documents'])
        for (const [action, list] of from[key])
            for (const grant of list)
                push(into[key], action, grant);
    for (const [action, list] of from.scoped)
        into.scoped.set(action, [...(into.scoped.get(action) ?? []), ...list]);
    for (const action of from.denied)
        into.denied.add(action);
}
/**
 * Lower-case action -> the grants that allow it where a path needs it: on every resource, a
 * Run Command / Session Manager action on every target with a shell document, a self-target
 * action on the holder itself; less what an unconditional Deny removes.
 */
function effectiveGrants(grants, self) {
    const effective = new Map();
    for (const [action, list] of grants.allowed)
        effective.set(action, [...list]);
    for (const [action, targets] of grants.targets) {
        const checked = escalation/* SSM_DOCUMENT_ACTIONS */.eR.get(action)?.documentChecked ?? true;
        if (!checked || grants.documents.has(action))
            for (const grant of targets)
                push(effective, action, grant);
    }
    for (const [action, list] of grants.scoped) {
        const arns = SELF_TARGETS.get(action) === 'role' ? (self.role ? [self.role] : []) : self.policies;
        for (const { grant, patterns } of list) {
            const arn = arns.find(candidate => patterns.some(pattern => (0,wildcard/* wildcardMatch */.UF)(pattern, candidate, false)));
            if (arn)
                push(effective, action, { ...grant, self: arn });
        }
    }
    for (const action of grants.denied)
        effective.delete(action);
    return effective;
}
function roleGrants(role, context) {
    const grants = emptyGrants();
    for (const [name, document] of Object.entries(role.inlinePolicies)) {
        const subject = {
            kind: 'identity',
            document,
            policyName: name,
            owner: role,
            ownerKind: 'role'
        };
        for (const statement of statementsOfSubject(subject, context)) {
            addStatement(grants, statement.facts, path => ({ kind: 'statement', statement, path }));
        }
    }
    for (const arn of role.managedPolicyArns) {
        const attached = attachedGrants(arn, context);
        if (attached)
            merge(grants, attached);
    }
    const self = {
        role: role.arn,
        // AWS managed policies cannot be given a new version by anyone but AWS.
        policies: role.managedPolicyArns.filter(arn => !(0,managed_policies/* isAwsManagedPolicyArn */.i6)(arn))
    };
    const effective = effectiveGrants(grants, self);
    if (role.permissionsBoundary) {
        const boundary = attachedGrants(role.permissionsBoundary, context);
        if (boundary) {
            const within = effectiveGrants(boundary, { policies: [] });
            for (const action of [...effective.keys()])
                if (!within.has(action))
                    effective.delete(action);
        }
    }
    return effective;
}
/** Does a grant allow the action for this path? iam:PassRole only to the path's services. */
function servesPath(grant, path) {
    if (grant.passedTo.length === 0)
        return true;
    const services = path.passedTo ?? [];
    return grant.passedTo.every(values => values.some(pattern => services.some(service => (0,wildcard/* wildcardMatch */.UF)(pattern, service, true))));
}
function openPaths(effective) {
    if (effective.size === 0)
        return [];
    const open = [];
    for (const path of escalation/* ESCALATION_PATHS */.nq) {
        const grants = [];
        for (const action of path.actions) {
            const found = effective.get(action.toLowerCase())?.find(grant => servesPath(grant, path));
            if (!found)
                break;
            grants.push(found);
        }
        if (grants.length === path.actions.length)
            open.push({ path, grants });
    }
    const minimal = new Set((0,escalation/* minimalPaths */.OI)(open.map(item => item.path)));
    return open.filter(item => minimal.has(item.path));
}
function describeOrigin(origin) {
    if (origin.kind === 'attached')
        return origin.aws ? `AWS managed policy ${origin.name}` : `managed policy ${origin.name}`;
    const { statement } = origin;
    const where = statement.subject.ownerKind === 'role'
        ? `inline policy ${statement.subject.policyName}`
        : `managed policy ${statement.subject.policyName}`;
    return `${where} ${statement.name}`;
}
/** `allowed on every resource without a condition`, or what the grants are really limited by. */
function reach(grants, path) {
    const self = [...new Set(grants.flatMap(grant => (grant.self ? [grant.self] : [])))];
    const where = self.length > 0 ? `allowed on its own ${self.join(' and ')}` : 'allowed on every resource';
    const loose = [...new Set(grants.flatMap(grant => grant.loose))];
    const passed = grants.some(grant => grant.passedTo.length > 0);
    const notes = [];
    if (loose.length > 0)
        notes.push(`its condition${loose.length > 1 ? 's' : ''} on ${loose.join(', ')} limit${loose.length > 1 ? '' : 's'} no target`);
    if (passed)
        notes.push(`iam:PassedToService allows ${(path.passedTo ?? []).join(', ')}, the service this path uses`);
    return notes.length > 0 ? `${where} (${notes.join('; ')})` : `${where} without a condition`;
}
const FIX = 'limit Resource to named ARNs, add a condition that limits the targets (docs/rules.md#privilege-escalation lists them), or remove one of the actions';
function sourceNames(path) {
    const refs = path.sources.map(source => (source.ref ? `${source.name} ${source.ref}` : source.name));
    return refs.slice(0, 2).join(', ');
}
function escalationHit(holder, open) {
    const { path, grants } = open;
    const origins = grants.map(grant => grant.origin);
    const described = origins.map(describeOrigin);
    const from = new Set(described).size === 1
        ? `${path.actions.length > 1 ? 'all from' : 'from'} ${described[0]}`
        : path.actions.map((action, i) => `${action} from ${described[i]}`).join(', ');
    const actions = path.actions.length === 1
        ? path.actions[0]
        : `${path.actions.slice(0, -1).join(', ')} and ${path.actions[path.actions.length - 1]}`;
    const message = `${holder.label}: privilege escalation "${path.id}" (${sourceNames(path)}): ${actions}, ${reach(grants, path)}, let ${holder.role ? 'the role' : 'whoever has this policy'} ${path.description} (${from}); ${FIX}`;
    const first = origins[0];
    if (first.kind === 'statement') {
        return {
            message,
            location: (0,source/* positionAt */.t$)(first.statement.subject.document, [...first.statement.ref.path, ...first.path]),
            role: holder.logicalName,
            policy: first.statement.subject.policyName,
            statement: first.statement.ref.id
        };
    }
    return {
        message,
        location: holder.role ? attachmentLocation(holder.role, first.arn) : undefined,
        role: holder.logicalName,
        policy: first.name
    };
}
/** Identity of an origin: one statement of one document, or one attached policy. */
function originKey(origin) {
    if (origin.kind === 'attached')
        return `attached\u0000${origin.name}`;
    return `statement\u0000${origin.statement.subject.policyName}\u0000${origin.statement.ref.index}`;
}
/** The single origin all of a path's grants come from, or undefined when they come from several. */
function soleOrigin(open) {
    const keys = new Set(open.grants.map(grant => originKey(grant.origin)));
    return keys.size === 1 ? open.grants[0].origin : undefined;
}
/** Plain grants (every resource, no loose condition): several paths of one origin share a line. */
const plain = (open) => open.grants.every(grant => !grant.self && grant.loose.length === 0 && grant.passedTo.length === 0);
/**
 * Several paths opened by one statement or one attached policy (`Action: "*"`, AdministratorAccess
 * opens all of them) are one finding that lists every path: each is still reported, once, but a
 * reviewer sees one line to fix instead of dozens of identical annotations.
 */
function groupHit(holder, group) {
    const first = escalationHit(holder, group[0]);
    const origin = group[0].grants[0].origin;
    const ids = group.map(({ path }) => `"${path.id}" (${path.actions.join(' + ')})`);
    return {
        ...first,
        message: `${holder.label}: ${group.length} privilege-escalation paths are allowed on every resource without a condition, all from ${describeOrigin(origin)}: ${ids.join(', ')}; with any of them ${holder.role ? 'the role' : 'whoever has this policy'} can grant itself more access (sources of each path: docs/rules.md#privilege-escalation). Limit Resource to named ARNs, add conditions that limit the targets, or remove the actions`
    };
}
function* escalationHits(holder, paths) {
    const byOrigin = new Map();
    for (const open of paths) {
        const origin = soleOrigin(open);
        if (!origin || !plain(open)) {
            yield escalationHit(holder, open);
            continue;
        }
        push(byOrigin, originKey(origin), open);
    }
    for (const group of byOrigin.values()) {
        yield group.length === 1 ? escalationHit(holder, group[0]) : groupHit(holder, group);
    }
}
const privilegeEscalation = {
    id: 'privilege-escalation',
    *check(context) {
        const environment = context.environment;
        // Each kind: ManagedPolicy on its own, at the statement: it escalates wherever it is attached,
        // roles outside this repository included.
        for (const policy of environment.managedPolicies) {
            const subject = managedPolicySubject(policy);
            const grants = emptyGrants();
            for (const statement of statementsOfSubject(subject, context)) {
                addStatement(grants, statement.facts, path => ({ kind: 'statement', statement, path }));
            }
            const holder = {
                label: `managed policy ${subject.policyName}`,
                logicalName: policy.logicalName
            };
            yield* escalationHits(holder, openPaths(effectiveGrants(grants, { policies: [policy.arn] })));
        }
        // Each role with everything attached to it. A path that one repo-defined managed policy opens
        // on its own was reported on that policy, at the statement, just above.
        for (const role of environment.roles) {
            const holder = {
                label: `role ${role.logicalName ?? role.name}`,
                logicalName: role.logicalName,
                role
            };
            const paths = openPaths(roleGrants(role, context)).filter(open => {
                const origin = soleOrigin(open);
                return !(origin?.kind === 'attached' && !origin.aws);
            });
            yield* escalationHits(holder, paths);
        }
    }
};
// ---------------------------------------------------------------------------------------------
// admin-managed-policy
/** AWS managed policies that make a role an administrator, or able to become one. */
const ADMIN_MANAGED_POLICIES = new Map([
    ['AdministratorAccess', 'allows every action on every resource'],
    [
        'PowerUserAccess',
        'allows every action outside IAM and Organizations: every secret, bucket and database, and running any code'
    ],
    ['IAMFullAccess', 'allows iam:*, with which the role can grant itself any permission'],
    [
        'AWSOrganizationsFullAccess',
        'allows organizations:*: service control policies, accounts and the organization itself'
    ]
]);
const adminManagedPolicy = {
    id: 'admin-managed-policy',
    *check({ environment }) {
        for (const role of environment.roles) {
            for (const arn of role.managedPolicyArns) {
                if (!(0,managed_policies/* isAwsManagedPolicyArn */.i6)(arn))
                    continue;
                const name = arn.slice(arn.lastIndexOf('/') + 1);
                const why = ADMIN_MANAGED_POLICIES.get(name);
                if (!why || !/:policy\/[^/]+$/.test(arn))
                    continue;
                yield {
                    message: `role ${role.logicalName ?? role.name} attaches the AWS managed policy ${name}, which ${why}; attach (or write) a policy with only the actions the role needs`,
                    location: attachmentLocation(role, arn),
                    role: role.logicalName,
                    policy: name
                };
            }
        }
    }
};

// EXTERNAL MODULE: ./src/policy/iam-data.ts + 1 modules
var iam_data = __webpack_require__(865);
;// CONCATENATED MODULE: ./src/policy/service-condition-keys.ts
/**
 * Which condition keys a service declares, for the `unknown-condition-key` rule. The Service
 * Authorization Reference lists keys per action too, but those lists are incomplete (s3:prefix
 * appears on a handful of actions, yet people rightly use it wherever S3 evaluates it), so the
 * rule asks the coarser and safer question: does any service of the statement know this key?
 */


const VARIABLE = /\$\{[^}]*\}|<[^>]*>/;
function buildKeys(lower) {
    const service = (0,iam_data/* serviceData */.Wg)(lower);
    if (!service)
        return undefined;
    const keys = { exact: new Set(), templates: [] };
    for (const { key } of service.keys) {
        if (VARIABLE.test(key)) {
            const source = key
                .split(VARIABLE)
                .map(part => part.replace(/[\\^$.|?*+()[\]{}]/g, '\\$&'))
                .join('.+');
            keys.templates.push(new RegExp(`^${source}$`, 'i'));
        }
        else {
            keys.exact.add(key.toLowerCase());
        }
    }
    return keys;
}
// Prefixes come from pull requests (unknown ones included): bounded, like every cache.
const keysByService = (0,bounded_memo/* boundedMemo */.S)(buildKeys, 1_000);
function keysOf(prefix) {
    return keysByService(prefix.toLowerCase());
}
/** Does the service with this prefix declare the key (exactly, or as an instance of a template)? */
function serviceDeclaresConditionKey(prefix, key) {
    const keys = keysOf(prefix);
    if (!keys)
        return false;
    return keys.exact.has(key.toLowerCase()) || keys.templates.some(template => template.test(key));
}
/** The keys the service declares, as AWS spells them (templates included); empty when unknown. */
function serviceConditionKeys(prefix) {
    return (0,iam_data/* serviceData */.Wg)(prefix.toLowerCase())?.keys.map(key => key.key) ?? [];
}

;// CONCATENATED MODULE: ./src/lint/rules/grammar.ts
/**
 * Grammar rules over the IAM vocabulary: `unknown-service`, `unknown-action`,
 * `invalid-condition-operator`, `unknown-condition-key`, `invalid-arn`, `resource-mismatch` and
 * `duplicate-sid`. IAM accepts most of these mistakes silently (an unknown action or condition key
 * is not an error at PutRolePolicy), so the policy deploys and then denies at run time; the PR is
 * the cheapest place to say so.
 */






// ---------------------------------------------------------------------------------------------
// unknown-service, unknown-action
/**
 * Names IAM accepts and AWS's own managed policies use, but that the Service Authorization
 * Reference (and so the action database) does not list. Each entry was found by linting every
 * AWS managed policy (__tests__/lint/grammar-precision.test.ts) and stays only with its reason.
 * Deliberately left out, and still reported: names that look like API operations rather than IAM
 * actions (budgets:CreateBudget and friends, the same mistake as sqs:DeleteMessageBatch) and the
 * retired CloudHSM Classic API (cloudhsm:DescribeHapg, ...): both grant nothing.
 */
const UNDOCUMENTED_SERVICES = [
    {
        prefix: 'builderid',
        reason: 'AWS Builder ID actions, granted by AWS but not documented',
        seenIn: 'AWSManagedSettingsAdminAccess, AWSSupplyChainFederationAdminAccess'
    },
    {
        prefix: 'datazonecontrol',
        reason: 'the Amazon DataZone preview console',
        seenIn: 'AmazonDataZonePortalFullAccessPolicy, AmazonDataZonePreviewConsoleFullAccess'
    },
    {
        prefix: 'deepcomposer',
        reason: 'AWS DeepComposer, a retired service',
        seenIn: 'ReadOnlyAccess, ResourceGroupsTaggingAPITagUntagSupportedResources'
    },
    {
        prefix: 'deeplens',
        reason: 'AWS DeepLens, a retired service',
        seenIn: 'AWSDeepLensLambdaFunctionAccessPolicy, AWSDeepLensServiceRolePolicy'
    },
    {
        prefix: 'deepracer',
        reason: 'AWS DeepRacer, no longer in the reference',
        seenIn: 'SecurityAudit, AWSDeepRacer* policies'
    },
    {
        prefix: 'elastic-inference',
        reason: 'Amazon Elastic Inference, a retired service',
        seenIn: 'AmazonSageMakerFullAccess, ResourceGroupsTaggingAPITagUntagSupportedResources'
    },
    {
        prefix: 'iot1click',
        reason: 'AWS IoT 1-Click, a retired service',
        seenIn: 'ReadOnlyAccess, ResourceGroupsTaggingAPITagUntagSupportedResources'
    },
    {
        prefix: 'iotroborunner',
        reason: 'AWS IoT RoboRunner, a retired service',
        seenIn: 'AWSIotRoboRunnerFullAccess, AWSIotRoboRunnerReadOnly'
    },
    {
        prefix: 'mobilehub',
        reason: 'AWS Mobile Hub, retired in favour of Amplify',
        seenIn: 'AWSMobileHub_FullAccess, AWSMobileHub_ReadOnly'
    },
    {
        prefix: 'sagemaker-groundtruth-synthetic',
        reason: 'the Ground Truth synthetic data console',
        seenIn: 'GroundTruthSyntheticConsoleFullAccess, GroundTruthSyntheticConsoleReadOnlyAccess'
    },
    {
        prefix: 'zocalo',
        reason: 'Amazon WorkDocs under its original name, a retired service',
        seenIn: 'AmazonZocaloFullAccess, AmazonZocaloReadOnlyAccess'
    }
];
const UNDOCUMENTED_ACTIONS = [
    {
        actions: [
            'payments:AcceptTermsAndConditionsForProgramByAccountId',
            'payments:BatchGetPaymentProfiles',
            'payments:CreatePaymentAttempt',
            'payments:CreatePaymentProfile',
            'payments:Get',
            'payments:GetAcceptedTermsAndConditionsForProgramByAccountId',
            'payments:GetAccountBalance',
            'payments:GetDefaultPaymentProfile',
            'payments:GetEligibleCurrencies',
            'payments:GetPaymentAttempt',
            'payments:GetPaymentPreferences',
            'payments:GetPreferredCurrency',
            'payments:GetRecommendedTermsAndConditionsForProgram',
            'payments:ListPaymentProfiles',
            'payments:SearchFinancialRecords',
            'payments:SetPreferredCurrency',
            'payments:UpdatePaymentProfile',
            'organizations:CreateBuilderIdOwnedAccount'
        ],
        reason: 'billing-console actions of AWS Managed Settings that the reference does not list',
        seenIn: 'AWSManagedSettingsAdminAccess'
    },
    {
        actions: [
            'securityagent:BatchGetAgentInstances',
            'securityagent:BatchGetSecurityTestContentMetadata',
            'securityagent:BatchGetTasks',
            'securityagent:CreateDocumentReview',
            'securityagent:DeleteDocumentReview',
            'securityagent:GetCodeReviewTask',
            'securityagent:GetDocReviewTask',
            'securityagent:GetDocumentReview',
            'securityagent:GetDocumentReviewArtifact',
            'securityagent:ListAgentInstances',
            'securityagent:ListControls',
            'securityagent:ListDocumentReviewComments',
            'securityagent:ListDocumentReviews',
            'securityagent:ListTasks',
            'securityagent:StartPentestExecution',
            'securityagent:StopPentestExecution'
        ],
        reason: 'AWS Security Agent web-app actions, ahead of the reference',
        seenIn: 'SecurityAgentWebAppAPIPolicy'
    },
    {
        actions: ['qapps:ImportDocumentToQApp', 'qapps:ImportDocumentToQAppSession'],
        reason: 'Amazon Q Apps actions allowed for trusted identity propagation, ahead of the reference',
        seenIn: 'AWSIAMIdentityCenterAllowListForIdentityContext'
    },
    {
        actions: ['cloud9:ValidateEnvironmentName'],
        reason: 'a console-only AWS Cloud9 permission',
        seenIn: 'AWSCodeStarFullAccess'
    },
    {
        actions: ['route53-recovery-control-config:DescribeRoutingControlByName'],
        reason: 'a Route 53 ARC console permission the reference does not list',
        seenIn: 'AmazonRoute53RecoveryControlConfigReadOnlyAccess'
    },
    {
        actions: ['memorydb:ReplicateMultiRegionClusterData'],
        reason: 'an internal permission of MemoryDB’s service-linked role',
        seenIn: 'MemoryDBServiceRolePolicy'
    }
];
/** Condition keys AWS's managed policies use that the reference does not list. */
const UNDOCUMENTED_CONDITION_KEYS = [
    {
        key: 'aws:PrincipalOrgMasterAccountId',
        reason: 'an older global key of AWS Organizations, still evaluated',
        seenIn: 'AWSSSOServiceRolePolicy'
    },
    {
        key: 'lakeformation:GlueARN',
        reason: 'a Lake Formation key for federated Glue resources',
        seenIn: 'AmazonDataZoneGlueManageAccessRolePolicy'
    }
];
const undocumentedActions = new Set(UNDOCUMENTED_ACTIONS.flatMap(entry => entry.actions.map(action => action.toLowerCase())));
const undocumentedServices = new Set(UNDOCUMENTED_SERVICES.map(entry => entry.prefix));
const undocumentedKeys = new Set(UNDOCUMENTED_CONDITION_KEYS.map(entry => entry.key.toLowerCase()));
function isUndocumentedAction(action) {
    return undocumentedActions.has(action.toLowerCase());
}
function isUndocumentedService(prefix) {
    return undocumentedServices.has(prefix.toLowerCase());
}
const VERDICT_CACHE_LIMIT = 20_000;
/** What is wrong with one Action/NotAction value, cached: policies repeat the same few actions. */
const judgeAction = (0,bounded_memo/* boundedMemo */.S)(judgeActionUncached, VERDICT_CACHE_LIMIT);
function judgeActionUncached(value) {
    if (value === '*')
        return { kind: 'ok' };
    const colon = value.indexOf(':');
    if (colon < 0) {
        return {
            kind: 'unknown-action',
            message: `"${value}" is not an action: IAM actions are written service:ActionName, e.g. s3:GetObject`
        };
    }
    const prefix = value.slice(0, colon);
    const name = value.slice(colon + 1);
    if ((0,wildcard/* hasWildcard */.rl)(prefix)) {
        if (!(0,action_db/* allServicePrefixes */.Br)().some(known => (0,wildcard/* wildcardMatch */.UF)(prefix, known, true))) {
            return {
                kind: 'unknown-service',
                message: `"${value}": the service pattern "${prefix}" matches no AWS service prefix`
            };
        }
    }
    else if (!(0,action_db/* lookupService */.os)(prefix)) {
        if (isUndocumentedService(prefix))
            return { kind: 'ok' };
        const suggestion = (0,policy_suggest/* suggestService */.w)(prefix);
        const fix = suggestion
            ? `; did you mean "${suggestion}" (${(0,policy_suggest/* suggestAction */.t)(value) ?? `${suggestion}:${name}`})?`
            : '; check the prefix in the Service Authorization Reference';
        return { kind: 'unknown-service', message: `"${value}": "${prefix}" is not an AWS service prefix${fix}` };
    }
    if ((0,action_db/* expandActionPattern */.Vd)(value).length > 0 || isUndocumentedAction(value))
        return { kind: 'ok' };
    if ((0,wildcard/* hasWildcard */.rl)(value)) {
        return {
            kind: 'unknown-action',
            message: `"${value}" matches no action of ${(0,wildcard/* hasWildcard */.rl)(prefix) ? `the services "${prefix}" matches` : `service ${(0,action_db/* lookupService */.os)(prefix)?.prefix ?? prefix}`}, so it grants nothing; check the spelling of the pattern`
        };
    }
    // A batch API operation is authorized by its single-item action (sqs:DeleteMessageBatch needs
    // sqs:DeleteMessage): a common mistake that edit distance cannot suggest.
    const single = /^(.+)Batch$/i.exec(name);
    const batchOf = single && !(0,wildcard/* hasWildcard */.rl)(single[1]) ? (0,action_db/* expandActionPattern */.Vd)(`${prefix}:${single[1]}`)[0] : undefined;
    if (batchOf) {
        return {
            kind: 'unknown-action',
            message: `"${value}" is an API operation, not an IAM action: ${(0,action_db/* lookupService */.os)(prefix)?.name ?? prefix} authorizes it with ${batchOf}, so list that instead`
        };
    }
    const suggestion = (0,policy_suggest/* suggestAction */.t)(value);
    return {
        kind: 'unknown-action',
        message: `"${value}" is not an action of ${(0,action_db/* lookupService */.os)(prefix)?.name ?? prefix} (${prefix.toLowerCase()})${suggestion ? `; did you mean "${suggestion}"?` : '; IAM ignores it, so it grants nothing'}`
    };
}
/** Verdicts of a list's values, in order: kept on the list, which recurs across statements. */
const VERDICTS = Symbol('verdicts');
const listVerdicts = (values) => values.map(judgeAction);
/**
 * Both rules' hits in one pass over the statements (each rule then keeps its own kind): most
 * statements have none, and walking every Action of every statement twice costs more.
 */
function verdictHits(context) {
    const found = [];
    for (const statement of allStatements(context)) {
        const facts = statement.facts;
        for (const key of ['Action', 'NotAction']) {
            const items = facts[key];
            if (items.length === 0)
                continue;
            const list = key === 'Action' ? actionList(facts) : notActionList(facts);
            const verdicts = list.derive(VERDICTS, listVerdicts);
            for (let index = 0; index < items.length; index++) {
                const verdict = verdicts[index];
                if (verdict.kind !== 'ok')
                    found.push({ kind: verdict.kind, hit: statementHit(statement, verdict.message, items[index].path) });
            }
        }
    }
    return found;
}
function* actionVerdicts(context, kind) {
    for (const found of perRun(context, verdictHits))
        if (found.kind === kind)
            yield found.hit;
}
const unknownService = {
    id: 'unknown-service',
    check: context => actionVerdicts(context, 'unknown-service')
};
const unknownAction = {
    id: 'unknown-action',
    check: context => actionVerdicts(context, 'unknown-action')
};
// ---------------------------------------------------------------------------------------------
// invalid-condition-operator
let operatorNames;
/** Every valid spelling: 27 base operators × set qualifiers × IfExists (Null has no IfExists). */
function allOperatorNames() {
    operatorNames ??= ['', 'ForAnyValue:', 'ForAllValues:'].flatMap(qualifier => condition_operators/* BASE_OPERATORS */.md.flatMap(base => [
        `${qualifier}${base}`,
        ...(base === 'Null' ? [] : [`${qualifier}${base}IfExists`])
    ]));
    return operatorNames;
}
/** operatorProblem(), cached: statements repeat the same few operators. */
const cachedOperatorProblem = (0,bounded_memo/* boundedMemo */.S)(operatorProblem, VERDICT_CACHE_LIMIT);
function operatorProblem(operator) {
    if ((0,condition_operators/* parseConditionOperator */.bt)(operator))
        return undefined;
    const colon = operator.indexOf(':');
    const head = colon >= 0 ? operator.slice(0, colon) : '';
    if (/^null$/i.test(operator.slice(colon + 1).replace(/ifexists$/i, '')) && /ifexists$/i.test(operator)) {
        return `"${operator}" is not a condition operator: Null already tests whether the key exists, so it has no IfExists form; use Null`;
    }
    if (colon >= 0 && !/^(foranyvalue|forallvalues)$/i.test(head)) {
        return `"${operator}" is not a condition operator: the only prefixes are ForAnyValue: and ForAllValues:${(0,suggest/* didYouMean */.a)(operator, allOperatorNames())}`;
    }
    return `"${operator}" is not a condition operator${(0,suggest/* didYouMean */.a)(operator, allOperatorNames())}; valid operators are ${condition_operators/* BASE_OPERATORS */.md.join(', ')}, with an optional ForAnyValue:/ForAllValues: prefix and IfExists suffix`;
}
const invalidConditionOperator = {
    id: 'invalid-condition-operator',
    *check(context) {
        for (const statement of allStatements(context)) {
            const condition = statement.ref.statement.Condition;
            if (condition === null || typeof condition !== 'object' || Array.isArray(condition))
                continue;
            for (const operator of Object.keys(condition)) {
                const problem = cachedOperatorProblem(operator);
                if (problem)
                    yield statementHit(statement, `${problem}; IAM rejects the policy`, ['Condition', operator]);
            }
        }
    }
};
// ---------------------------------------------------------------------------------------------
// unknown-condition-key
/**
 * What the database knows about a key. Secrets Manager documents its tag key as
 * `secretsmanager:ResourceTag/tag-key`, a literal placeholder rather than `${TagKey}`, so an
 * unknown `x:Y/anything` also counts as known when `x:Y/tag-key` is.
 */
function knownKey(key) {
    return keyCache(key.toLowerCase());
}
// Keyed by the lower-cased key: lookupConditionKey() ignores case.
const keyCache = (0,bounded_memo/* boundedMemo */.S)((key) => {
    const slash = key.indexOf('/');
    return ((0,condition_keys/* lookupConditionKey */.bW)(key) ?? (slash > 0 ? (0,condition_keys/* lookupConditionKey */.bW)(`${key.slice(0, slash)}/tag-key`) : undefined));
}, VERDICT_CACHE_LIMIT);
/** The actions with their own bounded answers by key (the object is shared by equal lists). */
function withKeyAnswers(facts) {
    const actions = {
        ...facts,
        problems: (0,bounded_memo/* boundedMemo */.S)(key => keyProblem(key, actions), VERDICT_CACHE_LIMIT),
        inapplicable: (0,bounded_memo/* boundedMemo */.S)(key => inapplicableKeyProblem(key, actions), VERDICT_CACHE_LIMIT)
    };
    return actions;
}
const NO_ACTIONS = withKeyAnswers({ actions: [], services: new Set(), everyService: true });
function statementActions(statement) {
    if (statement.ref.statement.Action === undefined)
        return NO_ACTIONS;
    return actionList(statement.facts).derive(STATEMENT_ACTIONS, readStatementActions);
}
const STATEMENT_ACTIONS = Symbol('statement actions');
function readStatementActions(values) {
    const actions = new Set();
    let everyService = false;
    for (const value of values) {
        const colon = value.indexOf(':');
        if (value === '*' || (colon >= 0 && value.slice(0, colon).includes('*'))) {
            everyService = true;
            continue;
        }
        for (const action of (0,action_db/* expandActionPattern */.Vd)(value))
            actions.add(action);
    }
    const services = new Set([...actions].map(action => action.slice(0, action.indexOf(':'))));
    return withKeyAnswers({ actions: [...actions], services, everyService });
}
function keyProblem(key, actions) {
    const known = knownKey(key);
    const colon = key.indexOf(':');
    const prefix = colon > 0 ? key.slice(0, colon).toLowerCase() : '';
    // Undocumented keys AWS itself uses, and keys of services unknown-service already reports.
    if (undocumentedKeys.has(key.toLowerCase()) || isUndocumentedService(prefix))
        return undefined;
    if (!known) {
        const candidates = new Set();
        for (const action of actions.actions.slice(0, 200))
            for (const candidate of (0,condition_keys/* conditionKeysForAction */.re)(action) ?? [])
                candidates.add(candidate);
        for (const candidate of serviceConditionKeys(prefix))
            candidates.add(candidate);
        const hint = (0,suggest/* didYouMean */.a)(key, candidates);
        return `condition key "${key}" is not one AWS documents${hint}; a condition on a key that is never present fails (or, with IfExists or a negated operator, always passes)`;
    }
    if (known.scope !== 'service' || actions.everyService)
        return undefined;
    if (actions.services.size === 0)
        return undefined;
    if (actions.services.has(prefix))
        return undefined;
    for (const service of actions.services)
        if (serviceDeclaresConditionKey(service, key))
            return undefined;
    if (actions.actions.some(action => (0,condition_keys/* conditionKeyAppliesTo */.km)(key, action)))
        return undefined;
    const services = [...actions.services].sort();
    return `condition key "${key}" belongs to ${prefix ? `service ${prefix}` : 'another service'}, but the statement's actions are all of ${summarize(services)}, whose requests never carry it; the condition fails (or, with IfExists or a negated operator, always passes). Use a key of ${summarize(services)} or a global aws: key`;
}
const unknownConditionKey = {
    id: 'unknown-condition-key',
    *check(context) {
        for (const statement of allStatements(context)) {
            const items = conditionEntries(statement.facts);
            if (items.length === 0)
                continue;
            const actions = statementActions(statement);
            for (const item of items) {
                const problem = actions.problems(item.key);
                if (problem)
                    yield statementHit(statement, problem, item.path);
            }
        }
    }
};
// ---------------------------------------------------------------------------------------------
// inapplicable-condition-key
/**
 * A service key that the statement's service declares (so unknown-condition-key is silent) but
 * that none of the statement's actions lists, per action, in the Service Authorization Reference:
 * `s3:prefix` on s3:GetObject, `ec2:InstanceType` on ec2:CreateVolume. The request for those
 * actions does not carry the key, so the condition fails (or, IfExists or negated, always passes).
 * Statements with `Action: "*"`, a `*:` pattern or NotAction are left alone, as are unknown actions.
 */
function inapplicableKeyProblem(key, actions) {
    const known = knownKey(key);
    if (!known || known.scope !== 'service' || actions.everyService || actions.actions.length === 0)
        return undefined;
    if (keyProblem(key, actions) !== undefined)
        return undefined; // unknown-condition-key's finding
    // The key as declared (Secrets Manager's `secretsmanager:ResourceTag/tag-key` for any tag).
    const declared = (0,condition_keys/* lookupConditionKey */.bW)(key) ? key : known.key;
    if (actions.actions.some(action => (0,condition_keys/* conditionKeyAppliesTo */.km)(declared, action)))
        return undefined;
    const prefix = key.slice(0, key.indexOf(':')).toLowerCase();
    // A key the service declares but no action lists has no per-action data to judge by.
    const accepting = (0,condition_keys/* actionsAcceptingKey */.P0)(prefix, declared);
    if (accepting.length === 0)
        return undefined;
    return `condition key "${key}" is not one ${summarize(actions.actions)} ${actions.actions.length === 1 ? 'takes' : 'take'} (it applies to ${summarize(accepting, 4)}), so requests for ${actions.actions.length === 1 ? 'it' : 'them'} do not carry it and the condition fails (or, with IfExists or a negated operator, always passes); move the condition to a statement with those actions, or use a key the actions list`;
}
const inapplicableConditionKey = {
    id: 'inapplicable-condition-key',
    *check(context) {
        for (const statement of allStatements(context)) {
            const items = conditionEntries(statement.facts);
            if (items.length === 0)
                continue;
            const actions = statementActions(statement);
            for (const item of items) {
                const problem = actions.inapplicable(item.key);
                if (problem)
                    yield statementHit(statement, problem, item.path);
            }
        }
    }
};
// ---------------------------------------------------------------------------------------------
// invalid-arn
const invalidArn = {
    id: 'invalid-arn',
    *check(context) {
        for (const statement of identityStatements(context)) {
            for (const key of ['Resource', 'NotResource']) {
                for (const item of statement.facts[key]) {
                    const problems = resourceProblems(item.value);
                    if (problems.length === 0)
                        continue;
                    yield statementHit(statement, `${key} "${item.value}" is not a valid ARN: ${problems.join('; ')}; write "*" or a full ARN such as arn:aws:s3:::my-bucket/*`, item.path);
                }
            }
        }
    }
};
// ---------------------------------------------------------------------------------------------
// resource-mismatch
/**
 * A fix for the common near miss: the ARN names a region or account where the resource type has
 * none (S3 buckets, Bedrock foundation models, IAM roles). Only removing fields is suggested;
 * adding a `*` would let the wildcard absorb anything and "match" by accident.
 */
function fieldHint(resource, types) {
    const arn = (0,policy_arn/* parseArn */.Lw)(resource);
    if (!arn)
        return undefined;
    for (const type of types) {
        const pattern = (0,policy_arn/* parseArn */.Lw)(type.arnPattern);
        if (!pattern || pattern.service !== arn.service)
            continue;
        const dropRegion = pattern.region === '' && arn.region !== '';
        const dropAccount = pattern.account === '' && arn.account !== '';
        if (!dropRegion && !dropAccount)
            continue;
        const fixed = `arn:${arn.partition}:${arn.service}:${dropRegion ? '' : arn.region}:${dropAccount ? '' : arn.account}:${arn.resource}`;
        if (!(0,policy_arn/* arnMatchesResourceType */.Pp)(fixed, type.arnPattern))
            continue;
        const fields = [dropRegion ? 'no region' : '', dropAccount ? 'no account' : '']
            .filter(Boolean)
            .join(' and ');
        return `${type.name} ARNs have ${fields} (${type.arnPattern}); write ${fixed}`;
    }
    return undefined;
}
/**
 * Services that answer to two ARN namespaces: AWS CodeConnections was renamed from CodeStar
 * Connections and accepts either prefix in ARNs, while the reference lists only one per service.
 */
const ARN_SERVICE_ALIASES = new Map([
    ['codeconnections', 'codestar-connections'],
    ['codestar-connections', 'codeconnections']
]);
const typePatterns = new Map();
function typePattern(pattern) {
    let parsed = typePatterns.get(pattern);
    if (parsed === undefined) {
        const arn = (0,policy_arn/* parseArn */.Lw)(pattern);
        parsed = arn
            ? {
                service: arn.service,
                region: arn.region,
                account: arn.account,
                ownedByAws: (0,policy_arn/* awsOwnedArnPattern */.aC)(pattern) !== undefined,
                head: arn.resource.split('${', 1)[0].toLowerCase()
            }
            : null;
        typePatterns.set(pattern, parsed);
    }
    return parsed ?? undefined;
}
/** The literal start of a Resource value's resource part (up to a wildcard or variable), lower-cased. */
function literalHead(text) {
    const stop = text.search(/[*?]|\$\{/);
    return (stop < 0 ? text : text.slice(0, stop)).toLowerCase();
}
/** A field written without wildcard or variable: it names one region or account. */
function literalField(field) {
    return field !== '' && !/[*?]|\$\{/.test(field);
}
// Sized like resourceFacts (policy-common.ts): a large project's distinct Resource values.
const SPECIFIC_CACHE_LIMIT = 300_000;
/** The value as a specific ARN (one whose service is literal), or undefined; cached per value. */
const specificResource = (0,bounded_memo/* boundedMemo */.S)((value) => {
    const arn = value === '*' ? undefined : resourceFacts(value).arn;
    return arn !== undefined &&
        arn.service !== '' &&
        !/[*?$]/.test(arn.service) &&
        resourceProblems(value).length === 0
        ? {
            value,
            partition: arn.partition,
            service: arn.service,
            region: arn.region,
            account: arn.account,
            resource: arn.resource,
            alias: ARN_SERVICE_ALIASES.get(arn.service),
            regionLiteral: literalField(arn.region),
            accountLiteral: literalField(arn.account),
            head: literalHead(arn.resource)
        }
        : undefined;
}, SPECIFIC_CACHE_LIMIT);
/**
 * Could the (specific) Resource ARN name a resource of this type? Cheap tests first (service,
 * which fields are empty, the literal start of the resource part) rule out most types before the
 * pattern search, which is the costly part.
 */
function matchesType(resource, pattern) {
    const type = typePattern(pattern);
    if (!type)
        return (0,policy_arn/* arnMatchesResourceType */.Pp)(resource.value, pattern);
    if (type.service !== resource.service && type.service !== resource.alias)
        return false;
    // A type without region or account cannot be named by an ARN that has a literal one, and back.
    if ((type.region === '' && resource.regionLiteral) || (type.region !== '' && resource.region === ''))
        return false;
    if ((type.account === '' && resource.accountLiteral) ||
        (type.account !== '' && resource.account === '' && !type.ownedByAws))
        return false;
    const head = resource.head;
    if (head.length <= type.head.length ? !type.head.startsWith(head) : !head.startsWith(type.head))
        return false;
    const text = type.service === resource.service
        ? resource.value
        : `arn:${resource.partition}:${type.service}:${resource.region}:${resource.account}:${resource.resource}`;
    return (0,policy_arn/* arnMatchesResourceType */.Pp)(text, pattern);
}
/** matchesType(), answered once per statement and cell (0 not yet asked, 1 fits, 2 does not). */
function fits(answers, cell, resource, pattern) {
    if (answers[cell] === 0)
        answers[cell] = matchesType(resource, pattern) ? 1 : 2;
    return answers[cell] === 1;
}
function describeTypes(types) {
    const shown = types.slice(0, 2).map(type => `${type.name} (${type.arnPattern})`);
    return types.length > 2 ? `${shown.join(', ')} or ${types.length - 2} other types` : shown.join(' or ');
}
/** Cached per pattern: `s3:Get*` recurs in every role, and its sixty lookups add up. */
function patternActions(pattern) {
    return patternActionsCache(pattern.toLowerCase());
}
// Keyed by the lower-cased pattern: expandActionPattern() ignores case.
const patternActionsCache = (0,bounded_memo/* boundedMemo */.S)((pattern) => {
    const untyped = [];
    const typed = [];
    for (const action of (0,action_db/* expandActionPattern */.Vd)(pattern)) {
        const info = (0,action_db/* lookupAction */.b3)(action);
        if (!info)
            continue;
        if (info.resourceTypes.length === 0)
            untyped.push(action);
        else
            typed.push({ action, types: info.resourceTypes });
    }
    const patterns = [...new Set(typed.flatMap(entry => entry.types.map(type => type.arnPattern)))];
    return { untyped, typed, patterns };
}, VERDICT_CACHE_LIMIT);
const MISMATCH_PLAN = Symbol('resource-mismatch plan');
function mismatchPlan(values) {
    const untyped = [];
    const typed = [];
    const patterns = new Map();
    const literal = new Map();
    values.forEach((value, item) => {
        const isLiteral = !(0,wildcard/* hasWildcard */.rl)(value);
        const expanded = patternActions(value);
        if (isLiteral && expanded.untyped.length > 0)
            untyped.push({ item, actions: expanded.untyped });
        for (const entry of expanded.typed) {
            typed.push(entry);
            if (isLiteral && !literal.has(entry.action))
                literal.set(entry.action, { action: entry.action, item, types: entry.types });
        }
        for (const pattern of expanded.patterns)
            if (!patterns.has(pattern))
                patterns.set(pattern, patterns.size);
    });
    return {
        untyped,
        typed,
        patterns: [...patterns.keys()],
        literal: [...literal.values()].map(entry => ({
            ...entry,
            patterns: [...new Set(entry.types.map(type => patterns.get(type.arnPattern)))]
        }))
    };
}
function* resourceMismatches(statement) {
    const body = statement.ref.statement;
    // Deny statements may list anything to be safe; NotResource and NotAction invert the lists.
    if (!isAllow(body) || body.Resource === undefined || body.Action === undefined)
        return;
    const facts = statement.facts;
    const resources = facts.Resource;
    if (resources.length === 0)
        return;
    for (const item of resources)
        if (item.value === '*')
            return;
    const specific = [];
    for (const item of resources) {
        const arn = specificResource(item.value);
        if (arn)
            specific.push({ item, arn });
    }
    // A wildcard service or an invalid ARN (invalid-arn's finding) may stand for anything.
    const open = specific.length < resources.length;
    const actions = facts.Action;
    const plan = actionList(facts).derive(MISMATCH_PLAN, mismatchPlan);
    // Supports only "*", and Resource holds only ARNs: the statement grants it nowhere.
    for (const { item, actions: untyped } of plan.untyped) {
        for (const action of untyped) {
            yield statementHit(statement, `${action} supports only Resource "*" (it has no resource type), so with only ARNs in Resource this statement grants it nowhere; move it to a statement with Resource: "*"`, actions[item].path);
        }
    }
    if (plan.typed.length === 0 || specific.length === 0)
        return;
    // Actions share resource types (`s3:Get*` is sixty actions over a handful of types), so each
    // (resource, type) pair is searched at most once per statement: `answers` holds, per resource
    // and pattern (by index), 0 for not yet asked, 1 for fits and 2 for does not.
    // A resource is used when some type of some action fits it; a literally written action is
    // matched when one of its types fits some resource.
    const width = plan.patterns.length;
    const answers = new Uint8Array(specific.length * width);
    let usedCount = 0;
    const used = [];
    for (let resource = 0; resource < specific.length; resource++) {
        let fit = false;
        for (let pattern = 0; pattern < width && !fit; pattern++)
            fit = fits(answers, resource * width + pattern, specific[resource].arn, plan.patterns[pattern]);
        used.push(fit);
        if (fit)
            usedCount++;
    }
    let matchedCount = 0;
    const matched = [];
    for (const entry of plan.literal) {
        let fit = false;
        for (let k = 0; k < entry.patterns.length && !fit; k++) {
            const pattern = entry.patterns[k];
            for (let resource = 0; resource < specific.length && !fit; resource++)
                fit = fits(answers, resource * width + pattern, specific[resource].arn, plan.patterns[pattern]);
        }
        matched.push(fit);
        if (fit)
            matchedCount++;
    }
    const anyMatch = matchedCount > 0 || usedCount > 0;
    if (usedCount === specific.length && matchedCount === plan.literal.length)
        return;
    plan.summary ??= summarize([...new Set(plan.typed.map(entry => entry.action))]);
    plan.allTypes ??= [
        ...new Map(plan.typed.flatMap(entry => entry.types).map(type => [type.arnPattern, type])).values()
    ];
    for (let index = 0; index < specific.length; index++) {
        if (used[index])
            continue;
        const resource = specific[index].item;
        const hint = fieldHint(resource.value, plan.allTypes);
        // When nothing fits at all, say what the first action would accept.
        const expected = !anyMatch && !hint ? `; ${plan.typed[0].action} applies to ${describeTypes(plan.typed[0].types)}` : '';
        yield statementHit(statement, `Resource "${resource.value}" is no resource of ${plan.summary}, so it grants nothing${hint ? `: ${hint}` : expected}`, resource.path);
    }
    if (open || !anyMatch)
        return;
    for (let index = 0; index < plan.literal.length; index++) {
        if (matched[index])
            continue;
        const entry = plan.literal[index];
        yield statementHit(statement, `${entry.action} applies to ${describeTypes(entry.types)}, and none of the statement's resources is one, so it is granted nowhere; add that ARN (or move the action to a statement that names it)`, actions[entry.item].path);
    }
}
const resourceMismatch = {
    id: 'resource-mismatch',
    *check(context) {
        for (const statement of identityStatements(context))
            yield* resourceMismatches(statement);
    }
};
// ---------------------------------------------------------------------------------------------
// duplicate-sid
const duplicateSid = {
    id: 'duplicate-sid',
    *check(context) {
        for (const subject of subjectsOf(context)) {
            const first = new Map();
            for (const statement of statementsOfSubject(subject, context)) {
                const sid = statement.ref.statement.Sid;
                if (typeof sid !== 'string' || sid === '')
                    continue;
                const earlier = first.get(sid);
                if (!earlier) {
                    first.set(sid, statement);
                    continue;
                }
                yield statementHit({ ...statement, name: `statement ${statement.ref.index}` }, `Sid "${sid}" is already used by statement ${earlier.ref.index}; IAM requires Sids to be unique within a policy, so rename one`, ['Sid']);
            }
        }
    }
};

;// CONCATENATED MODULE: ./src/lint/effective-access.ts





/** The grant of a statement as written. */
function grantOf(facts) {
    if (facts.statement.Resource === undefined && facts.statement.NotResource !== undefined)
        return { kind: 'not-resources', patterns: facts.NotResource.map(item => item.value) };
    return { kind: 'resources', patterns: facts.Resource.map(item => item.value) };
}
const UNTOUCHED = Object.freeze({ removed: false, except: [], by: [], conditional: [] });
// ---------------------------------------------------------------------------------------------
// The holder's Deny statements
/** The Deny statements that can take away what a statement of `subject` allows. */
function holderDenies(subject, context) {
    const memo = perRun(context, newDenyMemo);
    let found = memo.get(subject.owner);
    if (!found) {
        found =
            subject.ownerKind === 'role'
                ? roleDenies(subject.owner, context)
                : documentDenies(subject.document, `managed policy ${subject.policyName}`);
        memo.set(subject.owner, found);
    }
    return found;
}
const newDenyMemo = () => new Map();
function documentDenies(document, label) {
    const raw = document?.Statement;
    const list = Array.isArray(raw) ? raw : raw === undefined || raw === null ? [] : [raw];
    const denies = [];
    list.forEach((item, index) => {
        if (item === null || typeof item !== 'object' || Array.isArray(item))
            return;
        const statement = item;
        // What the evaluator cannot parse never applies (IAM would reject it): it removes nothing.
        if (statement.Effect !== 'Deny')
            return;
        const parsed = (0,evaluate/* parseStatement */.By)(statement);
        if (typeof parsed === 'string')
            return;
        const facts = factsOf(statement);
        const sid = typeof statement.Sid === 'string' && statement.Sid !== '' ? `"${statement.Sid}"` : String(index);
        denies.push({
            facts,
            where: `${label} statement ${sid}`,
            policy: label,
            statement: sid,
            conditionKeys: isConditional(facts)
                ? [...new Set(conditionEntries(facts).map(entry => entry.key))]
                : [],
            variable: document !== undefined &&
                (0,evaluate/* policyVariablesEnabled */.Fg)(document) &&
                [...facts.Resource, ...facts.NotResource].some(entry => entry.value.includes('${')),
            actionOnly: { ...parsed, resources: undefined, notResources: undefined, conditions: [] }
        });
    });
    return denies;
}
/** The role's Deny statements: every policy the evaluator reads for it (`rolegate can`). */
function roleDenies(role, context) {
    const policies = (0,evaluate/* rolePolicies */.ns)(role, context.environment);
    const readable = [...policies.identity, ...(policies.boundary?.policy ? [policies.boundary.policy] : [])];
    return readable.flatMap(policy => documentDenies(policy.document, policyLabel(policy)));
}
/** `inline policy P`, `managed policy shared-logs`, `AWS managed policy AWSDenyAll`, `permissions boundary b`. */
function policyLabel(policy) {
    if (policy.kind === 'inline')
        return `inline policy ${policy.name}`;
    const name = policy.logicalName ?? policy.name.slice(policy.name.lastIndexOf('/') + 1);
    if (policy.kind === 'boundary')
        return `permissions boundary ${name}`;
    return policy.logicalName !== undefined ? `managed policy ${name}` : `AWS managed policy ${name}`;
}
// ---------------------------------------------------------------------------------------------
// One action
/** Does the Deny's Action/NotAction match the concrete action (IAM: case-insensitive globs)? */
function denyMatchesAction(deny, action) {
    return (0,evaluate/* parsedStatementApplies */.by)(deny.actionOnly, { action, resource: '*', context: NO_CONTEXT });
}
/**
 * Every resource type of the action as a pattern: `arn:aws:iam::*:role/*` for iam:PassRole. The
 * partition is the environment's; region and account stay open, since some actions (sts:AssumeRole)
 * reach other accounts. Undefined for an unknown action; empty for one that takes only `*`.
 */
function effective_access_typePatterns(action, partition) {
    return typeCache(`${partition}\u0000${action.toLowerCase()}`);
}
// Actions come from user files: bounded. Keyed by partition (never holds NUL), then action.
const typeCache = (0,bounded_memo/* boundedMemo */.S)((key) => {
    const cut = key.indexOf('\u0000');
    const partition = key.slice(0, cut);
    const info = (0,action_db/* lookupAction */.b3)(key.slice(cut + 1));
    return info?.resourceTypes.map(type => type.arnPattern.replace(/\$\{([^}]*)\}/g, (_, name) => name.toLowerCase() === 'partition' ? partition : '*'));
}, 10_000);
/**
 * Does the (Deny) Resource pattern reach every resource the action can be called on? `*` always;
 * for an action that takes only `*`, a pattern matching the text `*`; otherwise a pattern that
 * covers every resource type of the action.
 */
function coversEveryResource(pattern, action, partition) {
    if (pattern === '*')
        return true;
    if (pattern.includes('${'))
        return false;
    const types = effective_access_typePatterns(action, partition);
    if (!types)
        return false;
    if (types.length === 0)
        return (0,wildcard/* wildcardMatch */.UF)(pattern, '*', false);
    return types.every(type => (0,wildcard/* wildcardCovers */.bk)(pattern, type, false));
}
/** Could the pattern name a resource the action is called on? Lenient: unknown means yes. */
function namesResourceOf(pattern, action, partition) {
    if (pattern === '*')
        return true;
    const types = effective_access_typePatterns(action, partition);
    if (!types)
        return true;
    if (types.length === 0)
        return (0,wildcard/* wildcardMatch */.UF)(pattern, '*', false);
    return types.some(type => (0,policy_arn/* resourcesMayOverlap */.Sp)(pattern, type));
}
/**
 * Which resources of the grant the holder's Denies leave to `action` (a concrete action). The Allow
 * statement is taken as allowing (its own condition is the caller's business).
 */
function actionReach(denies, action, grant, place) {
    if (denies.length === 0)
        return UNTOUCHED;
    // Statements of one holder repeat actions and grants: answered once per holder (its Deny list).
    let answers = reachMemo.get(denies);
    if (!answers)
        reachMemo.set(denies, (answers = reachAnswers(denies)));
    const key = [
        place.partition,
        place.account,
        place.region,
        action.toLowerCase(),
        grant.kind,
        grant.patterns
    ];
    return answers(JSON.stringify(key));
}
function reachAnswers(denies) {
    return (0,bounded_memo/* boundedMemo */.S)((key) => {
        const [partition, account, region, action, kind, patterns] = JSON.parse(key);
        return computeReach(denies, action, { kind, patterns }, { partition, account, region });
    }, 10_000);
}
const reachMemo = new WeakMap();
function computeReach(denies, action, grant, place) {
    const partition = place.partition;
    const firm = [];
    const conditional = [];
    for (const deny of denies) {
        if (!denyMatchesAction(deny, action))
            continue;
        if (!reachesGrant(deny, action, grant, partition))
            continue;
        // A Deny whose NotResource spares every resource of the action denies nothing.
        if (deny.facts.NotResource.some(item => coversEveryResource(item.value, action, partition)))
            continue;
        if (deny.conditionKeys.length > 0 || deny.variable) {
            const unconditioned = { ...deny, conditionKeys: [], variable: false };
            conditional.push({ deny, whole: actionReach([unconditioned], action, grant, place).removed });
        }
        else {
            firm.push(deny);
        }
    }
    if (firm.length === 0)
        return conditional.length === 0 ? UNTOUCHED : { ...UNTOUCHED, conditional };
    const denied = firm
        .filter(deny => deny.facts.statement.Resource !== undefined)
        .flatMap(deny => deny.facts.Resource.map(item => item.value));
    const sparing = firm.filter(deny => deny.facts.statement.Resource === undefined);
    const covered = (pattern) => denied.some(deny => coversEveryResource(deny, action, partition) ||
        (pattern !== '*' && (0,wildcard/* wildcardCovers */.bk)(deny, pattern, false)));
    // Everything the grant names is denied outright ...
    const grantDenied = grant.kind === 'resources'
        ? grant.patterns.length > 0 && grant.patterns.every(covered)
        : denied.some(deny => coversEveryResource(deny, action, partition));
    // ... or a Deny with NotResource spares only resources that are denied anyway or that the action
    // never acts on (Deny iam:* NotResource role/sandbox/* leaves iam:CreateAccessKey nothing).
    const left = sparing.map(deny => deny.facts.NotResource.map(item => item.value).filter(pattern => namesResourceOf(pattern, action, partition) && !covered(pattern)));
    const removed = (grantDenied || left.some(patterns => patterns.length === 0)) &&
        confirmedByEvaluator(firm, [action], probeResources(action, grant, sparing, place));
    const only = left.length > 0 ? left.reduce((a, b) => (b.length < a.length ? b : a)) : undefined;
    return {
        removed,
        ...(only ? { only } : {}),
        except: [...new Set(denied.filter(pattern => namesResourceOf(pattern, action, partition)))],
        by: firm,
        conditional
    };
}
/**
 * Can the Deny apply to some resource of the grant? Resource patterns that cannot name a resource
 * of the action, or that name none of a Resource grant, do not count; unknown means yes.
 */
function reachesGrant(deny, action, grant, partition) {
    const statement = deny.facts.statement;
    if (statement.Resource === undefined)
        return statement.NotResource !== undefined;
    return deny.facts.Resource.some(item => namesResourceOf(item.value, action, partition) &&
        (grant.kind === 'not-resources' ||
            grant.patterns.some(pattern => (0,policy_arn/* resourcesMayOverlap */.Sp)(item.value, pattern))));
}
// ---------------------------------------------------------------------------------------------
// An Action pattern
/** Do the Deny's actions include every action `pattern` matches (today's and any AWS adds)? */
function actionsCover(facts, pattern) {
    if (facts.statement.Action !== undefined)
        return facts.Action.some(item => (0,wildcard/* wildcardCovers */.bk)(item.value, pattern, true));
    if (facts.statement.NotAction !== undefined)
        return !facts.NotAction.some(item => actionPatternsOverlap(item.value, pattern));
    return false;
}
/** Do the Deny's actions include some action `pattern` matches? */
function actionsOverlap(facts, pattern) {
    if (facts.statement.Action !== undefined)
        return facts.Action.some(item => actionPatternsOverlap(item.value, pattern));
    if (facts.statement.NotAction !== undefined)
        return !facts.NotAction.some(item => (0,wildcard/* wildcardCovers */.bk)(item.value, pattern, true));
    return false;
}
/** Could two Action patterns match a common action? Known actions decide; coverage either way too. */
function actionPatternsOverlap(a, b) {
    // Two literal, different service prefixes never meet (and most pairs are that).
    const sa = a.slice(0, a.indexOf(':') + 1);
    const sb = b.slice(0, b.indexOf(':') + 1);
    if (sa && sb && !(0,wildcard/* hasWildcard */.rl)(sa) && !(0,wildcard/* hasWildcard */.rl)(sb) && sa.toLowerCase() !== sb.toLowerCase())
        return false;
    if ((0,wildcard/* wildcardCovers */.bk)(a, b, true) || (0,wildcard/* wildcardCovers */.bk)(b, a, true))
        return true;
    const glob = (0,wildcard/* compileWildcard */.Wo)(b, true);
    return (0,action_db/* expandActionPattern */.Vd)(a).some(action => (0,wildcard/* wildcardTest */.X)(glob, action));
}
/**
 * `iam:*`, `every action of "glue:*" except glue:Get*`: the Deny's actions as written, only the
 * items that meet the allowed pattern.
 */
function deniedActions(facts, pattern) {
    if (facts.statement.Action !== undefined)
        return summarize(facts.Action.map(item => item.value).filter(value => actionPatternsOverlap(value, pattern)));
    const spared = facts.NotAction.map(item => item.value).filter(value => actionPatternsOverlap(value, pattern));
    return `every action${pattern === '*' ? '' : ` of "${pattern}"`} except ${summarize(spared)}`;
}
/** `on every resource`, `on arn:…`, `on every resource except arn:…`: a Deny's resources as written. */
function deniedResources(facts) {
    if (facts.statement.Resource === undefined)
        return `on every resource except ${summarize(facts.NotResource.map(item => item.value), 2)}`;
    const patterns = facts.Resource.map(item => item.value);
    return patterns.includes('*') ? 'on every resource' : `on ${summarize(patterns, 2)}`;
}
/**
 * What the holder's Denies leave of an Action pattern on the grant. Removed only when one
 * unconditional Deny covers both every action of the pattern and every resource of the grant;
 * any other overlapping Deny is reported as written.
 */
function patternReach(denies, pattern, grant, place) {
    if (denies.length === 0)
        return { removed: false, partial: [], conditional: [] };
    const partial = [];
    const conditional = [];
    for (const deny of denies) {
        const facts = deny.facts;
        if (!actionsOverlap(facts, pattern) || !resourcesMeet(facts, grant))
            continue;
        const whole = actionsCover(facts, pattern) && resourcesCoverGrant(facts, grant);
        if (deny.conditionKeys.length > 0 || deny.variable) {
            conditional.push({ deny, whole });
            continue;
        }
        if (whole && confirmedByEvaluator([deny], sampleActions(pattern), grantProbes(grant, place)))
            return { removed: true, partial: [], conditional: [] };
        partial.push({ deny, what: `${deniedActions(facts, pattern)} ${deniedResources(facts)}` });
    }
    return { removed: false, partial, conditional };
}
function resourcesCoverGrant(facts, grant) {
    if (facts.statement.Resource === undefined)
        return false;
    const patterns = facts.Resource.map(item => item.value).filter(pattern => !pattern.includes('${'));
    if (patterns.includes('*'))
        return true;
    return (grant.kind === 'resources' &&
        grant.patterns.length > 0 &&
        grant.patterns.every(granted => granted !== '*' && patterns.some(pattern => (0,wildcard/* wildcardCovers */.bk)(pattern, granted, false))));
}
function resourcesMeet(facts, grant) {
    if (facts.statement.Resource === undefined)
        return facts.statement.NotResource !== undefined;
    if (grant.kind === 'not-resources')
        return true;
    return facts.Resource.some(item => grant.patterns.some(pattern => (0,policy_arn/* resourcesMayOverlap */.Sp)(item.value, pattern)));
}
const PROBE = 'rolegate-probe';
const NO_CONTEXT = (0,evaluate/* requestContext */.V8)([]);
/**
 * Before a finding is dropped, the evaluator must agree on concrete requests inside the grant:
 * every probe is denied, with no request context, by one of the Denies (statementApplies, the
 * matching `rolegate can` and evaluateRequest use). The pattern reasoning decides for whole sets,
 * which no finite set of probes can; the probes keep it from claiming anything `can` would answer
 * differently (e.g. through the evaluator's segment-aware ARN matching). No probe, no removal.
 */
function confirmedByEvaluator(denies, actions, resources) {
    if (actions.length === 0 || resources.length === 0)
        return false;
    return actions.every(action => resources.every(resource => denies.some(deny => (0,evaluate/* statementApplies */.sG)(deny.facts.statement, { action, resource, context: NO_CONTEXT }))));
}
/** A concrete ARN inside a pattern: each `*` a probe name, each `?` an `x`. */
function instantiate(pattern) {
    return pattern.replace(/\*/g, PROBE).replace(/\?/g, 'x');
}
/** A concrete ARN of a resource type: the place's partition, region and account, probe names. */
function concreteType(arnPattern, place) {
    return arnPattern.replace(/\$\{([^}]*)\}/g, (_, name) => {
        const key = name.toLowerCase();
        return key === 'partition'
            ? place.partition
            : key === 'region'
                ? place.region
                : key === 'account'
                    ? place.account
                    : PROBE;
    });
}
function inGrant(resource, grant) {
    const matches = (pattern) => pattern === '*' || (0,evaluate/* arnPatternMatch */.Jl)({ text: pattern }, resource);
    return grant.kind === 'resources' ? grant.patterns.some(matches) : !grant.patterns.some(matches);
}
/**
 * Concrete resources of the grant for the action: one per resource type (`*` for an action that
 * takes none), one inside each ARN pattern of the grant, one inside each resource a Deny's
 * NotResource spares; only those the grant includes.
 */
function probeResources(action, grant, sparing, place) {
    const info = (0,action_db/* lookupAction */.b3)(action);
    const candidates = info
        ? info.resourceTypes.length === 0
            ? ['*']
            : info.resourceTypes.map(type => concreteType(type.arnPattern, place))
        : [`arn:${place.partition}:${action.split(':')[0]}:${place.region}:${place.account}:${PROBE}`];
    if (grant.kind === 'resources')
        for (const pattern of grant.patterns)
            if (pattern !== '*' && !pattern.includes('${'))
                candidates.push(instantiate(pattern));
    for (const deny of sparing)
        for (const item of deny.facts.NotResource)
            if (!item.value.includes('${') && namesResourceOf(item.value, action, place.partition))
                candidates.push(instantiate(item.value));
    return [...new Set(candidates)].filter(resource => inGrant(resource, grant));
}
/** A few known actions of a pattern (first, middle, last) to ask the evaluator about. */
function sampleActions(pattern) {
    const actions = (0,action_db/* expandActionPattern */.Vd)(pattern);
    if (actions.length === 0)
        return [];
    return [...new Set([actions[0], actions[actions.length >> 1], actions[actions.length - 1]])];
}
/** Concrete resources of a grant, whatever the action: `*`, a probe ARN, one inside each pattern. */
function grantProbes(grant, place) {
    const candidates = ['*', `arn:${place.partition}:${PROBE}:${place.region}:${place.account}:${PROBE}`];
    if (grant.kind === 'resources')
        for (const pattern of grant.patterns)
            if (pattern !== '*' && !pattern.includes('${'))
                candidates.push(instantiate(pattern));
    return candidates.filter(resource => inGrant(resource, grant));
}
// ---------------------------------------------------------------------------------------------
// Messages
/** `inline policy Guard statement 0 and managed policy x statement "S"` */
function wheres(denies) {
    const byPolicy = new Map();
    for (const deny of denies) {
        const statements = byPolicy.get(deny.policy) ?? [];
        if (!statements.includes(deny.statement))
            statements.push(deny.statement);
        byPolicy.set(deny.policy, statements);
    }
    return summarize([...byPolicy].map(([policy, statements]) => `${policy} ${statements.length === 1 ? 'statement' : 'statements'} ${summarize(statements, 2)}`), 2);
}
/**
 * How a finding says what the Denies left of one action, or '' when they changed nothing:
 * ` only on arn:…role/sandbox/* (a Deny in inline policy Guard statement 0 takes away the rest)`.
 */
function reachScope(reach) {
    if (reach.by.length === 0)
        return '';
    if (reach.only)
        return `only on ${summarize(reach.only, 2)} (the Deny in ${wheres(reach.by)} takes away the rest)`;
    if (reach.except.length > 0)
        return `on every resource except ${summarize(reach.except, 2)} (denied in ${wheres(reach.by)})`;
    return '';
}
/**
 * `; the Deny in X takes it away only when its condition on aws:SourceIp holds` (`takes part of it
 * away` when, condition aside, it would not take all of it), or '' when there is none.
 */
function conditionalNote(conditional) {
    if (conditional.length === 0)
        return '';
    const denies = conditional.map(item => item.deny);
    const keys = [...new Set(denies.flatMap(deny => deny.conditionKeys))];
    const whole = conditional.every(item => item.whole);
    const several = new Set(denies.map(deny => deny.where)).size > 1;
    const takes = `${several ? 'take' : 'takes'} ${whole ? 'it' : 'part of it'} away`;
    const when = keys.length === 0
        ? 'only for the resources ' + (several ? 'their' : 'its') + ' policy variables name in a request'
        : several
            ? `only under their conditions (on ${summarize(keys)})`
            : `only when its condition on ${summarize(keys)} holds`;
    return `; the ${several ? 'Denies' : 'Deny'} in ${wheres(denies)} ${takes} ${when}`;
}
/** `; the Deny in X takes away iam:* on every resource except arn:…` for an Action pattern, or ''. */
function patternNote(reach) {
    const parts = reach.partial.map(({ deny, what }) => `the Deny in ${deny.where} takes away ${what}`);
    return (parts.length > 0 ? `; ${parts.join('; ')}` : '') + conditionalNote(reach.conditional);
}

;// CONCATENATED MODULE: ./src/lint/rules/least-privilege.ts
/**
 * Least-privilege rules over the Allow statements of identity policies (role inline policies and
 * kind: ManagedPolicy documents): `wildcard-action`, `service-wildcard`, `resource-wildcard-write`,
 * `not-action-allow`, `not-resource-allow`, `pass-role-unscoped`, `credentials-exposure` and
 * `data-exfiltration`. The role-wide rules (`privilege-escalation`, `admin-managed-policy`) are in
 * escalation.ts.
 */




// ---------------------------------------------------------------------------------------------
// wildcard-action, service-wildcard
const wildcardAction = {
    id: 'wildcard-action',
    *check(context) {
        for (const statement of allowStatements(context)) {
            for (const item of statement.facts.Action) {
                if (item.value !== '*' && item.value !== '*:*')
                    continue;
                const reach = patternReach(holderDenies(statement.subject, context), item.value, grantOf(statement.facts), context.environment);
                if (reach.removed)
                    continue;
                const condition = underCondition(statement.facts);
                yield statementHit(statement, `Action "${item.value}"${condition} allows every action of every AWS service (${(0,action_db/* allActions */.XA)().length.toLocaleString('en-US')} today, and every one AWS adds)${condition ? ' whenever the condition holds' : ''}${patternNote(reach)}; list the actions the role needs`, item.path);
            }
        }
    }
};
/** How many actions of each high access level a list holds, for messages: `12 Write, 3 Permissions management`. */
function levelCounts(actions) {
    const counts = new Map();
    for (const action of actions) {
        const level = (0,action_db/* lookupAction */.b3)(action)?.accessLevel;
        if (level && level !== 'Read' && level !== 'List')
            counts.set(level, (counts.get(level) ?? 0) + 1);
    }
    return ['Permissions management', 'Write', 'Tagging']
        .filter(level => counts.has(level))
        .map(level => `${counts.get(level)} ${level}`)
        .join(', ');
}
const serviceWildcard = {
    id: 'service-wildcard',
    *check(context) {
        for (const statement of allowStatements(context)) {
            for (const item of statement.facts.Action) {
                const match = item.value.endsWith(':*') ? /^([^*?:]+):\*$/.exec(item.value) : null;
                const service = match ? (0,action_db/* lookupService */.os)(match[1]) : undefined;
                if (!service)
                    continue;
                const reach = patternReach(holderDenies(statement.subject, context), item.value, grantOf(statement.facts), context.environment);
                if (reach.removed)
                    continue;
                const levels = levelCounts(service.actions);
                const condition = underCondition(statement.facts);
                yield statementHit(statement, `"${item.value}"${condition} allows all ${service.actions.length} actions of ${service.name}${levels ? ` (${levels})` : ''}, and any AWS adds later${condition ? ', whenever the condition holds' : ''}${patternNote(reach)}; list the actions the role needs (a pattern such as ${service.prefix}:Get* keeps it short)`, item.path);
            }
        }
    }
};
// ---------------------------------------------------------------------------------------------
// resource-wildcard-write
const WRITE_LEVELS = new Set(['Write', 'Permissions management', 'Tagging']);
/**
 * Does the action name the resource it acts on? Yes when a resource type is required, and also
 * when it has several optional ones: those are alternatives of which each request names one (S3
 * objects or access-point objects; TagResource over a service's types). A single optional type
 * (cloudwatch:PutMetricData's dataset) means calls without any resource exist, which need `*`.
 */
function supportsResourceArns(info) {
    return info.resourceTypes.length > 1 || info.resourceTypes.some(type => type.required);
}
/** The write actions of a pattern that could be limited to ARNs, cached per pattern. */
function scopableWrites(pattern) {
    return writeCache(pattern.toLowerCase());
}
// Keyed by the lower-cased pattern: expandActionPattern() ignores case.
const writeCache = (0,bounded_memo/* boundedMemo */.S)((pattern) => (0,action_db/* expandActionPattern */.Vd)(pattern).filter(action => {
    const info = (0,action_db/* lookupAction */.b3)(action);
    return (info !== undefined &&
        WRITE_LEVELS.has(info.accessLevel) &&
        supportsResourceArns(info) &&
        // pass-role-unscoped says it more precisely; one problem, one finding.
        info.fullName !== 'iam:PassRole');
}), 10_000);
const SCOPABLE_WRITES = Symbol('scopable writes');
/** The scopable write actions of a whole Action list, each once, in order. */
function listScopableWrites(values) {
    return [...new Set(values.flatMap(value => scopableWrites(value)))];
}
/**
 * Keys that select resources by tag, account or organization. A positive condition on one of them
 * is a deliberate alternative to naming ARNs (attribute-based access control), so the statement
 * is not reported. Other conditions (kms:ViaService, ecs:cluster, ...) narrow how or where the
 * action is called; they are mentioned in the finding, which a suppression with that reason can
 * then silence, as the examples do.
 */
const RESOURCE_SELECTING_KEY = /^(?:[a-z0-9-]+:ResourceTag\/.+|aws:ResourceAccount|aws:ResourceOrgID|aws:ResourceOrgPaths)$/i;
const resourceWildcardWrite = {
    id: 'resource-wildcard-write',
    *check(context) {
        for (const statement of allowStatements(context)) {
            const resources = statement.facts.Resource;
            const star = resources.find(item => item.value === '*') ??
                resources.find(item => (0,policy_arn/* isEffectivelyAnyResource */.bZ)(item.value));
            if (!star)
                continue;
            const conditions = conditionEntries(statement.facts);
            if (conditions.some(item => isPositiveMatch(item) && RESOURCE_SELECTING_KEY.test(item.key)))
                continue;
            const written = actionList(statement.facts).derive(SCOPABLE_WRITES, listScopableWrites);
            // An ARN as good as "*" (policy/arn.ts) counts for the actions whose resources it names.
            const scoped = star.value === '*'
                ? written
                : written.filter(action => (0,policy_arn/* isEffectivelyAnyResourceFor */.YF)(action, star.value));
            if (scoped.length === 0)
                continue;
            const { actions, note: denyNote } = afterDenies(statement, context, scoped);
            if (actions.length === 0)
                continue;
            const example = (0,action_db/* lookupAction */.b3)(actions[0])?.resourceTypes.find(type => type.required) ??
                (0,action_db/* lookupAction */.b3)(actions[0])?.resourceTypes[0];
            const keys = [...new Set(conditions.map(item => item.key))];
            const note = keys.length > 0
                ? `; the condition on ${summarize(keys)} limits how the actions are called, not which resources they reach (if that is the intent, suppress this finding with that reason)`
                : '';
            yield statementHit(statement, `${actions.length === 1 ? 'write action' : `${actions.length} write actions`} on Resource "${star.value}"${star.value === '*' ? '' : ' (every such resource in every region and account, as good as "*")'} although ${actions.length === 1 ? 'it' : 'they'} can be limited to named resources: ${summarize(actions)}${denyNote}; list the ARNs instead${example ? ` (${actions[0]}: ${example.arnPattern})` : ''}${note}`, star.path);
        }
    }
};
/**
 * The actions of an Allow statement that its holder's Denies leave somewhere on the statement's
 * resources, and what the message says about those the Denies narrow (`; s3:PutObject only on …`)
 * or may take away under a condition.
 */
function afterDenies(statement, context, actions) {
    const denies = holderDenies(statement.subject, context);
    if (denies.length === 0)
        return { actions, reaches: new Map(), note: '' };
    const grant = grantOf(statement.facts);
    const reaches = new Map();
    for (const action of actions) {
        const reach = actionReach(denies, action, grant, context.environment);
        if (!reach.removed)
            reaches.set(action, reach);
    }
    const byScope = new Map();
    const conditional = new Map();
    for (const [action, reach] of reaches) {
        const scope = reachScope(reach);
        if (scope)
            byScope.set(scope, [...(byScope.get(scope) ?? []), action]);
        for (const item of reach.conditional) {
            const known = conditional.get(item.deny);
            conditional.set(item.deny, known && !known.whole ? known : item);
        }
    }
    const scoped = [...byScope].map(([scope, names]) => `; ${summarize(names)} ${names.length === 1 ? 'is' : 'are'} left ${scope}`);
    return {
        actions: [...reaches.keys()],
        reaches,
        note: scoped.join('') + conditionalNote([...conditional.values()])
    };
}
// ---------------------------------------------------------------------------------------------
// not-action-allow, not-resource-allow
const notActionAllow = {
    id: 'not-action-allow',
    *check(context) {
        for (const statement of allowStatements(context)) {
            const body = statement.ref.statement;
            if (body.NotAction === undefined)
                continue;
            const excluded = statement.facts.NotAction.map(item => item.value);
            const granted = (0,action_db/* invertActions */.ot)(excluded).length;
            yield statementHit(statement, `Allow with NotAction allows every action except ${summarize(excluded)}: ${granted.toLocaleString('en-US')} actions today, and every action AWS adds later; list the allowed actions in Action instead`, ['NotAction']);
        }
    }
};
const notResourceAllow = {
    id: 'not-resource-allow',
    *check(context) {
        for (const statement of allowStatements(context)) {
            const body = statement.ref.statement;
            if (body.NotResource === undefined)
                continue;
            const excluded = statement.facts.NotResource.map(item => item.value);
            yield statementHit(statement, `Allow with NotResource allows the actions on every resource except ${summarize(excluded, 2)}, including resources created later and in other accounts that trust this one; list the allowed resources in Resource instead`, ['NotResource']);
        }
    }
};
// ---------------------------------------------------------------------------------------------
// pass-role-unscoped
/** The Action item (or NotAction element) through which the statement grants `action`, if it does. */
function grantingItem(statement, action) {
    const body = statement.ref.statement;
    // Which item matches the action depends on the list alone: worked out once per distinct list.
    const matcher = firstMatching(action);
    if (body.Action !== undefined) {
        const item = statement.facts.Action[actionList(statement.facts).derive(matcher, matcher)];
        return item ? { path: item.path, pattern: item.value } : undefined;
    }
    if (body.NotAction !== undefined) {
        const excluded = notActionList(statement.facts).derive(matcher, matcher) >= 0;
        return excluded ? undefined : { path: ['NotAction'] };
    }
    return undefined;
}
const firstMatchers = new Map();
/** A function giving the index of the first value that matches the action, or -1 (one per action). */
function firstMatching(action) {
    let compute = firstMatchers.get(action);
    if (!compute) {
        compute = values => values.findIndex(value => (0,wildcard/* wildcardMatch */.UF)(value, action, true));
        firstMatchers.set(action, compute);
    }
    return compute;
}
function through(pattern, action) {
    if (pattern === undefined)
        return ' (through NotAction)';
    return pattern.toLowerCase() === action.toLowerCase() ? '' : ` (through "${pattern}")`;
}
const passRoleUnscoped = {
    id: 'pass-role-unscoped',
    *check(context) {
        for (const statement of allowStatements(context)) {
            const body = statement.ref.statement;
            const granted = grantingItem(statement, 'iam:PassRole');
            if (!granted)
                continue;
            const reach = actionReach(holderDenies(statement.subject, context), 'iam:PassRole', grantOf(statement.facts), context.environment);
            if (reach.removed)
                continue;
            const denied = conditionalNote(reach.conditional);
            const via = through(granted.pattern, 'iam:PassRole');
            const toService = conditionEntries(statement.facts).some(item => item.key.toLowerCase() === 'iam:passedtoservice' && isPositiveMatch(item));
            const everyRole = body.Resource === undefined
                ? body.NotResource !== undefined
                    ? { value: 'NotResource', path: ['NotResource'] }
                    : undefined
                : statement.facts.Resource.find(item => isUnconstrainedResource('iam:PassRole', item.value));
            if (everyRole) {
                // Named by its resource part: the account differs per environment, the finding does not.
                const what = everyRole.value === '*'
                    ? 'Resource "*"'
                    : everyRole.value === 'NotResource'
                        ? 'NotResource'
                        : `"…:${(0,policy_arn/* parseArn */.Lw)(everyRole.value)?.resource ?? everyRole.value}", which covers every role,`;
                const services = toService
                    ? 'the services iam:PassedToService names'
                    : 'any AWS service (there is no iam:PassedToService condition either)';
                const scope = reachScope(reach);
                const hands = reach.only
                    ? `is left ${scope}: the role can hand any of those roles to ${services}`
                    : scope
                        ? `lets the role hand any role of the account ${scope.replace(/^on every resource /, '')} to ${services}`
                        : `lets the role hand any role of the account, administrator roles included, to ${services}`;
                yield statementHit(statement, `iam:PassRole${via} on ${what} ${hands}${denied}; name the roles it passes in Resource, e.g. arn:aws:iam::<account>:role/<name>`, everyRole.path);
            }
            else if (!toService) {
                yield statementHit(statement, `iam:PassRole${via} without an iam:PassedToService condition lets any AWS service receive these roles${denied}; add Condition: { StringEquals: { iam:PassedToService: <service>.amazonaws.com } } (e.g. ecs-tasks.amazonaws.com, lambda.amazonaws.com)`, granted.path);
            }
        }
    }
};
const GIST = 'Cloudsplaining/Parliament credentials-exposure list (gist.github.com/kmcquade/33860a617e651104d243c324ddf7992a)';
const RG = 'RoleGate addition';
/**
 * Actions whose response carries credentials or secrets, from the list Cloudsplaining
 * (CredentialsExposure) and Parliament (community_auditors/credentials_exposure.py) share. Left out
 * on purpose:
 * - ecr:GetAuthorizationToken: it has no resource type, so it is always on "*", and every ECS task
 *   execution role (AmazonECSTaskExecutionRolePolicy included) needs it to pull images; listing it
 *   would flag every ECS service, and the token only grants what the role's ECR permissions allow.
 * - sts:AssumeRoleWithSAML, sts:AssumeRoleWithWebIdentity: unsigned calls, authorized by the target
 *   role's trust policy alone; an identity policy granting them grants nothing.
 * - sts:GetFederationToken, sts:GetSessionToken: STS accepts them only with an IAM user's long-term
 *   credentials, so a role cannot call them.
 * - connect:GetFederationTokens, iot:AssumeRoleWithCertificate, sso:GetRoleCredentials: not IAM
 *   actions (no such action in the Service Authorization Reference).
 */
const CREDENTIALS_EXPOSURE_ACTIONS = [
    { action: 'iam:CreateAccessKey', returns: 'a new access key of any IAM user', source: GIST },
    { action: 'iam:UpdateAccessKey', returns: 're-activation of any user’s disabled access key', source: GIST },
    { action: 'iam:CreateLoginProfile', returns: 'a console password for any IAM user', source: GIST },
    {
        action: 'iam:CreateServiceSpecificCredential',
        returns: 'CodeCommit/Keyspaces passwords for any user',
        source: GIST
    },
    {
        action: 'iam:ResetServiceSpecificCredential',
        returns: 'a new service-specific password for any user',
        source: GIST
    },
    { action: 'sts:AssumeRole', returns: 'credentials of every role that trusts this account', source: GIST },
    {
        action: 'codepipeline:PollForJobs',
        returns: 'artifact-store credentials of pipeline jobs',
        source: GIST
    },
    { action: 'cognito-idp:AssociateSoftwareToken', returns: 'TOTP secrets for user pool users', source: GIST },
    { action: 'cognito-identity:GetOpenIdToken', returns: 'OpenID tokens of any identity', source: GIST },
    {
        action: 'cognito-identity:GetOpenIdTokenForDeveloperIdentity',
        returns: 'OpenID tokens of any identity',
        source: GIST
    },
    {
        action: 'cognito-identity:GetCredentialsForIdentity',
        returns: 'AWS credentials of any identity',
        source: GIST
    },
    { action: 'connect:GetFederationToken', returns: 'Amazon Connect federation tokens', source: GIST },
    {
        action: 'gamelift:RequestUploadCredentials',
        returns: 'S3 upload credentials of GameLift builds',
        source: GIST
    },
    {
        action: 'lightsail:GetInstanceAccessDetails',
        returns: 'SSH keys and passwords of Lightsail instances',
        source: GIST
    },
    {
        action: 'lightsail:GetRelationalDatabaseMasterUserPassword',
        returns: 'master passwords of Lightsail databases',
        source: GIST
    },
    { action: 'rds-db:connect', returns: 'database logins as any RDS IAM database user', source: GIST },
    {
        action: 'redshift:GetClusterCredentials',
        returns: 'temporary passwords for any Redshift database user',
        source: GIST
    },
    {
        action: 'redshift:GetClusterCredentialsWithIAM',
        returns: 'temporary Redshift database passwords',
        source: RG
    },
    {
        action: 'redshift-serverless:GetCredentials',
        returns: 'temporary Redshift Serverless database passwords',
        source: RG
    },
    {
        action: 'mediapackage:RotateIngestEndpointCredentials',
        returns: 'new ingest credentials of MediaPackage channels',
        source: GIST
    }
];
const CLOUDSPLAINING = 'Cloudsplaining READ_ONLY_DATA_EXFILTRATION_ACTIONS (salesforce/cloudsplaining, shared/constants.py)';
/**
 * Read actions on data stores, from Cloudsplaining's data-exfiltration list, plus the obvious
 * neighbours it leaves out (older object versions, KMS decryption, DynamoDB reads).
 */
const DATA_EXFILTRATION_ACTIONS = [
    { action: 's3:GetObject', returns: 'any object of any bucket', source: CLOUDSPLAINING },
    { action: 'ssm:GetParameter', returns: 'any SSM parameter, SecureString included', source: CLOUDSPLAINING },
    {
        action: 'ssm:GetParameters',
        returns: 'any SSM parameter, SecureString included',
        source: CLOUDSPLAINING
    },
    { action: 'ssm:GetParametersByPath', returns: 'whole SSM parameter trees', source: CLOUDSPLAINING },
    { action: 'secretsmanager:GetSecretValue', returns: 'any secret', source: CLOUDSPLAINING },
    { action: 's3:GetObjectVersion', returns: 'any version of any object', source: RG },
    {
        action: 'kms:Decrypt',
        returns: 'the plaintext of anything encrypted under the account’s keys',
        source: RG
    },
    { action: 'dynamodb:GetItem', returns: 'items of any table', source: RG },
    { action: 'dynamodb:BatchGetItem', returns: 'items of any table', source: RG },
    { action: 'dynamodb:Query', returns: 'items of any table', source: RG },
    { action: 'dynamodb:Scan', returns: 'whole tables', source: RG }
];
const tableMatches = new WeakMap();
/** Indexes of the table's entries an Action pattern matches, cached per pattern: patterns repeat. */
function entriesMatching(table, pattern) {
    let matches = tableMatches.get(table);
    if (!matches) {
        // Keyed by the lower-cased pattern: the match ignores case.
        matches = (0,bounded_memo/* boundedMemo */.S)((key) => table.flatMap((entry, index) => ((0,wildcard/* wildcardMatch */.UF)(key, entry.action, true) ? [index] : [])), 10_000);
        tableMatches.set(table, matches);
    }
    return matches(pattern.toLowerCase());
}
/**
 * For each entry of the table, the first value of a list (Action or NotAction) that matches it, or
 * -1: worked out once per distinct list and table.
 */
function firstItems(table) {
    return values => {
        const first = new Int32Array(table.length).fill(-1);
        values.forEach((value, item) => {
            for (const index of entriesMatching(table, value))
                if (first[index] < 0)
                    first[index] = item;
        });
        return first;
    };
}
const FIRST_ITEMS = new Map();
function firstItemsOf(table) {
    let compute = FIRST_ITEMS.get(table);
    if (!compute)
        FIRST_ITEMS.set(table, (compute = firstItems(table)));
    return compute;
}
/** The table's actions an Allow statement grants on every resource, unconditionally, with where. */
function riskyGrants(statement, table) {
    const body = statement.ref.statement;
    if (isConditional(statement.facts))
        return [];
    const found = [];
    const compute = firstItemsOf(table);
    if (body.Action !== undefined) {
        const first = actionList(statement.facts).derive(compute, compute);
        const items = statement.facts.Action;
        for (let index = 0; index < table.length; index++) {
            if (first[index] < 0 || !allowsEverywhere(statement.facts, table[index].action))
                continue;
            found.push({ entry: table[index], path: items[first[index]].path });
        }
    }
    else if (body.NotAction !== undefined) {
        const first = notActionList(statement.facts).derive(compute, compute);
        for (let index = 0; index < table.length; index++) {
            if (first[index] >= 0 || !allowsEverywhere(statement.facts, table[index].action))
                continue;
            found.push({ entry: table[index], path: ['NotAction'] });
        }
    }
    return found;
}
function* riskyActions(context, table, message) {
    for (const statement of allowStatements(context)) {
        const granted = riskyGrants(statement, table);
        if (granted.length === 0)
            continue;
        const left = afterDenies(statement, context, granted.map(({ entry }) => entry.action));
        const found = granted.filter(({ entry }) => left.actions.includes(entry.action));
        if (found.length === 0)
            continue;
        const list = found.map(({ entry }) => `${entry.action} (${entry.returns})`);
        // A Deny that leaves some of them only on some resources: the lead no longer says "every".
        const narrowed = [...left.reaches.values()].some(reach => reachScope(reach) !== '');
        yield statementHit(statement, message(`${summarize(list, 4)}${left.note}`, narrowed ? '' : ' on every resource'), found[0].path);
    }
}
const credentialsExposure = {
    id: 'credentials-exposure',
    check: context => riskyActions(context, CREDENTIALS_EXPOSURE_ACTIONS, (list, where) => `allows actions that return credentials${where}, with no condition: ${list}; name the users, roles or resources in Resource, or add a condition`)
};
const dataExfiltration = {
    id: 'data-exfiltration',
    check: context => riskyActions(context, DATA_EXFILTRATION_ACTIONS, (list, where) => `reads data${where}, with no condition: ${list}; name the buckets, parameters, secrets, keys or tables in Resource`)
};

;// CONCATENATED MODULE: ./src/lint/rules/trust-common.ts
/**
 * Shared reading of trust policies for the trust rules: which statements allow, who they name,
 * which actions they grant, and their conditions split into operator parts. Kept free of the
 * src/policy/ database on purpose: trust analysis needs only IAM's grammar, not its vocabulary.
 */



/** The Allow statements of every role's trust policy in the environment, listed once per run. */
function trustStatements(context) {
    return perRun(context, listAllowStatements);
}
/** Every statement of every role's trust policy, Deny included (for grammar checks), listed once per run. */
function allTrustStatements(context) {
    return perRun(context, listTrustStatements);
}
function listAllowStatements(context) {
    return allTrustStatements(context).filter(trust => trust.ref.statement.Effect === 'Allow');
}
function listTrustStatements(context) {
    const found = [];
    for (const role of context.environment.roles) {
        const subject = {
            kind: 'trust',
            document: role.trustPolicy,
            policyName: 'trust',
            owner: role,
            ownerKind: 'role'
        };
        for (const ref of statementRefs(subject)) {
            const sid = ref.statement.Sid;
            const name = typeof sid === 'string' && sid !== '' ? `statement "${sid}"` : `statement ${ref.index}`;
            found.push({ role, subject, ref, name });
        }
    }
    return found;
}
/** A finding on a trust statement, located at `path` below the statement. */
function trustHit(trust, message, path) {
    return {
        message: `trust policy: ${trust.name}: ${message}`,
        location: (0,source/* positionAt */.t$)(trust.role.trustPolicy, [...trust.ref.path, ...path]),
        role: trust.role.logicalName,
        policy: 'trust',
        statement: trust.ref.id
    };
}
const principalCache = new WeakMap();
/** The principals of the statement's Principal element; `Principal: "*"` is `{type: '*', value: '*'}`. */
function principalsOf(trust) {
    let entries = principalCache.get(trust);
    if (!entries)
        principalCache.set(trust, (entries = readPrincipals(trust)));
    return entries;
}
function readPrincipals(trust) {
    const principal = trust.ref.statement.Principal;
    if (principal === '*')
        return [{ type: '*', value: '*', path: ['Principal'] }];
    if (principal === null || typeof principal !== 'object' || Array.isArray(principal))
        return [];
    const entries = [];
    for (const [type, raw] of Object.entries(principal)) {
        if (Array.isArray(raw)) {
            raw.forEach((value, index) => {
                if (typeof value === 'string')
                    entries.push({ type, value: value.trim(), path: ['Principal', type, index] });
            });
        }
        else if (typeof raw === 'string') {
            entries.push({ type, value: raw.trim(), path: ['Principal', type] });
        }
    }
    return entries;
}
/** True when the statement's Action (or NotAction) grants `action`, honouring IAM's `*`/`?` wildcards. */
function grantsAction(trust, action) {
    const statement = trust.ref.statement;
    if (statement.Action !== undefined)
        return listOf(statement.Action).some(pattern => globMatches(pattern, action));
    if (statement.NotAction !== undefined)
        return !listOf(statement.NotAction).some(pattern => globMatches(pattern, action));
    return false;
}
/** IAM matches actions case-insensitively with `*` and `?` wildcards (policy/wildcard.ts, linear time). */
function globMatches(pattern, value) {
    return (0,wildcard/* wildcardMatch */.UF)(pattern, value, true);
}

function listOf(value) {
    const list = Array.isArray(value) ? value : [value];
    return list.filter((item) => typeof item === 'string');
}
const conditionCache = new WeakMap();
/** Every condition entry of the statement; malformed blocks (left to malformed-policy) are skipped. */
function conditionsOf(trust) {
    let entries = conditionCache.get(trust);
    if (!entries)
        conditionCache.set(trust, (entries = readConditions(trust)));
    return entries;
}
function readConditions(trust) {
    const condition = trust.ref.statement.Condition;
    if (condition === null || typeof condition !== 'object' || Array.isArray(condition))
        return [];
    const entries = [];
    for (const [operator, block] of Object.entries(condition)) {
        if (block === null || typeof block !== 'object' || Array.isArray(block))
            continue;
        const parsed = parseOperator(operator);
        for (const [key, raw] of Object.entries(block)) {
            const path = ['Condition', operator, key];
            const list = Array.isArray(raw) ? raw : [raw];
            const items = [];
            const values = [];
            for (let index = 0; index < list.length; index++) {
                const item = list[index];
                if (typeof item !== 'string' && typeof item !== 'number' && typeof item !== 'boolean')
                    continue;
                const value = String(item);
                items.push({ value, path: Array.isArray(raw) ? [...path, index] : path });
                values.push(value);
            }
            entries.push({ operator, ...parsed, key, keyLower: key.toLowerCase(), values, items, path });
        }
    }
    return entries;
}
function parseOperator(operator) {
    let rest = operator.trim();
    let qualifier;
    const lower = rest.toLowerCase();
    if (lower.startsWith('foranyvalue:')) {
        qualifier = 'ForAnyValue';
        rest = rest.slice('ForAnyValue:'.length);
    }
    else if (lower.startsWith('forallvalues:')) {
        qualifier = 'ForAllValues';
        rest = rest.slice('ForAllValues:'.length);
    }
    let base = rest.toLowerCase();
    const ifExists = base.endsWith('ifexists');
    if (ifExists)
        base = base.slice(0, -'ifexists'.length);
    return { base, qualifier, ifExists };
}
const POSITIVE_MATCH = new Set([
    'stringequals',
    'stringequalsignorecase',
    'stringlike',
    'arnequals',
    'arnlike'
]);
/**
 * An entry that can only be true when the key is present and matches one of the values: a
 * positive string/ARN match, not `…IfExists` (true when the key is absent) and not
 * `ForAllValues:` (also true when the key is absent).
 */
function constrains(entry) {
    return (POSITIVE_MATCH.has(entry.base) &&
        !entry.ifExists &&
        entry.qualifier !== 'ForAllValues' &&
        entry.values.length > 0);
}
/** Whether the operator compares with wildcards, so `*` and `?` in values match anything. */
function isLikeOperator(entry) {
    return entry.base === 'stringlike' || entry.base === 'arnlike';
}
/** The account id an AWS principal belongs to: a bare id, or the account field of an IAM/STS ARN. */
function accountOfPrincipal(value) {
    if (/^\d{12}$/.test(value))
        return value;
    const match = /^arn:[^:]+:(?:iam|sts)::(\d{12}):/.exec(value);
    return match?.[1];
}

;// CONCATENATED MODULE: ./src/lint/rules/github-oidc.ts
/**
 * GitHub Actions OIDC trust: `github-oidc-unpinned-sub`, `github-oidc-missing-aud`,
 * `github-oidc-forallvalues` and `github-oidc-not-environment-bound`.
 *
 * A statement trusts GitHub when its Federated principal is the IAM OIDC provider for
 * token.actions.githubusercontent.com (any partition and account; GitHub Enterprise's
 * `token.actions.githubusercontent.com/<enterprise>` issuer too) and it grants
 * sts:AssumeRoleWithWebIdentity. STS exposes each claim of the token as a condition key named
 * `<issuer>:<claim>`. The `sub` claim is `repo:<owner>/<repo>:<context>` (classic) or
 * `repo:<owner>@<id>/<repo>@<id>:<context>` (immutable), where the context is `environment:NAME`,
 * `ref:refs/heads/BRANCH`, `pull_request`, ...
 */


const GITHUB_ISSUER = 'token.actions.githubusercontent.com';
const GITHUB_PROVIDER = /^arn:[^:]+:iam::[^:]*:oidc-provider\/(token\.actions\.githubusercontent\.com(?:\/\S*)?)$/i;
const IAM_REJECTS = 'AWS IAM rejects this trust policy at deploy time (MalformedPolicyDocument)';
/** The GitHub trusts of the environment, found once per run (three rules read them). */
function githubTrusts(context) {
    return perRun(context, findGithubTrusts);
}
function findGithubTrusts(context) {
    const found = [];
    for (const trust of trustStatements(context)) {
        if (!grantsAction(trust, 'sts:AssumeRoleWithWebIdentity'))
            continue;
        for (const principal of principalsOf(trust)) {
            const match = principal.type === 'Federated' ? GITHUB_PROVIDER.exec(principal.value) : null;
            if (!match)
                continue;
            found.push({ trust, issuer: match[1].toLowerCase(), principal, conditions: conditionsOf(trust) });
            break;
        }
    }
    return found;
}
function claim(github, name) {
    const key = `${github.issuer}:${name}`;
    return github.conditions.filter(entry => entry.keyLower === key);
}
/** Where to point when a condition is missing: the Condition block if there is one, else the principal. */
function missingPath(github) {
    return github.trust.ref.statement.Condition !== undefined ? ['Condition'] : github.principal.path;
}
/**
 * StringEquals/StringLike (any case; ForAnyValue: allowed) on a claim. IfExists is tolerated
 * because GitHub always sends sub and aud; ForAllValues: is not, because it is true when the
 * claim is absent (github-oidc-forallvalues reports it).
 */
function matchesClaim(entry) {
    return (entry.base === 'stringequals' || entry.base === 'stringlike') && entry.qualifier !== 'ForAllValues';
}
// ---------------------------------------------------------------------------------------------
// github-oidc-unpinned-sub
const githubOidcUnpinnedSub = {
    id: 'github-oidc-unpinned-sub',
    *check(context) {
        for (const github of githubTrusts(context))
            yield* unpinnedSub(github);
    }
};
function claimPins(github) {
    const literal = (name, accept = () => true) => claim(github, name).some(entry => matchesClaim(entry) &&
        constrains(entry) &&
        entry.values.every(value => accept(value) && (!isLikeOperator(entry) || !(0,wildcard/* hasWildcard */.rl)(value))));
    return {
        repository: literal('repository', value => /^[^/]+\/[^/]+$/.test(value)),
        context: literal('environment') ? 'environment' : undefined
    };
}
function* unpinnedSub(github) {
    const sub = `${github.issuer}:sub`;
    const subEntries = claim(github, 'sub');
    const scoping = [...subEntries, ...claim(github, 'job_workflow_ref')].filter(matchesClaim);
    const pins = claimPins(github);
    // Conditions in different operators are AND-ed: one fully pinned entry pins the statement.
    const pinned = scoping.some(entry => entry.values.length > 0 &&
        entry.items.every(item => scopeProblem(entry, item.value, pins) === undefined));
    if (pinned)
        return;
    if (scoping.length === 0) {
        const ignored = subEntries.map(entry => entry.operator);
        const repository = claim(github, 'repository').length > 0;
        const notes = [
            ignored.length > 0
                ? ` (${ignored.join(', ')} on ${sub} does not count: it holds when the claim is absent or excludes rather than pins)`
                : '',
            repository ? `; a :repository condition does not replace it` : ''
        ].join('');
        yield trustHit(github.trust, `trusts GitHub Actions OIDC without a StringEquals or StringLike condition on ${sub}${notes}, so a workflow in any GitHub repository can assume this role. ${IAM_REJECTS}. Pin the subject, e.g. StringEquals ${sub}: "repo:<owner>/<repo>:environment:ENVIRONMENT"`, missingPath(github));
        return;
    }
    const hits = scoping.flatMap(entry => entry.items.flatMap(item => {
        const problem = scopeProblem(entry, item.value, pins);
        return problem
            ? [trustHit(github.trust, `${entry.operator} ${entry.key} "${item.value}" ${problem}`, item.path)]
            : [];
    }));
    // Only empty value lists left: that is no condition at all.
    if (hits.length === 0) {
        yield trustHit(github.trust, `the condition on ${sub} has no values. ${IAM_REJECTS}. Pin the subject, e.g. "repo:<owner>/<repo>:environment:ENVIRONMENT"`, scoping[0].path);
    }
    yield* hits;
}
/** Why a sub or job_workflow_ref value fails to pin the workflow, or undefined when it pins it. */
function scopeProblem(entry, value, pins) {
    if (value === '*') {
        return `matches every GitHub workflow of every repository. ${IAM_REJECTS}. Pin the subject, e.g. "repo:<owner>/<repo>:environment:ENVIRONMENT"`;
    }
    // StringEquals compares literally: "*" there is a character, not a wildcard.
    if (!isLikeOperator(entry) || !(0,wildcard/* hasWildcard */.rl)(value))
        return undefined;
    return entry.keyLower.endsWith(':job_workflow_ref') ? workflowRefProblem(value) : subProblem(value, pins);
}
function subProblem(value, pins) {
    const fix = 'name one repository and a narrower context, e.g. "repo:<owner>/<repo>:environment:prod" or "repo:<owner>/<repo>:ref:refs/heads/main"';
    if (!value.startsWith('repo:'))
        return `has a wildcard outside a repo:<owner>/<repo> subject, so it matches workflows of any repository; ${fix}`;
    const parsed = parseSubject(value);
    const openContext = parsed === undefined || /^[*?]*$/.test(parsed.context);
    const openRepository = !parsed || (0,wildcard/* hasWildcard */.rl)(parsed.repository) || !parsed.repository.includes('/');
    // The per-claim conditions may pin what the pattern leaves open (claimPins()).
    if (openRepository && !(pins.repository && (!openContext || pins.context))) {
        return `leaves the repository open (${parsed?.repository ?? value.slice('repo:'.length)}), so any matching repository, including one created later, can assume this role; ${fix}`;
    }
    if (openContext && !pins.context) {
        return `matches every branch, tag, pull request and environment of ${parsed?.repository ?? 'the repository'}, so any workflow anyone can push to that repository may assume this role; ${fix}, or keep it and add StringEquals on the environment claim (…:environment: prod)`;
    }
    return undefined;
}
function workflowRefProblem(value) {
    const parts = value.split('/');
    const fix = 'name the repository and workflow, e.g. "<owner>/<repo>/.github/workflows/deploy.yml@refs/heads/main"';
    if (parts.length < 3 || (0,wildcard/* hasWildcard */.rl)(parts[0]) || (0,wildcard/* hasWildcard */.rl)(parts[1])) {
        return `leaves the repository open, so workflows of any matching repository can assume this role; ${fix}`;
    }
    if (/^[*?]*$/.test(parts.slice(2).join('/')))
        return `matches every workflow and ref of ${parts[0]}/${parts[1]}; ${fix}`;
    return undefined;
}
/** `repo:<owner>/<repo>:context` → repository `<owner>/<repo>`, context `context`. */
function parseSubject(value) {
    if (!value.startsWith('repo:'))
        return undefined;
    const rest = value.slice('repo:'.length);
    const colon = rest.indexOf(':');
    if (colon < 0)
        return { repository: rest, context: '' };
    return { repository: rest.slice(0, colon), context: rest.slice(colon + 1) };
}
// ---------------------------------------------------------------------------------------------
// github-oidc-missing-aud
const AUDIENCE = 'sts.amazonaws.com';
const githubOidcMissingAud = {
    id: 'github-oidc-missing-aud',
    *check(context) {
        for (const github of githubTrusts(context))
            yield* missingAud(github);
    }
};
function* missingAud(github) {
    const aud = `${github.issuer}:aud`;
    const entries = claim(github, 'aud').filter(matchesClaim);
    if (entries.some(entry => entry.values.length > 0 && entry.values.every(value => value === AUDIENCE)))
        return;
    if (entries.length === 0) {
        const ignored = claim(github, 'aud').map(entry => entry.operator);
        const note = ignored.length > 0 ? ` (${ignored.join(', ')} on it does not count)` : '';
        yield trustHit(github.trust, `trusts GitHub Actions OIDC without a StringEquals condition on ${aud}${note}, so a GitHub token minted for any other audience is accepted too; add StringEquals ${aud}: ${AUDIENCE}`, missingPath(github));
        return;
    }
    for (const entry of entries) {
        for (const item of entry.items) {
            if (item.value === AUDIENCE)
                continue;
            yield trustHit(github.trust, `${entry.operator} ${entry.key} allows audience "${item.value}"; the token GitHub issues for AWS (aws-actions/configure-aws-credentials, RoleGate) carries ${AUDIENCE}: require StringEquals ${aud}: ${AUDIENCE}`, item.path);
        }
    }
}
// ---------------------------------------------------------------------------------------------
// github-oidc-forallvalues
/**
 * Keys with at most one value per request. On these ForAllValues: can only go wrong: with the
 * key absent the set is empty and the condition is vacuously true. Multi-valued keys
 * (aws:PrincipalOrgPaths, ...:amr, aws:TagKeys) are left alone: ForAllValues: is meaningful there.
 */
const SINGLE_VALUED_KEYS = new Set([
    'aws:sourceaccount',
    'aws:sourcearn',
    'aws:sourceorgid',
    'aws:principalorgid',
    'aws:principalaccount',
    'aws:principalarn',
    'aws:principaltype',
    'aws:userid',
    'aws:username',
    'aws:sourceip',
    'aws:sourcevpc',
    'aws:sourcevpce',
    'aws:securetransport',
    'aws:multifactorauthpresent',
    'aws:multifactorauthage',
    'aws:requestedregion',
    'sts:externalid',
    'sts:rolesessionname',
    'sts:sourceidentity'
]);
function singleValued(key) {
    if (key.startsWith(GITHUB_ISSUER))
        return true;
    if (SINGLE_VALUED_KEYS.has(key))
        return true;
    if (key.startsWith('aws:principaltag/') || key.startsWith('aws:requesttag/'))
        return true;
    // A JWT's sub is one string (RFC 7519 §4.1.2), whatever the web-identity provider.
    return key.endsWith(':sub') && !key.startsWith('aws:') && !key.startsWith('sts:');
}
const githubOidcForAllValues = {
    id: 'github-oidc-forallvalues',
    *check(context) {
        for (const trust of trustStatements(context)) {
            for (const entry of conditionsOf(trust)) {
                if (entry.qualifier !== 'ForAllValues' || !singleValued(entry.keyLower))
                    continue;
                const plain = entry.operator.trim().slice('ForAllValues:'.length);
                yield trustHit(trust, `${entry.operator} on ${entry.key} is true when the request has no ${entry.key} at all (ForAllValues: over an empty set holds), so it restricts nothing; use ${plain} for this single-valued key`, ['Condition', entry.operator]);
            }
        }
    }
};
// ---------------------------------------------------------------------------------------------
// github-oidc-not-environment-bound
const githubOidcNotEnvironmentBound = {
    id: 'github-oidc-not-environment-bound',
    *check(context) {
        const name = context.environment.environment;
        if (context.config.environments?.[name]?.protected !== true)
            return;
        for (const github of githubTrusts(context)) {
            if (environmentPinned(github, name))
                continue;
            const subEntries = claim(github, 'sub').filter(matchesClaim);
            const repository = subEntries
                .flatMap(entry => entry.values)
                .map(value => parseSubject(value)?.repository)
                .find(repo => repo !== undefined && repo.includes('/') && !(0,wildcard/* hasWildcard */.rl)(repo));
            const suggestion = `repo:${repository ?? '<owner>/<repo>'}:environment:${name}`;
            yield trustHit(github.trust, `role ${github.trust.role.logicalName ?? github.trust.role.name} is deployed to protected environment ${name}, but GitHub Actions jobs may assume it without being bound to the GitHub environment "${name}": this role can be assumed by a job that the environment's reviewers never approved. Require StringEquals ${github.issuer}:sub: "${suggestion}"`, subEntries[0]?.path ?? github.principal.path);
        }
    }
};
/**
 * Only jobs of the environment get through: every sub value is `repo:O/R:environment:<name>`
 * for a literal repository, or an environment claim condition names exactly `<name>`.
 * IfExists does not count here: jobs without an environment have no environment claim.
 */
function environmentPinned(github, name) {
    const literal = (entry, value) => !isLikeOperator(entry) || !(0,wildcard/* hasWildcard */.rl)(value);
    const byClaim = claim(github, 'environment').some(entry => matchesClaim(entry) &&
        constrains(entry) &&
        entry.values.every(value => value === name && literal(entry, value)));
    if (byClaim)
        return true;
    return claim(github, 'sub').some(entry => matchesClaim(entry) &&
        entry.values.length > 0 &&
        entry.values.every(value => {
            const parsed = parseSubject(value);
            return (parsed !== undefined &&
                literal(entry, value) &&
                parsed.repository.includes('/') &&
                parsed.context === `environment:${name}`);
        }));
}

// EXTERNAL MODULE: ./src/model/state.ts
var state = __webpack_require__(156);
;// CONCATENATED MODULE: ./src/policy/size.ts
/** JavaScript's `\s` outside ASCII: NBSP, the Zs spaces, the line/paragraph separators and BOM. */
function isWideSpace(code) {
    return (code === 0xa0 ||
        code === 0x1680 ||
        (code >= 0x2000 && code <= 0x200a) ||
        code === 0x2028 ||
        code === 0x2029 ||
        code === 0x202f ||
        code === 0x205f ||
        code === 0x3000 ||
        code === 0xfeff);
}
/** Non-whitespace characters (code points) of the JSON. */
function policySize(document) {
    const text = typeof document === 'string' ? document : JSON.stringify(document);
    const length = text.length;
    let count = 0;
    // One pass over UTF-16 units: a surrogate pair is one code point (never whitespace), a lone
    // surrogate counts as one character too.
    for (let i = 0; i < length; i++) {
        const code = text.charCodeAt(i);
        if (code < 0x7f) {
            if (code === 0x20 || (code >= 0x09 && code <= 0x0d))
                continue;
        }
        else if (code >= 0xd800 && code <= 0xdbff) {
            const next = i + 1 < length ? text.charCodeAt(i + 1) : 0;
            if (next >= 0xdc00 && next <= 0xdfff)
                i++;
        }
        else if (isWideSpace(code)) {
            continue;
        }
        count++;
    }
    return count;
}

// EXTERNAL MODULE: ./src/model/iam-limits.ts
var iam_limits = __webpack_require__(8773);
;// CONCATENATED MODULE: ./src/lint/rules/quotas.ts



// IAM's other documented limits; those the schema shows editors live in model/iam-limits.ts.
const INLINE_POLICIES_MAX = 10240;
const MANAGED_POLICY_MAX = 6144;
const TAG_PATTERN = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u;
// CreateRole's Description pattern [\u0009\u000A\u000D\u0020-\u007E\u00A1-\u00FF]; CreatePolicy's
// Description documents only the length. Code points, so no control characters in a regex.
function descriptionChar(char) {
    const code = char.codePointAt(0) ?? 0;
    return (code === 0x09 ||
        code === 0x0a ||
        code === 0x0d ||
        (code >= 0x20 && code <= 0x7e) ||
        (code >= 0xa1 && code <= 0xff));
}
const PATH_PATTERN = /^\/([\x21-\x7E]*\/)?$/;
function format(value) {
    return value.toLocaleString('en-US');
}
/** Characters as IAM counts them: code points, not UTF-16 units. */
function quotas_length(text) {
    return [...text].length;
}
/** Is the text longer than `max` characters? Code points never outnumber UTF-16 units. */
function longer(text, max) {
    return text.length > max && quotas_length(text) > max;
}
/** descriptionChar() of every character, as one test of the whole text (the usual, passing case). */
const DESCRIPTION_TEXT = /^[\t\n\r\x20-\x7e\xa1-\xff]*$/;
function quotas_describe(owner, kind) {
    return `${kind} ${owner.logicalName ?? owner.name}`;
}
/** The location of the first of `fields` the definition wrote, else the definition itself. */
function at(owner, ...fields) {
    const source = owner.source;
    if (!source)
        return undefined;
    for (const field of fields) {
        const location = source.fields[field];
        if (location)
            return location;
    }
    return source.location;
}
function quotas_hit(owner, message, location, policy) {
    const result = { message, location, role: owner.logicalName };
    if (policy !== undefined)
        result.policy = policy;
    return result;
}
function* owners(environment) {
    for (const role of environment.roles)
        yield [role, 'role'];
    for (const policy of environment.managedPolicies)
        yield [policy, 'managed policy'];
}
// ---------------------------------------------------------------------------------------------
const roleNameLength = {
    id: 'role-name-length',
    *check({ environment }) {
        for (const role of environment.roles) {
            // An instance profile takes the role's name; its own limit (128) is looser than the role's.
            yield* nameProblems(role, 'role', iam_limits/* ROLE_NAME_MAX */.Ci, at(role, 'roleName', 'name'), 'roleName');
        }
        for (const policy of environment.managedPolicies) {
            yield* nameProblems(policy, 'managed policy', iam_limits/* POLICY_NAME_MAX */.el, at(policy, 'policyName', 'name'), 'policyName');
        }
    }
};
function* nameProblems(owner, kind, max, location, field) {
    const name = owner.name;
    const origin = owner.source?.fields[field] ? `${field}` : 'the naming template';
    if (longer(name, max)) {
        yield quotas_hit(owner, `${quotas_describe(owner, kind)}: the name "${name}" (from ${origin}) is ${quotas_length(name)} characters; IAM allows at most ${max}. Shorten the logical name or the naming template, or set ${field}`, location);
    }
    const bad = iam_limits/* NAME_PATTERN */.Vh.test(name) ? [] : [...new Set([...name].filter(char => !iam_limits/* NAME_PATTERN */.Vh.test(char)))];
    if (name === '' || bad.length > 0) {
        yield quotas_hit(owner, `${quotas_describe(owner, kind)}: the name "${name}" (from ${origin}) has characters IAM refuses (${bad.map(char => JSON.stringify(char)).join(', ') || 'it is empty'}); use letters, digits and + = , . @ _ -`, location);
    }
}
// ---------------------------------------------------------------------------------------------
/**
 * policySize() of the document when it may exceed `limit`; otherwise a number no larger than
 * `limit` (the JSON's length, which bounds the size), without counting characters.
 */
function sizeOver(document, limit) {
    const text = submitted(document);
    return text.length <= limit ? text.length : policySize(text);
}
/** What policySize() measures of a document: its JSON (a string is measured as given). */
function submitted(document) {
    return typeof document === 'string' ? document : JSON.stringify(document);
}
const trustPolicySize = {
    id: 'trust-policy-size',
    *check({ environment, config }) {
        const limit = config.limits?.trustPolicySize ?? iam_limits/* TRUST_POLICY_DEFAULT */.Oh;
        for (const role of environment.roles) {
            const size = sizeOver(role.trustPolicy, limit);
            if (size <= limit)
                continue;
            const raise = limit < iam_limits/* TRUST_POLICY_MAX */.n5
                ? `or request a quota increase (possible up to ${format(iam_limits/* TRUST_POLICY_MAX */.n5)}, "Role trust policy length" in Service Quotas) and set limits.trustPolicySize in rolegate.yml`
                : `${format(iam_limits/* TRUST_POLICY_MAX */.n5)} is the highest quota IAM grants`;
            yield quotas_hit(role, `${quotas_describe(role, 'role')}: the trust policy is ${format(size)} characters (not counting whitespace), over the limit of ${format(limit)}; merge statements that differ only in principals or conditions, ${raise}`, at(role, 'trust'), 'trust');
        }
    }
};
const inlinePolicySize = {
    id: 'inline-policy-size',
    *check({ environment }) {
        for (const role of environment.roles) {
            const texts = Object.entries(role.inlinePolicies).map(([name, document]) => ({
                name,
                text: submitted(document)
            }));
            // The JSON's length bounds its size: most roles are far below the limit and need no count.
            if (texts.reduce((sum, entry) => sum + entry.text.length, 0) <= INLINE_POLICIES_MAX)
                continue;
            const sizes = texts.map(({ name, text }) => ({ name, size: policySize(text) }));
            const total = sizes.reduce((sum, entry) => sum + entry.size, 0);
            if (total <= INLINE_POLICIES_MAX)
                continue;
            const parts = sizes
                .sort((a, b) => b.size - a.size)
                .map(entry => `${entry.name} ${format(entry.size)}`)
                .join(', ');
            yield quotas_hit(role, `${quotas_describe(role, 'role')}: its inline policies total ${format(total)} characters (not counting whitespace: ${parts}), over IAM's limit of ${format(INLINE_POLICIES_MAX)} per role; move a policy into a kind: ManagedPolicy and attach it, or merge statements`, at(role, 'policies'));
        }
    }
};
const managedPolicySize = {
    id: 'managed-policy-size',
    *check({ environment }) {
        for (const policy of environment.managedPolicies) {
            const size = sizeOver(policy.document, MANAGED_POLICY_MAX);
            if (size <= MANAGED_POLICY_MAX)
                continue;
            yield quotas_hit(policy, `${quotas_describe(policy, 'managed policy')}: the document is ${format(size)} characters (not counting whitespace), over IAM's limit of ${format(MANAGED_POLICY_MAX)}; split it into two managed policies or merge statements`, at(policy, 'document'), policy.logicalName ?? policy.name);
        }
    }
};
const managedPolicyCount = {
    id: 'managed-policy-count',
    *check({ environment, config }) {
        const limit = config.limits?.managedPoliciesPerRole ?? iam_limits/* MANAGED_POLICIES_DEFAULT */.Ps;
        for (const role of environment.roles) {
            const count = role.managedPolicyArns.length;
            if (count <= limit)
                continue;
            const raise = limit < iam_limits/* MANAGED_POLICIES_MAX */._W
                ? `, or request a quota increase (up to ${iam_limits/* MANAGED_POLICIES_MAX */._W}, "Managed policies per role" in Service Quotas) and set limits.managedPoliciesPerRole in rolegate.yml`
                : '';
            yield quotas_hit(role, `${quotas_describe(role, 'role')}: ${count} managed policies are attached, over the limit of ${limit}; combine some into one kind: ManagedPolicy${raise}`, at(role, `managedPolicies.${limit}`, 'managedPolicies'));
        }
    }
};
// ---------------------------------------------------------------------------------------------
const tagLimits = {
    id: 'tag-limits',
    *check({ environment }) {
        for (const [owner, kind] of owners(environment))
            yield* tagProblems(owner, kind);
    }
};
function* tagProblems(owner, kind) {
    const name = quotas_describe(owner, kind);
    const entries = Object.entries(owner.tags);
    if (entries.length > iam_limits/* TAGS_MAX */.JO) {
        const ownership = state/* OWNERSHIP_TAG */.B in owner.tags ? `, counting the ${state/* OWNERSHIP_TAG */.B} ownership tag RoleGate adds` : '';
        yield quotas_hit(owner, `${name}: ${entries.length} tags${ownership}; IAM allows at most ${iam_limits/* TAGS_MAX */.JO}. Remove tags or move them out of defaults.tags`, at(owner, 'tags'));
    }
    for (const [key, value] of entries) {
        if (/^aws:/i.test(key)) {
            yield quotas_hit(owner, `${name}: tag key "${key}" starts with "aws:", which AWS reserves for its own tags; rename it`, at(owner, `tags.${key}`, 'tags'));
        }
        if (longer(key, iam_limits/* TAG_KEY_MAX */.mV)) {
            yield quotas_hit(owner, `${name}: tag key "${key}" is ${quotas_length(key)} characters; IAM allows at most ${iam_limits/* TAG_KEY_MAX */.mV}`, at(owner, `tags.${key}`, 'tags'));
        }
        if (key === '')
            yield quotas_hit(owner, `${name}: a tag key is empty; IAM requires at least one character`, at(owner, `tags.${key}`, 'tags'));
        if (longer(value, iam_limits/* TAG_VALUE_MAX */.uM)) {
            yield quotas_hit(owner, `${name}: the value of tag "${key}" is ${quotas_length(value)} characters; IAM allows at most ${iam_limits/* TAG_VALUE_MAX */.uM}`, at(owner, `tags.${key}`, 'tags'));
        }
        for (const [what, text] of [
            ['key', key],
            ['value', value]
        ]) {
            // TAG_PATTERN is anchored: a text it accepts as a whole has no character to report.
            if (TAG_PATTERN.test(text))
                continue;
            const bad = [...new Set([...text].filter(char => !TAG_PATTERN.test(char)))];
            if (bad.length === 0)
                continue;
            yield quotas_hit(owner, `${name}: tag ${what === 'key' ? `key "${key}"` : `"${key}" value "${value}"`} has characters IAM refuses in tags (${bad.map(char => JSON.stringify(char)).join(', ')}); use letters, digits, spaces and _ . : / = + - @`, at(owner, `tags.${key}`, 'tags'));
        }
    }
}
// ---------------------------------------------------------------------------------------------
const sessionDuration = {
    id: 'session-duration',
    *check({ environment }) {
        for (const role of environment.roles) {
            const seconds = role.maxSessionDuration;
            if (Number.isInteger(seconds) && seconds >= iam_limits/* SESSION_MIN */.KC && seconds <= iam_limits/* SESSION_MAX */.SP)
                continue;
            const origin = role.source?.fields.maxSessionDuration
                ? ''
                : ' (from defaults.maxSessionDuration in rolegate.yml)';
            yield quotas_hit(role, `${quotas_describe(role, 'role')}: maxSessionDuration ${seconds}${origin} is outside IAM's range of ${format(iam_limits/* SESSION_MIN */.KC)} to ${format(iam_limits/* SESSION_MAX */.SP)} seconds (1 to 12 hours); use a whole number of seconds in that range`, at(role, 'maxSessionDuration'));
        }
    }
};
const descriptionRule = {
    id: 'description',
    *check({ environment }) {
        for (const [owner, kind] of owners(environment)) {
            const text = owner.description;
            const location = at(owner, 'description');
            if (longer(text, iam_limits/* DESCRIPTION_MAX */.Ku)) {
                yield quotas_hit(owner, `${quotas_describe(owner, kind)}: the description is ${format(quotas_length(text))} characters; IAM allows at most ${format(iam_limits/* DESCRIPTION_MAX */.Ku)}. Shorten it`, location);
            }
            if (kind !== 'role' || DESCRIPTION_TEXT.test(text))
                continue;
            const bad = [...new Set([...text].filter(char => !descriptionChar(char)))];
            if (bad.length === 0)
                continue;
            const shown = bad.map(char => `${JSON.stringify(char)} (U+${char.codePointAt(0).toString(16).toUpperCase().padStart(4, '0')})`);
            yield quotas_hit(owner, `${quotas_describe(owner, kind)}: the description has characters IAM refuses in role descriptions: ${shown.join(', ')}; use printable ASCII or Latin-1 (typographic quotes and dashes are the usual culprits)`, location);
        }
    }
};
const pathRule = {
    id: 'path',
    *check({ environment }) {
        for (const [owner, kind] of owners(environment)) {
            const path = owner.path;
            const location = at(owner, 'path');
            if (longer(path, iam_limits/* PATH_MAX */.n6)) {
                yield quotas_hit(owner, `${quotas_describe(owner, kind)}: the path is ${format(quotas_length(path))} characters; IAM allows at most ${iam_limits/* PATH_MAX */.n6}`, location);
            }
            if (!PATH_PATTERN.test(path)) {
                yield quotas_hit(owner, `${quotas_describe(owner, kind)}: the path "${path}" is not a valid IAM path; it must be "/" or start and end with "/" with printable ASCII between, no spaces (e.g. /teams/ml/)`, location);
            }
        }
    }
};
const missingPermissionsBoundary = {
    id: 'missing-permissions-boundary',
    *check({ environment, config }) {
        if (config.requirePermissionsBoundary !== true)
            return;
        for (const role of environment.roles) {
            if (role.permissionsBoundary)
                continue;
            const removed = role.source?.fields.permissionsBoundary
                ? ' (permissionsBoundary: null removes the default)'
                : '';
            yield quotas_hit(role, `${quotas_describe(role, 'role')} has no permissions boundary${removed}, but rolegate.yml sets requirePermissionsBoundary; set permissionsBoundary on the role or defaults.permissionsBoundary in rolegate.yml`, at(role, 'permissionsBoundary'));
        }
    }
};

// EXTERNAL MODULE: ./src/util/own.ts
var own = __webpack_require__(8996);
;// CONCATENATED MODULE: ./src/lint/rules/trust-any-principal.ts


const trustAnyPrincipal = {
    id: 'trust-any-principal',
    *check(context) {
        for (const trust of trustStatements(context))
            yield* trust_any_principal_checkStatement(trust);
    }
};
function* trust_any_principal_checkStatement(trust) {
    const notPrincipal = trust.ref.statement.NotPrincipal;
    if (notPrincipal !== undefined && !constrainedToCaller(conditionsOf(trust))) {
        // Allow + NotPrincipal inverts the list: everyone except the few named may assume the role.
        yield trustHit(trust, 'Effect Allow with NotPrincipal trusts every principal except those listed; name the trusted principals in Principal instead', ['NotPrincipal']);
    }
    const everyone = principalsOf(trust).filter(entry => (entry.type === '*' || entry.type === 'AWS') && entry.value === '*');
    if (everyone.length === 0 || constrainedToCaller(conditionsOf(trust)))
        return;
    for (const entry of everyone) {
        const written = entry.type === '*' ? 'Principal "*"' : 'Principal AWS "*"';
        yield trustHit(trust, `${written} lets any AWS account in the world assume this role; name the trusted account or role ARN instead, or constrain the caller with a condition such as StringEquals aws:PrincipalOrgID (your organization) or aws:PrincipalAccount`, entry.path);
    }
}
/**
 * Keys that pin who the caller is. Only a positive match with a concrete value counts: a
 * wildcard, an IfExists or a ForAllValues: variant lets callers through.
 */
const CALLER_KEYS = {
    'aws:principalorgid': value => !(0,wildcard/* hasWildcard */.rl)(value),
    'aws:principalaccount': value => /^\d{12}$/.test(value),
    'aws:sourceaccount': value => /^\d{12}$/.test(value),
    // A role-name pattern is fine as long as the account is literal: it confines callers to one account.
    'aws:principalarn': value => /^arn:[^:*?]+:(?:iam|sts)::\d{12}:./.test(value)
};
function constrainedToCaller(conditions) {
    return conditions.some(entry => {
        const accepts = (0,own/* own */.ZV)(CALLER_KEYS, entry.keyLower); // a key `constructor` is not Object's
        return accepts !== undefined && constrains(entry) && entry.values.every(accepts);
    });
}
// ---------------------------------------------------------------------------------------------
// trust-any-principal-conditioned
/** How far each caller key lets `AWS: "*"` reach, for the message. */
const SCOPE_OF_KEY = {
    'aws:principalorgid': values => `any IAM principal of every account in organization ${values}, including accounts that join it later`,
    'aws:principalaccount': values => `any IAM principal of account ${values}`,
    'aws:sourceaccount': values => `any principal acting for account ${values}`,
    'aws:principalarn': values => `any IAM principal whose ARN matches ${values}`
};
/**
 * `trust-any-principal-conditioned`: `Principal AWS "*"` (or `"*"`) that a caller condition limits,
 * so trust-any-principal stays silent. Not a mistake, but the trust is wider than a named principal:
 * with aws:PrincipalOrgID it is organization-wide. Reported as information, once per statement.
 */
const trustAnyPrincipalConditioned = {
    id: 'trust-any-principal-conditioned',
    *check(context) {
        for (const trust of trustStatements(context)) {
            const everyone = principalsOf(trust).find(entry => (entry.type === '*' || entry.type === 'AWS') && entry.value === '*');
            if (!everyone)
                continue;
            const conditions = conditionsOf(trust);
            if (!constrainedToCaller(conditions))
                continue;
            const scopes = conditions.flatMap(entry => {
                const accepts = (0,own/* own */.ZV)(CALLER_KEYS, entry.keyLower);
                const scope = (0,own/* own */.ZV)(SCOPE_OF_KEY, entry.keyLower);
                if (!accepts || !scope || !constrains(entry) || !entry.values.every(accepts))
                    return [];
                return [`${scope(entry.values.join(' or '))} (${entry.operator} ${entry.key})`];
            });
            yield trustHit(trust, `${everyone.type === '*' ? 'Principal "*"' : 'Principal AWS "*"'} is limited by its condition only: ${scopes.join(', and ')} may assume this role once its own policies allow sts:AssumeRole on it; if fewer need it, name those accounts or roles in Principal`, everyone.path);
        }
    }
};

;// CONCATENATED MODULE: ./src/lint/rules/trust-confused-deputy.ts

/** Service name (first label of the principal) → where AWS documents the trust-policy condition. */
const CONFUSED_DEPUTY_SERVICES = new Map([
    [
        'ecs-tasks',
        {
            service: 'Amazon ECS',
            doc: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-iam-roles.html'
        }
    ],
    [
        'states',
        {
            service: 'AWS Step Functions',
            doc: 'https://docs.aws.amazon.com/step-functions/latest/dg/procedure-create-iam-role.html'
        }
    ],
    [
        'scheduler',
        {
            service: 'Amazon EventBridge Scheduler',
            doc: 'https://docs.aws.amazon.com/scheduler/latest/UserGuide/cross-service-confused-deputy-prevention.html'
        }
    ],
    [
        'config',
        {
            service: 'AWS Config',
            doc: 'https://docs.aws.amazon.com/config/latest/developerguide/iamrole-permissions.html'
        }
    ],
    [
        'bedrock',
        {
            service: 'Amazon Bedrock',
            doc: 'https://docs.aws.amazon.com/bedrock/latest/userguide/batch-iam-sr.html'
        }
    ],
    [
        'logs',
        {
            service: 'Amazon CloudWatch Logs',
            doc: 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/Subscriptions-confused-deputy.html'
        }
    ],
    [
        'transfer',
        {
            service: 'AWS Transfer Family',
            doc: 'https://docs.aws.amazon.com/transfer/latest/userguide/confused-deputy.html'
        }
    ],
    [
        'personalize',
        {
            service: 'Amazon Personalize',
            doc: 'https://docs.aws.amazon.com/personalize/latest/dg/cross-service-confused-deputy-prevention.html'
        }
    ],
    [
        'codedeploy',
        {
            service: 'AWS CodeDeploy',
            doc: 'https://docs.aws.amazon.com/codedeploy/latest/userguide/security_confused_deputy.html'
        }
    ]
]);
const SOURCE_KEYS = new Set(['aws:sourceaccount', 'aws:sourcearn', 'aws:sourceorgid']);
// `states.amazonaws.com`, the older regional `states.us-east-1.amazonaws.com`, China's `.com.cn`.
const SERVICE_PRINCIPAL = /^([a-z0-9-]+)(?:\.[a-z0-9-]+)?\.amazonaws\.com(?:\.cn)?$/;
const serviceConfusedDeputy = {
    id: 'service-confused-deputy',
    *check(context) {
        for (const trust of trustStatements(context))
            yield* trust_confused_deputy_checkStatement(trust);
    }
};
function* trust_confused_deputy_checkStatement(trust) {
    if (conditionsOf(trust).some(entry => constrains(entry) && SOURCE_KEYS.has(entry.keyLower)))
        return;
    for (const principal of principalsOf(trust)) {
        if (principal.type !== 'Service')
            continue;
        const name = SERVICE_PRINCIPAL.exec(principal.value.toLowerCase())?.[1];
        const known = name === undefined ? undefined : CONFUSED_DEPUTY_SERVICES.get(name);
        if (!known)
            continue;
        yield trustHit(trust, `trusts ${principal.value} without an aws:SourceAccount or aws:SourceArn condition, so ${known.service} could be made to use this role for a resource in another account; add StringEquals aws:SourceAccount: "{account}" (see ${known.doc})`, principal.path);
    }
}

;// CONCATENATED MODULE: ./src/lint/rules/trust-cross-account.ts

const crossAccountNoExternalId = {
    id: 'cross-account-no-external-id',
    *check(context) {
        for (const trust of trustStatements(context))
            yield* trust_cross_account_checkStatement(trust, context.environment.account);
    }
};
function* trust_cross_account_checkStatement(trust, ownAccount) {
    const guarded = conditionsOf(trust).some(entry => constrains(entry) &&
        ((entry.keyLower === 'sts:externalid' && entry.base.startsWith('stringequals')) ||
            entry.keyLower === 'aws:principalorgid'));
    if (guarded)
        return;
    for (const principal of principalsOf(trust)) {
        if (principal.type !== 'AWS')
            continue;
        // "*" is trust-any-principal's finding; services and federated principals carry no account.
        const account = accountOfPrincipal(principal.value);
        if (account === undefined || account === ownAccount)
            continue;
        yield trustHit(trust, `trusts ${principal.value} in account ${account}, which is not this environment's account, without an sts:ExternalId condition; if that account belongs to a third party, add StringEquals sts:ExternalId: "<the id they gave you>" (or, inside your organization, StringEquals aws:PrincipalOrgID)`, principal.path);
    }
}

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
;// CONCATENATED MODULE: ./src/lint/rules/condition-values.ts
/**
 * `invalid-condition-value`: a condition value that its operator cannot read (`NumericLessThan`
 * on "bad", `Null` with "maybe", `IpAddress` on something that is not an address or CIDR), or an
 * operator of one type used on a key of another (`DateGreaterThan` on `aws:SourceIp`), where the
 * action database knows the key's type. IAM compares such a condition as written and it never
 * holds: an Allow grants nothing, a Deny denies nothing (a negated operator the opposite).
 */



/** The kind of value each typed operator family compares; String and Binary operators take any text. */
function kindOf(base) {
    if (base.startsWith('Numeric'))
        return 'Numeric';
    if (base.startsWith('Date'))
        return 'Date';
    if (base === 'Bool')
        return 'Bool';
    if (base === 'IpAddress' || base === 'NotIpAddress')
        return 'IPAddress';
    if (base.startsWith('Arn'))
        return 'ARN';
    if (base === 'Null')
        return 'Null';
    return undefined;
}
/**
 * Key types (the action database's) that an operator kind cannot compare. Lenient where AWS is:
 * String keys are left alone (the reference types some numeric and date keys as String), Date keys
 * take Numeric operators (aws:EpochTime is documented with both), ARN keys take String operators.
 */
const INCOMPATIBLE = {
    Numeric: new Set(['IPAddress', 'Bool', 'ArrayOfBool', 'ARN', 'ArrayOfARN']),
    Date: new Set(['IPAddress', 'Bool', 'ArrayOfBool', 'ARN', 'ArrayOfARN', 'Numeric']),
    Bool: new Set(['IPAddress', 'ARN', 'ArrayOfARN', 'Numeric', 'Date']),
    IPAddress: new Set(['Bool', 'ArrayOfBool', 'ARN', 'ArrayOfARN', 'Numeric', 'Date']),
    ARN: new Set(['IPAddress', 'Bool', 'ArrayOfBool', 'Numeric', 'Date'])
};
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
// ISO 8601 as IAM reads it (a date, optionally a time and a zone), or seconds since the epoch.
const DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
const BOOLEAN = /^(true|false)$/i;
function isAddress(value) {
    const slash = value.indexOf('/');
    const address = slash < 0 ? value : value.slice(0, slash);
    const version = (0,external_node_net_.isIP)(address);
    if (version === 0)
        return false;
    if (slash < 0)
        return true;
    const bits = value.slice(slash + 1);
    return /^\d{1,3}$/.test(bits) && Number(bits) <= (version === 4 ? 32 : 128);
}
/** What is wrong with one value for the operator kind, or undefined. */
function valueProblem(kind, value) {
    switch (kind) {
        case 'Numeric':
            return NUMBER.test(value) ? undefined : 'is not a number; write digits such as 3600';
        case 'Date':
            return (DATE.test(value) && !Number.isNaN(Date.parse(value))) || /^\d+$/.test(value)
                ? undefined
                : 'is not a date; write ISO 8601 such as 2026-12-31T23:59:59Z, or seconds since 1970';
        case 'Bool':
            return BOOLEAN.test(value) ? undefined : 'is not a boolean; write "true" or "false"';
        case 'Null':
            return BOOLEAN.test(value)
                ? undefined
                : 'is neither "true" (the key is absent) nor "false" (the key is present)';
        case 'IPAddress':
            return isAddress(value)
                ? undefined
                : 'is not an IP address or CIDR range; write one such as 203.0.113.0/24 or 2001:db8::/32';
        case 'ARN':
            return value === '*' || value.startsWith('arn:') ? undefined : 'is not an ARN';
    }
}
const invalidConditionValue = {
    id: 'invalid-condition-value',
    *check(context) {
        for (const statement of allStatements(context)) {
            for (const item of conditionEntries(statement.facts)) {
                const operator = (0,condition_operators/* parseConditionOperator */.bt)(item.operator);
                const kind = operator && kindOf(operator.base);
                if (!operator || !kind)
                    continue;
                const type = kind === 'Null' ? undefined : (0,condition_keys/* lookupConditionKey */.bW)(item.key)?.type;
                if (kind !== 'Null' && type !== undefined && INCOMPATIBLE[kind].has(type)) {
                    yield statementHit(statement, `${item.operator} compares ${kind === 'IPAddress' ? 'IP addresses' : `${kind} values`}, but ${item.key} is ${/^[AEIOU]/.test(type) ? 'an' : 'a'} ${type} key, so the condition never holds as written; use ${suggestedOperator(type)} for it`, item.path);
                    continue;
                }
                for (const value of item.values) {
                    // A policy variable is substituted at request time: its value cannot be judged here.
                    if (value.includes('${'))
                        continue;
                    const problem = valueProblem(kind, value);
                    if (problem)
                        yield statementHit(statement, `${item.operator} ${item.key} "${value}" ${problem}; IAM cannot compare it, so the condition never holds as written`, item.path);
                }
            }
        }
    }
};
function suggestedOperator(type) {
    if (type.includes('Bool'))
        return 'Bool';
    if (type.includes('ARN'))
        return 'ArnEquals or ArnLike';
    if (type === 'IPAddress')
        return 'IpAddress or NotIpAddress';
    if (type === 'Numeric')
        return 'a Numeric operator';
    if (type === 'Date')
        return 'a Date operator';
    return 'a String operator';
}

;// CONCATENATED MODULE: ./src/lint/rules/mfa.ts
/**
 * `mfa-bool-false`: `aws:MultiFactorAuthPresent` compared with `false`, the pattern AWS warns
 * against. The key is present only in requests signed with temporary credentials; requests signed
 * with long-term access keys do not carry it at all. So:
 *
 * - in an Allow, `Bool … false` allows exactly the temporary sessions that did *not* use MFA (and
 *   `BoolIfExists … false` adds every access-key request): the opposite of requiring MFA;
 * - in a Deny, `Bool … false` never matches an access-key request (the key is absent), so the
 *   "deny without MFA" lets long-term keys through; `BoolIfExists` is the documented fix.
 *
 * Sources: IAM User Guide, "AWS global condition context keys", aws:MultiFactorAuthPresent;
 * AWS Knowledge Center, "mfa-iam-user-aws-cli".
 */


const KEY = 'aws:multifactorauthpresent';
const mfaBoolFalse = {
    id: 'mfa-bool-false',
    *check(context) {
        for (const statement of allStatements(context)) {
            const effect = statement.ref.statement.Effect;
            for (const item of conditionEntries(statement.facts)) {
                if (item.key.toLowerCase() !== KEY)
                    continue;
                const operator = (0,condition_operators/* parseConditionOperator */.bt)(item.operator);
                if (operator?.base !== 'Bool' || !item.values.some(value => value.toLowerCase() === 'false'))
                    continue;
                if (isAllow(statement.ref.statement)) {
                    yield statementHit(statement, `Allow with ${item.operator} ${item.key} "false" allows requests made without MFA${operator.ifExists ? ', including every request signed with long-term access keys' : ' (temporary sessions that skipped MFA)'}: the opposite of requiring MFA. To require MFA, write Bool ${item.key} "true"`, item.path);
                }
                else if (effect === 'Deny' && !operator.ifExists) {
                    yield statementHit(statement, `Deny with ${item.operator} ${item.key} "false" does not apply to requests signed with long-term access keys, which carry no ${item.key} at all, so they are not denied; use BoolIfExists`, item.path);
                }
            }
        }
    }
};

;// CONCATENATED MODULE: ./src/lint/rules/policy-version.ts
/**
 * `policy-version`: a document whose policy language is the old `2008-10-17`, or that has no
 * `Version` (IAM then reads it as 2008-10-17) while it uses a policy variable. Under 2008-10-17 IAM
 * does not substitute policy variables: `${aws:username}` is compared as those literal characters,
 * so the statement matches nothing it was meant to. A document without Version and without
 * variables behaves the same under either version and is not reported.
 */



const CURRENT = '2012-10-17';
const OLD = '2008-10-17';
/** The first policy variable in the document (`${aws:username}`), skipping IAM's `${*}`-style escapes. */
function firstVariable(document) {
    return /\$\{(?![*?$]\})[^}]*\}/.exec(JSON.stringify(document) ?? '')?.[0];
}
const policyVersion = {
    id: 'policy-version',
    *check(context) {
        for (const subject of subjectsOf(context)) {
            const document = subject.document;
            if (document === null || typeof document !== 'object' || Array.isArray(document))
                continue;
            const version = document.Version;
            if (version !== undefined && version !== OLD)
                continue; // malformed-policy judges other values
            const variable = firstVariable(document);
            if (version === undefined && variable === undefined)
                continue;
            const written = version === undefined ? `has no Version, so IAM reads it as ${OLD}` : `Version is ${OLD}`;
            const effect = variable
                ? `policy variables are not substituted under it: IAM compares ${variable} as literal text, so the statements that use it match nothing they were meant to`
                : `policy variables such as \${aws:username} are not substituted under it: one added later would be compared as literal text`;
            yield {
                message: `${describeSubject(subject)}: ${written}; ${effect}. Write Version: "${CURRENT}"`,
                location: (0,source/* positionAt */.t$)(subject.document, version === undefined ? [] : ['Version']),
                role: subject.owner.logicalName,
                policy: subject.policyName
            };
        }
    }
};

;// CONCATENATED MODULE: ./src/lint/rules/trust-principal.ts
/**
 * `invalid-principal`: a trust policy principal that IAM does not accept as written (`AWS:
 * "notanarn"`, `Federated: "foo"`, a wildcard inside an ARN, an IAM group). IAM rejects the trust
 * policy with "Invalid principal in policy", so the role cannot be created or updated. The forms
 * accepted are those of src/policy/principals.ts principalProblem().
 */


const invalidPrincipal = {
    id: 'invalid-principal',
    *check(context) {
        // Deny statements too: IAM rejects an invalid principal wherever it is written.
        for (const trust of allTrustStatements(context)) {
            for (const principal of principalsOf(trust)) {
                if (principal.type === '*')
                    continue;
                const problem = (0,principals/* principalProblem */._U)(principal.type, principal.value);
                if (!problem)
                    continue;
                yield trustHit(trust, `Principal ${principal.type} "${principal.value}" ${problem}. IAM rejects the trust policy ("Invalid principal in policy")`, principal.path);
            }
        }
    }
};

;// CONCATENATED MODULE: ./src/lint/rules/index.ts















/** Rules that run over rendered state. Definition rules (schema, unknown-variable, ...) run while loading and rendering. */
const IMPLEMENTED_RULES = [
    malformedPolicy,
    unknownService,
    unknownAction,
    invalidConditionOperator,
    unknownConditionKey,
    invalidArn,
    resourceMismatch,
    duplicateSid,
    wildcardAction,
    serviceWildcard,
    resourceWildcardWrite,
    notActionAllow,
    notResourceAllow,
    passRoleUnscoped,
    privilegeEscalation,
    credentialsExposure,
    dataExfiltration,
    adminManagedPolicy,
    trustAnyPrincipal,
    githubOidcUnpinnedSub,
    githubOidcMissingAud,
    githubOidcForAllValues,
    githubOidcNotEnvironmentBound,
    crossAccountNoExternalId,
    serviceConfusedDeputy,
    roleNameLength,
    trustPolicySize,
    inlinePolicySize,
    managedPolicySize,
    managedPolicyCount,
    tagLimits,
    sessionDuration,
    descriptionRule,
    pathRule,
    missingPermissionsBoundary,
    grantExpired,
    grantExpiring,
    invalidConditionValue,
    inapplicableConditionKey,
    policyVersion,
    mfaBoolFalse,
    invalidPrincipal,
    trustAnyPrincipalConditioned,
    accessAssertion
];

;// CONCATENATED MODULE: ./src/lint/run.ts


function severityOf(rule, config) {
    return configuredSeverity(rule, config) ?? catalog/* RULES */.y0.get(rule)?.defaultSeverity ?? 'error';
}
function configuredSeverity(rule, config) {
    return config?.rules && Object.hasOwn(config.rules, rule) ? config.rules[rule] : undefined;
}
/**
 * Lints the rendered state. `earlier` findings (from loading and rendering) go through the same
 * severity and suppression handling.
 */
function lint(state, config, earlier = []) {
    const raw = [...earlier];
    for (const environment of Object.values(state.environments)) {
        // One context per environment, shared by every rule: what rules derive from the environment
        // (its statements, for one) is kept per context, so it is built once per run.
        const context = { config, environment };
        for (const rule of IMPLEMENTED_RULES) {
            for (const hit of rule.check(context))
                raw.push(toFinding(rule.id, hit, environment));
        }
    }
    return applySuppressions(raw, state, config);
}
function toFinding(rule, hit, environment) {
    const finding = {
        rule,
        severity: catalog/* RULES */.y0.get(rule)?.defaultSeverity ?? 'error',
        message: hit.message,
        environment: environment.environment
    };
    if (hit.location) {
        finding.file = hit.location.file;
        finding.line = hit.location.line;
        finding.column = hit.location.column;
    }
    if (hit.role)
        finding.role = hit.role;
    if (hit.policy)
        finding.policy = hit.policy;
    if (hit.statement !== undefined)
        statementOf.set(finding, hit.statement);
    if (hit.missingAccess)
        finding.missingAccess = true;
    return finding;
}
/** Statement ids ride beside findings: they matter for suppression only, not in reports. */
const statementOf = new WeakMap();
function applySuppressions(raw, state, config) {
    const owners = new Map();
    for (const environment of Object.values(state.environments)) {
        for (const item of [...environment.roles, ...environment.managedPolicies]) {
            if (item.logicalName && item.source)
                owners.set(item.logicalName, { file: item.source.file, suppressions: item.source.suppressions });
        }
    }
    const uses = new Map();
    const findings = [];
    const seen = new Map();
    const normalizers = new Map();
    for (const environment of Object.values(state.environments))
        normalizers.set(environment.environment, environmentNormalizer(environment));
    for (const finding of raw) {
        // The producer's severity unless rolegate.yml sets the rule's: a loader warning under `schema`
        // (a file with no definitions) stays a warning.
        const severity = configuredSeverity(finding.rule, config) ?? finding.severity;
        if (severity === 'off')
            continue;
        finding.severity = severity;
        // One YAML line rendered into three environments is one problem, reported once, with every
        // environment it applies to; a message that differs only by the environment's account or
        // name is the same message.
        // Exact first: a message that merely contains the environment's name ("glue-dev-endpoint")
        // is not changed for it.
        const exact = `${finding.rule}|${finding.file}|${finding.line}|${finding.column}|${finding.message}`;
        const normalize = (finding.environment && normalizers.get(finding.environment)) || ((m) => m);
        const normalized = normalize(finding.message);
        const key = `${finding.rule}|${finding.file}|${finding.line}|${finding.column}|${normalized}`;
        const first = seen.get(exact) ?? seen.get(`\u0000${key}`);
        if (first) {
            if (finding.environment) {
                const environments = first.environments ?? (first.environment ? [first.environment] : []);
                if (!environments.includes(finding.environment))
                    environments.push(finding.environment);
                first.environments = environments;
            }
            if (first.message !== finding.message)
                first.message = normalized;
            continue;
        }
        seen.set(exact, finding);
        seen.set(`\u0000${key}`, finding);
        const owner = finding.role ? owners.get(finding.role) : undefined;
        const statement = statementOf.get(finding);
        const suppression = owner?.suppressions.find(entry => entry.rule === finding.rule && (entry.statement === undefined || entry.statement === statement));
        if (suppression) {
            finding.suppressed = { reason: suppression.reason };
            uses.set(suppression, (uses.get(suppression) ?? 0) + 1);
        }
        findings.push(finding);
    }
    const suppressions = [];
    for (const [logicalName, owner] of owners) {
        for (const suppression of owner.suppressions) {
            const count = uses.get(suppression) ?? 0;
            suppressions.push({
                rule: suppression.rule,
                reason: suppression.reason,
                file: owner.file,
                line: suppression.location?.line,
                role: logicalName,
                count
            });
            if (count === 0 &&
                ranRules.has(suppression.rule) &&
                severityOf('unused-suppression', config) !== 'off' &&
                severityOf(suppression.rule, config) !== 'off') {
                findings.push({
                    rule: 'unused-suppression',
                    severity: severityOf('unused-suppression', config),
                    message: `suppression of ${suppression.rule} silences nothing in ${logicalName}; remove it`,
                    file: suppression.location?.file ?? owner.file,
                    line: suppression.location?.line,
                    column: suppression.location?.column,
                    role: logicalName
                });
            }
        }
    }
    return { findings: capFindings(sortFindings(findings)), suppressions };
}
/**
 * An environment's account id in a message as `<account>`: the same problem written once reads the
 * same in every environment. Environment names stay: a message that names its environment
 * ("unknown variable in environment dev") is about that environment.
 */
function environmentNormalizer(environment) {
    const account = /^\d{12}$/.test(environment.account) ? environment.account : undefined;
    return message => (account ? message.split(account).join('<account>') : message);
}
/** Findings of one rule in one file beyond this many are summed up in one "and N more" finding. */
const MAX_FINDINGS_PER_RULE_AND_FILE = 50;
/**
 * Caps findings per rule and file (a file with 100,000 unknown variables is one problem to fix, not
 * 100,000 lines of report): the first ones stay, the rest become one finding that counts them.
 */
function capFindings(findings, max = MAX_FINDINGS_PER_RULE_AND_FILE) {
    const counts = new Map();
    const summaries = new Map();
    const kept = [];
    for (const finding of findings) {
        if (finding.suppressed) {
            kept.push(finding);
            continue;
        }
        const key = `${finding.rule}|${finding.file ?? ''}`;
        const count = (counts.get(key) ?? 0) + 1;
        counts.set(key, count);
        if (count <= max) {
            kept.push(finding);
            continue;
        }
        const summary = summaries.get(key);
        if (summary)
            continue;
        const created = {
            rule: finding.rule,
            severity: finding.severity,
            message: '',
            ...(finding.file ? { file: finding.file, line: finding.line, column: finding.column } : {})
        };
        summaries.set(key, created);
        kept.push(created);
    }
    for (const [key, summary] of summaries) {
        const more = (counts.get(key) ?? 0) - max;
        summary.message = `and ${more} more ${summary.rule} finding(s) in ${summary.file ?? 'the project'}, not listed one by one; fix the ones above first`;
    }
    return kept;
}
/** Rules that ran: a suppression of a rule that did not run cannot be called unused. */
const ranRules = new Set([
    'schema',
    'unknown-variable',
    'duplicate-name',
    'unknown-reference',
    'naming-convention',
    ...IMPLEMENTED_RULES.map(rule => rule.id)
]);
const ORDER = { error: 0, warning: 1, notice: 2 };
function sortFindings(findings) {
    return findings.sort((a, b) => ORDER[a.severity] - ORDER[b.severity] ||
        (a.file ?? '').localeCompare(b.file ?? '') ||
        (a.line ?? 0) - (b.line ?? 0) ||
        (a.column ?? 0) - (b.column ?? 0) ||
        a.rule.localeCompare(b.rule));
}


/***/ }),

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

/***/ 1132:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ escalationConditionKey),
/* harmony export */   t: () => (/* binding */ ESCALATION_CONDITION_KEYS)
/* harmony export */ });
/* harmony import */ var _wildcard_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2930);
/**
 * Which condition keys keep an escalation path closed, and which do not: the table the
 * `privilege-escalation` rule reads and docs/rules.md prints. A key mitigates when it limits
 * which resource the action reaches (the role acted on, the policy attached, the service a role
 * is passed to, the instances a command runs on). A key does not when it only describes the
 * request or the caller (its region, time, network, MFA, its own tags): whoever meets it still
 * reaches every resource, the privileged ones included.
 *
 * A mitigating key mitigates only with a positive comparison that a request can fail
 * (StringEquals/StringLike/ArnEquals/ArnLike on values other than a bare `*`); its negated,
 * `…IfExists` and `ForAllValues:` forms are also true for the resources that matter. Keys in
 * neither list are presumed to mitigate: RoleGate then reports nothing rather than guess.
 */

const IAM_KEYS = 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_iam-condition-keys.html';
const GLOBAL_KEYS = 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html';
const ESCALATION_CONDITION_KEYS = [
    // --------------------------------------------------------------------------------- mitigating
    {
        key: 'iam:PassedToService',
        mitigates: true,
        why: 'limits the services a role can be passed to: it closes a PassRole path only when it names none of the services that path passes the role to (naming ec2.amazonaws.com does not close passrole-ec2); its IfExists form counts too, since every PassRole request has the key',
        source: `${IAM_KEYS}#ck_passedtoservice`
    },
    {
        key: 'iam:PermissionsBoundary',
        mitigates: true,
        why: 'the role or user acted on must carry the named permissions boundary, which caps whatever policy is attached or written',
        source: `${IAM_KEYS}#ck_permissionsboundary`
    },
    {
        key: 'iam:PolicyARN',
        mitigates: true,
        why: 'only the named managed policies can be attached',
        source: `${IAM_KEYS}#ck_policyarn`
    },
    {
        key: 'iam:AssociatedResourceArn',
        mitigates: true,
        why: 'a role can be passed only for the named resources',
        source: `${IAM_KEYS}#ck_associatedresourcearn`
    },
    {
        key: '*:ResourceTag/*',
        mitigates: true,
        why: 'only resources that carry the tag are reached (aws:ResourceTag, iam:ResourceTag, ssm:resourceTag, ec2:ResourceTag, ...), with any value (a * pattern, or Null false) or the values named. Caution: a principal that may also tag resources can tag its target',
        source: `${GLOBAL_KEYS}#condition-keys-resourcetag`
    },
    {
        key: 'ec2:InstanceProfile',
        mitigates: true,
        why: 'instances can be launched only with the named instance profiles',
        source: 'https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonec2.html'
    },
    {
        key: 'cloudformation:RoleArn',
        mitigates: true,
        why: 'stack operations can use only the named service roles',
        source: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/control-access-with-iam.html'
    },
    {
        key: 'ssm:SessionDocumentAccessCheck',
        mitigates: true,
        why: 'a session must use a document the policy allows, instead of the default shell document',
        source: 'https://docs.aws.amazon.com/systems-manager/latest/userguide/getting-started-sessiondocumentaccesscheck.html'
    },
    // ------------------------------------------------------------------------------ not mitigating
    {
        key: 'aws:RequestedRegion',
        mitigates: false,
        why: 'limits the region of the request, not the target: IAM is global, and privileged roles and instances exist in every region the policy names',
        source: `${GLOBAL_KEYS}#condition-keys-requestedregion`
    },
    {
        key: 'aws:TokenIssueTime',
        mitigates: false,
        why: 'the age of the caller’s session, not the target; a fresh session meets it',
        source: `${GLOBAL_KEYS}#condition-keys-tokenissuetime`
    },
    {
        key: 'aws:CurrentTime',
        mitigates: false,
        why: 'the time of the request, not the target',
        source: `${GLOBAL_KEYS}#condition-keys-currenttime`
    },
    {
        key: 'aws:EpochTime',
        mitigates: false,
        why: 'the time of the request, not the target',
        source: `${GLOBAL_KEYS}#condition-keys-epochtime`
    },
    {
        key: 'aws:SecureTransport',
        mitigates: false,
        why: 'every AWS SDK and the CLI call over TLS',
        source: `${GLOBAL_KEYS}#condition-keys-securetransport`
    },
    ...['aws:SourceIp', 'aws:VpcSourceIp', 'aws:SourceVpc', 'aws:SourceVpce'].map(key => ({
        key,
        mitigates: false,
        why: 'where the caller connects from, not the target: the role used from there still escalates',
        source: `${GLOBAL_KEYS}#condition-keys-${key.slice(4).toLowerCase()}`
    })),
    ...['aws:MultiFactorAuthPresent', 'aws:MultiFactorAuthAge'].map(key => ({
        key,
        mitigates: false,
        why: 'whether the caller signed in with MFA, not the target: a caller with MFA still escalates',
        source: `${GLOBAL_KEYS}#condition-keys-${key.slice(4).toLowerCase()}`
    })),
    ...[
        'aws:PrincipalArn',
        'aws:PrincipalAccount',
        'aws:PrincipalOrgID',
        'aws:PrincipalOrgPaths',
        'aws:PrincipalTag/*',
        'aws:PrincipalType',
        'aws:userid',
        'aws:username'
    ].map(key => ({
        key,
        mitigates: false,
        why: 'describes the caller, which in an identity policy is the role or user that has the policy',
        source: `${GLOBAL_KEYS}#condition-keys-principal-properties`
    })),
    ...['aws:RequestTag/*', 'aws:TagKeys'].map(key => ({
        key,
        mitigates: false,
        why: 'the tags the caller puts in its own request: it chooses them',
        source: `${GLOBAL_KEYS}#condition-keys-${key.startsWith('aws:RequestTag') ? 'requesttag' : 'tagkeys'}`
    })),
    ...['aws:CalledVia', 'aws:CalledViaFirst', 'aws:CalledViaLast'].map(key => ({
        key,
        mitigates: true,
        why: 'the call must come from the named service, which decides what it calls (Cloud9, Application Migration Service); naming cloudformation.amazonaws.com does not mitigate, since the caller writes the template CloudFormation runs',
        source: `${GLOBAL_KEYS}#condition-keys-${key.slice(4).toLowerCase()}`
    })),
    {
        key: 'aws:ViaAWSService',
        mitigates: false,
        why: 'any AWS service calling on the caller’s behalf, CloudFormation included, whose template the caller writes',
        source: `${GLOBAL_KEYS}#condition-keys-viaawsservice`
    },
    ...['aws:ResourceAccount', 'aws:ResourceOrgID', 'aws:ResourceOrgPaths'].map(key => ({
        key,
        mitigates: false,
        why: 'the account or organization of the target, which includes the role’s own account and its privileged roles',
        source: `${GLOBAL_KEYS}#condition-keys-${key.slice(4).toLowerCase()}`
    })),
    ...['aws:UserAgent', 'aws:Referer'].map(key => ({
        key,
        mitigates: false,
        why: 'set by the caller in its own request',
        source: `${GLOBAL_KEYS}#condition-keys-${key.slice(4).toLowerCase()}`
    }))
];
/** The table entry for a condition key, or undefined for a key the table does not classify. */
function escalationConditionKey(key) {
    return ESCALATION_CONDITION_KEYS.find(entry => (0,_wildcard_js__WEBPACK_IMPORTED_MODULE_0__/* .wildcardMatch */ .UF)(entry.key, key, true));
}


/***/ })

};
