export const id = 309;
export const ids = [309,285];
export const modules = {

/***/ 6185:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Z: () => (/* binding */ resourceTypesMatching),
/* harmony export */   Lw: () => (/* binding */ parseArn),
/* harmony export */   Pp: () => (/* binding */ arnMatchesResourceType),
/* harmony export */   Sp: () => (/* binding */ resourcesMayOverlap),
/* harmony export */   YF: () => (/* binding */ isEffectivelyAnyResourceFor),
/* harmony export */   aC: () => (/* binding */ awsOwnedArnPattern),
/* harmony export */   bZ: () => (/* binding */ isEffectivelyAnyResource),
/* harmony export */   iO: () => (/* binding */ arnProblems)
/* harmony export */ });
/* unused harmony exports PARTITIONS, isValidArn, AWS_OWNED_RESOURCE_TYPES */
/* harmony import */ var _util_bounded_memo_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7008);
/* harmony import */ var _action_db_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6777);
/* harmony import */ var _iam_data_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(865);
/* harmony import */ var _wildcard_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2930);
/**
 * ARNs as they appear in Resource elements: parsing, shape validation (the `invalid-arn` rule) and
 * matching against the resource types of the action database (the `resource-mismatch` rule).
 *
 * A Resource value is itself a pattern: it may hold `*`/`?` and policy variables such as
 * `${aws:username}`. Matching therefore asks "could some concrete ARN satisfy both the user's
 * pattern and the resource type's pattern?", and leans towards yes: a false resource-mismatch
 * warning teaches people to ignore the rule, a missed one costs little.
 */




/**
 * Splits `arn:partition:service:region:account:resource`; undefined when it is not that shape.
 * Colons inside a policy variable such as `${aws:partition}` do not split.
 */
function parseArn(text) {
    // Only the first five separating colons matter: the resource part keeps the rest.
    let found = 0;
    let c0 = 0;
    let c1 = 0;
    let c2 = 0;
    let c3 = 0;
    let c4 = 0;
    for (let i = 0; i < text.length && found < 5; i++) {
        const char = text.charCodeAt(i);
        if (char === 36 /* $ */ && text.charCodeAt(i + 1) === 123 /* { */) {
            const end = text.indexOf('}', i);
            if (end > 0)
                i = end;
        }
        else if (char === 58 /* : */) {
            if (found === 0)
                c0 = i;
            else if (found === 1)
                c1 = i;
            else if (found === 2)
                c2 = i;
            else if (found === 3)
                c3 = i;
            else
                c4 = i;
            found++;
        }
    }
    if (found < 5 || c0 !== 3 || !text.startsWith('arn'))
        return undefined;
    return {
        partition: text.slice(c0 + 1, c1),
        service: text.slice(c1 + 1, c2),
        region: text.slice(c2 + 1, c3),
        account: text.slice(c3 + 1, c4),
        resource: text.slice(c4 + 1)
    };
}
const PARTITIONS = [
    'aws',
    'aws-cn',
    'aws-us-gov',
    'aws-iso',
    'aws-iso-b',
    'aws-iso-e',
    'aws-iso-f',
    'aws-eusc'
];
/** A policy variable (`${aws:username}`) or wildcard stands for text we cannot check. */
function isOpen(segment) {
    return segment.includes('*') || segment.includes('?') || segment.includes('${');
}
/**
 * Problems with the shape of a Resource value, empty when it is acceptable. `*` and ARN patterns
 * are fine; what IAM would reject or what can never match is not (a missing `arn:` prefix, too few
 * segments, an unknown partition, a malformed account id or region, an empty service or resource).
 */
