export const id = 291;
export const ids = [291];
export const modules = {

/***/ 8291:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  renderImportText: () => (/* binding */ renderImportText),
  runImport: () => (/* binding */ runImport)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-iam/dist-cjs/index.js
var dist_cjs = __webpack_require__(6764);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/aws/credentials.ts
var aws_credentials = __webpack_require__(6963);
// EXTERNAL MODULE: ./src/aws/read-live.ts
var read_live = __webpack_require__(8660);
// EXTERNAL MODULE: ./src/fs/load-project.ts
var load_project = __webpack_require__(8435);
// EXTERNAL MODULE: ./src/fs/project-files.ts
var project_files = __webpack_require__(440);
// EXTERNAL MODULE: ./src/render/render.ts + 1 modules
var render = __webpack_require__(9518);
// EXTERNAL MODULE: ./src/render/variables.ts
var render_variables = __webpack_require__(541);
// EXTERNAL MODULE: ./src/definitions/schema.ts
var schema = __webpack_require__(7335);
// EXTERNAL MODULE: ./src/model/policy.ts
var policy = __webpack_require__(979);
// EXTERNAL MODULE: ./src/model/state.ts
var model_state = __webpack_require__(156);
;// CONCATENATED MODULE: ./src/import/model.ts
/** The fields `overrides.<env>` may set, per kind, in the order files list them. */
const OVERRIDABLE = {
    Role: [
        'description',
        'path',
        'maxSessionDuration',
        'permissionsBoundary',
        'trust',
        'policies',
        'managedPolicies',
        'tags',
        'instanceProfile'
    ],
    ManagedPolicy: ['description', 'path', 'document', 'tags']
};
/** Fields whose values are mappings that `overrides` merge key by key (tags, inline policies by name). */
const KEYED_FIELDS = new Set(['tags', 'policies']);
/** Fields a definition must have at its top level (they cannot live only in overrides). */
const REQUIRED_FIELDS = {
    Role: 'trust',
    ManagedPolicy: 'document'
};
const physicalNameKey = (kind) => kind === 'Role' ? 'roleName' : 'policyName';
const resourceLabel = (kind, physicalName) => `${kind === 'Role' ? 'role' : 'managed policy'} ${physicalName}`;

// EXTERNAL MODULE: ./src/policy/wildcard.ts
var wildcard = __webpack_require__(2930);
;// CONCATENATED MODULE: ./src/import/select.ts
/**
 * Which live roles an import takes: by name glob(s) and/or path prefix, never a service-linked
 * role (`/aws-service-role/`, created and changed only by its AWS service) nor an AWS-reserved one
 * (`/aws-reserved/`, e.g. IAM Identity Center's), nor one another repository's RoleGate owns.
 * Pure: the adapter asks {@link RoleSelector.classify} for every role it reads.
 */


const SERVICE_LINKED_PATH = '/aws-service-role/';
const AWS_RESERVED_PATH = '/aws-reserved/';
function roleSelector(options) {
    const includes = options.match.filter(glob => !glob.startsWith('!'));
    const excludes = options.match.filter(glob => glob.startsWith('!')).map(glob => glob.slice(1));
    const used = new Set();
    const counts = { selected: 0, serviceLinked: 0, awsReserved: 0, unmatched: 0 };
    const prefix = options.pathPrefix;
    return {
        classify(role) {
            if (role.path.startsWith(SERVICE_LINKED_PATH)) {
                counts.serviceLinked++;
                return 'service-linked';
            }
            if (role.path.startsWith(AWS_RESERVED_PATH)) {
                counts.awsReserved++;
                return 'aws-reserved';
            }
            const hits = includes.filter(glob => (0,wildcard/* wildcardMatch */.UF)(glob, role.name, true));
            const included = includes.length === 0 || hits.length > 0;
            const excluded = excludes.some(glob => (0,wildcard/* wildcardMatch */.UF)(glob, role.name, true));
            if (!included || excluded || (prefix !== undefined && !role.path.startsWith(prefix))) {
                counts.unmatched++;
                return 'unmatched';
            }
            hits.forEach(glob => used.add(glob));
            counts.selected++;
            return 'selected';
        },
        summary: () => ({ ...counts, globsMatchingNothing: includes.filter(glob => !used.has(glob)) })
    };
}
/** `--path-prefix` as IAM writes paths: leading and trailing slash. */
function normalizePathPrefix(prefix) {
    let normalized = prefix.startsWith('/') ? prefix : `/${prefix}`;
    if (!normalized.endsWith('/'))
        normalized += '/';
    return normalized;
}
/** A role another repository's RoleGate owns: imported there, not here. */
function ownedElsewhere(tags, managedBy) {
    const owner = Object.hasOwn(tags, model_state/* OWNERSHIP_TAG */.B) ? tags[model_state/* OWNERSHIP_TAG */.B] : undefined;
    return owner !== undefined && owner !== managedBy ? owner : undefined;
}

;// CONCATENATED MODULE: ./src/import/templatize.ts
/**
 * The inverse of rendering's `{name}` substitution: live values → what a person writes, with the
 * environment's account id, region, partition and name replaced by `{account}`, `{region}`,
 * `{partition}` and `{environment}`.
 *
 * Only whole tokens are replaced, so that rendering gives back exactly the live value and nothing
 * that merely contains the same characters is touched:
 * - the account id, region and environment name where neither neighbour is a letter or a digit
 *   (`arn:aws:iam::111111111111:role/x`, `"111111111111"`, `shop-dev-data`, `logs.us-east-1.amazonaws.com`;
 *   not `x111111111111y`, `1111111111112`, `us-east-1a`, `device`);
 * - the partition only as an ARN's partition field (`arn:aws:`), never in `aws:SourceAccount`,
 *   `amazonaws.com` or the `aws` account of AWS managed policies (`arn:aws:iam::aws:policy/...`);
 * - never inside an IAM policy variable (`${aws:username}`), which rendering leaves alone.
 * Policy documents are templated in their values (Resource, Principal, Condition values), never in
 * keys, actions, Effect, Sid or Version.
 */

const templatize_escape = (text) => text.replace(/[\\^$.|?*+()[\]{}]/g, '\\$&');
function templater(values) {
    const tokens = new Map();
    // Longest first, so a region is never cut by an environment named like a part of it.
    for (const name of ['account', 'region', 'environment']) {
        if (values[name] && !tokens.has(values[name]))
            tokens.set(values[name], `{${name}}`);
    }
    const alternatives = [...tokens.keys()].sort((a, b) => b.length - a.length).map(templatize_escape);
    // One pass: `${...}` is skipped whole; `arn:PARTITION:`; then the other values as whole tokens.
    const pattern = new RegExp([
        '(\\$\\{[^}]*\\})',
        `(?<![A-Za-z0-9])(arn:)${templatize_escape(values.partition)}(?=:)`,
        alternatives.length > 0 ? `(?<![A-Za-z0-9])(${alternatives.join('|')})(?![A-Za-z0-9])` : '(?!)'
    ].join('|'), 'g');
    const string = (text) => text.replace(pattern, (whole, variable, arn, token) => {
        if (variable !== undefined)
            return variable;
        if (arn !== undefined)
            return `${arn}{partition}`;
        return token !== undefined ? (tokens.get(token) ?? whole) : whole;
    });
    const value = (item) => {
        if (typeof item === 'string')
            return string(item);
        if (Array.isArray(item))
            return item.map(value);
        if (item !== null && typeof item === 'object')
            return Object.fromEntries(Object.entries(item).map(([key, inner]) => [key, value(inner)]));
        return item;
    };
    const statement = (item) => {
        if (item === null || typeof item !== 'object' || Array.isArray(item))
            return item;
        return Object.fromEntries(Object.entries(item).map(([key, inner]) => [
            key,
            TEMPLATED_STATEMENT_KEYS.has(key) ? value(inner) : inner
        ]));
    };
    return {
        string,
        document(document) {
            if (document === null || typeof document !== 'object' || Array.isArray(document))
                return document;
            return Object.fromEntries(Object.entries(document).map(([key, inner]) => [
                key,
                key === 'Statement' ? (Array.isArray(inner) ? inner.map(statement) : statement(inner)) : inner
            ]));
        }
    };
}
const TEMPLATED_STATEMENT_KEYS = new Set([
    'Principal',
    'NotPrincipal',
    'Resource',
    'NotResource',
    'Condition'
]);
/**
 * `{name}` spans rendering would take for a variable (not `${...}`), anywhere in a value, keys
 * included: a live value holding one cannot be written so that it renders back to itself.
 */
function literalVariables(value) {
    const found = new Set();
    const visit = (item) => {
        if (typeof item === 'string')
            (0,render_variables/* substituteString */.gf)(item, {}, name => found.add(`{${name}}`));
        else if (Array.isArray(item))
            item.forEach(visit);
        else if (item !== null && typeof item === 'object')
            for (const [key, inner] of Object.entries(item)) {
                visit(key);
                visit(inner);
            }
    };
    visit(value);
    return [...found];
}

;// CONCATENATED MODULE: ./src/import/definitions.ts








const NO_EXISTING = { byPhysicalName: new Map(), byLogicalName: new Map() };
const IDENTIFIER = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
function importEnvironment(input) {
    const { config, environment, live, managedBy } = input;
    const existing = input.existing ?? NO_EXISTING;
    const environmentConfig = config.environments[environment];
    const variables = (0,render/* environmentVariables */.ro)(config, environment);
    const template = templater({
        account: environmentConfig.account,
        region: environmentConfig.region,
        partition: (0,render/* partitionOf */.iQ)(environmentConfig),
        environment
    });
    const renderConfig = (text) => (0,render_variables/* substituteString */.gf)(text, variables, () => { });
    const result = { definitions: [], inexpressible: [], ownedElsewhere: [], notes: [] };
    const names = nameAllocator(config, variables, template, existing);
    const defaults = {
        path: normalizePath(renderConfig(config.defaults?.path ?? config.path ?? '/')),
        maxSessionDuration: config.defaults?.maxSessionDuration ?? render/* DEFAULT_MAX_SESSION_DURATION */.Ny,
        permissionsBoundary: config.defaults?.permissionsBoundary === undefined
            ? undefined
            : renderConfig(config.defaults.permissionsBoundary),
        tags: Object.fromEntries(Object.entries(config.defaults?.tags ?? {}).map(([key, value]) => [
            renderConfig(key),
            renderConfig(String(value))
        ]))
    };
    const roles = [];
    for (const role of live.roles) {
        const owner = ownedElsewhere(role.tags, managedBy);
        if (owner)
            result.ownedElsewhere.push({ name: role.name, owner });
        else
            roles.push(role);
    }
    const attached = new Set(roles.flatMap(role => role.managedPolicyArns));
    // A policy another repository's RoleGate owns stays its own: roles reference it by ARN.
    const policies = live.managedPolicies.filter(policy => attached.has(policy.arn) && !ownedElsewhere(policy.tags, managedBy));
    const policyNames = new Map();
    const check = (kind, physicalName, field, value) => {
        for (const literal of literalVariables(value))
            result.inexpressible.push({
                resource: resourceLabel(kind, physicalName),
                field,
                reason: `holds "${literal}", which a definition cannot say: rendering would read it as a variable`
            });
    };
    const tagsOf = (kind, resource) => {
        const entries = [];
        for (const [key, value] of Object.entries(resource.tags)) {
            if (key === model_state/* OWNERSHIP_TAG */.B)
                continue;
            check(kind, resource.name, `tags.${key}`, [key, value]);
            if (Object.hasOwn(defaults.tags, key) && defaults.tags[key] === value)
                continue;
            entries.push([key, template.string(value)]);
        }
        for (const [key, value] of Object.entries(defaults.tags))
            if (!Object.hasOwn(resource.tags, key))
                result.notes.push(`${resourceLabel(kind, resource.name)} lacks the tag ${key}=${value} that defaults.tags in rolegate.yml gives every definition: the first deploy adds it`);
        // Tag keys are the user's (`__proto__` is a valid one): own properties only.
        return Object.fromEntries(entries);
    };
    const common = (kind, resource) => {
        const fields = {};
        check(kind, resource.name, 'description', resource.description);
        check(kind, resource.name, 'path', resource.path);
        if (resource.description)
            fields.description = template.string(resource.description);
        if (resource.path !== defaults.path)
            fields.path = template.string(resource.path);
        return fields;
    };
    for (const policy of [...policies].sort((a, b) => a.name.localeCompare(b.name))) {
        const identity = names.allocate('ManagedPolicy', policy.name);
        policyNames.set(policy.arn, identity.name);
        const fields = common('ManagedPolicy', policy);
        check('ManagedPolicy', policy.name, 'document', policy.document);
        fields.document = orderDocument(template.document(policy.document));
        const tags = tagsOf('ManagedPolicy', policy);
        if (Object.keys(tags).length > 0)
            fields.tags = tags;
        result.definitions.push({
            kind: 'ManagedPolicy',
            ...identity,
            physicalName: policy.name,
            adopt: policy.tags[model_state/* OWNERSHIP_TAG */.B] !== managedBy,
            fields
        });
    }
    for (const role of [...roles].sort((a, b) => a.name.localeCompare(b.name))) {
        const identity = names.allocate('Role', role.name);
        const fields = common('Role', role);
        if (role.maxSessionDuration !== defaults.maxSessionDuration)
            fields.maxSessionDuration = role.maxSessionDuration;
        if (role.permissionsBoundary !== defaults.permissionsBoundary) {
            check('Role', role.name, 'permissionsBoundary', role.permissionsBoundary);
            fields.permissionsBoundary =
                role.permissionsBoundary === undefined ? null : template.string(role.permissionsBoundary);
        }
        check('Role', role.name, 'trust', role.trustPolicy);
        fields.trust = orderDocument(template.document(role.trustPolicy));
        const inline = Object.keys(role.inlinePolicies).sort();
        if (inline.length > 0) {
            fields.policies = Object.fromEntries(inline.map(name => {
                check('Role', role.name, `policies.${name}`, role.inlinePolicies[name]);
                return [name, orderDocument(template.document(role.inlinePolicies[name]))];
            }));
        }
        if (role.managedPolicyArns.length > 0) {
            fields.managedPolicies = role.managedPolicyArns.map(arn => {
                check('Role', role.name, 'managedPolicies', arn);
                return policyNames.get(arn) ?? template.string(arn);
            });
        }
        const tags = tagsOf('Role', role);
        if (Object.keys(tags).length > 0)
            fields.tags = tags;
        if (role.instanceProfile)
            fields.instanceProfile = true;
        result.definitions.push({
            kind: 'Role',
            ...identity,
            physicalName: role.name,
            adopt: role.tags[model_state/* OWNERSHIP_TAG */.B] !== managedBy,
            fields
        });
    }
    return result;
}
/**
 * Logical names: the naming template's `{name}` when the live name fits it (`shop-dev-api` → `api`),
 * else an explicit `roleName`/`policyName` (templated) and a logical name made from it. A name an
 * existing definition already gives the same resource is reused; a clash gets a numeric suffix.
 */
function nameAllocator(config, variables, template, existing) {
    const naming = config.naming ?? schema/* DEFAULT_NAMING */.pF;
    const at = naming.indexOf('{name}');
    const single = at >= 0 && naming.indexOf('{name}', at + 1) < 0;
    let unknown = false;
    const render = (text) => (0,render_variables/* substituteString */.gf)(text, variables, () => (unknown = true));
    const prefix = single ? render(naming.slice(0, at)) : '';
    const suffix = single ? render(naming.slice(at + '{name}'.length)) : '';
    const usable = single && !unknown;
    const taken = new Set();
    return {
        allocate(kind, physicalName) {
            const known = existing.byPhysicalName.get(`${kind}:${physicalName.toLowerCase()}`);
            const middle = physicalName.slice(prefix.length, physicalName.length - suffix.length);
            const fits = usable &&
                physicalName.length > prefix.length + suffix.length &&
                physicalName.startsWith(prefix) &&
                physicalName.endsWith(suffix) &&
                IDENTIFIER.test(middle);
            const explicitName = fits ? undefined : template.string(physicalName);
            const identity = (name) => (explicitName === undefined ? { name } : { name, explicitName });
            if (known !== undefined && !taken.has(`${kind}:${known}`)) {
                taken.add(`${kind}:${known}`);
                return identity(known);
            }
            const base = fits ? middle : logicalNameFrom(explicitName);
            for (let index = 1;; index++) {
                const name = index === 1 ? base : `${base}-${index}`;
                const key = `${kind}:${name}`;
                if (taken.has(key))
                    continue;
                // The same name in the repository is the same resource only with the same physical name.
                if (existing.byLogicalName.has(key) && existing.byLogicalName.get(key) !== explicitName)
                    continue;
                taken.add(key);
                return identity(name);
            }
        }
    };
}
/** `legacy-{environment}-worker` → `legacy-worker`: a logical name that is the same in every environment. */
function logicalNameFrom(explicitName) {
    const name = explicitName
        .replace(/[-_.]?\{(?:environment|account|region|partition)\}[-_.]?/g, match => /^[-_.].*[-_.]$/.test(match) ? match[0] : '')
        .replace(/[^A-Za-z0-9_.-]+/g, '-')
        .replace(/^[^A-Za-z0-9]+/, '')
        .replace(/[-_.]+$/, '');
    return name || 'imported';
}
function normalizePath(path) {
    let normalized = path.startsWith('/') ? path : `/${path}`;
    if (!normalized.endsWith('/'))
        normalized += '/';
    return normalized;
}
/** `value` with the keys of `first` first; own properties only, whatever the keys are. */
function ordered(value, first) {
    const head = first.filter(key => Object.hasOwn(value, key));
    const rest = Object.keys(value).filter(key => !head.includes(key));
    return Object.fromEntries([...head, ...rest].map(key => [key, value[key]]));
}
/** IAM's reading order: Version, Id, Statement; in a statement Sid, Effect, Principal, Action, Resource, Condition. */
function orderDocument(document) {
    if (document === null || typeof document !== 'object')
        return document;
    const statement = (item) => item !== null && typeof item === 'object' && !Array.isArray(item)
        ? ordered(item, policy/* STATEMENT_KEYS */.zq)
        : item;
    const out = ordered(document, policy/* DOCUMENT_KEYS */.pg);
    if (Array.isArray(out.Statement))
        out.Statement = out.Statement.map(statement);
    else if (out.Statement !== undefined)
        out.Statement = statement(out.Statement);
    return out;
}

// EXTERNAL MODULE: external "node:path/posix"
var posix_ = __webpack_require__(3916);
var posix_default = /*#__PURE__*/__webpack_require__.n(posix_);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./src/definitions/load.ts + 3 modules
var load = __webpack_require__(8729);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __webpack_require__(3243);
;// CONCATENATED MODULE: ./src/import/file-text.ts
/**
 * The text of an imported definition file: the schema modeline, one line that records a digest of
 * what import wrote, and the definition as YAML (js-yaml, no line folding, keys in the order given).
 *
 * The digest is how a later import knows whether a person changed the file since: it merges into a
 * file whose body still has the recorded digest, and leaves any other file alone unless --force.
 * Lines `adopt: true` do not count, so dropping adopt after the first deploy is not a change.
 */


const DIGEST_LINE = /^# rolegate import digest: ([0-9a-f]{16})\b.*$/m;
function definitionFileText(definition, modeline) {
    const body = (0,js_yaml/* dump */.Bh)(definition, { lineWidth: -1, noRefs: true, quotingType: '"' });
    const rest = `${modeline ? `${modeline}\n` : ''}${body}`;
    const line = `# rolegate import digest: ${digest(rest)} (when this file changes, rolegate import leaves it alone unless --force)`;
    return modeline ? `${modeline}\n${line}\n${body}` : `${line}\n${body}`;
}
/** True when `text` is a file import wrote and nobody changed since (beyond dropping `adopt: true`). */
function unchangedSinceImport(text) {
    const match = DIGEST_LINE.exec(text);
    if (!match)
        return false;
    const rest = text.slice(0, match.index) + text.slice(match.index + match[0].length + 1);
    return digest(rest) === match[1];
}
/** Of the file without its digest line; `adopt: true` lines do not count. */
function digest(text) {
    const significant = text
        .split('\n')
        .filter(line => line.trim() !== 'adopt: true')
        .join('\n');
    return (0,external_node_crypto_.createHash)('sha256').update(significant).digest('hex').slice(0, 16);
}
const MODELINE = /^#\s*yaml-language-server:\s*\$schema=(\S+)/m;
/**
 * The modeline for a definition file at `file`: the one the repository's definition files use, or
 * else rolegate.yml's with `rolegate.schema.json` turned into `definition.schema.json`; a relative
 * path is re-based on the new file's folder. Paths are workspace-relative with forward slashes.
 */
function definitionModeline(config, definitionFiles, file) {
    for (const [source, text] of definitionFiles) {
        const target = MODELINE.exec(text)?.[1];
        if (target?.endsWith('definition.schema.json'))
            return modeline(target, source, file);
    }
    const target = MODELINE.exec(config.text)?.[1];
    if (!target?.endsWith('rolegate.schema.json'))
        return undefined;
    return modeline(target.replace(/rolegate\.schema\.json$/, 'definition.schema.json'), config.file, file);
}
function modeline(target, source, file) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('/'))
        return `# yaml-language-server: $schema=${target}`;
    const absolute = normalize([...folderOf(source), ...target.split('/')]);
    const from = folderOf(file);
    let common = 0;
    while (common < from.length && common < absolute.length - 1 && from[common] === absolute[common])
        common++;
    const relative = [...from.slice(common).map(() => '..'), ...absolute.slice(common)].join('/');
    return `# yaml-language-server: $schema=${relative}`;
}
const folderOf = (file) => file.split('/').slice(0, -1).filter(Boolean);
function normalize(parts) {
    const out = [];
    for (const part of parts) {
        if (part === '' || part === '.')
            continue;
        if (part === '..')
            out.pop();
        else
            out.push(part);
    }
    return out;
}

