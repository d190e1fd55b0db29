export const id = 82;
export const ids = [82];
export const modules = {

/***/ 979:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DD: () => (/* binding */ asList),
/* harmony export */   GX: () => (/* binding */ statementsOf),
/* harmony export */   pg: () => (/* binding */ DOCUMENT_KEYS),
/* harmony export */   zq: () => (/* binding */ STATEMENT_KEYS)
/* harmony export */ });
/** The elements of IAM's policy grammar, in the order AWS's documentation writes them. */
const DOCUMENT_KEYS = ['Version', 'Id', 'Statement'];
const STATEMENT_KEYS = [
    'Sid',
    'Effect',
    'Principal',
    'NotPrincipal',
    'Action',
    'NotAction',
    'Resource',
    'NotResource',
    'Condition'
];
function statementsOf(document) {
    const statement = document.Statement;
    if (statement === undefined || statement === null)
        return [];
    return Array.isArray(statement) ? statement : [statement];
}
function asList(value) {
    if (value === undefined)
        return [];
    return Array.isArray(value) ? value : [value];
}


/***/ }),

/***/ 5180:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kk: () => (/* binding */ setPosition),
/* harmony export */   ZB: () => (/* binding */ copyPosition),
/* harmony export */   df: () => (/* binding */ positionOf),
/* harmony export */   ne: () => (/* binding */ linkPositions),
/* harmony export */   sQ: () => (/* binding */ setOwnPosition),
/* harmony export */   t$: () => (/* binding */ positionAt)
/* harmony export */ });
const positions = new WeakMap();
const ownPositions = new WeakMap();
/** A copy made while rendering → what it was copied from: positions are looked up there, not copied. */
const copiedFrom = new WeakMap();
/** Records where `container[key]` was written. */
function setPosition(container, key, location) {
    let map = positions.get(container);
    if (!map) {
        map = new Map();
        positions.set(container, map);
    }
    map.set(key, location);
}
/** Records where an object or array itself starts. */
function setOwnPosition(node, location) {
    ownPositions.set(node, location);
}
/** Where `container[key]` was written, or where `container` itself starts. */
function positionOf(container, key) {
    if (container === null || typeof container !== 'object')
        return undefined;
    if (key !== undefined) {
        const found = keyPosition(container, key);
        if (found)
            return found;
    }
    return ownPosition(container);
}
function keyPosition(container, key) {
    for (let node = container; node; node = copiedFrom.get(node)) {
        const found = positions.get(node)?.get(key);
        if (found)
            return found;
    }
    return undefined;
}
function ownPosition(container) {
    for (let node = container; node; node = copiedFrom.get(node)) {
        const found = ownPositions.get(node);
        if (found)
            return found;
    }
    return undefined;
}
/**
 * `to` is a copy of `from` with the same keys (give renamed keys their own setPosition): it answers
 * position questions with `from`'s answers, at the cost of one link instead of a copied table.
 */
function linkPositions(from, to) {
    if (from !== to)
        copiedFrom.set(to, from);
}
/** Copies the position of `from[fromKey]` to `to[toKey]`; used when rendering renames a key. */
function copyPosition(from, fromKey, to, toKey) {
    const location = keyPosition(from, fromKey);
    if (location)
        setPosition(to, toKey, location);
}
/**
 * Follows a path of keys from `root` and returns the most precise known location: the deepest
 * node on the path that has one.
 */
function positionAt(root, path) {
    let best = positionOf(root);
    let node = root;
    for (const key of path) {
        if (node === null || typeof node !== 'object')
            break;
        best = positionOf(node, key) ?? best;
        node = node[key];
    }
    return best;
}


/***/ }),

/***/ 8635:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bt: () => (/* binding */ parseConditionOperator),
/* harmony export */   md: () => (/* binding */ BASE_OPERATORS),
/* harmony export */   sC: () => (/* binding */ canonicalConditionOperator)
/* harmony export */ });
/**
 * Condition operators: `[ForAnyValue:|ForAllValues:]<Base>[IfExists]`. Used by the
 * `invalid-condition-operator` rule and to spell operators canonically when comparing conditions
 * (IAM matches operator names case-insensitively, so `stringequals` and `StringEquals` are one).
 */
const BASE_OPERATORS = [
    'StringEquals',
    'StringNotEquals',
    'StringEqualsIgnoreCase',
    'StringNotEqualsIgnoreCase',
    'StringLike',
    'StringNotLike',
    'NumericEquals',
    'NumericNotEquals',
    'NumericLessThan',
    'NumericLessThanEquals',
    'NumericGreaterThan',
    'NumericGreaterThanEquals',
    'DateEquals',
    'DateNotEquals',
    'DateLessThan',
    'DateLessThanEquals',
    'DateGreaterThan',
    'DateGreaterThanEquals',
    'Bool',
    'BinaryEquals',
    'IpAddress',
    'NotIpAddress',
    'ArnEquals',
    'ArnLike',
    'ArnNotEquals',
    'ArnNotLike',
    'Null'
];
const baseByLower = new Map(BASE_OPERATORS.map(op => [op.toLowerCase(), op]));
/** Parses an operator; undefined when IAM would reject it. */
function parseConditionOperator(text) {
    let rest = text;
    let qualifier;
    const colon = rest.indexOf(':');
    if (colon >= 0) {
        const head = rest.slice(0, colon).toLowerCase();
        if (head === 'foranyvalue')
            qualifier = 'ForAnyValue';
        else if (head === 'forallvalues')
            qualifier = 'ForAllValues';
        else
            return undefined;
        rest = rest.slice(colon + 1);
    }
    let ifExists = false;
    if (rest.toLowerCase().endsWith('ifexists')) {
        ifExists = true;
        rest = rest.slice(0, -'IfExists'.length);
    }
    const base = baseByLower.get(rest.toLowerCase());
    // `Null` tests existence itself, so IAM has no NullIfExists.
    if (!base || (base === 'Null' && ifExists))
        return undefined;
    const name = `${qualifier ? qualifier + ':' : ''}${base}${ifExists ? 'IfExists' : ''}`;
    return { name, qualifier, base, ifExists, negated: /Not/.test(base) };
}
/** Canonical spelling, or the text unchanged when it is not a valid operator. */
function canonicalConditionOperator(text) {
    return parseConditionOperator(text)?.name ?? text;
}


/***/ }),

/***/ 82:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Jl: () => (/* reexport */ arnPatternMatch),
  LO: () => (/* reexport */ evaluateRequest),
  By: () => (/* reexport */ parseStatement),
  by: () => (/* reexport */ parsedStatementApplies),
  fZ: () => (/* reexport */ policyKindLabel),
  Fg: () => (/* reexport */ policyVariablesEnabled),
  V8: () => (/* reexport */ requestContext),
  ns: () => (/* reexport */ rolePolicies),
  sG: () => (/* reexport */ statementApplies)
});

// UNUSED EXPORTS: SCOPE_NOTE, conditionTestHolds, conditionsHold, contextValues, parseConditionBlock, substitute