function arnProblems(text) {
    if (text === '*')
        return [];
    if (!text.startsWith('arn:')) {
        return text.toLowerCase().startsWith('arn:')
            ? ['the "arn" prefix must be lower case']
            : ['must be "*" or start with "arn:"'];
    }
    const arn = parseArn(text);
    if (!arn) {
        // `arn:aws:s3:*` style: a trailing wildcard may stand for the missing segments.
        if (text.endsWith('*'))
            return [];
        return ['an ARN has six colon-separated parts: arn:partition:service:region:account-id:resource'];
    }
    const problems = [];
    if (!isOpen(arn.partition) && !PARTITIONS.includes(arn.partition)) {
        problems.push(`unknown partition "${arn.partition}" (expected one of ${PARTITIONS.join(', ')})`);
    }
    if (arn.service === '')
        problems.push('the service part is empty');
    else if (!isOpen(arn.service) && !/^[a-z0-9][a-z0-9.-]*$/.test(arn.service)) {
        problems.push(`"${arn.service}" is not a service namespace`);
    }
    if (arn.region !== '' && !isOpen(arn.region) && !/^[a-z]{2}(-[a-z]+)+-\d+$/.test(arn.region)) {
        problems.push(`"${arn.region}" is not a region`);
    }
    if (arn.account !== '' && !isOpen(arn.account) && !/^(\d{12}|aws)$/.test(arn.account)) {
        problems.push(`"${arn.account}" is not a 12-digit account id`);
    }
    if (arn.resource === '')
        problems.push('the resource part is empty');
    return problems;
}
function isValidArn(text) {
    return arnProblems(text).length === 0;
}
/** Empty, or only wildcards: a region or account field that names no particular one. */
function namesNone(field) {
    return /^[*?]*$/.test(field);
}
/**
 * A Resource value as good as `"*"`: it names every resource of its service, or of one resource
 * type, in every region and account (`*`, `arn:*:*:*:*:*`, `arn:aws:s3:::*`, all S3 objects,
 * `arn:*:cloudtrail:*:*:trail/*`). Region and account are each empty or only wildcards; the
 * resource part is only wildcards (and separators), or the literal start of one of the service's
 * resource types followed by only wildcards (`trail/*`, `function:*`). A literal account, or a
 * name (`results/*` is one bucket's objects, not a type), narrows.
 */
function isEffectivelyAnyResource(value) {
    if (value === '*')
        return true;
    const arn = parseArn(value);
    if (!arn || !namesNone(arn.region) || !namesNone(arn.account) || !arn.resource.includes('*'))
        return false;
    if (/^[*?/:]+$/.test(arn.resource))
        return true;
    const head = /^([A-Za-z0-9_.-]+[/:])[*?/:]*$/.exec(arn.resource)?.[1].toLowerCase();
    if (head === undefined || /[*?$]/.test(arn.service))
        return false;
    return typeHeads(arn.service).has(head);
}
/** The literal starts of the resource parts of a service's resource types (`trail/`), lower-cased. */
function typeHeads(service) {
    return headsOf(service.toLowerCase());
}
// Prefixes come from user files: bounded like the other caches here.
const headsOf = (0,_util_bounded_memo_js__WEBPACK_IMPORTED_MODULE_3__/* .boundedMemo */ .S)((prefix) => new Set(((0,_iam_data_js__WEBPACK_IMPORTED_MODULE_1__/* .serviceData */ .Wg)(prefix)?.resourceTypes ?? []).map(type => parseArn(type.arnPattern)?.resource.split('${', 1)[0].toLowerCase() ?? '')), 10_000);
/**
 * Pattern variables that never contain `/`. Everything else is allowed to (role paths, log group
 * names, object keys, secret names all do); these few are what tells `arn:aws:s3:::bucket/*` (an
 * object) from a bucket, the classic s3:ListBucket mistake.
 */
const SLASH_FREE_VARIABLES = new Set(['bucketname', 'accesspointname']);
const LITERAL = 0;
const ANY = 1;
const ONE = 2;
const EXCLUDES_COLON = 1;
const EXCLUDES_SLASH = 2;
const COLON = 58;
const SLASH = 47;
function allocateTokens(capacity) {
    return {
        length: 0,
        kinds: new Uint8Array(capacity),
        codes: new Int32Array(capacity),
        excluded: new Uint8Array(capacity)
    };
}
function push(tokens, kind, code, excluded) {
    const i = tokens.length++;
    tokens.kinds[i] = kind;
    tokens.codes[i] = code;
    tokens.excluded[i] = excluded;
}
/** Lower-cased texts longer than one UTF-16 unit (`İ` -> `i̇`), numbered for literalCode(). */
const wideLiterals = new Map();
/**
 * The lower case of one UTF-16 unit as a number that is equal exactly when the lower-cased texts
 * are: the unit's code when lower-casing leaves one unit, else a negative number per text.
 */
