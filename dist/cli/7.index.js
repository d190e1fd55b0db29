const ee=7,te=[7,655,850,285],ne={1830:((W,k,d)=>{d.d(k,{_:()=>E,b:()=>R});function R(u){return u.notEvaluated?.length?"unknown":u.verdict}const E=["Conditions are compared as written, not solved: an edited condition counts as both removing and adding access.","The permissions boundary counts only where it provably blocks: a boundary Allow with a condition or a pattern that may overlap counts as allowing, and a boundary RoleGate cannot read blocks nothing. Service control policies and resource policies are not evaluated."]}),9282:((W,k,d)=>{d.d(k,{J8:()=>g,lL:()=>u,pQ:()=>h,y0:()=>E});const R=[{id:"schema",defaultSeverity:"error",family:"definitions",summary:"A file does not follow the RoleGate format."},{id:"unknown-variable",defaultSeverity:"error",family:"definitions",summary:"A {name} variable is not defined."},{id:"duplicate-name",defaultSeverity:"error",family:"definitions",summary:"Two definitions render to the same IAM name."},{id:"unknown-reference",defaultSeverity:"error",family:"definitions",summary:"A managed policy or environment named in a definition does not exist."},{id:"unknown-aws-managed-policy",defaultSeverity:"error",family:"definitions",summary:"An AWS managed policy ARN that is not in RoleGate\u2019s list of AWS managed policies."},{id:"naming-convention",defaultSeverity:"warning",family:"definitions",summary:"A physical name does not follow the naming template."},{id:"grant-expired",defaultSeverity:"warning",family:"definitions",summary:"A time-bound grant (`expires`) has expired: deploy removes it."},{id:"grant-expiring",defaultSeverity:"notice",family:"definitions",summary:"A time-bound grant (`expires`) ends within days."},{id:"access-assertion",defaultSeverity:"error",family:"definitions",summary:"An `expect:` access assertion of a role does not hold: the role can do what it must not, or cannot do what it must."},{id:"malformed-policy",defaultSeverity:"error",family:"grammar",summary:"A policy document breaks IAM policy grammar."},{id:"unknown-service",defaultSeverity:"error",family:"grammar",summary:"An action names a service prefix AWS does not have."},{id:"unknown-action",defaultSeverity:"error",family:"grammar",summary:"An action (after wildcard expansion) matches no AWS action."},{id:"invalid-condition-operator",defaultSeverity:"error",family:"grammar",summary:"A condition operator IAM does not know."},{id:"unknown-condition-key",defaultSeverity:"warning",family:"grammar",summary:"A condition key that neither AWS globally nor the actions\u2019 services define."},{id:"invalid-arn",defaultSeverity:"error",family:"grammar",summary:'A Resource that is not a valid ARN or "*".'},{id:"resource-mismatch",defaultSeverity:"warning",family:"grammar",summary:"No resource type of the action matches the ARN."},{id:"duplicate-sid",defaultSeverity:"error",family:"grammar",summary:"Two statements of one policy share a Sid."},{id:"invalid-condition-value",defaultSeverity:"error",family:"grammar",summary:"A condition value its operator cannot read, or an operator of the wrong type for its key."},{id:"inapplicable-condition-key",defaultSeverity:"warning",family:"grammar",summary:"A service condition key that none of the statement\u2019s actions takes."},{id:"policy-version",defaultSeverity:"warning",family:"grammar",summary:"Version 2008-10-17, or no Version in a document that uses policy variables."},{id:"wildcard-action",defaultSeverity:"error",family:"least-privilege",summary:'Action "*" allows every action of every service.'},{id:"service-wildcard",defaultSeverity:"warning",family:"least-privilege",summary:'Action "service:*" allows every action of a service.'},{id:"resource-wildcard-write",defaultSeverity:"warning",family:"least-privilege",summary:'Write or permissions-management actions on Resource "*" where ARNs could be named.'},{id:"not-action-allow",defaultSeverity:"warning",family:"least-privilege",summary:"Allow with NotAction allows everything not listed."},{id:"not-resource-allow",defaultSeverity:"warning",family:"least-privilege",summary:"Allow with NotResource allows every resource not listed."},{id:"pass-role-unscoped",defaultSeverity:"error",family:"least-privilege",summary:'iam:PassRole on "*" or without iam:PassedToService.'},{id:"privilege-escalation",defaultSeverity:"error",family:"least-privilege",summary:"Actions that let the role grant itself more access."},{id:"credentials-exposure",defaultSeverity:"warning",family:"least-privilege",summary:"Actions that return credentials or secrets."},{id:"data-exfiltration",defaultSeverity:"notice",family:"least-privilege",summary:"Read actions on data stores on unconstrained resources."},{id:"admin-managed-policy",defaultSeverity:"error",family:"least-privilege",summary:"An administrator-level AWS managed policy is attached."},{id:"missing-permissions-boundary",defaultSeverity:"error",family:"least-privilege",summary:"A role has no permissions boundary though the config requires one."},{id:"mfa-bool-false",defaultSeverity:"warning",family:"least-privilege",summary:'aws:MultiFactorAuthPresent compared with "false" in an Allow, or without IfExists in a Deny.'},{id:"trust-any-principal",defaultSeverity:"error",family:"trust",summary:"Anyone may assume the role."},{id:"github-oidc-unpinned-sub",defaultSeverity:"error",family:"trust",summary:"GitHub OIDC trust without a precise sub condition."},{id:"github-oidc-missing-aud",defaultSeverity:"error",family:"trust",summary:"GitHub OIDC trust without aud = sts.amazonaws.com."},{id:"github-oidc-not-environment-bound",defaultSeverity:"warning",family:"trust",summary:"A protected environment\u2019s role trusts GitHub without pinning the environment."},{id:"github-oidc-forallvalues",defaultSeverity:"error",family:"trust",summary:"ForAllValues: in an Allow trust condition is true when the claim is absent."},{id:"cross-account-no-external-id",defaultSeverity:"warning",family:"trust",summary:"Another account may assume the role without sts:ExternalId."},{id:"service-confused-deputy",defaultSeverity:"notice",family:"trust",summary:"A service principal without aws:SourceAccount or aws:SourceArn."},{id:"invalid-principal",defaultSeverity:"error",family:"trust",summary:'A trust policy principal IAM does not accept ("Invalid principal in policy").'},{id:"trust-any-principal-conditioned",defaultSeverity:"notice",family:"trust",summary:'Principal "*" limited only by a condition, e.g. to every account of the organization.'},{id:"role-name-length",defaultSeverity:"error",family:"quotas",summary:"A role or policy name is too long or has characters IAM refuses."},{id:"trust-policy-size",defaultSeverity:"error",family:"quotas",summary:"The trust policy exceeds the account\u2019s size quota."},{id:"inline-policy-size",defaultSeverity:"error",family:"quotas",summary:"A role\u2019s inline policies exceed 10,240 characters together."},{id:"managed-policy-size",defaultSeverity:"error",family:"quotas",summary:"A managed policy exceeds 6,144 characters."},{id:"managed-policy-count",defaultSeverity:"error",family:"quotas",summary:"More managed policies attached than the quota allows."},{id:"tag-limits",defaultSeverity:"error",family:"quotas",summary:"Too many tags, or a tag key or value too long."},{id:"session-duration",defaultSeverity:"error",family:"quotas",summary:"maxSessionDuration outside 3,600\u201343,200 seconds."},{id:"description",defaultSeverity:"error",family:"quotas",summary:"A description longer than 1,000 characters or with characters IAM refuses."},{id:"path",defaultSeverity:"error",family:"quotas",summary:"An IAM path longer than 512 characters or malformed."},{id:"unused-suppression",defaultSeverity:"notice",family:"suppressions",summary:"A suppression that silenced nothing."}],E=new Map(R.map(n=>[n.id,n])),u=new Map([["wildcard-action",9.1],["privilege-escalation",9],["trust-any-principal",9.3],["admin-managed-policy",8.8],["pass-role-unscoped",8.1],["github-oidc-unpinned-sub",9],["github-oidc-forallvalues",8.6],["github-oidc-missing-aud",7.5],["github-oidc-not-environment-bound",6.5],["not-action-allow",6.8],["not-resource-allow",6.1],["credentials-exposure",6.5],["service-wildcard",5.3],["resource-wildcard-write",5],["missing-permissions-boundary",5.5],["cross-account-no-external-id",5.9],["data-exfiltration",4.3],["service-confused-deputy",3.8],["mfa-bool-false",6],["trust-any-principal-conditioned",3.5]]),g=new Set(["pass-role-unscoped","privilege-escalation","wildcard-action","admin-managed-policy","trust-any-principal","github-oidc-unpinned-sub","github-oidc-missing-aud","github-oidc-forallvalues","github-oidc-not-environment-bound"]);function h(n){return u.has(n.id)?"security":n.family==="quotas"||n.family==="suppressions"||n.id==="naming-convention"?"maintainability":"correctness"}}),1132:((W,k,d)=>{d.d(k,{G:()=>h,t:()=>g});var R=d(2930);const E="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_iam-condition-keys.html",u="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html",g=[{key:"iam:PassedToService",mitigates:!0,why:"limits the services a role can be passed to: it closes a PassRole path only when it names none of the services that path passes the role to (naming ec2.amazonaws.com does not close passrole-ec2); its IfExists form counts too, since every PassRole request has the key",source:`${E}#ck_passedtoservice`},{key:"iam:PermissionsBoundary",mitigates:!0,why:"the role or user acted on must carry the named permissions boundary, which caps whatever policy is attached or written",source:`${E}#ck_permissionsboundary`},{key:"iam:PolicyARN",mitigates:!0,why:"only the named managed policies can be attached",source:`${E}#ck_policyarn`},{key:"iam:AssociatedResourceArn",mitigates:!0,why:"a role can be passed only for the named resources",source:`${E}#ck_associatedresourcearn`},{key:"*:ResourceTag/*",mitigates:!0,why:"only resources that carry the tag are reached (aws:ResourceTag, iam:ResourceTag, ssm:resourceTag, ec2:ResourceTag, ...), with any value (a * pattern, or Null false) or the values named. Caution: a principal that may also tag resources can tag its target",source:`${u}#condition-keys-resourcetag`},{key:"ec2:InstanceProfile",mitigates:!0,why:"instances can be launched only with the named instance profiles",source:"https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonec2.html"},{key:"cloudformation:RoleArn",mitigates:!0,why:"stack operations can use only the named service roles",source:"https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/control-access-with-iam.html"},{key:"ssm:SessionDocumentAccessCheck",mitigates:!0,why:"a session must use a document the policy allows, instead of the default shell document",source:"https://docs.aws.amazon.com/systems-manager/latest/userguide/getting-started-sessiondocumentaccesscheck.html"},{key:"aws:RequestedRegion",mitigates:!1,why:"limits the region of the request, not the target: IAM is global, and privileged roles and instances exist in every region the policy names",source:`${u}#condition-keys-requestedregion`},{key:"aws:TokenIssueTime",mitigates:!1,why:"the age of the caller\u2019s session, not the target; a fresh session meets it",source:`${u}#condition-keys-tokenissuetime`},{key:"aws:CurrentTime",mitigates:!1,why:"the time of the request, not the target",source:`${u}#condition-keys-currenttime`},{key:"aws:EpochTime",mitigates:!1,why:"the time of the request, not the target",source:`${u}#condition-keys-epochtime`},{key:"aws:SecureTransport",mitigates:!1,why:"every AWS SDK and the CLI call over TLS",source:`${u}#condition-keys-securetransport`},...["aws:SourceIp","aws:VpcSourceIp","aws:SourceVpc","aws:SourceVpce"].map(n=>({key:n,mitigates:!1,why:"where the caller connects from, not the target: the role used from there still escalates",source:`${u}#condition-keys-${n.slice(4).toLowerCase()}`})),...["aws:MultiFactorAuthPresent","aws:MultiFactorAuthAge"].map(n=>({key:n,mitigates:!1,why:"whether the caller signed in with MFA, not the target: a caller with MFA still escalates",source:`${u}#condition-keys-${n.slice(4).toLowerCase()}`})),...["aws:PrincipalArn","aws:PrincipalAccount","aws:PrincipalOrgID","aws:PrincipalOrgPaths","aws:PrincipalTag/*","aws:PrincipalType","aws:userid","aws:username"].map(n=>({key:n,mitigates:!1,why:"describes the caller, which in an identity policy is the role or user that has the policy",source:`${u}#condition-keys-principal-properties`})),...["aws:RequestTag/*","aws:TagKeys"].map(n=>({key:n,mitigates:!1,why:"the tags the caller puts in its own request: it chooses them",source:`${u}#condition-keys-${n.startsWith("aws:RequestTag")?"requesttag":"tagkeys"}`})),...["aws:CalledVia","aws:CalledViaFirst","aws:CalledViaLast"].map(n=>({key:n,mitigates:!0,why:"the call must come from the named service, which decides what it calls (Cloud9, Application Migration Service); naming cloudformation.amazonaws.com does not mitigate, since the caller writes the template CloudFormation runs",source:`${u}#condition-keys-${n.slice(4).toLowerCase()}`})),{key:"aws:ViaAWSService",mitigates:!1,why:"any AWS service calling on the caller\u2019s behalf, CloudFormation included, whose template the caller writes",source:`${u}#condition-keys-viaawsservice`},...["aws:ResourceAccount","aws:ResourceOrgID","aws:ResourceOrgPaths"].map(n=>({key:n,mitigates:!1,why:"the account or organization of the target, which includes the role\u2019s own account and its privileged roles",source:`${u}#condition-keys-${n.slice(4).toLowerCase()}`})),...["aws:UserAgent","aws:Referer"].map(n=>({key:n,mitigates:!1,why:"set by the caller in its own request",source:`${u}#condition-keys-${n.slice(4).toLowerCase()}`}))];function h(n){return g.find(y=>(0,R.UF)(y.key,n,!0))}}),6683:((W,k,d)=>{d.d(k,{A9:()=>g,J3:()=>E,LE:()=>h,Ov:()=>u});const R={allow:"CAN",deny:"CANNOT",unknown:"may or may not (RoleGate cannot read a policy that decides)"};function E(n){return R[n.after]}function u(n){const y=n.before===n.after?`still ${n.after==="passed"?"passes":n.after==="failed"?"fails":"is unknown"}`:n.after==="passed"?"now passes":n.after==="failed"?"now fails":"is now unknown (it fails closed)";return n.removed?`${y}, and this PR deletes it`:y}function g(n){return`${n.assertion.expect}: ${n.assertion.actions.join(", ")}`}function h(n){return n.after==="passed"?"\u2705":n.after==="failed"?"\u274C":"\u2754"}}),7311:((W,k,d)=>{d.d(k,{Cg:()=>O,Vq:()=>P,f$:()=>y});var R=d(3024),E=d.n(R),u=d(6760),g=d.n(u),h=d(3136),n=d.n(h);const y="https://www.npmjs.com/package/rolegate",e=/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100}$/,r=/^(?!.*\.\.)[A-Za-z0-9][A-Za-z0-9._/-]{0,254}$/;function I(x=process.env){const $=x.GITHUB_ACTION_REPOSITORY,s=x.GITHUB_ACTION_REF;if(!$||!s||!e.test($)||!r.test(s))return;let m;try{m=new URL(x.GITHUB_SERVER_URL||"https://github.com")}catch{return}if(m.protocol!=="https:"&&m.protocol!=="http:")return;const w=`${m.origin}${m.pathname.replace(/\/+$/,"")}`,l=s.split("/").map(encodeURIComponent).join("/");return{base:`${w}/${$}/blob/${l}/`,home:`${w}/${$}`}}function P(x=import.meta.url){let $=g().dirname((0,h.fileURLToPath)(x));for(let s=0;s<3;s++){if((0,R.existsSync)(g().join($,"docs","rules.md")))return{base:(0,h.pathToFileURL)($+g().sep).href,home:y};$=g().dirname($)}}function O(x,$){if(!$)return;const s=new URL("docs/rules.md",$.base);return s.hash=x,s.href}}),4285:((W,k,d)=>{d.r(k),d.d(k,{cell:()=>r,code:()=>I,fence:()=>x,findingEnvironments:()=>j,findingRow:()=>T,findingsTable:()=>v,html:()=>s,inlineCode:()=>P,link:()=>$,location:()=>w,renderMarkdown:()=>N,ruleLabel:()=>m,text:()=>e});var R=d(7311),E=d(8850),u=d(5655);const g=/[\\`*_[\]<>|~&$]/g;function h(o){return o.replace(/@/g,"@\u200B")}const n=/^(\s*)([#>+=-]|\d+(?=[.)]))/;function y(o){return(0,u.visibleControls)(o.replace(/[\r\n\u2028\u2029]+/g," "))}function e(o){return h(y(o)).replace(g,p=>`\\${p}`).replace(n,(p,b,S)=>/^\d/.test(S)?`${b}${S}\\`:`${b}\\${S}`)}function r(o){return e(o)}function I(o){return O(y(o).replace(/\|/g,"\\|"))}function P(o){return O(y(o))}function O(o){if(o==="")return"";const p=Math.max(0,...(o.match(/`+/g)??[]).map(M=>M.length)),b="`".repeat(p+1),S=o.startsWith("`")||o.endsWith("`")||/^ .* $/.test(o)?" ":"";return`${b}${S}${o}${S}${b}`}function x(o,p=""){const b=Math.max(2,...(o.match(/`{3,}/g)??[]).map(M=>M.length)),S="`".repeat(b+1);return`${S}${p}
${o.replace(/\n$/,"")}
${S}`}function $(o,p){return p?`[${o}](${p.replace(/[\s()<>]/g,b=>encodeURIComponent(b))})`:o}function s(o){return h(y(o)).replace(/&/g,"&amp;").replace(/</g,"&lt;").replace(/>/g,"&gt;").replace(/"/g,"&quot;")}function m(o,p){return $(I(o),(0,R.Cg)(o,p?.docs))}function w(o,p,b){const S=`${o}${p?`:${p}`:""}`;if(!b)return I(S);const M=`${b.server}/${b.repository}/blob/${b.sha}/${o.split("/").map(encodeURIComponent).join("/")}${p?`#L${p}`:""}`;return`[${I(S)}](${M})`}const l={error:"\u274C",warning:"\u26A0\uFE0F",notice:"\u2139\uFE0F"};function j(o){return o.environments??(o.environment?[o.environment]:[])}function v(o,p){return o.length===0?`_No findings._
`:["| Severity | Rule | Location | Environments | Message |","|---|---|---|---|---|",...o.map(S=>T(S,p))].join(`
`)+`
`}function T(o,p){const b=o.file?w(o.file,o.line??1,p):"",S=o.suppressed?` _(suppressed: ${r(o.suppressed.reason)})_`:"",M=j(o);return`| ${l[o.severity]} ${o.severity} | ${m(o.rule,p)} | ${b} | ${M.length?r(M.join(", ")):"all"} | ${r(o.message)}${S} |`}function N(o,p,b,S){const{error:M,warning:_,notice:B,suppressed:z}=o.summary,L=(S===void 0?M>0:(0,E.findingsExitCode)(o.summary,S)!==0)?M===0?"\u274C Fails (fail-on: warning)":"\u274C Fails":M>0?"\u26A0\uFE0F Passes (fail-on: never)":_>0?"\u26A0\uFE0F Passes":"\u2705 Passes",q=[`## RoleGate ${e(o.command)}`,"",`${L} \u2014 ${M} error(s), ${_} warning(s), ${B} notice(s)${z?`, ${z} suppressed`:""} across ${e(o.environmentNames.join(", "))||"no environments"}.`,""];return p&&q.push(p,""),q.push("### Findings","",v(o.findings,b)),o.suppressions.length>0&&q.push("### Suppressions","","| Rule | Definition | Reason | Silenced |","|---|---|---|---|",...o.suppressions.map(D=>`| ${I(D.rule)} | ${w(D.file,D.line,b)} ${r(D.role)} | ${r(D.reason)} | ${D.count} |`),""),q.join(`
`)}}),8850:((W,k,d)=>{d.r(k),d.d(k,{REPORT_SCHEMA_VERSION:()=>E,activeFindings:()=>n,baseReport:()=>u,findingsExitCode:()=>h,summarize:()=>g});var R=d(6777);const E=1;function u(y,e,r,I,P){return{schemaVersion:E,command:y,config:e,environmentNames:r,iamData:(0,R.VH)(),summary:g(I),findings:I,suppressions:P}}function g(y){const e={error:0,warning:0,notice:0,suppressed:0};for(const r of y)r.suppressed?e.suppressed++:e[r.severity]++;return e}function h(y,e){return e==="never"?0:y.error>0||e==="warning"&&y.warning>0?1:0}function n(y,e){return y.filter(r=>!r.suppressed&&(e===void 0||r.severity===e))}}),3007:((W,k,d)=>{d.d(k,{renderSarif:()=>Z});var R=d(7598),E=d(3136),u=d(9282),g=d(1132),h=d(4541),n=d(4285);const y=new Set(["grammar","least-privilege","trust"]);function e(t){const c=t.replace(/^\n/,"").replace(/\s+$/,"").split(`
`),a=Math.min(...c.filter(i=>i.trim()!=="").map(i=>/^ */.exec(i)[0].length));return c.map(i=>i.slice(a)).join(`
`)}const r=`trust:
  Statement:
    - Effect: Allow
      Principal: { Service: lambda.amazonaws.com }
      Action: sts:AssumeRole`;function I(){const t=h.nq.map(a=>{const i=a.sources.map(C=>(0,n.link)((0,n.cell)(C.ref?`${C.name} ${C.ref}`:C.name),C.url)).join(", "),A=a.passedTo?` (role passed to ${a.passedTo.map(n.code).join(", ")})`:"";return`| ${(0,n.code)(a.id)} | ${a.actions.map(n.code).join(" + ")} | ${(0,n.cell)(a.description)}${A} | ${i} |`}),c=a=>g.t.filter(i=>i.mitigates===a).map(i=>`| ${(0,n.code)(i.key)} | ${(0,n.cell)(i.why)} | ${(0,n.link)("AWS",i.source)} |`);return[`**Paths** (${h.nq.length}). Each is reported when every one of its actions is allowed on every resource (or, for ${(0,n.inlineCode)("iam:CreatePolicyVersion")}, ${(0,n.inlineCode)("iam:SetDefaultPolicyVersion")}, ${(0,n.inlineCode)("iam:PutRolePolicy")} and ${(0,n.inlineCode)("iam:AttachRolePolicy")}, on the role itself or a policy attached to it). Every method of Cloudsplaining\u2019s ${(0,n.inlineCode)("PRIVILEGE_ESCALATION_METHODS")} is covered; a method whose actions include a shorter path\u2019s is listed as a source of that path, which already catches it. pathfinding.cloud\u2019s data is Apache-2.0 (Datadog); facts only were taken from each source.`,"","| Path | Actions | What it lets the holder do | Sources |","| --- | --- | --- | --- |",...t,"",`**Run Command and Session Manager.** ${(0,n.inlineCode)("ssm:SendCommand")} is authorized against the instance and the document at once, possibly by different statements: the path is open when some statement allows every instance and some statement allows a document that runs what the caller asks (${h.Qh.map(n.inlineCode).join(", ")}, or a wildcard that reaches documents customers create). A policy that allows only fixed AWS documents (${(0,n.inlineCode)("AWSEC2-CreateVssSnapshot")}, ${(0,n.inlineCode)("AmazonCloudWatch-ManageAgent")}, ${(0,n.inlineCode)("AWS-ConfigureAWSPackage")}) opens no path. ${(0,n.inlineCode)("ssm:StartSession")} without a document starts the shell document ${(0,n.inlineCode)("SSM-SessionManagerRunShell")} and checks only the target, so every instance is enough.`,"","**Conditions.** A condition opens or closes a path key by key. A key that limits which resource is reached keeps the statement from opening a path when it is compared positively (StringEquals/StringLike/ArnEquals/ArnLike on values other than a bare `*`; negated, `\u2026IfExists` and `ForAllValues:` forms are true for the resources that matter, so they do not mitigate):","","| Mitigating key | Why | Source |","| --- | --- | --- |",...c(!0),"","A key that only describes the request or the caller leaves the path open, and the finding names it:","","| Key that does not mitigate | Why | Source |","| --- | --- | --- |",...c(!1),"","A key in neither table (a service-specific key such as `lambda:FunctionArn`) is presumed to mitigate: RoleGate reports nothing rather than guess, as it did for every condition before. A conditional `Deny` is not relied on to close a path."].join(`
`)}const P="arn:aws:iam::{account}:oidc-provider/token.actions.githubusercontent.com",O=" Deny statements count as IAM counts them, with the statement matching of `rolegate can`: for a role, those of all its policies (inline, attached repository or AWS managed, and its permissions boundary); for a `kind: ManagedPolicy`, only its own. A Deny that takes the access away everywhere removes the finding; one that takes away part of it (a narrower `Resource`, or a `NotResource` that spares some resources) is named in the message with what is left; a Deny with a condition is mentioned, never relied on.",x={schema:{what:'A definition file or rolegate.yml that RoleGate cannot read as its format: broken YAML, duplicate keys, a wrong type, an unknown key or rule id (with a "did you mean"), a missing required key, an empty file, a file that is not UTF-8, or a definitions glob that matches no file.',why:"RoleGate cannot render what it cannot read. A misspelt key such as `polices` would otherwise drop the permissions or the trust you meant to write, and the mistake would surface only when something fails in AWS.",fix:"Correct the file at the reported line; the message names the expected key or type. Put `# yaml-language-server: $schema=...` on the first line of your files so your editor validates them as you type (see docs/definitions.md).",bad:e(`
      kind: Role
      name: task-role
      ${r.replace(/\n/g,`
      `)}
      maxSessionDuration: one hour      # must be a number of seconds
      polices:                          # unknown key: did you mean "policies"?
        ReadResults:
          Statement:
            - Effect: Allow
              Action: s3:GetObject
              Resource: arn:aws:s3:::{project}-{environment}-results/*
    `),good:e(`
      kind: Role
      name: task-role
      ${r.replace(/\n/g,`
      `)}
      maxSessionDuration: 3600
      policies:
        ReadResults:
          Statement:
            - Effect: Allow
              Action: s3:GetObject
              Resource: arn:aws:s3:::{project}-{environment}-results/*
    `),suppressible:!1,note:"Findings of this rule belong to a file, not to a role or policy, so a `suppress` entry cannot silence them. Turning the rule `off` hides files RoleGate could not read: fix them instead."},"unknown-variable":{what:"A `{name}` inside a string that is neither a built-in variable (`project`, `environment`, `account`, `region`, `partition`, and `name` in the naming template) nor one of the environment\u2019s `variables` in rolegate.yml.",why:"The policy would name a resource that does not exist, such as a bucket literally called `llm-models-{env}-results`: the role gets AccessDenied at run time, or, worse, matches something you did not intend.",fix:"Use a built-in variable, or define the variable under `environments.NAME.variables` in rolegate.yml for every environment the definition is deployed to. IAM\u2019s own policy variables are written `${aws:username}` and are left alone.",bad:e(`
      kind: ManagedPolicy
      name: results-read
      document:
        Statement:
          - Effect: Allow
            Action: s3:GetObject
            Resource: arn:aws:s3:::{project}-{env}-results/*   # {env} is not defined
    `),good:e(`
      kind: ManagedPolicy
      name: results-read
      document:
        Statement:
          - Effect: Allow
            Action: s3:GetObject
            Resource: arn:aws:s3:::{project}-{environment}-results/*
    `)},"duplicate-name":{what:"Two roles, or two managed policies, that render to the same IAM name in one environment; or one definition that renders to the same name in two environments of the same account (a `naming` without `{environment}`). IAM compares names case-insensitively.",why:"IAM names are unique per account. Two definitions of one name would overwrite each other on every deploy, so the role or policy would end up with whichever definition was applied last. Two environments in one account would do the same with each other's deploys, each past the other's approvals (deploy refuses such a plan).",fix:"Give one of them another logical `name`, or remove the `roleName` / `policyName` that makes them collide. For environments that share an account, put `{environment}` in `naming` (or in the `roleName`), or give each environment its own account.",bad:e(`
      kind: ManagedPolicy
      name: results-read
      document:
        Statement:
          - Effect: Allow
            Action: s3:GetObject
            Resource: arn:aws:s3:::{project}-{environment}-results/*
      ---
      kind: ManagedPolicy
      name: results-write
      policyName: "{project}-{environment}-results-read"   # the name of the policy above
      document:
        Statement:
          - Effect: Allow
            Action: s3:PutObject
            Resource: arn:aws:s3:::{project}-{environment}-results/*
    `),good:e(`
      kind: ManagedPolicy
      name: results-read
      document:
        Statement:
          - Effect: Allow
            Action: s3:GetObject
            Resource: arn:aws:s3:::{project}-{environment}-results/*
      ---
      kind: ManagedPolicy
      name: results-write
      document:
        Statement:
          - Effect: Allow
            Action: s3:PutObject
            Resource: arn:aws:s3:::{project}-{environment}-results/*
    `)},"unknown-reference":{what:"A name that should refer to something defined elsewhere and does not: an entry of `managedPolicies`, or a `permissionsBoundary` (on the role or in `defaults`), that is neither an ARN nor the logical name of a `kind: ManagedPolicy` deployed to the same environment, or an entry of `environments` that rolegate.yml does not define.",why:"RoleGate cannot attach a policy it cannot find, and a misspelt environment silently leaves the role out of an environment you meant to deploy it to.",fix:"Correct the name (the message suggests the closest one), or add the missing `kind: ManagedPolicy`, making sure it is deployed to every environment of the roles that attach it.",bad:e(`
      kind: Role
      name: task-role
      environments: [dev, production]   # rolegate.yml defines dev, staging and prod
      ${r.replace(/\n/g,`
      `)}
      managedPolicies:
        - shared-log                    # no kind: ManagedPolicy is named shared-log
    `),good:e(`
      kind: Role
      name: task-role
      environments: [dev, prod]
      ${r.replace(/\n/g,`
      `)}
      managedPolicies:
        - shared-logs
      ---
      kind: ManagedPolicy
      name: shared-logs
      document:
        Statement:
          - Effect: Allow
            Action: [logs:CreateLogStream, logs:PutLogEvents]
            Resource: arn:aws:logs:{region}:{account}:log-group:/{project}/{environment}/*
    `)},"unknown-aws-managed-policy":{what:"An attached managed policy or permissions boundary whose ARN has the shape of an AWS managed policy (`arn:aws:iam::aws:policy/...`) but is not in RoleGate\u2019s bundled list of AWS managed policies: a wrong path (most service-role policies live under `policy/service-role/`), a misspelt name, or a policy AWS published after the list\u2019s date (the message names it).",why:"IAM refuses the attachment mid-deploy (NoSuchEntity), after earlier changes of the deploy were applied; the plan cannot check AWS managed policies against the account.",fix:"Correct the ARN (the message suggests the listed policy of the same or the closest name). If AWS published the policy after the list\u2019s date, suppress the finding in the role with that reason; updating RoleGate updates the list.",bad:e(`
      kind: Role
      name: ingest-function
      ${r.replace(/\n/g,`
      `)}
      managedPolicies:
        - arn:aws:iam::aws:policy/AWSLambdaBasicExecutionRole   # it is under policy/service-role/
    `),good:e(`
      kind: Role
      name: ingest-function
      ${r.replace(/\n/g,`
      `)}
      managedPolicies:
        - arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole
    `)},"naming-convention":{what:"A `roleName` or `policyName` that does not start with the prefix of the `naming` template (by default `{project}-{environment}-`).",why:"The deployer role that `rolegate bootstrap` creates may manage only names with the project\u2019s prefix, so a deploy of this name fails; names outside the convention also collide when two environments share an account.",fix:"Remove `roleName` / `policyName` so the name comes from the template, or keep the template\u2019s prefix in it.",config:e(`
      naming: "{project}-{environment}-{name}"   # the default
    `),bad:e(`
      kind: Role
      name: task-role
      roleName: TaskRole
      ${r.replace(/\n/g,`
      `)}
    `),good:e(`
      kind: Role
      name: task-role
      roleName: "{project}-{environment}-ecs-task"
      ${r.replace(/\n/g,`
      `)}
    `)},"grant-expired":{what:"A time-bound grant whose `expires` has passed: a role, an inline policy written as `{ document, expires, reason }`, or a `managedPolicies` entry written as `{ arn, expires, reason }`. A date (`2026-12-31`) means the end of that day UTC; a timestamp needs a zone (`2026-12-31T18:00:00Z`).",why:"Rendering leaves an expired grant out, so the next deploy (or the daily scheduled deploy) removes it from IAM and drift fails while it is still live. The definition still shows access that no longer exists.",fix:"Remove the expired entry from the definition, or move `expires` later if the access is still needed (a new review). An expired role is treated as not defined: deploy with `prune` deletes it, without prune plan lists it as an orphan.",note:"The examples are linted as of 2026-06-15.",bad:e(`
      kind: Role
      name: task-role
      ${r.replace(/\n/g,`
      `)}
      policies:
        Debug:                      # break-glass access for an incident, long over
          document:
            Statement:
              - Effect: Allow
                Action: logs:GetLogEvents
                Resource: arn:aws:logs:{region}:{account}:log-group:/ecs/{project}-{environment}:*
          expires: 2026-03-31
          reason: "incident 42"
    `),good:e(`
      kind: Role
      name: task-role
      ${r.replace(/\n/g,`
      `)}
      policies:
        Debug:
          document:
            Statement:
              - Effect: Allow
                Action: logs:GetLogEvents
                Resource: arn:aws:logs:{region}:{account}:log-group:/ecs/{project}-{environment}:*
          expires: 2026-12-31
          reason: "incident 42: extended until the fix ships"
    `)},"grant-expiring":{what:"A time-bound grant (`expires` on a role, an inline policy or a `managedPolicies` entry) that ends within the window: 7 days unless `expiry.expiringWithinDays` in rolegate.yml says otherwise.",why:"The first deploy or scheduled drift run after `expires` removes the access without a pull request. A notice a few days ahead lets the owner extend it on purpose instead of finding out when calls start failing.",fix:"Nothing, if the access should end. Otherwise move `expires` later, with a `reason` that says why.",note:"The examples are linted as of 2026-06-15.",config:e(`
      expiry:
        expiringWithinDays: 7   # the default
    `),bad:e(`
      kind: Role
      name: task-role
      ${r.replace(/\n/g,`
      `)}
      managedPolicies:
        - arn: arn:aws:iam::aws:policy/ReadOnlyAccess
          expires: 2026-06-20
          reason: "audit AUD-7"
    `),good:e(`
      kind: Role
      name: task-role
      ${r.replace(/\n/g,`
      `)}
      managedPolicies:
        - arn: arn:aws:iam::aws:policy/ReadOnlyAccess
          expires: 2026-09-30
          reason: "audit AUD-7, extended to the end of the quarter"
    `)},"access-assertion":{what:"Each `expect:` entry of a role, in each environment it applies to: `allow:` actions must be allowed, `deny:` actions denied (explicitly or implicitly) on every `resource`, with the entry\u2019s `context`, by the role\u2019s inline and attached policies and its permissions boundary, evaluated offline with AWS\u2019s policy evaluation logic (as `rolegate can` does). A wildcard action stands for every action it matches. An action AWS does not have fails the entry, so does a `resource` that is neither an ARN nor `*` (reported at the resource\u2019s line), and so does an answer RoleGate cannot know (a boundary or attached customer policy that is not defined in the repository): assertions fail closed. SCPs, resource policies and session policies are not evaluated (docs/can.md).",why:'Assertions state what a role is for in terms a reviewer can check: "the task role can read results, never delete them". A pull request that breaks one, by widening a statement, adding a Deny or changing the boundary, fails here with the statement that decided, instead of surfacing as an outage or an incident.',fix:"Read the message: it names the statement (file:line) that allowed what must be denied, or the Deny or boundary that blocked what must be allowed, or says that nothing allows it. Change that statement if the change was a mistake; change the assertion if the intent changed. `rolegate can ROLE ACTION RESOURCE --env ENV` shows the full decision for one request.",bad:e(`
      kind: Role
      name: task-role
      ${r.replace(/\n/g,`
      `)}
      policies:
        S3Access:
          Statement:
            - Effect: Allow
              Action: [s3:GetObject, s3:PutObject, s3:DeleteObject]
              Resource: "arn:{partition}:s3:::{project}-{environment}-results/*"
      expect:
        - allow: s3:GetObject
          resource: "arn:{partition}:s3:::{project}-{environment}-results/report.json"
        - deny: s3:DeleteObject        # fails: S3Access allows it
          resource: "arn:{partition}:s3:::{project}-{environment}-results/report.json"
    `),good:e(`
      kind: Role
      name: task-role
      ${r.replace(/\n/g,`
      `)}
      policies:
        S3Access:
          Statement:
            - Effect: Allow
              Action: [s3:GetObject, s3:PutObject]
              Resource: "arn:{partition}:s3:::{project}-{environment}-results/*"
      expect:
        - allow: s3:GetObject
          resource: "arn:{partition}:s3:::{project}-{environment}-results/report.json"
        - deny: s3:DeleteObject
          resource: "arn:{partition}:s3:::{project}-{environment}-results/report.json"
    `)},"malformed-policy":{what:'A policy document that breaks IAM\u2019s policy grammar: an unknown element, a `Version` other than "2012-10-17", an `Effect` other than `Allow` or `Deny` (case-sensitive), a statement without `Action`/`NotAction`, an identity policy statement without `Resource`/`NotResource` or with a `Principal`, a trust policy statement without `Principal` or with a `Resource`, or a `Condition` that is not a mapping of operator to keys and values.',why:"IAM rejects the document with MalformedPolicyDocument when RoleGate deploys it, after the pull request was approved and merged. Reporting it on the pull request keeps main deployable.",fix:"Correct the element the message points at. Who may assume a role belongs in `trust`; what the role may do belongs in `policies` or a `kind: ManagedPolicy`.",bad:e(`
      kind: ManagedPolicy
      name: results-read
      document:
        Statement:
          - Effect: allow                  # case-sensitive: Allow or Deny
            Principal: { AWS: "*" }        # Principal belongs in a trust policy
            Action: s3:GetObject
            Resources: arn:aws:s3:::{project}-{environment}-results/*   # Resource
    `),good:e(`
      kind: ManagedPolicy
      name: results-read
      document:
        Version: "2012-10-17"
        Statement:
          - Effect: Allow
            Action: s3:GetObject
            Resource: arn:aws:s3:::{project}-{environment}-results/*
    `)},"unknown-service":{what:"An action whose service prefix (the part before the colon) is not the prefix of any AWS service in the Service Authorization Reference.",why:"The action grants nothing, so the permission you meant to give is missing and the workload fails with AccessDenied at run time. In a `Deny` statement the protection you meant to add is silently absent.",fix:"Use the service prefix from the Service Authorization Reference; the message suggests the closest one (CloudWatch Logs is `logs`, not `cloudwatchlogs`).",bad:e(`
      kind: ManagedPolicy
      name: app-logs
      document:
        Statement:
          - Effect: Allow
            Action: [cloudwatchlogs:CreateLogStream, cloudwatchlogs:PutLogEvents]
            Resource: arn:aws:logs:{region}:{account}:log-group:/{project}/{environment}/*
    `),good:e(`
      kind: ManagedPolicy
      name: app-logs
      document:
        Statement:
          - Effect: Allow
            Action: [logs:CreateLogStream, logs:PutLogEvents]
            Resource: arn:aws:logs:{region}:{account}:log-group:/{project}/{environment}/*
    `)},"unknown-action":{what:"An action, or an action pattern with `*` and `?`, that matches no action of its service.",why:"A misspelt action grants nothing (AccessDenied at run time), and in a `Deny` statement it denies nothing, which is easy to miss in review.",fix:"Use the action name from the Service Authorization Reference; the message suggests the closest one.",bad:e(`
      kind: ManagedPolicy
      name: results-access
      document:
        Statement:
          - Effect: Allow
            Action: [s3:GetObjects, s3:PutObjekt*]
            Resource: arn:aws:s3:::{project}-{environment}-results/*
    `),good:e(`
      kind: ManagedPolicy
      name: results-access
      document:
        Statement:
          - Effect: Allow
            Action: [s3:GetObject, s3:PutObject]
            Resource: arn:aws:s3:::{project}-{environment}-results/*
    `)},"invalid-condition-operator":{what:"A condition operator IAM does not define, such as `StringEqual` or `StringLikeIfExist`. `ForAnyValue:` / `ForAllValues:` prefixes and the `IfExists` suffix are understood.",why:"IAM rejects a policy with an unknown condition operator when RoleGate deploys it, after the change was merged.",fix:"Use one of IAM\u2019s condition operators (StringEquals, StringLike, ArnLike, NumericLessThan, Bool, IpAddress, ...); the message suggests the closest one.",bad:e(`
      kind: ManagedPolicy
      name: reports-list
      document:
        Statement:
          - Effect: Allow
            Action: s3:ListBucket
            Resource: arn:aws:s3:::{project}-{environment}-results
            Condition:
              StringLikeIfExist: { "s3:prefix": "reports/*" }
    `),good:e(`
      kind: ManagedPolicy
      name: reports-list
      document:
        Statement:
          - Effect: Allow
            Action: s3:ListBucket
            Resource: arn:aws:s3:::{project}-{environment}-results
            Condition:
              StringLike: { "s3:prefix": "reports/*" }
    `)},"unknown-condition-key":{what:"A condition key that is neither a global `aws:` key nor defined by the services of the statement\u2019s actions (nor, in a trust policy, a claim of a known identity provider).",why:"IAM accepts any key name, but a key that is never in the request makes the condition always false (StringEquals, Bool) or always true (StringNotEquals, ...IfExists). The statement then silently never applies, or applies everywhere.",fix:"Correct the key (condition keys are listed per service in the Service Authorization Reference); the message suggests the closest one.",bad:e(`
      kind: ManagedPolicy
      name: results-tls-only
      document:
        Statement:
          - Sid: DenyPlainHttp
            Effect: Deny
            Action: [s3:GetObject, s3:PutObject]
            Resource: arn:aws:s3:::{project}-{environment}-results/*
            Condition:
              Bool: { "aws:SecureTransports": "false" }   # never present: denies nothing
    `),good:e(`
      kind: ManagedPolicy
      name: results-tls-only
      document:
        Statement:
          - Sid: DenyPlainHttp
            Effect: Deny
            Action: [s3:GetObject, s3:PutObject]
            Resource: arn:aws:s3:::{project}-{environment}-results/*
            Condition:
              Bool: { "aws:SecureTransport": "false" }
    `)},"invalid-arn":{what:"A `Resource` or `NotResource` entry that is neither `*` nor a well-formed ARN (`arn:partition:service:region:account:resource`).",why:'IAM rejects the policy at deploy ("Resource must be in ARN format or *"); a malformed ARN that slips through matches nothing, so the statement grants nothing.',fix:"Write the full ARN. RoleGate\u2019s variables help: `arn:{partition}:sqs:{region}:{account}:{project}-{environment}-jobs`.",bad:e(`
      kind: ManagedPolicy
      name: jobs-send
      document:
        Statement:
          - Effect: Allow
            Action: sqs:SendMessage
            Resource: "{project}-{environment}-jobs"      # a queue name, not an ARN
    `),good:e(`
      kind: ManagedPolicy
      name: jobs-send
      document:
        Statement:
          - Effect: Allow
            Action: sqs:SendMessage
            Resource: arn:{partition}:sqs:{region}:{account}:{project}-{environment}-jobs
    `)},"resource-mismatch":{what:"An action allowed on resources none of which is of a resource type the action applies to, such as `s3:GetObject` (objects) on a bucket ARN. ARNs of what AWS itself publishes to every account have no account field and are accepted: SSM documents and Automation runbooks (`arn:aws:ssm:*::document/AWS-StartPortForwardingSession`, `arn:aws:ssm:*::automation-definition/AWS-RestartEC2Instance:*`) and public parameters (`arn:aws:ssm:*::parameter/aws/service/*`), as AWS\u2019s Systems Manager documentation writes them.",why:"IAM matches the action only against resources of its own types, so the statement grants nothing for that action and the workload fails with AccessDenied at run time.",fix:"Name a resource of the right type (for S3 objects, `arn:aws:s3:::BUCKET/*`), or split bucket-level and object-level actions into separate statements.",bad:e(`
      kind: ManagedPolicy
      name: results-read
      document:
        Statement:
          - Effect: Allow
            Action: [s3:ListBucket, s3:GetObject]
            Resource: arn:aws:s3:::{project}-{environment}-results
    `),good:e(`
      kind: ManagedPolicy
      name: results-read
      document:
        Statement:
          - Effect: Allow
            Action: s3:ListBucket
            Resource: arn:aws:s3:::{project}-{environment}-results
          - Effect: Allow
            Action: s3:GetObject
            Resource: arn:aws:s3:::{project}-{environment}-results/*
    `)},"duplicate-sid":{what:"Two statements of one policy document with the same `Sid`.",why:"IAM rejects a policy whose statement ids are not unique when RoleGate deploys it; statement-level suppressions and reviews that refer to a Sid become ambiguous too.",fix:"Give each statement its own `Sid`, or merge the statements.",bad:e(`
      kind: ManagedPolicy
      name: results-access
      document:
        Statement:
          - Sid: Results
            Effect: Allow
            Action: s3:GetObject
            Resource: arn:aws:s3:::{project}-{environment}-results/*
          - Sid: Results
            Effect: Allow
            Action: s3:PutObject
            Resource: arn:aws:s3:::{project}-{environment}-uploads/*
    `),good:e(`
      kind: ManagedPolicy
      name: results-access
      document:
        Statement:
          - Sid: ReadResults
            Effect: Allow
            Action: s3:GetObject
            Resource: arn:aws:s3:::{project}-{environment}-results/*
          - Sid: WriteUploads
            Effect: Allow
            Action: s3:PutObject
            Resource: arn:aws:s3:::{project}-{environment}-uploads/*
    `)},"invalid-condition-value":{what:"A condition value its operator cannot read: a Numeric operator on something that is not a number, a Date operator on something that is not an ISO 8601 date or epoch seconds, `Bool` or `Null` with anything but `true`/`false`, `IpAddress`/`NotIpAddress` on something that is not an IP address or CIDR range, an Arn operator on something that is not an ARN. Also an operator of one type on a key the Service Authorization Reference types otherwise, such as a Date operator on `aws:SourceIp` (IPAddress) or `Bool` on `aws:MultiFactorAuthAge` (Numeric); String operators and String-typed keys are not judged. Values with a policy variable are skipped.",why:"IAM cannot compare such a value, so the condition never holds as written: an Allow grants nothing and a Deny protects nothing, while the policy reads as if it did.",fix:'Write the value in the operator\u2019s format (`"3600"`, `"2026-12-31T23:59:59Z"`, `"true"`, `"203.0.113.0/24"`), or use the operator that matches the key\u2019s type; the message names both.',bad:e(`
      kind: ManagedPolicy
      name: results-read
      document:
        Statement:
          - Effect: Allow
            Action: s3:GetObject
            Resource: arn:aws:s3:::{project}-{environment}-results/*
            Condition:
              IpAddress: { "aws:SourceIp": "10.0.0.0/33" }           # IPv4 has 32 bits
              NumericLessThan: { "aws:MultiFactorAuthAge": one hour }  # not a number
    `),good:e(`
      kind: ManagedPolicy
      name: results-read
      document:
        Statement:
          - Effect: Allow
            Action: s3:GetObject
            Resource: arn:aws:s3:::{project}-{environment}-results/*
            Condition:
              IpAddress: { "aws:SourceIp": "10.0.0.0/16" }
              NumericLessThan: { "aws:MultiFactorAuthAge": "3600" }
    `)},"inapplicable-condition-key":{what:'A service condition key that the statement\u2019s service defines (so `unknown-condition-key` is silent) but that none of the statement\u2019s actions takes, per the actions\u2019 condition keys in the Service Authorization Reference, such as `s3:prefix` on `s3:GetObject` (it applies to `s3:ListBucket`). The message lists the actions the key applies to. Statements with `Action: "*"`, a `*:` service pattern or `NotAction`, and keys the reference lists for no action at all, are not judged.',why:"A request carries only the keys of its own action, so the condition fails for the statement\u2019s actions (or, with `IfExists` or a negated operator, always passes): the statement grants nothing, or restricts nothing.",fix:"Move the condition to a statement with the actions it applies to, or use a key the actions take (the Service Authorization Reference lists them per action). The reference misses a key now and then; if AWS documents it for your action, suppress the finding with that reason.",bad:e(`
      kind: ManagedPolicy
      name: reports-read
      document:
        Statement:
          - Effect: Allow
            Action: s3:GetObject
            Resource: arn:aws:s3:::{project}-{environment}-results/*
            Condition:
              StringLike: { "s3:prefix": "reports/*" }   # only ListBucket requests carry s3:prefix
    `),good:e(`
      kind: ManagedPolicy
      name: reports-read
      document:
        Statement:
          - Effect: Allow
            Action: s3:ListBucket
            Resource: arn:aws:s3:::{project}-{environment}-results
            Condition:
              StringLike: { "s3:prefix": "reports/*" }
          - Effect: Allow
            Action: s3:GetObject
            Resource: arn:aws:s3:::{project}-{environment}-results/reports/*
    `)},"policy-version":{what:'A policy document with `Version: "2008-10-17"`, or without `Version` (IAM then reads it as 2008-10-17) while it uses a policy variable such as `${aws:username}` or `${aws:PrincipalTag/team}`. A document without `Version` and without variables behaves the same under both versions and is not reported.',why:"Under 2008-10-17 IAM does not substitute policy variables: it compares `${aws:PrincipalTag/team}` as those literal characters, so the statement matches none of the resources it was written for. The default severity is warning because the document deploys and fails only at run time.",fix:'Write `Version: "2012-10-17"` (quoted, so YAML keeps it a string) at the top of the document.',bad:e(`
      kind: ManagedPolicy
      name: team-folders
      document:
        Version: "2008-10-17"
        Statement:
          - Effect: Allow
            Action: s3:GetObject
            Resource: arn:aws:s3:::{project}-{environment}-teams/\${aws:PrincipalTag/team}/*
    `),good:e(`
      kind: ManagedPolicy
      name: team-folders
      document:
        Version: "2012-10-17"
        Statement:
          - Effect: Allow
            Action: s3:GetObject
            Resource: arn:aws:s3:::{project}-{environment}-teams/\${aws:PrincipalTag/team}/*
    `)},"wildcard-action":{what:'An `Allow` statement with `Action: "*"`, which allows every action of every AWS service on its resources. A statement with a `Condition` is described with it (`Action "*" under a condition (aws:SourceIp)`).'+O,why:'On `Resource: "*"` this is AdministratorAccess: whoever obtains the role\u2019s credentials owns the account. Even on named resources it includes deleting them and changing who may access them.',fix:"List the actions the workload calls. IAM Access Analyzer can generate a policy from the role\u2019s CloudTrail activity, and the access levels in the Service Authorization Reference help you choose.",bad:e(`
      kind: ManagedPolicy
      name: app-access
      document:
        Statement:
          - Effect: Allow
            Action: "*"
            Resource: "*"
    `),good:e(`
      kind: ManagedPolicy
      name: app-access
      document:
        Statement:
          - Effect: Allow
            Action: [s3:GetObject, s3:PutObject]
            Resource: arn:aws:s3:::{project}-{environment}-results/*
    `)},"service-wildcard":{what:'An `Allow` statement with an action of the form `service:*`, which allows every action of that service, including ones AWS adds later. A statement with a `Condition` is described with it (`"s3:*" under a condition (aws:SourceIp)`).'+O,why:"`s3:*` includes `s3:PutBucketPolicy`, `s3:DeleteBucket` and `s3:PutBucketAcl`: permissions management and destruction, not just data access. The role can open the bucket to the world.",fix:"List the actions the workload calls; an access-level pattern such as `s3:Get*` is narrower but still grows as AWS adds actions.",bad:e(`
      kind: ManagedPolicy
      name: results-access
      document:
        Statement:
          - Effect: Allow
            Action: s3:*
            Resource: arn:aws:s3:::{project}-{environment}-results/*
    `),good:e(`
      kind: ManagedPolicy
      name: results-access
      document:
        Statement:
          - Effect: Allow
            Action: [s3:GetObject, s3:PutObject]
            Resource: arn:aws:s3:::{project}-{environment}-results/*
    `)},"resource-wildcard-write":{what:'Write or permissions-management actions allowed on `Resource: "*"` although the actions support resource-level permissions, so specific ARNs could be named. Actions that accept only `*` (such as `cloudwatch:PutMetricData`) are not reported. An ARN as good as `*` counts too: one whose region and account are empty or wildcards and whose resource part names every resource of a type (`arn:*:cloudtrail:*:*:trail/*`, `arn:aws:s3:::*`), for the actions of that service and type; an ARN with your account id, or with a name, narrows and is not reported.'+O,why:"The role can modify or delete every resource of that type in the account, including other teams\u2019 and other environments\u2019 resources in a shared account, when it needs only its own.",fix:"Name the resources, using RoleGate\u2019s variables so one definition fits every environment.",bad:e(`
      kind: ManagedPolicy
      name: jobs-consume
      document:
        Statement:
          - Effect: Allow
            Action: [sqs:ReceiveMessage, sqs:DeleteMessage]
            Resource: "*"
    `),good:e(`
      kind: ManagedPolicy
      name: jobs-consume
      document:
        Statement:
          - Effect: Allow
            Action: [sqs:ReceiveMessage, sqs:DeleteMessage]
            Resource: arn:aws:sqs:{region}:{account}:{project}-{environment}-jobs
    `)},"not-action-allow":{what:"An `Allow` statement with `NotAction`, which allows every action except those listed.",why:"It allows every action of every service not in the list, including services and actions AWS launches later, so the role\u2019s access grows without any change to its definition.",fix:"Use `Action` with the actions the workload needs. `NotAction` is meant for `Deny` statements (deny everything except ...).",bad:e(`
      kind: ManagedPolicy
      name: app-access
      document:
        Statement:
          - Effect: Allow
            NotAction: iam:*
            Resource: "*"
    `),good:e(`
      kind: ManagedPolicy
      name: app-access
      document:
        Statement:
          - Effect: Allow
            Action: [s3:GetObject, s3:PutObject]
            Resource: arn:aws:s3:::{project}-{environment}-results/*
    `)},"not-resource-allow":{what:"An `Allow` statement with `NotResource`, which allows the actions on every resource except those listed.",why:"It covers every other resource, in every account the action can reach, including resources created later. The exception list is easy to read as the grant, which is the opposite of what it does.",fix:"Use `Resource` with the resources the workload needs. To keep the role away from some resources, add a `Deny` statement for them.",bad:e(`
      kind: ManagedPolicy
      name: results-read
      document:
        Statement:
          - Effect: Allow
            Action: s3:GetObject
            NotResource: arn:aws:s3:::{project}-{environment}-secrets/*
    `),good:e(`
      kind: ManagedPolicy
      name: results-read
      document:
        Statement:
          - Effect: Allow
            Action: s3:GetObject
            Resource: arn:aws:s3:::{project}-{environment}-results/*
    `)},"pass-role-unscoped":{what:'`iam:PassRole` allowed on `Resource: "*"` (or a role wildcard as broad), or without an `iam:PassedToService` condition.'+O,why:"PassRole lets the role hand another role to an AWS service it controls, such as an EC2 instance or a Lambda function, and then act with that role\u2019s permissions. On `*` that includes every administrator role in the account: a privilege escalation.",fix:'Name the roles that may be passed and the service they are for: `Resource` with their ARNs and `Condition: { StringEquals: { "iam:PassedToService": ... } }`.',bad:e(`
      kind: ManagedPolicy
      name: ecs-deploy
      document:
        Statement:
          - Effect: Allow
            Action: iam:PassRole
            Resource: "*"
    `),good:e(`
      kind: ManagedPolicy
      name: ecs-deploy
      document:
        Statement:
          - Effect: Allow
            Action: iam:PassRole
            Resource: arn:aws:iam::{account}:role/{project}-{environment}-task-role
            Condition:
              StringEquals: { "iam:PassedToService": ecs-tasks.amazonaws.com }
    `)},"privilege-escalation":{what:"A role whose policies together allow an action, or a combination of actions, that lets it grant itself more access: one of the paths listed below from Rhino Security Labs, pathfinding.cloud and Cloudsplaining (`iam:AttachRolePolicy`, `iam:PutRolePolicy`, `iam:CreatePolicyVersion`, `iam:PassRole` with `ec2:RunInstances` or `glue:CreateJob` + `glue:StartJobRun`, `cloudformation:UpdateStack`, `ssm:SendCommand` with a shell document, ...) on every resource, under no condition that limits the targets. Inline and attached policies count together; unconditional `Deny` statements and a known permissions boundary are taken into account; conditions are judged key by key (tables below).",why:"Whoever can use the role can make themselves an administrator, for example by attaching AdministratorAccess to it. Every other limit on the role then stops mattering.",fix:"Leave IAM changes to RoleGate\u2019s deploy pipeline. If a workload must manage roles, name them in `Resource` (a path such as `role/sandbox/*`) and add a condition that limits the targets, such as requiring a permissions boundary (`iam:PermissionsBoundary`) on everything it touches; for `iam:PassRole`, name the roles it may pass (`iam:PassedToService` naming the very service a path uses does not close that path). A condition on the region, time, network or MFA does not close a path.",reference:I(),bad:e(`
      kind: Role
      name: sandbox-admin
      ${r.replace(/\n/g,`
      `)}
      policies:
        ManageSandboxRoles:
          Statement:
            - Effect: Allow
              Action: [iam:AttachRolePolicy, iam:PutRolePolicy]
              Resource: "*"
    `),good:e(`
      kind: Role
      name: sandbox-admin
      ${r.replace(/\n/g,`
      `)}
      policies:
        ManageSandboxRoles:
          Statement:
            - Effect: Allow
              Action: [iam:AttachRolePolicy, iam:PutRolePolicy]
              Resource: arn:aws:iam::{account}:role/sandbox/*
              Condition:
                StringEquals:
                  "iam:PermissionsBoundary": arn:aws:iam::{account}:policy/rolegate-boundary
    `)},"credentials-exposure":{what:"An `Allow` statement that grants, on every resource and without a condition, actions whose response carries credentials: `iam:CreateAccessKey`, `iam:CreateLoginProfile`, `sts:AssumeRole`, `redshift:GetClusterCredentials`, `rds-db:connect`, `cognito-identity:GetCredentialsForIdentity` and the rest of the Cloudsplaining/Parliament credentials-exposure list."+O,why:"The role can mint credentials for other identities (any IAM user, any database user, any role that trusts the account), so a leak of this role becomes a leak of all of them. Those credentials outlive the role\u2019s session.",fix:"Name the users, roles, clusters or database users in `Resource`, or add a condition that limits them. If the role really needs the action everywhere, suppress the finding with the reason.",bad:e(`
      kind: ManagedPolicy
      name: warehouse-login
      document:
        Statement:
          - Effect: Allow
            Action: [redshift:GetClusterCredentials, sts:AssumeRole]
            Resource: "*"
    `),good:e(`
      kind: ManagedPolicy
      name: warehouse-login
      document:
        Statement:
          - Effect: Allow
            Action: redshift:GetClusterCredentials
            Resource:
              - arn:aws:redshift:{region}:{account}:dbuser:{project}-{environment}-warehouse/reporting
              - arn:aws:redshift:{region}:{account}:dbname:{project}-{environment}-warehouse/analytics
    `)},"data-exfiltration":{what:"An `Allow` statement that grants read actions on data stores (`s3:GetObject`, `s3:GetObjectVersion`, `ssm:GetParameter(s)`, `ssm:GetParametersByPath`, `secretsmanager:GetSecretValue`, `kms:Decrypt`, DynamoDB reads) on every resource and without a condition."+O,why:"The role can read every object, parameter, secret or table in the account, not only its own, so a leaked session can copy all of it. It is a notice because some roles (backup, analytics) read broadly by design.",fix:"Name the buckets, parameters, secrets, keys or tables the workload reads in `Resource`. For a role that must read broadly, suppress the finding with the reason.",bad:e(`
      kind: ManagedPolicy
      name: reader
      document:
        Statement:
          - Effect: Allow
            Action: [s3:GetObject, secretsmanager:GetSecretValue]
            Resource: "*"
    `),good:e(`
      kind: ManagedPolicy
      name: reader
      document:
        Statement:
          - Effect: Allow
            Action: s3:GetObject
            Resource: arn:aws:s3:::{project}-{environment}-results/*
          - Effect: Allow
            Action: secretsmanager:GetSecretValue
            Resource: arn:aws:secretsmanager:{region}:{account}:secret:{project}/{environment}/db-*
    `)},"admin-managed-policy":{what:"An AWS managed policy that makes a role an administrator, or able to become one, is attached: AdministratorAccess, PowerUserAccess, IAMFullAccess or AWSOrganizationsFullAccess.",why:"AdministratorAccess allows everything; IAMFullAccess lets the role grant itself anything; PowerUserAccess reaches every secret, bucket and database outside IAM and Organizations; AWSOrganizationsFullAccess controls the organization itself. Few roles need that much, and their credentials are worth stealing.",fix:"Attach a policy with the permissions the workload uses: inline `policies`, a `kind: ManagedPolicy`, or a narrower AWS managed policy.",bad:e(`
      kind: Role
      name: task-role
      ${r.replace(/\n/g,`
      `)}
      managedPolicies:
        - arn:aws:iam::aws:policy/AdministratorAccess
    `),good:e(`
      kind: Role
      name: task-role
      ${r.replace(/\n/g,`
      `)}
      policies:
        Results:
          Statement:
            - Effect: Allow
              Action: [s3:GetObject, s3:PutObject]
              Resource: arn:aws:s3:::{project}-{environment}-results/*
    `)},"missing-permissions-boundary":{what:"A role without a permissions boundary while rolegate.yml sets `requirePermissionsBoundary: true`.",why:"A permissions boundary caps what a role can ever do, whatever its policies say, so a policy broadened by mistake cannot exceed it. When your organization requires one, a role without it is outside that guardrail.",fix:"Set `defaults.permissionsBoundary` in rolegate.yml for every role, or `permissionsBoundary` on the role (an ARN or the logical name of a `kind: ManagedPolicy`). `permissionsBoundary: null` removes the default: do that only with a suppression that says why.",config:e(`
      requirePermissionsBoundary: true
    `),bad:e(`
      kind: Role
      name: task-role
      ${r.replace(/\n/g,`
      `)}
    `),good:e(`
      kind: Role
      name: task-role
      permissionsBoundary: "arn:aws:iam::{account}:policy/rolegate-boundary"
      ${r.replace(/\n/g,`
      `)}
    `)},"mfa-bool-false":{what:'A condition that compares `aws:MultiFactorAuthPresent` with `"false"`: in an `Allow` (with `Bool` or `BoolIfExists`), and in a `Deny` with `Bool` (not `BoolIfExists`). AWS documents both as anti-patterns (IAM User Guide, global condition keys, `aws:MultiFactorAuthPresent`; AWS Knowledge Center, \u201Cmfa-iam-user-aws-cli\u201D).',why:"The key is present only in requests signed with temporary credentials and absent from requests signed with long-term access keys. An `Allow` with `false` therefore allows exactly the sessions that skipped MFA (and, with `BoolIfExists`, every access-key request), the opposite of requiring MFA; a `Deny` with `Bool` `false` never matches an access-key request, so those are not denied.",fix:'To require MFA in an Allow, write `Bool: { "aws:MultiFactorAuthPresent": "true" }`. To deny requests without MFA, write `BoolIfExists: { "aws:MultiFactorAuthPresent": "false" }` in the Deny. The default severity is warning: the policy deploys, but does the opposite of what it appears to say.',bad:e(`
      kind: ManagedPolicy
      name: instance-terminate
      document:
        Statement:
          - Effect: Allow
            Action: ec2:TerminateInstances
            Resource: arn:aws:ec2:{region}:{account}:instance/*
            Condition:
              Bool: { "aws:MultiFactorAuthPresent": "false" }
    `),good:e(`
      kind: ManagedPolicy
      name: instance-terminate
      document:
        Statement:
          - Effect: Allow
            Action: ec2:TerminateInstances
            Resource: arn:aws:ec2:{region}:{account}:instance/*
            Condition:
              Bool: { "aws:MultiFactorAuthPresent": "true" }
    `)},"trust-any-principal":{what:'A trust policy `Allow` statement with `Principal: "*"` or `Principal: { AWS: "*" }`, unless a condition pins the caller: a concrete `aws:PrincipalOrgID`, `aws:PrincipalAccount`, `aws:SourceAccount`, or an `aws:PrincipalArn` with a literal account.',why:"Any AWS account in the world, anyone\u2019s, can assume the role and use its permissions.",fix:'Name the account or role ARN that may assume the role, or keep `"*"` and add `StringEquals` on `aws:PrincipalOrgID` (your organization) or `aws:PrincipalAccount`.',bad:e(`
      kind: Role
      name: org-reader
      trust:
        Statement:
          - Effect: Allow
            Principal: { AWS: "*" }
            Action: sts:AssumeRole
    `),good:e(`
      kind: Role
      name: org-reader
      trust:
        Statement:
          - Effect: Allow
            Principal: { AWS: "*" }
            Action: sts:AssumeRole
            Condition:
              StringEquals: { "aws:PrincipalOrgID": o-a1b2c3d4e5 }
    `)},"github-oidc-unpinned-sub":{what:"A trust statement for GitHub Actions OIDC (`token.actions.githubusercontent.com`) without a `StringEquals` or `StringLike` condition on the `sub` claim that names one repository and a context: no condition, `*`, `repo:<owner>/*`, or `repo:<owner>/<repo>:*`. A `job_workflow_ref` condition that names a repository and workflow counts too. The classic `repo:<owner>/<repo>:...` and the immutable `repo:<owner>@<id>/<repo>@<id>:...` formats are understood. STS\u2019s per-claim keys can close what a `sub` pattern leaves open, because every condition must hold: `repo:acme/infra:*` with StringEquals `token.actions.githubusercontent.com:environment: prod` admits only jobs of acme/infra bound to the GitHub environment prod (other jobs have no environment claim), which is what `repo:acme/infra:environment:prod` pins, and a StringEquals `:repository` (`acme/infra`) pins the repository of a `repo:acme/*` pattern. A `:ref` condition does not pin the context: `ref` is `refs/heads/main` for pull_request_target runs too, which `sub` tells apart. A `sub` condition is still required: without one IAM rejects the trust policy, whatever the other claims say.",why:"Without a `sub` condition any workflow in any GitHub repository, anyone\u2019s, can assume the role (AWS now rejects such trust policies). `repo:<owner>/*` admits every repository of the organization, including ones created later; `repo:<owner>/<repo>:*` admits every branch and pull request, so anyone who can push a branch bypasses branch protection and environment reviews.",fix:"Pin `sub` with StringEquals to the repository and the context that deploys, preferably a GitHub environment: `repo:<owner>/<repo>:environment:prod` (or `ref:refs/heads/main`).",bad:e(`
      kind: Role
      name: deployer
      trust:
        Statement:
          - Effect: Allow
            Principal: { Federated: "${P}" }
            Action: sts:AssumeRoleWithWebIdentity
            Condition:
              StringEquals: { "token.actions.githubusercontent.com:aud": sts.amazonaws.com }
              StringLike: { "token.actions.githubusercontent.com:sub": "repo:acme/*" }
    `),good:e(`
      kind: Role
      name: deployer
      trust:
        Statement:
          - Effect: Allow
            Principal: { Federated: "${P}" }
            Action: sts:AssumeRoleWithWebIdentity
            Condition:
              StringEquals:
                "token.actions.githubusercontent.com:aud": sts.amazonaws.com
                "token.actions.githubusercontent.com:sub": "repo:acme/infra:environment:{environment}"
    `)},"github-oidc-missing-aud":{what:"A GitHub Actions OIDC trust statement without `StringEquals token.actions.githubusercontent.com:aud: sts.amazonaws.com`, or one that allows another audience.",why:"The audience says whom the token was issued for. Without the check, a GitHub token your workflow requested for another service, and that service has seen, is accepted by AWS as well.",fix:'Add `StringEquals: { "token.actions.githubusercontent.com:aud": sts.amazonaws.com }`, the audience aws-actions/configure-aws-credentials and RoleGate request.',bad:e(`
      kind: Role
      name: deployer
      trust:
        Statement:
          - Effect: Allow
            Principal: { Federated: "${P}" }
            Action: sts:AssumeRoleWithWebIdentity
            Condition:
              StringEquals:
                "token.actions.githubusercontent.com:sub": "repo:acme/infra:environment:{environment}"
    `),good:e(`
      kind: Role
      name: deployer
      trust:
        Statement:
          - Effect: Allow
            Principal: { Federated: "${P}" }
            Action: sts:AssumeRoleWithWebIdentity
            Condition:
              StringEquals:
                "token.actions.githubusercontent.com:aud": sts.amazonaws.com
                "token.actions.githubusercontent.com:sub": "repo:acme/infra:environment:{environment}"
    `)},"github-oidc-not-environment-bound":{what:"A role deployed to an environment marked `protected: true` in rolegate.yml whose GitHub OIDC trust does not require the GitHub environment of the same name: every `sub` value must be `repo:<owner>/<repo>:environment:NAME`, or a condition on the `environment` claim must name it.",why:"GitHub enforces an environment\u2019s required reviewers, wait timer and branch rules only on jobs that declare that environment. A role that trusts, say, the main branch can be assumed by any job on main, without the approval the environment was set up to require.",fix:'Pin `sub` to `repo:<owner>/<repo>:environment:{environment}` (RoleGate renders the name per environment), or add `StringEquals: { "token.actions.githubusercontent.com:environment": prod }`.',config:e(`
      environments:
        prod: { account: "333333333333", region: us-east-1, protected: true }
    `),bad:e(`
      kind: Role
      name: deployer
      trust:
        Statement:
          - Effect: Allow
            Principal: { Federated: "${P}" }
            Action: sts:AssumeRoleWithWebIdentity
            Condition:
              StringEquals:
                "token.actions.githubusercontent.com:aud": sts.amazonaws.com
                "token.actions.githubusercontent.com:sub": "repo:acme/infra:ref:refs/heads/main"
    `),good:e(`
      kind: Role
      name: deployer
      trust:
        Statement:
          - Effect: Allow
            Principal: { Federated: "${P}" }
            Action: sts:AssumeRoleWithWebIdentity
            Condition:
              StringEquals:
                "token.actions.githubusercontent.com:aud": sts.amazonaws.com
                "token.actions.githubusercontent.com:sub": "repo:acme/infra:environment:{environment}"
    `)},"github-oidc-forallvalues":{what:"A trust policy condition that uses `ForAllValues:` on a single-valued key: a GitHub OIDC claim, `aws:SourceAccount`, `aws:PrincipalOrgID`, `sts:ExternalId`, a `sub` of any identity provider, and similar.",why:"`ForAllValues:` is true when the request has no value for the key at all (every value of an empty set matches), so the condition restricts nothing for a caller whose request lacks the key.",fix:"Use the plain operator (`StringEquals`, `StringLike`) for single-valued keys. `ForAllValues:` is meant for multi-valued keys such as `aws:TagKeys`.",bad:e(`
      kind: Role
      name: deployer
      trust:
        Statement:
          - Effect: Allow
            Principal: { Federated: "${P}" }
            Action: sts:AssumeRoleWithWebIdentity
            Condition:
              StringEquals: { "token.actions.githubusercontent.com:aud": sts.amazonaws.com }
              ForAllValues:StringEquals:
                "token.actions.githubusercontent.com:sub": "repo:acme/infra:environment:{environment}"
    `),good:e(`
      kind: Role
      name: deployer
      trust:
        Statement:
          - Effect: Allow
            Principal: { Federated: "${P}" }
            Action: sts:AssumeRoleWithWebIdentity
            Condition:
              StringEquals:
                "token.actions.githubusercontent.com:aud": sts.amazonaws.com
                "token.actions.githubusercontent.com:sub": "repo:acme/infra:environment:{environment}"
    `)},"cross-account-no-external-id":{what:"A trust statement that lets an AWS principal of another account (an account id, its root ARN, or a role or user ARN there) assume the role without `StringEquals sts:ExternalId`. A condition on `aws:PrincipalOrgID` is accepted instead.",why:"A third party that assumes roles for many customers can be tricked by another of its customers into using your role (the confused deputy problem). The external id, known only to you and the vendor, tells your requests apart.",fix:'Add `Condition: { StringEquals: { "sts:ExternalId": "<the id the vendor gave you>" } }`. For accounts of your own organization, use `StringEquals aws:PrincipalOrgID` instead.',bad:e(`
      kind: Role
      name: vendor-audit
      trust:
        Statement:
          - Effect: Allow
            Principal: { AWS: "arn:aws:iam::999988887777:root" }
            Action: sts:AssumeRole
    `),good:e(`
      kind: Role
      name: vendor-audit
      trust:
        Statement:
          - Effect: Allow
            Principal: { AWS: "arn:aws:iam::999988887777:root" }
            Action: sts:AssumeRole
            Condition:
              StringEquals: { "sts:ExternalId": "acme-7f3c9a21" }
    `)},"service-confused-deputy":{what:"A service principal trusted without a condition on `aws:SourceAccount`, `aws:SourceArn` or `aws:SourceOrgID`, for services that AWS documents as sending them when they assume a role (ECS tasks, Step Functions, EventBridge Scheduler, AWS Config, Bedrock, CloudWatch Logs, Transfer Family, Personalize, CodeDeploy). Services that do not send them on every call, such as Lambda and EC2, are not reported.",why:"Without the condition the service can be made to use your role on behalf of a resource in another customer\u2019s account (the cross-service confused deputy).",fix:'Add `Condition: { StringEquals: { "aws:SourceAccount": "{account}" } }`, or `ArnLike aws:SourceArn` with the resources that use the role.',bad:e(`
      kind: Role
      name: task-role
      trust:
        Statement:
          - Effect: Allow
            Principal: { Service: ecs-tasks.amazonaws.com }
            Action: sts:AssumeRole
    `),good:e(`
      kind: Role
      name: task-role
      trust:
        Statement:
          - Effect: Allow
            Principal: { Service: ecs-tasks.amazonaws.com }
            Action: sts:AssumeRole
            Condition:
              StringEquals: { "aws:SourceAccount": "{account}" }
    `)},"invalid-principal":{what:'A trust policy principal, in an Allow or a Deny statement, in a form IAM does not accept (AWS JSON policy elements: Principal). `AWS`: `"*"`, a 12-digit account id, or the ARN of an account root, IAM role or user, assumed-role session or federated user, with no wildcard inside the ARN and never an IAM group. `Service`: a service principal such as `ecs-tasks.amazonaws.com`. `Federated`: the ARN of an IAM SAML or OIDC provider (for GitHub Actions, `arn:aws:iam::<account>:oidc-provider/token.actions.githubusercontent.com`) or a provider\u2019s domain name (`cognito-identity.amazonaws.com`, `accounts.google.com`, `token.actions.githubusercontent.com`), which is what IAM checks (\u201CFederated principals must be valid domain names or SAML metadata ARNs\u201D). `CanonicalUser`: 64 hexadecimal digits.',why:"IAM rejects the trust policy with \u201CInvalid principal in policy\u201D (MalformedPolicyDocument) when RoleGate deploys it, after the change was merged. A wildcard inside an ARN is a common attempt to trust \u201Call roles named ci-*\u201D, which IAM does not support in Principal.",fix:'Write the principal in one of the forms above. To trust a family of roles, name their account and add `ArnLike: { "aws:PrincipalArn": "arn:aws:iam::<account>:role/ci-*" }`. RoleGate cannot see whether a named role or provider exists; IAM checks that at deploy.',bad:e(`
      kind: Role
      name: vendor-audit
      trust:
        Statement:
          - Effect: Allow
            Principal: { AWS: "arn:aws:iam::999988887777:role/audit-*" }   # no wildcards in Principal
            Action: sts:AssumeRole
            Condition:
              StringEquals: { "sts:ExternalId": "acme-7f3c9a21" }
    `),good:e(`
      kind: Role
      name: vendor-audit
      trust:
        Statement:
          - Effect: Allow
            Principal: { AWS: "arn:aws:iam::999988887777:root" }
            Action: sts:AssumeRole
            Condition:
              StringEquals: { "sts:ExternalId": "acme-7f3c9a21" }
              ArnLike: { "aws:PrincipalArn": "arn:aws:iam::999988887777:role/audit-*" }
    `)},"trust-any-principal-conditioned":{what:'A trust statement with `Principal: "*"` or `{ AWS: "*" }` that a caller condition limits (`aws:PrincipalOrgID`, `aws:PrincipalAccount`, `aws:SourceAccount`, or `aws:PrincipalArn` with a literal account), so `trust-any-principal` does not report it. The message says how far the trust reaches: with `aws:PrincipalOrgID`, every account of the organization, including accounts that join later.',why:"The statement is not a mistake, but it trusts far more than a named principal would: any principal of any account in the organization that is allowed sts:AssumeRole by its own policies can assume the role. Reviewers should see that, so the default severity is notice.",fix:"If only a few accounts or roles need the role, name them in `Principal` instead. If organization-wide access is the intent, leave it (or suppress the notice with that reason).",bad:e(`
      kind: Role
      name: org-reader
      trust:
        Statement:
          - Effect: Allow
            Principal: { AWS: "*" }
            Action: sts:AssumeRole
            Condition:
              StringEquals: { "aws:PrincipalOrgID": o-a1b2c3d4e5 }
    `),good:e(`
      kind: Role
      name: org-reader
      trust:
        Statement:
          - Effect: Allow
            Principal: { AWS: "arn:aws:iam::{account}:root" }
            Action: sts:AssumeRole
    `)},"role-name-length":{what:"A role name longer than 64 characters, a managed policy or inline policy name longer than 128, or a name with characters other than letters, digits and `+=,.@_-`. An inline policy\u2019s name is its key under `policies:`, sent to IAM as written (`{variables}` are not rendered in it).",why:"IAM rejects the name when RoleGate deploys it, after the deploy has applied earlier changes. A long naming template (`{project}-{environment}-{name}`) can push some logical names over the limit in one environment only.",fix:"Shorten the logical `name` or the `naming` template, or set a shorter `roleName` / `policyName`. Rename an inline policy\u2019s key (`SQSAccess`, not `SQS Access`).",bad:e(`
      kind: Role
      name: task-role
      roleName: "{project}-{environment}-sagemaker-processing-execution-role-for-nightly-batch"
      ${r.replace(/\n/g,`
      `)}
    `),good:e(`
      kind: Role
      name: task-role
      roleName: "{project}-{environment}-sm-nightly"
      ${r.replace(/\n/g,`
      `)}
    `)},"trust-policy-size":{what:"A trust policy longer than the account\u2019s quota: 2,048 characters by default, raisable to 4,096. Characters are counted as IAM counts them, without whitespace.",why:"IAM rejects the trust policy when RoleGate deploys it.",fix:'Merge statements that differ only in principals or conditions (a condition key takes a list of values). If the account\u2019s "Role trust policy length" quota was raised in Service Quotas, set `limits.trustPolicySize` in rolegate.yml.',config:e(`
      limits:
        trustPolicySize: 4096   # only after raising the quota in Service Quotas
    `),bad:e(`
      kind: Role
      name: deployer
      trust:
        Statement:
          - Effect: Allow
            Principal: { Federated: "${P}" }
            Action: sts:AssumeRoleWithWebIdentity
            Condition:
              StringEquals:
                "token.actions.githubusercontent.com:aud": sts.amazonaws.com
                "token.actions.githubusercontent.com:sub": "repo:acme/api:environment:{environment}"
          - Effect: Allow
            Principal: { Federated: "${P}" }
            Action: sts:AssumeRoleWithWebIdentity
            Condition:
              StringEquals:
                "token.actions.githubusercontent.com:aud": sts.amazonaws.com
                "token.actions.githubusercontent.com:sub": "repo:acme/web:environment:{environment}"
          # ... the same statement for 10 more repositories
    `),good:e(`
      kind: Role
      name: deployer
      trust:
        Statement:
          - Effect: Allow
            Principal: { Federated: "${P}" }
            Action: sts:AssumeRoleWithWebIdentity
            Condition:
              StringEquals:
                "token.actions.githubusercontent.com:aud": sts.amazonaws.com
                "token.actions.githubusercontent.com:sub":
                  - "repo:acme/api:environment:{environment}"
                  - "repo:acme/web:environment:{environment}"
                  # ... 10 more repositories
    `),illustrative:!0},"inline-policy-size":{what:"A role whose inline policies together exceed 10,240 characters (without whitespace), IAM\u2019s limit per role.",why:"IAM rejects the inline policy that crosses the limit when RoleGate deploys it, leaving the role with only part of its permissions.",fix:"Move one or more inline policies into a `kind: ManagedPolicy` (up to 6,144 characters each) and attach it, or merge statements that repeat the same actions or resources.",bad:e(`
      kind: Role
      name: etl
      ${r.replace(/\n/g,`
      `)}
      policies:
        GlueJobs:
          Statement: []        # 40 statements: 6,100 characters
        AthenaQueries:
          Statement: []        # 30 statements: 4,500 characters
    `),good:e(`
      kind: Role
      name: etl
      ${r.replace(/\n/g,`
      `)}
      managedPolicies: [etl-glue]
      policies:
        AthenaQueries:
          Statement: []        # 30 statements: 4,500 characters
      ---
      kind: ManagedPolicy
      name: etl-glue
      document:
        Statement: []          # the 40 GlueJobs statements: 6,100 characters
    `),illustrative:!0},"managed-policy-size":{what:"A customer managed policy longer than 6,144 characters (without whitespace).",why:"IAM rejects the policy when RoleGate deploys it.",fix:"Split the policy into two `kind: ManagedPolicy` definitions and attach both, or merge statements that repeat the same actions or resources.",bad:e(`
      kind: ManagedPolicy
      name: etl
      document:
        Statement: []          # 70 statements: 8,900 characters
    `),good:e(`
      kind: ManagedPolicy
      name: etl-glue
      document:
        Statement: []          # 40 statements: 5,100 characters
      ---
      kind: ManagedPolicy
      name: etl-athena
      document:
        Statement: []          # 30 statements: 3,800 characters
    `),illustrative:!0},"managed-policy-count":{what:"A role with more managed policies attached than the quota: 10 by default, raisable to 20.",why:"IAM refuses to attach the policy over the quota when RoleGate deploys, leaving the role with only part of its permissions.",fix:'Combine policies into one `kind: ManagedPolicy`. If the account\u2019s "Managed policies per role" quota was raised in Service Quotas, set `limits.managedPoliciesPerRole` in rolegate.yml.',config:e(`
      limits:
        managedPoliciesPerRole: 20   # only after raising the quota in Service Quotas
    `),bad:e(`
      kind: Role
      name: analyst
      ${r.replace(/\n/g,`
      `)}
      managedPolicies:
        - arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess
        - arn:aws:iam::aws:policy/AmazonAthenaFullAccess
        - arn:aws:iam::aws:policy/AWSGlueConsoleFullAccess
        # ... 8 more: 11 in all
    `),good:e(`
      kind: Role
      name: analyst
      ${r.replace(/\n/g,`
      `)}
      managedPolicies:
        - analyst-data
      ---
      kind: ManagedPolicy
      name: analyst-data
      document:
        Statement: []          # what the 11 policies granted that the role uses
    `),illustrative:!0},"tag-limits":{what:"More than 50 tags (counting the `rolegate:managed-by` tag RoleGate adds), a tag key over 128 or a value over 256 characters, a key starting with the reserved `aws:`, or characters IAM does not allow in tags (letters, digits, spaces and `_ . : / = + - @` are allowed).",why:"IAM rejects the tags when RoleGate deploys, and the role or policy is created without them or not at all.",fix:"Rename or shorten the tag; remove tags, or move them out of `defaults.tags`.",bad:e(`
      kind: Role
      name: task-role
      ${r.replace(/\n/g,`
      `)}
      tags:
        aws:team: ml                       # "aws:" is reserved
        Owner: "ML team <ml@acme.com>"     # < and > are not allowed
    `),good:e(`
      kind: Role
      name: task-role
      ${r.replace(/\n/g,`
      `)}
      tags:
        team: ml
        Owner: ml@acme.com
    `)},"session-duration":{what:"A `maxSessionDuration` that is not a whole number of seconds from 3,600 to 43,200 (1 to 12 hours), from the role or from `defaults.maxSessionDuration`.",why:"IAM rejects the role when RoleGate deploys it.",fix:"Use a number of seconds in range. Shorter is safer: a leaked session stays valid until it expires.",bad:e(`
      kind: Role
      name: task-role
      maxSessionDuration: 86400      # 24 hours
      ${r.replace(/\n/g,`
      `)}
    `),good:e(`
      kind: Role
      name: task-role
      maxSessionDuration: 14400      # 4 hours
      ${r.replace(/\n/g,`
      `)}
    `)},description:{what:"A description longer than 1,000 characters, or a role description with characters IAM does not accept (only tab, newline, printable ASCII and Latin-1 are allowed).",why:"IAM rejects the role or policy when RoleGate deploys it. Typographic quotes and dashes pasted from a document are the usual culprits.",fix:'Shorten the description, or replace the characters the message lists with plain ASCII (" instead of \u201C \u201D, - instead of \u2014).',bad:e(`
      kind: Role
      name: task-role
      description: Writes the \u201Cresults\u201D bucket \u2014 nightly batch
      ${r.replace(/\n/g,`
      `)}
    `),good:e(`
      kind: Role
      name: task-role
      description: Writes the "results" bucket - nightly batch
      ${r.replace(/\n/g,`
      `)}
    `)},path:{what:"An IAM path longer than 512 characters, or with characters IAM does not allow in paths (anything but printable ASCII: spaces, accented letters, ...). RoleGate adds a missing leading or trailing `/` itself.",why:"IAM rejects the role or policy when RoleGate deploys it.",fix:"Use printable ASCII without spaces between the slashes, for example `/teams/machine-learning/`.",bad:e(`
      kind: Role
      name: task-role
      path: /teams/machine learning/
      ${r.replace(/\n/g,`
      `)}
    `),good:e(`
      kind: Role
      name: task-role
      path: /teams/machine-learning/
      ${r.replace(/\n/g,`
      `)}
    `)},"unused-suppression":{what:"An entry of a definition\u2019s `suppress` list that silenced no finding in any environment. Suppressions of rules that did not run (turned `off`, or not implemented yet) are not reported.",why:"A stale suppression is a standing exception nobody needs: when the problem comes back, for example after a later edit, it is silenced without review.",fix:"Remove the suppression, or correct its `rule` or `statement` if it was meant to match a finding.",bad:e(`
      kind: Role
      name: task-role
      trust:
        Statement:
          - Effect: Allow
            Principal: { Service: ecs-tasks.amazonaws.com }
            Action: sts:AssumeRole
            Condition:
              StringEquals: { "aws:SourceAccount": "{account}" }
      suppress:
        - rule: service-confused-deputy   # the condition above already fixed it
          reason: only our own ECS tasks use this role
    `),good:e(`
      kind: Role
      name: task-role
      trust:
        Statement:
          - Effect: Allow
            Principal: { Service: ecs-tasks.amazonaws.com }
            Action: sts:AssumeRole
            Condition:
              StringEquals: { "aws:SourceAccount": "{account}" }
    `)}},$=null;function s(t){return Object.hasOwn(x,t)?x[t]:void 0}const m={definitions:"Definitions",grammar:"Policy grammar","least-privilege":"Least privilege",trust:"Trust policies",quotas:"IAM quotas",suppressions:"Suppressions"};function w(t){return m[t]}function l(t,c){const a=s(t.id),i=c?`

See ${c}`:"";return a?`${a.why}

How to fix: ${a.fix}${i}`:`${t.summary}${i}`}function j(t,c){const a=s(t.id);return a?[`**${t.summary}**`,"",`**Why it matters.** ${a.why}`,"",`**How to fix.** ${a.fix}`,"",...T(a),...c?[`[Documentation of ${t.id}](${c})`]:[]].join(`
`).replace(/\n+$/,""):c?`${t.summary}

[Documentation](${c})`:t.summary}function v(t){const c=Math.max(2,...(t.match(/`+/g)??[]).map(i=>i.length)),a="`".repeat(c+1);return`${a}yaml
${t}
${a}`}function T(t){const c=[];t.config&&c.push("In `rolegate.yml`:","",v(t.config),"");const a=t.illustrative?" (shape only)":"";return c.push(`Bad${a}:`,"",v(t.bad),"",`Good${a}:`,"",v(t.good),""),c}function N(t){return t.replace(/\|/g,"\\|").replace(/\r?\n/g," ")}function o(t=RULES){const c=[...t.values()],a=["<!-- Generated by scripts/generate-rule-docs.ts from src/lint/catalog.ts and src/lint/rule-docs.ts. Do not edit: run `npx tsx scripts/generate-rule-docs.ts`. -->","","# Rules","","Every finding RoleGate reports comes from one of these rules. Each has a default severity:","`error` fails the check (with `fail-on: error`, the default), `warning` fails it with","`fail-on: warning`, `notice` never does.","","- **Change a severity** in `rolegate.yml`: `rules: { service-wildcard: error }`; `off` turns a rule off.","- **Suppress a finding** in the definition it is about, with a mandatory reason:",'  `suppress: [{ rule: service-wildcard, reason: "...", statement: Sid }]`. `statement` (a Sid, or a',"  0-based index) limits it to one statement. Every suppression is listed in the report, and one that","  silences nothing is reported as [`unused-suppression`](#unused-suppression).","- A rule id in `rules:` or `suppress:` that is not listed below is a [`schema`](#schema) error at","  its line, with the nearest id: a misspelt id would otherwise change or silence nothing.","","The examples assume a `rolegate.yml` with `project: llm-models` and environments `dev`, `staging` and","`prod` (`prod` has `protected: true`). Policy documents use IAM\u2019s JSON grammar, written as YAML; see","[the definition format](definitions.md).","","## Index","","| Rule | Family | Default severity | Summary |","| --- | --- | --- | --- |",...c.map(i=>`| [\`${i.id}\`](#${i.id}) | ${w(i.family)} | ${i.defaultSeverity} | ${N(i.summary)} |`),""];for(const i of c){const A=s(i.id);if(a.push(`## ${i.id}`,""),a.push(`${w(i.family)} \xB7 default severity **${i.defaultSeverity}**`,""),a.push(`**${i.summary}**`,""),!A){a.push("_Not documented yet._","");continue}if(a.push(A.what,""),a.push("### Why it matters","",A.why,""),a.push("### How to fix","",A.fix,""),A.reference&&a.push("### Reference","",A.reference,""),a.push("### Examples","",...T(A)),a.push("### Severity and suppression",""),a.push("Change the severity in `rolegate.yml` (`error`, `warning`, `notice`, or `off`):","",v(`rules:
  ${i.id}: ${i.defaultSeverity==="warning"?"error":"warning"}`),""),A.suppressible!==!1){const C=y.has(i.family)?`
    statement: ReadResults   # optional: only this statement (Sid or 0-based index)`:"";a.push("Suppress a finding in the definition it is about; the reason is mandatory and shown in every report:","",v(`suppress:
  - rule: ${i.id}
    reason: why this is acceptable here${C}`),"")}A.note&&a.push(A.note,"")}return a.join(`
`).replace(/\n+$/,`
`)}var p=d(7311);const b="https://json.schemastore.org/sarif-2.1.0.json",S="rolegateFinding/v1",M="%SRCROOT%",_={error:"error",warning:"warning",notice:"note"};function B(t){return t.split(/[^A-Za-z0-9]+/).filter(Boolean).map(c=>c[0].toUpperCase()+c.slice(1)).join("")}function z(t,c){const a=s(t.id),i=(0,p.Cg)(t.id,c);return{id:t.id,name:B(t.id),shortDescription:{text:t.summary},fullDescription:{text:a?.what??t.summary},help:{text:l(t,i),markdown:j(t,i)},...i!==void 0?{helpUri:i}:{},defaultConfiguration:{level:_[t.defaultSeverity]},properties:{tags:[(0,u.pQ)(t),t.family],...u.lL.has(t.id)?{"security-severity":u.lL.get(t.id).toFixed(1)}:{},family:w(t.family)}}}function U(t){return t.replace(/\\/g,"/").replace(/^\.\//,"").split("/").map(c=>encodeURIComponent(c)).join("/")}function L(t){return t!==void 0&&Number.isInteger(t)&&t>=1?t:void 0}function q(t){const c=L(t.line)??1,a={startLine:c},i=L(t.line)?L(t.column):void 0;i!==void 0&&(a.startColumn=i);const A=L(t.endLine);if(A!==void 0&&A>=c){a.endLine=A;const C=L(t.endColumn);C!==void 0&&(A>c||i===void 0||C>=i)&&(a.endColumn=C)}return a}function D(t,c){return t.file?{physicalLocation:{artifactLocation:{uri:U(t.file),uriBaseId:M},region:q(t)}}:{physicalLocation:{artifactLocation:{uri:U(c),uriBaseId:M},region:{startLine:1}}}}function Y(t){const c=new Map;return t.map(a=>{const i=[a.rule,a.file??"",a.role??"",a.environment??"",a.message].join("\0"),A=(c.get(i)??0)+1;return c.set(i,A),(0,R.createHash)("sha256").update(A===1?i:`${i}\0${A}`).digest("hex").slice(0,32)})}function Q(t){const c=t.environments??[];return c.length>1?`${t.message} [${c.join(", ")}]`:t.message}function J(t){return{id:t,defaultSeverity:"error",family:"definitions",summary:`RoleGate rule ${t}.`}}function Z(t,c,a={}){const i=[...u.y0.values()];for(const f of t.findings)i.some(F=>F.id===f.rule)||i.push(J(f.rule));const A=new Map(i.map((f,F)=>[f.id,F])),C=Y(t.findings),X=t.findings.map((f,F)=>{const V={ruleId:f.rule,ruleIndex:A.get(f.rule),level:_[f.severity],message:{text:Q(f)},locations:[D(f,t.config)],partialFingerprints:{[S]:C[F]}},G={};return f.environment!==void 0&&(G.environment=f.environment),f.environments!==void 0&&(G.environments=f.environments),f.role!==void 0&&(G.role=f.role),f.policy!==void 0&&(G.policy=f.policy),f.introduced!==void 0&&(G.introduced=f.introduced),Object.keys(G).length>0&&(V.properties=G),f.suppressed&&(V.suppressions=[{kind:"inSource",justification:f.suppressed.reason}]),V}),H="docs"in a?a.docs:(0,p.Vq)(),K={description:{text:"The folder the paths of this run are relative to: the repository root (the action) or the folder of rolegate.yml (the CLI)."}};if(a.srcRoot){const f=(0,E.pathToFileURL)(a.srcRoot).href;K.uri=f.endsWith("/")?f:`${f}/`}return{$schema:b,version:"2.1.0",runs:[{tool:{driver:{name:"RoleGate",informationUri:H?.home??p.f$,version:c,.../^\d+\.\d+\.\d+(?:[-+].*)?$/.test(c)?{semanticVersion:c}:{},rules:i.map(f=>z(f,H))}},invocations:[{executionSuccessful:!0,properties:{command:t.command,config:t.config,environments:t.environmentNames,summary:t.summary,...t.baseRef!==void 0?{baseRef:t.baseRef}:{}}}],originalUriBaseIds:{[M]:K},columnKind:"utf16CodeUnits",results:X}]}}}),5655:((W,k,d)=>{d.r(k),d.d(k,{formatFindingLine:()=>I,oneLine:()=>h,renderChangeText:()=>$,renderText:()=>P,safeLines:()=>r,visibleControls:()=>n,workflowSafe:()=>g});var R=d(6683),E=d(1830),u=d(8850);function g(s){return s.split(/\r\n|\r|\n/).map(m=>m.replace(/##\[/g,"#\u200B#[").replace(/^(\s*)(?=::)/,"$1> ")).join(`
`)}function h(s){return n(s.replace(/\r\n|[\r\n\u2028\u2029\u0085]/g," \u23CE "))}function n(s){return s.replace(y,e)}const y=/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;function e(s){const m=s.charCodeAt(0);return m<256?`\\x${m.toString(16).padStart(2,"0")}`:`\\u${m.toString(16).padStart(4,"0")}`}function r(s){return g(s.map(h).join(`
`))}function I(s){const m=s.file?`${s.file}:${s.line??1}:${s.column??1}`:"(project)",l=[s.environments?.join(",")??s.environment,s.role].filter(Boolean).join("/"),j=s.suppressed?` [suppressed: ${s.suppressed.reason}]`:"";return h(`${m}  ${s.severity.padEnd(7)}  ${s.rule}  ${s.message}${l?`  (${l})`:""}${j}`)}function P(s,m){const w=s.findings.map(I),{error:l,warning:j,notice:v,suppressed:T}=s.summary;return w.push("",`${s.command}: ${l} error(s), ${j} warning(s), ${v} notice(s)`+(T?`, ${T} suppressed`:"")+` in ${s.environmentNames.length} environment(s) of ${h(s.config)}`+(m?`: ${O(s,m)}`:"")),g(w.join(`
`)+`
`)}function O(s,{failOn:m,configInvalid:w}){if(w)return`fails (${h(s.config)} does not load)`;const l=(0,u.findingsExitCode)(s.summary,m)!==0,{error:j}=s.summary,v=l&&j===0||!l&&m==="never"&&j>0?` (--fail-on ${m})`:"";return`${l?"fails":"passes"}${v}`}const x={added:"+",removed:"-",modified:"~",unchanged:" "};function $(s){const m=[];for(const w of Object.values(s.environments)){m.push(h(`${w.environment}: ${(0,E.b)(w)}${w.risk==="high"?" (HIGH RISK)":""}`));for(const l of w.roles){if(l.change==="unchanged"&&l.verdict==="unchanged"&&!l.assertions?.length)continue;const j=[l.addedActions.length?`+${l.addedActions.length} actions`:"",l.removedActions.length?`-${l.removedActions.length} actions`:""].filter(Boolean).join(", ");m.push(h(`  ${x[l.change]} ${l.name} (${l.physicalName}): ${l.verdict}${j?`, ${j}`:""}${l.risk==="high"?", high risk":""}`));for(const v of l.assertions??[]){const T=v.assertion.location?`${v.assertion.location.file}:${v.assertion.location.line}`:`expect[${v.assertion.index}]`,N=v.requests.map(o=>`${(0,R.J3)(o)} ${o.action} on ${o.resource}`);m.push(h(`      assertion ${T} (${(0,R.A9)(v)}) ${(0,R.Ov)(v)}${N.length?`: after this change ${l.name} ${N.join("; ")}`:""}`))}for(const v of l.reasons)m.push(`      ${h(v)}`)}for(const l of w.managedPolicies)l.change!=="unchanged"&&m.push(h(`  ${x[l.change]} managed policy ${l.name} (${l.physicalName}): ${l.verdict}`));for(const l of w.notEvaluated??[])m.push(h(`  ? ${l.name}: not evaluated: ${l.file}${l.line?`:${l.line}`:""} ${l.reason}${l.side==="base"?" on the base":""}`))}return s.ownership&&m.push(h(`ownership changes: managedBy ${s.ownership.before} -> ${s.ownership.after} (HIGH RISK)`)),m.push("",...s.caveats.map(w=>`note: ${w}`)),g(m.join(`
`)+`
`)}})};export{ee as id,te as ids,ne as modules};
