export const id = 7;
export const ids = [7,285];
export const modules = {

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


/***/ }),

/***/ 2930:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UF: () => (/* binding */ wildcardMatch),
/* harmony export */   Wo: () => (/* binding */ compileWildcard),
/* harmony export */   X: () => (/* binding */ wildcardTest),
/* harmony export */   bk: () => (/* binding */ wildcardCovers),
/* harmony export */   hN: () => (/* binding */ wildcardOverlaps),
/* harmony export */   rl: () => (/* binding */ hasWildcard)
/* harmony export */ });
/* unused harmony export wildcardSteps */
/**
 * IAM's glob matching: `*` matches any run of characters (including none, and including `:` and
 * `/`), `?` matches exactly one character (one UTF-16 unit), everything else is literal. Actions
 * and condition keys compare case-insensitively, resources case-sensitively, so every function
 * takes `ignoreCase`. The one home of glob matching: nothing builds a RegExp from a user pattern.
 */
function hasWildcard(pattern) {
    return pattern.includes('*') || pattern.includes('?');
}
/** `literal` marks offsets of `pattern` whose `*`/`?` stand for themselves (see CompiledWildcard). */
function compileWildcard(pattern, ignoreCase, literal) {
    const stars = [];
    for (let index = pattern.indexOf('*'); index !== -1; index = pattern.indexOf('*', index + 1))
        if (literal?.[index] !== 1)
            stars.push(index);
    steps += pattern.length;
    return { pattern, ignoreCase, stars, minLength: pattern.length - stars.length, literal };
}
/** Does the compiled glob match the concrete `value`? */
function wildcardTest(glob, value) {
    const { pattern, ignoreCase, stars, literal } = glob;
    const n = value.length;
    steps++;
    if (n < glob.minLength)
        return false;
    if (stars.length === 0)
        return n === pattern.length && segmentAt(pattern, 0, pattern.length, value, 0, ignoreCase, literal);
    const head = stars[0];
    const tailStart = stars[stars.length - 1] + 1;
    const tailLength = pattern.length - tailStart;
    if (!segmentAt(pattern, 0, head, value, 0, ignoreCase, literal))
        return false;
    const end = n - tailLength;
    if (!segmentAt(pattern, tailStart, pattern.length, value, end, ignoreCase, literal))
        return false;
    let position = head;
    for (let star = 0; star + 1 < stars.length; star++) {
        const from = stars[star] + 1;
        const to = stars[star + 1];
        const length = to - from;
        if (length === 0)
            continue;
        let found = -1;
        for (let at = position; at + length <= end; at++) {
            if (segmentAt(pattern, from, to, value, at, ignoreCase, literal)) {
                found = at;
                break;
            }
        }
        if (found < 0)
            return false;
        position = found + length;
    }
    return true;
}
/** Does `pattern[from, to)` (literals and `?`) match `value` at `at`? */
function segmentAt(pattern, from, to, value, at, ignoreCase, literal) {
    for (let index = from; index < to; index++) {
        steps++;
        const expected = pattern.charCodeAt(index);
        if (expected === QUESTION && literal?.[index] !== 1)
            continue;
        const actual = value.charCodeAt(at + index - from);
        if (expected !== actual && (!ignoreCase || fold(expected) !== fold(actual)))
            return false;
    }
    return true;
}
/** One UTF-16 unit in lower case (ASCII without allocating); a unit whose lower case is longer stays itself. */
function fold(code) {
    if (code < 128)
        return code >= 65 && code <= 90 ? code + 32 : code;
    const lower = String.fromCharCode(code).toLowerCase();
    return lower.length === 1 ? lower.charCodeAt(0) : code;
}
let steps = 0;
/**
 * Character comparisons (and pattern characters scanned) by every match so far: a test reads it
 * before and after a match to prove the cost is bounded, without timing anything.
 */
function wildcardSteps() {
    return steps;
}
/** Does the glob `pattern` match the concrete `value`? */
function wildcardMatch(pattern, value, ignoreCase) {
    if (!hasWildcard(pattern)) {
        return ignoreCase ? pattern.toLowerCase() === value.toLowerCase() : pattern === value;
    }
    return wildcardTest(compileWildcard(pattern, ignoreCase), value);
}
/**
 * Does every string that `inner` matches also match `outer`? (`s3:*` covers `s3:Get*`;
 * `arn:aws:s3:::b/*` covers `arn:aws:s3:::b/logs/*`.)
 *
 * Sound, and exact for the patterns people write: `inner` is read as text in which its `*` and `?`
 * are characters that only a `*` of `outer` may absorb (an outer `?` takes one character, and an
 * inner `*` may stand for several). A "true" is therefore always right; a "false" can only be wrong
 * for contrived pairs such as `a?*` against `a*?`.
 */
function wildcardCovers(outer, inner, ignoreCase) {
    if (!hasWildcard(outer)) {
        return !hasWildcard(inner) && wildcardMatch(outer, inner, ignoreCase);
    }
    // A literal `inner` is covered exactly when `outer` matches it: the greedy matcher, not the
    // value × pattern table below (both sides come from pull requests).
    if (!hasWildcard(inner))
        return wildcardMatch(outer, inner, ignoreCase);
    const a = ignoreCase ? outer.toLowerCase() : outer;
    const b = ignoreCase ? inner.toLowerCase() : inner;
    const width = b.length + 1;
    // reachable[j]: outer[0..i) can produce inner[0..j); classic glob DP, one row at a time, over
    // UTF-16 units (two reused rows: this runs for every resource of every statement).
    if (rows.length < 2 * width)
        rows = new Uint8Array(Math.max(2 * width, 2 * rows.length));
    let reachable = 0;
    let next = width;
    rows.fill(0, 0, width);
    rows[0] = 1;
    for (let i = 0; i < a.length; i++) {
        const token = a.charCodeAt(i);
        let any = 0;
        if (token === STAR) {
            let previous = (rows[next] = rows[reachable]);
            for (let j = 1; j < width; j++) {
                previous = rows[next + j] = rows[reachable + j] | previous;
                any |= previous;
            }
            any |= rows[next];
        }
        else {
            rows[next] = 0;
            for (let j = 1; j < width; j++) {
                let value = 0;
                if (rows[reachable + j - 1] === 1) {
                    const char = b.charCodeAt(j - 1);
                    value = token === QUESTION ? (char !== STAR ? 1 : 0) : char === token ? 1 : 0;
                }
                rows[next + j] = value;
                any |= value;
            }
        }
        // Nothing reachable: no later token can make anything reachable again.
        if (any === 0)
            return false;
        const swap = reachable;
        reachable = next;
        next = swap;
    }
    return rows[reachable + width - 1] === 1;
}
const STAR = 42;
const QUESTION = 63;
let rows = new Uint8Array(256);
/**
 * Can some string match both globs? (`arn:aws:s3:::b/*` and `arn:aws:s3:::*\/logs` can: `b/logs`;
 * `arn:aws:s3:::a/*` and `arn:aws:s3:::b/*` cannot.) Exact: `overlap[i][j]` says whether
 * `a[i..]` and `b[j..]` can produce a common string; a `*` on either side either ends or absorbs
 * the other side's next token (a literal, a `?`, or the other's `*` as a whole). O(|a| × |b|),
 * one reused table; a literal side is the greedy matcher. Past OVERLAP_CELLS (two 2,000-character
 * patterns) it answers true, "may overlap", without matching: every caller reads an overlap as
 * "may reach", the fail-closed answer.
 */
function wildcardOverlaps(a, b, ignoreCase) {
    if (!hasWildcard(a))
        return wildcardMatch(b, a, ignoreCase);
    if (!hasWildcard(b))
        return wildcardMatch(a, b, ignoreCase);
    const x = ignoreCase ? a.toLowerCase() : a;
    const y = ignoreCase ? b.toLowerCase() : b;
    const width = y.length + 1;
    const size = (x.length + 1) * width;
    if (size > OVERLAP_CELLS)
        return true;
    if (overlapTable.length < size)
        overlapTable = new Uint8Array(Math.max(size, 2 * overlapTable.length));
    const table = overlapTable;
    const at = (i, j) => i * width + j;
    for (let i = x.length; i >= 0; i--) {
        for (let j = y.length; j >= 0; j--) {
            steps++;
            let value;
            if (i === x.length && j === y.length)
                value = 1;
            else if (i < x.length && x.charCodeAt(i) === STAR)
                value = table[at(i + 1, j)] | (j < y.length ? table[at(i, j + 1)] : 0);
            else if (j < y.length && y.charCodeAt(j) === STAR)
                value = table[at(i, j + 1)] | (i < x.length ? table[at(i + 1, j)] : 0);
            else if (i === x.length || j === y.length)
                value = 0;
            else {
                const p = x.charCodeAt(i);
                const q = y.charCodeAt(j);
                value = p === QUESTION || q === QUESTION || p === q ? table[at(i + 1, j + 1)] : 0;
            }
            table[at(i, j)] = value;
        }
    }
    return table[0] === 1;
}
const OVERLAP_CELLS = 4_000_000;
let overlapTable = new Uint8Array(1024);


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

/***/ 3007:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  renderSarif: () => (/* binding */ renderSarif)
});

// UNUSED EXPORTS: FINGERPRINT_KEY, SARIF_LEVEL, SARIF_SCHEMA_URI, artifactUri

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: ./src/lint/catalog.ts
var catalog = __webpack_require__(9282);
// EXTERNAL MODULE: ./src/policy/escalation-conditions.ts
var escalation_conditions = __webpack_require__(1132);
// EXTERNAL MODULE: ./src/policy/escalation.ts
var escalation = __webpack_require__(4541);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
;// CONCATENATED MODULE: ./src/lint/rule-docs.ts
/**
 * Help for every rule of the catalog: why it matters, how to fix it, a bad and a good example.
 * docs/rules.md is generated from this file and the catalog (scripts/generate-rule-docs.ts), and
 * the SARIF report carries the same text as each rule's help, so the three never disagree.
 *
 * Examples are RoleGate definitions (policy documents in IAM's JSON grammar, written as YAML) for
 * a rolegate.yml with project `llm-models` and environments dev, staging and prod (prod
 * `protected: true`). __tests__/lint/rule-docs.test.ts lints them: a bad example must raise its
 * rule and a good one must not, unless the example is marked `illustrative`.
 */




/** Families whose findings name a statement, so a suppression can be limited to one. */
const STATEMENT_FAMILIES = new Set(['grammar', 'least-privilege', 'trust']);
/** Strips the template literal's leading newline and common indentation. */
function yaml(text) {
    const lines = text.replace(/^\n/, '').replace(/\s+$/, '').split('\n');
    const indent = Math.min(...lines.filter(line => line.trim() !== '').map(line => /^ */.exec(line)[0].length));
    return lines.map(line => line.slice(indent)).join('\n');
}
const LAMBDA_TRUST = `trust:
  Statement:
    - Effect: Allow
      Principal: { Service: lambda.amazonaws.com }
      Action: sts:AssumeRole`;