function literalCode(text, i) {
    const code = text.charCodeAt(i);
    if (code < 128)
        return code >= 65 && code <= 90 ? code + 32 : code;
    const lower = text[i].toLowerCase();
    if (lower.length === 1)
        return lower.charCodeAt(0);
    let id = wideLiterals.get(lower);
    if (id === undefined)
        wideLiterals.set(lower, (id = -1 - wideLiterals.size));
    return id;
}
// The user's tokens are rebuilt for each search, in this reused space (searches never nest).
let userSpace = allocateTokens(256);
/** The user's Resource value: `*` any run, `?` one character, `${...}` a policy variable (any run). */
function userTokens(text) {
    if (userSpace.kinds.length < text.length)
        userSpace = allocateTokens(2 * text.length);
    const tokens = userSpace;
    tokens.length = 0;
    for (let i = 0; i < text.length; i++) {
        const char = text.charCodeAt(i);
        if (char === 36 /* $ */ && text.charCodeAt(i + 1) === 123 /* { */) {
            const end = text.indexOf('}', i);
            if (end > 0) {
                // `${*}`, `${?}` and `${$}` are IAM's escapes for the literal characters.
                const escaped = end === i + 3 ? text.charCodeAt(i + 2) : -1;
                if (escaped === 42 || escaped === 63 || escaped === 36)
                    push(tokens, LITERAL, escaped, 0);
                else
                    push(tokens, ANY, 0, 0);
                i = end;
                continue;
            }
        }
        if (char === 42 /* * */)
            push(tokens, ANY, 0, 0);
        else if (char === 63 /* ? */)
            push(tokens, ONE, 0, 0);
        else
            push(tokens, LITERAL, literalCode(text, i), 0);
    }
    return tokens;
}
/**
 * A resource type's ARN pattern. A `${Name}` variable is at least one character (an ARN with an
 * empty region cannot be a regional resource) and stays inside its colon-separated segment.
 */
function typeTokens(pattern) {
    const tokens = allocateTokens(2 * pattern.length);
    let colons = 0;
    for (let i = 0; i < pattern.length; i++) {
        const char = pattern[i];
        if (char === '$' && pattern[i + 1] === '{') {
            const end = pattern.indexOf('}', i);
            const name = pattern.slice(i + 2, end).toLowerCase();
            const excluded = (colons < 5 ? EXCLUDES_COLON : 0) | (SLASH_FREE_VARIABLES.has(name) ? EXCLUDES_SLASH : 0);
            push(tokens, ONE, 0, excluded);
            push(tokens, ANY, 0, excluded);
            i = end;
            continue;
        }
        if (char === ':')
            colons++;
        if (char === '*')
            push(tokens, ANY, 0, colons < 5 ? EXCLUDES_COLON : 0);
        else
            push(tokens, LITERAL, literalCode(pattern, i), 0);
    }
    return tokens;
}
/** Does a wildcard with these exclusions accept the literal? */
function admits(excluded, code) {
    return !(((excluded & EXCLUDES_COLON) !== 0 && code === COLON) ||
        ((excluded & EXCLUDES_SLASH) !== 0 && code === SLASH));
}
/**
 * Is there a character that both single-position tokens (literal or one-character) accept? Two
 * restricted wildcards always share one: their exclusions are a couple of punctuation marks.
 */
function accepts(a, i, b, j) {
    const aLiteral = a.kinds[i] === LITERAL;
    const bLiteral = b.kinds[j] === LITERAL;
    if (aLiteral && bLiteral)
        return a.codes[i] === b.codes[j];
    if (bLiteral)
        return admits(a.excluded[i], b.codes[j]);
    if (aLiteral)
        return admits(b.excluded[j], a.codes[i]);
    return true;
}
// Scratch space for intersects(), reused across calls (they never nest). A cell was seen in this
// call when it holds this call's stamp, so nothing needs clearing between calls.
let seen = new Uint32Array(4096);
let stack = new Int32Array(4096);
let stamp = 0;
/**
 * Is there a string both token lists match? A search over positions (i in a, j in b): from (0, 0),
 * can both lists be consumed together? A run may stand for nothing, or absorb one single-position
 * token of the other side; two single positions advance together when they share a character.
 */
