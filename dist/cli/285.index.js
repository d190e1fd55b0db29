export const id = 285;
export const ids = [285];
export const modules = {

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


/***/ })

};