// EXTERNAL MODULE: ./src/model/policy.ts
var model_policy = __webpack_require__(979);
// EXTERNAL MODULE: ./src/model/source.ts
var source = __webpack_require__(5180);
;// CONCATENATED MODULE: ./src/policy/evaluate/notes.ts
class Notes {
    list = [];
    seen = new Set();
    add(note) {
        if (this.seen.has(note))
            return;
        this.seen.add(note);
        this.list.push(note);
    }
}
const MAX_QUOTED = 120;
/** `"text"` for a note, clipped to a readable length. */
function quoted(text) {
    const clipped = text.length > MAX_QUOTED ? `${text.slice(0, MAX_QUOTED)}… (${text.length} characters)` : text;
    return JSON.stringify(clipped);
}
/** `file:line`, or nothing for a location-less (AWS managed) statement. */
function at(location) {
    return location ? ` (${location.file}:${location.line})` : '';
}

// EXTERNAL MODULE: ./src/util/own.ts
var own = __webpack_require__(8996);
// EXTERNAL MODULE: ./src/policy/wildcard.ts
var wildcard = __webpack_require__(2930);
;// CONCATENATED MODULE: ./src/policy/evaluate/arn-match.ts
/**
 * Matching a Resource pattern (or an Arn* condition value) against a concrete ARN.
 *
 * IAM User Guide, "IAM JSON policy elements: Resource", Using wildcards in resource ARNs: `*` and
 * `?` work within the segments of an ARN (the parts separated by colons), and a `*` that is the last
 * character of a segment "can expand to match beyond the colon boundaries". So:
 *
 * - a `?`, and a `*` inside a segment, never match a `:`;
 * - a `*` that ends a segment matches the rest of that segment and any number of following
 *   segments (`arn:aws:iam::*` matches every IAM ARN of the partition; `arn:aws:s3:::b/*` matches
 *   `arn:aws:s3:::b/k:with:colons`);
 * - everything is case-sensitive.
 *
 * The Arn* condition operators differ, and follow their own page ("IAM JSON policy elements:
 * Condition operators", ARN condition operators): "each of the six colon-delimited components of
 * the ARN is checked separately", and its example shows `arn:aws:someservice:*:111122223333:finance/*`
 * failing on `arn:aws:someservice:us-east-2:999999999999:store/abc:111122223333:finance/x` ("the
 * first asterisk matches only us-east-2"): see compileArnCondition.
 *
 * Within one segment (which holds no colon) matching is src/policy/wildcard.ts; across segments,
 * the pattern is cut after each segment-ending `*` into blocks, and each block is placed at the
 * leftmost value segment where it fits (placing it further left never loses a match). No
 * backtracking, no RegExp; large placements use bit sets (see place), so a hostile pattern costs
 * about (distinct segments of the pattern × distinct segments of the value) segment matches.
 */

function isWildcardAt(pattern, index) {
    const char = pattern.text.charCodeAt(index);
    return (char === 42 || char === 63) && pattern.literal?.[index] !== 1;
}
function compileArnPattern(pattern) {
    const { text, literal } = pattern;
    let wild = false;
    for (let i = 0; i < text.length && !wild; i++)
        wild = isWildcardAt(pattern, i);
    if (!wild)
        return { exact: text, blocks: [] };
    const blocks = [];
    let current = [];
    let from = 0;
    for (;;) {
        const colon = text.indexOf(':', from);
        const to = colon < 0 ? text.length : colon;
        current.push((0,wildcard/* compileWildcard */.Wo)(text.slice(from, to), false, literal?.subarray(from, to)));
        const open = to > from && text.charCodeAt(to - 1) === 42 && literal?.[to - 1] !== 1;
        if (open) {
            blocks.push({ segments: current, open: true });
            current = [];
        }
        if (colon < 0)
            break;
        from = colon + 1;
    }
    // A pattern ending in a segment-ending `*` has no closed tail block.
    if (current.length > 0)
        blocks.push({ segments: current, open: false });
    return { blocks };
}
function blockAt(block, values, start) {
    const { segments } = block;
    if (start + segments.length > values.length)
        return false;
    for (let i = 0; i < segments.length; i++)
        if (!(0,wildcard/* wildcardTest */.X)(segments[i], values[start + i]))
            return false;
    return true;
}
/** Above this many segment comparisons, a block is placed with bit sets (see placeWithBitSets). */
const DIRECT_LIMIT = 20_000;
/**
 * The leftmost start in [lower, values.length - size] where the block fits, or -1. Trying each
 * start costs up to (value segments × block segments) segment matches: fine for real ARNs, a hang
 * for a hostile `arn:*:a:a:…:b*` against `arn:a:a:…`. Large cases go through placeWithBitSets.
 */
function place(block, values, lower) {
    const size = block.segments.length;
    const last = values.length - size;
    if (last < lower)
        return -1;
    if ((last - lower + 1) * size > DIRECT_LIMIT)
        return placeWithBitSets(block, values, lower);
    for (let start = lower; start <= last; start++)
        if (blockAt(block, values, start))
            return start;
    return -1;
}
/**
 * The same answer in O(distinct pattern segments × distinct value segments) segment matches plus
 * O(block segments × value segments / 32) word operations: each block segment's matches are a bit
 * set over value positions (computed once per distinct segment, testing each distinct value text
 * once), and the fitting starts are the AND of those sets, each shifted by the segment's offset.
 */
