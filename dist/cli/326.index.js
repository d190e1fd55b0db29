const H=326,W=[326],U={6326:((B,$,l)=>{l.r($),l.d($,{CONFIG_FILE:()=>p,DEFAULT_REGION:()=>v,EXAMPLE_ROLE_FILE:()=>g,WORKFLOW_FILE:()=>b,checkInitOptions:()=>y,environmentNames:()=>u,parseEnvironmentArgument:()=>C,scaffold:()=>F});var h=l(7335),i=l(440),m=l(8773),k=l(156),I=l(9518);const x="rolegate",L="rolegate/rolegate",O="v1",v="us-east-1",p="rolegate.yml",g="iam/example-role.yml",b=".github/workflows/rolegate.yml",d="example-role";function C(e){const t=/^([^=]*)=(.*)$/.exec(e.trim());if(!t)throw new i.eb(`--env for init is NAME=ACCOUNT, e.g. --env dev=111111111111; got "${e}"`);return{name:t[1].trim(),account:t[2].trim()}}function y(e){const t=e.region??v,a=e.projectFromFolder?`the folder's name "${e.project}" (the default project; choose one with --project)`:`--project "${e.project}"`;if(!h.$A.test(e.project))throw new i.eb(`${a} cannot start IAM role names: use letters, digits and +=.@_- (start with a letter or digit)`);if(e.project.includes(","))throw new i.eb(`${a} has a comma, which IAM refuses in the tags rolegate init writes it into (Project, ${k.B}): use letters, digits and +=.@_-`);if(!h.aY.test(t))throw new i.eb(`--region "${t}" is not a region code; use one such as us-east-1`);if(e.environments.length===0)throw new i.eb("name at least one environment and its AWS account: --env dev=111111111111 (repeat --env for more, in deploy order)");for(const[o,{name:r,account:n}]of e.environments.entries()){if(!h.$Q.test(r))throw new i.eb(`--env "${r}=${n}": in the environment name, ${h.nx}`);if(!h.j5.test(n))throw new i.eb(`--env "${r}=${n}": the account must be an AWS account id, 12 digits`);for(const s of e.environments.slice(0,o))N(s.name,r);S(e.project,r,a)}return{project:e.project,environments:e.environments,region:t}}function u(e){return{job:e.replace(/\./g,"_"),planRoleVariable:`ROLEGATE_PLAN_ROLE_${e.toUpperCase().replace(/[^A-Z0-9]/g,"_")}`,githubEnvironment:e}}function N(e,t){if(e===t)throw new i.eb(`--env "${t}" is given twice; name each environment once`);const a=u(e),o=u(t),r=(s,c)=>s.toLowerCase()===c.toLowerCase(),n=[];if(r(a.job,o.job)&&n.push(`the job ids plan-${o.job} and deploy-${o.job}`),r(a.planRoleVariable,o.planRoleVariable)&&n.push(`the repository variable ${o.planRoleVariable}`),r(a.githubEnvironment,o.githubEnvironment)&&n.push(`the GitHub environment "${o.githubEnvironment}"`),n.length>0)throw new i.eb(`--env "${e}" and --env "${t}" would share ${n.slice(0,-1).join(", ")}${n.length>1?" and ":""}${n[n.length-1]} in the workflow (GitHub ignores case in these names; the job id turns "." into "_", the variable name "-" and "." too). Name the environments so that they differ in more than case, "-", "_" and "."`)}function G(e,t){return[{name:w(e,t),what:'the deployer role "rolegate bootstrap" creates',max:m.Ci},{name:`${e}-${t}-${d}`,what:"the example role",max:m.Ci},{name:j(e),what:"the permissions boundary policy",max:m.el}]}function S(e,t,a){for(const{name:o,what:r,max:n}of G(e,t))if(!(o.length<=n))throw new i.eb(`${a} and --env "${t}" make a name too long for IAM: ${r} would be "${o}", ${o.length} characters; IAM allows at most ${n}. Shorten the project or environment name by ${o.length-n} character${o.length-n===1?"":"s"}`)}function w(e,t){return`${e}-${t}-rolegate-deployer`}function j(e){return`${e}-rolegate-boundary`}function F(e){const t=y(e);return[{path:p,text:M(t)},{path:g,text:P()},{path:b,text:D(t)}]}function E(e,t){return`# yaml-language-server: $schema=${"../".repeat(e.split("/").length-1)}node_modules/${x}/schema/${t}.schema.json`}function M({project:e,environments:t,region:a}){const o=(0,I.iQ)({account:"000000000000",region:a}),r=[E(p,"rolegate"),'# RoleGate configuration, written by "rolegate init". Reference: the docs folder of the rolegate package',"# (definitions.md). Hover a key in an editor with the YAML language server for its meaning.","version: 1",`project: "${e}"`,'definitions: ["iam/**/*.yml", "iam/**/*.yaml"]',`naming: "{project}-{environment}-{name}" # physical role names, e.g. ${e}-${t[0].name}-${d}`,"defaults:",'  # "rolegate bootstrap" creates this boundary in each account; the deployer can only create',"  # roles that carry it.",`  permissionsBoundary: "arn:{partition}:iam::{account}:policy/${j("{project}")}"`,"  maxSessionDuration: 3600","  tags:",'    Project: "{project}"','    Environment: "{environment}"','# In deploy order. deployRole is the role "rolegate bootstrap" creates; protected: true makes',"# RoleGate deploy only from a job bound to the GitHub environment of the same name.","environments:"];for(const{name:n,account:s}of t)r.push(`  ${n}:`,`    account: "${s}"`,`    region: ${a}`,`    deployRole: "arn:${o}:iam::${s}:role/${w(e,n)}"`,"    protected: true");return r.join(`
`)+`
`}function P(){return`${E(g,"definition")}
# An example role, written by "rolegate init": edit it, or delete it and add your own files under iam/.
# Deployed as {project}-{environment}-${d} in every environment of rolegate.yml.
kind: Role
name: ${d}
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
`}function D({environments:e}){const t=`${L}@${O}`,a="['rolegate.yml', 'iam/**']",o=`# RoleGate, written by "rolegate init": a check on every pull request; on merge to the default
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
${e.map(({name:n})=>`#     ${u(n).planRoleVariable} for ${n}`).join(`
`)}
# - If the default branch is not main, change "branches" below.
# Adding an environment to rolegate.yml: copy its plan and deploy jobs below.
name: RoleGate

on:
  pull_request:
    paths: ${a}
  push:
    branches: [main]
    paths: ${a}
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
      - uses: ${t}
        with:
          command: check
`,r=e.map(({name:n},s)=>{const{job:c,planRoleVariable:T,githubEnvironment:A}=u(n),f=s===0?void 0:`deploy-${u(e[s-1].name).job}`,R="github.event_name != 'pull_request' && (github.event_name == 'schedule' || github.ref == format('refs/heads/{0}', github.event.repository.default_branch))",V=f?`\${{ !failure() && !cancelled() && ${R} }}`:`\${{ ${R} }}`;return`
  plan-${c}:
    name: Plan ${n}
${f?`    needs: ${f}
`:""}    if: ${V}
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
        uses: ${t}
        with:
          command: plan # the job summary is what the reviewer reads
          environment: "${n}"
          role-to-assume: \${{ vars.${T} }}

  deploy-${c}:
    name: Deploy ${n}
    needs: plan-${c}
    if: needs.plan-${c}.outputs.changed == 'true' # nothing to approve when nothing changes
    runs-on: ubuntu-latest
    environment: "${A}" # required reviewers approve it
    concurrency:
      group: rolegate-deploy-${A}
      cancel-in-progress: false # never interrupt a deploy half way
    permissions:
      contents: read
      id-token: write # the OIDC token exchanged for the deployer role
    steps:
      - uses: actions/checkout@v5
      - uses: ${t}
        with:
          command: deploy
          environment: "${n}"
          plan-digest: \${{ needs.plan-${c}.outputs.digest }} # only the reviewed plan is applied
`});return o+r.join("")}})};export{H as id,W as ids,U as modules};
