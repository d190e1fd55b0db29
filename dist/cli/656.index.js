const M=656,C=[656,84],D={722:((x,g,a)=>{a.r(g),a.d(g,{renderInitText:()=>b,runInit:()=>y});var l=a(1455),f=a.n(l),v=a(6760),i=a.n(v),d=a(440),m=a(6326);async function y(u){const E=(0,m.scaffold)({project:u.project??i().basename(i().resolve(u.cwd)),environments:u.environments,region:u.region}),h=[];for(const e of E)await O(i().join(u.cwd,e.path))&&h.push(e.path);if(h.length>0)throw new d.eb(`init writes nothing: ${h.join(", ")} already exist${h.length===1?"s":""} in ${i().resolve(u.cwd)}. Move ${h.length===1?"it":"them"} aside and run init again, or edit ${h.length===1?"it":"them"} by hand`);const t=[];for(const e of E){const n=i().join(u.cwd,e.path);await(0,l.mkdir)(i().dirname(n),{recursive:!0}),await(0,l.writeFile)(n,e.text,{flag:"wx"}),t.push(e.path)}return{written:t}}function b(u){return[...u.written.map(E=>`wrote ${E}`),"",'Next: "rolegate validate" checks the definitions; the comments at the top of',".github/workflows/rolegate.yml list what to set up in AWS and GitHub before the first merge.",""].join(`
`)}async function O(u){try{return await(0,l.lstat)(u),!0}catch{return!1}}}),6326:((x,g,a)=>{a.r(g),a.d(g,{CONFIG_FILE:()=>b,DEFAULT_REGION:()=>y,EXAMPLE_ROLE_FILE:()=>O,WORKFLOW_FILE:()=>u,checkInitOptions:()=>h,parseEnvironmentArgument:()=>E,scaffold:()=>t});var l=a(7335),f=a(440),v=a(9518);const i="rolegate",d="rolegate/rolegate",m="v1",y="us-east-1",b="rolegate.yml",O="iam/example-role.yml",u=".github/workflows/rolegate.yml";function E(r){const s=/^([^=]*)=(.*)$/.exec(r.trim());if(!s)throw new f.eb(`--env for init is NAME=ACCOUNT, e.g. --env dev=111111111111; got "${r}"`);return{name:s[1].trim(),account:s[2].trim()}}function h(r){const s=r.region??y;if(!l.$A.test(r.project))throw new f.eb(`--project "${r.project}" cannot start IAM role names: use letters, digits and +=,.@_- (start with a letter or digit)`);if(!l.aY.test(s))throw new f.eb(`--region "${s}" is not a region code; use one such as us-east-1`);if(r.environments.length===0)throw new f.eb("name at least one environment and its AWS account: --env dev=111111111111 (repeat --env for more, in deploy order)");const w=new Set;for(const{name:$,account:j}of r.environments){if(!l.$Q.test($))throw new f.eb(`--env "${$}=${j}": in the environment name, ${l.nx}`);if(!l.j5.test(j))throw new f.eb(`--env "${$}=${j}": the account must be an AWS account id, 12 digits`);const c=p($);if(w.has(c))throw new f.eb(`--env "${$}" is given twice (or differs from another only in "." and "_"); name each environment once`);w.add(c)}return{project:r.project,environments:r.environments,region:s}}function t(r){const s=h(r);return[{path:b,text:n(s)},{path:O,text:o()},{path:u,text:A(s)}]}function e(r,s){return`# yaml-language-server: $schema=${"../".repeat(r.split("/").length-1)}node_modules/${i}/schema/${s}.schema.json`}function n({project:r,environments:s,region:w}){const $=(0,v.iQ)({account:"000000000000",region:w}),j=[e(b,"rolegate"),'# RoleGate configuration, written by "rolegate init". Reference: the docs folder of the rolegate package',"# (definitions.md). Hover a key in an editor with the YAML language server for its meaning.","version: 1",`project: "${r}"`,'definitions: ["iam/**/*.yml", "iam/**/*.yaml"]',`naming: "{project}-{environment}-{name}" # physical role names, e.g. ${r}-${s[0].name}-example-role`,"defaults:",'  # "rolegate bootstrap" creates this boundary in each account; the deployer can only create',"  # roles that carry it.",'  permissionsBoundary: "arn:{partition}:iam::{account}:policy/{project}-rolegate-boundary"',"  maxSessionDuration: 3600","  tags:",'    Project: "{project}"','    Environment: "{environment}"','# In deploy order. deployRole is the role "rolegate bootstrap" creates; protected: true makes',"# RoleGate deploy only from a job bound to the GitHub environment of the same name.","environments:"];for(const{name:c,account:I}of s)j.push(`  ${c}:`,`    account: "${I}"`,`    region: ${w}`,`    deployRole: "arn:${$}:iam::${I}:role/${r}-${c}-rolegate-deployer"`,"    protected: true");return j.join(`
`)+`
`}function o(){return`${e(O,"definition")}
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
`}function p(r){return r.replace(/\./g,"_")}function _(r){return`ROLEGATE_PLAN_ROLE_${r.toUpperCase().replace(/[^A-Z0-9]/g,"_")}`}function A({environments:r}){const s=`${d}@${m}`,w="['rolegate.yml', 'iam/**']",$=`# RoleGate, written by "rolegate init": a check on every pull request; on merge to the default
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
${r.map(({name:c})=>`#     ${_(c)} for ${c}`).join(`
`)}
# - If the default branch is not main, change "branches" below.
# Adding an environment to rolegate.yml: copy its plan and deploy jobs below.
name: RoleGate

on:
  pull_request:
    paths: ${w}
  push:
    branches: [main]
    paths: ${w}
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
      - uses: ${s}
        with:
          command: check
`,j=r.map(({name:c},I)=>{const R=p(c),P=I===0?void 0:`deploy-${p(r[I-1].name)}`,k="github.event_name != 'pull_request' && (github.event_name == 'schedule' || github.ref == format('refs/heads/{0}', github.event.repository.default_branch))",L=P?`\${{ !failure() && !cancelled() && ${k} }}`:`\${{ ${k} }}`;return`
  plan-${R}:
    name: Plan ${c}
${P?`    needs: ${P}
`:""}    if: ${L}
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
        uses: ${s}
        with:
          command: plan # the job summary is what the reviewer reads
          environment: "${c}"
          role-to-assume: \${{ vars.${_(c)} }}

  deploy-${R}:
    name: Deploy ${c}
    needs: plan-${R}
    if: needs.plan-${R}.outputs.changed == 'true' # nothing to approve when nothing changes
    runs-on: ubuntu-latest
    environment: "${c}" # required reviewers approve it
    concurrency:
      group: rolegate-deploy-${c}
      cancel-in-progress: false # never interrupt a deploy half way
    permissions:
      contents: read
      id-token: write # the OIDC token exchanged for the deployer role
    steps:
      - uses: actions/checkout@v5
      - uses: ${s}
        with:
          command: deploy
          environment: "${c}"
          plan-digest: \${{ needs.plan-${R}.outputs.digest }} # only the reviewed plan is applied
`});return $+j.join("")}}),5180:((x,g,a)=>{a.d(g,{Ki:()=>h,Kk:()=>i,ZB:()=>u,df:()=>m,ne:()=>O,sQ:()=>d,t$:()=>E});const l=new WeakMap,f=new WeakMap,v=new WeakMap;function i(t,e,n){let o=l.get(t);o||(o=new Map,l.set(t,o)),o.set(e,n)}function d(t,e){f.set(t,e)}function m(t,e){if(!(t===null||typeof t!="object")){if(e!==void 0){const n=y(t,e);if(n)return n}return b(t)}}function y(t,e){for(let n=t;n;n=v.get(n)){const o=l.get(n)?.get(e);if(o)return o}}function b(t){for(let e=t;e;e=v.get(e)){const n=f.get(e);if(n)return n}}function O(t,e){t!==e&&v.set(e,t)}function u(t,e,n,o){const p=y(t,e);p&&i(n,o,p)}function E(t,e){let n=m(t),o=t;for(const p of e){if(o===null||typeof o!="object")break;n=m(o,p)??n,o=o[p]}return n}function h(t){const e=[],n=o=>{if(o===null||typeof o!="object")return;const p=b(o);e.push(p?`${p.file}:${p.line}:${p.column}`:"");for(const _ of Array.isArray(o)?o.keys():Object.keys(o)){const A=y(o,_);e.push(A?`${A.file}:${A.line}:${A.column}`:""),n(o[_])}};return n(t),e.join(" ")}}),8996:((x,g,a)=>{a.d(g,{$3:()=>f,P5:()=>v,ZV:()=>l});function l(i,d){return i!=null&&Object.hasOwn(i,d)?i[d]:void 0}function f(i,d){return i!=null&&Object.hasOwn(i,d)}function v(i,d,m){d==="__proto__"?Object.defineProperty(i,d,{value:m,enumerable:!0,writable:!0,configurable:!0}):i[d]=m}})};export{M as id,C as ids,D as modules};
