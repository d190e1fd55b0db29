export const id = 674;
export const ids = [674];
export const modules = {

/***/ 8729:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Z9: () => (/* binding */ loadConfig),
  kE: () => (/* binding */ loadDefinitionFile),
  Jg: () => (/* binding */ loadDefinitions)
});

;// CONCATENATED MODULE: ./src/definitions/hidden-keys.ts
const HIDDEN = '__proto__';
/** Issues zod would have reported for the own `__proto__` keys of records in `value`. */
function hiddenKeyIssues(schema, value) {
    const issues = [];
    walk(schema, value, [], issues, 0);
    return issues;
}
function defOf(schema) {
    return schema._zod.def;
}
function isRecord(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}
function walk(schema, value, path, issues, depth) {
    if (depth > 200)
        return; // schemas nest a dozen levels; values are bounded by the parser
    const def = defOf(schema);
    switch (def.type) {
        case 'optional':
        case 'nullable':
        case 'default':
        case 'prefault':
        case 'readonly':
        case 'nonoptional':
        case 'catch':
            if (def.innerType)
                walk(def.innerType, value, path, issues, depth + 1);
            return;
        case 'pipe':
            if (def.in)
                walk(def.in, value, path, issues, depth + 1);
            return;
        case 'lazy':
            if (def.getter)
                walk(def.getter(), value, path, issues, depth + 1);
            return;
        case 'union': {
            const option = chooseOption(def, value);
            if (option)
                walk(option, value, path, issues, depth + 1);
            return;
        }
        case 'object':
            if (!isRecord(value))
                return;
            for (const [key, child] of Object.entries(def.shape ?? {}))
                if (Object.hasOwn(value, key))
                    walk(child, value[key], [...path, key], issues, depth + 1);
            if (def.catchall)
                for (const key of Object.keys(value))
                    if (!Object.hasOwn(def.shape ?? {}, key))
                        walk(def.catchall, value[key], [...path, key], issues, depth + 1);
            return;
        case 'record':
            if (!isRecord(value) || !def.valueType)
                return;
            if (Object.hasOwn(value, HIDDEN))
                checkHidden(def, value[HIDDEN], [...path, HIDDEN], issues);
            for (const key of Object.keys(value))
                walk(def.valueType, value[key], [...path, key], issues, depth + 1);
            return;
        case 'array':
            if (!Array.isArray(value) || !def.element)
                return;
            value.forEach((item, index) => walk(def.element, item, [...path, index], issues, depth + 1));
            return;
        default:
            return;
    }
}
/** The key itself against the record's key schema, and its value against the value schema. */
function checkHidden(def, value, path, issues) {
    const key = def.keyType?.safeParse(HIDDEN);
    if (key && !key.success) {
        issues.push({
            code: 'custom',
            message: `key "${HIDDEN}" is not allowed here: ${key.error.issues.map(issue => issue.message).join('; ')}`,
            path,
            input: HIDDEN
        });
        return;
    }
    const result = def.valueType.safeParse(value, { reportInput: true });
    if (!result.success)
        for (const issue of result.error.issues)
            issues.push({ ...issue, path: [...path, ...issue.path] });
}
/** The union member the value is meant as: by discriminator, else the first that accepts it. */
function chooseOption(def, value) {
    const options = def.options ?? [];
    if (def.discriminator && isRecord(value)) {
        const wanted = value[def.discriminator];
        return options.find(option => {
            const field = defOf(option).shape?.[def.discriminator];
            const values = field?._zod?.def?.values;
            return values?.includes(wanted);
        });
    }
    return options.find(option => option.safeParse(value).success) ?? options[0];
}

