export const id = 656;
export const ids = [656,84];
export const modules = {

/***/ 722:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderInitText: () => (/* binding */ renderInitText),
/* harmony export */   runInit: () => (/* binding */ runInit)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _fs_project_files_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(440);
/* harmony import */ var _init_scaffold_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6326);
/**
 * `rolegate init`: writes rolegate.yml, an example role and the workflow into a fresh repository.
 * Asks nothing; refuses (and writes nothing) when any of the files exists.
 */




async function runInit(options) {
    const files = (0,_init_scaffold_js__WEBPACK_IMPORTED_MODULE_3__.scaffold)({
        project: options.project ?? node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(options.cwd)),
        environments: options.environments,
        region: options.region
    });
    const existing = [];
    for (const file of files)
        if (await exists(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(options.cwd, file.path)))
            existing.push(file.path);
    if (existing.length > 0)
        throw new _fs_project_files_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`init writes nothing: ${existing.join(', ')} already exist${existing.length === 1 ? 's' : ''} in ${node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(options.cwd)}. Move ${existing.length === 1 ? 'it' : 'them'} aside and run init again, or edit ${existing.length === 1 ? 'it' : 'them'} by hand`);
    const written = [];
    for (const file of files) {
        const target = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(options.cwd, file.path);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(target), { recursive: true });
        // "wx": a file that appeared since the check is not overwritten either.
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(target, file.text, { flag: 'wx' });
        written.push(file.path);
    }
    return { written };
}
function renderInitText(outcome) {
    return [
        ...outcome.written.map(file => `wrote ${file}`),
        '',
        'Next: "rolegate validate" checks the definitions; the comments at the top of',
        '.github/workflows/rolegate.yml list what to set up in AWS and GitHub before the first merge.',
        ''
    ].join('\n');
}
async function exists(file) {
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(file);
        return true;
    }
    catch {
        return false;
    }
}


/***/ }),

/***/ 6326:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CONFIG_FILE: () => (/* binding */ CONFIG_FILE),
  DEFAULT_REGION: () => (/* binding */ DEFAULT_REGION),
  EXAMPLE_ROLE_FILE: () => (/* binding */ EXAMPLE_ROLE_FILE),
  WORKFLOW_FILE: () => (/* binding */ WORKFLOW_FILE),
  checkInitOptions: () => (/* binding */ checkInitOptions),
  parseEnvironmentArgument: () => (/* binding */ parseEnvironmentArgument),
  scaffold: () => (/* binding */ scaffold)
});

// EXTERNAL MODULE: ./src/definitions/schema.ts
var schema = __webpack_require__(7335);
// EXTERNAL MODULE: ./src/fs/project-files.ts
var project_files = __webpack_require__(440);
// EXTERNAL MODULE: ./src/render/render.ts + 1 modules
var render = __webpack_require__(9518);
;// CONCATENATED MODULE: ./src/init/package.ts
/**
 * Where RoleGate is published, for the files `rolegate init` writes. Kept in step with
 * package.json (`name`, `repository`) by __tests__/init/package.test.ts.
 */
/** The npm package: schema modelines point into node_modules/<PACKAGE_NAME>/schema/. */
const PACKAGE_NAME = 'rolegate';
/**
 * PLACEHOLDER until the repository that publishes the action is settled (packaging sets it, with
 * package.json `repository`): the workflow `rolegate init` writes says `uses: <ACTION_REPOSITORY>@<ACTION_REF>`.
 */
const ACTION_REPOSITORY = 'rolegate/rolegate';
/** The major tag the release moves, so user workflows get fixes without editing. */
const ACTION_REF = 'v1';

;// CONCATENATED MODULE: ./src/init/scaffold.ts
/**
 * `rolegate init`, the pure part: options → the files to write ({ path, text }). Nothing here reads
 * or writes the disk; src/commands/init.ts does, and refuses to overwrite.
 *
 * The options are checked with the patterns rolegate.yml's schema uses, so every value can be
 * written into YAML unquoted (accounts are quoted to keep leading zeros) and the result validates.
 */




