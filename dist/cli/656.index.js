const B=656,K=[656,84],U={722:((D,E,d)=>{d.r(E),d.d(E,{planInit:()=>_,renderInitText:()=>i,runInit:()=>k,writePlan:()=>R});var h=d(1455),f=d.n(h),j=d(6760),l=d.n(j),w=d(440),y=d(17),P=d(6326);async function k(e){const n=(0,P.scaffold)({project:e.project??l().basename(l().resolve(e.cwd)),projectFromFolder:e.project===void 0,environments:e.environments,region:e.region});return R(await _(e.cwd,n))}async function _(e,n){const c=new Map,$=[],a=[],v=[];for(const p of n){const m=p.path.split("/");let A=!1;for(let M=1;M<m.length&&!A;M++){const t=m.slice(0,M).join("/");let r=c.get(t);if(r===void 0){const g=m.slice(0,M-1).join("/"),u=c.get(g)==="missing"?"missing":await C(l().join(e,t));r=typeof u=="string"?u:"blocked",typeof u!="string"&&v.push(`${t} ${u.problem}: init needs a folder there for ${p.path}`),r==="missing"&&$.push(t),c.set(t,r)}A=r==="blocked"}if(A||m.length>1&&c.get(m.slice(0,-1).join("/"))==="missing")continue;const T=await O(l().join(e,p.path));T==="present"?a.push(p.path):T!=="missing"&&v.push(`${p.path} ${T.problem}`)}if(a.length>0||v.length>0){const p=[...v];a.length>0&&p.unshift(`${a.join(", ")} already exist${a.length===1?"s":""}`);const m=a.length+v.length===1?"it":"them";throw new w.eb(`init writes nothing in ${l().resolve(e)}: ${p.join("; ")}. Move ${m} aside and run init again`+(a.length>0?`, or edit ${a.length===1?"it":"them"} by hand`:""))}return{cwd:e,folders:$,files:[...n]}}async function R(e){const n=[],c=[];let $="";try{for(const a of e.files){for(const p of e.folders)!a.path.startsWith(`${p}/`)||n.includes(p)||($=p,await(0,h.mkdir)(l().join(e.cwd,p)),n.push(p));$=a.path;const v=await(0,h.open)(l().join(e.cwd,a.path),"wx");c.push(a.path);try{await v.writeFile(a.text)}finally{await v.close()}}}catch(a){throw new w.eb(`init could not write ${$} (${o(a)}). ${await x(e.cwd,c,n)}`)}return{written:c}}async function x(e,n,c){const $=[],a=[];for(const m of[...n].reverse())try{await(0,h.rm)(l().join(e,m)),$.push(m)}catch(A){a.push(`${m} (${o(A)})`)}for(const m of[...c].reverse())try{await(0,h.rmdir)(l().join(e,m)),$.push(`${m}/`)}catch(A){a.push(`${m}/ (${o(A)})`)}const v=$.length===0?"It had written nothing.":`It removed what it had written: ${$.join(", ")}.`,p=a.length===0?"Fix the cause and run init again.":`It could not remove ${a.join(", ")}: remove ${a.length===1?"it":"them"} by hand, fix the cause and run init again.`;return`${v} ${p}`}async function C(e){try{return(await(0,h.stat)(e)).isDirectory()?"present":{problem:"is a file"}}catch(c){if((0,y.CA)(c)!=="ENOENT")return{problem:`cannot be read (${o(c)})`}}const n=await O(e);return n==="present"?{problem:"is a link to nothing"}:n}async function O(e){try{return await(0,h.lstat)(e),"present"}catch(n){return(0,y.CA)(n)==="ENOENT"?"missing":{problem:`cannot be read (${o(n)})`}}}function o(e){return(0,y.gJ)(e).replace(/, \w+ '[^']*'(?: -> '[^']*')?$/,"")}function i(e){return[...e.written.map(n=>`wrote ${n}`),"",'Next: "rolegate validate" checks the definitions; the comments at the top of',".github/workflows/rolegate.yml list what to set up in AWS and GitHub before the first merge.",""].join(`
`)}}),6326:((D,E,d)=>{d.r(E),d.d(E,{CONFIG_FILE:()=>R,DEFAULT_REGION:()=>_,EXAMPLE_ROLE_FILE:()=>x,WORKFLOW_FILE:()=>C,checkInitOptions:()=>i,environmentNames:()=>e,parseEnvironmentArgument:()=>o,scaffold:()=>p});var h=d(7335),f=d(440),j=d(8773),l=d(156),w=d(9518);const y="rolegate",P="rolegate/rolegate",k="v1",_="us-east-1",R="rolegate.yml",x="iam/example-role.yml",C=".github/workflows/rolegate.yml",O="example-role";function o(t){const r=/^([^=]*)=(.*)$/.exec(t.trim());if(!r)throw new f.eb(`--env for init is NAME=ACCOUNT, e.g. --env dev=111111111111; got "${t}"`);return{name:r[1].trim(),account:r[2].trim()}}function i(t){const r=t.region??_,g=t.projectFromFolder?`the folder's name "${t.project}" (the default project; choose one with --project)`:`--project "${t.project}"`;if(!h.$A.test(t.project))throw new f.eb(`${g} cannot start IAM role names: use letters, digits and +=.@_- (start with a letter or digit)`);if(t.project.includes(","))throw new f.eb(`${g} has a comma, which IAM refuses in the tags rolegate init writes it into (Project, ${l.B}): use letters, digits and +=.@_-`);if(!h.aY.test(r))throw new f.eb(`--region "${r}" is not a region code; use one such as us-east-1`);if(t.environments.length===0)throw new f.eb("name at least one environment and its AWS account: --env dev=111111111111 (repeat --env for more, in deploy order)");for(const[u,{name:b,account:s}]of t.environments.entries()){if(!h.$Q.test(b))throw new f.eb(`--env "${b}=${s}": in the environment name, ${h.nx}`);if(!h.j5.test(s))throw new f.eb(`--env "${b}=${s}": the account must be an AWS account id, 12 digits`);for(const I of t.environments.slice(0,u))n(I.name,b);$(t.project,b,g)}return{project:t.project,environments:t.environments,region:r}}function e(t){return{job:t.replace(/\./g,"_"),planRoleVariable:`ROLEGATE_PLAN_ROLE_${t.toUpperCase().replace(/[^A-Z0-9]/g,"_")}`,githubEnvironment:t}}function n(t,r){if(t===r)throw new f.eb(`--env "${r}" is given twice; name each environment once`);const g=e(t),u=e(r),b=(I,L)=>I.toLowerCase()===L.toLowerCase(),s=[];if(b(g.job,u.job)&&s.push(`the job ids plan-${u.job} and deploy-${u.job}`),b(g.planRoleVariable,u.planRoleVariable)&&s.push(`the repository variable ${u.planRoleVariable}`),b(g.githubEnvironment,u.githubEnvironment)&&s.push(`the GitHub environment "${u.githubEnvironment}"`),s.length>0)throw new f.eb(`--env "${t}" and --env "${r}" would share ${s.slice(0,-1).join(", ")}${s.length>1?" and ":""}${s[s.length-1]} in the workflow (GitHub ignores case in these names; the job id turns "." into "_", the variable name "-" and "." too). Name the environments so that they differ in more than case, "-", "_" and "."`)}function c(t,r){return[{name:a(t,r),what:'the deployer role "rolegate bootstrap" creates',max:j.Ci},{name:`${t}-${r}-${O}`,what:"the example role",max:j.Ci},{name:v(t),what:"the permissions boundary policy",max:j.el}]}function $(t,r,g){for(const{name:u,what:b,max:s}of c(t,r))if(!(u.length<=s))throw new f.eb(`${g} and --env "${r}" make a name too long for IAM: ${b} would be "${u}", ${u.length} characters; IAM allows at most ${s}. Shorten the project or environment name by ${u.length-s} character${u.length-s===1?"":"s"}`)}function a(t,r){return`${t}-${r}-rolegate-deployer`}function v(t){return`${t}-rolegate-boundary`}function p(t){const r=i(t);return[{path:R,text:A(r)},{path:x,text:T()},{path:C,text:M(r)}]}function m(t,r){return`# yaml-language-server: $schema=${"../".repeat(t.split("/").length-1)}node_modules/${y}/schema/${r}.schema.json`}function A({project:t,environments:r,region:g}){const u=(0,w.iQ)({account:"000000000000",region:g}),b=[m(R,"rolegate"),'# RoleGate configuration, written by "rolegate init". Reference: the docs folder of the rolegate package',"# (definitions.md). Hover a key in an editor with the YAML language server for its meaning.","version: 1",`project: "${t}"`,'definitions: ["iam/**/*.yml", "iam/**/*.yaml"]',`naming: "{project}-{environment}-{name}" # physical role names, e.g. ${t}-${r[0].name}-${O}`,"defaults:",'  # "rolegate bootstrap" creates this boundary in each account; the deployer can only create',"  # roles that carry it.",`  permissionsBoundary: "arn:{partition}:iam::{account}:policy/${v("{project}")}"`,"  maxSessionDuration: 3600","  tags:",'    Project: "{project}"','    Environment: "{environment}"','# In deploy order. deployRole is the role "rolegate bootstrap" creates; protected: true makes',"# RoleGate deploy only from a job bound to the GitHub environment of the same name.","environments:"];for(const{name:s,account:I}of r)b.push(`  ${s}:`,`    account: "${I}"`,`    region: ${g}`,`    deployRole: "arn:${u}:iam::${I}:role/${a(t,s)}"`,"    protected: true");return b.join(`
`)+`
`}function T(){return`${m(x,"definition")}
# An example role, written by "rolegate init": edit it, or delete it and add your own files under iam/.
# Deployed as {project}-{environment}-${O} in every environment of rolegate.yml.
kind: Role
name: ${O}
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
`}function M({environments:t}){const r=`${P}@${k}`,g="['rolegate.yml', 'iam/**']",u=`# RoleGate, written by "rolegate init": a check on every pull request; on merge to the default
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
${t.map(({name:s})=>`#     ${e(s).planRoleVariable} for ${s}`).join(`
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
      - uses: ${r}
        with:
          command: check
`,b=t.map(({name:s},I)=>{const{job:L,planRoleVariable:G,githubEnvironment:N}=e(s),F=I===0?void 0:`deploy-${e(t[I-1].name).job}`,S="github.event_name != 'pull_request' && (github.event_name == 'schedule' || github.ref == format('refs/heads/{0}', github.event.repository.default_branch))",W=F?`\${{ !failure() && !cancelled() && ${S} }}`:`\${{ ${S} }}`;return`
  plan-${L}:
    name: Plan ${s}
${F?`    needs: ${F}
`:""}    if: ${W}
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
          environment: "${s}"
          role-to-assume: \${{ vars.${G} }}

  deploy-${L}:
    name: Deploy ${s}
    needs: plan-${L}
    if: needs.plan-${L}.outputs.changed == 'true' # nothing to approve when nothing changes
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
      - uses: ${r}
        with:
          command: deploy
          environment: "${s}"
          plan-digest: \${{ needs.plan-${L}.outputs.digest }} # only the reviewed plan is applied
`});return u+b.join("")}}),5180:((D,E,d)=>{d.d(E,{Ki:()=>O,Kk:()=>l,ZB:()=>x,df:()=>y,ne:()=>R,sQ:()=>w,t$:()=>C});const h=Symbol("source positions");function f(o){return o[h]}function j(o){let i=f(o);return i||(i={},Object.defineProperty(o,h,{value:i})),i}function l(o,i,e){const n=j(o);(n.members??=new Map).set(i,e)}function w(o,i){j(o).own=i}function y(o,i){if(!(o===null||typeof o!="object")){if(i!==void 0){const e=P(o,i);if(e)return e}return k(o)}}function P(o,i){for(let e=f(o);e;e=_(e)){const n=e.members?.get(i);if(n)return n}}function k(o){for(let i=f(o);i;i=_(i))if(i.own)return i.own}function _(o){return o.copiedFrom&&f(o.copiedFrom)}function R(o,i){o!==i&&(j(i).copiedFrom=o)}function x(o,i,e,n){const c=P(o,i);c&&l(e,n,c)}function C(o,i){let e=y(o),n=o;for(const c of i){if(n===null||typeof n!="object")break;e=y(n,c)??e,n=n[c]}return e}function O(o){const i=[],e=n=>{if(n===null||typeof n!="object")return;const c=k(n);i.push(c?`${c.file}:${c.line}:${c.column}`:"");for(const $ of Array.isArray(n)?n.keys():Object.keys(n)){const a=P(n,$);i.push(a?`${a.file}:${a.line}:${a.column}`:""),e(n[$])}};return e(o),i.join(" ")}}),8996:((D,E,d)=>{d.d(E,{$3:()=>f,P5:()=>j,ZV:()=>h});function h(l,w){return l!=null&&Object.hasOwn(l,w)?l[w]:void 0}function f(l,w){return l!=null&&Object.hasOwn(l,w)}function j(l,w,y){w==="__proto__"?Object.defineProperty(l,w,{value:y,enumerable:!0,writable:!0,configurable:!0}):l[w]=y}})};export{B as id,K as ids,U as modules};