// EXTERNAL MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __webpack_require__(3243);
// EXTERNAL MODULE: ./src/model/source.ts
var source = __webpack_require__(5180);
;// CONCATENATED MODULE: ./src/definitions/parse-yaml.ts
/**
 * YAML/JSON text → plain values with source positions (see src/model/source.ts).
 *
 * js-yaml builds the values (several times faster than a full YAML AST, which matters at a
 * thousand files); its node events give each node's start, from which every mapping entry and
 * list item gets its position. JSON is YAML, so both keep line and column. The core schema is
 * used, so `Version: 2012-10-17` stays a string and `<<` merges nothing.
 */


/** Upper bound on values one file may expand to: stops alias "billion laughs" expansion. */
const MAX_NODES_PER_FILE = 200_000;
/**
 * Longest string (key or value) accepted: IAM's largest quota, a role's inline policies together,
 * is 10,240 characters, so nothing longer can be deployed. Refusing it while parsing keeps a
 * hostile file from multiplying a huge string through every role, environment and message.
 */
const MAX_STRING_LENGTH = 10_240;
/** Deepest nesting accepted: policies nest five levels; this stops stack exhaustion further on. */
const MAX_DEPTH = 64;
/** Thrown from the parse listener to stop at the first value out of bounds. */
class BoundExceeded extends Error {
    problem;
    hint;
    offset;
    constructor(problem, hint, offset) {
        super(problem);
        this.problem = problem;
        this.hint = hint;
        this.offset = offset;
    }
}
function parseYamlFile(file, text) {
    const lines = lineStarts(text);
    const at = (offset) => {
        const line = lineOf(lines, offset);
        return { file, line: line + 1, column: offset - lines[line] + 1 };
    };
    const roots = [];
    const stack = [];
    const listener = (event, state) => {
        if (event === 'open') {
            const start = skipSpace(text, state.position);
            if (stack.length >= MAX_DEPTH)
                throw new BoundExceeded(`values nest more than ${MAX_DEPTH} levels deep`, 'flatten the structure; IAM policies nest five levels at most', start);
            stack.push({ start, children: [] });
            return;
        }
        const frame = stack.pop();
        const value = state.result;
        if (typeof value === 'string' && value.length > MAX_STRING_LENGTH)
            throw new BoundExceeded(`string of ${value.length} characters; RoleGate accepts at most ${MAX_STRING_LENGTH}`, 'no IAM name, description or policy is that long: shorten it', frame.start);
        if (value !== null && typeof value === 'object') {
            (0,source/* setOwnPosition */.sQ)(value, at(frame.start));
            if (state.kind === 'mapping') {
                for (let index = 0; index + 1 < frame.children.length; index += 2) {
                    (0,source/* setPosition */.Kk)(value, String(frame.children[index].value), at(frame.children[index].start));
                }
            }
            else if (state.kind === 'sequence') {
                frame.children.forEach((child, index) => (0,source/* setPosition */.Kk)(value, index, at(child.start)));
            }
        }
        const node = { value, start: frame.start };
        if (stack.length > 0)
            stack[stack.length - 1].children.push(node);
        else
            roots.push(node);
    };
    const documents = [];
    try {
        js_yaml/* default.loadAll */.Ay.loadAll(text, () => { }, {
            filename: file,
            schema: js_yaml/* default.CORE_SCHEMA */.Ay.CORE_SCHEMA,
            listener
        });
    }
    catch (error) {
        if (error instanceof BoundExceeded)
            return {
                documents,
                problems: [{ message: error.problem, hint: error.hint, location: at(error.offset) }]
            };
        return { documents, problems: [problemOf(error, file, at)] };
    }
    for (const root of roots) {
        if (root.value === null || root.value === undefined)
            continue; // an empty document between `---` separators
        const location = at(root.start);
        const shape = checkShape(root.value);
        if (shape?.kind === 'cycle') {
            return {
                documents,
                problems: [
                    {
                        message: 'this alias refers to a value that contains it, so the value would be infinite',
                        location: (0,source/* positionOf */.df)(shape.container, shape.key) ?? location,
                        hint: 'an alias (*name) may repeat a value defined before, not one of its own enclosing values'
                    }
                ]
            };
        }
        if (shape?.kind === 'depth') {
            return {
                documents,
                problems: [
                    {
                        message: `values nest more than ${MAX_DEPTH} levels deep once aliases are expanded`,
                        location: (0,source/* positionOf */.df)(shape.node) ?? location,
                        hint: 'write the values out instead of nesting aliases in aliases'
                    }
                ]
            };
        }
        if (expandedSize(root.value, new Map()) > MAX_NODES_PER_FILE) {
            return {
                documents,
                problems: [
                    {
                        message: `document expands to more than ${MAX_NODES_PER_FILE} values (YAML aliases?)`,
                        location,
                        hint: 'write the values out or split the file; RoleGate refuses to expand aliases without bound'
                    }
                ]
            };
        }
        documents.push({ value: root.value, location });
    }
    return { documents, problems: [] };
}
/**
 * A member that is one of its own ancestors (`trust: &t {Statement: [{Principal: *t}]}`), as the
 * container and key that hold it; or a value nested deeper than MAX_DEPTH once aliases are
 * expanded (each alias may add the depth of what it repeats). Trees and DAGs of ordinary aliases
 * pass. Iterative, so a hostile file cannot exhaust the stack here, and each value is visited once.
 */