function placeWithBitSets(block, values, lower) {
    const count = values.length;
    const words = (count >>> 5) + 1;
    const idOf = new Map();
    const ids = new Int32Array(count);
    for (let j = 0; j < count; j++) {
        let id = idOf.get(values[j]);
        if (id === undefined)
            idOf.set(values[j], (id = idOf.size));
        ids[j] = id;
    }
    const distinct = [...idOf.keys()];
    const bySegment = new Map();
    const fits = new Uint32Array(words).fill(0xffffffff);
    for (let i = 0; i < block.segments.length; i++) {
        const segment = block.segments[i];
        const key = segment.literal ? `${segment.pattern}\u0000${segment.literal.join('')}` : segment.pattern;
        let positions = bySegment.get(key);
        if (!positions) {
            const matchesId = distinct.map(text => (0,wildcard/* wildcardTest */.X)(segment, text));
            positions = new Uint32Array(words);
            for (let j = 0; j < count; j++)
                if (matchesId[ids[j]])
                    positions[j >>> 5] |= 1 << (j & 31);
            bySegment.set(key, positions);
        }
        // fits[start] &= positions[start + i]: shift the set right by i bits.
        const wordShift = i >>> 5;
        const bitShift = i & 31;
        for (let w = 0; w < words; w++) {
            const low = w + wordShift < words ? positions[w + wordShift] >>> bitShift : 0;
            const high = bitShift !== 0 && w + wordShift + 1 < words ? positions[w + wordShift + 1] << (32 - bitShift) : 0;
            fits[w] &= low | high;
        }
    }
    const last = count - block.segments.length;
    for (let start = lower; start <= last; start++)
        if ((fits[start >>> 5] >>> (start & 31)) & 1)
            return start;
    return -1;
}
// The request's resource is tested against every pattern of every statement: split it once.
let lastValue = '';
let lastSegments = [''];
function arnPatternTest(pattern, value) {
    if (pattern.exact !== undefined)
        return pattern.exact === value;
    if (value !== lastValue) {
        lastSegments = value.split(':');
        lastValue = value;
    }
    const values = lastSegments;
    const count = values.length;
    let lower = 0;
    for (let b = 0; b < pattern.blocks.length; b++) {
        const block = pattern.blocks[b];
        const size = block.segments.length;
        if (!block.open) {
            // The closed tail: anchored at the end of the value (and at its start when it is the only block).
            const start = count - size;
            if (start < lower || (b === 0 && start !== 0))
                return false;
            return blockAt(block, values, start);
        }
        const start = b === 0 ? (blockAt(block, values, 0) ? 0 : -1) : place(block, values, lower);
        if (start < 0)
            return false;
        lower = start + size;
    }
    // The last block was open: its `*` takes whatever follows.
    return true;
}
/** Does the (substituted) pattern match the ARN? */
function arnPatternMatch(pattern, value) {
    return arnPatternTest(compileArnPattern(pattern), value);
}
/** Offsets of the first five colons, or undefined when there are fewer. */
function componentColons(text) {
    const colons = [];
    for (let at = text.indexOf(':'); at !== -1 && colons.length < 5; at = text.indexOf(':', at + 1))
        colons.push(at);
    return colons.length === 5 ? colons : undefined;
}
function compileArnCondition(pattern) {
    const { text, literal } = pattern;
    const colons = componentColons(text);
    if (!colons)
        return { whole: (0,wildcard/* compileWildcard */.Wo)(text, false, literal) };
    const bounds = [-1, ...colons, text.length];
    const components = [];
    for (let i = 0; i < 6; i++) {
        const from = bounds[i] + 1;
        const to = bounds[i + 1];
        components.push((0,wildcard/* compileWildcard */.Wo)(text.slice(from, to), false, literal?.subarray(from, to)));
    }
    return { components };
}
function arnConditionTest(pattern, value) {
    if (pattern.whole)
        return (0,wildcard/* wildcardTest */.X)(pattern.whole, value);
    const colons = componentColons(value);
    if (!colons || !pattern.components)
        return false;
    const bounds = [-1, ...colons, value.length];
    return pattern.components.every((component, i) => (0,wildcard/* wildcardTest */.X)(component, value.slice(bounds[i] + 1, bounds[i + 1])));
}

// EXTERNAL MODULE: ./src/policy/condition-operators.ts
var condition_operators = __webpack_require__(8635);
;// CONCATENATED MODULE: ./src/policy/evaluate/context.ts
/**
 * Builds a context from (key, values) pairs, as `--context K=V` flags or an `expect:` entry give
 * them. A key given several times collects all its values (it becomes multi-valued); keys that
 * differ only in case are one key (the first spelling is kept); repeated values are kept once.
 */
function requestContext(entries) {
    const byLower = new Map();
    const context = new Map();
    for (const [key, values] of entries) {
        const lower = key.toLowerCase();
        let spelled = byLower.get(lower);
        if (spelled === undefined) {
            spelled = key;
            byLower.set(lower, key);
            context.set(key, []);
        }
        const target = context.get(spelled);
        for (const value of values)
            if (!target.includes(value))
                target.push(value);
    }
    return context;
}
/** A context indexed by lower-case key, built once per context object (contexts are not mutated). */
const indexed = new WeakMap();
function lowerIndex(context) {
    let index = indexed.get(context);
    if (!index) {
        const built = new Map();
        for (const [key, values] of context) {
            const lower = key.toLowerCase();
            const target = built.get(lower);
            if (target)
                target.push(...values.filter(value => !target.includes(value)));
            else
                built.set(lower, [...values]);
        }
        index = built;
        indexed.set(context, index);
    }
    return index;
}
/**
 * The values of `key` in the request (case-insensitive key), or undefined when the request does
 * not carry the key. An empty list counts as absent: a key without values is not in the request.
 */
function contextValues(context, key) {
    const values = lowerIndex(context).get(key.toLowerCase());
    return values && values.length > 0 ? values : undefined;
}

;// CONCATENATED MODULE: ./src/policy/evaluate/values.ts
/**
 * Typed condition values: numbers, dates, booleans, IP addresses and CIDR blocks, base64. Each
 * parser returns undefined for text it does not accept, and the condition then does not match
 * (IAM compares typed values, never text that merely looks alike).
 */
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
/** An integer or decimal (`10`, `-2.5`); no exponent, no hex, no spaces. */
function parseNumber(text) {
    if (!NUMBER.test(text))
        return undefined;
    const value = Number(text);
    return Number.isFinite(value) ? value : undefined;
}
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?([Zz]|[+-]\d{2}:?\d{2})?$/;
/**
 * Milliseconds since the epoch, from an ISO 8601 date or date-time (`2026-12-31`,
 * `2026-12-31T23:59:59Z`, `...+02:00`; no zone means UTC) or from epoch seconds (`1767225599`),
 * the two forms the Date operators accept. Impossible dates (`2026-02-30`) are rejected.
 */
function parseDate(text) {
    if (/^\d{1,12}(\.\d+)?$/.test(text))
        return Math.floor(Number(text) * 1000);
    const match = ISO_DATE.exec(text);
    if (!match)
        return undefined;
    const [, y, mo, d, h = '0', mi = '0', s = '0', fraction = '', zone = 'Z'] = match;
    const year = Number(y);
    const month = Number(mo);
    const day = Number(d);
    const hour = Number(h);
    const minute = Number(mi);
    const second = Number(s);
    if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59)
        return undefined;
    if (day > new Date(Date.UTC(year, month, 0)).getUTCDate())
        return undefined;
    let offset = 0;
    if (zone !== 'Z' && zone !== 'z') {
        const digits = zone.replace(':', '');
        const hours = Number(digits.slice(1, 3));
        const minutes = Number(digits.slice(3, 5));
        if (hours > 23 || minutes > 59)
            return undefined;
        offset = (digits.startsWith('-') ? -1 : 1) * (hours * 60 + minutes) * 60_000;
    }
    const millis = Number((fraction + '000').slice(0, 3));
    const utc = Date.UTC(year, month - 1, day, hour, minute, second, millis);
    // Date.UTC maps years 0-99 onto 1900-1999.
    const adjusted = year < 100 ? new Date(utc).setUTCFullYear(year) : utc;
    return adjusted - offset;
}
/** `true`/`false`, case-insensitive (the Bool operator's values). */
function parseBool(text) {
    const lower = text.toLowerCase();
    return lower === 'true' ? true : lower === 'false' ? false : undefined;
}
function parseIpv4(text) {
    const parts = text.split('.');
    if (parts.length !== 4)
        return undefined;
    let value = 0;
    for (const part of parts) {
        if (!/^\d{1,3}$/.test(part) || Number(part) > 255)
            return undefined;
        value = value * 256 + Number(part);
    }
    return BigInt(value);
}
function parseIpv6(text) {
    if (text.length > 45 || !/^[0-9a-fA-F:.]+$/.test(text))
        return undefined;
    let head = text;
    let tailIpv4;
    const lastColon = text.lastIndexOf(':');
    if (text.includes('.', lastColon)) {
        tailIpv4 = parseIpv4(text.slice(lastColon + 1));
        if (tailIpv4 === undefined)
            return undefined;
        head = text.slice(0, lastColon + 1) + '0:0';
    }
    const halves = head.split('::');
    if (halves.length > 2)
        return undefined;
    const groupsOf = (part) => part === '' ? [] : part.split(':').every(g => /^[0-9a-fA-F]{1,4}$/.test(g)) ? part.split(':') : undefined;
    const left = groupsOf(halves[0]);
    const right = halves.length === 2 ? groupsOf(halves[1]) : [];
    if (!left || !right)
        return undefined;
    const missing = 8 - left.length - right.length;
    if (halves.length === 2 ? missing < 1 : missing !== 0)
        return undefined;
    const groups = [...left, ...Array(missing).fill('0'), ...right];
    let value = 0n;
    for (const group of groups)
        value = (value << 16n) | BigInt(parseInt(group, 16));
    if (tailIpv4 !== undefined)
        value = (value & ~0xffffffffn) | tailIpv4;
    return value;
}
/** An address (`203.0.113.7`, `2001:db8::1`) or a CIDR block (`203.0.113.0/24`, `2001:db8::/32`). */
function parseIpRange(text) {
    const slash = text.indexOf('/');
    const addressText = slash < 0 ? text : text.slice(0, slash);
    const v4 = parseIpv4(addressText);
    const family = v4 !== undefined ? 4 : 6;
    const address = v4 ?? parseIpv6(addressText);
    if (address === undefined)
        return undefined;
    const width = family === 4 ? 32 : 128;
    let prefix = width;
    if (slash >= 0) {
        const prefixText = text.slice(slash + 1);
        if (!/^\d{1,3}$/.test(prefixText) || Number(prefixText) > width)
            return undefined;
        prefix = Number(prefixText);
    }
    return { family, address, prefix };
}
/** Is the request's address inside the policy's range? A request value must be a single address. */
function ipInRange(range, address) {
    if (range.family !== address.family)
        return false;
    const width = BigInt(range.family === 4 ? 32 : 128);
    const shift = width - BigInt(range.prefix);
    return range.address >> shift === address.address >> shift;
}
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
/** The bytes of a base64 value (the BinaryEquals operator), as a canonical string; undefined when not base64. */
function base64Bytes(text) {
    if (!BASE64.test(text))
        return undefined;
    return Buffer.from(text, 'base64').toString('hex');
}