// EXTERNAL MODULE: ./src/policy/canonical-json.ts
var canonical_json = __webpack_require__(8311);
// EXTERNAL MODULE: ./src/render/merge.ts
var merge = __webpack_require__(6144);
;// CONCATENATED MODULE: ./src/import/merge.ts





/** Keys the merge writes itself; any other key of an existing definition (suppress, ...) is kept as is. */
const OWN_KEYS = new Set(['kind', 'name', 'roleName', 'policyName', 'environments', 'adopt', 'overrides']);
/** The order keys appear in a written definition: identity, scope, then what IAM holds, overrides last. */
const KEY_ORDER = [
    'kind',
    'name',
    'roleName',
    'policyName',
    'description',
    'environments',
    'adopt',
    'path',
    'maxSessionDuration',
    'permissionsBoundary',
    'trust',
    'document',
    'policies',
    'managedPolicies',
    'tags',
    'instanceProfile'
];
function mergeDefinition(input) {
    const { config, environment, incoming, existing } = input;
    const kind = incoming.kind;
    const order = Object.keys(config.environments);
    const perEnvironment = new Map();
    const raw = existing;
    if (raw) {
        const overrides = (raw.overrides ?? {});
        const scope = raw.environments ?? order;
        const base = pick(raw, kind);
        for (const name of scope)
            perEnvironment.set(name, pick((0,merge/* deepMerge */.$)(base, Object.hasOwn(overrides, name) ? overrides[name] : undefined), kind));
    }
    perEnvironment.set(environment, incoming.fields);
    const environments = order.filter(name => perEnvironment.has(name));
    const { base, overrides } = split(kind, environments.map(name => [name, perEnvironment.get(name)]), config);
    const out = { kind, name: incoming.name };
    if (incoming.explicitName !== undefined)
        out[physicalNameKey(kind)] = incoming.explicitName;
    if (environments.length < order.length)
        out.environments = environments;
    if (incoming.adopt || raw?.adopt === true)
        out.adopt = true;
    Object.assign(out, base);
    for (const [key, value] of Object.entries(raw ?? {}))
        if (!OWN_KEYS.has(key) && !OVERRIDABLE[kind].includes(key))
            out[key] = value;
    const sorted = orderKeys(out);
    if (overrides.size > 0)
        sorted.overrides = Object.fromEntries(overrides);
    return sorted;
}
function pick(definition, kind) {
    const fields = {};
    for (const key of OVERRIDABLE[kind])
        if (definition[key] !== undefined)
            fields[key] = definition[key];
    return fields;
}
/** Equal as JSON; absent is not null (a boundary left to the default is not "no boundary"). */
const same = (a, b) => a === undefined || b === undefined ? a === b : (0,canonical_json/* canonicalJson */.d)(a) === (0,canonical_json/* canonicalJson */.d)(b);
/**
 * Base + per-environment overrides such that, for every environment, the base deep-merged with its
 * override gives its fields. Mappings merged key by key (tags, inline policies) share the entries
 * equal everywhere; any other field differing somewhere takes the first environment's value as
 * base and overrides it where it differs (with the value the config would give, where a field is
 * absent).
 */