function checkShape(root) {
    if (root === null || typeof root !== 'object')
        return undefined;
    const height = new Map();
    const onPath = new Set([root]);
    const stack = [
        { node: root, keys: keysOf(root), next: 0, height: 1 }
    ];
    while (stack.length > 0) {
        const top = stack[stack.length - 1];
        if (top.next === top.keys.length) {
            stack.pop();
            onPath.delete(top.node);
            height.set(top.node, top.height);
            if (top.height > MAX_DEPTH)
                return { kind: 'depth', node: top.node };
            if (stack.length > 0)
                stack[stack.length - 1].height = Math.max(stack[stack.length - 1].height, top.height + 1);
            continue;
        }
        const key = top.keys[top.next++];
        const child = top.node[key];
        if (child === null || typeof child !== 'object')
            continue;
        const known = height.get(child);
        if (known !== undefined) {
            top.height = Math.max(top.height, known + 1);
            continue;
        }
        if (onPath.has(child))
            return { kind: 'cycle', container: top.node, key };
        onPath.add(child);
        stack.push({ node: child, keys: keysOf(child), next: 0, height: 1 });
    }
    return undefined;
}
function keysOf(node) {
    return Array.isArray(node) ? node.map((_, index) => index) : Object.keys(node);
}
/** Values a document stands for once aliases are expanded, counted without expanding them. */
function expandedSize(value, seen) {
    if (value === null || typeof value !== 'object')
        return 1;
    const known = seen.get(value);
    if (known !== undefined)
        return known;
    seen.set(value, 1); // a cycle counts once instead of forever
    let size = 1;
    for (const child of Object.values(value)) {
        size += expandedSize(child, seen);
        if (size > MAX_NODES_PER_FILE)
            break;
    }
    seen.set(value, size);
    return size;
}
function problemOf(error, file, at) {
    const failure = error;
    if (failure.name !== 'YAMLException') {
        return {
            message: `cannot parse: ${failure.message ?? String(error)}`,
            location: { file, line: 1, column: 1 }
        };
    }
    const reason = failure.reason ?? 'invalid YAML';
    const location = at(failure.mark?.position ?? 0);
    if (/duplicated mapping key/.test(reason)) {
        return {
            message: 'duplicate key',
            location,
            hint: 'each key may appear once per mapping; merge the two entries'
        };
    }
    const hint = /tab/i.test(reason)
        ? 'indent with spaces, not tabs'
        : /indent|mapping|sequence|end of the stream|flow collection/i.test(reason)
            ? 'check the indentation and quoting on this line'
            : undefined;
    return { message: `invalid YAML: ${reason}`, location, hint };
}
/** From a node's first event to its first character: spaces, line breaks and comments. */
function skipSpace(text, position) {
    let index = position;
    while (index < text.length) {
        const char = text[index];
        if (char === ' ' || char === '\t' || char === '\n' || char === '\r' || char === '\ufeff')
            index++;
        else if (char === '#') {
            while (index < text.length && text[index] !== '\n')
                index++;
        }
        else
            break;
    }
    return index;
}
function lineStarts(text) {
    const starts = [0];
    for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1))
        starts.push(index + 1);
    return starts;
}
function lineOf(starts, offset) {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
        const middle = (low + high + 1) >> 1;
        if (starts[middle] <= offset)
            low = middle;
        else
            high = middle - 1;
    }
    return low;
}