;// CONCATENATED MODULE: ./src/policy/evaluate/variables.ts
/**
 * IAM policy variables in Resource values and condition values (IAM User Guide, "IAM policy
 * elements: Variables and tags"):
 *
 * - `${key}` is replaced by the request's value of the condition key `key` (key names are
 *   case-insensitive). Only a key with exactly one value can be a variable: a multivalued key
 *   cannot, and an absent key has no value.
 * - `${key, 'default'}` uses `default` when the key has no single value (documented under
 *   "Specifying default values"; spaces around the key and the quoted default are ignored).
 * - A variable without a value (and without a default) makes the text it is in match nothing:
 *   "the statement does not match" for Resource; for a condition, that value matches no request
 *   value (so positive operators fail and negated ones succeed, as the guide says for null values).
 * - `${*}`, `${?}` and `${$}` are the literal characters `*`, `?` and `$`.
 * - Substituted text is literal: a `*` in a tag value is not a wildcard.
 * - Variables exist only in documents with `"Version": "2012-10-17"`; elsewhere `${...}` is text.
 */

function hasVariable(text) {
    return text.includes('${');
}
/** Substitutes the policy variables of `text` from the request context. */
function substitute(text, context) {
    if (!hasVariable(text))
        return { ok: true, value: { text } };
    let out = '';
    // [start, end) ranges of `out` that are literal.
    const literalRanges = [];
    let i = 0;
    while (i < text.length) {
        const start = text.indexOf('${', i);
        if (start < 0) {
            out += text.slice(i);
            break;
        }
        out += text.slice(i, start);
        const end = closingBrace(text, start + 2);
        if (end < 0) {
            // No closing brace: the rest is plain text.
            out += text.slice(start);
            break;
        }
        const inner = text.slice(start + 2, end);
        const replacement = inner === '*' || inner === '?' || inner === '$' ? inner : variableValue(inner, context);
        if (typeof replacement !== 'string')
            return { ok: false, variable: text.slice(start, end + 1), why: replacement.why };
        literalRanges.push(out.length, out.length + replacement.length);
        out += replacement;
        i = end + 1;
    }
    if (literalRanges.length === 0)
        return { ok: true, value: { text: out } };
    const literal = new Uint8Array(out.length);
    for (let r = 0; r < literalRanges.length; r += 2)
        literal.fill(1, literalRanges[r], literalRanges[r + 1]);
    return { ok: true, value: { text: out, literal } };
}
/** Offset of the `}` that closes a variable whose body starts at `from`; quotes may hold a `}`. */
function closingBrace(text, from) {
    let quoted = false;
    for (let j = from; j < text.length; j++) {
        const char = text.charCodeAt(j);
        if (char === 39 /* ' */)
            quoted = !quoted;
        else if (char === 125 /* } */ && !quoted)
            return j;
    }
    return -1;
}
/** The value of `key` or `key, 'default'`, or why it has none. */
function variableValue(inner, context) {
    const comma = inner.indexOf(',');
    const key = (comma < 0 ? inner : inner.slice(0, comma)).trim();
    let fallback;
    if (comma >= 0) {
        const rest = inner.slice(comma + 1).trim();
        // A malformed default (`${key, value}` without quotes) resolves to nothing.
        if (rest.length < 2 || !rest.startsWith("'") || !rest.endsWith("'"))
            return { why: "is malformed (a default is written ${key, 'default'})" };
        fallback = rest.slice(1, -1);
    }
    if (key === '' || /\s/.test(key))
        return { why: 'is malformed (no condition key)' };
    const values = contextValues(context, key);
    if (values && values.length === 1)
        return values[0];
    if (fallback !== undefined)
        return fallback;
    return values
        ? { why: `has ${values.length} values in the request (a multivalued key cannot be a variable)` }
        : { why: 'has no value in the request' };
}

;// CONCATENATED MODULE: ./src/policy/evaluate/conditions.ts
/**
 * The Condition element, decided against a request context (IAM User Guide: "IAM JSON policy
 * elements: Condition operators", "Conditions with multiple context keys or values",
 * "Single-valued vs. multivalued context keys").
 *
 * - Operators are AND-ed, the keys of one operator are AND-ed, the values of one key are OR-ed
 *   (for a negated operator: NOR, i.e. the request value matches none of them).
 * - Key names are case-insensitive; values are case-sensitive except for the *IgnoreCase
 *   operators, Bool and Null.
 * - A key absent from the request: plain operators are false, negated plain operators
 *   (StringNotEquals, NotIpAddress, ArnNotLike, ...) are true, `...IfExists` is true,
 *   `ForAllValues:` is true, `ForAnyValue:` is false; `Null` tests the absence itself.
 * - `ForAllValues:` — every request value matches (for a negated operator: matches none of the
 *   policy values); `ForAnyValue:` — at least one does.
 * - A plain operator on a key with several request values (which the guide says needs a set
 *   operator) is true when any value matches, and for a negated operator when none does; the
 *   result notes it.
 * - Typed operators (Numeric, Date, Bool, Binary, IP) compare parsed values: a request value that
 *   does not parse makes the key's condition false whatever the operator, a policy value that does
 *   not parse matches nothing; both are noted.
 * - Policy variables are substituted in String*, Arn* and Bool values (the operators the guide
 *   lists as supporting them); a value whose variable has no value matches nothing.
 */







