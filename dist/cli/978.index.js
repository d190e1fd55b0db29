export const id = 978;
export const ids = [978];
export const modules = {

/***/ 8655:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   aN: () => (/* binding */ EXPIRES_NEEDS_REASON),
/* harmony export */   h1: () => (/* binding */ EXPIRES_FORMAT),
/* harmony export */   mX: () => (/* binding */ EXPIRES_PATTERN),
/* harmony export */   rQ: () => (/* binding */ parseExpiry)
/* harmony export */ });
/**
 * The `expires` grammar of time-bound grants, parsed once here: the schema rejects what this
 * cannot parse, and rendering asks it when a grant ends.
 *
 * - A date, `2026-12-31`, means the end of that day in UTC: the grant ends at 2027-01-01T00:00Z.
 * - A timestamp needs a zone, `2026-12-31T18:00:00Z` or `2026-12-31T18:00:00+02:00` (seconds and
 *   fractions optional; a space may stand for the `T`, as YAML allows): without one, the end
 *   would depend on the clock of whoever runs RoleGate.
 *
 * The loader parses YAML with js-yaml's core schema, so an unquoted `2026-12-31` arrives as the
 * string "2026-12-31", as in JSON (a test in __tests__/render/expiry.test.ts keeps it so): there
 * is one form to parse, never a `Date` whose time zone js-yaml chose.
 */
const EXPIRES_FORMAT = 'must be a date (2026-12-31: the end of that day UTC) or a timestamp with a zone (2026-12-31T18:00:00Z)';
const EXPIRES_NEEDS_REASON = 'a time-bound grant needs a reason: add reason: "…" beside expires, saying why it is temporary (an incident, a ticket)';
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(?:([Zz])|([+-])(\d{2}):?(\d{2}))$/;
const DAY_MS = 86_400_000;
/** The shape of both forms, for editors (JSON Schema `pattern`); parseExpiry also checks the calendar. */
const EXPIRES_PATTERN = new RegExp(`^(?:${DATE.source.slice(1, -1)}|${TIMESTAMP.source.slice(1, -1)})$`);
/** The instant a grant ends (exclusive: expired from this instant on), or undefined when `value` is not valid. */
function parseExpiry(value) {
    const date = DATE.exec(value);
    if (date) {
        const [year, month, day] = date.slice(1, 4).map(Number);
        if (!validDay(year, month, day))
            return undefined;
        return new Date(Date.UTC(year, month - 1, day) + DAY_MS);
    }
    const stamp = TIMESTAMP.exec(value);
    if (!stamp)
        return undefined;
    const [year, month, day, hour, minute] = stamp.slice(1, 6).map(Number);
    const second = stamp[6] === undefined ? 0 : Number(stamp[6]);
    if (!validDay(year, month, day) || hour > 23 || minute > 59 || second > 59)
        return undefined;
    const fraction = stamp[7] === undefined ? 0 : Math.floor(Number(stamp[7]) * 1000);
    let offset = 0;
    if (stamp[9] !== undefined) {
        const offsetHours = Number(stamp[10]);
        const offsetMinutes = Number(stamp[11]);
        if (offsetHours > 23 || offsetMinutes > 59)
            return undefined;
        offset = (stamp[9] === '-' ? -1 : 1) * (offsetHours * 60 + offsetMinutes) * 60_000;
    }
    return new Date(Date.UTC(year, month - 1, day, hour, minute, second, fraction) - offset);
}
function validDay(year, month, day) {
    if (month < 1 || month > 12 || day < 1)
        return false;
    return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}


/***/ }),

/***/ 7335:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $A: () => (/* binding */ PROJECT_PATTERN),
/* harmony export */   $Q: () => (/* binding */ IDENTIFIER_PATTERN),
/* harmony export */   $k: () => (/* binding */ definitionSchema),
/* harmony export */   GA: () => (/* binding */ DEFAULT_DEPLOY_EVENTS),
/* harmony export */   M0: () => (/* binding */ DEFAULT_DEFINITION_GLOBS),
/* harmony export */   Qn: () => (/* binding */ configSchema),
/* harmony export */   Yj: () => (/* binding */ closestKeys),
/* harmony export */   aY: () => (/* binding */ REGION_PATTERN),
/* harmony export */   hy: () => (/* binding */ knownKeysAt),
/* harmony export */   j5: () => (/* binding */ ACCOUNT_PATTERN),
/* harmony export */   nx: () => (/* binding */ IDENTIFIER_RULE),
/* harmony export */   pF: () => (/* binding */ DEFAULT_NAMING),
/* harmony export */   qK: () => (/* binding */ unionOptionKeysAt)
/* harmony export */ });
/* unused harmony exports RULE_SEVERITIES, ACCOUNT_RULE, ASSERTION_ACTION_PATTERN, roleDefinitionSchema, managedPolicyDefinitionSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8816);
/* harmony import */ var _model_iam_limits_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8773);
/* harmony import */ var _expiry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8655);
/**
 * The one schema of RoleGate's files, in code. Validation of loaded files and the published JSON
 * Schemas (schema/*.schema.json, generated by scripts/generate-schema.ts) both come from here.
 *
 * Policy documents are deliberately loose: their grammar is IAM's, checked by the
 * `malformed-policy` rule with IAM's own vocabulary, not by this schema.
 *
 * IAM's limits on names, tags, paths, descriptions and session durations apply to rendered values
 * (after `{variables}`, defaults and overrides): the quota rules (lint/rules/quotas.ts) check them
 * there, say where each value came from, and obey `rules:` severities. The schema carries the same
 * limits as JSON Schema keywords only (`forEditors`), so editors flag them as people type. Every
 * property has a description: it is the hover text in editors.
 */



const RULE_SEVERITIES = ['error', 'warning', 'notice', 'off'];
/** Logical names and environment names. */
const IDENTIFIER_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
const IDENTIFIER_RULE = 'use letters, digits, "-", "_" or "." (start with a letter or digit)';
/** `project`: characters IAM allows in role and policy names. */
const PROJECT_PATTERN = /^[A-Za-z0-9][A-Za-z0-9+=,.@_-]*$/;
const ACCOUNT_PATTERN = /^\d{12}$/;
const ACCOUNT_RULE = 'an AWS account id is 12 digits; quote it so YAML keeps leading zeros';
const REGION_PATTERN = /^[a-z]{2}(-[a-z]+)+-\d+$/;
const identifier = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(IDENTIFIER_PATTERN, IDENTIFIER_RULE);
/** JSON Schema keywords for editors; validation leaves these limits to the quota rules (above). */
function forEditors(schema, keywords) {
    return schema.meta(keywords);
}
/** A physical name as written: IAM's characters, or `{variable}`s that render to them. */
const NAME_TEMPLATE_PATTERN = String.raw `^(?:[\w+=,.@-]|\{[A-Za-z0-9_.-]+\})+$`;
const iamPath = forEditors(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), {
    pattern: String.raw `^[\x21-\x7E]*$`,
    maxLength: _model_iam_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .PATH_MAX */ .n6
});
const description = forEditors(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), { maxLength: _model_iam_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .DESCRIPTION_MAX */ .Ku });
const policyDocument = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ Statement: zod__WEBPACK_IMPORTED_MODULE_1__/* .unknown */ .L5J() })
    .catchall(zod__WEBPACK_IMPORTED_MODULE_1__/* .unknown */ .L5J())
    .meta({ id: 'PolicyDocument', description: 'An IAM policy document in IAM JSON grammar.' });