/** docs/rules.md reference for privilege-escalation: every path with its sources, then the condition keys. */
function escalationReference() {
    const paths = escalation/* ESCALATION_PATHS */.nq.map(path => {
        const sources = path.sources
            .map(source => (0,markdown.link)((0,markdown.cell)(source.ref ? `${source.name} ${source.ref}` : source.name), source.url))
            .join(', ');
        const passed = path.passedTo ? ` (role passed to ${path.passedTo.map(markdown.code).join(', ')})` : '';
        return `| ${(0,markdown.code)(path.id)} | ${path.actions.map(markdown.code).join(' + ')} | ${(0,markdown.cell)(path.description)}${passed} | ${sources} |`;
    });
    const keys = (mitigates) => escalation_conditions/* ESCALATION_CONDITION_KEYS */.t.filter(key => key.mitigates === mitigates).map(key => `| ${(0,markdown.code)(key.key)} | ${(0,markdown.cell)(key.why)} | ${(0,markdown.link)('AWS', key.source)} |`);
    return [
        `**Paths** (${escalation/* ESCALATION_PATHS */.nq.length}). Each is reported when every one of its actions is allowed on every resource (or, for ${(0,markdown.inlineCode)('iam:CreatePolicyVersion')}, ${(0,markdown.inlineCode)('iam:SetDefaultPolicyVersion')}, ${(0,markdown.inlineCode)('iam:PutRolePolicy')} and ${(0,markdown.inlineCode)('iam:AttachRolePolicy')}, on the role itself or a policy attached to it). Every method of Cloudsplaining’s ${(0,markdown.inlineCode)('PRIVILEGE_ESCALATION_METHODS')} is covered; a method whose actions include a shorter path’s is listed as a source of that path, which already catches it. pathfinding.cloud’s data is Apache-2.0 (Datadog); facts only were taken from each source.`,
        '',
        '| Path | Actions | What it lets the holder do | Sources |',
        '| --- | --- | --- | --- |',
        ...paths,
        '',
        `**Run Command and Session Manager.** ${(0,markdown.inlineCode)('ssm:SendCommand')} is authorized against the instance and the document at once, possibly by different statements: the path is open when some statement allows every instance and some statement allows a document that runs what the caller asks (${escalation/* SHELL_DOCUMENTS */.Qh.map(markdown.inlineCode).join(', ')}, or a wildcard that reaches documents customers create). A policy that allows only fixed AWS documents (${(0,markdown.inlineCode)('AWSEC2-CreateVssSnapshot')}, ${(0,markdown.inlineCode)('AmazonCloudWatch-ManageAgent')}, ${(0,markdown.inlineCode)('AWS-ConfigureAWSPackage')}) opens no path. ${(0,markdown.inlineCode)('ssm:StartSession')} without a document starts the shell document ${(0,markdown.inlineCode)('SSM-SessionManagerRunShell')} and checks only the target, so every instance is enough.`,
        '',
        '**Conditions.** A condition opens or closes a path key by key. A key that limits which resource is reached keeps the statement from opening a path when it is compared positively (StringEquals/StringLike/ArnEquals/ArnLike on values other than a bare `*`; negated, `…IfExists` and `ForAllValues:` forms are true for the resources that matter, so they do not mitigate):',
        '',
        '| Mitigating key | Why | Source |',
        '| --- | --- | --- |',
        ...keys(true),
        '',
        'A key that only describes the request or the caller leaves the path open, and the finding names it:',
        '',
        '| Key that does not mitigate | Why | Source |',
        '| --- | --- | --- |',
        ...keys(false),
        '',
        'A key in neither table (a service-specific key such as `lambda:FunctionArn`) is presumed to mitigate: RoleGate reports nothing rather than guess, as it did for every condition before. A conditional `Deny` is not relied on to close a path.'
    ].join('\n');
}
const GITHUB_PROVIDER = 'arn:aws:iam::{account}:oidc-provider/token.actions.githubusercontent.com';
/**
 * How the least-privilege rules that say "every resource" or "every action" read Deny statements
 * (src/lint/effective-access.ts), said once for each of them.
 */
