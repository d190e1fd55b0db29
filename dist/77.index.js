export const id = 77;
export const ids = [77];
export const modules = {

/***/ 8077:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   serveLintThread: () => (/* binding */ serveLintThread)
/* harmony export */ });
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _fs_load_project_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8435);
/* harmony import */ var _fs_project_files_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(440);
/* harmony import */ var _lint_run_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2582);
/* harmony import */ var _render_render_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9518);
/* harmony import */ var _util_own_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8996);
/**
 * The worker thread's side of src/commands/lint-threads.ts: load and render the project as the
 * main thread does, lint the job's environments, post their findings. Anything unexpected is
 * posted as no result, and the main thread lints those environments itself.
 */






async function serveLintThread() {
    const job = node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.workerData;
    let result;
    try {
        result = await lintJob(job);
    }
    catch {
        result = undefined;
    }
    node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.parentPort?.postMessage(result);
}
async function lintJob(job) {
    const project = await (0,_fs_load_project_js__WEBPACK_IMPORTED_MODULE_1__/* .loadProject */ .g)((0,_fs_project_files_js__WEBPACK_IMPORTED_MODULE_2__/* .diskTree */ .cF)(job.workspace), job.configFile, { requireConfig: true });
    console.error('W loaded', performance.now().toFixed(0));
    if (!project.config)
        return undefined;
    const rendered = (0,_render_render_js__WEBPACK_IMPORTED_MODULE_4__/* .render */ .XX)(project.config, project.definitions, {
        managedBy: job.managedBy,
        environments: job.environments,
        now: new Date(job.now)
    });
    console.error('W rendered', performance.now().toFixed(0));
    const result = [];
    for (const name of job.environments) {
        const environment = (0,_util_own_js__WEBPACK_IMPORTED_MODULE_5__/* .own */ .ZV)(rendered.state.environments, name);
        if (!environment)
            return undefined;
        result.push([name, (0,_lint_run_js__WEBPACK_IMPORTED_MODULE_3__/* .toPortable */ .BH)((0,_lint_run_js__WEBPACK_IMPORTED_MODULE_3__/* .checkEnvironment */ .Qz)(environment, project.config))]);
    }
    console.error('W linted', performance.now().toFixed(0));
    return result;
}


/***/ })

};
