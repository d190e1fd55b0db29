export const id = 435;
export const ids = [435];
export const modules = {

/***/ 9816:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runBootstrap: () => (/* binding */ runBootstrap)
/* harmony export */ });
/* unused harmony export bootstrapTemplate */
/* harmony import */ var js_yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3243);
/* harmony import */ var _fs_load_project_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8435);
/* harmony import */ var _fs_project_files_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(440);
/* harmony import */ var _definitions_schema_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7335);
/* harmony import */ var _render_render_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9518);
/* harmony import */ var _render_variables_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(541);
/* harmony import */ var _render_bootstrap_boundary_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7557);
/* harmony import */ var _analyze_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8914);









function bootstrapTemplate(config, environment, options) {
    const env = config.environments[environment];
    if (!env)
        throw new _fs_project_files_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`environment "${environment}" is not defined in rolegate.yml`);
    if (!/^[\w.-]+\/[\w.-]+$/.test(options.repository)) {
        throw new _fs_project_files_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`repository must be <owner>/<repo> (got "${options.repository}"); pass --repository or set GITHUB_REPOSITORY`);
    }
    const variables = (0,_render_render_js__WEBPACK_IMPORTED_MODULE_4__/* .environmentVariables */ .ro)(config, environment);
    const partition = variables.partition;
    const account = env.account;
    const prefix = (0,_render_render_js__WEBPACK_IMPORTED_MODULE_4__/* .namePrefix */ .w8)({ config, variables });
    if (!prefix) {
        throw new _fs_project_files_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`the naming template "${config.naming ?? _definitions_schema_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_NAMING */ .pF}" has no prefix before {name}, so the deployer cannot be limited to this project's names`);
    }
    const path = config.defaults?.path ?? config.path ?? '/';
    const deployRoleArn = (0,_render_bootstrap_boundary_js__WEBPACK_IMPORTED_MODULE_6__/* .bootstrapDeployRoleArn */ .pm)(config, environment);
    const deployRoleName = deployRoleArn.split('/').pop();
    const boundary = config.defaults?.permissionsBoundary
        ? (0,_render_variables_js__WEBPACK_IMPORTED_MODULE_5__/* .substituteString */ .gf)(config.defaults.permissionsBoundary, variables, () => { })
        : undefined;
    // The boundary this template creates (one in the environment's own account), as the evaluator reads it.
    const createdBoundary = (0,_render_bootstrap_boundary_js__WEBPACK_IMPORTED_MODULE_6__/* .bootstrapBoundary */ .hp)(config, environment);
    const boundaryInAccount = createdBoundary?.arn;
    const providerArn = `arn:${partition}:iam::${account}:oidc-provider/${_render_bootstrap_boundary_js__WEBPACK_IMPORTED_MODULE_6__/* .GITHUB_OIDC_HOST */ .R8}`;
    const roles = `arn:${partition}:iam::${account}:role${path}${prefix}*`;
    const policies = `arn:${partition}:iam::${account}:policy${path}${prefix}*`;
    const profiles = `arn:${partition}:iam::${account}:instance-profile${path}${prefix}*`;
    const withBoundary = boundary
        ? { Condition: { StringEquals: { 'iam:PermissionsBoundary': boundary } } }
        : {};
    const statements = [
        {
            Sid: 'ReadIam',
            Effect: 'Allow',
            Action: [
                'iam:GetAccountAuthorizationDetails',
                'iam:GetAccountSummary',
                'iam:ListRoles',
                'iam:ListPolicies',
                'iam:ListPolicyTags',
                'iam:ListRoleTags',
                'iam:GetRole',
                'iam:GetPolicy',
                'iam:GetPolicyVersion',
                'iam:ListPolicyVersions',
                'iam:ListInstanceProfilesForRole',
                'iam:GetInstanceProfile'
            ],
            Resource: '*'
        },
        {
            Sid: 'ManageProjectRolesWithinBoundary',
            Effect: 'Allow',
            Action: [
                'iam:CreateRole',
                'iam:PutRolePermissionsBoundary',
                'iam:PutRolePolicy',
                'iam:DeleteRolePolicy',
                'iam:AttachRolePolicy',
                'iam:DetachRolePolicy'
            ],
            Resource: roles,
            ...withBoundary
        },
        {
            Sid: 'UpdateProjectRoles',
            Effect: 'Allow',
            Action: [
                'iam:UpdateRole',
                'iam:UpdateRoleDescription',
                'iam:UpdateAssumeRolePolicy',
                'iam:TagRole',
                'iam:UntagRole',
                'iam:DeleteRole'
            ],
            Resource: roles
        },
        {
            Sid: 'ManageProjectPolicies',
            Effect: 'Allow',
            Action: [
                'iam:CreatePolicy',
                'iam:CreatePolicyVersion',
                'iam:DeletePolicyVersion',
                'iam:SetDefaultPolicyVersion',
                'iam:DeletePolicy',
                'iam:TagPolicy',
                'iam:UntagPolicy'
            ],
            Resource: policies
        },
        {
            Sid: 'ManageProjectInstanceProfiles',
            Effect: 'Allow',
            Action: [
                'iam:CreateInstanceProfile',
                'iam:DeleteInstanceProfile',
                'iam:AddRoleToInstanceProfile',
                'iam:RemoveRoleFromInstanceProfile',
                'iam:TagInstanceProfile'
            ],
            Resource: profiles
        },
        {
            Sid: 'NeverItself',
            Effect: 'Deny',
            Action: 'iam:*',
            Resource: [deployRoleArn, ...(boundaryInAccount ? [boundaryInAccount] : [])]
        },
        ...(boundary
            ? [
                {
                    Sid: 'NeverDropTheBoundary',
                    Effect: 'Deny',
                    Action: 'iam:DeleteRolePermissionsBoundary',
                    Resource: '*'
                }
            ]
            : [])
    ];
    const resources = {
        GitHubOidcProvider: {
            Type: 'AWS::IAM::OIDCProvider',
            Condition: 'CreateOidcProvider',
            Properties: { Url: `https://${_render_bootstrap_boundary_js__WEBPACK_IMPORTED_MODULE_6__/* .GITHUB_OIDC_HOST */ .R8}`, ClientIdList: ['sts.amazonaws.com'] }
        },
        DeployerRole: {
            Type: 'AWS::IAM::Role',
            Properties: {
                RoleName: deployRoleName,
                Description: `RoleGate deployer for ${options.repository} (${environment})`,
                MaxSessionDuration: 3600,
                AssumeRolePolicyDocument: {
                    Version: '2012-10-17',
                    Statement: [
                        {
                            Effect: 'Allow',
                            Principal: { Federated: providerArn },
                            Action: 'sts:AssumeRoleWithWebIdentity',
                            Condition: {
                                StringEquals: {
                                    [`${_render_bootstrap_boundary_js__WEBPACK_IMPORTED_MODULE_6__/* .GITHUB_OIDC_HOST */ .R8}:aud`]: 'sts.amazonaws.com',
                                    [`${_render_bootstrap_boundary_js__WEBPACK_IMPORTED_MODULE_6__/* .GITHUB_OIDC_HOST */ .R8}:sub`]: `repo:${options.repository}:environment:${environment}`
                                }
                            }
                        }
                    ]
                },
                Policies: [
                    { PolicyName: 'rolegate-deploy', PolicyDocument: { Version: '2012-10-17', Statement: statements } }
                ],
                Tags: [{ Key: 'rolegate:managed-by', Value: `bootstrap:${options.repository}` }]
            }
        }
    };
    if (createdBoundary) {
        resources.PermissionsBoundary = {
            Type: 'AWS::IAM::ManagedPolicy',
            Properties: {
                ManagedPolicyName: createdBoundary.arn.split('/').pop(),
                Description: `Upper bound on what roles deployed by RoleGate for ${config.project} can do`,
                PolicyDocument: createdBoundary.document
            }
        };
    }
    return {
        AWSTemplateFormatVersion: '2010-09-09',
        Description: `RoleGate bootstrap for ${config.project} / ${environment} (account ${account}); generated by "rolegate bootstrap"`,
        Parameters: {
            CreateOidcProvider: {
                Type: 'String',
                AllowedValues: ['true', 'false'],
                Default: 'true',
                Description: 'false when the account already has the token.actions.githubusercontent.com provider'
            }
        },
        Conditions: { CreateOidcProvider: { 'Fn::Equals': [{ Ref: 'CreateOidcProvider' }, 'true'] } },
        Resources: resources,
        Outputs: {
            DeployerRoleArn: {
                Value: deployRoleArn,
                Description: `deployRole for environments.${environment} in rolegate.yml`
            }
        }
    };
}
/**
 * Loads the config and renders one bootstrap template per environment (only `environment` when
 * given): each is a complete CloudFormation template on its own, never a multi-document stream.
 */