function split(kind, environments, config) {
    const base = {};
    const overrides = new Map();
    const override = (environment, key, value) => {
        if (!overrides.has(environment))
            overrides.set(environment, {});
        overrides.get(environment)[key] = value;
    };
    for (const key of OVERRIDABLE[kind]) {
        const values = environments.map(([, fields]) => fields[key]);
        if (values.every(value => same(value, values[0]))) {
            if (values[0] !== undefined)
                base[key] = values[0];
            continue;
        }
        if (KEYED_FIELDS.has(key)) {
            const maps = values.map(value => (value ?? {}));
            const common = Object.fromEntries(Object.entries(maps[0]).filter(([entry, value]) => maps.every(map => Object.hasOwn(map, entry) && same(map[entry], value))));
            if (Object.keys(common).length > 0)
                base[key] = common;
            environments.forEach(([environment], index) => {
                const specific = Object.entries(maps[index]).filter(([entry]) => !Object.hasOwn(common, entry));
                if (specific.length > 0)
                    override(environment, key, Object.fromEntries(specific));
            });
            continue;
        }
        const first = values[0];
        if (first !== undefined)
            base[key] = first;
        environments.forEach(([environment], index) => {
            const value = values[index];
            if (same(value, first))
                return;
            override(environment, key, value === undefined ? configDefault(key, config) : value);
        });
        if (key === REQUIRED_FIELDS[kind] && first === undefined)
            throw new Error(`import merge: the first environment has no ${key}`);
    }
    const ordered = new Map();
    for (const [environment] of environments) {
        const fields = overrides.get(environment);
        if (fields)
            ordered.set(environment, orderKeys(fields));
    }
    return { base, overrides: ordered };
}
/** What a definition gets for a field it does not set. */
function configDefault(key, config) {
    switch (key) {
        case 'description':
            return '';
        case 'path':
            return config.defaults?.path ?? config.path ?? '/';
        case 'maxSessionDuration':
            return config.defaults?.maxSessionDuration ?? render/* DEFAULT_MAX_SESSION_DURATION */.Ny;
        case 'permissionsBoundary':
            return config.defaults?.permissionsBoundary ?? null;
        case 'managedPolicies':
            return [];
        case 'instanceProfile':
            return false;
        default:
            return undefined;
    }
}
const orderKeys = (fields) => ordered(fields, KEY_ORDER);

