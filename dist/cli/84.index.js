const C=84,S=[84],F={6326:((_,$,p)=>{p.r($),p.d($,{CONFIG_FILE:()=>w,DEFAULT_REGION:()=>y,EXAMPLE_ROLE_FILE:()=>j,WORKFLOW_FILE:()=>k,checkInitOptions:()=>R,parseEnvironmentArgument:()=>x,scaffold:()=>o});var d=p(7335),l=p(440),v=p(9518);const a="rolegate",u="rolegate/rolegate",h="v1",y="us-east-1",w="rolegate.yml",j="iam/example-role.yml",k=".github/workflows/rolegate.yml";function x(n){const i=/^([^=]*)=(.*)$/.exec(n.trim());if(!i)throw new l.eb(`--env for init is NAME=ACCOUNT, e.g. --env dev=111111111111; got "${n}"`);return{name:i[1].trim(),account:i[2].trim()}}function R(n){const i=n.region??y;if(!d.$A.test(n.project))throw new l.eb(`--project "${n.project}" cannot start IAM role names: use letters, digits and +=,.@_- (start with a letter or digit)`);if(!d.aY.test(i))throw new l.eb(`--region "${i}" is not a region code; use one such as us-east-1`);if(n.environments.length===0)throw new l.eb("name at least one environment and its AWS account: --env dev=111111111111 (repeat --env for more, in deploy order)");const f=new Set;for(const{name:m,account:g}of n.environments){if(!d.$Q.test(m))throw new l.eb(`--env "${m}=${g}": in the environment name, ${d.nx}`);if(!d.j5.test(g))throw new l.eb(`--env "${m}=${g}": the account must be an AWS account id, 12 digits`);const s=c(m);if(f.has(s))throw new l.eb(`--env "${m}" is given twice (or differs from another only in "." and "_"); name each environment once`);f.add(s)}return{project:n.project,environments:n.environments,region:i}}function o(n){const i=R(n);return[{path:w,text:r(i)},{path:j,text:t()},{path:k,text:b(i)}]}function e(n,i){return`# yaml-language-server: $schema=${"../".repeat(n.split("/").length-1)}node_modules/${a}/schema/${i}.schema.json`}function r({project:n,environments:i,region:f}){const m=(0,v.iQ)({account:"000000000000",region:f}),g=[e(w,"rolegate"),'# RoleGate configuration, written by "rolegate init". Reference: the docs folder of the rolegate package',"# (definitions.md). Hover a key in an editor with the YAML language server for its meaning.","version: 1",`project: "${n}"`,'definitions: ["iam/**/*.yml", "iam/**/*.yaml"]',`naming: "{project}-{environment}-{name}" # physical role names, e.g. ${n}-${i[0].name}-example-role`,"defaults:",'  # "rolegate bootstrap" creates this boundary in each account; the deployer can only create',"  # roles that carry it.",'  permissionsBoundary: "arn:{partition}:iam::{account}:policy/{project}-rolegate-boundary"',"  maxSessionDuration: 3600","  tags:",'    Project: "{project}"','    Environment: "{environment}"','# In deploy order. deployRole is the role "rolegate bootstrap" creates; protected: true makes',"# RoleGate deploy only from a job bound to the GitHub environment of the same name.","environments:"];for(const{name:s,account:E}of i)g.push(`  ${s}:`,`    account: "${E}"`,`    region: ${f}`,`    deployRole: "arn:${m}:iam::${E}:role/${n}-${s}-rolegate-deployer"`,"    protected: true");return g.join(`
`)+`
`}function t(){return`${e(j,"definition")}
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
`}function c(n){return n.replace(/\./g,"_")}function A(n){return`ROLEGATE_PLAN_ROLE_${n.toUpperCase().replace(/[^A-Z0-9]/g,"_")}`}function b({environments:n}){const i=`${u}@${h}`,f="['rolegate.yml', 'iam/**']",m=`# RoleGate, written by "rolegate init": a check on every pull request; on merge to the default
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
${n.map(({name:s})=>`#     ${A(s)} for ${s}`).join(`
`)}
# - If the default branch is not main, change "branches" below.
# Adding an environment to rolegate.yml: copy its plan and deploy jobs below.
name: RoleGate

on:
  pull_request:
    paths: ${f}
  push:
    branches: [main]
    paths: ${f}
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
      - uses: ${i}
        with:
          command: check
`,g=n.map(({name:s},E)=>{const O=c(s),I=E===0?void 0:`deploy-${c(n[E-1].name)}`,L="github.event_name != 'pull_request' && (github.event_name == 'schedule' || github.ref == format('refs/heads/{0}', github.event.repository.default_branch))",P=I?`\${{ !failure() && !cancelled() && ${L} }}`:`\${{ ${L} }}`;return`
  plan-${O}:
    name: Plan ${s}
${I?`    needs: ${I}
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
        uses: ${i}
        with:
          command: plan # the job summary is what the reviewer reads
          environment: "${s}"
          role-to-assume: \${{ vars.${A(s)} }}

  deploy-${O}:
    name: Deploy ${s}
    needs: plan-${O}
    if: needs.plan-${O}.outputs.changed == 'true' # nothing to approve when nothing changes
    runs-on: ubuntu-latest
    environment: "${s}" # required reviewers approve it
    concurrency:
      group: rolegate-deploy-${s}
      cancel-in-progress: false # never interrupt a deploy half way
    permissions:
      contents: read
      id-token: write # the OIDC token exchanged for the deployer role
    steps:
      - uses: actions/checkout@v5
      - uses: ${i}
        with:
          command: deploy
          environment: "${s}"
          plan-digest: \${{ needs.plan-${O}.outputs.digest }} # only the reviewed plan is applied
`});return m+g.join("")}}),5180:((_,$,p)=>{p.d($,{Ki:()=>R,Kk:()=>a,ZB:()=>k,df:()=>h,ne:()=>j,sQ:()=>u,t$:()=>x});const d=new WeakMap,l=new WeakMap,v=new WeakMap;function a(o,e,r){let t=d.get(o);t||(t=new Map,d.set(o,t)),t.set(e,r)}function u(o,e){l.set(o,e)}function h(o,e){if(!(o===null||typeof o!="object")){if(e!==void 0){const r=y(o,e);if(r)return r}return w(o)}}function y(o,e){for(let r=o;r;r=v.get(r)){const t=d.get(r)?.get(e);if(t)return t}}function w(o){for(let e=o;e;e=v.get(e)){const r=l.get(e);if(r)return r}}function j(o,e){o!==e&&v.set(e,o)}function k(o,e,r,t){const c=y(o,e);c&&a(r,t,c)}function x(o,e){let r=h(o),t=o;for(const c of e){if(t===null||typeof t!="object")break;r=h(t,c)??r,t=t[c]}return r}function R(o){const e=[],r=t=>{if(t===null||typeof t!="object")return;const c=w(t);e.push(c?`${c.file}:${c.line}:${c.column}`:"");for(const A of Array.isArray(t)?t.keys():Object.keys(t)){const b=y(t,A);e.push(b?`${b.file}:${b.line}:${b.column}`:""),r(t[A])}};return r(o),e.join(" ")}}),8996:((_,$,p)=>{p.d($,{$3:()=>l,P5:()=>v,ZV:()=>d});function d(a,u){return a!=null&&Object.hasOwn(a,u)?a[u]:void 0}function l(a,u){return a!=null&&Object.hasOwn(a,u)}function v(a,u,h){u==="__proto__"?Object.defineProperty(a,u,{value:h,enumerable:!0,writable:!0,configurable:!0}):a[u]=h}})};export{C as id,S as ids,F as modules};