/** Parses a Condition block; a string explains why it is malformed (IAM would reject the policy). */
function parseConditionBlock(block) {
    if (block === undefined)
        return [];
    if (block === null || typeof block !== 'object' || Array.isArray(block))
        return 'its Condition is not a mapping of operators to keys';
    const tests = [];
    for (const [name, keys] of Object.entries(block)) {
        const operator = (0,condition_operators/* parseConditionOperator */.bt)(name);
        if (!operator)
            return `its Condition uses ${JSON.stringify(name)}, which is not a condition operator`;
        if (keys === null || typeof keys !== 'object' || Array.isArray(keys))
            return `its Condition operator ${name} does not hold a mapping of keys to values`;
        for (const [key, raw] of Object.entries(keys)) {
            const list = Array.isArray(raw) ? raw : [raw];
            const values = [];
            for (const value of list) {
                if (typeof value === 'string')
                    values.push(value);
                else if (typeof value === 'number' || typeof value === 'boolean')
                    values.push(String(value));
                else
                    return `its Condition ${name} → ${JSON.stringify(key)} holds a value that is not a string, number or boolean`;
            }
            tests.push({ operator, key, values });
        }
    }
    return tests;
}
const KINDS = {
    StringEquals: { family: 'string', comparison: 'eq' },
    StringNotEquals: { family: 'string', comparison: 'eq' },
    StringEqualsIgnoreCase: { family: 'ignoreCase', comparison: 'eq' },
    StringNotEqualsIgnoreCase: { family: 'ignoreCase', comparison: 'eq' },
    StringLike: { family: 'like', comparison: 'eq' },
    StringNotLike: { family: 'like', comparison: 'eq' },
    NumericEquals: { family: 'numeric', comparison: 'eq' },
    NumericNotEquals: { family: 'numeric', comparison: 'eq' },
    NumericLessThan: { family: 'numeric', comparison: 'lt' },
    NumericLessThanEquals: { family: 'numeric', comparison: 'lte' },
    NumericGreaterThan: { family: 'numeric', comparison: 'gt' },
    NumericGreaterThanEquals: { family: 'numeric', comparison: 'gte' },
    DateEquals: { family: 'date', comparison: 'eq' },
    DateNotEquals: { family: 'date', comparison: 'eq' },
    DateLessThan: { family: 'date', comparison: 'lt' },
    DateLessThanEquals: { family: 'date', comparison: 'lte' },
    DateGreaterThan: { family: 'date', comparison: 'gt' },
    DateGreaterThanEquals: { family: 'date', comparison: 'gte' },
    Bool: { family: 'bool', comparison: 'eq' },
    BinaryEquals: { family: 'binary', comparison: 'eq' },
    IpAddress: { family: 'ip', comparison: 'eq' },
    NotIpAddress: { family: 'ip', comparison: 'eq' },
    ArnEquals: { family: 'arn', comparison: 'eq' },
    ArnLike: { family: 'arn', comparison: 'eq' },
    ArnNotEquals: { family: 'arn', comparison: 'eq' },
    ArnNotLike: { family: 'arn', comparison: 'eq' },
    Null: { family: 'null', comparison: 'eq' }
};
const SUBSTITUTED = new Set(['string', 'ignoreCase', 'like', 'arn', 'bool']);
function compare(request, policy, comparison) {
    switch (comparison) {
        case 'lt':
            return request < policy;
        case 'lte':
            return request <= policy;
        case 'gt':
            return request > policy;
        case 'gte':
            return request >= policy;
        default:
            return request === policy;
    }
}
/** A typed value parsed from text, or undefined when it does not parse. */
function parseTyped(family, text) {
    switch (family) {
        case 'numeric':
            return parseNumber(text);
        case 'date':
            return parseDate(text);
        case 'bool':
            return parseBool(text);
        case 'binary':
            return base64Bytes(text);
        case 'ip':
            return parseIpRange(text);
        default:
            return text;
    }
}
/** A request value for the operator's type: for IP operators, a single address, not a range. */
function parseRequest(family, text) {
    const typed = parseTyped(family, text);
    if (family === 'ip' && typed !== undefined) {
        const address = typed;
        return address.prefix === (address.family === 4 ? 32 : 128) ? address : undefined;
    }
    return typed;
}
const TYPE_NAMES = {
    numeric: 'a number',
    date: 'an ISO 8601 date or epoch seconds',
    bool: 'true or false',
    binary: 'base64',
    ip: 'an IP address'
};
function policyValue(family, text) {
    if (family === 'like')
        return { text, typed: text.text, glob: (0,wildcard/* compileWildcard */.Wo)(text.text, false, text.literal) };
    if (family === 'arn')
        return { text, typed: text.text, arn: compileArnCondition(text) };
    if (family === 'ignoreCase')
        return { text, typed: text.text.toLowerCase() };
    return { text, typed: parseTyped(family, text.text) };
}
/** Policy values of tests that need no substitution, prepared once per test. */
const prepared = new WeakMap();
function policyValues(test, family, context, variables, notes) {
    const substituted = variables && SUBSTITUTED.has(family) && test.values.some(hasVariable);
    if (!substituted) {
        let values = prepared.get(test);
        if (!values) {
            values = test.values.map(value => policyValue(family, { text: value }));
            prepared.set(test, values);
        }
        return values;
    }
    const values = [];
    for (const value of test.values) {
        const resolved = substitute(value, context);
        if (resolved.ok)
            values.push(policyValue(family, resolved.value));
        else
            notes?.add(`${quoted(resolved.variable)} ${resolved.why}, so ${quoted(value)} (${test.operator.name} ${quoted(test.key)}) matches nothing.`);
    }
    return values;
}
/** Does the request value match the policy value, for the operator's positive form? */
function valueMatches(kind, policy, request, typed) {
    switch (kind.family) {
        case 'string':
            return policy.text.text === request;
        case 'ignoreCase':
            return policy.typed === request.toLowerCase();
        case 'like':
            return (0,wildcard/* wildcardTest */.X)(policy.glob, request);
        case 'arn':
            return arnConditionTest(policy.arn, request);
        case 'ip':
            return ipInRange(policy.typed, typed);
        case 'numeric':
        case 'date':
            return compare(typed, policy.typed, kind.comparison);
        default:
            return policy.typed === typed;
    }
}
/** Does one (operator, key, values) hold for the request? */
function conditionTestHolds(test, context, variables, notes) {
    const { operator, key } = test;
    const kind = KINDS[operator.base];
    const present = contextValues(context, key);
    if (kind.family === 'null') {
        return test.values.some(value => {
            const wanted = parseBool(value);
            if (wanted === undefined)
                notes?.add(`Null ${quoted(key)}: ${quoted(value)} is neither true nor false; it matches nothing.`);
            return wanted === (present === undefined);
        });
    }
    if (present === undefined) {
        if (operator.ifExists)
            return true;
        if (operator.qualifier === 'ForAllValues')
            return true;
        if (operator.qualifier === 'ForAnyValue')
            return false;
        return operator.negated;
    }
    const family = kind.family;
    const requests = [];
    for (const value of present) {
        const typed = parseRequest(family, value);
        if (typed === undefined) {
            notes?.add(`${operator.name} ${quoted(key)}: the request value ${quoted(value)} is not ${TYPE_NAMES[family]}; the condition is false.`);
            return false;
        }
        requests.push(typed);
    }
    const policies = policyValues(test, family, context, variables, notes).filter(policy => {
        if (policy.typed !== undefined)
            return true;
        notes?.add(`${operator.name} ${quoted(key)}: the policy value ${quoted(policy.text.text)} is not ${TYPE_NAMES[family]}; it matches nothing.`);
        return false;
    });
    const matchesAny = (index) => policies.some(policy => valueMatches(kind, policy, present[index], requests[index]));
    const holdsFor = (index) => (operator.negated ? !matchesAny(index) : matchesAny(index));
    const indexes = present.map((_, index) => index);
    if (operator.qualifier === 'ForAllValues')
        return indexes.every(holdsFor);
    if (operator.qualifier === 'ForAnyValue')
        return indexes.some(holdsFor);
    if (present.length > 1) {
        notes?.add(`${quoted(key)} has ${present.length} values but ${operator.name} has no ForAllValues:/ForAnyValue: qualifier; ` +
            `RoleGate treats it as ${operator.negated ? 'true when no value matches' : 'true when any value matches'}.`);
        const someMatch = indexes.some(matchesAny);
        return operator.negated ? !someMatch : someMatch;
    }
    return holdsFor(0);
}
/** Do all tests hold (an empty Condition always does)? */
function conditionsHold(tests, context, variables, notes) {
    for (const test of tests)
        if (!conditionTestHolds(test, context, variables, notes))
            return false;
    return true;
}