const scalar = zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY()]);
const tags = forEditors(zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(forEditors(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), { maxLength: _model_iam_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .TAG_KEY_MAX */ .mV }), zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([forEditors(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), { maxLength: _model_iam_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .TAG_VALUE_MAX */ .uM }), zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY()])), 
// RoleGate adds one tag itself: rolegate:managed-by.
{ maxProperties: _model_iam_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .TAGS_MAX */ .JO - 1 }).describe(`Tags: key → value; {variables} allowed. Keys up to ${_model_iam_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .TAG_KEY_MAX */ .mV} characters (not starting with aws:), values up to ${_model_iam_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .TAG_VALUE_MAX */ .uM}; at most ${_model_iam_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .TAGS_MAX */ .JO} per role or policy, counting rolegate:managed-by, which RoleGate adds.`);
const suppression = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    rule: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).describe('Rule id to suppress, e.g. service-wildcard.'),
    reason: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
        .regex(/\S/, 'a suppression needs a reason: say why this is acceptable')
        .describe('Why the finding is acceptable; shown in every report.'),
    statement: zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig()])
        .optional()
        .describe('Limit the suppression to the statement with this Sid (or 0-based index).')
});
// Time-bound grants (`expires` + `reason`): the date grammar and its meaning live in src/render/expiry.ts.
const expires = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
    .refine(value => (0,_expiry_js__WEBPACK_IMPORTED_MODULE_0__/* .parseExpiry */ .rQ)(value) !== undefined, { message: _expiry_js__WEBPACK_IMPORTED_MODULE_0__/* .EXPIRES_FORMAT */ .h1 })
    .meta({
    // For editors only (the refinement above also checks the calendar); the grammar: definitions/expiry.ts.
    pattern: _expiry_js__WEBPACK_IMPORTED_MODULE_0__/* .EXPIRES_PATTERN */ .mX.source,
    description: 'When the grant ends: a date (2026-12-31, the end of that day UTC) or a timestamp with a zone (2026-12-31T18:00:00Z).'
});
const expiryReason = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
    .regex(/\S/, 'say why the grant is temporary: an incident, a ticket')
    .describe('Why the grant is temporary; shown in lint findings and reports.');
/** `expires` needs a `reason`, and a `reason` belongs to an `expires`: reported at the key that is there. */
const expiryPair = (value, context) => {
    if (value.expires !== undefined && value.reason === undefined)
        context.addIssue({ code: 'custom', path: ['expires'], message: _expiry_js__WEBPACK_IMPORTED_MODULE_0__/* .EXPIRES_NEEDS_REASON */ .aN });
    if (value.reason !== undefined && value.expires === undefined)
        context.addIssue({
            code: 'custom',
            path: ['reason'],
            message: 'a reason belongs to an expires: add expires, or remove reason'
        });
};
const inlinePolicyGrant = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    document: policyDocument.describe('The policy document, in IAM JSON grammar.'),
    expires,
    reason: expiryReason.optional()
})
    .superRefine(expiryPair)
    .meta({ id: 'TimeBoundInlinePolicy', description: 'An inline policy that is removed once it expires.' });
const managedPolicyGrant = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    arn: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).describe('Managed policy ARN or logical name of a `kind: ManagedPolicy`.'),
    expires,
    reason: expiryReason.optional()
})
    .superRefine(expiryPair)
    .meta({
    id: 'TimeBoundManagedPolicy',
    description: 'A managed policy attachment that is removed once it expires.'
});
const environmentNames = zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(identifier)
    .min(1)
    .describe('Environments of rolegate.yml this definition is deployed to; default: all.');
/** `service:Action`, with `*`/`?` wildcards, or `*`: what an access assertion names. */
const ASSERTION_ACTION_PATTERN = /^(?:\*|[A-Za-z0-9*?-]+:[A-Za-z0-9*?]+)$/;
const oneOrMore = (item, what) => zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([item, zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(item).min(1)]).describe(what);
const assertionActions = (expectation) => oneOrMore(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(ASSERTION_ACTION_PATTERN, 'write an IAM action as service:Action, e.g. s3:GetObject'), expectation === 'allow'
    ? 'Actions the role must be allowed (service:Action, or a list). A wildcard (s3:Get*) stands for every action it matches: each must be allowed.'
    : 'Actions the role must be denied, explicitly or implicitly (service:Action, or a list). A wildcard (iam:*) stands for every action it matches: each must be denied.').optional();
/** `expect:` entries: access the role must have (or must not have), checked offline by access-assertion. */
const accessAssertion = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    allow: assertionActions('allow'),
    deny: assertionActions('deny'),
    resource: oneOrMore(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1), 'Resource ARN(s) the actions are asked about, or "*" for actions without a resource; {variables} are rendered per environment.'),
    context: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([scalar, zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(scalar).min(1)]))
        .optional()
        .describe('Request context: condition key → value, or a list of values for a multi-valued key (aws:SourceVpc, kms:ViaService, ...); {variables} are rendered.'),
    environments: environmentNames
        .optional()
        .describe("Environments this assertion is checked in; default: all of the role's.")
})
    .superRefine((value, context) => {
    if ((value.allow === undefined) === (value.deny === undefined))
        context.addIssue({
            code: 'custom',
            path: value.allow === undefined ? [] : ['deny'],
            message: value.allow === undefined
                ? 'an assertion needs allow: or deny: with the action(s) to check'
                : 'an assertion has either allow: or deny:, not both; write two entries'
        });
})
    .meta({
    id: 'AccessAssertion',
    description: 'An access assertion: { allow | deny: actions, resource, context?, environments? }.',
    // For editors: exactly one of allow and deny (validation says so in words, above).
    oneOf: [{ required: ['allow'] }, { required: ['deny'] }]
});
const roleDescription = description.describe(`Shown in the IAM console; at most ${_model_iam_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .DESCRIPTION_MAX */ .Ku} characters, Latin-1 text.`);
const maxSessionDuration = forEditors(zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int(), { minimum: _model_iam_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .SESSION_MIN */ .KC, maximum: _model_iam_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .SESSION_MAX */ .SP });
const roleFields = {
    roleName: forEditors(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1), { pattern: NAME_TEMPLATE_PATTERN, maxLength: _model_iam_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .ROLE_NAME_MAX */ .Ci })
        .optional()
        .describe(`Physical role name; default: rendered from \`naming\`. Letters, digits and +=,.@_- (and {variables}); at most ${_model_iam_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .ROLE_NAME_MAX */ .Ci} characters.`),
    description: roleDescription.optional(),
    trust: policyDocument.describe('Trust (assume-role) policy.'),
    policies: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([inlinePolicyGrant, policyDocument]))
        .optional()
        .describe('Inline policies by name: a document, or { document, expires, reason }.'),
    managedPolicies: forEditors(zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([managedPolicyGrant, zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1)])), {
        maxItems: _model_iam_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .MANAGED_POLICIES_MAX */ ._W
    })
        .optional()
        .describe(`Managed policies to attach: ARNs or logical names of \`kind: ManagedPolicy\` definitions, or { arn, expires, reason }. IAM allows ${_model_iam_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .MANAGED_POLICIES_DEFAULT */ .Ps} per role (up to ${_model_iam_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .MANAGED_POLICIES_MAX */ ._W} with a quota increase: limits.managedPoliciesPerRole).`),
    permissionsBoundary: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
        .nullable()
        .optional()
        .describe('Boundary policy ARN; null removes the default.'),
    maxSessionDuration: maxSessionDuration
        .optional()
        .describe(`Longest session of the role, in seconds: ${_model_iam_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .SESSION_MIN */ .KC} (1 hour, the default) to ${_model_iam_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .SESSION_MAX */ .SP} (12 hours).`),
    path: iamPath
        .optional()
        .describe(`IAM path, e.g. /app/ (default: path in rolegate.yml, else /); printable ASCII without spaces, at most ${_model_iam_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .PATH_MAX */ .n6} characters. RoleGate adds a missing leading or trailing /.`),
    tags: tags.optional(),
    instanceProfile: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().optional().describe('Also manage an instance profile of the same name.')
};
const roleOverride = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    description: roleFields.description,
    trust: roleFields.trust.optional(),
    policies: roleFields.policies,
    managedPolicies: roleFields.managedPolicies,
    permissionsBoundary: roleFields.permissionsBoundary,
    maxSessionDuration: roleFields.maxSessionDuration,
    path: roleFields.path,
    tags: roleFields.tags,
    instanceProfile: roleFields.instanceProfile
});
const roleDefinitionSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    kind: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('Role').describe('Role: an IAM role.'),
    name: identifier.describe('Logical name, unique per kind in the repository.'),
    environments: environmentNames.optional(),
    ...roleFields,
    overrides: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), roleOverride)
        .optional()
        .describe('Per environment name: fields deep-merged over this definition in that environment.'),
    adopt: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY()
        .optional()
        .describe('Take over an existing role of the same name that RoleGate does not own yet.'),
    suppress: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(suppression)
        .optional()
        .describe('Findings accepted for this definition: each { rule, reason, statement? }.'),
    expect: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(accessAssertion)
        .optional()
        .describe('Access assertions, checked offline on every validate and pull request (rule access-assertion): each { allow | deny: actions, resource, context?, environments? }.'),
    expires: expires.optional().describe('When the role ends: once expired it is treated as not defined.'),
    reason: expiryReason.optional()
})
    .superRefine(expiryPair)
    .meta({ id: 'Role' });
