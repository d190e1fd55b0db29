const W=656,B=[656,84],K={722:((T,O,f)=>{f.r(O),f.d(O,{planInit:()=>R,renderInitText:()=>i,runInit:()=>k,writePlan:()=>x});var p=f(1455),w=f.n(p),j=f(6760),l=f.n(j),v=f(440),E=f(6326);async function k(e){const o=(0,E.scaffold)({project:e.project??l().basename(l().resolve(e.cwd)),projectFromFolder:e.project===void 0,environments:e.environments,region:e.region});return x(await R(e.cwd,o))}async function R(e,o){const $=new Map,m=[],c=[],y=[];for(const g of o){const b=g.path.split("/");let _=!1;for(let t=1;t<b.length&&!_;t++){const n=b.slice(0,t).join("/");let u=$.get(n);if(u===void 0){const d=b.slice(0,t-1).join("/"),h=$.get(d)==="missing"?"missing":await M(l().join(e,n));u=typeof h=="string"?h:"blocked",typeof h!="string"&&y.push(`${n} ${h.problem}: init needs a folder there for ${g.path}`),u==="missing"&&m.push(n),$.set(n,u)}_=u==="blocked"}if(_||b.length>1&&$.get(b.slice(0,-1).join("/"))==="missing")continue;const C=await A(l().join(e,g.path));C==="present"?c.push(g.path):C!=="missing"&&y.push(`${g.path} ${C.problem}`)}if(c.length>0||y.length>0){const g=[...y];c.length>0&&g.unshift(`${c.join(", ")} already exist${c.length===1?"s":""}`);const b=c.length+y.length===1?"it":"them";throw new v.eb(`init writes nothing in ${l().resolve(e)}: ${g.join("; ")}. Move ${b} aside and run init again`+(c.length>0?`, or edit ${c.length===1?"it":"them"} by hand`:""))}return{cwd:e,folders:m,files:[...o]}}async function x(e){const o=[],$=[];let m="";try{for(const c of e.files){for(const g of e.folders)!c.path.startsWith(`${g}/`)||o.includes(g)||(m=g,await(0,p.mkdir)(l().join(e.cwd,g)),o.push(g));m=c.path;const y=await(0,p.open)(l().join(e.cwd,c.path),"wx");$.push(c.path);try{await y.writeFile(c.text)}finally{await y.close()}}}catch(c){throw new v.eb(`init could not write ${m} (${r(c)}). ${await P(e.cwd,$,o)}`)}return{written:$}}async function P(e,o,$){const m=[],c=[];for(const b of[...o].reverse())try{await(0,p.rm)(l().join(e,b)),m.push(b)}catch(_){c.push(`${b} (${r(_)})`)}for(const b of[...$].reverse())try{await(0,p.rmdir)(l().join(e,b)),m.push(`${b}/`)}catch(_){c.push(`${b}/ (${r(_)})`)}const y=m.length===0?"It had written nothing.":`It removed what it had written: ${m.join(", ")}.`,g=c.length===0?"Fix the cause and run init again.":`It could not remove ${c.join(", ")}: remove ${c.length===1?"it":"them"} by hand, fix the cause and run init again.`;return`${y} ${g}`}async function M(e){try{return(await(0,p.stat)(e)).isDirectory()?"present":{problem:"is a file"}}catch($){if(s($)!=="ENOENT")return{problem:`cannot be read (${r($)})`}}const o=await A(e);return o==="present"?{problem:"is a link to nothing"}:o}async function A(e){try{return await(0,p.lstat)(e),"present"}catch(o){return s(o)==="ENOENT"?"missing":{problem:`cannot be read (${r(o)})`}}}function s(e){const o=typeof e=="object"&&e!==null?e.code:void 0;return typeof o=="string"?o:void 0}function r(e){const o=typeof e=="object"&&e!==null?e.message:void 0;return typeof o!="string"?String(e):o.replace(/, \w+ '[^']*'(?: -> '[^']*')?$/,"")}function i(e){return[...e.written.map(o=>`wrote ${o}`),"",'Next: "rolegate validate" checks the definitions; the comments at the top of',".github/workflows/rolegate.yml list what to set up in AWS and GitHub before the first merge.",""].join(`
`)}}),6326:((T,O,f)=>{f.r(O),f.d(O,{CONFIG_FILE:()=>x,DEFAULT_REGION:()=>R,EXAMPLE_ROLE_FILE:()=>P,WORKFLOW_FILE:()=>M,checkInitOptions:()=>r,environmentNames:()=>i,parseEnvironmentArgument:()=>s,scaffold:()=>y});var p=f(7335),w=f(440),j=f(8773),l=f(9518);const v="rolegate",E="rolegate/rolegate",k="v1",R="us-east-1",x="rolegate.yml",P="iam/example-role.yml",M=".github/workflows/rolegate.yml",A="example-role";function s(t){const n=/^([^=]*)=(.*)$/.exec(t.trim());if(!n)throw new w.eb(`--env for init is NAME=ACCOUNT, e.g. --env dev=111111111111; got "${t}"`);return{name:n[1].trim(),account:n[2].trim()}}function r(t){const n=t.region??R,u=t.projectFromFolder?`the folder's name "${t.project}" (the default project; choose one with --project)`:`--project "${t.project}"`;if(!p.$A.test(t.project))throw new w.eb(`${u} cannot start IAM role names: use letters, digits and +=,.@_- (start with a letter or digit)`);if(!p.aY.test(n))throw new w.eb(`--region "${n}" is not a region code; use one such as us-east-1`);if(t.environments.length===0)throw new w.eb("name at least one environment and its AWS account: --env dev=111111111111 (repeat --env for more, in deploy order)");for(const[d,{name:h,account:a}]of t.environments.entries()){if(!p.$Q.test(h))throw new w.eb(`--env "${h}=${a}": in the environment name, ${p.nx}`);if(!p.j5.test(a))throw new w.eb(`--env "${h}=${a}": the account must be an AWS account id, 12 digits`);for(const I of t.environments.slice(0,d))e(I.name,h);$(t.project,h,u)}return{project:t.project,environments:t.environments,region:n}}function i(t){return{job:t.replace(/\./g,"_"),planRoleVariable:`ROLEGATE_PLAN_ROLE_${t.toUpperCase().replace(/[^A-Z0-9]/g,"_")}`,githubEnvironment:t}}function e(t,n){if(t===n)throw new w.eb(`--env "${n}" is given twice; name each environment once`);const u=i(t),d=i(n),h=(I,L)=>I.toLowerCase()===L.toLowerCase(),a=[];if(h(u.job,d.job)&&a.push(`the job ids plan-${d.job} and deploy-${d.job}`),h(u.planRoleVariable,d.planRoleVariable)&&a.push(`the repository variable ${d.planRoleVariable}`),h(u.githubEnvironment,d.githubEnvironment)&&a.push(`the GitHub environment "${d.githubEnvironment}"`),a.length>0)throw new w.eb(`--env "${t}" and --env "${n}" would share ${a.slice(0,-1).join(", ")}${a.length>1?" and ":""}${a[a.length-1]} in the workflow (GitHub ignores case in these names; the job id turns "." into "_", the variable name "-" and "." too). Name the environments so that they differ in more than case, "-", "_" and "."`)}function o(t,n){return[{name:m(t,n),what:'the deployer role "rolegate bootstrap" creates',max:j.Ci},{name:`${t}-${n}-${A}`,what:"the example role",max:j.Ci},{name:c(t),what:"the permissions boundary policy",max:j.el}]}function $(t,n,u){for(const{name:d,what:h,max:a}of o(t,n))if(!(d.length<=a))throw new w.eb(`${u} and --env "${n}" make a name too long for IAM: ${h} would be "${d}", ${d.length} characters; IAM allows at most ${a}. Shorten the project or environment name by ${d.length-a} character${d.length-a===1?"":"s"}`)}function m(t,n){return`${t}-${n}-rolegate-deployer`}function c(t){return`${t}-rolegate-boundary`}function y(t){const n=r(t);return[{path:x,text:b(n)},{path:P,text:_()},{path:M,text:C(n)}]}function g(t,n){return`# yaml-language-server: $schema=${"../".repeat(t.split("/").length-1)}node_modules/${v}/schema/${n}.schema.json`}function b({project:t,environments:n,region:u}){const d=(0,l.iQ)({account:"000000000000",region:u}),h=[g(x,"rolegate"),'# RoleGate configuration, written by "rolegate init". Reference: the docs folder of the rolegate package',"# (definitions.md). Hover a key in an editor with the YAML language server for its meaning.","version: 1",`project: "${t}"`,'definitions: ["iam/**/*.yml", "iam/**/*.yaml"]',`naming: "{project}-{environment}-{name}" # physical role names, e.g. ${t}-${n[0].name}-${A}`,"defaults:",'  # "rolegate bootstrap" creates this boundary in each account; the deployer can only create',"  # roles that carry it.",`  permissionsBoundary: "arn:{partition}:iam::{account}:policy/${c("{project}")}"`,"  maxSessionDuration: 3600","  tags:",'    Project: "{project}"','    Environment: "{environment}"','# In deploy order. deployRole is the role "rolegate bootstrap" creates; protected: true makes',"# RoleGate deploy only from a job bound to the GitHub environment of the same name.","environments:"];for(const{name:a,account:I}of n)h.push(`  ${a}:`,`    account: "${I}"`,`    region: ${u}`,`    deployRole: "arn:${d}:iam::${I}:role/${m(t,a)}"`,"    protected: true");return h.join(`
`)+`
`}function _(){return`${g(P,"definition")}
# An example role, written by "rolegate init": edit it, or delete it and add your own files under iam/.
# Deployed as {project}-{environment}-${A} in every environment of rolegate.yml.
kind: Role
name: ${A}
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
`}function C({environments:t}){const n=`${E}@${k}`,u="['rolegate.yml', 'iam/**']",d=`# RoleGate, written by "rolegate init": a check on every pull request; on merge to the default
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
${t.map(({name:a})=>`#     ${i(a).planRoleVariable} for ${a}`).join(`
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
      - uses: ${n}
        with:
          command: check
`,h=t.map(({name:a},I)=>{const{job:L,planRoleVariable:S,githubEnvironment:N}=i(a),D=I===0?void 0:`deploy-${i(t[I-1].name).job}`,F="github.event_name != 'pull_request' && (github.event_name == 'schedule' || github.ref == format('refs/heads/{0}', github.event.repository.default_branch))",G=D?`\${{ !failure() && !cancelled() && ${F} }}`:`\${{ ${F} }}`;return`
  plan-${L}:
    name: Plan ${a}
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
          environment: "${a}"
          role-to-assume: \${{ vars.${S} }}

  deploy-${L}:
    name: Deploy ${a}
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
      - uses: ${n}
        with:
          command: deploy
          environment: "${a}"
          plan-digest: \${{ needs.plan-${L}.outputs.digest }} # only the reviewed plan is applied
`});return d+h.join("")}}),5180:((T,O,f)=>{f.d(O,{Ki:()=>A,Kk:()=>l,ZB:()=>P,df:()=>E,ne:()=>x,sQ:()=>v,t$:()=>M});const p=new WeakMap,w=new WeakMap,j=new WeakMap;function l(s,r,i){let e=p.get(s);e||(e=new Map,p.set(s,e)),e.set(r,i)}function v(s,r){w.set(s,r)}function E(s,r){if(!(s===null||typeof s!="object")){if(r!==void 0){const i=k(s,r);if(i)return i}return R(s)}}function k(s,r){for(let i=s;i;i=j.get(i)){const e=p.get(i)?.get(r);if(e)return e}}function R(s){for(let r=s;r;r=j.get(r)){const i=w.get(r);if(i)return i}}function x(s,r){s!==r&&j.set(r,s)}function P(s,r,i,e){const o=k(s,r);o&&l(i,e,o)}function M(s,r){let i=E(s),e=s;for(const o of r){if(e===null||typeof e!="object")break;i=E(e,o)??i,e=e[o]}return i}function A(s){const r=[],i=e=>{if(e===null||typeof e!="object")return;const o=R(e);r.push(o?`${o.file}:${o.line}:${o.column}`:"");for(const $ of Array.isArray(e)?e.keys():Object.keys(e)){const m=k(e,$);r.push(m?`${m.file}:${m.line}:${m.column}`:""),i(e[$])}};return i(s),r.join(" ")}}),8996:((T,O,f)=>{f.d(O,{$3:()=>w,P5:()=>j,ZV:()=>p});function p(l,v){return l!=null&&Object.hasOwn(l,v)?l[v]:void 0}function w(l,v){return l!=null&&Object.hasOwn(l,v)}function j(l,v,E){v==="__proto__"?Object.defineProperty(l,v,{value:E,enumerable:!0,writable:!0,configurable:!0}):l[v]=E}})};export{W as id,B as ids,K as modules};
