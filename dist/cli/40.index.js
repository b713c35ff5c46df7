export const id = 40;
export const ids = [40];
export const modules = {

/***/ 40:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   register: () => (/* binding */ register)
/* harmony export */ });
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8423);

function register(program) {
    program
        .command('version')
        .description('print the stanch version')
        .action(() => {
        process.stdout.write(`stanch ${_version_js__WEBPACK_IMPORTED_MODULE_0__/* .TOOL_VERSION */ .w}\n`);
    });
}


/***/ })

};
