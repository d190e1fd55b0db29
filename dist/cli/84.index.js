const B=84,H=[84],W={6326:((P,y,m)=>{m.r(y),m.d(y,{CONFIG_FILE:()=>O,DEFAULT_REGION:()=>A,EXAMPLE_ROLE_FILE:()=>R,WORKFLOW_FILE:()=>I,checkInitOptions:()=>t,environmentNames:()=>i,parseEnvironmentArgument:()=>n,scaffold:()=>G});var f=m(7335),c=m(7206),$=m(8773),d=m(156),p=m(9518);const b="rolegate",E="rolegate/rolegate",k="v1",A="us-east-1",O="rolegate.yml",R="iam/example-role.yml",I=".github/workflows/rolegate.yml",j="example-role";function n(e){const o=/^([^=]*)=(.*)$/.exec(e.trim());if(!o)throw new c.eb(`--env for init is NAME=ACCOUNT, e.g. --env dev=111111111111; got "${e}"`);return{name:o[1].trim(),account:o[2].trim()}}function t(e){const o=e.region??A,l=e.projectFromFolder?`the folder's name "${e.project}" (the default project; choose one with --project)`:`--project "${e.project}"`;if(!f.$A.test(e.project))throw new c.eb(`${l} cannot start IAM role names: use letters, digits and +=.@_- (start with a letter or digit)`);if(e.project.includes(","))throw new c.eb(`${l} has a comma, which IAM refuses in the tags rolegate init writes it into (Project, ${d.B}): use letters, digits and +=.@_-`);if(!f.aY.test(o))throw new c.eb(`--region "${o}" is not a region code; use one such as us-east-1`);if(e.environments.length===0)throw new c.eb("name at least one environment and its AWS account: --env dev=111111111111 (repeat --env for more, in deploy order)");for(const[s,{name:u,account:r}]of e.environments.entries()){if(!f.$Q.test(u))throw new c.eb(`--env "${u}=${r}": in the environment name, ${f.nx}`);if(!f.j5.test(r))throw new c.eb(`--env "${u}=${r}": the account must be an AWS account id, 12 digits`);for(const g of e.environments.slice(0,s))a(g.name,u);x(e.project,u,l)}return{project:e.project,environments:e.environments,region:o}}function i(e){return{job:e.replace(/\./g,"_"),planRoleVariable:`ROLEGATE_PLAN_ROLE_${e.toUpperCase().replace(/[^A-Z0-9]/g,"_")}`,githubEnvironment:e}}function a(e,o){if(e===o)throw new c.eb(`--env "${o}" is given twice; name each environment once`);const l=i(e),s=i(o),u=(g,w)=>g.toLowerCase()===w.toLowerCase(),r=[];if(u(l.job,s.job)&&r.push(`the job ids plan-${s.job} and deploy-${s.job}`),u(l.planRoleVariable,s.planRoleVariable)&&r.push(`the repository variable ${s.planRoleVariable}`),u(l.githubEnvironment,s.githubEnvironment)&&r.push(`the GitHub environment "${s.githubEnvironment}"`),r.length>0)throw new c.eb(`--env "${e}" and --env "${o}" would share ${r.slice(0,-1).join(", ")}${r.length>1?" and ":""}${r[r.length-1]} in the workflow (GitHub ignores case in these names; the job id turns "." into "_", the variable name "-" and "." too). Name the environments so that they differ in more than case, "-", "_" and "."`)}function h(e,o){return[{name:v(e,o),what:'the deployer role "rolegate bootstrap" creates',max:$.Ci},{name:`${e}-${o}-${j}`,what:"the example role",max:$.Ci},{name:C(e),what:"the permissions boundary policy",max:$.el}]}function x(e,o,l){for(const{name:s,what:u,max:r}of h(e,o))if(!(s.length<=r))throw new c.eb(`${l} and --env "${o}" make a name too long for IAM: ${u} would be "${s}", ${s.length} characters; IAM allows at most ${r}. Shorten the project or environment name by ${s.length-r} character${s.length-r===1?"":"s"}`)}function v(e,o){return`${e}-${o}-rolegate-deployer`}function C(e){return`${e}-rolegate-boundary`}function G(e){const o=t(e);return[{path:O,text:_(o)},{path:R,text:M()},{path:I,text:T(o)}]}function F(e,o){return`# yaml-language-server: $schema=${"../".repeat(e.split("/").length-1)}node_modules/${b}/schema/${o}.schema.json`}function _({project:e,environments:o,region:l}){const s=(0,p.iQ)({account:"000000000000",region:l}),u=[F(O,"rolegate"),'# RoleGate configuration, written by "rolegate init". Reference: the docs folder of the rolegate package',"# (definitions.md). Hover a key in an editor with the YAML language server for its meaning.","version: 1",`project: "${e}"`,'definitions: ["iam/**/*.yml", "iam/**/*.yaml"]',`naming: "{project}-{environment}-{name}" # physical role names, e.g. ${e}-${o[0].name}-${j}`,"defaults:",'  # "rolegate bootstrap" creates this boundary in each account; the deployer can only create',"  # roles that carry it.",`  permissionsBoundary: "arn:{partition}:iam::{account}:policy/${C("{project}")}"`,"  maxSessionDuration: 3600","  tags:",'    Project: "{project}"','    Environment: "{environment}"','# In deploy order. deployRole is the role "rolegate bootstrap" creates; protected: true makes',"# RoleGate deploy only from a job bound to the GitHub environment of the same name.","environments:"];for(const{name:r,account:g}of o)u.push(`  ${r}:`,`    account: "${g}"`,`    region: ${l}`,`    deployRole: "arn:${s}:iam::${g}:role/${v(e,r)}"`,"    protected: true");return u.join(`
`)+`
`}function M(){return`${F(R,"definition")}
# An example role, written by "rolegate init": edit it, or delete it and add your own files under iam/.
# Deployed as {project}-{environment}-${j} in every environment of rolegate.yml.
kind: Role
name: ${j}
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
`}function T({environments:e}){const o=`${E}@${k}`,l="['rolegate.yml', 'iam/**']",s=`# RoleGate, written by "rolegate init": a check on every pull request; on merge to the default
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
${e.map(({name:r})=>`#     ${i(r).planRoleVariable} for ${r}`).join(`
`)}
# - If the default branch is not main, change "branches" below.
# Adding an environment to rolegate.yml: copy its plan and deploy jobs below.
name: RoleGate

on:
  pull_request:
    paths: ${l}
  push:
    branches: [main]
    paths: ${l}
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
      - uses: ${o}
        with:
          command: check
`,u=e.map(({name:r},g)=>{const{job:w,planRoleVariable:D,githubEnvironment:N}=i(r),L=g===0?void 0:`deploy-${i(e[g-1].name).job}`,S="github.event_name != 'pull_request' && (github.event_name == 'schedule' || github.ref == format('refs/heads/{0}', github.event.repository.default_branch))",V=L?`\${{ !failure() && !cancelled() && ${S} }}`:`\${{ ${S} }}`;return`
  plan-${w}:
    name: Plan ${r}
${L?`    needs: ${L}
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
        uses: ${o}
        with:
          command: plan # the job summary is what the reviewer reads
          environment: "${r}"
          role-to-assume: \${{ vars.${D} }}

  deploy-${w}:
    name: Deploy ${r}
    needs: plan-${w}
    if: needs.plan-${w}.outputs.changed == 'true' # nothing to approve when nothing changes
    runs-on: ubuntu-latest
    environment: "${N}" # required reviewers approve it
    concurrency:
      group: rolegate-deploy-${N}
      cancel-in-progress: false # never interrupt a deploy half way
    permissions:
      contents: read
      id-token: write # the OIDC token exchanged for the deployer role
    steps:
      - uses: actions/checkout@v5
      - uses: ${o}
        with:
          command: deploy
          environment: "${r}"
          plan-digest: \${{ needs.plan-${w}.outputs.digest }} # only the reviewed plan is applied
`});return s+u.join("")}}),5180:((P,y,m)=>{m.d(y,{Ki:()=>j,Kk:()=>d,ZB:()=>R,df:()=>b,ne:()=>O,sQ:()=>p,t$:()=>I});const f=Symbol("source positions");function c(n){return n[f]}function $(n){let t=c(n);return t||(t={},Object.defineProperty(n,f,{value:t})),t}function d(n,t,i){const a=$(n);(a.members??=new Map).set(t,i)}function p(n,t){$(n).own=t}function b(n,t){if(!(n===null||typeof n!="object")){if(t!==void 0){const i=E(n,t);if(i)return i}return k(n)}}function E(n,t){for(let i=c(n);i;i=A(i)){const a=i.members?.get(t);if(a)return a}}function k(n){for(let t=c(n);t;t=A(t))if(t.own)return t.own}function A(n){return n.copiedFrom&&c(n.copiedFrom)}function O(n,t){n!==t&&($(t).copiedFrom=n)}function R(n,t,i,a){const h=E(n,t);h&&d(i,a,h)}function I(n,t){let i=b(n),a=n;for(const h of t){if(a===null||typeof a!="object")break;i=b(a,h)??i,a=a[h]}return i}function j(n){const t=[],i=a=>{if(a===null||typeof a!="object")return;const h=k(a);t.push(h?`${h.file}:${h.line}:${h.column}`:"");for(const x of Array.isArray(a)?a.keys():Object.keys(a)){const v=E(a,x);t.push(v?`${v.file}:${v.line}:${v.column}`:""),i(a[x])}};return i(n),t.join(" ")}}),8996:((P,y,m)=>{m.d(y,{$3:()=>c,P5:()=>$,ZV:()=>f});function f(d,p){return d!=null&&Object.hasOwn(d,p)?d[p]:void 0}function c(d,p){return d!=null&&Object.hasOwn(d,p)}function $(d,p,b){p==="__proto__"?Object.defineProperty(d,p,{value:b,enumerable:!0,writable:!0,configurable:!0}):d[p]=b}})};export{B as id,H as ids,W as modules};