;// CONCATENATED MODULE: ./src/policy/evaluate/statement.ts






function stringList(value, element) {
    const list = Array.isArray(value) ? value : [value];
    const strings = [];
    for (const item of list) {
        if (typeof item !== 'string')
            return `its ${element} holds a value that is not a string`;
        strings.push(item);
    }
    return strings;
}
function actionMatcher(patterns) {
    const byService = new Map();
    const anyService = [];
    for (const pattern of patterns) {
        const glob = (0,wildcard/* compileWildcard */.Wo)(pattern, true);
        const colon = pattern.indexOf(':');
        const service = colon < 0 ? undefined : pattern.slice(0, colon).toLowerCase();
        if (service === undefined || (0,wildcard/* hasWildcard */.rl)(service))
            anyService.push(glob);
        else {
            const list = byService.get(service);
            if (list)
                list.push(glob);
            else
                byService.set(service, [glob]);
        }
    }
    return { byService, anyService };
}
function actionMatches(matcher, action) {
    const colon = action.indexOf(':');
    const service = colon < 0 ? action.toLowerCase() : action.slice(0, colon).toLowerCase();
    const candidates = matcher.byService.get(service);
    if (candidates)
        for (const glob of candidates)
            if ((0,wildcard/* wildcardTest */.X)(glob, action))
                return true;
    for (const glob of matcher.anyService)
        if ((0,wildcard/* wildcardTest */.X)(glob, action))
            return true;
    return false;
}
function resourcePatterns(values) {
    return values.map(raw => {
        const literal = compileArnPattern({ text: raw });
        return hasVariable(raw) ? { raw, literal } : { raw, compiled: literal, literal };
    });
}
const parsed = new WeakMap();
/** The statement parsed for evaluation, or why IAM would reject it. */
function parseStatement(statement) {
    if (statement === null || typeof statement !== 'object' || Array.isArray(statement))
        return 'it is not a mapping';
    let result = parsed.get(statement);
    if (result === undefined) {
        result = parseFresh(statement);
        parsed.set(statement, result);
    }
    return result;
}
function parseFresh(record) {
    const effect = (0,own/* own */.ZV)(record, 'Effect');
    if (effect !== 'Allow' && effect !== 'Deny')
        return `its Effect is ${JSON.stringify(effect ?? null)}, not "Allow" or "Deny"`;
    if ((0,own/* own */.ZV)(record, 'Principal') !== undefined || (0,own/* own */.ZV)(record, 'NotPrincipal') !== undefined)
        return 'it has a Principal, which an identity-based policy cannot have';
    const sidValue = (0,own/* own */.ZV)(record, 'Sid');
    const sid = typeof sidValue === 'string' ? sidValue : undefined;
    const action = (0,own/* own */.ZV)(record, 'Action');
    const notAction = (0,own/* own */.ZV)(record, 'NotAction');
    if ((action === undefined) === (notAction === undefined))
        return action === undefined ? 'it has neither Action nor NotAction' : 'it has both Action and NotAction';
    const resource = (0,own/* own */.ZV)(record, 'Resource');
    const notResource = (0,own/* own */.ZV)(record, 'NotResource');
    if ((resource === undefined) === (notResource === undefined))
        return resource === undefined
            ? 'it has neither Resource nor NotResource'
            : 'it has both Resource and NotResource';
    const actions = stringList(action ?? notAction, action !== undefined ? 'Action' : 'NotAction');
    if (typeof actions === 'string')
        return actions;
    const resources = stringList(resource ?? notResource, resource !== undefined ? 'Resource' : 'NotResource');
    if (typeof resources === 'string')
        return resources;
    const conditions = parseConditionBlock((0,own/* own */.ZV)(record, 'Condition'));
    if (typeof conditions === 'string')
        return conditions;
    const matcher = actionMatcher(actions);
    const patterns = resourcePatterns(resources);
    return {
        effect,
        sid,
        ...(action !== undefined ? { actions: matcher } : { notActions: matcher }),
        ...(resource !== undefined ? { resources: patterns } : { notResources: patterns }),
        conditions,
        hasVariables: resources.some(hasVariable) || conditions.some(test => test.values.some(hasVariable))
    };
}
/** Policy variables work only in documents with `"Version": "2012-10-17"`. */
function policyVariablesEnabled(document) {
    return document.Version === '2012-10-17';
}
/** Does the pattern match the resource? undefined when its variable has no value. */
function resourceMatches(pattern, resource, request, variables, notes) {
    if (!variables)
        return arnPatternTest(pattern.literal, resource);
    if (pattern.compiled)
        return arnPatternTest(pattern.compiled, resource);
    const resolved = substitute(pattern.raw, request.context);
    if (!resolved.ok) {
        notes?.add(`${quoted(resolved.variable)} ${resolved.why}, so the resource ${quoted(pattern.raw)} matches nothing.`);
        return undefined;
    }
    return arnPatternTest(compileArnPattern(resolved.value), resource);
}
/** Does a parsed statement apply to the request (whatever its effect)? */
function parsedStatementApplies(statement, request, options = {}) {
    const variables = options.variables ?? true;
    const { notes } = options;
    if (statement.actions && !actionMatches(statement.actions, request.action))
        return false;
    if (statement.notActions && actionMatches(statement.notActions, request.action))
        return false;
    if (statement.resources) {
        let any = false;
        for (const pattern of statement.resources) {
            if (resourceMatches(pattern, request.resource, request, variables, notes) === true) {
                any = true;
                break;
            }
        }
        if (!any)
            return false;
    }
    if (statement.notResources) {
        for (const pattern of statement.notResources) {
            // An entry whose variable has no value matches nothing, so it excludes nothing (IAM User
            // Guide, policy variables: "...will not match any resource"): a Deny with it covers more.
            if (resourceMatches(pattern, request.resource, request, variables, notes) === true)
                return false;
        }
    }
    return conditionsHold(statement.conditions, request.context, variables, notes);
}
/**
 * Does this statement apply to this request? Effect aside: a Deny statement that applies denies,
 * an Allow that applies allows. A malformed statement never applies.
 */