const policyDescription = description.describe(`Shown in the IAM console; at most ${_model_iam_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .DESCRIPTION_MAX */ .Ku} characters. IAM cannot change it after creation.`);
const policyPath = iamPath.describe(`IAM path, e.g. /app/ (default: path in rolegate.yml, else /); printable ASCII without spaces, at most ${_model_iam_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .PATH_MAX */ .n6} characters.`);
const policyBody = policyDocument.describe('The policy document, in IAM JSON grammar.');
const managedPolicyOverride = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    description: policyDescription.optional(),
    document: policyBody.optional(),
    path: policyPath.optional(),
    tags: tags.optional()
});
const managedPolicyDefinitionSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    kind: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('ManagedPolicy').describe('ManagedPolicy: a customer-managed IAM policy.'),
    name: identifier.describe('Logical name, referenced from roles’ managedPolicies.'),
    policyName: forEditors(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1), { pattern: NAME_TEMPLATE_PATTERN, maxLength: _model_iam_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .POLICY_NAME_MAX */ .el })
        .optional()
        .describe(`Physical policy name; default: rendered from \`naming\`. Letters, digits and +=,.@_- (and {variables}); at most ${_model_iam_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .POLICY_NAME_MAX */ .el} characters.`),
    description: policyDescription.optional(),
    environments: environmentNames.optional(),
    document: policyBody,
    path: policyPath.optional(),
    tags: tags.optional(),
    overrides: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), managedPolicyOverride)
        .optional()
        .describe('Per environment name: fields deep-merged over this definition in that environment.'),
    adopt: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY()
        .optional()
        .describe('Take over an existing policy of the same name that RoleGate does not own yet.'),
    suppress: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(suppression)
        .optional()
        .describe('Findings accepted for this definition: each { rule, reason, statement? }.')
})
    .meta({ id: 'ManagedPolicy' });
const definitionSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .discriminatedUnion */ .gMt('kind', [
    roleDefinitionSchema,
    managedPolicyDefinitionSchema
]);
const environmentSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    account: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
        .regex(ACCOUNT_PATTERN, ACCOUNT_RULE)
        .describe('AWS account id: 12 digits, quoted ("012345678901") so YAML keeps leading zeros.'),
    region: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
        .regex(REGION_PATTERN, 'use a region code such as us-east-1')
        .describe('AWS region code, e.g. us-east-1; {region} in definitions.'),
    partition: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['aws', 'aws-cn', 'aws-us-gov'])
        .optional()
        .describe('AWS partition, {partition} in ARNs; default: from the region (cn-* aws-cn, us-gov-* aws-us-gov).'),
    deployRole: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional().describe('Role RoleGate assumes to deploy this environment.'),
    protected: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY()
        .optional()
        .describe('Deploy only from a job bound to the GitHub environment of the same name.'),
    variables: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), scalar)
        .optional()
        .describe('Extra {name} variables for definitions in this environment: name → value.')
});
/** GitHub events `deploy` may run on unless `deploy.events` says otherwise. */
const DEFAULT_DEPLOY_EVENTS = ['push', 'workflow_dispatch', 'schedule'];
const deploySettings = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    refs: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
        .regex(/^refs\/\S+$/, 'write a full git ref such as refs/heads/main or refs/tags/v* ("*" matches any characters)'))
        .min(1)
        .optional()
        .describe('Git refs deploy may run from ("*" matches any characters); default: the default branch of the repository.'),
    events: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
        .regex(/^[a-z_]+$/, 'use a GitHub event name such as push, workflow_dispatch or schedule')
        .refine(event => !event.startsWith('pull_request'), {
        message: 'pull_request events run code that is not merged yet; RoleGate never deploys from them'
    }))
        .min(1)
        .optional()
        .describe('GitHub events deploy may run on; default: push, workflow_dispatch, schedule.')
})
    .describe('Where deploy may run from (the action only; the CLI has no event).');
const configSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    version: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(1).describe('Format version of rolegate.yml: 1.'),
    project: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
        .regex(PROJECT_PATTERN, 'use characters IAM allows in names')
        .describe('Project name, {project} in templates: letters, digits and +=,.@_- (it starts physical names), starting with a letter or digit.'),
    definitions: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1)).min(1).optional().describe('Globs relative to this file.'),
    naming: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
        .optional()
        .describe('Physical name template; default "{project}-{environment}-{name}".'),
    path: iamPath
        .optional()
        .describe(`Default IAM path, e.g. /app/; default "/". At most ${_model_iam_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .PATH_MAX */ .n6} characters.`),
    managedBy: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
        .optional()
        .describe('Value of the rolegate:managed-by ownership tag; default: the GitHub repository owner/name.'),
    managedByAcknowledgement: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
        managedBy: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).describe('The managedBy value acknowledged; must equal managedBy.'),
        reason: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().trim().min(1).describe('Why this repository acts on resources of that owner.')
    })
        .optional()
        .describe("Required for deploy when managedBy differs from the repository that runs it: this repository then changes (and with prune deletes) what that owner's deploys created."),
    defaults: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
        permissionsBoundary: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
            .optional()
            .describe('Boundary policy ARN for every role, e.g. arn:{partition}:iam::{account}:policy/boundary.'),
        maxSessionDuration: maxSessionDuration
            .optional()
            .describe(`Session length of every role, in seconds: ${_model_iam_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .SESSION_MIN */ .KC} (the default) to ${_model_iam_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .SESSION_MAX */ .SP}.`),
        tags: tags.optional(),
        path: iamPath
            .optional()
            .describe(`IAM path of every role and policy; at most ${_model_iam_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .PATH_MAX */ .n6} characters.`)
    })
        .optional()
        .describe('Applied to every role unless the role says otherwise.'),
    requirePermissionsBoundary: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY()
        .optional()
        .describe('Every role must have a permissions boundary.'),
    environments: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(identifier, environmentSchema)
        .refine(value => Object.keys(value).length > 0, {
        message: 'define at least one environment'
    })
        .describe('Environment name → its account and region; {environment} in templates. Deploy order.'),
    rules: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(RULE_SEVERITIES))
        .optional()
        .describe('Severity overrides per rule id.'),
    expiry: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
        expiringWithinDays: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig()
            .int()
            .min(0)
            .max(365)
            .optional()
            .describe('grant-expiring reports grants that expire within this many days; default 7.')
    })
        .optional()
        .describe('Time-bound grants (`expires` on roles, inline policies and managed policy entries).'),
    deploy: deploySettings.optional(),
    limits: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
        trustPolicySize: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig()
            .int()
            .min(_model_iam_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .TRUST_POLICY_DEFAULT */ .Oh)
            .max(_model_iam_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .TRUST_POLICY_MAX */ .n5)
            .optional()
            .describe(`Trust policy characters your account allows: ${_model_iam_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .TRUST_POLICY_DEFAULT */ .Oh} (the default) to ${_model_iam_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .TRUST_POLICY_MAX */ .n5}.`),
        managedPoliciesPerRole: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig()
            .int()
            .min(_model_iam_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .MANAGED_POLICIES_DEFAULT */ .Ps)
            .max(_model_iam_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .MANAGED_POLICIES_MAX */ ._W)
            .optional()
            .describe(`Managed policies per role your account allows: ${_model_iam_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .MANAGED_POLICIES_DEFAULT */ .Ps} (the default) to ${_model_iam_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .MANAGED_POLICIES_MAX */ ._W}.`)
    })
        .optional()
        .describe('IAM quotas your account has raised.')
})
    .meta({ id: 'RoleGateConfig' });