const DENY_AWARE = ' Deny statements count as IAM counts them, with the statement matching of `rolegate can`: for a role, those of all its policies (inline, attached repository or AWS managed, and its permissions boundary); for a `kind: ManagedPolicy`, only its own. A Deny that takes the access away everywhere removes the finding; one that takes away part of it (a narrower `Resource`, or a `NotResource` that spares some resources) is named in the message with what is left; a Deny with a condition is mentioned, never relied on.';
const DOCS = {
    // ---------------------------------------------------------------------------------------- definitions
    schema: {
        what: 'A definition file or rolegate.yml that RoleGate cannot read as its format: broken YAML, duplicate keys, a wrong type, an unknown key (with a "did you mean"), a missing required key, an empty file, a file that is not UTF-8, or a definitions glob that matches no file.',
        why: 'RoleGate cannot render what it cannot read. A misspelt key such as `polices` would otherwise drop the permissions or the trust you meant to write, and the mistake would surface only when something fails in AWS.',
        fix: 'Correct the file at the reported line; the message names the expected key or type. Put `# yaml-language-server: $schema=...` on the first line of your files so your editor validates them as you type (see docs/definitions.md).',
        bad: yaml(`
      kind: Role
      name: task-role
      ${LAMBDA_TRUST.replace(/\n/g, '\n      ')}
      maxSessionDuration: one hour      # must be a number of seconds
      polices:                          # unknown key: did you mean "policies"?
        ReadResults:
          Statement:
            - Effect: Allow
              Action: s3:GetObject
              Resource: arn:aws:s3:::{project}-{environment}-results/*
    `),
        good: yaml(`
      kind: Role
      name: task-role
      ${LAMBDA_TRUST.replace(/\n/g, '\n      ')}
      maxSessionDuration: 3600
      policies:
        ReadResults:
          Statement:
            - Effect: Allow
              Action: s3:GetObject
              Resource: arn:aws:s3:::{project}-{environment}-results/*
    `),
        suppressible: false,
        note: 'Findings of this rule belong to a file, not to a role or policy, so a `suppress` entry cannot silence them. Turning the rule `off` hides files RoleGate could not read: fix them instead.'
    },
    'unknown-variable': {
        what: 'A `{name}` inside a string that is neither a built-in variable (`project`, `environment`, `account`, `region`, `partition`, and `name` in the naming template) nor one of the environment’s `variables` in rolegate.yml.',
        why: 'The policy would name a resource that does not exist, such as a bucket literally called `llm-models-{env}-results`: the role gets AccessDenied at run time, or, worse, matches something you did not intend.',
        fix: 'Use a built-in variable, or define the variable under `environments.NAME.variables` in rolegate.yml for every environment the definition is deployed to. IAM’s own policy variables are written `${aws:username}` and are left alone.',
        bad: yaml(`
      kind: ManagedPolicy
      name: results-read
      document:
        Statement:
          - Effect: Allow
            Action: s3:GetObject
            Resource: arn:aws:s3:::{project}-{env}-results/*   # {env} is not defined
    `),
        good: yaml(`
      kind: ManagedPolicy
      name: results-read
      document:
        Statement:
          - Effect: Allow
            Action: s3:GetObject
            Resource: arn:aws:s3:::{project}-{environment}-results/*
    `)
    },
    'duplicate-name': {
        what: 'Two roles, or two managed policies, that render to the same IAM name in one environment. IAM compares names case-insensitively.',
        why: 'IAM names are unique per account. Two definitions of one name would overwrite each other on every deploy, so the role or policy would end up with whichever definition was applied last.',
        fix: 'Give one of them another logical `name`, or remove the `roleName` / `policyName` that makes them collide.',
        bad: yaml(`
      kind: ManagedPolicy
      name: results-read
      document:
        Statement:
          - Effect: Allow
            Action: s3:GetObject
            Resource: arn:aws:s3:::{project}-{environment}-results/*
      ---
      kind: ManagedPolicy
      name: results-write
      policyName: "{project}-{environment}-results-read"   # the name of the policy above
      document:
        Statement:
          - Effect: Allow
            Action: s3:PutObject
            Resource: arn:aws:s3:::{project}-{environment}-results/*
    `),
        good: yaml(`
      kind: ManagedPolicy
      name: results-read
      document:
        Statement:
          - Effect: Allow
            Action: s3:GetObject
            Resource: arn:aws:s3:::{project}-{environment}-results/*
      ---
      kind: ManagedPolicy
      name: results-write
      document:
        Statement:
          - Effect: Allow
            Action: s3:PutObject
            Resource: arn:aws:s3:::{project}-{environment}-results/*
    `)
    },
    'unknown-reference': {
        what: 'A name that should refer to something defined elsewhere and does not: an entry of `managedPolicies` that is neither an ARN nor the logical name of a `kind: ManagedPolicy` deployed to the same environment, or an entry of `environments` that rolegate.yml does not define.',
        why: 'RoleGate cannot attach a policy it cannot find, and a misspelt environment silently leaves the role out of an environment you meant to deploy it to.',
        fix: 'Correct the name (the message suggests the closest one), or add the missing `kind: ManagedPolicy`, making sure it is deployed to every environment of the roles that attach it.',
        bad: yaml(`
      kind: Role
      name: task-role
      environments: [dev, production]   # rolegate.yml defines dev, staging and prod
      ${LAMBDA_TRUST.replace(/\n/g, '\n      ')}
      managedPolicies:
        - shared-log                    # no kind: ManagedPolicy is named shared-log
    `),
        good: yaml(`
      kind: Role
      name: task-role
      environments: [dev, prod]
      ${LAMBDA_TRUST.replace(/\n/g, '\n      ')}
      managedPolicies:
        - shared-logs
      ---
      kind: ManagedPolicy
      name: shared-logs
      document:
        Statement:
          - Effect: Allow
            Action: [logs:CreateLogStream, logs:PutLogEvents]
            Resource: arn:aws:logs:{region}:{account}:log-group:/{project}/{environment}/*
    `)
    },
    'naming-convention': {
        what: 'A `roleName` or `policyName` that does not start with the prefix of the `naming` template (by default `{project}-{environment}-`).',
        why: 'The deployer role that `rolegate bootstrap` creates may manage only names with the project’s prefix, so a deploy of this name fails; names outside the convention also collide when two environments share an account.',
        fix: 'Remove `roleName` / `policyName` so the name comes from the template, or keep the template’s prefix in it.',
        config: yaml(`
      naming: "{project}-{environment}-{name}"   # the default
    `),
        bad: yaml(`
      kind: Role
      name: task-role
      roleName: TaskRole
      ${LAMBDA_TRUST.replace(/\n/g, '\n      ')}
    `),
        good: yaml(`
      kind: Role
      name: task-role
      roleName: "{project}-{environment}-ecs-task"
      ${LAMBDA_TRUST.replace(/\n/g, '\n      ')}
    `)
    },
    'grant-expired': {
        what: 'A time-bound grant whose `expires` has passed: a role, an inline policy written as `{ document, expires, reason }`, or a `managedPolicies` entry written as `{ arn, expires, reason }`. A date (`2026-12-31`) means the end of that day UTC; a timestamp needs a zone (`2026-12-31T18:00:00Z`).',
        why: 'Rendering leaves an expired grant out, so the next deploy (or the daily scheduled deploy) removes it from IAM and drift fails while it is still live. The definition still shows access that no longer exists.',
        fix: 'Remove the expired entry from the definition, or move `expires` later if the access is still needed (a new review). An expired role is treated as not defined: deploy with `prune` deletes it, without prune plan lists it as an orphan.',
        note: 'The examples are linted as of 2026-06-15.',
        bad: yaml(`
      kind: Role
      name: task-role
      ${LAMBDA_TRUST.replace(/\n/g, '\n      ')}
      policies:
        Debug:                      # break-glass access for an incident, long over
          document:
            Statement:
              - Effect: Allow
                Action: logs:GetLogEvents
                Resource: arn:aws:logs:{region}:{account}:log-group:/ecs/{project}-{environment}:*
          expires: 2026-03-31
          reason: "incident 42"
    `),
        good: yaml(`
      kind: Role
      name: task-role
      ${LAMBDA_TRUST.replace(/\n/g, '\n      ')}
      policies:
        Debug:
          document:
            Statement:
              - Effect: Allow
                Action: logs:GetLogEvents
                Resource: arn:aws:logs:{region}:{account}:log-group:/ecs/{project}-{environment}:*
          expires: 2026-12-31
          reason: "incident 42: extended until the fix ships"
    `)
    },
    'grant-expiring': {
        what: 'A time-bound grant (`expires` on a role, an inline policy or a `managedPolicies` entry) that ends within the window: 7 days unless `expiry.expiringWithinDays` in rolegate.yml says otherwise.',
        why: 'The first deploy or scheduled drift run after `expires` removes the access without a pull request. A notice a few days ahead lets the owner extend it on purpose instead of finding out when calls start failing.',
        fix: 'Nothing, if the access should end. Otherwise move `expires` later, with a `reason` that says why.',
        note: 'The examples are linted as of 2026-06-15.',
        config: yaml(`
      expiry:
        expiringWithinDays: 7   # the default
    `),
        bad: yaml(`
      kind: Role
      name: task-role
      ${LAMBDA_TRUST.replace(/\n/g, '\n      ')}
      managedPolicies:
        - arn: arn:aws:iam::aws:policy/ReadOnlyAccess
          expires: 2026-06-20
          reason: "audit AUD-7"
    `),
        good: yaml(`
      kind: Role
      name: task-role
      ${LAMBDA_TRUST.replace(/\n/g, '\n      ')}
      managedPolicies:
        - arn: arn:aws:iam::aws:policy/ReadOnlyAccess
          expires: 2026-09-30
          reason: "audit AUD-7, extended to the end of the quarter"
    `)
    },
    'access-assertion': {
        what: 'Each `expect:` entry of a role, in each environment it applies to: `allow:` actions must be allowed, `deny:` actions denied (explicitly or implicitly) on every `resource`, with the entry’s `context`, by the role’s inline and attached policies and its permissions boundary, evaluated offline with AWS’s policy evaluation logic (as `rolegate can` does). A wildcard action stands for every action it matches. An action AWS does not have fails the entry, and so does an answer RoleGate cannot know (a boundary or attached customer policy that is not defined in the repository): assertions fail closed. SCPs, resource policies and session policies are not evaluated (docs/can.md).',
        why: 'Assertions state what a role is for in terms a reviewer can check: "the task role can read results, never delete them". A pull request that breaks one, by widening a statement, adding a Deny or changing the boundary, fails here with the statement that decided, instead of surfacing as an outage or an incident.',
        fix: 'Read the message: it names the statement (file:line) that allowed what must be denied, or the Deny or boundary that blocked what must be allowed, or says that nothing allows it. Change that statement if the change was a mistake; change the assertion if the intent changed. `rolegate can ROLE ACTION RESOURCE --env ENV` shows the full decision for one request.',
        bad: yaml(`
      kind: Role
      name: task-role
      ${LAMBDA_TRUST.replace(/\n/g, '\n      ')}
      policies:
        S3Access:
          Statement:
            - Effect: Allow
              Action: [s3:GetObject, s3:PutObject, s3:DeleteObject]
              Resource: "arn:{partition}:s3:::{project}-{environment}-results/*"
      expect:
        - allow: s3:GetObject
          resource: "arn:{partition}:s3:::{project}-{environment}-results/report.json"
        - deny: s3:DeleteObject        # fails: S3Access allows it
          resource: "arn:{partition}:s3:::{project}-{environment}-results/report.json"
    `),
        good: yaml(`
      kind: Role
      name: task-role
      ${LAMBDA_TRUST.replace(/\n/g, '\n      ')}
      policies:
        S3Access:
          Statement:
            - Effect: Allow
              Action: [s3:GetObject, s3:PutObject]
              Resource: "arn:{partition}:s3:::{project}-{environment}-results/*"
      expect:
        - allow: s3:GetObject
          resource: "arn:{partition}:s3:::{project}-{environment}-results/report.json"
        - deny: s3:DeleteObject
          resource: "arn:{partition}:s3:::{project}-{environment}-results/report.json"
    `)
    },
    // -------------------------------------------------------------------------------------------- grammar
    'malformed-policy': {
        what: 'A policy document that breaks IAM’s policy grammar: an unknown element, a `Version` other than "2012-10-17", an `Effect` other than `Allow` or `Deny` (case-sensitive), a statement without `Action`/`NotAction`, an identity policy statement without `Resource`/`NotResource` or with a `Principal`, a trust policy statement without `Principal` or with a `Resource`, or a `Condition` that is not a mapping of operator to keys and values.',
        why: 'IAM rejects the document with MalformedPolicyDocument when RoleGate deploys it, after the pull request was approved and merged. Reporting it on the pull request keeps main deployable.',
        fix: 'Correct the element the message points at. Who may assume a role belongs in `trust`; what the role may do belongs in `policies` or a `kind: ManagedPolicy`.',
        bad: yaml(`
      kind: ManagedPolicy
      name: results-read
      document:
        Statement:
          - Effect: allow                  # case-sensitive: Allow or Deny
            Principal: { AWS: "*" }        # Principal belongs in a trust policy
            Action: s3:GetObject
            Resources: arn:aws:s3:::{project}-{environment}-results/*   # Resource
    `),
        good: yaml(`
      kind: ManagedPolicy
      name: results-read
      document:
        Version: "2012-10-17"
        Statement:
          - Effect: Allow
            Action: s3:GetObject
            Resource: arn:aws:s3:::{project}-{environment}-results/*
    `)
    },
    'unknown-service': {
        what: 'An action whose service prefix (the part before the colon) is not the prefix of any AWS service in the Service Authorization Reference.',
        why: 'The action grants nothing, so the permission you meant to give is missing and the workload fails with AccessDenied at run time. In a `Deny` statement the protection you meant to add is silently absent.',
        fix: 'Use the service prefix from the Service Authorization Reference; the message suggests the closest one (CloudWatch Logs is `logs`, not `cloudwatchlogs`).',
        bad: yaml(`
      kind: ManagedPolicy
      name: app-logs
      document:
        Statement:
          - Effect: Allow
            Action: [cloudwatchlogs:CreateLogStream, cloudwatchlogs:PutLogEvents]
            Resource: arn:aws:logs:{region}:{account}:log-group:/{project}/{environment}/*
    `),
        good: yaml(`
      kind: ManagedPolicy
      name: app-logs
      document:
        Statement:
          - Effect: Allow
            Action: [logs:CreateLogStream, logs:PutLogEvents]
            Resource: arn:aws:logs:{region}:{account}:log-group:/{project}/{environment}/*
    `)
    },
    'unknown-action': {
        what: 'An action, or an action pattern with `*` and `?`, that matches no action of its service.',
        why: 'A misspelt action grants nothing (AccessDenied at run time), and in a `Deny` statement it denies nothing, which is easy to miss in review.',
        fix: 'Use the action name from the Service Authorization Reference; the message suggests the closest one.',
        bad: yaml(`
      kind: ManagedPolicy
      name: results-access
      document:
        Statement:
          - Effect: Allow
            Action: [s3:GetObjects, s3:PutObjekt*]
            Resource: arn:aws:s3:::{project}-{environment}-results/*
    `),
        good: yaml(`
      kind: ManagedPolicy
      name: results-access
      document:
        Statement:
          - Effect: Allow
            Action: [s3:GetObject, s3:PutObject]
            Resource: arn:aws:s3:::{project}-{environment}-results/*
    `)
    },
    'invalid-condition-operator': {
        what: 'A condition operator IAM does not define, such as `StringEqual` or `StringLikeIfExist`. `ForAnyValue:` / `ForAllValues:` prefixes and the `IfExists` suffix are understood.',
        why: 'IAM rejects a policy with an unknown condition operator when RoleGate deploys it, after the change was merged.',
        fix: 'Use one of IAM’s condition operators (StringEquals, StringLike, ArnLike, NumericLessThan, Bool, IpAddress, ...); the message suggests the closest one.',
        bad: yaml(`
      kind: ManagedPolicy
      name: reports-list
      document:
        Statement:
          - Effect: Allow
            Action: s3:ListBucket
            Resource: arn:aws:s3:::{project}-{environment}-results
            Condition:
              StringLikeIfExist: { "s3:prefix": "reports/*" }
    `),
        good: yaml(`
      kind: ManagedPolicy
      name: reports-list
      document:
        Statement:
          - Effect: Allow
            Action: s3:ListBucket
            Resource: arn:aws:s3:::{project}-{environment}-results
            Condition:
              StringLike: { "s3:prefix": "reports/*" }
    `)
    },
    'unknown-condition-key': {
        what: 'A condition key that is neither a global `aws:` key nor defined by the services of the statement’s actions (nor, in a trust policy, a claim of a known identity provider).',
        why: 'IAM accepts any key name, but a key that is never in the request makes the condition always false (StringEquals, Bool) or always true (StringNotEquals, ...IfExists). The statement then silently never applies, or applies everywhere.',
        fix: 'Correct the key (condition keys are listed per service in the Service Authorization Reference); the message suggests the closest one.',
        bad: yaml(`
      kind: ManagedPolicy
      name: results-tls-only
      document:
        Statement:
          - Sid: DenyPlainHttp
            Effect: Deny
            Action: [s3:GetObject, s3:PutObject]
            Resource: arn:aws:s3:::{project}-{environment}-results/*
            Condition:
              Bool: { "aws:SecureTransports": "false" }   # never present: denies nothing
    `),
        good: yaml(`
      kind: ManagedPolicy
      name: results-tls-only
      document:
        Statement:
          - Sid: DenyPlainHttp
            Effect: Deny
            Action: [s3:GetObject, s3:PutObject]
            Resource: arn:aws:s3:::{project}-{environment}-results/*
            Condition:
              Bool: { "aws:SecureTransport": "false" }
    `)
    },
    'invalid-arn': {
        what: 'A `Resource` or `NotResource` entry that is neither `*` nor a well-formed ARN (`arn:partition:service:region:account:resource`).',
        why: 'IAM rejects the policy at deploy ("Resource must be in ARN format or *"); a malformed ARN that slips through matches nothing, so the statement grants nothing.',
        fix: 'Write the full ARN. RoleGate’s variables help: `arn:{partition}:sqs:{region}:{account}:{project}-{environment}-jobs`.',
        bad: yaml(`
      kind: ManagedPolicy
      name: jobs-send
      document:
        Statement:
          - Effect: Allow
            Action: sqs:SendMessage
            Resource: "{project}-{environment}-jobs"      # a queue name, not an ARN
    `),
        good: yaml(`
      kind: ManagedPolicy
      name: jobs-send
      document:
        Statement:
          - Effect: Allow
            Action: sqs:SendMessage
            Resource: arn:{partition}:sqs:{region}:{account}:{project}-{environment}-jobs
    `)
    },
    'resource-mismatch': {
        what: 'An action allowed on resources none of which is of a resource type the action applies to, such as `s3:GetObject` (objects) on a bucket ARN. ARNs of what AWS itself publishes to every account have no account field and are accepted: SSM documents and Automation runbooks (`arn:aws:ssm:*::document/AWS-StartPortForwardingSession`, `arn:aws:ssm:*::automation-definition/AWS-RestartEC2Instance:*`) and public parameters (`arn:aws:ssm:*::parameter/aws/service/*`), as AWS’s Systems Manager documentation writes them.',
        why: 'IAM matches the action only against resources of its own types, so the statement grants nothing for that action and the workload fails with AccessDenied at run time.',
        fix: 'Name a resource of the right type (for S3 objects, `arn:aws:s3:::BUCKET/*`), or split bucket-level and object-level actions into separate statements.',
        bad: yaml(`
      kind: ManagedPolicy
      name: results-read
      document:
        Statement:
          - Effect: Allow
            Action: [s3:ListBucket, s3:GetObject]
            Resource: arn:aws:s3:::{project}-{environment}-results
    `),
        good: yaml(`
      kind: ManagedPolicy
      name: results-read
      document:
        Statement:
          - Effect: Allow
            Action: s3:ListBucket
            Resource: arn:aws:s3:::{project}-{environment}-results
          - Effect: Allow
            Action: s3:GetObject
            Resource: arn:aws:s3:::{project}-{environment}-results/*
    `)
    },
    'duplicate-sid': {
        what: 'Two statements of one policy document with the same `Sid`.',
        why: 'IAM rejects a policy whose statement ids are not unique when RoleGate deploys it; statement-level suppressions and reviews that refer to a Sid become ambiguous too.',
        fix: 'Give each statement its own `Sid`, or merge the statements.',
        bad: yaml(`
      kind: ManagedPolicy
      name: results-access
      document:
        Statement:
          - Sid: Results
            Effect: Allow
            Action: s3:GetObject
            Resource: arn:aws:s3:::{project}-{environment}-results/*
          - Sid: Results
            Effect: Allow
            Action: s3:PutObject
            Resource: arn:aws:s3:::{project}-{environment}-uploads/*
    `),
        good: yaml(`
      kind: ManagedPolicy
      name: results-access
      document:
        Statement:
          - Sid: ReadResults
            Effect: Allow
            Action: s3:GetObject
            Resource: arn:aws:s3:::{project}-{environment}-results/*
          - Sid: WriteUploads
            Effect: Allow
            Action: s3:PutObject
            Resource: arn:aws:s3:::{project}-{environment}-uploads/*
    `)
    },
    'invalid-condition-value': {
        what: 'A condition value its operator cannot read: a Numeric operator on something that is not a number, a Date operator on something that is not an ISO 8601 date or epoch seconds, `Bool` or `Null` with anything but `true`/`false`, `IpAddress`/`NotIpAddress` on something that is not an IP address or CIDR range, an Arn operator on something that is not an ARN. Also an operator of one type on a key the Service Authorization Reference types otherwise, such as a Date operator on `aws:SourceIp` (IPAddress) or `Bool` on `aws:MultiFactorAuthAge` (Numeric); String operators and String-typed keys are not judged. Values with a policy variable are skipped.',
        why: 'IAM cannot compare such a value, so the condition never holds as written: an Allow grants nothing and a Deny protects nothing, while the policy reads as if it did.',
        fix: 'Write the value in the operator’s format (`"3600"`, `"2026-12-31T23:59:59Z"`, `"true"`, `"203.0.113.0/24"`), or use the operator that matches the key’s type; the message names both.',
        bad: yaml(`
      kind: ManagedPolicy
      name: results-read
      document:
        Statement:
          - Effect: Allow
            Action: s3:GetObject
            Resource: arn:aws:s3:::{project}-{environment}-results/*
            Condition:
              IpAddress: { "aws:SourceIp": "10.0.0.0/33" }           # IPv4 has 32 bits
              NumericLessThan: { "aws:MultiFactorAuthAge": one hour }  # not a number
    `),
        good: yaml(`
      kind: ManagedPolicy
      name: results-read
      document:
        Statement:
          - Effect: Allow
            Action: s3:GetObject
            Resource: arn:aws:s3:::{project}-{environment}-results/*
            Condition:
              IpAddress: { "aws:SourceIp": "10.0.0.0/16" }
              NumericLessThan: { "aws:MultiFactorAuthAge": "3600" }
    `)
    },
    'inapplicable-condition-key': {
        what: 'A service condition key that the statement’s service defines (so `unknown-condition-key` is silent) but that none of the statement’s actions takes, per the actions’ condition keys in the Service Authorization Reference, such as `s3:prefix` on `s3:GetObject` (it applies to `s3:ListBucket`). The message lists the actions the key applies to. Statements with `Action: "*"`, a `*:` service pattern or `NotAction`, and keys the reference lists for no action at all, are not judged.',
        why: 'A request carries only the keys of its own action, so the condition fails for the statement’s actions (or, with `IfExists` or a negated operator, always passes): the statement grants nothing, or restricts nothing.',
        fix: 'Move the condition to a statement with the actions it applies to, or use a key the actions take (the Service Authorization Reference lists them per action). The reference misses a key now and then; if AWS documents it for your action, suppress the finding with that reason.',
        bad: yaml(`
      kind: ManagedPolicy
      name: reports-read
      document:
        Statement:
          - Effect: Allow
            Action: s3:GetObject
            Resource: arn:aws:s3:::{project}-{environment}-results/*
            Condition:
              StringLike: { "s3:prefix": "reports/*" }   # only ListBucket requests carry s3:prefix
    `),
        good: yaml(`
      kind: ManagedPolicy
      name: reports-read
      document:
        Statement:
          - Effect: Allow
            Action: s3:ListBucket
            Resource: arn:aws:s3:::{project}-{environment}-results
            Condition:
              StringLike: { "s3:prefix": "reports/*" }
          - Effect: Allow
            Action: s3:GetObject
            Resource: arn:aws:s3:::{project}-{environment}-results/reports/*
    `)
    },
    'policy-version': {
        what: 'A policy document with `Version: "2008-10-17"`, or without `Version` (IAM then reads it as 2008-10-17) while it uses a policy variable such as `${aws:username}` or `${aws:PrincipalTag/team}`. A document without `Version` and without variables behaves the same under both versions and is not reported.',
        why: 'Under 2008-10-17 IAM does not substitute policy variables: it compares `${aws:PrincipalTag/team}` as those literal characters, so the statement matches none of the resources it was written for. The default severity is warning because the document deploys and fails only at run time.',
        fix: 'Write `Version: "2012-10-17"` (quoted, so YAML keeps it a string) at the top of the document.',
        bad: yaml(`
      kind: ManagedPolicy
      name: team-folders
      document:
        Version: "2008-10-17"
        Statement:
          - Effect: Allow
            Action: s3:GetObject
            Resource: arn:aws:s3:::{project}-{environment}-teams/\${aws:PrincipalTag/team}/*
    `),
        good: yaml(`
      kind: ManagedPolicy
      name: team-folders
      document:
        Version: "2012-10-17"
        Statement:
          - Effect: Allow
            Action: s3:GetObject
            Resource: arn:aws:s3:::{project}-{environment}-teams/\${aws:PrincipalTag/team}/*
    `)
    },
    // ------------------------------------------------------------------------------------ least privilege
    'wildcard-action': {
        what: 'An `Allow` statement with `Action: "*"`, which allows every action of every AWS service on its resources. A statement with a `Condition` is described with it (`Action "*" under a condition (aws:SourceIp)`).' +
            DENY_AWARE,
        why: 'On `Resource: "*"` this is AdministratorAccess: whoever obtains the role’s credentials owns the account. Even on named resources it includes deleting them and changing who may access them.',
        fix: 'List the actions the workload calls. IAM Access Analyzer can generate a policy from the role’s CloudTrail activity, and the access levels in the Service Authorization Reference help you choose.',
        bad: yaml(`
      kind: ManagedPolicy
      name: app-access
      document:
        Statement:
          - Effect: Allow
            Action: "*"
            Resource: "*"
    `),
        good: yaml(`
      kind: ManagedPolicy
      name: app-access
      document:
        Statement:
          - Effect: Allow
            Action: [s3:GetObject, s3:PutObject]
            Resource: arn:aws:s3:::{project}-{environment}-results/*
    `)
    },
    'service-wildcard': {
        what: 'An `Allow` statement with an action of the form `service:*`, which allows every action of that service, including ones AWS adds later. A statement with a `Condition` is described with it (`"s3:*" under a condition (aws:SourceIp)`).' +
            DENY_AWARE,
        why: '`s3:*` includes `s3:PutBucketPolicy`, `s3:DeleteBucket` and `s3:PutBucketAcl`: permissions management and destruction, not just data access. The role can open the bucket to the world.',
        fix: 'List the actions the workload calls; an access-level pattern such as `s3:Get*` is narrower but still grows as AWS adds actions.',
        bad: yaml(`
      kind: ManagedPolicy
      name: results-access
      document:
        Statement:
          - Effect: Allow
            Action: s3:*
            Resource: arn:aws:s3:::{project}-{environment}-results/*
    `),
        good: yaml(`
      kind: ManagedPolicy
      name: results-access
      document:
        Statement:
          - Effect: Allow
            Action: [s3:GetObject, s3:PutObject]
            Resource: arn:aws:s3:::{project}-{environment}-results/*
    `)
    },
    'resource-wildcard-write': {
        what: 'Write or permissions-management actions allowed on `Resource: "*"` although the actions support resource-level permissions, so specific ARNs could be named. Actions that accept only `*` (such as `cloudwatch:PutMetricData`) are not reported. An ARN as good as `*` counts too: one whose region and account are empty or wildcards and whose resource part names every resource of a type (`arn:*:cloudtrail:*:*:trail/*`, `arn:aws:s3:::*`), for the actions of that service and type; an ARN with your account id, or with a name, narrows and is not reported.' +
            DENY_AWARE,
        why: 'The role can modify or delete every resource of that type in the account, including other teams’ and other environments’ resources in a shared account, when it needs only its own.',
        fix: 'Name the resources, using RoleGate’s variables so one definition fits every environment.',
        bad: yaml(`
      kind: ManagedPolicy
      name: jobs-consume
      document:
        Statement:
          - Effect: Allow
            Action: [sqs:ReceiveMessage, sqs:DeleteMessage]
            Resource: "*"
    `),
        good: yaml(`
      kind: ManagedPolicy
      name: jobs-consume
      document:
        Statement:
          - Effect: Allow
            Action: [sqs:ReceiveMessage, sqs:DeleteMessage]
            Resource: arn:aws:sqs:{region}:{account}:{project}-{environment}-jobs
    `)
    },
    'not-action-allow': {
        what: 'An `Allow` statement with `NotAction`, which allows every action except those listed.',
        why: 'It allows every action of every service not in the list, including services and actions AWS launches later, so the role’s access grows without any change to its definition.',
        fix: 'Use `Action` with the actions the workload needs. `NotAction` is meant for `Deny` statements (deny everything except ...).',
        bad: yaml(`
      kind: ManagedPolicy
      name: app-access
      document:
        Statement:
          - Effect: Allow
            NotAction: iam:*
            Resource: "*"
    `),
        good: yaml(`
      kind: ManagedPolicy
      name: app-access
      document:
        Statement:
          - Effect: Allow
            Action: [s3:GetObject, s3:PutObject]
            Resource: arn:aws:s3:::{project}-{environment}-results/*
    `)
    },
    'not-resource-allow': {
        what: 'An `Allow` statement with `NotResource`, which allows the actions on every resource except those listed.',
        why: 'It covers every other resource, in every account the action can reach, including resources created later. The exception list is easy to read as the grant, which is the opposite of what it does.',
        fix: 'Use `Resource` with the resources the workload needs. To keep the role away from some resources, add a `Deny` statement for them.',
        bad: yaml(`
      kind: ManagedPolicy
      name: results-read
      document:
        Statement:
          - Effect: Allow
            Action: s3:GetObject
            NotResource: arn:aws:s3:::{project}-{environment}-secrets/*
    `),
        good: yaml(`
      kind: ManagedPolicy
      name: results-read
      document:
        Statement:
          - Effect: Allow
            Action: s3:GetObject
            Resource: arn:aws:s3:::{project}-{environment}-results/*
    `)
    },
    'pass-role-unscoped': {
        what: '`iam:PassRole` allowed on `Resource: "*"` (or a role wildcard as broad), or without an `iam:PassedToService` condition.' +
            DENY_AWARE,
        why: 'PassRole lets the role hand another role to an AWS service it controls, such as an EC2 instance or a Lambda function, and then act with that role’s permissions. On `*` that includes every administrator role in the account: a privilege escalation.',
        fix: 'Name the roles that may be passed and the service they are for: `Resource` with their ARNs and `Condition: { StringEquals: { "iam:PassedToService": ... } }`.',
        bad: yaml(`
      kind: ManagedPolicy
      name: ecs-deploy
      document:
        Statement:
          - Effect: Allow
            Action: iam:PassRole
            Resource: "*"
    `),
        good: yaml(`
      kind: ManagedPolicy
      name: ecs-deploy
      document:
        Statement:
          - Effect: Allow
            Action: iam:PassRole
            Resource: arn:aws:iam::{account}:role/{project}-{environment}-task-role
            Condition:
              StringEquals: { "iam:PassedToService": ecs-tasks.amazonaws.com }
    `)
    },
    'privilege-escalation': {
        what: 'A role whose policies together allow an action, or a combination of actions, that lets it grant itself more access: one of the paths listed below from Rhino Security Labs, pathfinding.cloud and Cloudsplaining (`iam:AttachRolePolicy`, `iam:PutRolePolicy`, `iam:CreatePolicyVersion`, `iam:PassRole` with `ec2:RunInstances` or `glue:CreateJob` + `glue:StartJobRun`, `cloudformation:UpdateStack`, `ssm:SendCommand` with a shell document, ...) on every resource, under no condition that limits the targets. Inline and attached policies count together; unconditional `Deny` statements and a known permissions boundary are taken into account; conditions are judged key by key (tables below).',
        why: 'Whoever can use the role can make themselves an administrator, for example by attaching AdministratorAccess to it. Every other limit on the role then stops mattering.',
        fix: 'Leave IAM changes to RoleGate’s deploy pipeline. If a workload must manage roles, name them in `Resource` (a path such as `role/sandbox/*`) and add a condition that limits the targets, such as requiring a permissions boundary (`iam:PermissionsBoundary`) on everything it touches; for `iam:PassRole`, name the roles it may pass (`iam:PassedToService` naming the very service a path uses does not close that path). A condition on the region, time, network or MFA does not close a path.',
        reference: escalationReference(),
        bad: yaml(`
      kind: Role
      name: sandbox-admin
      ${LAMBDA_TRUST.replace(/\n/g, '\n      ')}
      policies:
        ManageSandboxRoles:
          Statement:
            - Effect: Allow
              Action: [iam:AttachRolePolicy, iam:PutRolePolicy]
              Resource: "*"
    `),
        good: yaml(`
      kind: Role
      name: sandbox-admin
      ${LAMBDA_TRUST.replace(/\n/g, '\n      ')}
      policies:
        ManageSandboxRoles:
          Statement:
            - Effect: Allow
              Action: [iam:AttachRolePolicy, iam:PutRolePolicy]
              Resource: arn:aws:iam::{account}:role/sandbox/*
              Condition:
                StringEquals:
                  "iam:PermissionsBoundary": arn:aws:iam::{account}:policy/rolegate-boundary
    `)
    },
    'credentials-exposure': {
        what: 'An `Allow` statement that grants, on every resource and without a condition, actions whose response carries credentials: `iam:CreateAccessKey`, `iam:CreateLoginProfile`, `sts:AssumeRole`, `redshift:GetClusterCredentials`, `rds-db:connect`, `cognito-identity:GetCredentialsForIdentity` and the rest of the Cloudsplaining/Parliament credentials-exposure list.' +
            DENY_AWARE,
        why: 'The role can mint credentials for other identities (any IAM user, any database user, any role that trusts the account), so a leak of this role becomes a leak of all of them. Those credentials outlive the role’s session.',
        fix: 'Name the users, roles, clusters or database users in `Resource`, or add a condition that limits them. If the role really needs the action everywhere, suppress the finding with the reason.',
        bad: yaml(`
      kind: ManagedPolicy
      name: warehouse-login
      document:
        Statement:
          - Effect: Allow
            Action: [redshift:GetClusterCredentials, sts:AssumeRole]
            Resource: "*"
    `),
        good: yaml(`
      kind: ManagedPolicy
      name: warehouse-login
      document:
        Statement:
          - Effect: Allow
            Action: redshift:GetClusterCredentials
            Resource:
              - arn:aws:redshift:{region}:{account}:dbuser:{project}-{environment}-warehouse/reporting
              - arn:aws:redshift:{region}:{account}:dbname:{project}-{environment}-warehouse/analytics
    `)
    },
    'data-exfiltration': {
        what: 'An `Allow` statement that grants read actions on data stores (`s3:GetObject`, `s3:GetObjectVersion`, `ssm:GetParameter(s)`, `ssm:GetParametersByPath`, `secretsmanager:GetSecretValue`, `kms:Decrypt`, DynamoDB reads) on every resource and without a condition.' +
            DENY_AWARE,
        why: 'The role can read every object, parameter, secret or table in the account, not only its own, so a leaked session can copy all of it. It is a notice because some roles (backup, analytics) read broadly by design.',
        fix: 'Name the buckets, parameters, secrets, keys or tables the workload reads in `Resource`. For a role that must read broadly, suppress the finding with the reason.',
        bad: yaml(`
      kind: ManagedPolicy
      name: reader
      document:
        Statement:
          - Effect: Allow
            Action: [s3:GetObject, secretsmanager:GetSecretValue]
            Resource: "*"
    `),
        good: yaml(`
      kind: ManagedPolicy
      name: reader
      document:
        Statement:
          - Effect: Allow
            Action: s3:GetObject
            Resource: arn:aws:s3:::{project}-{environment}-results/*
          - Effect: Allow
            Action: secretsmanager:GetSecretValue
            Resource: arn:aws:secretsmanager:{region}:{account}:secret:{project}/{environment}/db-*
    `)
    },
    'admin-managed-policy': {
        what: 'An AWS managed policy that makes a role an administrator, or able to become one, is attached: AdministratorAccess, PowerUserAccess, IAMFullAccess or AWSOrganizationsFullAccess.',
        why: 'AdministratorAccess allows everything; IAMFullAccess lets the role grant itself anything; PowerUserAccess reaches every secret, bucket and database outside IAM and Organizations; AWSOrganizationsFullAccess controls the organization itself. Few roles need that much, and their credentials are worth stealing.',
        fix: 'Attach a policy with the permissions the workload uses: inline `policies`, a `kind: ManagedPolicy`, or a narrower AWS managed policy.',
        bad: yaml(`
      kind: Role
      name: task-role
      ${LAMBDA_TRUST.replace(/\n/g, '\n      ')}
      managedPolicies:
        - arn:aws:iam::aws:policy/AdministratorAccess
    `),
        good: yaml(`
      kind: Role
      name: task-role
      ${LAMBDA_TRUST.replace(/\n/g, '\n      ')}
      policies:
        Results:
          Statement:
            - Effect: Allow
              Action: [s3:GetObject, s3:PutObject]
              Resource: arn:aws:s3:::{project}-{environment}-results/*
    `)
    },
    'missing-permissions-boundary': {
        what: 'A role without a permissions boundary while rolegate.yml sets `requirePermissionsBoundary: true`.',
        why: 'A permissions boundary caps what a role can ever do, whatever its policies say, so a policy broadened by mistake cannot exceed it. When your organization requires one, a role without it is outside that guardrail.',
        fix: 'Set `defaults.permissionsBoundary` in rolegate.yml for every role, or `permissionsBoundary` on the role (an ARN or the logical name of a `kind: ManagedPolicy`). `permissionsBoundary: null` removes the default: do that only with a suppression that says why.',
        config: yaml(`
      requirePermissionsBoundary: true
    `),
        bad: yaml(`
      kind: Role
      name: task-role
      ${LAMBDA_TRUST.replace(/\n/g, '\n      ')}
    `),
        good: yaml(`
      kind: Role
      name: task-role
      permissionsBoundary: "arn:aws:iam::{account}:policy/rolegate-boundary"
      ${LAMBDA_TRUST.replace(/\n/g, '\n      ')}
    `)
    },
    'mfa-bool-false': {
        what: 'A condition that compares `aws:MultiFactorAuthPresent` with `"false"`: in an `Allow` (with `Bool` or `BoolIfExists`), and in a `Deny` with `Bool` (not `BoolIfExists`). AWS documents both as anti-patterns (IAM User Guide, global condition keys, `aws:MultiFactorAuthPresent`; AWS Knowledge Center, “mfa-iam-user-aws-cli”).',
        why: 'The key is present only in requests signed with temporary credentials and absent from requests signed with long-term access keys. An `Allow` with `false` therefore allows exactly the sessions that skipped MFA (and, with `BoolIfExists`, every access-key request), the opposite of requiring MFA; a `Deny` with `Bool` `false` never matches an access-key request, so those are not denied.',
        fix: 'To require MFA in an Allow, write `Bool: { "aws:MultiFactorAuthPresent": "true" }`. To deny requests without MFA, write `BoolIfExists: { "aws:MultiFactorAuthPresent": "false" }` in the Deny. The default severity is warning: the policy deploys, but does the opposite of what it appears to say.',
        bad: yaml(`
      kind: ManagedPolicy
      name: instance-terminate
      document:
        Statement:
          - Effect: Allow
            Action: ec2:TerminateInstances
            Resource: arn:aws:ec2:{region}:{account}:instance/*
            Condition:
              Bool: { "aws:MultiFactorAuthPresent": "false" }
    `),
        good: yaml(`
      kind: ManagedPolicy
      name: instance-terminate
      document:
        Statement:
          - Effect: Allow
            Action: ec2:TerminateInstances
            Resource: arn:aws:ec2:{region}:{account}:instance/*
            Condition:
              Bool: { "aws:MultiFactorAuthPresent": "true" }
    `)
    },
    // ---------------------------------------------------------------------------------------------- trust
    'trust-any-principal': {
        what: 'A trust policy `Allow` statement with `Principal: "*"` or `Principal: { AWS: "*" }`, unless a condition pins the caller: a concrete `aws:PrincipalOrgID`, `aws:PrincipalAccount`, `aws:SourceAccount`, or an `aws:PrincipalArn` with a literal account.',
        why: 'Any AWS account in the world, anyone’s, can assume the role and use its permissions.',
        fix: 'Name the account or role ARN that may assume the role, or keep `"*"` and add `StringEquals` on `aws:PrincipalOrgID` (your organization) or `aws:PrincipalAccount`.',
        bad: yaml(`
      kind: Role
      name: org-reader
      trust:
        Statement:
          - Effect: Allow
            Principal: { AWS: "*" }
            Action: sts:AssumeRole
    `),
        good: yaml(`
      kind: Role
      name: org-reader
      trust:
        Statement:
          - Effect: Allow
            Principal: { AWS: "*" }
            Action: sts:AssumeRole
            Condition:
              StringEquals: { "aws:PrincipalOrgID": o-a1b2c3d4e5 }
    `)
    },
    'github-oidc-unpinned-sub': {
        what: 'A trust statement for GitHub Actions OIDC (`token.actions.githubusercontent.com`) without a `StringEquals` or `StringLike` condition on the `sub` claim that names one repository and a context: no condition, `*`, `repo:<owner>/*`, or `repo:<owner>/<repo>:*`. A `job_workflow_ref` condition that names a repository and workflow counts too. The classic `repo:<owner>/<repo>:...` and the immutable `repo:<owner>@<id>/<repo>@<id>:...` formats are understood. STS’s per-claim keys can close what a `sub` pattern leaves open, because every condition must hold: `repo:acme/infra:*` with StringEquals `token.actions.githubusercontent.com:environment: prod` admits only jobs of acme/infra bound to the GitHub environment prod (other jobs have no environment claim), which is what `repo:acme/infra:environment:prod` pins, and a StringEquals `:repository` (`acme/infra`) pins the repository of a `repo:acme/*` pattern. A `:ref` condition does not pin the context: `ref` is `refs/heads/main` for pull_request_target runs too, which `sub` tells apart. A `sub` condition is still required: without one IAM rejects the trust policy, whatever the other claims say.',
        why: 'Without a `sub` condition any workflow in any GitHub repository, anyone’s, can assume the role (AWS now rejects such trust policies). `repo:<owner>/*` admits every repository of the organization, including ones created later; `repo:<owner>/<repo>:*` admits every branch and pull request, so anyone who can push a branch bypasses branch protection and environment reviews.',
        fix: 'Pin `sub` with StringEquals to the repository and the context that deploys, preferably a GitHub environment: `repo:<owner>/<repo>:environment:prod` (or `ref:refs/heads/main`).',
        bad: yaml(`
      kind: Role
      name: deployer
      trust:
        Statement:
          - Effect: Allow
            Principal: { Federated: "${GITHUB_PROVIDER}" }
            Action: sts:AssumeRoleWithWebIdentity
            Condition:
              StringEquals: { "token.actions.githubusercontent.com:aud": sts.amazonaws.com }
              StringLike: { "token.actions.githubusercontent.com:sub": "repo:acme/*" }
    `),
        good: yaml(`
      kind: Role
      name: deployer
      trust:
        Statement:
          - Effect: Allow
            Principal: { Federated: "${GITHUB_PROVIDER}" }
            Action: sts:AssumeRoleWithWebIdentity
            Condition:
              StringEquals:
                "token.actions.githubusercontent.com:aud": sts.amazonaws.com
                "token.actions.githubusercontent.com:sub": "repo:acme/infra:environment:{environment}"
    `)
    },
    'github-oidc-missing-aud': {
        what: 'A GitHub Actions OIDC trust statement without `StringEquals token.actions.githubusercontent.com:aud: sts.amazonaws.com`, or one that allows another audience.',
        why: 'The audience says whom the token was issued for. Without the check, a GitHub token your workflow requested for another service, and that service has seen, is accepted by AWS as well.',
        fix: 'Add `StringEquals: { "token.actions.githubusercontent.com:aud": sts.amazonaws.com }`, the audience aws-actions/configure-aws-credentials and RoleGate request.',
        bad: yaml(`
      kind: Role
      name: deployer
      trust:
        Statement:
          - Effect: Allow
            Principal: { Federated: "${GITHUB_PROVIDER}" }
            Action: sts:AssumeRoleWithWebIdentity
            Condition:
              StringEquals:
                "token.actions.githubusercontent.com:sub": "repo:acme/infra:environment:{environment}"
    `),
        good: yaml(`
      kind: Role
      name: deployer
      trust:
        Statement:
          - Effect: Allow
            Principal: { Federated: "${GITHUB_PROVIDER}" }
            Action: sts:AssumeRoleWithWebIdentity
            Condition:
              StringEquals:
                "token.actions.githubusercontent.com:aud": sts.amazonaws.com
                "token.actions.githubusercontent.com:sub": "repo:acme/infra:environment:{environment}"
    `)
    },
    'github-oidc-not-environment-bound': {
        what: 'A role deployed to an environment marked `protected: true` in rolegate.yml whose GitHub OIDC trust does not require the GitHub environment of the same name: every `sub` value must be `repo:<owner>/<repo>:environment:NAME`, or a condition on the `environment` claim must name it.',
        why: 'GitHub enforces an environment’s required reviewers, wait timer and branch rules only on jobs that declare that environment. A role that trusts, say, the main branch can be assumed by any job on main, without the approval the environment was set up to require.',
        fix: 'Pin `sub` to `repo:<owner>/<repo>:environment:{environment}` (RoleGate renders the name per environment), or add `StringEquals: { "token.actions.githubusercontent.com:environment": prod }`.',
        config: yaml(`
      environments:
        prod: { account: "333333333333", region: us-east-1, protected: true }
    `),
        bad: yaml(`
      kind: Role
      name: deployer
      trust:
        Statement:
          - Effect: Allow
            Principal: { Federated: "${GITHUB_PROVIDER}" }
            Action: sts:AssumeRoleWithWebIdentity
            Condition:
              StringEquals:
                "token.actions.githubusercontent.com:aud": sts.amazonaws.com
                "token.actions.githubusercontent.com:sub": "repo:acme/infra:ref:refs/heads/main"
    `),
        good: yaml(`
      kind: Role
      name: deployer
      trust:
        Statement:
          - Effect: Allow
            Principal: { Federated: "${GITHUB_PROVIDER}" }
            Action: sts:AssumeRoleWithWebIdentity
            Condition:
              StringEquals:
                "token.actions.githubusercontent.com:aud": sts.amazonaws.com
                "token.actions.githubusercontent.com:sub": "repo:acme/infra:environment:{environment}"
    `)
    },
    'github-oidc-forallvalues': {
        what: 'A trust policy condition that uses `ForAllValues:` on a single-valued key: a GitHub OIDC claim, `aws:SourceAccount`, `aws:PrincipalOrgID`, `sts:ExternalId`, a `sub` of any identity provider, and similar.',
        why: '`ForAllValues:` is true when the request has no value for the key at all (every value of an empty set matches), so the condition restricts nothing for a caller whose request lacks the key.',
        fix: 'Use the plain operator (`StringEquals`, `StringLike`) for single-valued keys. `ForAllValues:` is meant for multi-valued keys such as `aws:TagKeys`.',
        bad: yaml(`
      kind: Role
      name: deployer
      trust:
        Statement:
          - Effect: Allow
            Principal: { Federated: "${GITHUB_PROVIDER}" }
            Action: sts:AssumeRoleWithWebIdentity
            Condition:
              StringEquals: { "token.actions.githubusercontent.com:aud": sts.amazonaws.com }
              ForAllValues:StringEquals:
                "token.actions.githubusercontent.com:sub": "repo:acme/infra:environment:{environment}"
    `),
        good: yaml(`
      kind: Role
      name: deployer
      trust:
        Statement:
          - Effect: Allow
            Principal: { Federated: "${GITHUB_PROVIDER}" }
            Action: sts:AssumeRoleWithWebIdentity
            Condition:
              StringEquals:
                "token.actions.githubusercontent.com:aud": sts.amazonaws.com
                "token.actions.githubusercontent.com:sub": "repo:acme/infra:environment:{environment}"
    `)
    },
    'cross-account-no-external-id': {
        what: 'A trust statement that lets an AWS principal of another account (an account id, its root ARN, or a role or user ARN there) assume the role without `StringEquals sts:ExternalId`. A condition on `aws:PrincipalOrgID` is accepted instead.',
        why: 'A third party that assumes roles for many customers can be tricked by another of its customers into using your role (the confused deputy problem). The external id, known only to you and the vendor, tells your requests apart.',
        fix: 'Add `Condition: { StringEquals: { "sts:ExternalId": "<the id the vendor gave you>" } }`. For accounts of your own organization, use `StringEquals aws:PrincipalOrgID` instead.',
        bad: yaml(`
      kind: Role
      name: vendor-audit
      trust:
        Statement:
          - Effect: Allow
            Principal: { AWS: "arn:aws:iam::999988887777:root" }
            Action: sts:AssumeRole
    `),
        good: yaml(`
      kind: Role
      name: vendor-audit
      trust:
        Statement:
          - Effect: Allow
            Principal: { AWS: "arn:aws:iam::999988887777:root" }
            Action: sts:AssumeRole
            Condition:
              StringEquals: { "sts:ExternalId": "acme-7f3c9a21" }
    `)
    },
    'service-confused-deputy': {
        what: 'A service principal trusted without a condition on `aws:SourceAccount`, `aws:SourceArn` or `aws:SourceOrgID`, for services that AWS documents as sending them when they assume a role (ECS tasks, Step Functions, EventBridge Scheduler, AWS Config, Bedrock, CloudWatch Logs, Transfer Family, Personalize, CodeDeploy). Services that do not send them on every call, such as Lambda and EC2, are not reported.',
        why: 'Without the condition the service can be made to use your role on behalf of a resource in another customer’s account (the cross-service confused deputy).',
        fix: 'Add `Condition: { StringEquals: { "aws:SourceAccount": "{account}" } }`, or `ArnLike aws:SourceArn` with the resources that use the role.',
        bad: yaml(`
      kind: Role
      name: task-role
      trust:
        Statement:
          - Effect: Allow
            Principal: { Service: ecs-tasks.amazonaws.com }
            Action: sts:AssumeRole
    `),
        good: yaml(`
      kind: Role
      name: task-role
      trust:
        Statement:
          - Effect: Allow
            Principal: { Service: ecs-tasks.amazonaws.com }
            Action: sts:AssumeRole
            Condition:
              StringEquals: { "aws:SourceAccount": "{account}" }
    `)
    },
    'invalid-principal': {
        what: 'A trust policy principal, in an Allow or a Deny statement, in a form IAM does not accept (AWS JSON policy elements: Principal). `AWS`: `"*"`, a 12-digit account id, or the ARN of an account root, IAM role or user, assumed-role session or federated user, with no wildcard inside the ARN and never an IAM group. `Service`: a service principal such as `ecs-tasks.amazonaws.com`. `Federated`: the ARN of an IAM SAML or OIDC provider (for GitHub Actions, `arn:aws:iam::<account>:oidc-provider/token.actions.githubusercontent.com`) or a provider’s domain name (`cognito-identity.amazonaws.com`, `accounts.google.com`, `token.actions.githubusercontent.com`), which is what IAM checks (“Federated principals must be valid domain names or SAML metadata ARNs”). `CanonicalUser`: 64 hexadecimal digits.',
        why: 'IAM rejects the trust policy with “Invalid principal in policy” (MalformedPolicyDocument) when RoleGate deploys it, after the change was merged. A wildcard inside an ARN is a common attempt to trust “all roles named ci-*”, which IAM does not support in Principal.',
        fix: 'Write the principal in one of the forms above. To trust a family of roles, name their account and add `ArnLike: { "aws:PrincipalArn": "arn:aws:iam::<account>:role/ci-*" }`. RoleGate cannot see whether a named role or provider exists; IAM checks that at deploy.',
        bad: yaml(`
      kind: Role
      name: vendor-audit
      trust:
        Statement:
          - Effect: Allow
            Principal: { AWS: "arn:aws:iam::999988887777:role/audit-*" }   # no wildcards in Principal
            Action: sts:AssumeRole
            Condition:
              StringEquals: { "sts:ExternalId": "acme-7f3c9a21" }
    `),
        good: yaml(`
      kind: Role
      name: vendor-audit
      trust:
        Statement:
          - Effect: Allow
            Principal: { AWS: "arn:aws:iam::999988887777:root" }
            Action: sts:AssumeRole
            Condition:
              StringEquals: { "sts:ExternalId": "acme-7f3c9a21" }
              ArnLike: { "aws:PrincipalArn": "arn:aws:iam::999988887777:role/audit-*" }
    `)
    },
    'trust-any-principal-conditioned': {
        what: 'A trust statement with `Principal: "*"` or `{ AWS: "*" }` that a caller condition limits (`aws:PrincipalOrgID`, `aws:PrincipalAccount`, `aws:SourceAccount`, or `aws:PrincipalArn` with a literal account), so `trust-any-principal` does not report it. The message says how far the trust reaches: with `aws:PrincipalOrgID`, every account of the organization, including accounts that join later.',
        why: 'The statement is not a mistake, but it trusts far more than a named principal would: any principal of any account in the organization that is allowed sts:AssumeRole by its own policies can assume the role. Reviewers should see that, so the default severity is notice.',
        fix: 'If only a few accounts or roles need the role, name them in `Principal` instead. If organization-wide access is the intent, leave it (or suppress the notice with that reason).',
        bad: yaml(`
      kind: Role
      name: org-reader
      trust:
        Statement:
          - Effect: Allow
            Principal: { AWS: "*" }
            Action: sts:AssumeRole
            Condition:
              StringEquals: { "aws:PrincipalOrgID": o-a1b2c3d4e5 }
    `),
        good: yaml(`
      kind: Role
      name: org-reader
      trust:
        Statement:
          - Effect: Allow
            Principal: { AWS: "arn:aws:iam::{account}:root" }
            Action: sts:AssumeRole
    `)
    },
    // --------------------------------------------------------------------------------------------- quotas
    'role-name-length': {
        what: 'A role name longer than 64 characters or a managed policy name longer than 128, or a name with characters other than letters, digits and `+=,.@_-`.',
        why: 'IAM rejects the name when RoleGate deploys it. A long naming template (`{project}-{environment}-{name}`) can push some logical names over the limit in one environment only.',
        fix: 'Shorten the logical `name` or the `naming` template, or set a shorter `roleName` / `policyName`.',
        bad: yaml(`
      kind: Role
      name: task-role
      roleName: "{project}-{environment}-sagemaker-processing-execution-role-for-nightly-batch"
      ${LAMBDA_TRUST.replace(/\n/g, '\n      ')}
    `),
        good: yaml(`
      kind: Role
      name: task-role
      roleName: "{project}-{environment}-sm-nightly"
      ${LAMBDA_TRUST.replace(/\n/g, '\n      ')}
    `)
    },
    'trust-policy-size': {
        what: 'A trust policy longer than the account’s quota: 2,048 characters by default, raisable to 4,096. Characters are counted as IAM counts them, without whitespace.',
        why: 'IAM rejects the trust policy when RoleGate deploys it.',
        fix: 'Merge statements that differ only in principals or conditions (a condition key takes a list of values). If the account’s "Role trust policy length" quota was raised in Service Quotas, set `limits.trustPolicySize` in rolegate.yml.',
        config: yaml(`
      limits:
        trustPolicySize: 4096   # only after raising the quota in Service Quotas
    `),
        bad: yaml(`
      kind: Role
      name: deployer
      trust:
        Statement:
          - Effect: Allow
            Principal: { Federated: "${GITHUB_PROVIDER}" }
            Action: sts:AssumeRoleWithWebIdentity
            Condition:
              StringEquals:
                "token.actions.githubusercontent.com:aud": sts.amazonaws.com
                "token.actions.githubusercontent.com:sub": "repo:acme/api:environment:{environment}"
          - Effect: Allow
            Principal: { Federated: "${GITHUB_PROVIDER}" }
            Action: sts:AssumeRoleWithWebIdentity
            Condition:
              StringEquals:
                "token.actions.githubusercontent.com:aud": sts.amazonaws.com
                "token.actions.githubusercontent.com:sub": "repo:acme/web:environment:{environment}"
          # ... the same statement for 10 more repositories
    `),
        good: yaml(`
      kind: Role
      name: deployer
      trust:
        Statement:
          - Effect: Allow
            Principal: { Federated: "${GITHUB_PROVIDER}" }
            Action: sts:AssumeRoleWithWebIdentity
            Condition:
              StringEquals:
                "token.actions.githubusercontent.com:aud": sts.amazonaws.com
                "token.actions.githubusercontent.com:sub":
                  - "repo:acme/api:environment:{environment}"
                  - "repo:acme/web:environment:{environment}"
                  # ... 10 more repositories
    `),
        illustrative: true
    },
    'inline-policy-size': {
        what: 'A role whose inline policies together exceed 10,240 characters (without whitespace), IAM’s limit per role.',
        why: 'IAM rejects the inline policy that crosses the limit when RoleGate deploys it, leaving the role with only part of its permissions.',
        fix: 'Move one or more inline policies into a `kind: ManagedPolicy` (up to 6,144 characters each) and attach it, or merge statements that repeat the same actions or resources.',
        bad: yaml(`
      kind: Role
      name: etl
      ${LAMBDA_TRUST.replace(/\n/g, '\n      ')}
      policies:
        GlueJobs:
          Statement: []        # 40 statements: 6,100 characters
        AthenaQueries:
          Statement: []        # 30 statements: 4,500 characters
    `),
        good: yaml(`
      kind: Role
      name: etl
      ${LAMBDA_TRUST.replace(/\n/g, '\n      ')}
      managedPolicies: [etl-glue]
      policies:
        AthenaQueries:
          Statement: []        # 30 statements: 4,500 characters
      ---
      kind: ManagedPolicy
      name: etl-glue
      document:
        Statement: []          # the 40 GlueJobs statements: 6,100 characters
    `),
        illustrative: true
    },
    'managed-policy-size': {
        what: 'A customer managed policy longer than 6,144 characters (without whitespace).',
        why: 'IAM rejects the policy when RoleGate deploys it.',
        fix: 'Split the policy into two `kind: ManagedPolicy` definitions and attach both, or merge statements that repeat the same actions or resources.',
        bad: yaml(`
      kind: ManagedPolicy
      name: etl
      document:
        Statement: []          # 70 statements: 8,900 characters
    `),
        good: yaml(`
      kind: ManagedPolicy
      name: etl-glue
      document:
        Statement: []          # 40 statements: 5,100 characters
      ---
      kind: ManagedPolicy
      name: etl-athena
      document:
        Statement: []          # 30 statements: 3,800 characters
    `),
        illustrative: true
    },
    'managed-policy-count': {
        what: 'A role with more managed policies attached than the quota: 10 by default, raisable to 20.',
        why: 'IAM refuses to attach the policy over the quota when RoleGate deploys, leaving the role with only part of its permissions.',
        fix: 'Combine policies into one `kind: ManagedPolicy`. If the account’s "Managed policies per role" quota was raised in Service Quotas, set `limits.managedPoliciesPerRole` in rolegate.yml.',
        config: yaml(`
      limits:
        managedPoliciesPerRole: 20   # only after raising the quota in Service Quotas
    `),
        bad: yaml(`
      kind: Role
      name: analyst
      ${LAMBDA_TRUST.replace(/\n/g, '\n      ')}
      managedPolicies:
        - arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess
        - arn:aws:iam::aws:policy/AmazonAthenaFullAccess
        - arn:aws:iam::aws:policy/AWSGlueConsoleFullAccess
        # ... 8 more: 11 in all
    `),
        good: yaml(`
      kind: Role
      name: analyst
      ${LAMBDA_TRUST.replace(/\n/g, '\n      ')}
      managedPolicies:
        - analyst-data
      ---
      kind: ManagedPolicy
      name: analyst-data
      document:
        Statement: []          # what the 11 policies granted that the role uses
    `),
        illustrative: true
    },
    'tag-limits': {
        what: 'More than 50 tags (counting the `rolegate:managed-by` tag RoleGate adds), a tag key over 128 or a value over 256 characters, a key starting with the reserved `aws:`, or characters IAM does not allow in tags (letters, digits, spaces and `_ . : / = + - @` are allowed).',
        why: 'IAM rejects the tags when RoleGate deploys, and the role or policy is created without them or not at all.',
        fix: 'Rename or shorten the tag; remove tags, or move them out of `defaults.tags`.',
        bad: yaml(`
      kind: Role
      name: task-role
      ${LAMBDA_TRUST.replace(/\n/g, '\n      ')}
      tags:
        aws:team: ml                       # "aws:" is reserved
        Owner: "ML team <ml@acme.com>"     # < and > are not allowed
    `),
        good: yaml(`
      kind: Role
      name: task-role
      ${LAMBDA_TRUST.replace(/\n/g, '\n      ')}
      tags:
        team: ml
        Owner: ml@acme.com
    `)
    },
    'session-duration': {
        what: 'A `maxSessionDuration` that is not a whole number of seconds from 3,600 to 43,200 (1 to 12 hours), from the role or from `defaults.maxSessionDuration`.',
        why: 'IAM rejects the role when RoleGate deploys it.',
        fix: 'Use a number of seconds in range. Shorter is safer: a leaked session stays valid until it expires.',
        bad: yaml(`
      kind: Role
      name: task-role
      maxSessionDuration: 86400      # 24 hours
      ${LAMBDA_TRUST.replace(/\n/g, '\n      ')}
    `),
        good: yaml(`
      kind: Role
      name: task-role
      maxSessionDuration: 14400      # 4 hours
      ${LAMBDA_TRUST.replace(/\n/g, '\n      ')}
    `)
    },
    description: {
        what: 'A description longer than 1,000 characters, or a role description with characters IAM does not accept (only tab, newline, printable ASCII and Latin-1 are allowed).',
        why: 'IAM rejects the role or policy when RoleGate deploys it. Typographic quotes and dashes pasted from a document are the usual culprits.',
        fix: 'Shorten the description, or replace the characters the message lists with plain ASCII (" instead of “ ”, - instead of —).',
        bad: yaml(`
      kind: Role
      name: task-role
      description: Writes the “results” bucket — nightly batch
      ${LAMBDA_TRUST.replace(/\n/g, '\n      ')}
    `),
        good: yaml(`
      kind: Role
      name: task-role
      description: Writes the "results" bucket - nightly batch
      ${LAMBDA_TRUST.replace(/\n/g, '\n      ')}
    `)
    },
    path: {
        what: 'An IAM path longer than 512 characters, or with characters IAM does not allow in paths (anything but printable ASCII: spaces, accented letters, ...). RoleGate adds a missing leading or trailing `/` itself.',
        why: 'IAM rejects the role or policy when RoleGate deploys it.',
        fix: 'Use printable ASCII without spaces between the slashes, for example `/teams/machine-learning/`.',
        bad: yaml(`
      kind: Role
      name: task-role
      path: /teams/machine learning/
      ${LAMBDA_TRUST.replace(/\n/g, '\n      ')}
    `),
        good: yaml(`
      kind: Role
      name: task-role
      path: /teams/machine-learning/
      ${LAMBDA_TRUST.replace(/\n/g, '\n      ')}
    `)
    },
    // ---------------------------------------------------------------------------------------- suppressions
    'unused-suppression': {
        what: 'An entry of a definition’s `suppress` list that silenced no finding in any environment. Suppressions of rules that did not run (turned `off`, or not implemented yet) are not reported.',
        why: 'A stale suppression is a standing exception nobody needs: when the problem comes back, for example after a later edit, it is silenced without review.',
        fix: 'Remove the suppression, or correct its `rule` or `statement` if it was meant to match a finding.',
        bad: yaml(`
      kind: Role
      name: task-role
      trust:
        Statement:
          - Effect: Allow
            Principal: { Service: ecs-tasks.amazonaws.com }
            Action: sts:AssumeRole
            Condition:
              StringEquals: { "aws:SourceAccount": "{account}" }
      suppress:
        - rule: service-confused-deputy   # the condition above already fixed it
          reason: only our own ECS tasks use this role
    `),
        good: yaml(`
      kind: Role
      name: task-role
      trust:
        Statement:
          - Effect: Allow
            Principal: { Service: ecs-tasks.amazonaws.com }
            Action: sts:AssumeRole
            Condition:
              StringEquals: { "aws:SourceAccount": "{account}" }
    `)
    }
};
const RULE_DOCS = (/* unused pure expression or super */ null && (DOCS));
/** The docs of a catalog rule, or undefined for an id the catalog does not know. */
function ruleDoc(id) {
    return Object.hasOwn(DOCS, id) ? DOCS[id] : undefined;
}
const FAMILY_TITLES = {
    definitions: 'Definitions',
    grammar: 'Policy grammar',
    'least-privilege': 'Least privilege',
    trust: 'Trust policies',
    quotas: 'IAM quotas',
    suppressions: 'Suppressions'
};
function familyTitle(family) {
    return FAMILY_TITLES[family];
}
/**
 * Plain-text help: why it matters and how to fix it (SARIF `help.text`), then `See <url>` when
 * the caller knows where the docs are (src/report/docs-links.ts).
 */