function statementApplies(statement, request, options = {}) {
    const result = parseStatement(statement);
    return typeof result !== 'string' && parsedStatementApplies(result, request, options);
}

;// CONCATENATED MODULE: ./src/policy/evaluate/evaluate.ts
/**
 * The offline IAM evaluator: one request against the identity-based policies and the permissions
 * boundary of one role, following the IAM User Guide's "Policy evaluation logic" for a principal
 * in one account:
 *
 * 1. An explicit Deny in any identity policy or in the boundary decides: deny.
 * 2. An attached policy RoleGate cannot read could hold a Deny or an Allow: unknown.
 * 3. No identity Allow: implicit deny (a boundary never grants, so its content does not matter).
 * 4. A boundary must also allow: an unreadable boundary makes the answer unknown, a boundary
 *    without a matching Allow denies ("boundary").
 * 5. Otherwise: allow.
 *
 * Service control policies, resource control policies, resource-based policies and session
 * policies are not evaluated; every result says so.
 */




const SCOPE_NOTE = 'Evaluated: the role’s identity-based policies and permissions boundary, in one account. Not evaluated: ' +
    'service control policies (SCPs), resource control policies (RCPs), resource-based policies ' +
    '(bucket, key, queue policies, ...) and session policies, any of which can still deny.';
function locate(policy, statement, index, single) {
    return (0,source/* positionOf */.df)(statement) ?? (0,source/* positionAt */.t$)(policy.document, single ? ['Statement'] : ['Statement', index]);
}
function deciding(policy, location, index, sid, effect) {
    return {
        policy: policy.name,
        policyKind: policy.kind,
        index,
        ...(sid !== undefined ? { sid } : {}),
        effect,
        ...(location ? { location } : {})
    };
}
/** How reports name a kind of policy: `inline policy`, `managed policy`, `permissions boundary`. */
function policyKindLabel(kind) {
    return kind === 'inline' ? 'inline policy' : kind === 'boundary' ? 'permissions boundary' : 'managed policy';
}
function policyLabel(policy) {
    return `${policyKindLabel(policy.kind)} ${quoted(policy.logicalName ?? policy.name)}`;
}
/**
 * Notes about one statement say which statement, and where it was written. One object per policy,
 * pointed at each statement in turn (evaluation allocates nothing per statement).
 */
class StatementNotes {
    notes;
    policy;
    single;
    statement;
    index = 0;
    constructor(notes, policy, single) {
        this.notes = notes;
        this.policy = policy;
        this.single = single;
    }
    where() {
        const location = locate(this.policy, this.statement, this.index, this.single);
        return `Statement ${this.index} of the ${policyLabel(this.policy)}${at(location)}`;
    }
    add(note) {
        this.notes.add(`${this.where()}: ${note}`);
    }
}
/** The statements of one policy that apply to the request, split by effect. */
function matchPolicy(policy, request, notes, into) {
    const document = policy.document;
    if (document === null || typeof document !== 'object' || Array.isArray(document)) {
        notes.add(`The ${policyLabel(policy)} is not a policy document; it was skipped.`);
        return;
    }
    const raw = document.Statement;
    const single = raw !== undefined && raw !== null && !Array.isArray(raw);
    const statements = (0,model_policy/* statementsOf */.GX)(policy.document);
    const variables = policyVariablesEnabled(policy.document);
    const sink = new StatementNotes(notes, policy, single);
    for (let index = 0; index < statements.length; index++) {
        const statement = statements[index];
        const parsed = parseStatement(statement);
        sink.statement = statement;
        sink.index = index;
        if (typeof parsed === 'string') {
            notes.add(`${sink.where()} was skipped because ${parsed}; IAM would reject it.`);
            continue;
        }
        if (!variables && parsed.hasVariables)
            notes.add(`The ${policyLabel(policy)} has no "Version": "2012-10-17", so IAM reads its \${...} policy variables as plain text; so does RoleGate.`);
        if (!parsedStatementApplies(parsed, request, { variables, notes: sink }))
            continue;
        const found = deciding(policy, locate(policy, statement, index, single), index, parsed.sid, parsed.effect);
        if (parsed.effect === 'Deny')
            into.denies.push(found);
        else
            into.allows.push(found);
    }
}
function boundaryPart(policies, request, notes) {
    const boundary = policies.boundary;
    if (!boundary)
        return undefined;
    if (!boundary.policy) {
        notes.add(`The permissions boundary ${boundary.arn} is neither a kind: ManagedPolicy of this repository nor an AWS managed policy RoleGate knows, so what it allows is unknown.`);
        return { arn: boundary.arn, decision: 'unknown', statements: [] };
    }
    const matches = { allows: [], denies: [] };
    matchPolicy(boundary.policy, request, notes, matches);
    if (matches.denies.length > 0)
        return { arn: boundary.arn, decision: 'deny', statements: matches.denies };
    if (matches.allows.length > 0)
        return { arn: boundary.arn, decision: 'allow', statements: matches.allows };
    return { arn: boundary.arn, decision: 'deny', statements: [] };
}
/** Decides one request for one role. Pure; never throws on malformed documents (they are noted). */
function evaluateRequest(policies, request) {
    const notes = new Notes();
    notes.add(SCOPE_NOTE);
    const identity = { allows: [], denies: [] };
    for (const policy of policies.identity)
        matchPolicy(policy, request, notes, identity);
    const boundary = boundaryPart(policies, request, notes);
    const answer = (decision, reason, statements) => ({
        decision,
        reason,
        statements,
        ...(boundary ? { boundary } : {}),
        notes: notes.list
    });
    const denies = [...identity.denies, ...(boundary?.decision === 'deny' ? boundary.statements : [])];
    if (denies.length > 0)
        return answer('deny', 'explicit-deny', denies);
    // A boundary that allows nothing for the request decides even over unreadable attached policies:
    // a boundary only limits, so whatever they say, the request is denied.
    if (policies.unreadable.length > 0 && boundary?.decision === 'deny')
        return answer('deny', 'boundary', identity.allows);
    if (policies.unreadable.length > 0) {
        notes.add(`RoleGate cannot read ${policies.unreadable.join(', ')} (attached, but neither in this repository nor an AWS managed policy it knows): it could allow or deny this request.`);
        return answer('unknown', 'unknown', identity.allows);
    }
    if (identity.allows.length === 0)
        return answer('deny', 'implicit-deny', []);
    if (boundary?.decision === 'unknown')
        return answer('unknown', 'unknown', identity.allows);
    if (boundary?.decision === 'deny')
        return answer('deny', 'boundary', identity.allows);
    return answer('allow', 'allowed', identity.allows);
}