/** The keys a mapping at `path` of a value validated by `schema` may have, for "did you mean". */
function knownKeysAt(schema, value, path) {
    const walker = walk(schema, value, path);
    if (!walker || !walker.step(undefined))
        return [];
    return shapeKeys(walker.node());
}
/**
 * The declared keys of each option of the union at `path` (empty for an option that is not a
 * mapping), in the union's order: the order of zod's `invalid_union` branches.
 */
function unionOptionKeysAt(schema, value, path) {
    const walker = walk(schema, value, path);
    if (!walker)
        return undefined;
    const def = zodDef(unwrap(walker.node()));
    if (def?.type !== 'union')
        return undefined;
    return def.options.map(option => shapeKeys(unwrap(option)));
}
function zodDef(node) {
    return node?._zod?.def;
}
function unwrap(node) {
    for (let guard = 0; guard < 20; guard++) {
        const def = zodDef(node);
        if (def?.type === 'optional' || def?.type === 'nullable' || def?.type === 'default')
            node = def.innerType;
        else if (def?.type === 'pipe')
            node = def.in;
        else
            return node;
    }
    return node;
}
function shapeKeys(node) {
    const def = zodDef(node);
    return def?.type === 'object' ? Object.keys(def.shape ?? {}) : [];
}
/** Follows `path` through the schema beside the value; undefined where the schema has no such key. */
function walk(schema, value, path) {
    let node = schema;
    let current = value;
    const step = (key) => {
        for (let guard = 0; guard < 20; guard++) {
            const def = zodDef(node);
            if (!def)
                return false;
            switch (def.type) {
                case 'optional':
                case 'nullable':
                case 'default':
                case 'pipe':
                    node = unwrap(node);
                    continue;
                case 'union':
                    node = unionOption(def.options, current);
                    continue;
                case 'object':
                    if (key === undefined)
                        return true;
                    node = def.shape[String(key)];
                    return node !== undefined;
                case 'record':
                    if (key === undefined)
                        return false;
                    node = def.valueType;
                    return true;
                case 'array':
                    if (key === undefined)
                        return false;
                    node = def.element;
                    return true;
                default:
                    return false;
            }
        }
        return false;
    };
    for (const key of path) {
        if (!step(key))
            return undefined;
        current = current?.[key];
    }
    return { step, node: () => node };
}
/**
 * The option a value was meant as: by its `kind`, else the mapping option that declares most of
 * the value's keys (an inline policy `{ document, expires, reason }` vs a plain document), else the first.
 */
function unionOption(options, value) {
    const kind = value?.kind;
    const byKind = kind === undefined ? undefined : options.find(option => optionKind(option) === kind);
    if (byKind)
        return byKind;
    return options[bestOverlap(options.map(option => shapeKeys(unwrap(option))), value)];
}
/** Index of the key list that holds most of `value`'s own keys; the first on a tie. */
function bestOverlap(keyLists, value) {
    return closestKeys(keyLists, value) ?? 0;
}
/** Index of the key list that holds most of `value`'s own keys, or undefined when none stands out. */
function closestKeys(keyLists, value) {
    if (value === null || typeof value !== 'object' || Array.isArray(value))
        return undefined;
    const own = Object.keys(value);
    const counts = keyLists.map(keys => own.filter(key => keys.includes(key)).length);
    const most = Math.max(...counts);
    return most > 0 && counts.filter(count => count === most).length === 1 ? counts.indexOf(most) : undefined;
}
function optionKind(option) {
    const shape = option._zod.def.shape;
    return shape?.kind?._zod.def.values?.[0];
}
const DEFAULT_DEFINITION_GLOBS = ['iam/**/*.yml', 'iam/**/*.yaml', 'iam/**/*.json'];
const DEFAULT_NAMING = '{project}-{environment}-{name}';


/***/ }),

/***/ 8773:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ci: () => (/* binding */ ROLE_NAME_MAX),
/* harmony export */   JO: () => (/* binding */ TAGS_MAX),
/* harmony export */   KC: () => (/* binding */ SESSION_MIN),
/* harmony export */   Ku: () => (/* binding */ DESCRIPTION_MAX),
/* harmony export */   Oh: () => (/* binding */ TRUST_POLICY_DEFAULT),
/* harmony export */   Ps: () => (/* binding */ MANAGED_POLICIES_DEFAULT),
/* harmony export */   SP: () => (/* binding */ SESSION_MAX),
/* harmony export */   Vh: () => (/* binding */ NAME_PATTERN),
/* harmony export */   _W: () => (/* binding */ MANAGED_POLICIES_MAX),
/* harmony export */   el: () => (/* binding */ POLICY_NAME_MAX),
/* harmony export */   mV: () => (/* binding */ TAG_KEY_MAX),
/* harmony export */   n5: () => (/* binding */ TRUST_POLICY_MAX),
/* harmony export */   n6: () => (/* binding */ PATH_MAX),
/* harmony export */   uM: () => (/* binding */ TAG_VALUE_MAX)
/* harmony export */ });
/**
 * IAM's documented limits (IAM and STS quotas; CreateRole/CreatePolicy/TagRole API references), in
 * one place: lint/rules/quotas.ts checks rendered values against them, and the schema carries them
 * as JSON Schema keywords so editors flag them as people type.
 */
const ROLE_NAME_MAX = 64;
const POLICY_NAME_MAX = 128;
/** Characters IAM allows in role and policy names. */
const NAME_PATTERN = /^[\w+=,.@-]+$/;
const TRUST_POLICY_DEFAULT = 2048;
const TRUST_POLICY_MAX = 4096;
const MANAGED_POLICIES_DEFAULT = 10;
const MANAGED_POLICIES_MAX = 20;
/** Tags per role or policy, counting the rolegate:managed-by tag RoleGate adds. */
const TAGS_MAX = 50;
const TAG_KEY_MAX = 128;
const TAG_VALUE_MAX = 256;
const SESSION_MIN = 3600;
const SESSION_MAX = 43200;
const DESCRIPTION_MAX = 1000;
const PATH_MAX = 512;


/***/ }),

/***/ 156:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ OWNERSHIP_TAG)
/* harmony export */ });
const OWNERSHIP_TAG = 'rolegate:managed-by';


/***/ }),

/***/ 7557:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R8: () => (/* binding */ GITHUB_OIDC_HOST),
/* harmony export */   hp: () => (/* binding */ bootstrapBoundary),
/* harmony export */   pm: () => (/* binding */ bootstrapDeployRoleArn)
/* harmony export */ });
/* unused harmony export bootstrapBoundaryDocument */
/* harmony import */ var _util_own_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8996);
/* harmony import */ var _render_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9518);
/* harmony import */ var _variables_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(541);