;// CONCATENATED MODULE: ./src/import/render-time.ts
/**
 * Import renders files to learn names and to check its own output against live IAM, not to deploy
 * them: every time-bound grant counts as live (no `expires` is before the epoch), so a grant that
 * has expired in a file being merged still holds its name and its place.
 */
const EVERY_GRANT_LIVE = new Date(0);

;// CONCATENATED MODULE: ./src/import/plan-files.ts
/**
 * Where each imported definition goes and what happens to the file: created, merged into the file
 * an earlier import wrote (unchanged since), left alone (a person changed it: only with --force),
 * or unchanged. Everything is computed before anything is written. Pure: the repository's files
 * come in as loaded.
 */









/** The names the repository's definitions already give, for {@link importEnvironment}. */
function existingNames(project, environment) {
    const byLogicalName = new Map();
    for (const { definition } of project.definitions) {
        const key = `${definition.kind}:${definition.name}`;
        if (!byLogicalName.has(key))
            byLogicalName.set(key, definition.kind === 'Role' ? definition.roleName : definition.policyName);
    }
    const rendered = (0,render/* render */.XX)(project.config, project.definitions, {
        managedBy: 'rolegate-import',
        environments: [environment],
        now: EVERY_GRANT_LIVE
    }).state.environments[environment];
    const byPhysicalName = new Map();
    for (const role of rendered?.roles ?? [])
        byPhysicalName.set(`Role:${role.name.toLowerCase()}`, role.logicalName);
    for (const policy of rendered?.managedPolicies ?? [])
        byPhysicalName.set(`ManagedPolicy:${policy.name.toLowerCase()}`, policy.logicalName);
    return { byPhysicalName, byLogicalName };
}
/** The folder new files go to by default: the fixed part of the first definitions glob (`iam`). */
function defaultOutFolder(config, configFile) {
    const glob = (config.definitions ?? schema/* DEFAULT_DEFINITION_GLOBS */.M0)[0];
    const fixed = [];
    for (const part of glob.split('/')) {
        if (/[*?[\]{}()!+@]/.test(part))
            break;
        fixed.push(part);
    }
    // A glob without a folder part (`*.yml`): its last part is the file name, not a folder.
    if (fixed.length === glob.split('/').length)
        fixed.pop();
    return posix_default().join(posix_default().dirname(configFile), ...fixed);
}
function planFiles(input) {
    const { project, environment, outFolder, force } = input;
    const byKey = new Map();
    const perFile = new Map();
    for (const loaded of project.definitions) {
        const key = `${loaded.definition.kind}:${loaded.definition.name}`;
        if (!byKey.has(key))
            byKey.set(key, loaded);
        perFile.set(loaded.file, (perFile.get(loaded.file) ?? 0) + 1);
    }
    const configFolder = posix_default().dirname(project.configFile);
    const globs = (project.config.definitions ?? schema/* DEFAULT_DEFINITION_GLOBS */.M0).map(glob => picomatch_default()(glob));
    const loads = (file) => {
        const relative = configFolder === '.' ? file : posix_default().relative(configFolder, file);
        return !relative.startsWith('..') && globs.some(match => match(relative));
    };
    const claimed = new Set();
    const planned = [];
    for (const incoming of input.imported) {
        const common = {
            kind: incoming.kind,
            name: incoming.name,
            physicalName: incoming.physicalName,
            adopt: incoming.adopt
        };
        const existing = byKey.get(`${incoming.kind}:${incoming.name}`);
        if (existing) {
            const file = existing.file;
            const text = project.fileTexts.get(file) ?? '';
            if ((perFile.get(file) ?? 0) > 1) {
                planned.push({
                    ...common,
                    file,
                    action: 'skipped',
                    reason: `${file} holds ${perFile.get(file)} definitions; import merges only into a file that holds one: merge ${environment} by hand, or move ${incoming.name} to a file of its own`
                });
                continue;
            }
            if (!force && !unchangedSinceImport(text)) {
                planned.push({
                    ...common,
                    file,
                    action: 'skipped',
                    reason: `${file} was changed since rolegate import wrote it (or was written by hand); import leaves it alone: pass --force to merge ${environment} into it (its comments and layout are then rewritten)`
                });
                continue;
            }
            const keep = existing.definition;
            const nameKey = physicalNameKey(incoming.kind);
            const identity = Object.hasOwn(keep, nameKey)
                ? { ...incoming, explicitName: keep[nameKey] }
                : incoming;
            const definition = mergeDefinition({
                config: project.config,
                environment,
                incoming: identity,
                existing: existing.definition
            });
            const newText = definitionFileText(definition, modelineFor(project, file));
            planned.push({
                ...common,
                file,
                definition,
                ...(newText === text
                    ? { action: 'unchanged' }
                    : { action: 'merged', text: newText })
            });
            continue;
        }
        const folder = incoming.kind === 'Role' ? 'roles' : 'policies';
        const candidates = [
            posix_default().join(outFolder, folder, `${incoming.name}.yml`),
            posix_default().join(outFolder, `${incoming.name}.yml`),
            posix_default().join(outFolder, folder, `${incoming.name}.yaml`),
            posix_default().join(outFolder, `${incoming.name}.yaml`)
        ];
        const first = candidates.find(loads) ?? candidates[0];
        const file = freePath(first, name => project.allFiles.has(name) || claimed.has(name));
        claimed.add(file);
        const definition = mergeDefinition({ config: project.config, environment, incoming });
        planned.push({
            ...common,
            file,
            action: 'created',
            definition,
            text: definitionFileText(definition, modelineFor(project, file)),
            ...(loads(file)
                ? {}
                : {
                    reason: `${file} is not matched by the definitions globs of ${project.configFile}, so validate and deploy will not read it`
                })
        });
    }
    return planned;
}
function freePath(file, taken) {
    if (!taken(file))
        return file;
    const extension = posix_default().extname(file);
    const stem = file.slice(0, -extension.length);
    for (let index = 2;; index++) {
        const candidate = `${stem}-${index}${extension}`;
        if (!taken(candidate))
            return candidate;
    }
}
function modelineFor(project, file) {
    return definitionModeline({ file: project.configFile, text: project.configText }, project.fileTexts, file);
}
/** The definitions as they will be loaded after the import: parsed from the planned texts. */
function definitionsAfter(project, planned) {
    const replaced = new Map(planned.filter(item => item.text !== undefined).map(item => [item.file, item.text]));
    const definitions = project.definitions.filter(item => !replaced.has(item.file));
    const loadErrors = [];
    for (const [file, text] of replaced) {
        const loaded = (0,load/* loadDefinitionFile */.kE)({ path: file, text });
        definitions.push(...loaded.definitions);
        for (const finding of loaded.findings)
            if (finding.severity === 'error')
                loadErrors.push(`${file}:${finding.line}: ${finding.message}`);
    }
    return { definitions, loadErrors };
}

