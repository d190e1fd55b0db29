const M=656,C=[656,84],D={722:((A,h,s)=>{s.r(h),s.d(h,{renderInitText:()=>b,runInit:()=>y});var l=s(1455),p=s.n(l),m=s(6760),r=s.n(m),d=s(440),f=s(6326);async function y(u){const w=(0,f.scaffold)({project:u.project??r().basename(r().resolve(u.cwd)),environments:u.environments,region:u.region}),e=[];for(const t of w)await E(r().join(u.cwd,t.path))&&e.push(t.path);if(e.length>0)throw new d.eb(`init writes nothing: ${e.join(", ")} already exist${e.length===1?"s":""} in ${r().resolve(u.cwd)}. Move ${e.length===1?"it":"them"} aside and run init again, or edit ${e.length===1?"it":"them"} by hand`);const o=[];for(const t of w){const i=r().join(u.cwd,t.path);await(0,l.mkdir)(r().dirname(i),{recursive:!0}),await(0,l.writeFile)(i,t.text,{flag:"wx"}),o.push(t.path)}return{written:o}}function b(u){return[...u.written.map(w=>`wrote ${w}`),"",'Next: "rolegate validate" checks the definitions; the comments at the top of',".github/workflows/rolegate.yml list what to set up in AWS and GitHub before the first merge.",""].join(`
`)}async function E(u){try{return await(0,l.lstat)(u),!0}catch{return!1}}}),6326:((A,h,s)=>{s.r(h),s.d(h,{CONFIG_FILE:()=>b,DEFAULT_REGION:()=>y,EXAMPLE_ROLE_FILE:()=>E,WORKFLOW_FILE:()=>u,checkInitOptions:()=>e,parseEnvironmentArgument:()=>w,scaffold:()=>o});var l=s(7335),p=s(440),m=s(9518);const r="rolegate",d="rolegate/rolegate",f="v1",y="us-east-1",b="rolegate.yml",E="iam/example-role.yml",u=".github/workflows/rolegate.yml";function w(n){const a=/^([^=]*)=(.*)$/.exec(n.trim());if(!a)throw new p.eb(`--env for init is NAME=ACCOUNT, e.g. --env dev=111111111111; got "${n}"`);return{name:a[1].trim(),account:a[2].trim()}}function e(n){const a=n.region??y;if(!l.$A.test(n.project))throw new p.eb(`--project "${n.project}" cannot start IAM role names: use letters, digits and +=,.@_- (start with a letter or digit)`);if(!l.aY.test(a))throw new p.eb(`--region "${a}" is not a region code; use one such as us-east-1`);if(n.environments.length===0)throw new p.eb("name at least one environment and its AWS account: --env dev=111111111111 (repeat --env for more, in deploy order)");const g=new Set;for(const{name:v,account:$}of n.environments){if(!l.$Q.test(v))throw new p.eb(`--env "${v}=${$}": in the environment name, ${l.nx}`);if(!l.j5.test($))throw new p.eb(`--env "${v}=${$}": the account must be an AWS account id, 12 digits`);const c=I(v);if(g.has(c))throw new p.eb(`--env "${v}" is given twice (or differs from another only in "." and "_"); name each environment once`);g.add(c)}return{project:n.project,environments:n.environments,region:a}}function o(n){const a=e(n);return[{path:b,text:i(a)},{path:E,text:O()},{path:u,text:k(a)}]}function t(n,a){return`# yaml-language-server: $schema=${"../".repeat(n.split("/").length-1)}node_modules/${r}/schema/${a}.schema.json`}function i({project:n,environments:a,region:g}){const v=(0,m.iQ)({account:"000000000000",region:g}),$=[t(b,"rolegate"),'# RoleGate configuration, written by "rolegate init". Reference: the docs folder of the rolegate package',"# (definitions.md). Hover a key in an editor with the YAML language server for its meaning.","version: 1",`project: "${n}"`,'definitions: ["iam/**/*.yml", "iam/**/*.yaml"]',`naming: "{project}-{environment}-{name}" # physical role names, e.g. ${n}-${a[0].name}-example-role`,"defaults:",'  # "rolegate bootstrap" creates this boundary in each account; the deployer can only create',"  # roles that carry it.",'  permissionsBoundary: "arn:{partition}:iam::{account}:policy/{project}-rolegate-boundary"',"  maxSessionDuration: 3600","  tags:",'    Project: "{project}"','    Environment: "{environment}"','# In deploy order. deployRole is the role "rolegate bootstrap" creates; protected: true makes',"# RoleGate deploy only from a job bound to the GitHub environment of the same name.","environments:"];for(const{name:c,account:j}of a)$.push(`  ${c}:`,`    account: "${j}"`,`    region: ${g}`,`    deployRole: "arn:${v}:iam::${j}:role/${n}-${c}-rolegate-deployer"`,"    protected: true");return $.join(`
`)+`
`}function O(){return`${t(E,"definition")}
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
`}function I(n){return n.replace(/\./g,"_")}function P(n){return`ROLEGATE_PLAN_ROLE_${n.toUpperCase().replace(/[^A-Z0-9]/g,"_")}`}function k({environments:n}){const a=`${d}@${f}`,g="['rolegate.yml', 'iam/**']",v=`# RoleGate, written by "rolegate init": a check on every pull request; on merge to the default
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
${n.map(({name:c})=>`#     ${P(c)} for ${c}`).join(`
`)}
# - If the default branch is not main, change "branches" below.
# Adding an environment to rolegate.yml: copy its plan and deploy jobs below.
name: RoleGate

on:
  pull_request:
    paths: ${g}
  push:
    branches: [main]
    paths: ${g}
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
      - uses: ${a}
        with:
          command: check
`,$=n.map(({name:c},j)=>{const _=I(c),R=j===0?void 0:`deploy-${I(n[j-1].name)}`,x="github.event_name != 'pull_request' && (github.event_name == 'schedule' || github.ref == format('refs/heads/{0}', github.event.repository.default_branch))",L=R?`\${{ !failure() && !cancelled() && ${x} }}`:`\${{ ${x} }}`;return`
  plan-${_}:
    name: Plan ${c}
${R?`    needs: ${R}
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
        uses: ${a}
        with:
          command: plan # the job summary is what the reviewer reads
          environment: "${c}"
          role-to-assume: \${{ vars.${P(c)} }}

  deploy-${_}:
    name: Deploy ${c}
    needs: plan-${_}
    if: needs.plan-${_}.outputs.changed == 'true' # nothing to approve when nothing changes
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
      - uses: ${a}
        with:
          command: deploy
          environment: "${c}"
          plan-digest: \${{ needs.plan-${_}.outputs.digest }} # only the reviewed plan is applied
`});return v+$.join("")}}),5180:((A,h,s)=>{s.d(h,{Kk:()=>r,ZB:()=>u,df:()=>f,ne:()=>E,sQ:()=>d,t$:()=>w});const l=new WeakMap,p=new WeakMap,m=new WeakMap;function r(e,o,t){let i=l.get(e);i||(i=new Map,l.set(e,i)),i.set(o,t)}function d(e,o){p.set(e,o)}function f(e,o){if(!(e===null||typeof e!="object")){if(o!==void 0){const t=y(e,o);if(t)return t}return b(e)}}function y(e,o){for(let t=e;t;t=m.get(t)){const i=l.get(t)?.get(o);if(i)return i}}function b(e){for(let o=e;o;o=m.get(o)){const t=p.get(o);if(t)return t}}function E(e,o){e!==o&&m.set(o,e)}function u(e,o,t,i){const O=y(e,o);O&&r(t,i,O)}function w(e,o){let t=f(e),i=e;for(const O of o){if(i===null||typeof i!="object")break;t=f(i,O)??t,i=i[O]}return t}}),8996:((A,h,s)=>{s.d(h,{$3:()=>p,P5:()=>m,ZV:()=>l});function l(r,d){return r!=null&&Object.hasOwn(r,d)?r[d]:void 0}function p(r,d){return r!=null&&Object.hasOwn(r,d)}function m(r,d,f){d==="__proto__"?Object.defineProperty(r,d,{value:f,enumerable:!0,writable:!0,configurable:!0}):r[d]=f}})};export{M as id,C as ids,D as modules};