// EXTERNAL MODULE: ./src/policy/managed-policies.ts
var managed_policies = __webpack_require__(7190);
;// CONCATENATED MODULE: ./src/policy/evaluate/role-policies.ts

function managedPolicy(arn, kind, environment) {
    const own = environment.managedPolicies.find(policy => policy.arn === arn);
    if (own) {
        return {
            name: arn,
            kind,
            ...(own.logicalName !== undefined ? { logicalName: own.logicalName } : {}),
            document: own.document
        };
    }
    const aws = (0,managed_policies/* awsManagedPolicy */.HD)(arn);
    if (aws)
        return { name: arn, kind, document: aws.document };
    // The boundary `rolegate bootstrap` created in the account: RoleGate wrote it, so it can read it.
    const bootstrap = environment.bootstrapBoundary;
    return kind === 'boundary' && bootstrap?.arn === arn
        ? { name: arn, kind, document: bootstrap.document }
        : undefined;
}
function rolePolicies(role, environment) {
    const identity = Object.entries(role.inlinePolicies).map(([name, document]) => ({
        name,
        kind: 'inline',
        document
    }));
    const unreadable = [];
    for (const arn of role.managedPolicyArns) {
        const policy = managedPolicy(arn, 'managed', environment);
        if (policy)
            identity.push(policy);
        else
            unreadable.push(arn);
    }
    const result = { role: role.logicalName ?? role.name, identity, unreadable };
    if (role.permissionsBoundary !== undefined) {
        const policy = managedPolicy(role.permissionsBoundary, 'boundary', environment);
        result.boundary = { arn: role.permissionsBoundary, ...(policy ? { policy } : {}) };
    }
    return result;
}

;// CONCATENATED MODULE: ./src/policy/evaluate/index.ts
/** Public surface of the offline IAM evaluator (issue 15). */










/***/ }),

/***/ 7190:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HD: () => (/* binding */ awsManagedPolicy),
/* harmony export */   i6: () => (/* binding */ isAwsManagedPolicyArn)
/* harmony export */ });
/* unused harmony exports awsManagedPolicyByName, awsManagedPolicyArns, managedPoliciesDataVersion */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);

let data;
let lines;
let names;
const parsed = new Map();
const DATA_FILE = 'src/policy/data/aws-managed-policies.json';
const POLICIES_START = '\n"policies":{\n';
function dataBytes() {
    data ??= (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(new URL(/* asset import */ __webpack_require__(8894), __webpack_require__.b));
    return data;
}
const NEWLINE = 0x0a;
const QUOTE = 0x22;
const COMMA = 0x2c;
/** ARN → its line, and lower-case name → ARN, from one pass over the file's lines. */
function index() {
    if (lines)
        return lines;
    const bytes = dataBytes();
    const first = bytes.indexOf(POLICIES_START);
    if (first < 0)
        throw new Error(`${DATA_FILE}: no policies; run npm run generate`);
    lines = new Map();
    names = new Map();
    for (let start = first + Buffer.byteLength(POLICIES_START); start < bytes.length;) {
        const newline = bytes.indexOf(NEWLINE, start);
        const end = newline < 0 ? bytes.length : newline;
        if (bytes[start] === QUOTE && bytes.toString('latin1', start + 1, start + 5) === 'arn:') {
            // The ARN is a plain ASCII JSON string (no escapes in an ARN), closed by `":{`.
            const close = bytes.indexOf('":{', start);
            if (close < 0 || close > end)
                throw new Error(`${DATA_FILE}: unexpected line; run npm run generate`);
            const arn = bytes.toString('latin1', start + 1, close);
            lines.set(arn, { start: close + 2, end: bytes[end - 1] === COMMA ? end - 1 : end });
            names.set(arn.slice(arn.lastIndexOf('/') + 1).toLowerCase(), arn);
        }
        start = end + 1;
    }
    return lines;
}
function policyAt(arn) {
    const cached = parsed.get(arn);
    if (cached)
        return cached;
    const line = index().get(arn);
    if (!line)
        return undefined;
    const raw = JSON.parse(dataBytes().toString('utf8', line.start, line.end));
    const policy = { arn, ...raw };
    parsed.set(arn, policy);
    return policy;
}
/**
 * Maps AWS managed policy ARNs of every partition (`arn:aws-cn:iam::aws:policy/...`) onto the `aws`
 * one the data is keyed by; AWS publishes the same policies in each partition.
 */
function awsPartitionArn(arn) {
    return arn.replace(/^arn:aws(-[a-z-]+)?:iam::aws:policy\//, 'arn:aws:iam::aws:policy/');
}
/** Is this the ARN shape of an AWS managed policy (`arn:<partition>:iam::aws:policy/...`)? */
function isAwsManagedPolicyArn(arn) {
    return /^arn:aws(-[a-z-]+)?:iam::aws:policy\//.test(arn);
}
/** The managed policy with this ARN, or undefined (also for customer managed policies). */
function awsManagedPolicy(arn) {
    return policyAt(awsPartitionArn(arn));
}
/** Lookup by policy name (`AdministratorAccess`), case-insensitive. */
function awsManagedPolicyByName(name) {
    index();
    const arn = names?.get(name.toLowerCase());
    return arn === undefined ? undefined : policyAt(arn);
}
function awsManagedPolicyArns() {
    return [...index().keys()];
}
function managedPoliciesDataVersion() {
    const bytes = dataBytes();
    const start = bytes.indexOf('\n"source":');
    const end = bytes.indexOf(NEWLINE, start + 1);
    const source = JSON.parse(bytes.toString('utf8', start + '\n"source":'.length, end - 1));
    return { ...source };
}


/***/ }),

/***/ 8996:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $3: () => (/* binding */ hasOwn),
/* harmony export */   P5: () => (/* binding */ setOwn),
/* harmony export */   ZV: () => (/* binding */ own)
/* harmony export */ });
/**
 * Tables keyed by user data (condition operators and keys, variables, tags, environments, policy
 * names). A plain object inherits `constructor`, `toString`, `__proto__` and friends from
 * `Object.prototype`: `table[key]` reads them for keys the user never wrote, and
 * `table['__proto__'] = value` replaces the object's prototype instead of storing a key. These
 * helpers read only own properties and always write own, enumerable data properties.
 */
/** `table[key]` when `table` itself has `key`, else undefined (never an inherited member). */
function own(table, key) {
    return table != null && Object.hasOwn(table, key) ? table[key] : undefined;
}
/** Does `table` itself have `key`? */
function hasOwn(table, key) {
    return table != null && Object.hasOwn(table, key);
}
/** `table[key] = value` as an own data property, also for `__proto__`. */
function setOwn(table, key, value) {
    if (key === '__proto__') {
        Object.defineProperty(table, key, { value, enumerable: true, writable: true, configurable: true });
    }
    else {
        table[key] = value;
    }
}


/***/ }),

/***/ 8894:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

module.exports = __webpack_require__.p + "../40869b5c3d3420b7dbe4.json";

/***/ })

};