// EXTERNAL MODULE: ./src/util/suggest.ts + 1 modules
var suggest = __webpack_require__(5670);
// EXTERNAL MODULE: ./src/definitions/schema.ts
var definitions_schema = __webpack_require__(7335);
;// CONCATENATED MODULE: ./src/definitions/schema-findings.ts



function schemaFindings(issues, root, fallback, knownKeysAt, 
/** The declared keys of each option of the union at `path`, to tell which form a value was meant as. */
unionOptionKeysAt = () => undefined) {
    const findings = [];
    const branchOf = (issue) => closestBranch(issue, root, unionOptionKeysAt);
    for (const issue of issues.flatMap(branchOf)) {
        const path = issue.path.filter((key) => typeof key !== 'symbol');
        if (issue.code === 'unrecognized_keys') {
            for (const key of issue.keys) {
                const location = (0,source/* positionAt */.t$)(root, [...path, key]) ?? fallback;
                findings.push({
                    rule: 'schema',
                    severity: 'error',
                    message: `${prefix(path)}unknown key "${key}"${(0,suggest/* didYouMean */.a)(key, knownKeysAt(path))}`,
                    ...at(location)
                });
            }
            continue;
        }
        const location = (0,source/* positionAt */.t$)(root, path) ?? fallback;
        findings.push({
            rule: 'schema',
            severity: 'error',
            message: `${prefix(path)}${describe(issue)}`,
            ...at(location)
        });
    }
    return findings;
}
/**
 * A value that fits no form of a union without a discriminator (an inline policy is a document or
 * `{ document, expires, reason }`): report the issues of the form it was meant as (the one that
 * declares most of its keys), else of the form it came closest to (fewest issues, then deepest),
 * instead of zod's bare "Invalid input".
 */
function closestBranch(issue, root, unionOptionKeysAt) {
    if (issue.code !== 'invalid_union' || ('discriminator' in issue && issue.discriminator))
        return [issue];
    if (issue.errors.every(branch => branch.length === 0))
        return [issue];
    const optionKeys = unionOptionKeysAt(issue.path);
    const meant = optionKeys ? (0,definitions_schema/* closestKeys */.Yj)(optionKeys, valueAt(root, issue.path)) : undefined;
    let best = meant !== undefined ? issue.errors[meant] : undefined;
    if (!best || best.length === 0) {
        const depth = (branch) => Math.max(...branch.map(inner => inner.path.length));
        best = issue.errors
            .filter(branch => branch.length > 0)
            .reduce((a, b) => (b.length < a.length || (b.length === a.length && depth(b) > depth(a)) ? b : a));
    }
    return best.flatMap(inner => closestBranch({ ...inner, path: [...issue.path, ...inner.path] }, root, unionOptionKeysAt));
}
function valueAt(root, path) {
    let node = root;
    for (const key of path) {
        if (node === null || typeof node !== 'object')
            return undefined;
        node = node[key];
    }
    return node;
}
function at(location) {
    return { file: location.file, line: location.line, column: location.column };
}
function prefix(path) {
    return path.length === 0 ? '' : `${formatPath(path)}: `;
}
function formatPath(path) {
    return path
        .map((key, index) => (typeof key === 'number' ? `[${key}]` : index === 0 ? key : `.${key}`))
        .join('');
}
function describe(issue) {
    switch (issue.code) {
        case 'invalid_type':
            return issue.input === undefined
                ? `required key is missing`
                : `expected ${issue.expected === 'string' && typeof issue.input === 'number' ? 'a quoted string' : issue.expected}, got ${kindOf(issue.input)}`;
        case 'invalid_union':
            if ('discriminator' in issue && issue.discriminator) {
                return `"${issue.discriminator}" must be one of ${issue.options?.map(o => `"${String(o)}"`).join(', ') ?? 'the documented kinds'}`;
            }
            return issue.message;
        case 'invalid_value':
            return `must be ${issue.values.map(value => JSON.stringify(value)).join(' or ')}`;
        default:
            return issue.message;
    }
}
function kindOf(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'a mapping';
    // JSON has no NaN or infinity (JSON.stringify says `null`): name them as YAML writes them.
    if (typeof value === 'number' && !Number.isFinite(value))
        return Number.isNaN(value) ? '.nan' : value > 0 ? '.inf' : '-.inf';
    if (typeof value === 'string' && value.length > 80)
        return `a string of ${value.length} characters`;
    return `${typeof value} ${JSON.stringify(value)}`;
}