// EXTERNAL MODULE: ./src/compare/compare.ts + 1 modules
var compare = __webpack_require__(8544);
;// CONCATENATED MODULE: ./src/import/verify.ts
/**
 * The round trip, checked before anything is written: the definitions as they will be on disk are
 * rendered for the imported environment and compared with live IAM by the same engine as plan.
 * Anything but the ownership tag (and tags the config's defaults add on purpose) is a value no
 * definition can say: the import names the field and stops. Pure.
 */




const WHY = 'renders to a value other than live IAM holds, so the first deploy would change it';
function verifyRoundTrip(input) {
    const { environment, written } = input;
    const { state, findings } = (0,render/* render */.XX)(input.config, input.definitions, {
        managedBy: input.managedBy,
        environments: [environment],
        now: EVERY_GRANT_LIVE
    });
    const problems = [];
    for (const finding of findings) {
        if (finding.severity !== 'error' || !finding.file || !input.files.has(finding.file))
            continue;
        problems.push({
            resource: `${finding.file}:${finding.line}`,
            field: finding.rule,
            reason: finding.message
        });
    }
    const desired = state.environments[environment];
    if (!desired)
        return problems;
    const pick = (items, kind) => items.filter(item => written.has(`${kind}:${item.name.toLowerCase()}`));
    const live = {
        ...input.live,
        roles: pick(input.live.roles, 'Role'),
        managedPolicies: pick(input.live.managedPolicies, 'ManagedPolicy')
    };
    const change = (0,compare/* compareEnvironment */.dc)(live, {
        ...desired,
        roles: pick(desired.roles, 'Role'),
        managedPolicies: pick(desired.managedPolicies, 'ManagedPolicy')
    });
    const expectedTag = (key) => key === model_state/* OWNERSHIP_TAG */.B || input.defaultTagKeys.has(key);
    for (const role of change.roles) {
        const resource = `role ${role.physicalName}`;
        const add = (field, reason = WHY) => problems.push({ resource, field, reason });
        if (role.change === 'added' || role.change === 'removed') {
            add('name', `is ${role.change === 'added' ? 'rendered but not live' : 'live but not rendered'} in ${environment}`);
            continue;
        }
        if (role.trustPolicyChanged)
            add('trust');
        for (const policy of role.inlinePolicies)
            add(`policies.${policy.name}`);
        if (role.managedPolicies.attached.length + role.managedPolicies.detached.length > 0)
            add('managedPolicies');
        for (const key of [
            'permissionsBoundary',
            'maxSessionDuration',
            'description',
            'path',
            'instanceProfile'
        ])
            if (role[key])
                add(key);
        if (role.rename)
            add('roleName');
        tagProblems(role.tags, expectedTag).forEach(key => add(`tags.${key}`));
    }
    for (const policy of change.managedPolicies) {
        const resource = `managed policy ${policy.physicalName}`;
        const add = (field, reason = WHY) => problems.push({ resource, field, reason });
        if (policy.change === 'added' || policy.change === 'removed') {
            add('name', `is ${policy.change === 'added' ? 'rendered but not live' : 'live but not rendered'} in ${environment}`);
            continue;
        }
        if (policy.documentChanged)
            add('document');
        if (policy.description)
            add('description');
        tagProblems(policy.tags, expectedTag).forEach(key => add(`tags.${key}`));
    }
    return problems;
}
function tagProblems(tags, expected) {
    return [
        ...Object.keys(tags.added).filter(key => !expected(key)),
        ...Object.keys(tags.removed),
        ...Object.keys(tags.changed)
    ];
}

