const W=722,B=[722,326],U={722:((F,I,h)=>{h.r(I),h.d(I,{planInit:()=>O,renderInitText:()=>w,runInit:()=>P,writePlan:()=>A});var p=h(1455),$=h.n(p),R=h(6760),g=h.n(R),_=h(440),M=h(6326);async function P(t){const r=(0,M.scaffold)({project:t.project??g().basename(g().resolve(t.cwd)),projectFromFolder:t.project===void 0,environments:t.environments,region:t.region});return A(await O(t.cwd,r))}async function O(t,r){const u=new Map,m=[],a=[],f=[];for(const c of r){const d=c.path.split("/");let v=!1;for(let e=1;e<d.length&&!v;e++){const n=d.slice(0,e).join("/");let i=u.get(n);if(i===void 0){const s=d.slice(0,e-1).join("/"),l=u.get(s)==="missing"?"missing":await C(g().join(t,n));i=typeof l=="string"?l:"blocked",typeof l!="string"&&f.push(`${n} ${l.problem}: init needs a folder there for ${c.path}`),i==="missing"&&m.push(n),u.set(n,i)}v=i==="blocked"}if(v||d.length>1&&u.get(d.slice(0,-1).join("/"))==="missing")continue;const L=await j(g().join(t,c.path));L==="present"?a.push(c.path):L!=="missing"&&f.push(`${c.path} ${L.problem}`)}if(a.length>0||f.length>0){const c=[...f];a.length>0&&c.unshift(`${a.join(", ")} already exist${a.length===1?"s":""}`);const d=a.length+f.length===1?"it":"them";throw new _.eb(`init writes nothing in ${g().resolve(t)}: ${c.join("; ")}. Move ${d} aside and run init again`+(a.length>0?`, or edit ${a.length===1?"it":"them"} by hand`:""))}return{cwd:t,folders:m,files:[...r]}}async function A(t){const r=[],u=[];let m="";try{for(const a of t.files){for(const c of t.folders)!a.path.startsWith(`${c}/`)||r.includes(c)||(m=c,await(0,p.mkdir)(g().join(t.cwd,c)),r.push(c));m=a.path;const f=await(0,p.open)(g().join(t.cwd,a.path),"wx");u.push(a.path);try{await f.writeFile(a.text)}finally{await f.close()}}}catch(a){throw new _.eb(`init could not write ${m} (${y(a)}). ${await x(t.cwd,u,r)}`)}return{written:u}}async function x(t,r,u){const m=[],a=[];for(const d of[...r].reverse())try{await(0,p.rm)(g().join(t,d)),m.push(d)}catch(v){a.push(`${d} (${y(v)})`)}for(const d of[...u].reverse())try{await(0,p.rmdir)(g().join(t,d)),m.push(`${d}/`)}catch(v){a.push(`${d}/ (${y(v)})`)}const f=m.length===0?"It had written nothing.":`It removed what it had written: ${m.join(", ")}.`,c=a.length===0?"Fix the cause and run init again.":`It could not remove ${a.join(", ")}: remove ${a.length===1?"it":"them"} by hand, fix the cause and run init again.`;return`${f} ${c}`}async function C(t){try{return(await(0,p.stat)(t)).isDirectory()?"present":{problem:"is a file"}}catch(u){if(k(u)!=="ENOENT")return{problem:`cannot be read (${y(u)})`}}const r=await j(t);return r==="present"?{problem:"is a link to nothing"}:r}async function j(t){try{return await(0,p.lstat)(t),"present"}catch(r){return k(r)==="ENOENT"?"missing":{problem:`cannot be read (${y(r)})`}}}function k(t){const r=typeof t=="object"&&t!==null?t.code:void 0;return typeof r=="string"?r:void 0}function y(t){const r=typeof t=="object"&&t!==null?t.message:void 0;return typeof r!="string"?String(t):r.replace(/, \w+ '[^']*'(?: -> '[^']*')?$/,"")}function w(t){return[...t.written.map(r=>`wrote ${r}`),"",'Next: "rolegate validate" checks the definitions; the comments at the top of',".github/workflows/rolegate.yml list what to set up in AWS and GitHub before the first merge.",""].join(`
`)}}),6326:((F,I,h)=>{h.r(I),h.d(I,{CONFIG_FILE:()=>A,DEFAULT_REGION:()=>O,EXAMPLE_ROLE_FILE:()=>x,WORKFLOW_FILE:()=>C,checkInitOptions:()=>y,environmentNames:()=>w,parseEnvironmentArgument:()=>k,scaffold:()=>f});var p=h(7335),$=h(440),R=h(8773),g=h(9518);const _="rolegate",M="rolegate/rolegate",P="v1",O="us-east-1",A="rolegate.yml",x="iam/example-role.yml",C=".github/workflows/rolegate.yml",j="example-role";function k(e){const n=/^([^=]*)=(.*)$/.exec(e.trim());if(!n)throw new $.eb(`--env for init is NAME=ACCOUNT, e.g. --env dev=111111111111; got "${e}"`);return{name:n[1].trim(),account:n[2].trim()}}function y(e){const n=e.region??O,i=e.projectFromFolder?`the folder's name "${e.project}" (the default project; choose one with --project)`:`--project "${e.project}"`;if(!p.$A.test(e.project))throw new $.eb(`${i} cannot start IAM role names: use letters, digits and +=,.@_- (start with a letter or digit)`);if(!p.aY.test(n))throw new $.eb(`--region "${n}" is not a region code; use one such as us-east-1`);if(e.environments.length===0)throw new $.eb("name at least one environment and its AWS account: --env dev=111111111111 (repeat --env for more, in deploy order)");for(const[s,{name:l,account:o}]of e.environments.entries()){if(!p.$Q.test(l))throw new $.eb(`--env "${l}=${o}": in the environment name, ${p.nx}`);if(!p.j5.test(o))throw new $.eb(`--env "${l}=${o}": the account must be an AWS account id, 12 digits`);for(const b of e.environments.slice(0,s))t(b.name,l);u(e.project,l,i)}return{project:e.project,environments:e.environments,region:n}}function w(e){return{job:e.replace(/\./g,"_"),planRoleVariable:`ROLEGATE_PLAN_ROLE_${e.toUpperCase().replace(/[^A-Z0-9]/g,"_")}`,githubEnvironment:e}}function t(e,n){if(e===n)throw new $.eb(`--env "${n}" is given twice; name each environment once`);const i=w(e),s=w(n),l=(b,E)=>b.toLowerCase()===E.toLowerCase(),o=[];if(l(i.job,s.job)&&o.push(`the job ids plan-${s.job} and deploy-${s.job}`),l(i.planRoleVariable,s.planRoleVariable)&&o.push(`the repository variable ${s.planRoleVariable}`),l(i.githubEnvironment,s.githubEnvironment)&&o.push(`the GitHub environment "${s.githubEnvironment}"`),o.length>0)throw new $.eb(`--env "${e}" and --env "${n}" would share ${o.slice(0,-1).join(", ")}${o.length>1?" and ":""}${o[o.length-1]} in the workflow (GitHub ignores case in these names; the job id turns "." into "_", the variable name "-" and "." too). Name the environments so that they differ in more than case, "-", "_" and "."`)}function r(e,n){return[{name:m(e,n),what:'the deployer role "rolegate bootstrap" creates',max:R.Ci},{name:`${e}-${n}-${j}`,what:"the example role",max:R.Ci},{name:a(e),what:"the permissions boundary policy",max:R.el}]}function u(e,n,i){for(const{name:s,what:l,max:o}of r(e,n))if(!(s.length<=o))throw new $.eb(`${i} and --env "${n}" make a name too long for IAM: ${l} would be "${s}", ${s.length} characters; IAM allows at most ${o}. Shorten the project or environment name by ${s.length-o} character${s.length-o===1?"":"s"}`)}function m(e,n){return`${e}-${n}-rolegate-deployer`}function a(e){return`${e}-rolegate-boundary`}function f(e){const n=y(e);return[{path:A,text:d(n)},{path:x,text:v()},{path:C,text:L(n)}]}function c(e,n){return`# yaml-language-server: $schema=${"../".repeat(e.split("/").length-1)}node_modules/${_}/schema/${n}.schema.json`}function d({project:e,environments:n,region:i}){const s=(0,g.iQ)({account:"000000000000",region:i}),l=[c(A,"rolegate"),'# RoleGate configuration, written by "rolegate init". Reference: the docs folder of the rolegate package',"# (definitions.md). Hover a key in an editor with the YAML language server for its meaning.","version: 1",`project: "${e}"`,'definitions: ["iam/**/*.yml", "iam/**/*.yaml"]',`naming: "{project}-{environment}-{name}" # physical role names, e.g. ${e}-${n[0].name}-${j}`,"defaults:",'  # "rolegate bootstrap" creates this boundary in each account; the deployer can only create',"  # roles that carry it.",`  permissionsBoundary: "arn:{partition}:iam::{account}:policy/${a("{project}")}"`,"  maxSessionDuration: 3600","  tags:",'    Project: "{project}"','    Environment: "{environment}"','# In deploy order. deployRole is the role "rolegate bootstrap" creates; protected: true makes',"# RoleGate deploy only from a job bound to the GitHub environment of the same name.","environments:"];for(const{name:o,account:b}of n)l.push(`  ${o}:`,`    account: "${b}"`,`    region: ${i}`,`    deployRole: "arn:${s}:iam::${b}:role/${m(e,o)}"`,"    protected: true");return l.join(`
`)+`
`}function v(){return`${c(x,"definition")}
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
`}function L({environments:e}){const n=`${M}@${P}`,i="['rolegate.yml', 'iam/**']",s=`# RoleGate, written by "rolegate init": a check on every pull request; on merge to the default
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
${e.map(({name:o})=>`#     ${w(o).planRoleVariable} for ${o}`).join(`
`)}
# - If the default branch is not main, change "branches" below.
# Adding an environment to rolegate.yml: copy its plan and deploy jobs below.
name: RoleGate

on:
  pull_request:
    paths: ${i}
  push:
    branches: [main]
    paths: ${i}
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
      - uses: ${n}
        with:
          command: check
`,l=e.map(({name:o},b)=>{const{job:E,planRoleVariable:S,githubEnvironment:N}=w(o),D=b===0?void 0:`deploy-${w(e[b-1].name).job}`,T="github.event_name != 'pull_request' && (github.event_name == 'schedule' || github.ref == format('refs/heads/{0}', github.event.repository.default_branch))",G=D?`\${{ !failure() && !cancelled() && ${T} }}`:`\${{ ${T} }}`;return`
  plan-${E}:
    name: Plan ${o}
${D?`    needs: ${D}
`:""}    if: ${G}
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
        uses: ${n}
        with:
          command: plan # the job summary is what the reviewer reads
          environment: "${o}"
          role-to-assume: \${{ vars.${S} }}

  deploy-${E}:
    name: Deploy ${o}
    needs: plan-${E}
    if: needs.plan-${E}.outputs.changed == 'true' # nothing to approve when nothing changes
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
      - uses: ${n}
        with:
          command: deploy
          environment: "${o}"
          plan-digest: \${{ needs.plan-${E}.outputs.digest }} # only the reviewed plan is applied
`});return s+l.join("")}})};export{W as id,B as ids,U as modules};