;// CONCATENATED MODULE: ./src/definitions/load.ts




function loadConfig(file) {
    const findings = [];
    const documents = parseFile(file, findings);
    if (!documents)
        return { file: file.path, findings };
    if (documents.length === 0) {
        findings.push(schemaError(file.path, 1, 'rolegate.yml is empty', 'start from the example in the README'));
        return { file: file.path, findings };
    }
    if (documents.length > 1) {
        const second = documents[1].location;
        findings.push(schemaError(file.path, second.line, 'rolegate.yml must hold exactly one YAML document', 'remove the extra `---` document'));
    }
    const [document] = documents;
    const config = validate(definitions_schema/* configSchema */.Qn, document.value, document.location, findings);
    return { config: config, file: file.path, findings };
}
/** Loads one definition file: every definition in it, and every problem with it. */
function loadDefinitionFile(file) {
    const findings = [];
    const definitions = [];
    const loaded = { text: file.text, definitions, findings };
    const documents = parseFile(file, findings);
    if (!documents)
        return loaded;
    if (documents.length === 0) {
        findings.push({
            rule: 'schema',
            severity: 'warning',
            message: 'file has no definitions',
            file: file.path,
            line: 1,
            column: 1
        });
        return loaded;
    }
    for (const document of documents) {
        // A JSON file may hold a list of definitions.
        const values = Array.isArray(document.value) ? document.value : [document.value];
        for (const value of values) {
            const definition = validate(definitions_schema/* definitionSchema */.$k, value, document.location, findings);
            if (definition)
                definitions.push({
                    definition: definition,
                    file: file.path,
                    location: document.location
                });
        }
    }
    return loaded;
}
/**
 * Loads definition files. `reuse` holds files loaded before (the working tree, when loading the
 * base of a diff): an unchanged file is not parsed again.
 */