const DEFAULT_REGION = 'us-east-1';
const CONFIG_FILE = 'rolegate.yml';
const EXAMPLE_ROLE_FILE = 'iam/example-role.yml';
const WORKFLOW_FILE = '.github/workflows/rolegate.yml';
/** `--env dev=111111111111` → { name: 'dev', account: '111111111111' }. */
function parseEnvironmentArgument(argument) {
    const match = /^([^=]*)=(.*)$/.exec(argument.trim());
    if (!match)
        throw new project_files/* UsageError */.eb(`--env for init is NAME=ACCOUNT, e.g. --env dev=111111111111; got "${argument}"`);
    return { name: match[1].trim(), account: match[2].trim() };
}
/** The options with defaults applied, or a UsageError naming the flag to fix. */
function checkInitOptions(options) {
    const region = options.region ?? DEFAULT_REGION;
    if (!schema/* PROJECT_PATTERN */.$A.test(options.project))
        throw new project_files/* UsageError */.eb(`--project "${options.project}" cannot start IAM role names: use letters, digits and +=,.@_- (start with a letter or digit)`);
    if (!schema/* REGION_PATTERN */.aY.test(region))
        throw new project_files/* UsageError */.eb(`--region "${region}" is not a region code; use one such as us-east-1`);
    if (options.environments.length === 0)
        throw new project_files/* UsageError */.eb('name at least one environment and its AWS account: --env dev=111111111111 (repeat --env for more, in deploy order)');
    const seen = new Set();
    for (const { name, account } of options.environments) {
        if (!schema/* IDENTIFIER_PATTERN */.$Q.test(name))
            throw new project_files/* UsageError */.eb(`--env "${name}=${account}": in the environment name, ${schema/* IDENTIFIER_RULE */.nx}`);
        if (!schema/* ACCOUNT_PATTERN */.j5.test(account))
            throw new project_files/* UsageError */.eb(`--env "${name}=${account}": the account must be an AWS account id, 12 digits`);
        const id = jobSuffix(name);
        if (seen.has(id))
            throw new project_files/* UsageError */.eb(`--env "${name}" is given twice (or differs from another only in "." and "_"); name each environment once`);
        seen.add(id);
    }
    return { project: options.project, environments: options.environments, region };
}
/** The files `rolegate init` writes, in the order it writes them. */
function scaffold(options) {
    const checked = checkInitOptions(options);
    return [
        { path: CONFIG_FILE, text: configText(checked) },
        { path: EXAMPLE_ROLE_FILE, text: exampleRoleText() },
        { path: WORKFLOW_FILE, text: workflowText(checked) }
    ];
}
/** A modeline that resolves when the package is installed (npm i -D), relative to the file. */
function modeline(file, schema) {
    const up = '../'.repeat(file.split('/').length - 1);
    return `# yaml-language-server: $schema=${up}node_modules/${PACKAGE_NAME}/schema/${schema}.schema.json`;
}
function configText({ project, environments, region }) {
    const partition = (0,render/* partitionOf */.iQ)({ account: '000000000000', region });
    const lines = [
        modeline(CONFIG_FILE, 'rolegate'),
        '# RoleGate configuration, written by "rolegate init". Reference: the docs folder of the rolegate package',
        '# (definitions.md). Hover a key in an editor with the YAML language server for its meaning.',
        'version: 1',
        `project: "${project}"`,
        'definitions: ["iam/**/*.yml", "iam/**/*.yaml"]',
        'naming: "{project}-{environment}-{name}" # physical role names, e.g. ' +
            `${project}-${environments[0].name}-example-role`,
        'defaults:',
        '  # "rolegate bootstrap" creates this boundary in each account; the deployer can only create',
        '  # roles that carry it.',
        '  permissionsBoundary: "arn:{partition}:iam::{account}:policy/{project}-rolegate-boundary"',
        '  maxSessionDuration: 3600',
        '  tags:',
        '    Project: "{project}"',
        '    Environment: "{environment}"',
        '# In deploy order. deployRole is the role "rolegate bootstrap" creates; protected: true makes',
        '# RoleGate deploy only from a job bound to the GitHub environment of the same name.',
        'environments:'
    ];
    for (const { name, account } of environments)
        lines.push(`  ${name}:`, `    account: "${account}"`, `    region: ${region}`, `    deployRole: "arn:${partition}:iam::${account}:role/${project}-${name}-rolegate-deployer"`, '    protected: true');
    return lines.join('\n') + '\n';
}
function exampleRoleText() {
    return `${modeline(EXAMPLE_ROLE_FILE, 'definition')}
# An example role, written by "rolegate init": edit it, or delete it and add your own files under iam/.
# Deployed as {project}-{environment}-example-role in every environment of rolegate.yml.
kind: Role
name: example-role
description: Example ECS task role that reads the project's bucket
trust:
  Version: "2012-10-17"
  Statement:
    - Effect: Allow
      Principal:
        Service: ecs-tasks.amazonaws.com
      Action: sts:AssumeRole
      Condition:
        StringEquals:
          aws:SourceAccount: "{account}"
policies:
  ReadBucket:
    Version: "2012-10-17"
    Statement:
      - Sid: ListBucket
        Effect: Allow
        Action: s3:ListBucket
        Resource: "arn:{partition}:s3:::{project}-{environment}-data"
      - Sid: ReadObjects
        Effect: Allow
        Action: s3:GetObject
        Resource: "arn:{partition}:s3:::{project}-{environment}-data/*"
tags:
  Component: example
`;
}
/** A GitHub job id for an environment name (letters, digits, "-" and "_"). */
function jobSuffix(environment) {
    return environment.replace(/\./g, '_');
}
/** The repository variable that holds an environment's read-only plan role. */
function planRoleVariable(environment) {
    return `ROLEGATE_PLAN_ROLE_${environment.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`;
}
function workflowText({ environments }) {
    const uses = `${ACTION_REPOSITORY}@${ACTION_REF}`;
    const paths = "['rolegate.yml', 'iam/**']";
    const header = `# RoleGate, written by "rolegate init": a check on every pull request; on merge to the default
# branch (and daily, so expired grants are removed and drift repaired), per environment in order, a
# plan job with a read-only role, then a deploy job bound to the GitHub environment (required
# reviewers approve it) that applies only the reviewed plan (plan-digest).
#
# Before the first merge:
# - Deploy "rolegate bootstrap --env <env>" once in each account (OIDC provider, boundary, deployer).
# - Create a GitHub environment per rolegate.yml environment, with required reviewers and a
#   deployment branch rule (Settings > Environments).
# - Create a read-only role per account that trusts this repository's default-branch jobs and set
#   it as a repository variable (Settings > Secrets and variables > Actions > Variables):
${environments.map(({ name }) => `#     ${planRoleVariable(name)} for ${name}`).join('\n')}
# - If the default branch is not main, change "branches" below.
# Adding an environment to rolegate.yml: copy its plan and deploy jobs below.
name: RoleGate

on:
  pull_request:
    paths: ${paths}
  push:
    branches: [main]
    paths: ${paths}
  workflow_dispatch:
  schedule:
    - cron: '23 5 * * *'

permissions:
  contents: read

jobs:
  check:
    name: Check IAM changes
    if: github.event_name == 'pull_request'
    runs-on: ubuntu-latest
    permissions:
      contents: read
      pull-requests: write # the sticky PR comment
    steps:
      - uses: actions/checkout@v5
        with:
          fetch-depth: 0 # the diff reads the base branch's definitions
      - uses: ${uses}
        with:
          command: check
`;
    const jobs = environments.map(({ name }, index) => {
        const id = jobSuffix(name);
        const previous = index === 0 ? undefined : `deploy-${jobSuffix(environments[index - 1].name)}`;
        // The ref guard: never from a pull request, only from the default branch (a schedule runs there).
        const guard = "github.event_name != 'pull_request' && (github.event_name == 'schedule' || github.ref == format('refs/heads/{0}', github.event.repository.default_branch))";
        // After the previous environment's deploy, also when it had nothing to deploy (skipped).
        const planIf = previous ? `\${{ !failure() && !cancelled() && ${guard} }}` : `\${{ ${guard} }}`;
        return `
  plan-${id}:
    name: Plan ${name}
${previous ? `    needs: ${previous}\n` : ''}    if: ${planIf}
    runs-on: ubuntu-latest
    permissions:
      contents: read
      id-token: write # the OIDC token exchanged for the read-only role
    outputs:
      digest: \${{ steps.plan.outputs.plan-digest }}
      changed: \${{ steps.plan.outputs.changed }}
    steps:
      - uses: actions/checkout@v5
      - id: plan
        uses: ${uses}
        with:
          command: plan # the job summary is what the reviewer reads
          environment: "${name}"
          role-to-assume: \${{ vars.${planRoleVariable(name)} }}

  deploy-${id}:
    name: Deploy ${name}
    needs: plan-${id}
    if: needs.plan-${id}.outputs.changed == 'true' # nothing to approve when nothing changes
    runs-on: ubuntu-latest
    environment: "${name}" # required reviewers approve it
    concurrency:
      group: rolegate-deploy-${name}
      cancel-in-progress: false # never interrupt a deploy half way
    permissions:
      contents: read
      id-token: write # the OIDC token exchanged for the deployer role
    steps:
      - uses: actions/checkout@v5
      - uses: ${uses}
        with:
          command: deploy
          environment: "${name}"
          plan-digest: \${{ needs.plan-${id}.outputs.digest }} # only the reviewed plan is applied
`;
    });
    return header + jobs.join('');
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


/***/ })

};
