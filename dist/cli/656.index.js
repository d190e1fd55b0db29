const B=656,K=[656,84],U={722:((T,O,d)=>{d.r(O),d.d(O,{planInit:()=>x,renderInitText:()=>r,runInit:()=>R,writePlan:()=>I});var m=d(1455),p=d.n(m),y=d(6760),c=d.n(y),g=d(7206),j=d(6326);async function R(e){const n=(0,j.scaffold)({project:e.project??c().basename(c().resolve(e.cwd)),projectFromFolder:e.project===void 0,environments:e.environments,region:e.region});return I(await x(e.cwd,n))}async function x(e,n){const o=new Map,l=[],s=[],$=[];for(const h of n){const b=h.path.split("/");let E=!1;for(let M=1;M<b.length&&!E;M++){const L=b.slice(0,M).join("/");let t=o.get(L);if(t===void 0){const i=b.slice(0,M-1).join("/"),u=o.get(i)==="missing"?"missing":await _(c().join(e,L));t=typeof u=="string"?u:"blocked",typeof u!="string"&&$.push(`${L} ${u.problem}: init needs a folder there for ${h.path}`),t==="missing"&&l.push(L),o.set(L,t)}E=t==="blocked"}if(E||b.length>1&&o.get(b.slice(0,-1).join("/"))==="missing")continue;const F=await k(c().join(e,h.path));F==="present"?s.push(h.path):F!=="missing"&&$.push(`${h.path} ${F.problem}`)}if(s.length>0||$.length>0){const h=[...$];s.length>0&&h.unshift(`${s.join(", ")} already exist${s.length===1?"s":""}`);const b=s.length+$.length===1?"it":"them";throw new g.eb(`init writes nothing in ${c().resolve(e)}: ${h.join("; ")}. Move ${b} aside and run init again`+(s.length>0?`, or edit ${s.length===1?"it":"them"} by hand`:""))}return{cwd:e,folders:l,files:[...n]}}async function I(e){const n=[],o=[];let l="";try{for(const s of e.files){for(const h of e.folders)!s.path.startsWith(`${h}/`)||n.includes(h)||(l=h,await(0,m.mkdir)(c().join(e.cwd,h)),n.push(h));l=s.path;const $=await(0,m.open)(c().join(e.cwd,s.path),"wx");o.push(s.path);try{await $.writeFile(s.text)}finally{await $.close()}}}catch(s){throw new g.eb(`init could not write ${l} (${v(s)}). ${await P(e.cwd,o,n)}`)}return{written:o}}async function P(e,n,o){const l=[],s=[];for(const b of[...n].reverse())try{await(0,m.rm)(c().join(e,b)),l.push(b)}catch(E){s.push(`${b} (${v(E)})`)}for(const b of[...o].reverse())try{await(0,m.rmdir)(c().join(e,b)),l.push(`${b}/`)}catch(E){s.push(`${b}/ (${v(E)})`)}const $=l.length===0?"It had written nothing.":`It removed what it had written: ${l.join(", ")}.`,h=s.length===0?"Fix the cause and run init again.":`It could not remove ${s.join(", ")}: remove ${s.length===1?"it":"them"} by hand, fix the cause and run init again.`;return`${$} ${h}`}async function _(e){try{return(await(0,m.stat)(e)).isDirectory()?"present":{problem:"is a file"}}catch(o){if((0,g.CA)(o)!=="ENOENT")return{problem:`cannot be read (${v(o)})`}}const n=await k(e);return n==="present"?{problem:"is a link to nothing"}:n}async function k(e){try{return await(0,m.lstat)(e),"present"}catch(n){return(0,g.CA)(n)==="ENOENT"?"missing":{problem:`cannot be read (${v(n)})`}}}function v(e){return(0,g.gJ)(e).replace(/, \w+ '[^']*'(?: -> '[^']*')?$/,"")}function r(e){return[...e.written.map(n=>`wrote ${n}`),"",'Next: "rolegate validate" checks the definitions; the comments at the top of',".github/workflows/rolegate.yml list what to set up in AWS and GitHub before the first merge.",""].join(`
`)}}),6326:((T,O,d)=>{d.r(O),d.d(O,{CONFIG_FILE:()=>P,DEFAULT_REGION:()=>I,EXAMPLE_ROLE_FILE:()=>_,WORKFLOW_FILE:()=>k,checkInitOptions:()=>e,environmentNames:()=>n,parseEnvironmentArgument:()=>r,scaffold:()=>b});var m=d(7335),p=d(7206),y=d(8773),c=d(156),g=d(9518);const j="rolegate",R="rolegate/rolegate",x="v1",I="us-east-1",P="rolegate.yml",_="iam/example-role.yml",k=".github/workflows/rolegate.yml",v="example-role";function r(t){const i=/^([^=]*)=(.*)$/.exec(t.trim());if(!i)throw new p.eb(`--env for init is NAME=ACCOUNT, e.g. --env dev=111111111111; got "${t}"`);return{name:i[1].trim(),account:i[2].trim()}}function e(t){const i=t.region??I,u=t.projectFromFolder?`the folder's name "${t.project}" (the default project; choose one with --project)`:`--project "${t.project}"`;if(!m.$A.test(t.project))throw new p.eb(`${u} cannot start IAM role names: use letters, digits and +=.@_- (start with a letter or digit)`);if(t.project.includes(","))throw new p.eb(`${u} has a comma, which IAM refuses in the tags rolegate init writes it into (Project, ${c.B}): use letters, digits and +=.@_-`);if(!m.aY.test(i))throw new p.eb(`--region "${i}" is not a region code; use one such as us-east-1`);if(t.environments.length===0)throw new p.eb("name at least one environment and its AWS account: --env dev=111111111111 (repeat --env for more, in deploy order)");for(const[f,{name:w,account:a}]of t.environments.entries()){if(!m.$Q.test(w))throw new p.eb(`--env "${w}=${a}": in the environment name, ${m.nx}`);if(!m.j5.test(a))throw new p.eb(`--env "${w}=${a}": the account must be an AWS account id, 12 digits`);for(const A of t.environments.slice(0,f))o(A.name,w);s(t.project,w,u)}return{project:t.project,environments:t.environments,region:i}}function n(t){return{job:t.replace(/\./g,"_"),planRoleVariable:`ROLEGATE_PLAN_ROLE_${t.toUpperCase().replace(/[^A-Z0-9]/g,"_")}`,githubEnvironment:t}}function o(t,i){if(t===i)throw new p.eb(`--env "${i}" is given twice; name each environment once`);const u=n(t),f=n(i),w=(A,C)=>A.toLowerCase()===C.toLowerCase(),a=[];if(w(u.job,f.job)&&a.push(`the job ids plan-${f.job} and deploy-${f.job}`),w(u.planRoleVariable,f.planRoleVariable)&&a.push(`the repository variable ${f.planRoleVariable}`),w(u.githubEnvironment,f.githubEnvironment)&&a.push(`the GitHub environment "${f.githubEnvironment}"`),a.length>0)throw new p.eb(`--env "${t}" and --env "${i}" would share ${a.slice(0,-1).join(", ")}${a.length>1?" and ":""}${a[a.length-1]} in the workflow (GitHub ignores case in these names; the job id turns "." into "_", the variable name "-" and "." too). Name the environments so that they differ in more than case, "-", "_" and "."`)}function l(t,i){return[{name:$(t,i),what:'the deployer role "rolegate bootstrap" creates',max:y.Ci},{name:`${t}-${i}-${v}`,what:"the example role",max:y.Ci},{name:h(t),what:"the permissions boundary policy",max:y.el}]}function s(t,i,u){for(const{name:f,what:w,max:a}of l(t,i))if(!(f.length<=a))throw new p.eb(`${u} and --env "${i}" make a name too long for IAM: ${w} would be "${f}", ${f.length} characters; IAM allows at most ${a}. Shorten the project or environment name by ${f.length-a} character${f.length-a===1?"":"s"}`)}function $(t,i){return`${t}-${i}-rolegate-deployer`}function h(t){return`${t}-rolegate-boundary`}function b(t){const i=e(t);return[{path:P,text:F(i)},{path:_,text:M()},{path:k,text:L(i)}]}function E(t,i){return`# yaml-language-server: $schema=${"../".repeat(t.split("/").length-1)}node_modules/${j}/schema/${i}.schema.json`}function F({project:t,environments:i,region:u}){const f=(0,g.iQ)({account:"000000000000",region:u}),w=[E(P,"rolegate"),'# RoleGate configuration, written by "rolegate init". Reference: the docs folder of the rolegate package',"# (definitions.md). Hover a key in an editor with the YAML language server for its meaning.","version: 1",`project: "${t}"`,'definitions: ["iam/**/*.yml", "iam/**/*.yaml"]',`naming: "{project}-{environment}-{name}" # physical role names, e.g. ${t}-${i[0].name}-${v}`,"defaults:",'  # "rolegate bootstrap" creates this boundary in each account; the deployer can only create',"  # roles that carry it.",`  permissionsBoundary: "arn:{partition}:iam::{account}:policy/${h("{project}")}"`,"  maxSessionDuration: 3600","  tags:",'    Project: "{project}"','    Environment: "{environment}"','# In deploy order. deployRole is the role "rolegate bootstrap" creates; protected: true makes',"# RoleGate deploy only from a job bound to the GitHub environment of the same name.","environments:"];for(const{name:a,account:A}of i)w.push(`  ${a}:`,`    account: "${A}"`,`    region: ${u}`,`    deployRole: "arn:${f}:iam::${A}:role/${$(t,a)}"`,"    protected: true");return w.join(`
`)+`
`}function M(){return`${E(_,"definition")}
# An example role, written by "rolegate init": edit it, or delete it and add your own files under iam/.
# Deployed as {project}-{environment}-${v} in every environment of rolegate.yml.
kind: Role
name: ${v}
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
`}function L({environments:t}){const i=`${R}@${x}`,u="['rolegate.yml', 'iam/**']",f=`# RoleGate, written by "rolegate init": a check on every pull request; on merge to the default
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
${t.map(({name:a})=>`#     ${n(a).planRoleVariable} for ${a}`).join(`
`)}
# - If the default branch is not main, change "branches" below.
# Adding an environment to rolegate.yml: copy its plan and deploy jobs below.
name: RoleGate

on:
  pull_request:
    paths: ${u}
  push:
    branches: [main]
    paths: ${u}
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
`,w=t.map(({name:a},A)=>{const{job:C,planRoleVariable:G,githubEnvironment:D}=n(a),N=A===0?void 0:`deploy-${n(t[A-1].name).job}`,S="github.event_name != 'pull_request' && (github.event_name == 'schedule' || github.ref == format('refs/heads/{0}', github.event.repository.default_branch))",W=N?`\${{ !failure() && !cancelled() && ${S} }}`:`\${{ ${S} }}`;return`
  plan-${C}:
    name: Plan ${a}
${N?`    needs: ${N}
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
        uses: ${i}
        with:
          command: plan # the job summary is what the reviewer reads
          environment: "${a}"
          role-to-assume: \${{ vars.${G} }}

  deploy-${C}:
    name: Deploy ${a}
    needs: plan-${C}
    if: needs.plan-${C}.outputs.changed == 'true' # nothing to approve when nothing changes
    runs-on: ubuntu-latest
    environment: "${D}" # required reviewers approve it
    concurrency:
      group: rolegate-deploy-${D}
      cancel-in-progress: false # never interrupt a deploy half way
    permissions:
      contents: read
      id-token: write # the OIDC token exchanged for the deployer role
    steps:
      - uses: actions/checkout@v5
      - uses: ${i}
        with:
          command: deploy
          environment: "${a}"
          plan-digest: \${{ needs.plan-${C}.outputs.digest }} # only the reviewed plan is applied
`});return f+w.join("")}}),5180:((T,O,d)=>{d.d(O,{Ki:()=>v,Kk:()=>c,ZB:()=>_,df:()=>j,ne:()=>P,sQ:()=>g,t$:()=>k});const m=Symbol("source positions");function p(r){return r[m]}function y(r){let e=p(r);return e||(e={},Object.defineProperty(r,m,{value:e})),e}function c(r,e,n){const o=y(r);(o.members??=new Map).set(e,n)}function g(r,e){y(r).own=e}function j(r,e){if(!(r===null||typeof r!="object")){if(e!==void 0){const n=R(r,e);if(n)return n}return x(r)}}function R(r,e){for(let n=p(r);n;n=I(n)){const o=n.members?.get(e);if(o)return o}}function x(r){for(let e=p(r);e;e=I(e))if(e.own)return e.own}function I(r){return r.copiedFrom&&p(r.copiedFrom)}function P(r,e){r!==e&&(y(e).copiedFrom=r)}function _(r,e,n,o){const l=R(r,e);l&&c(n,o,l)}function k(r,e){let n=j(r),o=r;for(const l of e){if(o===null||typeof o!="object")break;n=j(o,l)??n,o=o[l]}return n}function v(r){const e=[],n=o=>{if(o===null||typeof o!="object")return;const l=x(o);e.push(l?`${l.file}:${l.line}:${l.column}`:"");for(const s of Array.isArray(o)?o.keys():Object.keys(o)){const $=R(o,s);e.push($?`${$.file}:${$.line}:${$.column}`:""),n(o[s])}};return n(r),e.join(" ")}}),8996:((T,O,d)=>{d.d(O,{$3:()=>p,P5:()=>y,ZV:()=>m});function m(c,g){return c!=null&&Object.hasOwn(c,g)?c[g]:void 0}function p(c,g){return c!=null&&Object.hasOwn(c,g)}function y(c,g,j){g==="__proto__"?Object.defineProperty(c,g,{value:j,enumerable:!0,writable:!0,configurable:!0}):c[g]=j}})};export{B as id,K as ids,U as modules};