function loadDefinitions(files, reuse) {
    const loadedFiles = new Map();
    for (const file of files) {
        const earlier = reuse?.get(file.path);
        loadedFiles.set(file.path, earlier && earlier.text !== undefined && earlier.text === file.text ? earlier : loadDefinitionFile(file));
    }
    const all = [...loadedFiles.values()];
    return {
        definitions: all.flatMap(file => file.definitions),
        findings: all.flatMap(file => file.findings),
        files: loadedFiles
    };
}
function parseFile(file, findings) {
    if (file.text === undefined) {
        findings.push(schemaError(file.path, 1, file.readError ?? 'cannot read file', file.readHint ?? 'save the file as UTF-8 text'));
        return undefined;
    }
    const parsed = parseYamlFile(file.path, file.text);
    for (const problem of parsed.problems) {
        findings.push({
            rule: 'schema',
            severity: 'error',
            message: problem.hint ? `${problem.message}; ${problem.hint}` : problem.message,
            file: problem.location.file,
            line: problem.location.line,
            column: problem.location.column
        });
    }
    return parsed.problems.length > 0 && parsed.documents.length === 0 ? undefined : parsed.documents;
}
/** Validates `value` in place: on success returns the original (it carries positions), not zod's copy. */
function validate(schema, value, location, findings) {
    const result = schema.safeParse(value, { reportInput: true });
    // zod skips a record's `__proto__` key entirely; RoleGate uses it as an own key, so checks it.
    const issues = [...(result.success ? [] : result.error.issues), ...hiddenKeyIssues(schema, value)];
    if (issues.length === 0)
        return value;
    findings.push(...schemaFindings(issues, value, location, path => (0,definitions_schema/* knownKeysAt */.hy)(schema, value, path), path => (0,definitions_schema/* unionOptionKeysAt */.qK)(schema, value, path)));
    return undefined;
}
function schemaError(file, line, message, hint) {
    return { rule: 'schema', severity: 'error', message: `${message}; ${hint}`, file, line, column: 1 };
}


/***/ }),

/***/ 8435:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ loadProject)
/* harmony export */ });
/* harmony import */ var node_path_posix__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var node_path_posix__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path_posix__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_5__);
/* harmony import */ var _definitions_load_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8729);
/* harmony import */ var _definitions_schema_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7335);
/* harmony import */ var _model_source_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5180);
/* harmony import */ var _project_files_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(440);
/** Loads a project from a file tree: the config, its definition files, everything that went wrong. */






async function loadProject(tree, configFile, options) {
    const configSource = await tree.read(configFile);
    if (!configSource) {
        if (options.requireConfig) {
            throw new _project_files_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`config file ${configFile} not found; create rolegate.yml at the repository root (see README "Quick start") or pass --config (input: config) with its path`);
        }
        return { configFile, configExists: false, definitions: [], findings: [] };
    }
    const loadedConfig = (0,_definitions_load_js__WEBPACK_IMPORTED_MODULE_1__/* .loadConfig */ .Z9)(configSource);
    const findings = [...loadedConfig.findings];
    const config = loadedConfig.config;
    if (!config)
        return { configFile, configExists: true, definitions: [], findings };
    const root = node_path_posix__WEBPACK_IMPORTED_MODULE_0___default().dirname(configFile) === '.' ? '' : node_path_posix__WEBPACK_IMPORTED_MODULE_0___default().dirname(configFile);
    const globs = config.definitions ?? _definitions_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_DEFINITION_GLOBS */ .M0;
    const { files, unmatched } = matchGlobs(await tree.list(root), root, globs);
    const explicitGlobs = config.definitions !== undefined;
    const matched = globs.filter(glob => !unmatched.includes(glob)).map(withoutExtension);
    for (const glob of unmatched) {
        // `iam/**/*.yml` + `iam/**/*.yaml` is the documented default: an extension variant of a glob
        // that matched is not worth a word; any other glob that matches nothing is.
        if (files.length > 0 && (!explicitGlobs || matched.includes(withoutExtension(glob))))
            continue;
        const location = explicitGlobs ? (0,_model_source_js__WEBPACK_IMPORTED_MODULE_3__/* .positionOf */ .df)(config.definitions, globs.indexOf(glob)) : (0,_model_source_js__WEBPACK_IMPORTED_MODULE_3__/* .positionOf */ .df)(config);
        findings.push({
            rule: 'schema',
            severity: files.length === 0 ? 'error' : 'warning',
            message: `definitions glob "${glob}" matches no file under ${root || '.'} in the ${tree.label}; globs are relative to the folder of rolegate.yml`,
            file: configFile,
            line: location?.line ?? 1,
            column: location?.column ?? 1
        });
    }
    for (const entry of tree.skipped?.() ?? []) {
        if (root && !entry.path.startsWith(`${root}/`))
            continue;
        findings.push({
            rule: 'schema',
            severity: 'warning',
            message: `${entry.path} ${entry.reason}; RoleGate reads only files inside the repository: copy the definitions into it instead of linking`,
            file: entry.path,
            line: 1,
            column: 1
        });
    }
    const sources = await Promise.all(files.filter(file => file !== configFile).map(file => tree.read(file)));
    const loaded = (0,_definitions_load_js__WEBPACK_IMPORTED_MODULE_1__/* .loadDefinitions */ .Jg)(sources.filter(source => source !== undefined), options.reuse);
    findings.push(...loaded.findings);
    return {
        config,
        configFile,
        configExists: true,
        definitions: loaded.definitions,
        findings,
        files: loaded.files
    };
}
function matchGlobs(all, root, globs) {
    const matchers = globs.map(glob => ({ glob, match: picomatch__WEBPACK_IMPORTED_MODULE_5___default()(glob, { dot: false }) }));
    const used = new Set();
    const files = [];
    for (const file of all) {
        const relative = root ? file.slice(root.length + 1) : file;
        const hits = matchers.filter(matcher => matcher.match(relative));
        if (hits.length === 0)
            continue;
        hits.forEach(matcher => used.add(matcher.glob));
        files.push(file);
    }
    files.sort();
    return { files, unmatched: globs.filter(glob => !used.has(glob)) };
}
function withoutExtension(glob) {
    return glob.replace(/\.(ya?ml|json)$/, '');
}