function ruleHelpText(rule, url) {
    const doc = ruleDoc(rule.id);
    const see = url ? `\n\nSee ${url}` : '';
    if (!doc)
        return `${rule.summary}${see}`;
    return `${doc.why}\n\nHow to fix: ${doc.fix}${see}`;
}
/** Markdown help: why, how to fix, the examples and a link when known (SARIF `help.markdown`). */
function ruleHelpMarkdown(rule, url) {
    const doc = ruleDoc(rule.id);
    if (!doc)
        return url ? `${rule.summary}\n\n[Documentation](${url})` : rule.summary;
    return [
        `**${rule.summary}**`,
        '',
        `**Why it matters.** ${doc.why}`,
        '',
        `**How to fix.** ${doc.fix}`,
        '',
        ...examples(doc),
        ...(url ? [`[Documentation of ${rule.id}](${url})`] : [])
    ]
        .join('\n')
        .replace(/\n+$/, '');
}
function fence(text) {
    // A fence longer than any backtick run inside, so examples cannot close it.
    const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map(run => run.length));
    const ticks = '`'.repeat(longest + 1);
    return `${ticks}yaml\n${text}\n${ticks}`;
}
function examples(doc) {
    const lines = [];
    if (doc.config)
        lines.push('In `rolegate.yml`:', '', fence(doc.config), '');
    const shape = doc.illustrative ? ' (shape only)' : '';
    lines.push(`Bad${shape}:`, '', fence(doc.bad), '', `Good${shape}:`, '', fence(doc.good), '');
    return lines;
}
/** Markdown-safe table cell. */
function cell(text) {
    return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
/**
 * docs/rules.md: an index of every rule, then one section per rule with a `## rule-id` heading so
 * `docs/rules.md#rule-id` anchors (SARIF helpUri) work. Deterministic: catalog order, no dates.
 */
function renderRulesMarkdown(rules = RULES) {
    const all = [...rules.values()];
    const out = [
        '<!-- Generated by scripts/generate-rule-docs.ts from src/lint/catalog.ts and src/lint/rule-docs.ts. Do not edit: run `npx tsx scripts/generate-rule-docs.ts`. -->',
        '',
        '# Rules',
        '',
        'Every finding RoleGate reports comes from one of these rules. Each has a default severity:',
        '`error` fails the check (with `fail-on: error`, the default), `warning` fails it with',
        '`fail-on: warning`, `notice` never does.',
        '',
        '- **Change a severity** in `rolegate.yml`: `rules: { service-wildcard: error }`; `off` turns a rule off.',
        '- **Suppress a finding** in the definition it is about, with a mandatory reason:',
        '  `suppress: [{ rule: service-wildcard, reason: "...", statement: Sid }]`. `statement` (a Sid, or a',
        '  0-based index) limits it to one statement. Every suppression is listed in the report, and one that',
        '  silences nothing is reported as [`unused-suppression`](#unused-suppression).',
        '',
        'The examples assume a `rolegate.yml` with `project: llm-models` and environments `dev`, `staging` and',
        '`prod` (`prod` has `protected: true`). Policy documents use IAM’s JSON grammar, written as YAML; see',
        '[the definition format](definitions.md).',
        '',
        '## Index',
        '',
        '| Rule | Family | Default severity | Summary |',
        '| --- | --- | --- | --- |',
        ...all.map(rule => `| [\`${rule.id}\`](#${rule.id}) | ${familyTitle(rule.family)} | ${rule.defaultSeverity} | ${cell(rule.summary)} |`),
        ''
    ];
    for (const rule of all) {
        const doc = ruleDoc(rule.id);
        out.push(`## ${rule.id}`, '');
        out.push(`${familyTitle(rule.family)} · default severity **${rule.defaultSeverity}**`, '');
        out.push(`**${rule.summary}**`, '');
        if (!doc) {
            out.push('_Not documented yet._', '');
            continue;
        }
        out.push(doc.what, '');
        out.push('### Why it matters', '', doc.why, '');
        out.push('### How to fix', '', doc.fix, '');
        if (doc.reference)
            out.push('### Reference', '', doc.reference, '');
        out.push('### Examples', '', ...examples(doc));
        out.push('### Severity and suppression', '');
        out.push('Change the severity in `rolegate.yml` (`error`, `warning`, `notice`, or `off`):', '', fence(`rules:\n  ${rule.id}: ${rule.defaultSeverity === 'warning' ? 'error' : 'warning'}`), '');
        if (doc.suppressible !== false) {
            const statement = STATEMENT_FAMILIES.has(rule.family)
                ? '\n    statement: ReadResults   # optional: only this statement (Sid or 0-based index)'
                : '';
            out.push('Suppress a finding in the definition it is about; the reason is mandatory and shown in every report:', '', fence(`suppress:\n  - rule: ${rule.id}\n    reason: why this is acceptable here${statement}`), '');
        }
        if (doc.note)
            out.push(doc.note, '');
    }
    return out.join('\n').replace(/\n+$/, '\n');
}

// EXTERNAL MODULE: ./src/report/docs-links.ts
var docs_links = __webpack_require__(7311);
;// CONCATENATED MODULE: ./src/report/sarif.ts
/**
 * The report as SARIF 2.1.0, for GitHub code scanning (github/codeql-action/upload-sarif) and
 * other SARIF viewers. One run; the driver lists every catalog rule with its help from
 * src/lint/rule-docs.ts; each finding is a result on the YAML line that produced it.
 *
 * Notes on the choices, since SARIF consumers are picky:
 * - helpUri and informationUri must be absolute URIs (the schema's `format: uri`). They come from
 *   report/docs-links.ts: the action's own repository and ref, or the docs in the CLI's package;
 *   with neither, helpUri is left out (the help text is in the log).
 * - Artifact URIs are relative to `%SRCROOT%`, the repository root, and percent-encoded.
 * - A finding without a file (rare: a project-level problem) is placed on line 1 of rolegate.yml,
 *   because GitHub shows a result only when it has a location.
 * - partialFingerprints do not contain the line, so an alert survives lines moving above it.
 * - Suppressed findings are results with `suppressions: [{ kind: 'inSource', justification }]`.
 */





const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
/** The partialFingerprints key: RoleGate's own fingerprint, versioned in case its inputs change. */
const FINGERPRINT_KEY = 'rolegateFinding/v1';
const SRCROOT = '%SRCROOT%';
const SARIF_LEVEL = {
    error: 'error',
    warning: 'warning',
    notice: 'note'
};
/** `service-wildcard` → `ServiceWildcard`: SARIF's `name` is a readable identifier. */
function ruleName(id) {
    return id
        .split(/[^A-Za-z0-9]+/)
        .filter(Boolean)
        .map(part => part[0].toUpperCase() + part.slice(1))
        .join('');
}
function descriptor(rule, docs) {
    const doc = ruleDoc(rule.id);
    const url = (0,docs_links/* ruleDocUrl */.Cg)(rule.id, docs);
    return {
        id: rule.id,
        name: ruleName(rule.id),
        shortDescription: { text: rule.summary },
        fullDescription: { text: doc?.what ?? rule.summary },
        help: { text: ruleHelpText(rule, url), markdown: ruleHelpMarkdown(rule, url) },
        ...(url !== undefined ? { helpUri: url } : {}),
        defaultConfiguration: { level: SARIF_LEVEL[rule.defaultSeverity] },
        // Code scanning ranks alerts tagged `security` by `security-severity` (critical ≥ 9.0, high
        // ≥ 7.0, medium ≥ 4.0): only real security rules carry both; a schema error is a correctness
        // problem, a quota a maintainability one.
        properties: {
            tags: [(0,catalog/* ruleKind */.pQ)(rule), rule.family],
            ...(catalog/* SECURITY_SEVERITY */.lL.has(rule.id)
                ? { 'security-severity': catalog/* SECURITY_SEVERITY */.lL.get(rule.id).toFixed(1) }
                : {}),
            family: familyTitle(rule.family)
        }
    };
}
/** A repository-relative path as a relative URI reference: forward slashes, each segment percent-encoded. */
function artifactUri(file) {
    return file
        .replace(/\\/g, '/')
        .replace(/^\.\//, '')
        .split('/')
        .map(segment => encodeURIComponent(segment))
        .join('/');
}
function positive(value) {
    return value !== undefined && Number.isInteger(value) && value >= 1 ? value : undefined;
}
function region(finding) {
    const startLine = positive(finding.line) ?? 1;
    const result = { startLine };
    const startColumn = positive(finding.line) ? positive(finding.column) : undefined;
    if (startColumn !== undefined)
        result.startColumn = startColumn;
    const endLine = positive(finding.endLine);
    if (endLine !== undefined && endLine >= startLine) {
        result.endLine = endLine;
        const endColumn = positive(finding.endColumn);
        if (endColumn !== undefined &&
            (endLine > startLine || startColumn === undefined || endColumn >= startColumn)) {
            result.endColumn = endColumn;
        }
    }
    return result;
}
function sarif_location(finding, configFile) {
    if (finding.file) {
        return {
            physicalLocation: {
                artifactLocation: { uri: artifactUri(finding.file), uriBaseId: SRCROOT },
                region: region(finding)
            }
        };
    }
    // A project-level finding: GitHub needs a location to show a result, and rolegate.yml is where
    // the project starts.
    return {
        physicalLocation: {
            artifactLocation: { uri: artifactUri(configFile), uriBaseId: SRCROOT },
            region: { startLine: 1 }
        }
    };
}
/**
 * Stable identity of a finding across runs: rule, file, role, environment and message, not the
 * line, so inserting lines above a finding does not turn it into a new alert. Identical findings
 * (same key) are told apart by their order.
 */
function fingerprints(findings) {
    const seen = new Map();
    return findings.map(finding => {
        const key = [
            finding.rule,
            finding.file ?? '',
            finding.role ?? '',
            finding.environment ?? '',
            finding.message
        ].join('\u0000');
        const occurrence = (seen.get(key) ?? 0) + 1;
        seen.set(key, occurrence);
        const hash = (0,external_node_crypto_.createHash)('sha256')
            .update(occurrence === 1 ? key : `${key}\u0000${occurrence}`)
            .digest('hex');
        return hash.slice(0, 32);
    });
}
/** One result per location: a finding in several environments names them all. */
function withEnvironments(finding) {
    const environments = finding.environments ?? [];
    return environments.length > 1 ? `${finding.message} [${environments.join(', ')}]` : finding.message;
}
function fallbackRule(id) {
    return { id, defaultSeverity: 'error', family: 'definitions', summary: `RoleGate rule ${id}.` };
}
/** The report as a SARIF 2.1.0 log (an object: serialize it with JSON.stringify). */
function renderSarif(report, toolVersion, options = {}) {
    const rules = [...catalog/* RULES */.y0.values()];
    // A finding of a rule the catalog lacks (should not happen) still gets a descriptor, at the end.
    for (const finding of report.findings) {
        if (!rules.some(rule => rule.id === finding.rule))
            rules.push(fallbackRule(finding.rule));
    }
    const index = new Map(rules.map((rule, position) => [rule.id, position]));
    const prints = fingerprints(report.findings);
    const results = report.findings.map((finding, position) => {
        const result = {
            ruleId: finding.rule,
            ruleIndex: index.get(finding.rule),
            level: SARIF_LEVEL[finding.severity],
            message: { text: withEnvironments(finding) },
            locations: [sarif_location(finding, report.config)],
            partialFingerprints: { [FINGERPRINT_KEY]: prints[position] }
        };
        const properties = {};
        if (finding.environment !== undefined)
            properties.environment = finding.environment;
        if (finding.environments !== undefined)
            properties.environments = finding.environments;
        if (finding.role !== undefined)
            properties.role = finding.role;
        if (finding.policy !== undefined)
            properties.policy = finding.policy;
        if (finding.introduced !== undefined)
            properties.introduced = finding.introduced;
        if (Object.keys(properties).length > 0)
            result.properties = properties;
        if (finding.suppressed)
            result.suppressions = [{ kind: 'inSource', justification: finding.suppressed.reason }];
        return result;
    });
    const docs = 'docs' in options ? options.docs : (0,docs_links/* packageDocsLinks */.Vq)();
    const srcRoot = { description: { text: 'The repository root.' } };
    if (options.srcRoot) {
        const href = (0,external_node_url_.pathToFileURL)(options.srcRoot).href;
        srcRoot.uri = href.endsWith('/') ? href : `${href}/`;
    }
    return {
        $schema: SARIF_SCHEMA_URI,
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'RoleGate',
                        informationUri: docs?.home ?? docs_links/* PACKAGE_URL */.f$,
                        version: toolVersion,
                        ...(/^\d+\.\d+\.\d+(?:[-+].*)?$/.test(toolVersion) ? { semanticVersion: toolVersion } : {}),
                        rules: rules.map(rule => descriptor(rule, docs))
                    }
                },
                invocations: [
                    {
                        executionSuccessful: true,
                        properties: {
                            command: report.command,
                            config: report.config,
                            environments: report.environmentNames,
                            summary: report.summary,
                            ...(report.baseRef !== undefined ? { baseRef: report.baseRef } : {})
                        }
                    }
                ],
                originalUriBaseIds: { [SRCROOT]: srcRoot },
                columnKind: 'utf16CodeUnits',
                results
            }
        ]
    };
}


/***/ })

};