;// CONCATENATED MODULE: ./src/import/index.ts





function planImport(input) {
    const { project, environment } = input;
    const outFolder = input.outFolder ?? defaultOutFolder(project.config, project.configFile);
    const imported = importEnvironment({
        config: project.config,
        environment,
        live: input.live,
        managedBy: input.managedBy,
        existing: existingNames(project, environment)
    });
    const files = planFiles({
        project,
        environment,
        imported: imported.definitions,
        outFolder,
        force: input.force
    });
    const inexpressible = [...imported.inexpressible];
    if (inexpressible.length === 0) {
        const after = definitionsAfter(project, files);
        inexpressible.push(...after.loadErrors.map(error => ({
            resource: error.split(': ')[0],
            field: 'schema',
            reason: `the written definition would not load: ${error}`
        })));
        const variables = (0,render/* environmentVariables */.ro)(project.config, environment);
        const written = files.filter(file => file.action !== 'skipped');
        inexpressible.push(...verifyRoundTrip({
            config: project.config,
            environment,
            definitions: after.definitions,
            live: input.live,
            managedBy: input.managedBy,
            written: new Set(written.map(file => `${file.kind}:${file.physicalName.toLowerCase()}`)),
            files: new Set(written.map(file => file.file)),
            defaultTagKeys: new Set(Object.keys(project.config.defaults?.tags ?? {}).map(key => (0,render_variables/* substituteString */.gf)(key, variables, () => { })))
        }));
    }
    return {
        outFolder,
        files,
        inexpressible,
        ownedElsewhere: imported.ownedElsewhere,
        notes: imported.notes
    };
}

