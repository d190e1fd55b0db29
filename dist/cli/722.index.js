const W=722,B=[722,326],U={722:((F,O,d)=>{d.r(O),d.d(O,{planInit:()=>j,renderInitText:()=>y,runInit:()=>C,writePlan:()=>A});var p=d(1455),$=d.n(p),R=d(6760),g=d.n(R),L=d(440),x=d(17),k=d(6326);async function C(n){const l=(0,k.scaffold)({project:n.project??g().basename(g().resolve(n.cwd)),projectFromFolder:n.project===void 0,environments:n.environments,region:n.region});return A(await j(n.cwd,l))}async function j(n,l){const u=new Map,m=[],r=[],f=[];for(const c of l){const h=c.path.split("/");let v=!1;for(let e=1;e<h.length&&!v;e++){const t=h.slice(0,e).join("/");let a=u.get(t);if(a===void 0){const i=h.slice(0,e-1).join("/"),s=u.get(i)==="missing"?"missing":await I(g().join(n,t));a=typeof s=="string"?s:"blocked",typeof s!="string"&&f.push(`${t} ${s.problem}: init needs a folder there for ${c.path}`),a==="missing"&&m.push(t),u.set(t,a)}v=a==="blocked"}if(v||h.length>1&&u.get(h.slice(0,-1).join("/"))==="missing")continue;const _=await P(g().join(n,c.path));_==="present"?r.push(c.path):_!=="missing"&&f.push(`${c.path} ${_.problem}`)}if(r.length>0||f.length>0){const c=[...f];r.length>0&&c.unshift(`${r.join(", ")} already exist${r.length===1?"s":""}`);const h=r.length+f.length===1?"it":"them";throw new L.eb(`init writes nothing in ${g().resolve(n)}: ${c.join("; ")}. Move ${h} aside and run init again`+(r.length>0?`, or edit ${r.length===1?"it":"them"} by hand`:""))}return{cwd:n,folders:m,files:[...l]}}async function A(n){const l=[],u=[];let m="";try{for(const r of n.files){for(const c of n.folders)!r.path.startsWith(`${c}/`)||l.includes(c)||(m=c,await(0,p.mkdir)(g().join(n.cwd,c)),l.push(c));m=r.path;const f=await(0,p.open)(g().join(n.cwd,r.path),"wx");u.push(r.path);try{await f.writeFile(r.text)}finally{await f.close()}}}catch(r){throw new L.eb(`init could not write ${m} (${w(r)}). ${await M(n.cwd,u,l)}`)}return{written:u}}async function M(n,l,u){const m=[],r=[];for(const h of[...l].reverse())try{await(0,p.rm)(g().join(n,h)),m.push(h)}catch(v){r.push(`${h} (${w(v)})`)}for(const h of[...u].reverse())try{await(0,p.rmdir)(g().join(n,h)),m.push(`${h}/`)}catch(v){r.push(`${h}/ (${w(v)})`)}const f=m.length===0?"It had written nothing.":`It removed what it had written: ${m.join(", ")}.`,c=r.length===0?"Fix the cause and run init again.":`It could not remove ${r.join(", ")}: remove ${r.length===1?"it":"them"} by hand, fix the cause and run init again.`;return`${f} ${c}`}async function I(n){try{return(await(0,p.stat)(n)).isDirectory()?"present":{problem:"is a file"}}catch(u){if((0,x.CA)(u)!=="ENOENT")return{problem:`cannot be read (${w(u)})`}}const l=await P(n);return l==="present"?{problem:"is a link to nothing"}:l}async function P(n){try{return await(0,p.lstat)(n),"present"}catch(l){return(0,x.CA)(l)==="ENOENT"?"missing":{problem:`cannot be read (${w(l)})`}}}function w(n){return(0,x.gJ)(n).replace(/, \w+ '[^']*'(?: -> '[^']*')?$/,"")}function y(n){return[...n.written.map(l=>`wrote ${l}`),"",'Next: "rolegate validate" checks the definitions; the comments at the top of',".github/workflows/rolegate.yml list what to set up in AWS and GitHub before the first merge.",""].join(`
`)}}),6326:((F,O,d)=>{d.r(O),d.d(O,{CONFIG_FILE:()=>j,DEFAULT_REGION:()=>C,EXAMPLE_ROLE_FILE:()=>A,WORKFLOW_FILE:()=>M,checkInitOptions:()=>w,environmentNames:()=>y,parseEnvironmentArgument:()=>P,scaffold:()=>f});var p=d(7335),$=d(440),R=d(8773),g=d(9518);const L="rolegate",x="rolegate/rolegate",k="v1",C="us-east-1",j="rolegate.yml",A="iam/example-role.yml",M=".github/workflows/rolegate.yml",I="example-role";function P(e){const t=/^([^=]*)=(.*)$/.exec(e.trim());if(!t)throw new $.eb(`--env for init is NAME=ACCOUNT, e.g. --env dev=111111111111; got "${e}"`);return{name:t[1].trim(),account:t[2].trim()}}function w(e){const t=e.region??C,a=e.projectFromFolder?`the folder's name "${e.project}" (the default project; choose one with --project)`:`--project "${e.project}"`;if(!p.$A.test(e.project))throw new $.eb(`${a} cannot start IAM role names: use letters, digits and +=,.@_- (start with a letter or digit)`);if(!p.aY.test(t))throw new $.eb(`--region "${t}" is not a region code; use one such as us-east-1`);if(e.environments.length===0)throw new $.eb("name at least one environment and its AWS account: --env dev=111111111111 (repeat --env for more, in deploy order)");for(const[i,{name:s,account:o}]of e.environments.entries()){if(!p.$Q.test(s))throw new $.eb(`--env "${s}=${o}": in the environment name, ${p.nx}`);if(!p.j5.test(o))throw new $.eb(`--env "${s}=${o}": the account must be an AWS account id, 12 digits`);for(const b of e.environments.slice(0,i))n(b.name,s);u(e.project,s,a)}return{project:e.project,environments:e.environments,region:t}}function y(e){return{job:e.replace(/\./g,"_"),planRoleVariable:`ROLEGATE_PLAN_ROLE_${e.toUpperCase().replace(/[^A-Z0-9]/g,"_")}`,githubEnvironment:e}}function n(e,t){if(e===t)throw new $.eb(`--env "${t}" is given twice; name each environment once`);const a=y(e),i=y(t),s=(b,E)=>b.toLowerCase()===E.toLowerCase(),o=[];if(s(a.job,i.job)&&o.push(`the job ids plan-${i.job} and deploy-${i.job}`),s(a.planRoleVariable,i.planRoleVariable)&&o.push(`the repository variable ${i.planRoleVariable}`),s(a.githubEnvironment,i.githubEnvironment)&&o.push(`the GitHub environment "${i.githubEnvironment}"`),o.length>0)throw new $.eb(`--env "${e}" and --env "${t}" would share ${o.slice(0,-1).join(", ")}${o.length>1?" and ":""}${o[o.length-1]} in the workflow (GitHub ignores case in these names; the job id turns "." into "_", the variable name "-" and "." too). Name the environments so that they differ in more than case, "-", "_" and "."`)}function l(e,t){return[{name:m(e,t),what:'the deployer role "rolegate bootstrap" creates',max:R.Ci},{name:`${e}-${t}-${I}`,what:"the example role",max:R.Ci},{name:r(e),what:"the permissions boundary policy",max:R.el}]}function u(e,t,a){for(const{name:i,what:s,max:o}of l(e,t))if(!(i.length<=o))throw new $.eb(`${a} and --env "${t}" make a name too long for IAM: ${s} would be "${i}", ${i.length} characters; IAM allows at most ${o}. Shorten the project or environment name by ${i.length-o} character${i.length-o===1?"":"s"}`)}function m(e,t){return`${e}-${t}-rolegate-deployer`}function r(e){return`${e}-rolegate-boundary`}function f(e){const t=w(e);return[{path:j,text:h(t)},{path:A,text:v()},{path:M,text:_(t)}]}function c(e,t){return`# yaml-language-server: $schema=${"../".repeat(e.split("/").length-1)}node_modules/${L}/schema/${t}.schema.json`}function h({project:e,environments:t,region:a}){const i=(0,g.iQ)({account:"000000000000",region:a}),s=[c(j,"rolegate"),'# RoleGate configuration, written by "rolegate init". Reference: the docs folder of the rolegate package',"# (definitions.md). Hover a key in an editor with the YAML language server for its meaning.","version: 1",`project: "${e}"`,'definitions: ["iam/**/*.yml", "iam/**/*.yaml"]',`naming: "{project}-{environment}-{name}" # physical role names, e.g. ${e}-${t[0].name}-${I}`,"defaults:",'  # "rolegate bootstrap" creates this boundary in each account; the deployer can only create',"  # roles that carry it.",`  permissionsBoundary: "arn:{partition}:iam::{account}:policy/${r("{project}")}"`,"  maxSessionDuration: 3600","  tags:",'    Project: "{project}"','    Environment: "{environment}"','# In deploy order. deployRole is the role "rolegate bootstrap" creates; protected: true makes',"# RoleGate deploy only from a job bound to the GitHub environment of the same name.","environments:"];for(const{name:o,account:b}of t)s.push(`  ${o}:`,`    account: "${b}"`,`    region: ${a}`,`    deployRole: "arn:${i}:iam::${b}:role/${m(e,o)}"`,"    protected: true");return s.join(`
`)+`
`}function v(){return`${c(A,"definition")}
# An example role, written by "rolegate init": edit it, or delete it and add your own files under iam/.
# Deployed as {project}-{environment}-${I} in every environment of rolegate.yml.
kind: Role
name: ${I}
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
`}function _({environments:e}){const t=`${x}@${k}`,a="['rolegate.yml', 'iam/**']",i=`# RoleGate, written by "rolegate init": a check on every pull request; on merge to the default
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
${e.map(({name:o})=>`#     ${y(o).planRoleVariable} for ${o}`).join(`
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
`,s=e.map(({name:o},b)=>{const{job:E,planRoleVariable:S,githubEnvironment:T}=y(o),D=b===0?void 0:`deploy-${y(e[b-1].name).job}`,N="github.event_name != 'pull_request' && (github.event_name == 'schedule' || github.ref == format('refs/heads/{0}', github.event.repository.default_branch))",G=D?`\${{ !failure() && !cancelled() && ${N} }}`:`\${{ ${N} }}`;return`
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
        uses: ${t}
        with:
          command: plan # the job summary is what the reviewer reads
          environment: "${o}"
          role-to-assume: \${{ vars.${S} }}

  deploy-${E}:
    name: Deploy ${o}
    needs: plan-${E}
    if: needs.plan-${E}.outputs.changed == 'true' # nothing to approve when nothing changes
    runs-on: ubuntu-latest
    environment: "${T}" # required reviewers approve it
    concurrency:
      group: rolegate-deploy-${T}
      cancel-in-progress: false # never interrupt a deploy half way
    permissions:
      contents: read
      id-token: write # the OIDC token exchanged for the deployer role
    steps:
      - uses: actions/checkout@v5
      - uses: ${t}
        with:
          command: deploy
          environment: "${o}"
          plan-digest: \${{ needs.plan-${E}.outputs.digest }} # only the reviewed plan is applied
`});return i+s.join("")}})};export{W as id,B as ids,U as modules};