function intersects(a, b) {
    const width = b.length + 1;
    const cells = (a.length + 1) * width;
    if (seen.length < cells) {
        seen = new Uint32Array(Math.max(cells, 2 * seen.length));
        stack = new Int32Array(seen.length);
        stamp = 0;
    }
    if (stamp === 0xffffffff) {
        seen.fill(0);
        stamp = 0;
    }
    const mark = ++stamp;
    const goal = cells - 1;
    let top = 0;
    stack[top++] = 0;
    seen[0] = mark;
    while (top > 0) {
        const cell = stack[--top];
        if (cell === goal)
            return true;
        const i = (cell / width) | 0;
        const j = cell - i * width;
        const hasA = i < a.length;
        const hasB = j < b.length;
        const anyA = hasA && a.kinds[i] === ANY;
        const anyB = hasB && b.kinds[j] === ANY;
        // Each successor is pushed once: `seen` marks it when it is found.
        let right = false;
        let down = false;
        let diagonal = false;
        if (anyA) {
            down = true;
            if (hasB && !anyB && accepts(a, i, b, j))
                right = true;
        }
        if (anyB) {
            right = true;
            if (hasA && !anyA && accepts(a, i, b, j))
                down = true;
        }
        if (hasA && hasB && !anyA && !anyB && accepts(a, i, b, j))
            diagonal = true;
        if (down && seen[cell + width] !== mark) {
            seen[cell + width] = mark;
            stack[top++] = cell + width;
        }
        if (right && seen[cell + 1] !== mark) {
            seen[cell + 1] = mark;
            stack[top++] = cell + 1;
        }
        if (diagonal && seen[cell + width + 1] !== mark) {
            seen[cell + width + 1] = mark;
            stack[top++] = cell + width + 1;
        }
    }
    return false;
}
/**
 * Resource types of which AWS itself publishes instances to every account: their ARNs have an
 * empty account field, although the Service Authorization Reference writes the type with
 * `${Account}`. AWS's own documentation and managed policies name them so, e.g.
 * `arn:aws:ssm:us-east-1::document/AWS-StartPortForwardingSession`. Each entry says where AWS
 * documents the form.
 */
const AWS_OWNED_RESOURCE_TYPES = [
    {
        service: 'ssm',
        type: 'document',
        example: 'arn:aws:ssm:us-east-1::document/AWS-StartPortForwardingSession',
        source: 'https://docs.aws.amazon.com/systems-manager/latest/userguide/getting-started-restrict-access-quickstart.html'
    },
    {
        service: 'ssm',
        type: 'automation-definition',
        example: 'arn:aws:ssm:us-east-1::automation-definition/AWS-RestartEC2Instance:$DEFAULT',
        source: 'https://docs.aws.amazon.com/systems-manager/latest/userguide/automation-setup-identity-based-policies.html'
    },
    {
        service: 'ssm',
        type: 'parameter',
        example: 'arn:aws:ssm:us-east-1::parameter/aws/service/ami-amazon-linux-latest/*',
        source: 'https://docs.aws.amazon.com/systems-manager/latest/userguide/parameter-store-public-parameters.html'
    }
];
/**
 * The pattern of an AWS-owned instance of the type (`${Account}` dropped), or undefined when AWS
 * publishes no instances of this type (see AWS_OWNED_RESOURCE_TYPES).
 */
function awsOwnedArnPattern(arnPattern) {
    const arn = parseArn(arnPattern);
    if (!arn || arn.account !== '${Account}')
        return undefined;
    const owned = AWS_OWNED_RESOURCE_TYPES.some(entry => entry.service === arn.service && arn.resource.startsWith(`${entry.type}/`));
    return owned ? `arn:${arn.partition}:${arn.service}:${arn.region}::${arn.resource}` : undefined;
}
/**
 * Is the value as good as `"*"` for this action: isEffectivelyAnyResource(), of the action's own
 * service (or a wildcard service), and naming some resource type of the action?
 */