async function runBootstrap(options) {
    const project = await (0,_fs_load_project_js__WEBPACK_IMPORTED_MODULE_1__/* .loadProject */ .g)((0,_fs_project_files_js__WEBPACK_IMPORTED_MODULE_2__/* .diskTree */ .cF)(options.workspace), (0,_fs_project_files_js__WEBPACK_IMPORTED_MODULE_2__/* .workspacePath */ .X5)(options.configPath, options.workspace), { requireConfig: true });
    if (!project.config)
        throw new _fs_project_files_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${project.configFile} is invalid; run "rolegate validate" and fix it first`);
    const config = project.config;
    const known = Object.keys(config.environments);
    if (options.environment !== undefined && !Object.hasOwn(config.environments, options.environment))
        throw new _fs_project_files_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`environment "${options.environment}" is not in ${project.configFile}; its environments: ${known.join(', ')}`);
    const repository = options.repository ??
        process.env.GITHUB_REPOSITORY ??
        config.managedBy ??
        (0,_analyze_js__WEBPACK_IMPORTED_MODULE_7__.repositoryFromGitRemote)(options.workspace);
    if (!repository)
        throw new _fs_project_files_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb('bootstrap needs the GitHub repository whose jobs may deploy: pass --repository <owner>/<repo>, set managedBy in rolegate.yml, or run it in a clone whose origin remote is on GitHub');
    const names = options.environment !== undefined ? [options.environment] : known;
    return names.map(name => {
        const template = bootstrapTemplate(config, name, { repository });
        const fileName = `bootstrap-${name}.yml`;
        return {
            environment: name,
            template,
            fileName,
            yaml: `# rolegate bootstrap: ${name} (account ${config.environments[name].account})\n# aws cloudformation deploy --template-file ${fileName} --stack-name ${config.project}-rolegate-${name} --capabilities CAPABILITY_NAMED_IAM\n${(0,js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .dump */ .Bh)(template, { lineWidth: -1, noRefs: true, quotingType: '"' })}`
        };
    });
}


/***/ })

};
