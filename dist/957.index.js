export const id = 957;
export const ids = [957];
export const modules = {

/***/ 6963:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cy: () => (/* binding */ sessionName),
/* harmony export */   P0: () => (/* binding */ verifyAccount),
/* harmony export */   Yq: () => (/* binding */ decodeClaims),
/* harmony export */   zr: () => (/* binding */ assumeRoleWithWebIdentity)
/* harmony export */ });
/* unused harmony export explainDenied */
/* harmony import */ var _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1695);
/* harmony import */ var _fs_project_files_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(440);
/**
 * Credentials for deploy: the job's GitHub OIDC token exchanged for the environment's deployer
 * role (AssumeRoleWithWebIdentity needs no AWS credentials), or the ambient credential chain
 * when no deployer role is configured. Every secret is masked before anything can print it.
 */


/** The claims of a JWT, without verifying it: STS verifies; RoleGate only reads what it was given. */
function decodeClaims(token) {
    const payload = token.split('.')[1];
    let claims;
    try {
        claims = payload ? JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) : undefined;
    }
    catch {
        claims = undefined;
    }
    if (claims === null || typeof claims !== 'object' || Array.isArray(claims))
        throw new _fs_project_files_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb('the GitHub OIDC token is not a JWT with a JSON payload; check ACTIONS_ID_TOKEN_REQUEST_URL');
    return claims;
}
/** `rolegate-owner-repo-run-42`: valid characters, at most 64, so CloudTrail shows which run changed what. */
function sessionName(repository, runId) {
    const base = `rolegate-${(repository ?? 'local').replace('/', '-')}`.replace(/[^\w+=,.@-]/g, '-');
    const suffix = runId ? `-run-${runId}` : '';
    return `${base.slice(0, 64 - suffix.length)}${suffix}`;
}
async function assumeRoleWithWebIdentity(input) {
    const sts = new _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_1__/* .STSClient */ .iM({ region: input.region });
    try {
        const { Credentials } = await sts.send(new _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_1__/* .AssumeRoleWithWebIdentityCommand */ .WH({
            RoleArn: input.roleArn,
            RoleSessionName: input.sessionName,
            WebIdentityToken: input.token
        }));
        if (!Credentials?.AccessKeyId || !Credentials.SecretAccessKey)
            throw new Error('STS returned no credentials');
        input.mask(Credentials.SecretAccessKey);
        if (Credentials.SessionToken)
            input.mask(Credentials.SessionToken);
        input.mask(Credentials.AccessKeyId);
        return {
            accessKeyId: Credentials.AccessKeyId,
            secretAccessKey: Credentials.SecretAccessKey,
            sessionToken: Credentials.SessionToken,
            expiration: Credentials.Expiration
        };
    }
    catch (error) {
        const name = error.name;
        if (name === 'AccessDenied' ||
            name === 'AccessDeniedException' ||
            name === 'InvalidIdentityTokenException') {
            throw new _fs_project_files_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(explainDenied(input.roleArn, decodeClaims(input.token), error.message));
        }
        throw error;
    }
    finally {
        sts.destroy();
    }
}
/** The most common OIDC pain: say what the token carried and what the trust must match. */
function explainDenied(roleArn, claims, message) {
    const aud = Array.isArray(claims.aud) ? claims.aud.join(',') : claims.aud;
    return [
        `STS refused to let this job assume ${roleArn}: ${message}`,
        `The job's OIDC token carries sub="${claims.sub}", aud="${aud}", environment="${claims.environment ?? '(none: the job is not bound to a GitHub environment)'}".`,
        `The role's trust policy must allow sts:AssumeRoleWithWebIdentity from the token.actions.githubusercontent.com provider with`,
        `  StringEquals token.actions.githubusercontent.com:aud = "${aud}" and token.actions.githubusercontent.com:sub = "${claims.sub}"`,
        `(the trust that "rolegate bootstrap" generates pins "repo:<owner>/<repo>:environment:ENV": bind the job with "environment: ENV").`
    ].join('\n');
}
/** After assuming the role: the credentials must belong to the environment's account. */
async function verifyAccount(credentials, region, expectedAccount, environment, command = 'deploy') {
    const sts = new _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_1__/* .STSClient */ .iM({ region, ...(credentials ? { credentials } : {}) });
    try {
        let identity;
        try {
            identity = await sts.send(new _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_1__/* .GetCallerIdentityCommand */ .zI({}));
        }
        catch (error) {
            throw credentialProblem(error, command);
        }
        if (identity.Account !== expectedAccount) {
            throw new _fs_project_files_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`refusing to ${command} ${environment}: the credentials belong to account ${identity.Account} (${identity.Arn}), but rolegate.yml says ${environment} is account ${expectedAccount}`);
        }
        return identity.Arn ?? '';
    }
    finally {
        sts.destroy();
    }
}
/** Missing or refused credentials are the user's to fix: say how, without a stack trace. */
function credentialProblem(error, command) {
    const failure = error;
    if (failure.name === 'CredentialsProviderError' || /credential/i.test(failure.message ?? '')) {
        return new _fs_project_files_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`no AWS credentials for ${command}: the CLI uses the standard chain (AWS_PROFILE, AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, SSO, ...); in the action, set deployRole in rolegate.yml or role-to-assume (${failure.message})`);
    }
    if ([
        'InvalidClientTokenId',
        'ExpiredToken',
        'ExpiredTokenException',
        'SignatureDoesNotMatch',
        'AccessDenied'
    ].includes(failure.name ?? '')) {
        return new _fs_project_files_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`AWS refused the credentials for ${command}: ${failure.name}: ${failure.message}`);
    }
    if (['ECONNREFUSED', 'ENOTFOUND', 'ETIMEDOUT'].includes(failure.code ?? '') ||
        failure.name === 'TimeoutError') {
        return new _fs_project_files_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`cannot reach AWS STS for ${command}: ${failure.message}; check the network or AWS_ENDPOINT_URL_STS`);
    }
    return error;
}