// EXTERNAL MODULE: ./src/util/suggest.ts + 1 modules
var suggest = __webpack_require__(5670);
// EXTERNAL MODULE: ./src/commands/analyze.ts
var analyze = __webpack_require__(8914);
;// CONCATENATED MODULE: ./src/commands/import.ts
/**
 * import: roles that exist in an account → definition files, the first step of a migration.
 * Reads live IAM with the same few-call reader as plan (read-only credentials), plans every file
 * with the pure core (src/import/), and writes only when nothing stops the import.
 */













async function runImport(options) {
    const log = options.log ?? (() => { });
    const tree = (0,project_files/* diskTree */.cF)(options.workspace);
    const configFile = (0,project_files/* workspacePath */.X5)(options.configPath, options.workspace);
    const loaded = await (0,load_project/* loadProject */.g)(tree, configFile, { requireConfig: true });
    // A glob that matches no file yet is where a migration starts; any other error stops it.
    const firstError = loaded.findings.find(finding => finding.severity === 'error' && (!loaded.config || finding.file !== configFile));
    if (!loaded.config || firstError) {
        const where = firstError ? ` (${firstError.file}:${firstError.line}: ${firstError.message})` : '';
        throw new project_files/* UsageError */.eb(loaded.config
            ? `cannot import: a definition file does not load${where}; import merges into the definitions it finds, so fix it first ("rolegate validate" lists every problem)`
            : `cannot import: ${configFile} is invalid${where}; fix it first ("rolegate validate" lists every problem)`);
    }
    const config = loaded.config;
    const known = Object.keys(config.environments);
    const environmentConfig = Object.hasOwn(config.environments, options.environment)
        ? config.environments[options.environment]
        : undefined;
    if (!environmentConfig)
        throw new project_files/* UsageError */.eb(`cannot import: environment "${options.environment}" is not defined in ${configFile}${(0,suggest/* didYouMean */.a)(options.environment, known)}; known: ${known.join(', ')}`);
    const outFolder = options.out === undefined ? undefined : workspaceFolder(options.out, options.workspace);
    const managedBy = (0,analyze.ownershipValue)(config, options.managedBy, options.workspace);
    const credentials = await options.credentials(environmentConfig);
    const callerArn = await (0,aws_credentials/* verifyAccount */.P0)(credentials, environmentConfig.region, environmentConfig.account, options.environment, 'import');
    log(`Reading IAM of account ${environmentConfig.account} (${options.environment}) as ${callerArn}.`);
    const selector = roleSelector({
        match: options.match,
        pathPrefix: options.pathPrefix === undefined ? undefined : normalizePathPrefix(options.pathPrefix)
    });
    const maxAttempts = process.env.AWS_MAX_ATTEMPTS ? {} : { maxAttempts: 10 };
    const client = new dist_cjs/* IAMClient */.h8v({
        region: environmentConfig.region,
        ...maxAttempts,
        ...(credentials ? { credentials } : {})
    });
    let live;
    try {
        live = await (0,read_live/* readLiveEnvironment */.U)(client, {
            desired: {
                environment: options.environment,
                account: environmentConfig.account,
                region: environmentConfig.region,
                partition: (0,render/* partitionOf */.iQ)(environmentConfig),
                roles: [],
                managedPolicies: []
            },
            managedBy,
            namePrefix: '',
            selectRole: role => selector.classify(role) === 'selected'
        });
    }
    finally {
        client.destroy();
    }
    const selection = selector.summary();
    const where = `account ${environmentConfig.account} (${options.environment})${options.pathPrefix ? ` under path ${normalizePathPrefix(options.pathPrefix)}` : ''}`;
    const never = 'service-linked (/aws-service-role/) and AWS-reserved (/aws-reserved/) roles are never imported';
    if (selection.globsMatchingNothing.length > 0)
        throw new project_files/* UsageError */.eb(`cannot import: --match ${selection.globsMatchingNothing.map(glob => `"${glob}"`).join(', ')} matches no role in ${where}; nothing was written (${never}; globs use * and ?, case-insensitively)`);
    if (selection.selected === 0)
        throw new project_files/* UsageError */.eb(`cannot import: no role to import in ${where}; nothing was written (${never})`);
    const project = {
        config,
        configFile,
        configText: await (0,promises_.readFile)(external_node_path_default().join(options.workspace, configFile), 'utf8'),
        definitions: loaded.definitions,
        fileTexts: new Map([...(loaded.files ?? new Map())].flatMap(([file, item]) => item.text === undefined ? [] : [[file, item.text]])),
        allFiles: new Set(await tree.list(''))
    };
    const plan = planImport({
        project,
        environment: options.environment,
        live,
        managedBy,
        force: options.force,
        ...(outFolder === undefined ? {} : { outFolder })
    });
    if (plan.inexpressible.length > 0) {
        const lines = plan.inexpressible.map(problem => `  ${problem.resource}: ${problem.field} ${problem.reason}`);
        throw new project_files/* UsageError */.eb([
            `cannot import: ${plan.inexpressible.length} value(s) in ${where} cannot be written as definitions; nothing was written. Leave those roles out with --match '!NAME', or change them in IAM first:`,
            ...lines
        ].join('\n'));
    }
    for (const file of plan.files) {
        if (file.text === undefined)
            continue;
        const target = external_node_path_default().join(options.workspace, file.file);
        await (0,promises_.mkdir)(external_node_path_default().dirname(target), { recursive: true });
        await (0,promises_.writeFile)(target, file.text);
    }
    return {
        schemaVersion: 1,
        command: 'import',
        config: configFile,
        environment: options.environment,
        account: environmentConfig.account,
        callerArn,
        outFolder: plan.outFolder,
        files: plan.files.map(file => ({
            file: file.file,
            action: file.action,
            kind: file.kind,
            name: file.name,
            physicalName: file.physicalName,
            adopt: file.adopt,
            ...(file.reason ? { reason: file.reason } : {})
        })),
        notImported: {
            serviceLinked: selection.serviceLinked,
            awsReserved: selection.awsReserved,
            unmatched: selection.unmatched,
            ownedElsewhere: plan.ownedElsewhere
        },
        notes: plan.notes
    };
}
function workspaceFolder(folder, workspace) {
    const relative = external_node_path_default().relative(workspace, external_node_path_default().resolve(workspace, folder));
    if (relative.startsWith('..') || external_node_path_default().isAbsolute(relative))
        throw new project_files/* UsageError */.eb(`--out ${folder} is outside the workspace ${workspace}; definitions must live in the repository`);
    return relative.split((external_node_path_default()).sep).join('/') || '.';
}
const count = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const VERB = {
    created: 'created  ',
    merged: 'merged   ',
    unchanged: 'unchanged',
    skipped: 'skipped  '
};
/** The import report for a terminal or a job summary. */
function renderImportText(report) {
    const roles = report.files.filter(file => file.kind === 'Role').length;
    const policies = report.files.length - roles;
    const lines = [
        `${count(roles, 'role')} and ${count(policies, 'customer managed policy', 'customer managed policies')} to import from ${report.environment} (account ${report.account}):`
    ];
    for (const file of report.files) {
        const what = `${file.kind === 'Role' ? 'role' : 'managed policy'} ${file.physicalName} as ${file.name}`;
        lines.push(`  ${VERB[file.action]} ${file.file}  (${what})${file.reason ? `: ${file.reason}` : ''}`);
    }
    const done = (action) => report.files.filter(file => file.action === action).length;
    lines.push(`${done('created')} written, ${done('merged')} merged, ${done('unchanged')} unchanged, ${done('skipped')} skipped.`);
    const skipped = report.notImported;
    const skips = [
        skipped.serviceLinked
            ? `${count(skipped.serviceLinked, 'service-linked role')} (/aws-service-role/)`
            : '',
        skipped.awsReserved ? `${count(skipped.awsReserved, 'AWS-reserved role')} (/aws-reserved/)` : '',
        skipped.unmatched ? `${count(skipped.unmatched, 'role')} outside --match/--path-prefix` : '',
        ...skipped.ownedElsewhere.map(role => `role ${role.name} (managed by ${role.owner}: import it there)`)
    ].filter(Boolean);
    if (skips.length > 0)
        lines.push(`Not imported: ${skips.join(', ')}.`);
    const adopted = report.files.filter(file => file.adopt && file.action !== 'skipped').length;
    if (adopted > 0)
        lines.push(`${count(adopted, 'definition')} ${adopted === 1 ? 'says' : 'say'} "adopt: true": those roles and policies lack the ${model_state/* OWNERSHIP_TAG */.B} tag, so the first deploy takes them over explicitly (plan shows only TagRole/TagPolicy); drop adopt after it.`);
    for (const note of report.notes)
        lines.push(`Note: ${note}.`);
    lines.push(`Next: review the files, "rolegate validate", "rolegate plan --env ${report.environment}" (expect only the ownership tag), commit, deploy (docs/import.md).`);
    return lines.join('\n') + '\n';
}


/***/ })

};