function isEffectivelyAnyResourceFor(action, value) {
    if (value === '*')
        return true;
    if (!isEffectivelyAnyResource(value))
        return false;
    const service = parseArn(value)?.service ?? '';
    const own = action.slice(0, action.indexOf(':')).toLowerCase();
    if (!/[*?]/.test(service) && service.toLowerCase() !== own)
        return false;
    return resourceTypesMatching(action, value).length > 0;
}
/**
 * Per resource type pattern: its tokens (and those of awsOwnedArnPattern(), when AWS publishes
 * instances of the type), and answers by Resource value. No regular expression: one built from a
 * pattern with several variables backtracks polynomially on a hostile Resource (minutes for a few
 * KB against the API Gateway patterns); the search is O(value × pattern). Resource values come
 * from user files, so the caches are bounded rather than trusted to stay small (at most 1,000
 * patterns × 1,000 values).
 */
const answersFor = (0,_util_bounded_memo_js__WEBPACK_IMPORTED_MODULE_3__/* .boundedMemo */ .S)((arnPattern) => {
    const tokens = typeTokens(arnPattern);
    const ownedPattern = awsOwnedArnPattern(arnPattern);
    const owned = ownedPattern === undefined ? undefined : typeTokens(ownedPattern);
    return (0,_util_bounded_memo_js__WEBPACK_IMPORTED_MODULE_3__/* .boundedMemo */ .S)((resource) => {
        const user = userTokens(resource);
        return intersects(user, tokens) || (owned !== undefined && intersects(user, owned));
    }, 1_000);
}, 1_000);
/**
 * Could the Resource value (`arn:aws:s3:::bucket/*`) name a resource of the type whose ARN pattern
 * is given (`arn:${Partition}:s3:::${BucketName}/${ObjectName}`)? Case-insensitive and lenient, see
 * the file comment. `*` matches every type. Answers are cached per (value, pattern): the same
 * values and types recur across the statements, roles and environments of a project.
 */
function arnMatchesResourceType(resource, arnPattern) {
    if (resource === '*')
        return true;
    return answersFor(arnPattern)(resource);
}
/**
 * The action's resource types that the Resource value can name; empty when none can (the
 * `resource-mismatch` case) and also when the action is unknown or supports only `*`.
 */
function resourceTypesMatching(action, resource) {
    const info = (0,_action_db_js__WEBPACK_IMPORTED_MODULE_0__/* .lookupAction */ .b3)(action);
    if (!info)
        return [];
    return info.resourceTypes.filter(type => arnMatchesResourceType(resource, type.arnPattern));
}
/**
 * Could some resource match both Resource patterns? The one overlap question of lint (what a Deny
 * takes away) and the diff (what a boundary blocks); "yes" whenever unsure, so callers that read
 * an overlap as "may reach" fail closed. A policy variable may stand for anything. Two ARNs are
 * compared component by component (a real ARN's partition, service, region and account hold no
 * `:`), exactly within each (wildcardOverlaps); anything else as one glob.
 */
function resourcesMayOverlap(a, b) {
    if (a === '*' || b === '*' || a.includes('${') || b.includes('${'))
        return true;
    const x = parseArn(a);
    const y = parseArn(b);
    if (!x || !y)
        return (0,_wildcard_js__WEBPACK_IMPORTED_MODULE_2__/* .wildcardOverlaps */ .hN)(a, b, false);
    return ((0,_wildcard_js__WEBPACK_IMPORTED_MODULE_2__/* .wildcardOverlaps */ .hN)(x.partition, y.partition, false) &&
        (0,_wildcard_js__WEBPACK_IMPORTED_MODULE_2__/* .wildcardOverlaps */ .hN)(x.service, y.service, false) &&
        (0,_wildcard_js__WEBPACK_IMPORTED_MODULE_2__/* .wildcardOverlaps */ .hN)(x.region, y.region, false) &&
        (0,_wildcard_js__WEBPACK_IMPORTED_MODULE_2__/* .wildcardOverlaps */ .hN)(x.account, y.account, false) &&
        (0,_wildcard_js__WEBPACK_IMPORTED_MODULE_2__/* .wildcardOverlaps */ .hN)(x.resource, y.resource, false));
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

/***/ 3677:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   permissionMatrix: () => (/* binding */ permissionMatrix),
/* harmony export */   renderMatrixMarkdown: () => (/* binding */ renderMatrixMarkdown),
/* harmony export */   renderStateMatrices: () => (/* binding */ renderStateMatrices)
/* harmony export */ });
/* harmony import */ var _compare_access_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7669);
/* harmony import */ var _compare_role_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8993);
/* harmony import */ var _model_policy_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(979);
/* harmony import */ var _policy_action_db_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6777);
/* harmony import */ var _policy_principals_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9203);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4285);
/**
 * The permission matrix: per environment, role × service with the access levels each role is
 * allowed (wildcards expanded, inline and attached policies together), like the hand-written
 * table reviewers keep in design docs.
 */