const GITHUB_OIDC_HOST = 'token.actions.githubusercontent.com';
/** The deployer role bootstrap creates: `deployRole` of the environment, else `<prefix>rolegate-deployer`. */
function bootstrapDeployRoleArn(config, environment) {
    const env = (0,_util_own_js__WEBPACK_IMPORTED_MODULE_2__/* .own */ .ZV)(config.environments, environment);
    if (!env)
        throw new Error(`environment ${environment} is not defined`);
    const variables = (0,_render_js__WEBPACK_IMPORTED_MODULE_0__/* .environmentVariables */ .ro)(config, environment);
    const { partition } = variables;
    const prefix = (0,_render_js__WEBPACK_IMPORTED_MODULE_0__/* .namePrefix */ .w8)({ config, variables });
    const name = (env.deployRole ?? `arn:${partition}:iam::${env.account}:role/${prefix}rolegate-deployer`)
        .split('/')
        .pop();
    return `arn:${partition}:iam::${env.account}:role/${name}`;
}
/**
 * The boundary bootstrap creates for `environment`: `defaults.permissionsBoundary`, rendered, when
 * it names a policy in the environment's own account (bootstrap creates no other); else undefined.
 */
function bootstrapBoundary(config, environment) {
    const env = (0,_util_own_js__WEBPACK_IMPORTED_MODULE_2__/* .own */ .ZV)(config.environments, environment);
    const declared = config.defaults?.permissionsBoundary;
    if (!env || !declared)
        return undefined;
    const variables = (0,_render_js__WEBPACK_IMPORTED_MODULE_0__/* .environmentVariables */ .ro)(config, environment);
    // bootstrap refuses a naming template without a prefix: it then creates no boundary either.
    if (!(0,_render_js__WEBPACK_IMPORTED_MODULE_0__/* .namePrefix */ .w8)({ config, variables }))
        return undefined;
    const { partition } = variables;
    const arn = (0,_variables_js__WEBPACK_IMPORTED_MODULE_1__/* .substituteString */ .gf)(declared, variables, () => { });
    if (!arn.startsWith(`arn:${partition}:iam::${env.account}:policy/`))
        return undefined;
    return {
        arn,
        document: bootstrapBoundaryDocument(partition, env.account, bootstrapDeployRoleArn(config, environment), arn)
    };
}
/** Application roles may do their jobs, never IAM administration, and never touch RoleGate's own pieces. */
function bootstrapBoundaryDocument(partition, account, deployRoleArn, boundaryArn) {
    return {
        Version: '2012-10-17',
        Statement: [
            { Sid: 'AllowWorkloads', Effect: 'Allow', Action: '*', Resource: '*' },
            {
                Sid: 'NoIamAdministration',
                Effect: 'Deny',
                Action: [
                    'iam:Create*',
                    'iam:Delete*',
                    'iam:Put*',
                    'iam:Attach*',
                    'iam:Detach*',
                    'iam:Update*',
                    'iam:Add*',
                    'iam:Remove*',
                    'iam:Set*',
                    'iam:Tag*',
                    'iam:Untag*',
                    'iam:UploadSSHPublicKey',
                    'iam:UploadServerCertificate',
                    'iam:UploadSigningCertificate'
                ],
                Resource: '*'
            },
            {
                Sid: 'NoAccountOrOrganizationChanges',
                Effect: 'Deny',
                Action: ['organizations:*', 'account:*'],
                Resource: '*'
            },
            {
                Sid: 'ProtectRoleGate',
                Effect: 'Deny',
                Action: '*',
                Resource: [
                    deployRoleArn,
                    boundaryArn,
                    `arn:${partition}:iam::${account}:oidc-provider/${GITHUB_OIDC_HOST}`
                ]
            }
        ]
    };
}


/***/ }),

/***/ 6144:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ deepMerge)
/* harmony export */ });
/* harmony import */ var _model_source_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5180);
/* harmony import */ var _util_own_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8996);


function isPlainObject(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}
/**
 * Deep merge for per-environment overrides: mappings merge key by key, anything else (lists
 * included) is replaced. Each key keeps the position of the side it came from. Keys are user data
 * (`__proto__`, `constructor`): only own keys are merged, and each is written as an own key.
 */
function deepMerge(base, override) {
    if (override === undefined)
        return base;
    if (!isPlainObject(base) || !isPlainObject(override))
        return override;
    const merged = {};
    (0,_model_source_js__WEBPACK_IMPORTED_MODULE_0__/* .linkPositions */ .ne)(base, merged);
    for (const [key, value] of Object.entries(base))
        (0,_util_own_js__WEBPACK_IMPORTED_MODULE_1__/* .setOwn */ .P5)(merged, key, value);
    for (const [key, value] of Object.entries(override)) {
        (0,_util_own_js__WEBPACK_IMPORTED_MODULE_1__/* .setOwn */ .P5)(merged, key, (0,_util_own_js__WEBPACK_IMPORTED_MODULE_1__/* .hasOwn */ .$3)(base, key) ? deepMerge(base[key], value) : value);
        (0,_model_source_js__WEBPACK_IMPORTED_MODULE_0__/* .copyPosition */ .ZB)(override, key, merged, key);
    }
    return merged;
}


/***/ }),

/***/ 9518:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ny: () => (/* binding */ DEFAULT_MAX_SESSION_DURATION),
  dv: () => (/* binding */ RenderMemo),
  ro: () => (/* binding */ environmentVariables),
  w8: () => (/* binding */ namePrefix),
  iQ: () => (/* binding */ partitionOf),
  XX: () => (/* binding */ render)
});

// EXTERNAL MODULE: ./src/definitions/schema.ts
var schema = __webpack_require__(7335);
// EXTERNAL MODULE: ./src/model/source.ts
var source = __webpack_require__(5180);
// EXTERNAL MODULE: ./src/model/state.ts
var state = __webpack_require__(156);
// EXTERNAL MODULE: ./src/util/own.ts
var own = __webpack_require__(8996);
// EXTERNAL MODULE: ./src/util/suggest.ts + 1 modules
var suggest = __webpack_require__(5670);
// EXTERNAL MODULE: ./src/definitions/expiry.ts
var expiry = __webpack_require__(8655);
;// CONCATENATED MODULE: ./src/render/expiry.ts
/**
 * Time-bound grants at render time: a role, an inline policy or a managed policy entry with
 * `expires` is rendered until it ends and left out from then on, so plan and deploy remove it and
 * drift reports it while it is still live. Every grant is recorded (expired or not) for the
 * `grant-expiring` and `grant-expired` lint rules. Pure: the clock is the caller's `now`.
 */


/** Records grants while rendering one environment, against one `now`. */
class GrantClock {
    now;
    grants = [];
    constructor(now) {
        this.now = now;
    }
    /**
     * Records the grant when `holder` has an `expires`; true when it has ended and must be left out.
     * `fallback` locates a grant whose `expires` position is unknown.
     */
    expired(holder, grant, fallback) {
        if (holder.expires === undefined)
            return false;
        const endsAt = (0,expiry/* parseExpiry */.rQ)(holder.expires);
        if (!endsAt)
            return false; // the schema reported it; a definition with schema errors does not deploy
        const remainingMs = endsAt.getTime() - this.now.getTime();
        const recorded = {
            kind: grant.kind,
            role: grant.role,
            expires: holder.expires,
            endsAt: endsAt.toISOString(),
            remainingMs,
            reason: (holder.reason ?? '').trim(),
            location: (0,source/* positionOf */.df)(holder, 'expires') ?? fallback
        };
        if (grant.name !== undefined)
            recorded.name = grant.name;
        this.grants.push(recorded);
        return remainingMs <= 0;
    }
}
/** A time-bound inline policy (`{ document, expires, reason }`), as opposed to a plain document. */
function isInlinePolicyGrant(entry) {
    return Object.hasOwn(entry, 'document');
}
/** The policy document of an inline policy entry, in either form. */
function inlinePolicyDocument(entry) {
    return (isInlinePolicyGrant(entry) ? entry.document : entry);
}
/** The ARN or logical name of a managed policy entry, in either form. */
function managedPolicyReference(entry) {
    return typeof entry === 'string' ? entry : entry.arn;
}

