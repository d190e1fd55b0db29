const B=722,U=[722,326],K={722:((S,I,h)=>{h.r(I),h.d(I,{planInit:()=>x,renderInitText:()=>P,runInit:()=>D,writePlan:()=>j});var m=h(1455),g=h.n(m),O=h(6760),$=h.n(O),_=h(440),R=h(17),k=h(6326);async function D(n){const i=(0,k.scaffold)({project:n.project??$().basename($().resolve(n.cwd)),projectFromFolder:n.project===void 0,environments:n.environments,region:n.region});return j(await x(n.cwd,i))}async function x(n,i){const u=new Map,p=[],r=[],f=[];for(const s of i){const l=s.path.split("/");let v=!1;for(let A=1;A<l.length&&!v;A++){const e=l.slice(0,A).join("/");let t=u.get(e);if(t===void 0){const c=l.slice(0,A-1).join("/"),a=u.get(c)==="missing"?"missing":await M($().join(n,e));t=typeof a=="string"?a:"blocked",typeof a!="string"&&f.push(`${e} ${a.problem}: init needs a folder there for ${s.path}`),t==="missing"&&p.push(e),u.set(e,t)}v=t==="blocked"}if(v||l.length>1&&u.get(l.slice(0,-1).join("/"))==="missing")continue;const C=await w($().join(n,s.path));C==="present"?r.push(s.path):C!=="missing"&&f.push(`${s.path} ${C.problem}`)}if(r.length>0||f.length>0){const s=[...f];r.length>0&&s.unshift(`${r.join(", ")} already exist${r.length===1?"s":""}`);const l=r.length+f.length===1?"it":"them";throw new _.eb(`init writes nothing in ${$().resolve(n)}: ${s.join("; ")}. Move ${l} aside and run init again`+(r.length>0?`, or edit ${r.length===1?"it":"them"} by hand`:""))}return{cwd:n,folders:p,files:[...i]}}async function j(n){const i=[],u=[];let p="";try{for(const r of n.files){for(const s of n.folders)!r.path.startsWith(`${s}/`)||i.includes(s)||(p=s,await(0,m.mkdir)($().join(n.cwd,s)),i.push(s));p=r.path;const f=await(0,m.open)($().join(n.cwd,r.path),"wx");u.push(r.path);try{await f.writeFile(r.text)}finally{await f.close()}}}catch(r){throw new _.eb(`init could not write ${p} (${y(r)}). ${await L(n.cwd,u,i)}`)}return{written:u}}async function L(n,i,u){const p=[],r=[];for(const l of[...i].reverse())try{await(0,m.rm)($().join(n,l)),p.push(l)}catch(v){r.push(`${l} (${y(v)})`)}for(const l of[...u].reverse())try{await(0,m.rmdir)($().join(n,l)),p.push(`${l}/`)}catch(v){r.push(`${l}/ (${y(v)})`)}const f=p.length===0?"It had written nothing.":`It removed what it had written: ${p.join(", ")}.`,s=r.length===0?"Fix the cause and run init again.":`It could not remove ${r.join(", ")}: remove ${r.length===1?"it":"them"} by hand, fix the cause and run init again.`;return`${f} ${s}`}async function M(n){try{return(await(0,m.stat)(n)).isDirectory()?"present":{problem:"is a file"}}catch(u){if((0,R.CA)(u)!=="ENOENT")return{problem:`cannot be read (${y(u)})`}}const i=await w(n);return i==="present"?{problem:"is a link to nothing"}:i}async function w(n){try{return await(0,m.lstat)(n),"present"}catch(i){return(0,R.CA)(i)==="ENOENT"?"missing":{problem:`cannot be read (${y(i)})`}}}function y(n){return(0,R.gJ)(n).replace(/, \w+ '[^']*'(?: -> '[^']*')?$/,"")}function P(n){return[...n.written.map(i=>`wrote ${i}`),"",'Next: "rolegate validate" checks the definitions; the comments at the top of',".github/workflows/rolegate.yml list what to set up in AWS and GitHub before the first merge.",""].join(`
`)}}),6326:((S,I,h)=>{h.r(I),h.d(I,{CONFIG_FILE:()=>j,DEFAULT_REGION:()=>x,EXAMPLE_ROLE_FILE:()=>L,WORKFLOW_FILE:()=>M,checkInitOptions:()=>P,environmentNames:()=>n,parseEnvironmentArgument:()=>y,scaffold:()=>s});var m=h(7335),g=h(440),O=h(8773),$=h(156),_=h(9518);const R="rolegate",k="rolegate/rolegate",D="v1",x="us-east-1",j="rolegate.yml",L="iam/example-role.yml",M=".github/workflows/rolegate.yml",w="example-role";function y(e){const t=/^([^=]*)=(.*)$/.exec(e.trim());if(!t)throw new g.eb(`--env for init is NAME=ACCOUNT, e.g. --env dev=111111111111; got "${e}"`);return{name:t[1].trim(),account:t[2].trim()}}function P(e){const t=e.region??x,c=e.projectFromFolder?`the folder's name "${e.project}" (the default project; choose one with --project)`:`--project "${e.project}"`;if(!m.$A.test(e.project))throw new g.eb(`${c} cannot start IAM role names: use letters, digits and +=.@_- (start with a letter or digit)`);if(e.project.includes(","))throw new g.eb(`${c} has a comma, which IAM refuses in the tags rolegate init writes it into (Project, ${$.B}): use letters, digits and +=.@_-`);if(!m.aY.test(t))throw new g.eb(`--region "${t}" is not a region code; use one such as us-east-1`);if(e.environments.length===0)throw new g.eb("name at least one environment and its AWS account: --env dev=111111111111 (repeat --env for more, in deploy order)");for(const[a,{name:d,account:o}]of e.environments.entries()){if(!m.$Q.test(d))throw new g.eb(`--env "${d}=${o}": in the environment name, ${m.nx}`);if(!m.j5.test(o))throw new g.eb(`--env "${d}=${o}": the account must be an AWS account id, 12 digits`);for(const b of e.environments.slice(0,a))i(b.name,d);p(e.project,d,c)}return{project:e.project,environments:e.environments,region:t}}function n(e){return{job:e.replace(/\./g,"_"),planRoleVariable:`ROLEGATE_PLAN_ROLE_${e.toUpperCase().replace(/[^A-Z0-9]/g,"_")}`,githubEnvironment:e}}function i(e,t){if(e===t)throw new g.eb(`--env "${t}" is given twice; name each environment once`);const c=n(e),a=n(t),d=(b,E)=>b.toLowerCase()===E.toLowerCase(),o=[];if(d(c.job,a.job)&&o.push(`the job ids plan-${a.job} and deploy-${a.job}`),d(c.planRoleVariable,a.planRoleVariable)&&o.push(`the repository variable ${a.planRoleVariable}`),d(c.githubEnvironment,a.githubEnvironment)&&o.push(`the GitHub environment "${a.githubEnvironment}"`),o.length>0)throw new g.eb(`--env "${e}" and --env "${t}" would share ${o.slice(0,-1).join(", ")}${o.length>1?" and ":""}${o[o.length-1]} in the workflow (GitHub ignores case in these names; the job id turns "." into "_", the variable name "-" and "." too). Name the environments so that they differ in more than case, "-", "_" and "."`)}function u(e,t){return[{name:r(e,t),what:'the deployer role "rolegate bootstrap" creates',max:O.Ci},{name:`${e}-${t}-${w}`,what:"the example role",max:O.Ci},{name:f(e),what:"the permissions boundary policy",max:O.el}]}function p(e,t,c){for(const{name:a,what:d,max:o}of u(e,t))if(!(a.length<=o))throw new g.eb(`${c} and --env "${t}" make a name too long for IAM: ${d} would be "${a}", ${a.length} characters; IAM allows at most ${o}. Shorten the project or environment name by ${a.length-o} character${a.length-o===1?"":"s"}`)}function r(e,t){return`${e}-${t}-rolegate-deployer`}function f(e){return`${e}-rolegate-boundary`}function s(e){const t=P(e);return[{path:j,text:v(t)},{path:L,text:C()},{path:M,text:A(t)}]}function l(e,t){return`# yaml-language-server: $schema=${"../".repeat(e.split("/").length-1)}node_modules/${R}/schema/${t}.schema.json`}function v({project:e,environments:t,region:c}){const a=(0,_.iQ)({account:"000000000000",region:c}),d=[l(j,"rolegate"),'# RoleGate configuration, written by "rolegate init". Reference: the docs folder of the rolegate package',"# (definitions.md). Hover a key in an editor with the YAML language server for its meaning.","version: 1",`project: "${e}"`,'definitions: ["iam/**/*.yml", "iam/**/*.yaml"]',`naming: "{project}-{environment}-{name}" # physical role names, e.g. ${e}-${t[0].name}-${w}`,"defaults:",'  # "rolegate bootstrap" creates this boundary in each account; the deployer can only create',"  # roles that carry it.",`  permissionsBoundary: "arn:{partition}:iam::{account}:policy/${f("{project}")}"`,"  maxSessionDuration: 3600","  tags:",'    Project: "{project}"','    Environment: "{environment}"','# In deploy order. deployRole is the role "rolegate bootstrap" creates; protected: true makes',"# RoleGate deploy only from a job bound to the GitHub environment of the same name.","environments:"];for(const{name:o,account:b}of t)d.push(`  ${o}:`,`    account: "${b}"`,`    region: ${c}`,`    deployRole: "arn:${a}:iam::${b}:role/${r(e,o)}"`,"    protected: true");return d.join(`
`)+`
`}function C(){return`${l(L,"definition")}
# An example role, written by "rolegate init": edit it, or delete it and add your own files under iam/.
# Deployed as {project}-{environment}-${w} in every environment of rolegate.yml.
kind: Role
name: ${w}
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
`}function A({environments:e}){const t=`${k}@${D}`,c="['rolegate.yml', 'iam/**']",a=`# RoleGate, written by "rolegate init": a check on every pull request; on merge to the default
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
${e.map(({name:o})=>`#     ${n(o).planRoleVariable} for ${o}`).join(`
`)}
# - If the default branch is not main, change "branches" below.
# Adding an environment to rolegate.yml: copy its plan and deploy jobs below.
name: RoleGate

on:
  pull_request:
    paths: ${c}
  push:
    branches: [main]
    paths: ${c}
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
`,d=e.map(({name:o},b)=>{const{job:E,planRoleVariable:G,githubEnvironment:N}=n(o),T=b===0?void 0:`deploy-${n(e[b-1].name).job}`,F="github.event_name != 'pull_request' && (github.event_name == 'schedule' || github.ref == format('refs/heads/{0}', github.event.repository.default_branch))",W=T?`\${{ !failure() && !cancelled() && ${F} }}`:`\${{ ${F} }}`;return`
  plan-${E}:
    name: Plan ${o}
${T?`    needs: ${T}
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
        uses: ${t}
        with:
          command: plan # the job summary is what the reviewer reads
          environment: "${o}"
          role-to-assume: \${{ vars.${G} }}

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
      - uses: ${t}
        with:
          command: deploy
          environment: "${o}"
          plan-digest: \${{ needs.plan-${E}.outputs.digest }} # only the reviewed plan is applied
`});return a+d.join("")}})};export{B as id,U as ids,K as modules};
