export const id = 850;
export const ids = [850];
export const modules = {

/***/ 8850:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   REPORT_SCHEMA_VERSION: () => (/* binding */ REPORT_SCHEMA_VERSION),
/* harmony export */   activeFindings: () => (/* binding */ activeFindings),
/* harmony export */   baseReport: () => (/* binding */ baseReport),
/* harmony export */   findingsExitCode: () => (/* binding */ findingsExitCode),
/* harmony export */   summarize: () => (/* binding */ summarize)
/* harmony export */ });
/* harmony import */ var _policy_action_db_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6777);

const REPORT_SCHEMA_VERSION = 1;
/** The parts every command's report starts with. */
function baseReport(command, config, environmentNames, findings, suppressions) {
    return {
        schemaVersion: REPORT_SCHEMA_VERSION,
        command,
        config,
        environmentNames,
        iamData: (0,_policy_action_db_js__WEBPACK_IMPORTED_MODULE_0__/* .dataVersion */ .VH)(),
        summary: summarize(findings),
        findings,
        suppressions
    };
}
function summarize(findings) {
    const summary = { error: 0, warning: 0, notice: 0, suppressed: 0 };
    for (const finding of findings) {
        if (finding.suppressed)
            summary.suppressed++;
        else
            summary[finding.severity]++;
    }
    return summary;
}
/** 1 when unsuppressed findings reach `failOn`, else 0. */
function findingsExitCode(summary, failOn) {
    if (failOn === 'never')
        return 0;
    if (summary.error > 0)
        return 1;
    return failOn === 'warning' && summary.warning > 0 ? 1 : 0;
}
function activeFindings(findings, severity) {
    return findings.filter(finding => !finding.suppressed && (severity === undefined || finding.severity === severity));
}


/***/ })

};