/***/ }),

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

/***/ 5016:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ suggestAction),
/* harmony export */   w: () => (/* binding */ suggestService)
/* harmony export */ });
/* harmony import */ var _util_suggest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5670);
/* harmony import */ var _action_db_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6777);
/**
 * "Did you mean" for unknown services and actions: `s3:GetObjekt` -> `s3:GetObject`,
 * `s4:GetObject` -> `s3:GetObject`, `lamda` -> `lambda`. Typos are judged case-insensitively, allow
 * about one edit per four characters, and a unique prefix (`s3:GetBucketPolicyStat`) also counts.
 */


/** A known service prefix close to `prefix`, or undefined (also for an already-known prefix). */
function suggestService(prefix) {
    if ((0,_action_db_js__WEBPACK_IMPORTED_MODULE_0__/* .lookupService */ .os)(prefix))
        return undefined;
    return (0,_util_suggest_js__WEBPACK_IMPORTED_MODULE_1__/* .closest */ .k)(prefix, (0,_action_db_js__WEBPACK_IMPORTED_MODULE_0__/* .allServicePrefixes */ .Br)());
}
/**
 * A known action close to `action` (`service:Name`), or undefined. The service is corrected first
 * when it is unknown; wildcard patterns get no suggestion since they are not misspelled names.
 */
function suggestAction(action) {
    const colon = action.indexOf(':');
    if (colon < 0 || action.includes('*') || action.includes('?'))
        return undefined;
    const prefix = action.slice(0, colon);
    const name = action.slice(colon + 1);
    const service = (0,_action_db_js__WEBPACK_IMPORTED_MODULE_0__/* .lookupService */ .os)(prefix) ?? (0,_action_db_js__WEBPACK_IMPORTED_MODULE_0__/* .lookupService */ .os)(suggestService(prefix) ?? '');
    if (!service)
        return undefined;
    const names = service.actions.map(full => full.slice(service.prefix.length + 1));
    const exact = names.find(candidate => candidate.toLowerCase() === name.toLowerCase());
    // The name was right and only the service was misspelled (`s4:GetObject`).
    if (exact !== undefined)
        return service.prefix.toLowerCase() === prefix.toLowerCase() ? undefined : `${service.prefix}:${exact}`;
    const suggestion = (0,_util_suggest_js__WEBPACK_IMPORTED_MODULE_1__/* .closest */ .k)(name, names);
    return suggestion === undefined ? undefined : `${service.prefix}:${suggestion}`;
}


/***/ })

};