/***/ }),

/***/ 3957:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MISSING_ID_TOKEN_PERMISSION: () => (/* binding */ MISSING_ID_TOKEN_PERMISSION),
/* harmony export */   oidcCredentials: () => (/* binding */ oidcCredentials)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6257);
/* harmony import */ var _aws_credentials_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6963);
/* harmony import */ var _fs_project_files_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(440);
/* harmony import */ var _deploy_guard_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8256);
/**
 * The action's deploy credentials and the guards that must hold before any credential is used:
 * the job's OIDC token must describe this run and pass the deploy guard (event, ref, repository),
 * and a protected environment is deployed only by a job whose token says it is bound to that
 * GitHub environment (and so was approved by its reviewers).
 */




const MISSING_ID_TOKEN_PERMISSION = 'the job cannot request a GitHub OIDC token; add "permissions: id-token: write" (and "contents: read") to the deploy job in your workflow';
function oidcCredentials(options) {
    return async (environment, settings) => {
        const roleArn = options.roleToAssume || environment.deployRole;
        const tokenAvailable = Boolean(process.env.ACTIONS_ID_TOKEN_REQUEST_URL && process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN);
        const gated = environment.protected === true && options.requireApproval;
        const checkClaims = options.run !== undefined && tokenAvailable;
        if (!roleArn && !gated && !checkClaims) {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq('No deployRole configured: using the credentials already in the job (e.g. from aws-actions/configure-aws-credentials).');
            return undefined;
        }
        if (!tokenAvailable) {
            throw new _fs_project_files_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(gated
                ? `environment ${options.environmentName} is protected, and RoleGate proves the job is bound to it with the OIDC token; ${MISSING_ID_TOKEN_PERMISSION}`
                : MISSING_ID_TOKEN_PERMISSION);
        }
        let token;
        try {
            token = await _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getIDToken */ .V9(options.audience);
        }
        catch (error) {
            throw new _fs_project_files_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`GitHub refused the job's OIDC token (audience ${options.audience}): ${error instanceof Error ? error.message : String(error)}; check "permissions: id-token: write" on the job`);
        }
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(token);
        const claims = (0,_aws_credentials_js__WEBPACK_IMPORTED_MODULE_1__/* .decodeClaims */ .Yq)(token);
        if (options.run) {
            const refusal = (0,_deploy_guard_js__WEBPACK_IMPORTED_MODULE_3__/* .claimsRefusal */ .w3)(claims, options.run, settings);
            if (refusal)
                throw new _fs_project_files_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(refusal);
        }
        if (gated && !(0,_deploy_guard_js__WEBPACK_IMPORTED_MODULE_3__/* .sameEnvironment */ .iE)(claims.environment, options.environmentName)) {
            throw new _fs_project_files_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`refusing to deploy protected environment ${options.environmentName}: this job is ${claims.environment ? `bound to GitHub environment "${claims.environment}"` : 'not bound to any GitHub environment'}, so its reviewers did not approve it; add "environment: ${options.environmentName}" to the deploy job`);
        }
        if (!roleArn) {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(gated
                ? `Job is bound to ${options.environmentName}; no deployRole configured: using the credentials already in the job.`
                : 'No deployRole configured: using the credentials already in the job (e.g. from aws-actions/configure-aws-credentials).');
            return undefined;
        }
        return (0,_aws_credentials_js__WEBPACK_IMPORTED_MODULE_1__/* .assumeRoleWithWebIdentity */ .zr)({
            token,
            roleArn,
            sessionName: (0,_aws_credentials_js__WEBPACK_IMPORTED_MODULE_1__/* .sessionName */ .Cy)(process.env.GITHUB_REPOSITORY, process.env.GITHUB_RUN_ID),
            region: environment.region,
            mask: secret => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(secret)
        });
    };
}


/***/ })

};
