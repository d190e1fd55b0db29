const V=84,W=[84],B={6326:((L,y,f)=>{f.r(y),f.d(y,{CONFIG_FILE:()=>k,DEFAULT_REGION:()=>A,EXAMPLE_ROLE_FILE:()=>O,WORKFLOW_FILE:()=>R,checkInitOptions:()=>r,environmentNames:()=>o,parseEnvironmentArgument:()=>i,scaffold:()=>F});var m=f(7335),u=f(440),g=f(8773),d=f(9518);const p="rolegate",b="rolegate/rolegate",E="v1",A="us-east-1",k="rolegate.yml",O="iam/example-role.yml",R=".github/workflows/rolegate.yml",j="example-role";function i(e){const t=/^([^=]*)=(.*)$/.exec(e.trim());if(!t)throw new u.eb(`--env for init is NAME=ACCOUNT, e.g. --env dev=111111111111; got "${e}"`);return{name:t[1].trim(),account:t[2].trim()}}function r(e){const t=e.region??A,l=e.projectFromFolder?`the folder's name "${e.project}" (the default project; choose one with --project)`:`--project "${e.project}"`;if(!m.$A.test(e.project))throw new u.eb(`${l} cannot start IAM role names: use letters, digits and +=,.@_- (start with a letter or digit)`);if(!m.aY.test(t))throw new u.eb(`--region "${t}" is not a region code; use one such as us-east-1`);if(e.environments.length===0)throw new u.eb("name at least one environment and its AWS account: --env dev=111111111111 (repeat --env for more, in deploy order)");for(const[s,{name:c,account:n}]of e.environments.entries()){if(!m.$Q.test(c))throw new u.eb(`--env "${c}=${n}": in the environment name, ${m.nx}`);if(!m.j5.test(n))throw new u.eb(`--env "${c}=${n}": the account must be an AWS account id, 12 digits`);for(const $ of e.environments.slice(0,s))a($.name,c);x(e.project,c,l)}return{project:e.project,environments:e.environments,region:t}}function o(e){return{job:e.replace(/\./g,"_"),planRoleVariable:`ROLEGATE_PLAN_ROLE_${e.toUpperCase().replace(/[^A-Z0-9]/g,"_")}`,githubEnvironment:e}}function a(e,t){if(e===t)throw new u.eb(`--env "${t}" is given twice; name each environment once`);const l=o(e),s=o(t),c=($,w)=>$.toLowerCase()===w.toLowerCase(),n=[];if(c(l.job,s.job)&&n.push(`the job ids plan-${s.job} and deploy-${s.job}`),c(l.planRoleVariable,s.planRoleVariable)&&n.push(`the repository variable ${s.planRoleVariable}`),c(l.githubEnvironment,s.githubEnvironment)&&n.push(`the GitHub environment "${s.githubEnvironment}"`),n.length>0)throw new u.eb(`--env "${e}" and --env "${t}" would share ${n.slice(0,-1).join(", ")}${n.length>1?" and ":""}${n[n.length-1]} in the workflow (GitHub ignores case in these names; the job id turns "." into "_", the variable name "-" and "." too). Name the environments so that they differ in more than case, "-", "_" and "."`)}function h(e,t){return[{name:v(e,t),what:'the deployer role "rolegate bootstrap" creates',max:g.Ci},{name:`${e}-${t}-${j}`,what:"the example role",max:g.Ci},{name:C(e),what:"the permissions boundary policy",max:g.el}]}function x(e,t,l){for(const{name:s,what:c,max:n}of h(e,t))if(!(s.length<=n))throw new u.eb(`${l} and --env "${t}" make a name too long for IAM: ${c} would be "${s}", ${s.length} characters; IAM allows at most ${n}. Shorten the project or environment name by ${s.length-n} character${s.length-n===1?"":"s"}`)}function v(e,t){return`${e}-${t}-rolegate-deployer`}function C(e){return`${e}-rolegate-boundary`}function F(e){const t=r(e);return[{path:k,text:G(t)},{path:O,text:S()},{path:R,text:M(t)}]}function P(e,t){return`# yaml-language-server: $schema=${"../".repeat(e.split("/").length-1)}node_modules/${p}/schema/${t}.schema.json`}function G({project:e,environments:t,region:l}){const s=(0,d.iQ)({account:"000000000000",region:l}),c=[P(k,"rolegate"),'# RoleGate configuration, written by "rolegate init". Reference: the docs folder of the rolegate package',"# (definitions.md). Hover a key in an editor with the YAML language server for its meaning.","version: 1",`project: "${e}"`,'definitions: ["iam/**/*.yml", "iam/**/*.yaml"]',`naming: "{project}-{environment}-{name}" # physical role names, e.g. ${e}-${t[0].name}-${j}`,"defaults:",'  # "rolegate bootstrap" creates this boundary in each account; the deployer can only create',"  # roles that carry it.",`  permissionsBoundary: "arn:{partition}:iam::{account}:policy/${C("{project}")}"`,"  maxSessionDuration: 3600","  tags:",'    Project: "{project}"','    Environment: "{environment}"','# In deploy order. deployRole is the role "rolegate bootstrap" creates; protected: true makes',"# RoleGate deploy only from a job bound to the GitHub environment of the same name.","environments:"];for(const{name:n,account:$}of t)c.push(`  ${n}:`,`    account: "${$}"`,`    region: ${l}`,`    deployRole: "arn:${s}:iam::${$}:role/${v(e,n)}"`,"    protected: true");return c.join(`
`)+`
`}function S(){return`${P(O,"definition")}
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
`}function M({environments:e}){const t=`${b}@${E}`,l="['rolegate.yml', 'iam/**']",s=`# RoleGate, written by "rolegate init": a check on every pull request; on merge to the default
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
${e.map(({name:n})=>`#     ${o(n).planRoleVariable} for ${n}`).join(`
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
      - uses: ${t}
        with:
          command: check
`,c=e.map(({name:n},$)=>{const{job:w,planRoleVariable:T,githubEnvironment:_}=o(n),I=$===0?void 0:`deploy-${o(e[$-1].name).job}`,N="github.event_name != 'pull_request' && (github.event_name == 'schedule' || github.ref == format('refs/heads/{0}', github.event.repository.default_branch))",D=I?`\${{ !failure() && !cancelled() && ${N} }}`:`\${{ ${N} }}`;return`
  plan-${w}:
    name: Plan ${n}
${I?`    needs: ${I}
`:""}    if: ${D}
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

  deploy-${w}:
    name: Deploy ${n}
    needs: plan-${w}
    if: needs.plan-${w}.outputs.changed == 'true' # nothing to approve when nothing changes
    runs-on: ubuntu-latest
    environment: "${_}" # required reviewers approve it
    concurrency:
      group: rolegate-deploy-${_}
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
          plan-digest: \${{ needs.plan-${w}.outputs.digest }} # only the reviewed plan is applied
`});return s+c.join("")}}),5180:((L,y,f)=>{f.d(y,{Ki:()=>j,Kk:()=>d,ZB:()=>O,df:()=>b,ne:()=>k,sQ:()=>p,t$:()=>R});const m=new WeakMap,u=new WeakMap,g=new WeakMap;function d(i,r,o){let a=m.get(i);a||(a=new Map,m.set(i,a)),a.set(r,o)}function p(i,r){u.set(i,r)}function b(i,r){if(!(i===null||typeof i!="object")){if(r!==void 0){const o=E(i,r);if(o)return o}return A(i)}}function E(i,r){for(let o=i;o;o=g.get(o)){const a=m.get(o)?.get(r);if(a)return a}}function A(i){for(let r=i;r;r=g.get(r)){const o=u.get(r);if(o)return o}}function k(i,r){i!==r&&g.set(r,i)}function O(i,r,o,a){const h=E(i,r);h&&d(o,a,h)}function R(i,r){let o=b(i),a=i;for(const h of r){if(a===null||typeof a!="object")break;o=b(a,h)??o,a=a[h]}return o}function j(i){const r=[],o=a=>{if(a===null||typeof a!="object")return;const h=A(a);r.push(h?`${h.file}:${h.line}:${h.column}`:"");for(const x of Array.isArray(a)?a.keys():Object.keys(a)){const v=E(a,x);r.push(v?`${v.file}:${v.line}:${v.column}`:""),o(a[x])}};return o(i),r.join(" ")}}),8996:((L,y,f)=>{f.d(y,{$3:()=>u,P5:()=>g,ZV:()=>m});function m(d,p){return d!=null&&Object.hasOwn(d,p)?d[p]:void 0}function u(d,p){return d!=null&&Object.hasOwn(d,p)}function g(d,p,b){p==="__proto__"?Object.defineProperty(d,p,{value:b,enumerable:!0,writable:!0,configurable:!0}):d[p]=b}})};export{V as id,W as ids,B as modules};
