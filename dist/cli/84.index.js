const C=84,S=[84],F={6326:((I,w,d)=>{d.r(w),d.d(w,{CONFIG_FILE:()=>y,DEFAULT_REGION:()=>$,EXAMPLE_ROLE_FILE:()=>b,WORKFLOW_FILE:()=>E,checkInitOptions:()=>t,parseEnvironmentArgument:()=>O,scaffold:()=>n});var u=d(7335),c=d(440),g=d(9518);const s="rolegate",l="rolegate/rolegate",m="v1",$="us-east-1",y="rolegate.yml",b="iam/example-role.yml",E=".github/workflows/rolegate.yml";function O(e){const r=/^([^=]*)=(.*)$/.exec(e.trim());if(!r)throw new c.eb(`--env for init is NAME=ACCOUNT, e.g. --env dev=111111111111; got "${e}"`);return{name:r[1].trim(),account:r[2].trim()}}function t(e){const r=e.region??$;if(!u.$A.test(e.project))throw new c.eb(`--project "${e.project}" cannot start IAM role names: use letters, digits and +=,.@_- (start with a letter or digit)`);if(!u.aY.test(r))throw new c.eb(`--region "${r}" is not a region code; use one such as us-east-1`);if(e.environments.length===0)throw new c.eb("name at least one environment and its AWS account: --env dev=111111111111 (repeat --env for more, in deploy order)");const p=new Set;for(const{name:f,account:h}of e.environments){if(!u.$Q.test(f))throw new c.eb(`--env "${f}=${h}": in the environment name, ${u.nx}`);if(!u.j5.test(h))throw new c.eb(`--env "${f}=${h}": the account must be an AWS account id, 12 digits`);const a=k(f);if(p.has(a))throw new c.eb(`--env "${f}" is given twice (or differs from another only in "." and "_"); name each environment once`);p.add(a)}return{project:e.project,environments:e.environments,region:r}}function n(e){const r=t(e);return[{path:y,text:i(r)},{path:b,text:v()},{path:E,text:L(r)}]}function o(e,r){return`# yaml-language-server: $schema=${"../".repeat(e.split("/").length-1)}node_modules/${s}/schema/${r}.schema.json`}function i({project:e,environments:r,region:p}){const f=(0,g.iQ)({account:"000000000000",region:p}),h=[o(y,"rolegate"),'# RoleGate configuration, written by "rolegate init". Reference: the docs folder of the rolegate package',"# (definitions.md). Hover a key in an editor with the YAML language server for its meaning.","version: 1",`project: "${e}"`,'definitions: ["iam/**/*.yml", "iam/**/*.yaml"]',`naming: "{project}-{environment}-{name}" # physical role names, e.g. ${e}-${r[0].name}-example-role`,"defaults:",'  # "rolegate bootstrap" creates this boundary in each account; the deployer can only create',"  # roles that carry it.",'  permissionsBoundary: "arn:{partition}:iam::{account}:policy/{project}-rolegate-boundary"',"  maxSessionDuration: 3600","  tags:",'    Project: "{project}"','    Environment: "{environment}"','# In deploy order. deployRole is the role "rolegate bootstrap" creates; protected: true makes',"# RoleGate deploy only from a job bound to the GitHub environment of the same name.","environments:"];for(const{name:a,account:j}of r)h.push(`  ${a}:`,`    account: "${j}"`,`    region: ${p}`,`    deployRole: "arn:${f}:iam::${j}:role/${e}-${a}-rolegate-deployer"`,"    protected: true");return h.join(`
`)+`
`}function v(){return`${o(b,"definition")}
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
`}function k(e){return e.replace(/\./g,"_")}function x(e){return`ROLEGATE_PLAN_ROLE_${e.toUpperCase().replace(/[^A-Z0-9]/g,"_")}`}function L({environments:e}){const r=`${l}@${m}`,p="['rolegate.yml', 'iam/**']",f=`# RoleGate, written by "rolegate init": a check on every pull request; on merge to the default
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
${e.map(({name:a})=>`#     ${x(a)} for ${a}`).join(`
`)}
# - If the default branch is not main, change "branches" below.
# Adding an environment to rolegate.yml: copy its plan and deploy jobs below.
name: RoleGate

on:
  pull_request:
    paths: ${p}
  push:
    branches: [main]
    paths: ${p}
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
      - uses: ${r}
        with:
          command: check
`,h=e.map(({name:a},j)=>{const A=k(a),R=j===0?void 0:`deploy-${k(e[j-1].name)}`,_="github.event_name != 'pull_request' && (github.event_name == 'schedule' || github.ref == format('refs/heads/{0}', github.event.repository.default_branch))",P=R?`\${{ !failure() && !cancelled() && ${_} }}`:`\${{ ${_} }}`;return`
  plan-${A}:
    name: Plan ${a}
${R?`    needs: ${R}
`:""}    if: ${P}
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
        uses: ${r}
        with:
          command: plan # the job summary is what the reviewer reads
          environment: "${a}"
          role-to-assume: \${{ vars.${x(a)} }}

  deploy-${A}:
    name: Deploy ${a}
    needs: plan-${A}
    if: needs.plan-${A}.outputs.changed == 'true' # nothing to approve when nothing changes
    runs-on: ubuntu-latest
    environment: "${a}" # required reviewers approve it
    concurrency:
      group: rolegate-deploy-${a}
      cancel-in-progress: false # never interrupt a deploy half way
    permissions:
      contents: read
      id-token: write # the OIDC token exchanged for the deployer role
    steps:
      - uses: actions/checkout@v5
      - uses: ${r}
        with:
          command: deploy
          environment: "${a}"
          plan-digest: \${{ needs.plan-${A}.outputs.digest }} # only the reviewed plan is applied
`});return f+h.join("")}}),5180:((I,w,d)=>{d.d(w,{Kk:()=>s,ZB:()=>E,df:()=>m,ne:()=>b,sQ:()=>l,t$:()=>O});const u=new WeakMap,c=new WeakMap,g=new WeakMap;function s(t,n,o){let i=u.get(t);i||(i=new Map,u.set(t,i)),i.set(n,o)}function l(t,n){c.set(t,n)}function m(t,n){if(!(t===null||typeof t!="object")){if(n!==void 0){const o=$(t,n);if(o)return o}return y(t)}}function $(t,n){for(let o=t;o;o=g.get(o)){const i=u.get(o)?.get(n);if(i)return i}}function y(t){for(let n=t;n;n=g.get(n)){const o=c.get(n);if(o)return o}}function b(t,n){t!==n&&g.set(n,t)}function E(t,n,o,i){const v=$(t,n);v&&s(o,i,v)}function O(t,n){let o=m(t),i=t;for(const v of n){if(i===null||typeof i!="object")break;o=m(i,v)??o,i=i[v]}return o}}),8996:((I,w,d)=>{d.d(w,{$3:()=>c,P5:()=>g,ZV:()=>u});function u(s,l){return s!=null&&Object.hasOwn(s,l)?s[l]:void 0}function c(s,l){return s!=null&&Object.hasOwn(s,l)}function g(s,l,m){l==="__proto__"?Object.defineProperty(s,l,{value:m,enumerable:!0,writable:!0,configurable:!0}):s[l]=m}})};export{C as id,S as ids,F as modules};