// EXTERNAL MODULE: ./src/render/bootstrap-boundary.ts
var bootstrap_boundary = __webpack_require__(7557);
// EXTERNAL MODULE: ./src/render/merge.ts
var merge = __webpack_require__(6144);
// EXTERNAL MODULE: ./src/render/variables.ts
var variables = __webpack_require__(541);
;// CONCATENATED MODULE: ./src/render/render.ts









const DEFAULT_MAX_SESSION_DURATION = 3600;
/**
 * Roles already rendered, by definition and by everything else a role's rendering reads (the
 * config, the environment, the owner, the clock, the environment's managed-policy names). A diff
 * loads the base reusing the working tree's unchanged files (the same definition objects), so
 * with the head's memo an unchanged role in an unchanged context is the head's rendering, with its
 * findings and time-bound grants, instead of a second one. Rendered values are not modified
 * downstream, so sharing them is safe; findings are copied (lint annotates them).
 */
class RenderMemo {
    #roles = new WeakMap();
    get(item, context) {
        return this.#roles.get(item)?.get(context);
    }
    set(item, context, rendered) {
        let byContext = this.#roles.get(item);
        if (!byContext)
            this.#roles.set(item, (byContext = new Map()));
        byContext.set(context, rendered);
    }
}
function partitionOf(environment) {
    if (environment.partition)
        return environment.partition;
    if (environment.region.startsWith('cn-'))
        return 'aws-cn';
    if (environment.region.startsWith('us-gov-'))
        return 'aws-us-gov';
    return 'aws';
}
function render(config, loaded, options) {
    const findings = [];
    const environmentNames = Object.keys(config.environments);
    checkEnvironmentReferences(loaded, environmentNames, findings);
    const selected = options.environments ?? environmentNames;
    const state = { project: config.project, environments: {} };
    for (const environment of selected) {
        // Environment names are user data: `constructor` or `toString` must not read Object's members.
        const environmentConfig = (0,own/* own */.ZV)(config.environments, environment);
        if (!environmentConfig)
            continue;
        (0,own/* setOwn */.P5)(state.environments, environment, renderEnvironment(config, environment, environmentConfig, loaded, options, findings));
    }
    return { state, findings };
}
/** The `{name}` variables of an environment: its own `variables`, then the built-ins. */
function environmentVariables(config, environment) {
    const environmentConfig = (0,own/* own */.ZV)(config.environments, environment);
    if (!environmentConfig)
        throw new Error(`environment ${environment} is not defined`);
    return {
        ...Object.fromEntries(Object.entries(environmentConfig.variables ?? {}).map(([key, value]) => [key, String(value)])),
        project: config.project,
        environment,
        account: environmentConfig.account,
        region: environmentConfig.region,
        partition: partitionOf(environmentConfig)
    };
}
function renderEnvironment(config, environment, environmentConfig, loaded, options, findings) {
    const partition = partitionOf(environmentConfig);
    const variables = environmentVariables(config, environment);
    const context = {
        config,
        environment,
        variables,
        options,
        findings,
        partition,
        account: environmentConfig.account,
        clock: new GrantClock(options.now)
    };
    const applicable = loaded.filter(item => (item.definition.environments ?? Object.keys(config.environments)).includes(environment));
    const managedPolicies = [];
    for (const item of applicable) {
        if (item.definition.kind === 'ManagedPolicy')
            managedPolicies.push(renderManagedPolicy(item, item.definition, context));
    }
    const policyArns = new Map(managedPolicies.map(policy => [policy.logicalName, policy.arn]));
    // What a role's rendering reads besides its definition (see RenderMemo).
    const memoContext = options.memo &&
        JSON.stringify([environment, options.managedBy, options.now.getTime(), config, [...policyArns]]);
    const roles = [];
    for (const item of applicable) {
        if (item.definition.kind !== 'Role')
            continue;
        // An expired role is treated as not defined: plan lists it as an orphan, prune deletes it.
        const role = { kind: 'role', role: item.definition.name };
        if (context.clock.expired(item.definition, role, item.location))
            continue;
        const memoized = memoContext ? options.memo?.get(item, memoContext) : undefined;
        if (memoized) {
            roles.push(memoized.role);
            findings.push(...memoized.findings.map(finding => ({ ...finding })));
            context.clock.grants.push(...memoized.grants);
            continue;
        }
        const findingsBefore = findings.length;
        const grantsBefore = context.clock.grants.length;
        const rendered = renderRole(item, item.definition, context, policyArns);
        roles.push(rendered);
        if (memoContext)
            options.memo?.set(item, memoContext, {
                role: rendered,
                findings: findings.slice(findingsBefore).map(finding => ({ ...finding })),
                grants: context.clock.grants.slice(grantsBefore)
            });
    }
    reportDuplicateNames(roles, environment, 'role', findings);
    reportDuplicateNames(managedPolicies, environment, 'managed policy', findings);
    const state = {
        environment,
        account: environmentConfig.account,
        region: environmentConfig.region,
        partition,
        roles,
        managedPolicies
    };
    if (context.clock.grants.length > 0)
        state.timeBoundGrants = context.clock.grants;
    const boundary = (0,bootstrap_boundary/* bootstrapBoundary */.hp)(config, environment);
    if (boundary)
        state.bootstrapBoundary = boundary;
    return state;
}
function renderRole(item, raw, context, policyArns) {
    const { config } = context;
    const definition = mergeOverrides(raw, context.environment);
    const unknown = [];
    const render = (value, location) => (0,variables/* substituteDeep */.fw)(value, context.variables, unknown, location);
    const field = (key) => (0,source/* positionOf */.df)(definition, key) ?? item.location;
    const path = normalizePath(render(definition.path ?? config.defaults?.path ?? config.path ?? '/', field('path')));
    const name = physicalName(definition.roleName, definition.name, context, item, field('roleName'), unknown);
    const boundary = resolveBoundary(definition.permissionsBoundary, context, policyArns, render, field('permissionsBoundary'));
    const managedPolicyArns = [];
    const fields = fieldPositions(definition);
    (definition.managedPolicies ?? []).forEach((entry, index) => {
        const location = (0,source/* positionOf */.df)(definition.managedPolicies, index) ?? field('managedPolicies');
        fields[`managedPolicies.${index}`] = location;
        const reference = managedPolicyReference(entry);
        if (typeof entry !== 'string') {
            const grant = { kind: 'managedPolicy', role: definition.name, name: reference };
            if (context.clock.expired(entry, grant, location))
                return;
        }
        const rendered = render(reference, location);
        const arn = rendered.startsWith('arn:') ? rendered : policyArns.get(rendered);
        if (arn) {
            managedPolicyArns.push(arn);
            // The list is sorted below: keep where each ARN was written, for findings about an attachment.
            fields[`managedPolicyArn:${arn}`] ??= location;
            return;
        }
        context.findings.push({
            rule: 'unknown-reference',
            severity: 'error',
            message: `managed policy "${rendered}" is neither an ARN nor a kind: ManagedPolicy defined for environment ${context.environment}${(0,suggest/* didYouMean */.a)(rendered, policyArns.keys())}`,
            file: location.file,
            line: location.line,
            column: location.column,
            environment: context.environment,
            role: definition.name
        });
    });
    const tags = renderTags(definition.tags, context, render, fields, definition);
    const role = {
        logicalName: definition.name,
        name,
        path,
        arn: `arn:${context.partition}:iam::${context.account}:role${path}${name}`,
        description: render(definition.description ?? '', field('description')),
        maxSessionDuration: definition.maxSessionDuration ?? config.defaults?.maxSessionDuration ?? DEFAULT_MAX_SESSION_DURATION,
        trustPolicy: render(definition.trust, field('trust')),
        inlinePolicies: renderInlinePolicies(definition, context, render, item.location),
        managedPolicyArns: [...new Set(managedPolicyArns)].sort(),
        tags,
        instanceProfile: definition.instanceProfile ?? false,
        source: sourceRef(item, fields, definition.suppress)
    };
    if (boundary)
        role.permissionsBoundary = boundary;
    if (definition.adopt)
        role.adopt = true;
    const assertions = renderAssertions(definition, context.environment, render);
    if (assertions.length > 0)
        role.expect = assertions;
    reportUnknownVariables(unknown, context, item, definition.name);
    return role;
}
/**
 * The role's `expect:` entries that apply to `environment`, with `{variables}` rendered in every
 * string (actions, resources, context keys and values). Each keeps its index and line: the
 * access-assertion rule reports there. Assertions are the role's intent, not its permissions:
 * compare, plan and deploy never read them.
 */