const LETTER = {
    Read: 'R',
    List: 'L',
    Write: 'W',
    Tagging: 'T',
    'Permissions management': 'P'
};
function permissionMatrix(environment) {
    const policies = (0,_compare_role_js__WEBPACK_IMPORTED_MODULE_1__/* .policyResolver */ .vD)(environment.managedPolicies);
    const services = new Set();
    const rows = environment.roles.map(role => {
        const documents = [
            ...Object.values(role.inlinePolicies),
            ...role.managedPolicyArns.flatMap(arn => policies.document(arn) ?? [])
        ];
        const levels = new Map();
        for (const fact of (0,_compare_access_js__WEBPACK_IMPORTED_MODULE_0__/* .factsOf */ .xS)(documents, environment.partition)) {
            if (fact.effect !== 'Allow')
                continue;
            const level = (0,_policy_action_db_js__WEBPACK_IMPORTED_MODULE_2__/* .accessLevelOf */ .M2)(fact.action);
            if (!level)
                continue;
            const service = fact.action.split(':')[0];
            services.add(service);
            levels.set(service, (levels.get(service) ?? new Set()).add(level));
        }
        return {
            role: role.logicalName ?? role.name,
            services: Object.fromEntries([...levels].map(([service, set]) => [service, _policy_action_db_js__WEBPACK_IMPORTED_MODULE_2__/* .ACCESS_LEVELS */ .FF.filter(level => set.has(level))])),
            runsOn: computeTrust(role)
        };
    });
    return { environment: environment.environment, services: [...services].sort(), rows };
}
/** The compute services (policy/principals.ts) that the role's trust policy allows. */
function computeTrust(role) {
    const found = new Set();
    for (const statement of (0,_model_policy_js__WEBPACK_IMPORTED_MODULE_5__/* .statementsOf */ .GX)(role.trustPolicy)) {
        // Rendered documents may be malformed (malformed-policy reports them): skip what is not a statement.
        if (statement === null || typeof statement !== 'object' || statement.Effect !== 'Allow')
            continue;
        for (const principal of (0,_policy_principals_js__WEBPACK_IMPORTED_MODULE_3__/* .normalizePrincipals */ .zU)(statement.Principal)) {
            const compute = principal.type === 'Service' ? (0,_policy_principals_js__WEBPACK_IMPORTED_MODULE_3__/* .computeServiceOf */ .Y$)(principal.id) : undefined;
            if (compute)
                found.add(compute);
        }
    }
    return [...found].sort();
}
function renderMatrixMarkdown(matrix) {
    if (matrix.rows.length === 0)
        return `#### ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__.text)(matrix.environment)}\n\n_No roles._\n`;
    const header = `| Role | Runs on | ${matrix.services.map(_markdown_js__WEBPACK_IMPORTED_MODULE_4__.code).join(' | ')} |`;
    const rule = `|---|---|${matrix.services.map(() => ':---:').join('|')}|`;
    const rows = matrix.rows.map(row => `| ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__.code)(row.role)} | ${row.runsOn.map(_markdown_js__WEBPACK_IMPORTED_MODULE_4__.cell).join(', ')} | ${matrix.services.map(service => (row.services[service] ?? []).map(level => LETTER[level]).join('')).join(' | ')} |`);
    return [
        `#### ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__.text)(matrix.environment)}`,
        '',
        header,
        rule,
        ...rows,
        '',
        '_R read · L list · W write · T tagging · P permissions management. Runs on: the compute services the role trusts, whose code runs with these permissions._',
        ''
    ].join('\n');
}
/** The matrix of every environment of a state, under one heading. */
function renderStateMatrices(state, heading = '### Permission matrix') {
    return [
        heading,
        '',
        ...Object.values(state.environments).map(environment => renderMatrixMarkdown(permissionMatrix(environment)))
    ].join('\n');
}


/***/ })

};