function renderAssertions(definition, environment, render) {
    const assertions = [];
    (definition.expect ?? []).forEach((entry, index) => {
        if (entry.environments && !entry.environments.includes(environment))
            return;
        const location = (0,source/* positionOf */.df)(definition.expect, index);
        const listed = (value) => value === undefined ? [] : typeof value === 'string' ? [value] : value;
        const at = (key) => (0,source/* positionOf */.df)(entry, key) ?? location;
        const verb = entry.allow !== undefined ? 'allow' : 'deny';
        const assertion = {
            expect: verb,
            actions: render(listed(entry.allow ?? entry.deny), at(verb)),
            resources: render(listed(entry.resource), at('resource')),
            // Entries, not an object: condition keys are user input (`constructor`, `__proto__`).
            context: Object.entries(entry.context ?? {}).map(([key, value]) => [
                render(key, (0,source/* positionOf */.df)(entry.context, key) ?? at('context')),
                (Array.isArray(value) ? value : [value]).map(item => render(String(item), (0,source/* positionOf */.df)(entry.context, key) ?? at('context')))
            ]),
            index
        };
        if (location)
            assertion.location = location;
        assertions.push(assertion);
    });
    return assertions;
}
function renderInlinePolicies(definition, context, render, fallback) {
    // Entries, then Object.fromEntries: a policy named `__proto__` stays an own key, not a prototype.
    const policies = [];
    for (const [policyName, entry] of Object.entries(definition.policies ?? {})) {
        let location = (0,source/* positionOf */.df)(definition.policies, policyName);
        if (isInlinePolicyGrant(entry)) {
            const grant = { kind: 'inlinePolicy', role: definition.name, name: policyName };
            if (context.clock.expired(entry, grant, location ?? fallback))
                continue;
            location = (0,source/* positionOf */.df)(entry, 'document') ?? location;
        }
        policies.push([policyName, render(inlinePolicyDocument(entry), location)]);
    }
    return Object.fromEntries(policies);
}
function renderManagedPolicy(item, raw, context) {
    const { config } = context;
    const definition = mergeOverrides(raw, context.environment);
    const unknown = [];
    const render = (value, location) => (0,variables/* substituteDeep */.fw)(value, context.variables, unknown, location);
    const field = (key) => (0,source/* positionOf */.df)(definition, key) ?? item.location;
    const fields = fieldPositions(definition);
    const path = normalizePath(render(definition.path ?? config.defaults?.path ?? config.path ?? '/', field('path')));
    const name = physicalName(definition.policyName, definition.name, context, item, field('policyName'), unknown);
    const policy = {
        logicalName: definition.name,
        name,
        path,
        arn: `arn:${context.partition}:iam::${context.account}:policy${path}${name}`,
        description: render(definition.description ?? '', field('description')),
        document: render(definition.document, field('document')),
        tags: renderTags(definition.tags, context, render, fields, definition),
        source: sourceRef(item, fields, definition.suppress)
    };
    if (definition.adopt)
        policy.adopt = true;
    reportUnknownVariables(unknown, context, item, definition.name);
    return policy;
}
function mergeOverrides(definition, environment) {
    const override = (0,own/* own */.ZV)(definition.overrides, environment);
    return override ? (0,merge/* deepMerge */.$)(definition, override) : definition;
}
function physicalName(explicit, logicalName, context, item, location, unknown) {
    const template = explicit ?? context.config.naming ?? schema/* DEFAULT_NAMING */.pF;
    const rendered = (0,variables/* substituteDeep */.fw)(template, { ...context.variables, name: logicalName }, unknown, explicit ? location : item.location);
    if (explicit) {
        const prefix = namePrefix(context);
        if (prefix && !rendered.startsWith(prefix)) {
            context.findings.push({
                rule: 'naming-convention',
                severity: 'warning',
                message: `name "${rendered}" does not start with "${prefix}" from the naming template; a deployer scoped to the project's names (rolegate bootstrap) cannot manage it`,
                file: location.file,
                line: location.line,
                column: location.column,
                environment: context.environment,
                role: logicalName
            });
        }
    }
    return rendered;
}
/** The part of the naming template before `{name}`, rendered: what every physical name starts with. */
function namePrefix(context) {
    const template = context.config.naming ?? schema/* DEFAULT_NAMING */.pF;
    const index = template.indexOf('{name}');
    if (index <= 0)
        return '';
    return (0,variables/* substituteDeep */.fw)(template.slice(0, index), context.variables, []);
}
function resolveBoundary(declared, context, policyArns, render, location) {
    if (declared === null)
        return undefined;
    const value = declared ?? context.config.defaults?.permissionsBoundary;
    if (value === undefined)
        return undefined;
    const rendered = render(value, location);
    return policyArns.get(rendered) ?? rendered;
}
function renderTags(declared, context, render, fields, definition) {
    const tags = {};
    const defaults = context.config.defaults?.tags ?? {};
    for (const [key, value] of Object.entries({ ...defaults, ...(declared ?? {}) })) {
        const location = (0,source/* positionOf */.df)(declared, key) ?? (0,source/* positionOf */.df)(defaults, key) ?? (0,source/* positionOf */.df)(definition, 'tags');
        if (location)
            (0,own/* setOwn */.P5)(fields, `tags.${key}`, location);
        (0,own/* setOwn */.P5)(tags, render(key, location), render(String(value), location));
    }
    tags[state/* OWNERSHIP_TAG */.B] = context.options.managedBy;
    return tags;
}
function fieldPositions(definition) {
    const fields = {};
    for (const key of Object.keys(definition)) {
        const location = (0,source/* positionOf */.df)(definition, key);
        if (location)
            fields[key] = location;
    }
    return fields;
}
function sourceRef(item, fields, suppress) {
    const suppressions = (suppress ?? []).map((entry, index) => {
        const suppression = { rule: entry.rule, reason: entry.reason.trim() };
        if (entry.statement !== undefined)
            suppression.statement = String(entry.statement);
        const location = (0,source/* positionOf */.df)(suppress, index);
        if (location)
            suppression.location = location;
        return suppression;
    });
    return { file: item.file, location: item.location, fields, suppressions };
}
function normalizePath(path) {
    let normalized = path.startsWith('/') ? path : `/${path}`;
    if (!normalized.endsWith('/'))
        normalized += '/';
    return normalized;
}
function reportUnknownVariables(unknown, context, item, name) {
    const known = [...Object.keys(context.variables), 'name'];
    const seen = new Set();
    for (const variable of unknown) {
        const location = (0,variables/* unknownVariableLocation */.Ob)(variable) ?? item.location;
        const key = `${variable.name}@${location.line}:${location.column}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        context.findings.push({
            rule: 'unknown-variable',
            severity: 'error',
            message: `unknown variable {${variable.name}} in environment ${context.environment}${(0,suggest/* didYouMean */.a)(variable.name, known)}; define it under environments.${context.environment}.variables in rolegate.yml, or write \${...} for an IAM policy variable`,
            file: location.file,
            line: location.line,
            column: location.column,
            environment: context.environment,
            role: name
        });
    }
}
function reportDuplicateNames(items, environment, what, findings) {
    const first = new Map();
    for (const item of items) {
        const key = item.name.toLowerCase(); // IAM names are case-insensitive for uniqueness
        const earlier = first.get(key);
        if (!earlier) {
            first.set(key, item);
            continue;
        }
        const location = item.source.fields.roleName ??
            item.source.fields.policyName ??
            item.source.fields.name ??
            item.source.location;
        const other = earlier.source;
        findings.push({
            rule: 'duplicate-name',
            severity: 'error',
            message: `${what} "${item.logicalName}" renders to the name "${item.name}" in ${environment}, as does "${earlier.logicalName}" (${other.file}:${other.location.line}); IAM names are unique per account, case-insensitively`,
            file: location.file,
            line: location.line,
            column: location.column,
            environment,
            role: item.logicalName
        });
    }
}
function checkEnvironmentReferences(loaded, known, findings) {
    for (const { definition, location: fallback } of loaded) {
        const report = (environment, location) => {
            const at = location ?? fallback;
            findings.push({
                rule: 'unknown-reference',
                severity: 'error',
                message: `environment "${environment}" is not defined in rolegate.yml${(0,suggest/* didYouMean */.a)(environment, known)}; known: ${known.join(', ')}`,
                file: at.file,
                line: at.line,
                column: at.column,
                role: definition.name
            });
        };
        definition.environments?.forEach((environment, index) => {
            if (!known.includes(environment))
                report(environment, (0,source/* positionOf */.df)(definition.environments, index));
        });
        for (const environment of Object.keys(definition.overrides ?? {})) {
            if (!known.includes(environment))
                report(environment, (0,source/* positionOf */.df)(definition.overrides, environment));
        }
        if (definition.kind === 'Role')
            for (const assertion of definition.expect ?? [])
                assertion.environments?.forEach((environment, index) => {
                    if (!known.includes(environment))
                        report(environment, (0,source/* positionOf */.df)(assertion.environments, index));
                });
    }
}


/***/ }),

/***/ 541:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ob: () => (/* binding */ unknownVariableLocation),
/* harmony export */   fw: () => (/* binding */ substituteDeep),
/* harmony export */   gf: () => (/* binding */ substituteString)
/* harmony export */ });
/* harmony import */ var _model_source_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5180);
/* harmony import */ var _util_own_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8996);
/**
 * `{name}` variables. IAM's own policy variables (`${aws:username}`) are left alone, as is
 * anything else that starts with `$`.
 */


const VARIABLE = /(?<!\$)\{([A-Za-z_][A-Za-z0-9_.-]*)\}/g;
function unknownVariableLocation(variable) {
    return (variable.container && (0,_model_source_js__WEBPACK_IMPORTED_MODULE_0__/* .positionOf */ .df)(variable.container, variable.key)) || variable.location;
}
function substituteString(text, variables, onUnknown) {
    if (!text.includes('{'))
        return text;
    return text.replace(VARIABLE, (whole, name) => {
        // Own properties only: `{constructor}` or `{toString}` is an unknown variable, not Object's.
        const value = (0,_util_own_js__WEBPACK_IMPORTED_MODULE_1__/* .own */ .ZV)(variables, name);
        if (value === undefined) {
            onUnknown(name);
            return whole;
        }
        return value;
    });
}
/**
 * `value` with variables substituted in every string (keys included). Subtrees without variables
 * are returned as they are, not copied (most of a policy has none, and rendering runs once per
 * environment); a copy answers position questions from its original, so findings still point at
 * the YAML. Rendered values may be shared between environments: nothing downstream modifies them.
 */
function substituteDeep(value, variables, unknown, location, container, key) {
    if (typeof value === 'string') {
        if (!value.includes('{'))
            return value;
        return substituteString(value, variables, name => unknown.push({ name, container, key, location }));
    }
    if (Array.isArray(value)) {
        let copy;
        for (let index = 0; index < value.length; index++) {
            const item = value[index];
            const rendered = substituteDeep(item, variables, unknown, location, value, index);
            if (rendered !== item && !copy)
                copy = value.slice(0, index);
            copy?.push(rendered);
        }
        if (!copy)
            return value;
        (0,_model_source_js__WEBPACK_IMPORTED_MODULE_0__/* .linkPositions */ .ne)(value, copy);
        return copy;
    }
    if (value !== null && typeof value === 'object') {
        let copy;
        const entries = Object.entries(value);
        for (let index = 0; index < entries.length; index++) {
            const [name, item] = entries[index];
            const newName = name.includes('{')
                ? substituteString(name, variables, variable => unknown.push({ name: variable, container: value, key: name, location }))
                : name;
            const rendered = substituteDeep(item, variables, unknown, location, value, name);
            if (!copy && (newName !== name || rendered !== item)) {
                copy = Object.fromEntries(entries.slice(0, index));
                (0,_model_source_js__WEBPACK_IMPORTED_MODULE_0__/* .linkPositions */ .ne)(value, copy);
            }
            if (copy) {
                (0,_util_own_js__WEBPACK_IMPORTED_MODULE_1__/* .setOwn */ .P5)(copy, newName, rendered);
                if (newName !== name)
                    (0,_model_source_js__WEBPACK_IMPORTED_MODULE_0__/* .copyPosition */ .ZB)(value, name, copy, newName);
            }
        }
        return copy ?? value;
    }
    return value;
}


/***/ }),

/***/ 5670:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  k: () => (/* binding */ closest),
  a: () => (/* binding */ didYouMean)
});

;// CONCATENATED MODULE: ./src/util/edit-distance.ts
/**
 * Optimal-string-alignment distance (Levenshtein plus adjacent transpositions, so `GetObejct` is one
 * edit from `GetObject`), used for "did you mean" suggestions. Gives up early: once every entry of a
 * row exceeds `limit` the answer is only "more than limit", which is all a suggester needs.
 */
function editDistance(a, b, limit = Number.POSITIVE_INFINITY) {
    if (Math.abs(a.length - b.length) > limit)
        return limit + 1;
    let previous2 = [];
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        let rowMin = i;
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
                value = Math.min(value, previous2[j - 2] + 1);
            }
            current[j] = value;
            rowMin = Math.min(rowMin, value);
        }
        if (rowMin > limit)
            return limit + 1;
        previous2 = previous;
        previous = current;
    }
    return previous[b.length];
}

;// CONCATENATED MODULE: ./src/util/suggest.ts
/** "Did you mean" suggestions: the closest candidate by edit distance, or a unique prefix. */

/** About one edit per four characters, at least one, at most three. */
function tolerance(text) {
    return Math.max(1, Math.min(3, Math.floor(text.length / 4)));
}
/** The closest candidate within tolerance (case-insensitive), preferring the smaller distance. */
function closest(input, candidates) {
    const needle = input.toLowerCase();
    const limit = tolerance(needle);
    const list = [...candidates];
    let best;
    let bestDistance = limit + 1;
    for (const candidate of list) {
        const distance = editDistance(needle, candidate.toLowerCase(), limit);
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    if (best !== undefined)
        return best;
    // A truncated name: suggest it only when the prefix is unambiguous.
    const extensions = list.filter(candidate => candidate.toLowerCase().startsWith(needle));
    return needle.length >= 3 && extensions.length === 1 ? extensions[0] : undefined;
}
function didYouMean(word, candidates) {
    const suggestion = closest(word, candidates);
    return suggestion ? ` (did you mean "${suggestion}"?)` : '';
}


/***/ })

};
