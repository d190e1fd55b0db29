/**
 * Help for every rule of the catalog: why it matters, how to fix it, a bad and a good example.
 * docs/rules.md is generated from this file and the catalog (scripts/generate-rule-docs.ts), and
 * the SARIF report carries the same text as each rule's help, so the three never disagree.
 *
 * Examples are RoleGate definitions (policy documents in IAM's JSON grammar, written as YAML) for
 * a rolegate.yml with project `llm-models` and environments dev, staging and prod (prod
 * `protected: true`). __tests__/lint/rule-docs.test.ts lints them: a bad example must raise its
 * rule and a good one must not, unless the example is marked `illustrative`.
 */
import { ESCALATION_CONDITION_KEYS } from '../policy/escalation-conditions.js'
import { ESCALATION_PATHS, SHELL_DOCUMENTS } from '../policy/escalation.js'
import { cell as markdownCell, code, inlineCode, link } from '../report/markdown.js'
import { RULES } from './catalog.js'
import type { RuleInfo } from './types.js'

export interface RuleDoc {
  /** What the rule checks, more precisely than the catalog's one-line summary. */
  what: string
  /** Why it matters: 1–3 sentences. */
  why: string
  /** How to fix it. */
  fix: string
  /** A definition (YAML) that raises the rule. */
  bad: string
  /** The same definition, fixed. */
  good: string
  /** rolegate.yml keys the rule reads or needs, shown with the examples (YAML). */
  config?: string
  /** The examples show the shape only (a quota example would be pages long): not linted. */
  illustrative?: boolean
  /** False when findings of the rule belong to no definition, so `suppress` cannot reach them. */
  suppressible?: false
  /** Anything special about suppressing or configuring this rule. */
  note?: string
  /** Reference tables (markdown) for docs/rules.md only, under "Reference": too long for SARIF help. */
  reference?: string
}

/** Families whose findings name a statement, so a suppression can be limited to one. */
const STATEMENT_FAMILIES = new Set<RuleInfo['family']>(['grammar', 'least-privilege', 'trust'])

/** Strips the template literal's leading newline and common indentation. */
function yaml(text: string): string {
  const lines = text.replace(/^\n/, '').replace(/\s+$/, '').split('\n')
  const indent = Math.min(
    ...lines.filter(line => line.trim() !== '').map(line => /^ */.exec(line)![0].length)
  )
  return lines.map(line => line.slice(indent)).join('\n')
}

const LAMBDA_TRUST = `trust:
  Statement:
    - Effect: Allow
      Principal: { Service: lambda.amazonaws.com }
      Action: sts:AssumeRole`

/** docs/rules.md reference for privilege-escalation: every path with its sources, then the condition keys. */
function escalationReference(): string {
  const paths = ESCALATION_PATHS.map(path => {
    const sources = path.sources
      .map(source =>
        link(markdownCell(source.ref ? `${source.name} ${source.ref}` : source.name), source.url)
      )
      .join(', ')
    const passed = path.passedTo ? ` (role passed to ${path.passedTo.map(code).join(', ')})` : ''
    return `| ${code(path.id)} | ${path.actions.map(code).join(' + ')} | ${markdownCell(path.description)}${passed} | ${sources} |`
  })
  const keys = (mitigates: boolean) =>
    ESCALATION_CONDITION_KEYS.filter(key => key.mitigates === mitigates).map(
      key => `| ${code(key.key)} | ${markdownCell(key.why)} | ${link('AWS', key.source)} |`
    )
  return [
    `**Paths** (${ESCALATION_PATHS.length}). Each is reported when every one of its actions is allowed on every resource (or, for ${inlineCode('iam:CreatePolicyVersion')}, ${inlineCode('iam:SetDefaultPolicyVersion')}, ${inlineCode('iam:PutRolePolicy')} and ${inlineCode('iam:AttachRolePolicy')}, on the role itself or a policy attached to it). Every method of Cloudsplaining’s ${inlineCode('PRIVILEGE_ESCALATION_METHODS')} is covered; a method whose actions include a shorter path’s is listed as a source of that path, which already catches it. pathfinding.cloud’s data is Apache-2.0 (Datadog); facts only were taken from each source.`,
    '',
    '| Path | Actions | What it lets the holder do | Sources |',
    '| --- | --- | --- | --- |',
    ...paths,
    '',
    `**Run Command and Session Manager.** ${inlineCode('ssm:SendCommand')} is authorized against the instance and the document at once, possibly by different statements: the path is open when some statement allows every instance and some statement allows a document that runs what the caller asks (${SHELL_DOCUMENTS.map(inlineCode).join(', ')}, or a wildcard that reaches documents customers create). A policy that allows only fixed AWS documents (${inlineCode('AWSEC2-CreateVssSnapshot')}, ${inlineCode('AmazonCloudWatch-ManageAgent')}, ${inlineCode('AWS-ConfigureAWSPackage')}) opens no path. ${inlineCode('ssm:StartSession')} without a document starts the shell document ${inlineCode('SSM-SessionManagerRunShell')} and checks only the target, so every instance is enough.`,
    '',
    '**Conditions.** A condition opens or closes a path key by key. A key that limits which resource is reached keeps the statement from opening a path when it is compared positively (StringEquals/StringLike/ArnEquals/ArnLike on values other than a bare `*`; negated, `…IfExists` and `ForAllValues:` forms are true for the resources that matter, so they do not mitigate):',
    '',
    '| Mitigating key | Why | Source |',
    '| --- | --- | --- |',
    ...keys(true),
    '',
    'A key that only describes the request or the caller leaves the path open, and the finding names it:',
    '',
    '| Key that does not mitigate | Why | Source |',
    '| --- | --- | --- |',
    ...keys(false),
    '',
    'A key in neither table (a service-specific key such as `lambda:FunctionArn`) is presumed to mitigate: RoleGate reports nothing rather than guess, as it did for every condition before. A conditional `Deny` is not relied on to close a path.'
  ].join('\n')
}

const GITHUB_PROVIDER = 'arn:aws:iam::{account}:oidc-provider/token.actions.githubusercontent.com'

/**
 * How the least-privilege rules that say "every resource" or "every action" read Deny statements
 * (src/lint/effective-access.ts), said once for each of them.
 */
const DENY_AWARE =
  ' Deny statements count as IAM counts them, with the statement matching of `rolegate can`: for a role, those of all its policies (inline, attached repository or AWS managed, and its permissions boundary); for a `kind: ManagedPolicy`, only its own. A Deny that takes the access away everywhere removes the finding; one that takes away part of it (a narrower `Resource`, or a `NotResource` that spares some resources) is named in the message with what is left; a Deny with a condition is mentioned, never relied on.'

const DOCS: Record<string, RuleDoc> = {
  // ---------------------------------------------------------------------------------------- definitions
  schema: {
    what: 'A definition file or rolegate.yml that RoleGate cannot read as its format: broken YAML, duplicate keys, a wrong type, an unknown key or rule id (with a "did you mean"), a missing required key, an empty file, a file that is not UTF-8, or a definitions glob that matches no file.',
    why: 'RoleGate cannot render what it cannot read. A misspelt key such as `polices` would otherwise drop the permissions or the trust you meant to write, and the mistake would surface only when something fails in AWS.',
    fix: 'Correct the file at the reported line; the message names the expected key or type. Put `# yaml-language-server: $schema=...` on the first line of your files so your editor validates them as you type (see docs/definitions.md).',
    bad: yaml(`
      kind: Role
      name: task-role
      ${LAMBDA_TRUST.replace(/\n/g, '\n      ')}
      maxSessionDuration: one hour      # must be a number of seconds
      polices:                          # unknown key: did you mean "policies"?
        ReadResults:
          Statement:
            - Effect: Allow
              Action: s3:GetObject
              Resource: arn:aws:s3:::{project}-{environment}-results/*
    `),
    good: yaml(`
      kind: Role
      name: task-role
      ${LAMBDA_TRUST.replace(/\n/g, '\n      ')}
      maxSessionDuration: 3600
      policies:
        ReadResults:
          Statement:
            - Effect: Allow
              Action: s3:GetObject
              Resource: arn:aws:s3:::{project}-{environment}-results/*
    `),
    suppressible: false,
    note: 'Findings of this rule belong to a file, not to a role or policy, so a `suppress` entry cannot silence them. Turning the rule `off` hides files RoleGate could not read: fix them instead.'
  },
  'unknown-variable': {
    what: 'A `{name}` inside a string that is neither a built-in variable (`project`, `environment`, `account`, `region`, `partition`, and `name` in the naming template) nor one of the environment’s `variables` in rolegate.yml.',
    why: 'The policy would name a resource that does not exist, such as a bucket literally called `llm-models-{env}-results`: the role gets AccessDenied at run time, or, worse, matches something you did not intend.',
    fix: 'Use a built-in variable, or define the variable under `environments.NAME.variables` in rolegate.yml for every environment the definition is deployed to. IAM’s own policy variables are written `${aws:username}` and are left alone.',
    bad: yaml(`
      kind: ManagedPolicy
      name: results-read
      document:
        Statement:
          - Effect: Allow
            Action: s3:GetObject
            Resource: arn:aws:s3:::{project}-{env}-results/*   # {env} is not defined
    `),
    good: yaml(`
      kind: ManagedPolicy
      name: results-read
      document:
        Statement:
          - Effect: Allow
            Action: s3:GetObject
            Resource: arn:aws:s3:::{project}-{environment}-results/*
    `)
  },
  'duplicate-name': {
    what: 'Two roles, or two managed policies, that render to the same IAM name in one environment; or one definition that renders to the same name in two environments of the same account (a `naming` without `{environment}`). IAM compares names case-insensitively.',
    why: "IAM names are unique per account. Two definitions of one name would overwrite each other on every deploy, so the role or policy would end up with whichever definition was applied last. Two environments in one account would do the same with each other's deploys, each past the other's approvals (deploy refuses such a plan).",
    fix: 'Give one of them another logical `name`, or remove the `roleName` / `policyName` that makes them collide. For environments that share an account, put `{environment}` in `naming` (or in the `roleName`), or give each environment its own account.',
    bad: yaml(`
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
    `),
    good: yaml(`
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
    `)
  },
  'unknown-reference': {
    what: 'A name that should refer to something defined elsewhere and does not: an entry of `managedPolicies`, or a `permissionsBoundary` (on the role or in `defaults`), that is neither an ARN nor the logical name of a `kind: ManagedPolicy` deployed to the same environment, or an entry of `environments` that rolegate.yml does not define.',
    why: 'RoleGate cannot attach a policy it cannot find, and a misspelt environment silently leaves the role out of an environment you meant to deploy it to.',
    fix: 'Correct the name (the message suggests the closest one), or add the missing `kind: ManagedPolicy`, making sure it is deployed to every environment of the roles that attach it.',
    bad: yaml(`
      kind: Role
      name: task-role
      environments: [dev, production]   # rolegate.yml defines dev, staging and prod
      ${LAMBDA_TRUST.replace(/\n/g, '\n      ')}
      managedPolicies:
        - shared-log                    # no kind: ManagedPolicy is named shared-log
    `),
    good: yaml(`
      kind: Role
      name: task-role
      environments: [dev, prod]
      ${LAMBDA_TRUST.replace(/\n/g, '\n      ')}
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
    `)
  },
  'unknown-aws-managed-policy': {
    what: 'An attached managed policy or permissions boundary whose ARN has the shape of an AWS managed policy (`arn:aws:iam::aws:policy/...`) but is not in RoleGate’s bundled list of AWS managed policies: a wrong path (most service-role policies live under `policy/service-role/`), a misspelt name, or a policy AWS published after the list’s date (the message names it).',
    why: 'IAM refuses the attachment mid-deploy (NoSuchEntity), after earlier changes of the deploy were applied; the plan cannot check AWS managed policies against the account.',
    fix: 'Correct the ARN (the message suggests the listed policy of the same or the closest name). If AWS published the policy after the list’s date, suppress the finding in the role with that reason; updating RoleGate updates the list.',
    bad: yaml(`
      kind: Role
      name: ingest-function
      ${LAMBDA_TRUST.replace(/\n/g, '\n      ')}
      managedPolicies:
        - arn:aws:iam::aws:policy/AWSLambdaBasicExecutionRole   # it is under policy/service-role/
    `),
    good: yaml(`
      kind: Role
      name: ingest-function
      ${LAMBDA_TRUST.replace(/\n/g, '\n      ')}
      managedPolicies:
        - arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole
    `)
  },
  'naming-convention': {
    what: 'A `roleName` or `policyName` that does not start with the prefix of the `naming` template (by default `{project}-{environment}-`).',
    why: 'The deployer role that `rolegate bootstrap` creates may manage only names with the project’s prefix, so a deploy of this name fails; names outside the convention also collide when two environments share an account.',
    fix: 'Remove `roleName` / `policyName` so the name comes from the template, or keep the template’s prefix in it.',
    config: yaml(`
      naming: "{project}-{environment}-{name}"   # the default
    `),
    bad: yaml(`
      kind: Role
      name: task-role
      roleName: TaskRole
      ${LAMBDA_TRUST.replace(/\n/g, '\n      ')}
    `),
    good: yaml(`
      kind: Role
      name: task-role
      roleName: "{project}-{environment}-ecs-task"
      ${LAMBDA_TRUST.replace(/\n/g, '\n      ')}
    `)
  },
  'grant-expired': {
    what: 'A time-bound grant whose `expires` has passed: a role, an inline policy written as `{ document, expires, reason }`, or a `managedPolicies` entry written as `{ arn, expires, reason }`. A date (`2026-12-31`) means the end of that day UTC; a timestamp needs a zone (`2026-12-31T18:00:00Z`).',
    why: 'Rendering leaves an expired grant out, so the next deploy (or the daily scheduled deploy) removes it from IAM and drift fails while it is still live. The definition still shows access that no longer exists.',
    fix: 'Remove the expired entry from the definition, or move `expires` later if the access is still needed (a new review). An expired role is treated as not defined: deploy with `prune` deletes it, without prune plan lists it as an orphan.',
    note: 'The examples are linted as of 2026-06-15.',
    bad: yaml(`
      kind: Role
      name: task-role
      ${LAMBDA_TRUST.replace(/\n/g, '\n      ')}
      policies:
        Debug:                      # break-glass access for an incident, long over
          document:
            Statement:
              - Effect: Allow
                Action: logs:GetLogEvents
                Resource: arn:aws:logs:{region}:{account}:log-group:/ecs/{project}-{environment}:*
          expires: 2026-03-31
          reason: "incident 42"
    `),
    good: yaml(`
      kind: Role
      name: task-role
      ${LAMBDA_TRUST.replace(/\n/g, '\n      ')}
      policies:
        Debug:
          document:
            Statement:
              - Effect: Allow
                Action: logs:GetLogEvents
                Resource: arn:aws:logs:{region}:{account}:log-group:/ecs/{project}-{environment}:*
          expires: 2026-12-31
          reason: "incident 42: extended until the fix ships"
    `)
  },
  'grant-expiring': {
    what: 'A time-bound grant (`expires` on a role, an inline policy or a `managedPolicies` entry) that ends within the window: 7 days unless `expiry.expiringWithinDays` in rolegate.yml says otherwise.',
    why: 'The first deploy or scheduled drift run after `expires` removes the access without a pull request. A notice a few days ahead lets the owner extend it on purpose instead of finding out when calls start failing.',
    fix: 'Nothing, if the access should end. Otherwise move `expires` later, with a `reason` that says why.',
    note: 'The examples are linted as of 2026-06-15.',
    config: yaml(`
      expiry:
        expiringWithinDays: 7   # the default
    `),
    bad: yaml(`
      kind: Role
      name: task-role
      ${LAMBDA_TRUST.replace(/\n/g, '\n      ')}
      managedPolicies:
        - arn: arn:aws:iam::aws:policy/ReadOnlyAccess
          expires: 2026-06-20
          reason: "audit AUD-7"
    `),
    good: yaml(`
      kind: Role
      name: task-role
      ${LAMBDA_TRUST.replace(/\n/g, '\n      ')}
      managedPolicies:
        - arn: arn:aws:iam::aws:policy/ReadOnlyAccess
          expires: 2026-09-30
          reason: "audit AUD-7, extended to the end of the quarter"
    `)
  },

  'access-assertion': {
    what: 'Each `expect:` entry of a role, in each environment it applies to: `allow:` actions must be allowed, `deny:` actions denied (explicitly or implicitly) on every `resource`, with the entry’s `context`, by the role’s inline and attached policies and its permissions boundary, evaluated offline with AWS’s policy evaluation logic (as `rolegate can` does). A wildcard action stands for every action it matches. An action AWS does not have fails the entry, so does a `resource` that is neither an ARN nor `*` (reported at the resource’s line), and so does an answer RoleGate cannot know (a boundary or attached customer policy that is not defined in the repository): assertions fail closed. SCPs, resource policies and session policies are not evaluated (docs/can.md).',
    why: 'Assertions state what a role is for in terms a reviewer can check: "the task role can read results, never delete them". A pull request that breaks one, by widening a statement, adding a Deny or changing the boundary, fails here with the statement that decided, instead of surfacing as an outage or an incident.',
    fix: 'Read the message: it names the statement (file:line) that allowed what must be denied, or the Deny or boundary that blocked what must be allowed, or says that nothing allows it. Change that statement if the change was a mistake; change the assertion if the intent changed. `rolegate can ROLE ACTION RESOURCE --env ENV` shows the full decision for one request.',
    bad: yaml(`
      kind: Role
      name: task-role
      ${LAMBDA_TRUST.replace(/\n/g, '\n      ')}
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
    `),
    good: yaml(`
      kind: Role
      name: task-role
      ${LAMBDA_TRUST.replace(/\n/g, '\n      ')}
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
    `)
  },

  // -------------------------------------------------------------------------------------------- grammar
  'malformed-policy': {
    what: 'A policy document that breaks IAM’s policy grammar: an unknown element, a `Version` other than "2012-10-17", an `Effect` other than `Allow` or `Deny` (case-sensitive), a statement without `Action`/`NotAction`, an identity policy statement without `Resource`/`NotResource` or with a `Principal`, a trust policy statement without `Principal` or with a `Resource`, or a `Condition` that is not a mapping of operator to keys and values.',
    why: 'IAM rejects the document with MalformedPolicyDocument when RoleGate deploys it, after the pull request was approved and merged. Reporting it on the pull request keeps main deployable.',
    fix: 'Correct the element the message points at. Who may assume a role belongs in `trust`; what the role may do belongs in `policies` or a `kind: ManagedPolicy`.',
    bad: yaml(`
      kind: ManagedPolicy
      name: results-read
      document:
        Statement:
          - Effect: allow                  # case-sensitive: Allow or Deny
            Principal: { AWS: "*" }        # Principal belongs in a trust policy
            Action: s3:GetObject
            Resources: arn:aws:s3:::{project}-{environment}-results/*   # Resource
    `),
    good: yaml(`
      kind: ManagedPolicy
      name: results-read
      document:
        Version: "2012-10-17"
        Statement:
          - Effect: Allow
            Action: s3:GetObject
            Resource: arn:aws:s3:::{project}-{environment}-results/*
    `)
  },
  'unknown-service': {
    what: 'An action whose service prefix (the part before the colon) is not the prefix of any AWS service in the Service Authorization Reference.',
    why: 'The action grants nothing, so the permission you meant to give is missing and the workload fails with AccessDenied at run time. In a `Deny` statement the protection you meant to add is silently absent.',
    fix: 'Use the service prefix from the Service Authorization Reference; the message suggests the closest one (CloudWatch Logs is `logs`, not `cloudwatchlogs`).',
    bad: yaml(`
      kind: ManagedPolicy
      name: app-logs
      document:
        Statement:
          - Effect: Allow
            Action: [cloudwatchlogs:CreateLogStream, cloudwatchlogs:PutLogEvents]
            Resource: arn:aws:logs:{region}:{account}:log-group:/{project}/{environment}/*
    `),
    good: yaml(`
      kind: ManagedPolicy
      name: app-logs
      document:
        Statement:
          - Effect: Allow
            Action: [logs:CreateLogStream, logs:PutLogEvents]
            Resource: arn:aws:logs:{region}:{account}:log-group:/{project}/{environment}/*
    `)
  },
  'unknown-action': {
    what: 'An action, or an action pattern with `*` and `?`, that matches no action of its service.',
    why: 'A misspelt action grants nothing (AccessDenied at run time), and in a `Deny` statement it denies nothing, which is easy to miss in review.',
    fix: 'Use the action name from the Service Authorization Reference; the message suggests the closest one.',
    bad: yaml(`
      kind: ManagedPolicy
      name: results-access
      document:
        Statement:
          - Effect: Allow
            Action: [s3:GetObjects, s3:PutObjekt*]
            Resource: arn:aws:s3:::{project}-{environment}-results/*
    `),
    good: yaml(`
      kind: ManagedPolicy
      name: results-access
      document:
        Statement:
          - Effect: Allow
            Action: [s3:GetObject, s3:PutObject]
            Resource: arn:aws:s3:::{project}-{environment}-results/*
    `)
  },
  'invalid-condition-operator': {
    what: 'A condition operator IAM does not define, such as `StringEqual` or `StringLikeIfExist`. `ForAnyValue:` / `ForAllValues:` prefixes and the `IfExists` suffix are understood.',
    why: 'IAM rejects a policy with an unknown condition operator when RoleGate deploys it, after the change was merged.',
    fix: 'Use one of IAM’s condition operators (StringEquals, StringLike, ArnLike, NumericLessThan, Bool, IpAddress, ...); the message suggests the closest one.',
    bad: yaml(`
      kind: ManagedPolicy
      name: reports-list
      document:
        Statement:
          - Effect: Allow
            Action: s3:ListBucket
            Resource: arn:aws:s3:::{project}-{environment}-results
            Condition:
              StringLikeIfExist: { "s3:prefix": "reports/*" }
    `),
    good: yaml(`
      kind: ManagedPolicy
      name: reports-list
      document:
        Statement:
          - Effect: Allow
            Action: s3:ListBucket
            Resource: arn:aws:s3:::{project}-{environment}-results
            Condition:
              StringLike: { "s3:prefix": "reports/*" }
    `)
  },
  'unknown-condition-key': {
    what: 'A condition key that is neither a global `aws:` key nor defined by the services of the statement’s actions (nor, in a trust policy, a claim of a known identity provider).',
    why: 'IAM accepts any key name, but a key that is never in the request makes the condition always false (StringEquals, Bool) or always true (StringNotEquals, ...IfExists). The statement then silently never applies, or applies everywhere.',
    fix: 'Correct the key (condition keys are listed per service in the Service Authorization Reference); the message suggests the closest one.',
    bad: yaml(`
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
    `),
    good: yaml(`
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
    `)
  },
  'invalid-arn': {
    what: 'A `Resource` or `NotResource` entry that is neither `*` nor a well-formed ARN (`arn:partition:service:region:account:resource`).',
    why: 'IAM rejects the policy at deploy ("Resource must be in ARN format or *"); a malformed ARN that slips through matches nothing, so the statement grants nothing.',
    fix: 'Write the full ARN. RoleGate’s variables help: `arn:{partition}:sqs:{region}:{account}:{project}-{environment}-jobs`.',
    bad: yaml(`
      kind: ManagedPolicy
      name: jobs-send
      document:
        Statement:
          - Effect: Allow
            Action: sqs:SendMessage
            Resource: "{project}-{environment}-jobs"      # a queue name, not an ARN
    `),
    good: yaml(`
      kind: ManagedPolicy
      name: jobs-send
      document:
        Statement:
          - Effect: Allow
            Action: sqs:SendMessage
            Resource: arn:{partition}:sqs:{region}:{account}:{project}-{environment}-jobs
    `)
  },
  'resource-mismatch': {
    what: 'An action allowed on resources none of which is of a resource type the action applies to, such as `s3:GetObject` (objects) on a bucket ARN. ARNs of what AWS itself publishes to every account have no account field and are accepted: SSM documents and Automation runbooks (`arn:aws:ssm:*::document/AWS-StartPortForwardingSession`, `arn:aws:ssm:*::automation-definition/AWS-RestartEC2Instance:*`) and public parameters (`arn:aws:ssm:*::parameter/aws/service/*`), as AWS’s Systems Manager documentation writes them.',
    why: 'IAM matches the action only against resources of its own types, so the statement grants nothing for that action and the workload fails with AccessDenied at run time.',
    fix: 'Name a resource of the right type (for S3 objects, `arn:aws:s3:::BUCKET/*`), or split bucket-level and object-level actions into separate statements.',
    bad: yaml(`
      kind: ManagedPolicy
      name: results-read
      document:
        Statement:
          - Effect: Allow
            Action: [s3:ListBucket, s3:GetObject]
            Resource: arn:aws:s3:::{project}-{environment}-results
    `),
    good: yaml(`
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
    `)
  },
  'duplicate-sid': {
    what: 'Two statements of one policy document with the same `Sid`.',
    why: 'IAM rejects a policy whose statement ids are not unique when RoleGate deploys it; statement-level suppressions and reviews that refer to a Sid become ambiguous too.',
    fix: 'Give each statement its own `Sid`, or merge the statements.',
    bad: yaml(`
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
    `),
    good: yaml(`
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
    `)
  },
  'invalid-condition-value': {
    what: 'A condition value its operator cannot read: a Numeric operator on something that is not a number, a Date operator on something that is not an ISO 8601 date or epoch seconds, `Bool` or `Null` with anything but `true`/`false`, `IpAddress`/`NotIpAddress` on something that is not an IP address or CIDR range, an Arn operator on something that is not an ARN. Also an operator of one type on a key the Service Authorization Reference types otherwise, such as a Date operator on `aws:SourceIp` (IPAddress) or `Bool` on `aws:MultiFactorAuthAge` (Numeric); String operators and String-typed keys are not judged. Values with a policy variable are skipped.',
    why: 'IAM cannot compare such a value, so the condition never holds as written: an Allow grants nothing and a Deny protects nothing, while the policy reads as if it did.',
    fix: 'Write the value in the operator’s format (`"3600"`, `"2026-12-31T23:59:59Z"`, `"true"`, `"203.0.113.0/24"`), or use the operator that matches the key’s type; the message names both.',
    bad: yaml(`
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
    `),
    good: yaml(`
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
    `)
  },
  'inapplicable-condition-key': {
    what: 'A service condition key that the statement’s service defines (so `unknown-condition-key` is silent) but that none of the statement’s actions takes, per the actions’ condition keys in the Service Authorization Reference, such as `s3:prefix` on `s3:GetObject` (it applies to `s3:ListBucket`). The message lists the actions the key applies to. Statements with `Action: "*"`, a `*:` service pattern or `NotAction`, and keys the reference lists for no action at all, are not judged.',
    why: 'A request carries only the keys of its own action, so the condition fails for the statement’s actions (or, with `IfExists` or a negated operator, always passes): the statement grants nothing, or restricts nothing.',
    fix: 'Move the condition to a statement with the actions it applies to, or use a key the actions take (the Service Authorization Reference lists them per action). The reference misses a key now and then; if AWS documents it for your action, suppress the finding with that reason.',
    bad: yaml(`
      kind: ManagedPolicy
      name: reports-read
      document:
        Statement:
          - Effect: Allow
            Action: s3:GetObject
            Resource: arn:aws:s3:::{project}-{environment}-results/*
            Condition:
              StringLike: { "s3:prefix": "reports/*" }   # only ListBucket requests carry s3:prefix
    `),
    good: yaml(`
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
    `)
  },
  'policy-version': {
    what: 'A policy document with `Version: "2008-10-17"`, or without `Version` (IAM then reads it as 2008-10-17) while it uses a policy variable such as `${aws:username}` or `${aws:PrincipalTag/team}`. A document without `Version` and without variables behaves the same under both versions and is not reported.',
    why: 'Under 2008-10-17 IAM does not substitute policy variables: it compares `${aws:PrincipalTag/team}` as those literal characters, so the statement matches none of the resources it was written for. The default severity is warning because the document deploys and fails only at run time.',
    fix: 'Write `Version: "2012-10-17"` (quoted, so YAML keeps it a string) at the top of the document.',
    bad: yaml(`
      kind: ManagedPolicy
      name: team-folders
      document:
        Version: "2008-10-17"
        Statement:
          - Effect: Allow
            Action: s3:GetObject
            Resource: arn:aws:s3:::{project}-{environment}-teams/\${aws:PrincipalTag/team}/*
    `),
    good: yaml(`
      kind: ManagedPolicy
      name: team-folders
      document:
        Version: "2012-10-17"
        Statement:
          - Effect: Allow
            Action: s3:GetObject
            Resource: arn:aws:s3:::{project}-{environment}-teams/\${aws:PrincipalTag/team}/*
    `)
  },

  // ------------------------------------------------------------------------------------ least privilege
  'wildcard-action': {
    what:
      'An `Allow` statement with `Action: "*"`, which allows every action of every AWS service on its resources. A statement with a `Condition` is described with it (`Action "*" under a condition (aws:SourceIp)`).' +
      DENY_AWARE,
    why: 'On `Resource: "*"` this is AdministratorAccess: whoever obtains the role’s credentials owns the account. Even on named resources it includes deleting them and changing who may access them.',
    fix: 'List the actions the workload calls. IAM Access Analyzer can generate a policy from the role’s CloudTrail activity, and the access levels in the Service Authorization Reference help you choose.',
    bad: yaml(`
      kind: ManagedPolicy
      name: app-access
      document:
        Statement:
          - Effect: Allow
            Action: "*"
            Resource: "*"
    `),
    good: yaml(`
      kind: ManagedPolicy
      name: app-access
      document:
        Statement:
          - Effect: Allow
            Action: [s3:GetObject, s3:PutObject]
            Resource: arn:aws:s3:::{project}-{environment}-results/*
    `)
  },
  'service-wildcard': {
    what:
      'An `Allow` statement with an action of the form `service:*`, which allows every action of that service, including ones AWS adds later. A statement with a `Condition` is described with it (`"s3:*" under a condition (aws:SourceIp)`).' +
      DENY_AWARE,
    why: '`s3:*` includes `s3:PutBucketPolicy`, `s3:DeleteBucket` and `s3:PutBucketAcl`: permissions management and destruction, not just data access. The role can open the bucket to the world.',
    fix: 'List the actions the workload calls; an access-level pattern such as `s3:Get*` is narrower but still grows as AWS adds actions.',
    bad: yaml(`
      kind: ManagedPolicy
      name: results-access
      document:
        Statement:
          - Effect: Allow
            Action: s3:*
            Resource: arn:aws:s3:::{project}-{environment}-results/*
    `),
    good: yaml(`
      kind: ManagedPolicy
      name: results-access
      document:
        Statement:
          - Effect: Allow
            Action: [s3:GetObject, s3:PutObject]
            Resource: arn:aws:s3:::{project}-{environment}-results/*
    `)
  },
  'resource-wildcard-write': {
    what:
      'Write or permissions-management actions allowed on `Resource: "*"` although the actions support resource-level permissions, so specific ARNs could be named. Actions that accept only `*` (such as `cloudwatch:PutMetricData`) are not reported. An ARN as good as `*` counts too: one whose region and account are empty or wildcards and whose resource part names every resource of a type (`arn:*:cloudtrail:*:*:trail/*`, `arn:aws:s3:::*`), for the actions of that service and type; an ARN with your account id, or with a name, narrows and is not reported.' +
      DENY_AWARE,
    why: 'The role can modify or delete every resource of that type in the account, including other teams’ and other environments’ resources in a shared account, when it needs only its own.',
    fix: 'Name the resources, using RoleGate’s variables so one definition fits every environment.',
    bad: yaml(`
      kind: ManagedPolicy
      name: jobs-consume
      document:
        Statement:
          - Effect: Allow
            Action: [sqs:ReceiveMessage, sqs:DeleteMessage]
            Resource: "*"
    `),
    good: yaml(`
      kind: ManagedPolicy
      name: jobs-consume
      document:
        Statement:
          - Effect: Allow
            Action: [sqs:ReceiveMessage, sqs:DeleteMessage]
            Resource: arn:aws:sqs:{region}:{account}:{project}-{environment}-jobs
    `)
  },
  'not-action-allow': {
    what: 'An `Allow` statement with `NotAction`, which allows every action except those listed.',
    why: 'It allows every action of every service not in the list, including services and actions AWS launches later, so the role’s access grows without any change to its definition.',
    fix: 'Use `Action` with the actions the workload needs. `NotAction` is meant for `Deny` statements (deny everything except ...).',
    bad: yaml(`
      kind: ManagedPolicy
      name: app-access
      document:
        Statement:
          - Effect: Allow
            NotAction: iam:*
            Resource: "*"
    `),
    good: yaml(`
      kind: ManagedPolicy
      name: app-access
      document:
        Statement:
          - Effect: Allow
            Action: [s3:GetObject, s3:PutObject]
            Resource: arn:aws:s3:::{project}-{environment}-results/*
    `)
  },
  'not-resource-allow': {
    what: 'An `Allow` statement with `NotResource`, which allows the actions on every resource except those listed.',
    why: 'It covers every other resource, in every account the action can reach, including resources created later. The exception list is easy to read as the grant, which is the opposite of what it does.',
    fix: 'Use `Resource` with the resources the workload needs. To keep the role away from some resources, add a `Deny` statement for them.',
    bad: yaml(`
      kind: ManagedPolicy
      name: results-read
      document:
        Statement:
          - Effect: Allow
            Action: s3:GetObject
            NotResource: arn:aws:s3:::{project}-{environment}-secrets/*
    `),
    good: yaml(`
      kind: ManagedPolicy
      name: results-read
      document:
        Statement:
          - Effect: Allow
            Action: s3:GetObject
            Resource: arn:aws:s3:::{project}-{environment}-results/*
    `)
  },
  'pass-role-unscoped': {
    what:
      '`iam:PassRole` allowed on `Resource: "*"` (or a role wildcard as broad), or without an `iam:PassedToService` condition.' +
      DENY_AWARE,
    why: 'PassRole lets the role hand another role to an AWS service it controls, such as an EC2 instance or a Lambda function, and then act with that role’s permissions. On `*` that includes every administrator role in the account: a privilege escalation.',
    fix: 'Name the roles that may be passed and the service they are for: `Resource` with their ARNs and `Condition: { StringEquals: { "iam:PassedToService": ... } }`.',
    bad: yaml(`
      kind: ManagedPolicy
      name: ecs-deploy
      document:
        Statement:
          - Effect: Allow
            Action: iam:PassRole
            Resource: "*"
    `),
    good: yaml(`
      kind: ManagedPolicy
      name: ecs-deploy
      document:
        Statement:
          - Effect: Allow
            Action: iam:PassRole
            Resource: arn:aws:iam::{account}:role/{project}-{environment}-task-role
            Condition:
              StringEquals: { "iam:PassedToService": ecs-tasks.amazonaws.com }
    `)
  },
  'privilege-escalation': {
    what: 'A role whose policies together allow an action, or a combination of actions, that lets it grant itself more access: one of the paths listed below from Rhino Security Labs, pathfinding.cloud and Cloudsplaining (`iam:AttachRolePolicy`, `iam:PutRolePolicy`, `iam:CreatePolicyVersion`, `iam:PassRole` with `ec2:RunInstances` or `glue:CreateJob` + `glue:StartJobRun`, `cloudformation:UpdateStack`, `ssm:SendCommand` with a shell document, ...) on every resource, under no condition that limits the targets. Inline and attached policies count together; unconditional `Deny` statements and a known permissions boundary are taken into account; conditions are judged key by key (tables below).',
    why: 'Whoever can use the role can make themselves an administrator, for example by attaching AdministratorAccess to it. Every other limit on the role then stops mattering.',
    fix: 'Leave IAM changes to RoleGate’s deploy pipeline. If a workload must manage roles, name them in `Resource` (a path such as `role/sandbox/*`) and add a condition that limits the targets, such as requiring a permissions boundary (`iam:PermissionsBoundary`) on everything it touches; for `iam:PassRole`, name the roles it may pass (`iam:PassedToService` naming the very service a path uses does not close that path). A condition on the region, time, network or MFA does not close a path.',
    reference: escalationReference(),
    bad: yaml(`
      kind: Role
      name: sandbox-admin
      ${LAMBDA_TRUST.replace(/\n/g, '\n      ')}
      policies:
        ManageSandboxRoles:
          Statement:
            - Effect: Allow
              Action: [iam:AttachRolePolicy, iam:PutRolePolicy]
              Resource: "*"
    `),
    good: yaml(`
      kind: Role
      name: sandbox-admin
      ${LAMBDA_TRUST.replace(/\n/g, '\n      ')}
      policies:
        ManageSandboxRoles:
          Statement:
            - Effect: Allow
              Action: [iam:AttachRolePolicy, iam:PutRolePolicy]
              Resource: arn:aws:iam::{account}:role/sandbox/*
              Condition:
                StringEquals:
                  "iam:PermissionsBoundary": arn:aws:iam::{account}:policy/rolegate-boundary
    `)
  },
  'credentials-exposure': {
    what:
      'An `Allow` statement that grants, on every resource and without a condition, actions whose response carries credentials: `iam:CreateAccessKey`, `iam:CreateLoginProfile`, `sts:AssumeRole`, `redshift:GetClusterCredentials`, `rds-db:connect`, `cognito-identity:GetCredentialsForIdentity` and the rest of the Cloudsplaining/Parliament credentials-exposure list.' +
      DENY_AWARE,
    why: 'The role can mint credentials for other identities (any IAM user, any database user, any role that trusts the account), so a leak of this role becomes a leak of all of them. Those credentials outlive the role’s session.',
    fix: 'Name the users, roles, clusters or database users in `Resource`, or add a condition that limits them. If the role really needs the action everywhere, suppress the finding with the reason.',
    bad: yaml(`
      kind: ManagedPolicy
      name: warehouse-login
      document:
        Statement:
          - Effect: Allow
            Action: [redshift:GetClusterCredentials, sts:AssumeRole]
            Resource: "*"
    `),
    good: yaml(`
      kind: ManagedPolicy
      name: warehouse-login
      document:
        Statement:
          - Effect: Allow
            Action: redshift:GetClusterCredentials
            Resource:
              - arn:aws:redshift:{region}:{account}:dbuser:{project}-{environment}-warehouse/reporting
              - arn:aws:redshift:{region}:{account}:dbname:{project}-{environment}-warehouse/analytics
    `)
  },
  'data-exfiltration': {
    what:
      'An `Allow` statement that grants read actions on data stores (`s3:GetObject`, `s3:GetObjectVersion`, `ssm:GetParameter(s)`, `ssm:GetParametersByPath`, `secretsmanager:GetSecretValue`, `kms:Decrypt`, DynamoDB reads) on every resource and without a condition.' +
      DENY_AWARE,
    why: 'The role can read every object, parameter, secret or table in the account, not only its own, so a leaked session can copy all of it. It is a notice because some roles (backup, analytics) read broadly by design.',
    fix: 'Name the buckets, parameters, secrets, keys or tables the workload reads in `Resource`. For a role that must read broadly, suppress the finding with the reason.',
    bad: yaml(`
      kind: ManagedPolicy
      name: reader
      document:
        Statement:
          - Effect: Allow
            Action: [s3:GetObject, secretsmanager:GetSecretValue]
            Resource: "*"
    `),
    good: yaml(`
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
    `)
  },
  'admin-managed-policy': {
    what: 'An AWS managed policy that makes a role an administrator, or able to become one, is attached: AdministratorAccess, PowerUserAccess, IAMFullAccess or AWSOrganizationsFullAccess.',
    why: 'AdministratorAccess allows everything; IAMFullAccess lets the role grant itself anything; PowerUserAccess reaches every secret, bucket and database outside IAM and Organizations; AWSOrganizationsFullAccess controls the organization itself. Few roles need that much, and their credentials are worth stealing.',
    fix: 'Attach a policy with the permissions the workload uses: inline `policies`, a `kind: ManagedPolicy`, or a narrower AWS managed policy.',
    bad: yaml(`
      kind: Role
      name: task-role
      ${LAMBDA_TRUST.replace(/\n/g, '\n      ')}
      managedPolicies:
        - arn:aws:iam::aws:policy/AdministratorAccess
    `),
    good: yaml(`
      kind: Role
      name: task-role
      ${LAMBDA_TRUST.replace(/\n/g, '\n      ')}
      policies:
        Results:
          Statement:
            - Effect: Allow
              Action: [s3:GetObject, s3:PutObject]
              Resource: arn:aws:s3:::{project}-{environment}-results/*
    `)
  },
  'missing-permissions-boundary': {
    what: 'A role without a permissions boundary while rolegate.yml sets `requirePermissionsBoundary: true`.',
    why: 'A permissions boundary caps what a role can ever do, whatever its policies say, so a policy broadened by mistake cannot exceed it. When your organization requires one, a role without it is outside that guardrail.',
    fix: 'Set `defaults.permissionsBoundary` in rolegate.yml for every role, or `permissionsBoundary` on the role (an ARN or the logical name of a `kind: ManagedPolicy`). `permissionsBoundary: null` removes the default: do that only with a suppression that says why.',
    config: yaml(`
      requirePermissionsBoundary: true
    `),
    bad: yaml(`
      kind: Role
      name: task-role
      ${LAMBDA_TRUST.replace(/\n/g, '\n      ')}
    `),
    good: yaml(`
      kind: Role
      name: task-role
      permissionsBoundary: "arn:aws:iam::{account}:policy/rolegate-boundary"
      ${LAMBDA_TRUST.replace(/\n/g, '\n      ')}
    `)
  },
  'mfa-bool-false': {
    what: 'A condition that compares `aws:MultiFactorAuthPresent` with `"false"`: in an `Allow` (with `Bool` or `BoolIfExists`), and in a `Deny` with `Bool` (not `BoolIfExists`). AWS documents both as anti-patterns (IAM User Guide, global condition keys, `aws:MultiFactorAuthPresent`; AWS Knowledge Center, “mfa-iam-user-aws-cli”).',
    why: 'The key is present only in requests signed with temporary credentials and absent from requests signed with long-term access keys. An `Allow` with `false` therefore allows exactly the sessions that skipped MFA (and, with `BoolIfExists`, every access-key request), the opposite of requiring MFA; a `Deny` with `Bool` `false` never matches an access-key request, so those are not denied.',
    fix: 'To require MFA in an Allow, write `Bool: { "aws:MultiFactorAuthPresent": "true" }`. To deny requests without MFA, write `BoolIfExists: { "aws:MultiFactorAuthPresent": "false" }` in the Deny. The default severity is warning: the policy deploys, but does the opposite of what it appears to say.',
    bad: yaml(`
      kind: ManagedPolicy
      name: instance-terminate
      document:
        Statement:
          - Effect: Allow
            Action: ec2:TerminateInstances
            Resource: arn:aws:ec2:{region}:{account}:instance/*
            Condition:
              Bool: { "aws:MultiFactorAuthPresent": "false" }
    `),
    good: yaml(`
      kind: ManagedPolicy
      name: instance-terminate
      document:
        Statement:
          - Effect: Allow
            Action: ec2:TerminateInstances
            Resource: arn:aws:ec2:{region}:{account}:instance/*
            Condition:
              Bool: { "aws:MultiFactorAuthPresent": "true" }
    `)
  },

  // ---------------------------------------------------------------------------------------------- trust
  'trust-any-principal': {
    what: 'A trust policy `Allow` statement with `Principal: "*"` or `Principal: { AWS: "*" }`, unless a condition pins the caller: a concrete `aws:PrincipalOrgID`, `aws:PrincipalAccount`, `aws:SourceAccount`, or an `aws:PrincipalArn` with a literal account. A `Deny` statement of the same trust policy pins the caller too when it names `Principal: "*"`, covers the statement’s actions, and has no condition but negated matches (`StringNotEquals`, `ArnNotEquals` or their Like forms) on `aws:PrincipalOrgID`, `aws:PrincipalAccount` or `aws:PrincipalArn` with concrete values.',
    why: 'Any AWS account in the world, anyone’s, can assume the role and use its permissions.',
    fix: 'Name the account or role ARN that may assume the role, or keep `"*"` and add `StringEquals` on `aws:PrincipalOrgID` (your organization) or `aws:PrincipalAccount`.',
    bad: yaml(`
      kind: Role
      name: org-reader
      trust:
        Statement:
          - Effect: Allow
            Principal: { AWS: "*" }
            Action: sts:AssumeRole
    `),
    good: yaml(`
      kind: Role
      name: org-reader
      trust:
        Statement:
          - Effect: Allow
            Principal: { AWS: "*" }
            Action: sts:AssumeRole
            Condition:
              StringEquals: { "aws:PrincipalOrgID": o-a1b2c3d4e5 }
    `)
  },
  'github-oidc-unpinned-sub': {
    what: 'A trust statement for GitHub Actions OIDC (`token.actions.githubusercontent.com`) without a `StringEquals`, `StringEqualsIgnoreCase` or `StringLike` condition on the `sub` claim that names one repository and a context: no condition, `*`, `repo:<owner>/*`, `repo:<owner>/<repo>:*`, or a wildcard anywhere in the context (`ref:refs/heads/*`, `ref:refs/heads/main*`, which matches `main-evil` too, `environment:*`). A `job_workflow_ref` condition that names a repository and workflow counts too when the calling repository or its owner is pinned as well (by `sub`, or StringEquals on the `repository` or `repository_owner` claim): it names the workflow that is called, not the repository that calls it. The classic `repo:<owner>/<repo>:...` and the immutable `repo:<owner>@<id>/<repo>@<id>:...` formats are understood. STS’s per-claim keys can close what a `sub` pattern leaves open, because every condition must hold: `repo:acme/infra:*` with StringEquals `token.actions.githubusercontent.com:environment: prod` admits only jobs of acme/infra bound to the GitHub environment prod (other jobs have no environment claim), which is what `repo:acme/infra:environment:prod` pins, and a StringEquals `:repository` (`acme/infra`) pins the repository of a `repo:acme/*` pattern. A `:ref` condition does not pin the context: `ref` is `refs/heads/main` for pull_request_target runs too, which `sub` tells apart. A `sub` condition is still required: without one IAM rejects the trust policy, whatever the other claims say.',
    why: 'Without a `sub` condition any workflow in any GitHub repository, anyone’s, can assume the role (AWS now rejects such trust policies). `repo:<owner>/*` admits every repository of the organization, including ones created later; `repo:<owner>/<repo>:*` admits every branch and pull request, so anyone who can push a branch bypasses branch protection and environment reviews.',
    fix: 'Pin `sub` with StringEquals to the repository and the context that deploys, preferably a GitHub environment: `repo:<owner>/<repo>:environment:prod` (or `ref:refs/heads/main`).',
    bad: yaml(`
      kind: Role
      name: deployer
      trust:
        Statement:
          - Effect: Allow
            Principal: { Federated: "${GITHUB_PROVIDER}" }
            Action: sts:AssumeRoleWithWebIdentity
            Condition:
              StringEquals: { "token.actions.githubusercontent.com:aud": sts.amazonaws.com }
              StringLike: { "token.actions.githubusercontent.com:sub": "repo:acme/*" }
    `),
    good: yaml(`
      kind: Role
      name: deployer
      trust:
        Statement:
          - Effect: Allow
            Principal: { Federated: "${GITHUB_PROVIDER}" }
            Action: sts:AssumeRoleWithWebIdentity
            Condition:
              StringEquals:
                "token.actions.githubusercontent.com:aud": sts.amazonaws.com
                "token.actions.githubusercontent.com:sub": "repo:acme/infra:environment:{environment}"
    `)
  },
  'github-oidc-missing-aud': {
    what: 'A GitHub Actions OIDC trust statement without `StringEquals` (or `StringEqualsIgnoreCase`) `token.actions.githubusercontent.com:aud: sts.amazonaws.com`, or one that allows another audience.',
    why: 'The audience says whom the token was issued for. Without the check, a GitHub token your workflow requested for another service, and that service has seen, is accepted by AWS as well.',
    fix: 'Add `StringEquals: { "token.actions.githubusercontent.com:aud": sts.amazonaws.com }`, the audience aws-actions/configure-aws-credentials and RoleGate request.',
    bad: yaml(`
      kind: Role
      name: deployer
      trust:
        Statement:
          - Effect: Allow
            Principal: { Federated: "${GITHUB_PROVIDER}" }
            Action: sts:AssumeRoleWithWebIdentity
            Condition:
              StringEquals:
                "token.actions.githubusercontent.com:sub": "repo:acme/infra:environment:{environment}"
    `),
    good: yaml(`
      kind: Role
      name: deployer
      trust:
        Statement:
          - Effect: Allow
            Principal: { Federated: "${GITHUB_PROVIDER}" }
            Action: sts:AssumeRoleWithWebIdentity
            Condition:
              StringEquals:
                "token.actions.githubusercontent.com:aud": sts.amazonaws.com
                "token.actions.githubusercontent.com:sub": "repo:acme/infra:environment:{environment}"
    `)
  },
  'github-oidc-not-environment-bound': {
    what: 'A role deployed to an environment marked `protected: true` in rolegate.yml whose GitHub OIDC trust does not require the GitHub environment of the same name: every `sub` value must be `repo:<owner>/<repo>:environment:NAME`, or a condition on the `environment` claim must name it.',
    why: 'GitHub enforces an environment’s required reviewers, wait timer and branch rules only on jobs that declare that environment. A role that trusts, say, the main branch can be assumed by any job on main, without the approval the environment was set up to require.',
    fix: 'Pin `sub` to `repo:<owner>/<repo>:environment:{environment}` (RoleGate renders the name per environment), or add `StringEquals: { "token.actions.githubusercontent.com:environment": prod }`.',
    config: yaml(`
      environments:
        prod: { account: "333333333333", region: us-east-1, protected: true }
    `),
    bad: yaml(`
      kind: Role
      name: deployer
      trust:
        Statement:
          - Effect: Allow
            Principal: { Federated: "${GITHUB_PROVIDER}" }
            Action: sts:AssumeRoleWithWebIdentity
            Condition:
              StringEquals:
                "token.actions.githubusercontent.com:aud": sts.amazonaws.com
                "token.actions.githubusercontent.com:sub": "repo:acme/infra:ref:refs/heads/main"
    `),
    good: yaml(`
      kind: Role
      name: deployer
      trust:
        Statement:
          - Effect: Allow
            Principal: { Federated: "${GITHUB_PROVIDER}" }
            Action: sts:AssumeRoleWithWebIdentity
            Condition:
              StringEquals:
                "token.actions.githubusercontent.com:aud": sts.amazonaws.com
                "token.actions.githubusercontent.com:sub": "repo:acme/infra:environment:{environment}"
    `)
  },
  'github-oidc-forallvalues': {
    what: 'A trust policy condition that uses `ForAllValues:` on a single-valued key: a GitHub OIDC claim, `aws:SourceAccount`, `aws:PrincipalOrgID`, `sts:ExternalId`, a `sub` of any identity provider, and similar.',
    why: '`ForAllValues:` is true when the request has no value for the key at all (every value of an empty set matches), so the condition restricts nothing for a caller whose request lacks the key.',
    fix: 'Use the plain operator (`StringEquals`, `StringLike`) for single-valued keys. `ForAllValues:` is meant for multi-valued keys such as `aws:TagKeys`.',
    bad: yaml(`
      kind: Role
      name: deployer
      trust:
        Statement:
          - Effect: Allow
            Principal: { Federated: "${GITHUB_PROVIDER}" }
            Action: sts:AssumeRoleWithWebIdentity
            Condition:
              StringEquals: { "token.actions.githubusercontent.com:aud": sts.amazonaws.com }
              ForAllValues:StringEquals:
                "token.actions.githubusercontent.com:sub": "repo:acme/infra:environment:{environment}"
    `),
    good: yaml(`
      kind: Role
      name: deployer
      trust:
        Statement:
          - Effect: Allow
            Principal: { Federated: "${GITHUB_PROVIDER}" }
            Action: sts:AssumeRoleWithWebIdentity
            Condition:
              StringEquals:
                "token.actions.githubusercontent.com:aud": sts.amazonaws.com
                "token.actions.githubusercontent.com:sub": "repo:acme/infra:environment:{environment}"
    `)
  },
  'web-identity-unpinned': {
    what: 'A trust statement that lets tokens of a web-identity provider other than GitHub assume the role (`sts:AssumeRoleWithWebIdentity` from a Federated principal: an IAM OIDC provider ARN such as GitLab.com, HCP Terraform or an EKS cluster, or `cognito-identity.amazonaws.com`, `accounts.google.com`, `graph.facebook.com`, `www.amazon.com`) without conditions that pin who the caller is. The audience must be pinned: `StringEquals <issuer>:aud` (`:app_id` for Facebook and Login with Amazon), and for Cognito an identity pool id (`<region>:<uuid>`). The subject must be pinned too, `StringEquals` or `StringLike <issuer>:sub` without a wildcard that opens it: `*`, a pattern that starts with a wildcard, `project_path:*` (GitLab) or `organization:*` (HCP Terraform) before the group or organization is named, or an EKS `system:serviceaccount:<namespace>:<name>` whose namespace or name is a bare wildcard. For Cognito, Google, Facebook and Login with Amazon the audience names your application and `sub` is one of its end users, so only the audience is required. Conditions count as for the GitHub rules: StringEquals, StringEqualsIgnoreCase or StringLike, IfExists tolerated (aud and sub are in every token), `ForAnyValue:` allowed, `ForAllValues:` not. GitHub’s issuer is left to `github-oidc-unpinned-sub` and `github-oidc-missing-aud`.',
    why: 'An identity provider issues tokens to many callers: GitLab.com to every CI job of every project, HCP Terraform to every run of every organization, an EKS cluster to every pod, Cognito to every identity pool of every account. Without the conditions, any of them can assume the role (IAM requires the audience condition for Cognito identity-pool roles).',
    fix: 'Add `StringEquals` on `<issuer>:aud` with your audience and on `<issuer>:sub` with the workload’s subject: `system:serviceaccount:<namespace>:<service account>` for EKS, `project_path:<group>/<project>:ref_type:branch:ref:main` for GitLab, `organization:<org>:project:<project>:workspace:<workspace>:run_phase:*` (StringLike) for HCP Terraform. For Cognito, `StringEquals cognito-identity.amazonaws.com:aud` with the identity pool id.',
    bad: yaml(`
      kind: Role
      name: inference-pods
      trust:
        Statement:
          - Effect: Allow
            Principal: { Federated: "arn:aws:iam::{account}:oidc-provider/oidc.eks.us-east-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE" }
            Action: sts:AssumeRoleWithWebIdentity
            Condition:
              StringEquals: { "oidc.eks.us-east-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE:aud": sts.amazonaws.com }
    `),
    good: yaml(`
      kind: Role
      name: inference-pods
      trust:
        Statement:
          - Effect: Allow
            Principal: { Federated: "arn:aws:iam::{account}:oidc-provider/oidc.eks.us-east-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE" }
            Action: sts:AssumeRoleWithWebIdentity
            Condition:
              StringEquals:
                "oidc.eks.us-east-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE:aud": sts.amazonaws.com
                "oidc.eks.us-east-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE:sub": "system:serviceaccount:{project}:inference"
    `)
  },
  'cross-account-no-external-id': {
    what: 'A trust statement that lets an AWS principal of another account (an account id, its root ARN, or a role or user ARN there) assume the role without `StringEquals sts:ExternalId`. A condition on `aws:PrincipalOrgID` that names an organization (no wildcard) is accepted instead.',
    why: 'A third party that assumes roles for many customers can be tricked by another of its customers into using your role (the confused deputy problem). The external id, known only to you and the vendor, tells your requests apart.',
    fix: 'Add `Condition: { StringEquals: { "sts:ExternalId": "<the id the vendor gave you>" } }`. For accounts of your own organization, use `StringEquals aws:PrincipalOrgID` instead.',
    bad: yaml(`
      kind: Role
      name: vendor-audit
      trust:
        Statement:
          - Effect: Allow
            Principal: { AWS: "arn:aws:iam::999988887777:root" }
            Action: sts:AssumeRole
    `),
    good: yaml(`
      kind: Role
      name: vendor-audit
      trust:
        Statement:
          - Effect: Allow
            Principal: { AWS: "arn:aws:iam::999988887777:root" }
            Action: sts:AssumeRole
            Condition:
              StringEquals: { "sts:ExternalId": "acme-7f3c9a21" }
    `)
  },
  'service-confused-deputy': {
    what: 'A service principal trusted without a condition on `aws:SourceAccount` (a 12-digit account), `aws:SourceArn` (an ARN with a literal account) or `aws:SourceOrgID`, for services that AWS documents as sending them when they assume a role (ECS tasks, Step Functions, EventBridge Scheduler, AWS Config, Bedrock, CloudWatch Logs, Transfer Family, Personalize, CodeDeploy, SageMaker AI, EventBridge rules). A condition whose values are only wildcards does not count. Services that do not send them on every call, such as Lambda and EC2, are not reported.',
    why: 'Without the condition the service can be made to use your role on behalf of a resource in another customer’s account (the cross-service confused deputy).',
    fix: 'Add `Condition: { StringEquals: { "aws:SourceAccount": "{account}" } }`, or `ArnLike aws:SourceArn` with the resources that use the role.',
    bad: yaml(`
      kind: Role
      name: task-role
      trust:
        Statement:
          - Effect: Allow
            Principal: { Service: ecs-tasks.amazonaws.com }
            Action: sts:AssumeRole
    `),
    good: yaml(`
      kind: Role
      name: task-role
      trust:
        Statement:
          - Effect: Allow
            Principal: { Service: ecs-tasks.amazonaws.com }
            Action: sts:AssumeRole
            Condition:
              StringEquals: { "aws:SourceAccount": "{account}" }
    `)
  },
  'invalid-principal': {
    what: 'A trust policy principal, in an Allow or a Deny statement, in a form IAM does not accept (AWS JSON policy elements: Principal). `AWS`: `"*"`, a 12-digit account id, or the ARN of an account root, IAM role or user, assumed-role session or federated user, with no wildcard inside the ARN and never an IAM group. `Service`: a service principal such as `ecs-tasks.amazonaws.com`. `Federated`: the ARN of an IAM SAML or OIDC provider (for GitHub Actions, `arn:aws:iam::<account>:oidc-provider/token.actions.githubusercontent.com`) or a provider’s domain name (`cognito-identity.amazonaws.com`, `accounts.google.com`, `token.actions.githubusercontent.com`), which is what IAM checks (“Federated principals must be valid domain names or SAML metadata ARNs”). `CanonicalUser`: 64 hexadecimal digits.',
    why: 'IAM rejects the trust policy with “Invalid principal in policy” (MalformedPolicyDocument) when RoleGate deploys it, after the change was merged. A wildcard inside an ARN is a common attempt to trust “all roles named ci-*”, which IAM does not support in Principal.',
    fix: 'Write the principal in one of the forms above. To trust a family of roles, name their account and add `ArnLike: { "aws:PrincipalArn": "arn:aws:iam::<account>:role/ci-*" }`. RoleGate cannot see whether a named role or provider exists; IAM checks that at deploy.',
    bad: yaml(`
      kind: Role
      name: vendor-audit
      trust:
        Statement:
          - Effect: Allow
            Principal: { AWS: "arn:aws:iam::999988887777:role/audit-*" }   # no wildcards in Principal
            Action: sts:AssumeRole
            Condition:
              StringEquals: { "sts:ExternalId": "acme-7f3c9a21" }
    `),
    good: yaml(`
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
    `)
  },
  'trust-any-principal-conditioned': {
    what: 'A trust statement with `Principal: "*"` or `{ AWS: "*" }` that a caller condition (`aws:PrincipalOrgID`, `aws:PrincipalAccount`, `aws:SourceAccount`, or `aws:PrincipalArn` with a literal account) or a Deny statement that refuses every other caller limits, so `trust-any-principal` does not report it. The message says how far the trust reaches: with `aws:PrincipalOrgID`, every account of the organization, including accounts that join later.',
    why: 'The statement is not a mistake, but it trusts far more than a named principal would: any principal of any account in the organization that is allowed sts:AssumeRole by its own policies can assume the role. Reviewers should see that, so the default severity is notice.',
    fix: 'If only a few accounts or roles need the role, name them in `Principal` instead. If organization-wide access is the intent, leave it (or suppress the notice with that reason).',
    bad: yaml(`
      kind: Role
      name: org-reader
      trust:
        Statement:
          - Effect: Allow
            Principal: { AWS: "*" }
            Action: sts:AssumeRole
            Condition:
              StringEquals: { "aws:PrincipalOrgID": o-a1b2c3d4e5 }
    `),
    good: yaml(`
      kind: Role
      name: org-reader
      trust:
        Statement:
          - Effect: Allow
            Principal: { AWS: "arn:aws:iam::{account}:root" }
            Action: sts:AssumeRole
    `)
  },

  // --------------------------------------------------------------------------------------------- quotas
  'role-name-length': {
    what: 'A role name longer than 64 characters, a managed policy or inline policy name longer than 128, or a name with characters other than letters, digits and `+=,.@_-`. An inline policy’s name is its key under `policies:`, sent to IAM as written (`{variables}` are not rendered in it).',
    why: 'IAM rejects the name when RoleGate deploys it, after the deploy has applied earlier changes. A long naming template (`{project}-{environment}-{name}`) can push some logical names over the limit in one environment only.',
    fix: 'Shorten the logical `name` or the `naming` template, or set a shorter `roleName` / `policyName`. Rename an inline policy’s key (`SQSAccess`, not `SQS Access`).',
    bad: yaml(`
      kind: Role
      name: task-role
      roleName: "{project}-{environment}-sagemaker-processing-execution-role-for-nightly-batch"
      ${LAMBDA_TRUST.replace(/\n/g, '\n      ')}
    `),
    good: yaml(`
      kind: Role
      name: task-role
      roleName: "{project}-{environment}-sm-nightly"
      ${LAMBDA_TRUST.replace(/\n/g, '\n      ')}
    `)
  },
  'trust-policy-size': {
    what: 'A trust policy longer than the account’s quota: 2,048 characters by default, raisable to 4,096. Characters are counted as IAM counts them, without whitespace.',
    why: 'IAM rejects the trust policy when RoleGate deploys it.',
    fix: 'Merge statements that differ only in principals or conditions (a condition key takes a list of values). If the account’s "Role trust policy length" quota was raised in Service Quotas, set `limits.trustPolicySize` in rolegate.yml.',
    config: yaml(`
      limits:
        trustPolicySize: 4096   # only after raising the quota in Service Quotas
    `),
    bad: yaml(`
      kind: Role
      name: deployer
      trust:
        Statement:
          - Effect: Allow
            Principal: { Federated: "${GITHUB_PROVIDER}" }
            Action: sts:AssumeRoleWithWebIdentity
            Condition:
              StringEquals:
                "token.actions.githubusercontent.com:aud": sts.amazonaws.com
                "token.actions.githubusercontent.com:sub": "repo:acme/api:environment:{environment}"
          - Effect: Allow
            Principal: { Federated: "${GITHUB_PROVIDER}" }
            Action: sts:AssumeRoleWithWebIdentity
            Condition:
              StringEquals:
                "token.actions.githubusercontent.com:aud": sts.amazonaws.com
                "token.actions.githubusercontent.com:sub": "repo:acme/web:environment:{environment}"
          # ... the same statement for 10 more repositories
    `),
    good: yaml(`
      kind: Role
      name: deployer
      trust:
        Statement:
          - Effect: Allow
            Principal: { Federated: "${GITHUB_PROVIDER}" }
            Action: sts:AssumeRoleWithWebIdentity
            Condition:
              StringEquals:
                "token.actions.githubusercontent.com:aud": sts.amazonaws.com
                "token.actions.githubusercontent.com:sub":
                  - "repo:acme/api:environment:{environment}"
                  - "repo:acme/web:environment:{environment}"
                  # ... 10 more repositories
    `),
    illustrative: true
  },
  'inline-policy-size': {
    what: 'A role whose inline policies together exceed 10,240 characters (without whitespace), IAM’s limit per role.',
    why: 'IAM rejects the inline policy that crosses the limit when RoleGate deploys it, leaving the role with only part of its permissions.',
    fix: 'Move one or more inline policies into a `kind: ManagedPolicy` (up to 6,144 characters each) and attach it, or merge statements that repeat the same actions or resources.',
    bad: yaml(`
      kind: Role
      name: etl
      ${LAMBDA_TRUST.replace(/\n/g, '\n      ')}
      policies:
        GlueJobs:
          Statement: []        # 40 statements: 6,100 characters
        AthenaQueries:
          Statement: []        # 30 statements: 4,500 characters
    `),
    good: yaml(`
      kind: Role
      name: etl
      ${LAMBDA_TRUST.replace(/\n/g, '\n      ')}
      managedPolicies: [etl-glue]
      policies:
        AthenaQueries:
          Statement: []        # 30 statements: 4,500 characters
      ---
      kind: ManagedPolicy
      name: etl-glue
      document:
        Statement: []          # the 40 GlueJobs statements: 6,100 characters
    `),
    illustrative: true
  },
  'managed-policy-size': {
    what: 'A customer managed policy longer than 6,144 characters (without whitespace).',
    why: 'IAM rejects the policy when RoleGate deploys it.',
    fix: 'Split the policy into two `kind: ManagedPolicy` definitions and attach both, or merge statements that repeat the same actions or resources.',
    bad: yaml(`
      kind: ManagedPolicy
      name: etl
      document:
        Statement: []          # 70 statements: 8,900 characters
    `),
    good: yaml(`
      kind: ManagedPolicy
      name: etl-glue
      document:
        Statement: []          # 40 statements: 5,100 characters
      ---
      kind: ManagedPolicy
      name: etl-athena
      document:
        Statement: []          # 30 statements: 3,800 characters
    `),
    illustrative: true
  },
  'managed-policy-count': {
    what: 'A role with more managed policies attached than the quota: 10 by default, raisable to 20.',
    why: 'IAM refuses to attach the policy over the quota when RoleGate deploys, leaving the role with only part of its permissions.',
    fix: 'Combine policies into one `kind: ManagedPolicy`. If the account’s "Managed policies per role" quota was raised in Service Quotas, set `limits.managedPoliciesPerRole` in rolegate.yml.',
    config: yaml(`
      limits:
        managedPoliciesPerRole: 20   # only after raising the quota in Service Quotas
    `),
    bad: yaml(`
      kind: Role
      name: analyst
      ${LAMBDA_TRUST.replace(/\n/g, '\n      ')}
      managedPolicies:
        - arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess
        - arn:aws:iam::aws:policy/AmazonAthenaFullAccess
        - arn:aws:iam::aws:policy/AWSGlueConsoleFullAccess
        # ... 8 more: 11 in all
    `),
    good: yaml(`
      kind: Role
      name: analyst
      ${LAMBDA_TRUST.replace(/\n/g, '\n      ')}
      managedPolicies:
        - analyst-data
      ---
      kind: ManagedPolicy
      name: analyst-data
      document:
        Statement: []          # what the 11 policies granted that the role uses
    `),
    illustrative: true
  },
  'tag-limits': {
    what: 'More than 50 tags (counting the `rolegate:managed-by` tag RoleGate adds), a tag key over 128 or a value over 256 characters, a key starting with the reserved `aws:`, or characters IAM does not allow in tags (letters, digits, spaces and `_ . : / = + - @` are allowed).',
    why: 'IAM rejects the tags when RoleGate deploys, and the role or policy is created without them or not at all.',
    fix: 'Rename or shorten the tag; remove tags, or move them out of `defaults.tags`.',
    bad: yaml(`
      kind: Role
      name: task-role
      ${LAMBDA_TRUST.replace(/\n/g, '\n      ')}
      tags:
        aws:team: ml                       # "aws:" is reserved
        Owner: "ML team <ml@acme.com>"     # < and > are not allowed
    `),
    good: yaml(`
      kind: Role
      name: task-role
      ${LAMBDA_TRUST.replace(/\n/g, '\n      ')}
      tags:
        team: ml
        Owner: ml@acme.com
    `)
  },
  'session-duration': {
    what: 'A `maxSessionDuration` that is not a whole number of seconds from 3,600 to 43,200 (1 to 12 hours), from the role or from `defaults.maxSessionDuration`.',
    why: 'IAM rejects the role when RoleGate deploys it.',
    fix: 'Use a number of seconds in range. Shorter is safer: a leaked session stays valid until it expires.',
    bad: yaml(`
      kind: Role
      name: task-role
      maxSessionDuration: 86400      # 24 hours
      ${LAMBDA_TRUST.replace(/\n/g, '\n      ')}
    `),
    good: yaml(`
      kind: Role
      name: task-role
      maxSessionDuration: 14400      # 4 hours
      ${LAMBDA_TRUST.replace(/\n/g, '\n      ')}
    `)
  },
  description: {
    what: 'A description longer than 1,000 characters, or a role description with characters IAM does not accept (only tab, newline, printable ASCII and Latin-1 are allowed).',
    why: 'IAM rejects the role or policy when RoleGate deploys it. Typographic quotes and dashes pasted from a document are the usual culprits.',
    fix: 'Shorten the description, or replace the characters the message lists with plain ASCII (" instead of “ ”, - instead of —).',
    bad: yaml(`
      kind: Role
      name: task-role
      description: Writes the “results” bucket — nightly batch
      ${LAMBDA_TRUST.replace(/\n/g, '\n      ')}
    `),
    good: yaml(`
      kind: Role
      name: task-role
      description: Writes the "results" bucket - nightly batch
      ${LAMBDA_TRUST.replace(/\n/g, '\n      ')}
    `)
  },
  path: {
    what: 'An IAM path longer than 512 characters, or with characters IAM does not allow in paths (anything but printable ASCII: spaces, accented letters, ...). RoleGate adds a missing leading or trailing `/` itself.',
    why: 'IAM rejects the role or policy when RoleGate deploys it.',
    fix: 'Use printable ASCII without spaces between the slashes, for example `/teams/machine-learning/`.',
    bad: yaml(`
      kind: Role
      name: task-role
      path: /teams/machine learning/
      ${LAMBDA_TRUST.replace(/\n/g, '\n      ')}
    `),
    good: yaml(`
      kind: Role
      name: task-role
      path: /teams/machine-learning/
      ${LAMBDA_TRUST.replace(/\n/g, '\n      ')}
    `)
  },

  // ---------------------------------------------------------------------------------------- suppressions
  'unused-suppression': {
    what: 'An entry of a definition’s `suppress` list that silenced no finding in any environment. Suppressions of rules that did not run (turned `off`, or not implemented yet) are not reported.',
    why: 'A stale suppression is a standing exception nobody needs: when the problem comes back, for example after a later edit, it is silenced without review.',
    fix: 'Remove the suppression, or correct its `rule` or `statement` if it was meant to match a finding.',
    bad: yaml(`
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
    `),
    good: yaml(`
      kind: Role
      name: task-role
      trust:
        Statement:
          - Effect: Allow
            Principal: { Service: ecs-tasks.amazonaws.com }
            Action: sts:AssumeRole
            Condition:
              StringEquals: { "aws:SourceAccount": "{account}" }
    `)
  }
}

export const RULE_DOCS: Readonly<Record<string, RuleDoc>> = DOCS

/** The docs of a catalog rule, or undefined for an id the catalog does not know. */
export function ruleDoc(id: string): RuleDoc | undefined {
  return Object.hasOwn(DOCS, id) ? DOCS[id] : undefined
}

const FAMILY_TITLES: Record<RuleInfo['family'], string> = {
  definitions: 'Definitions',
  grammar: 'Policy grammar',
  'least-privilege': 'Least privilege',
  trust: 'Trust policies',
  quotas: 'IAM quotas',
  suppressions: 'Suppressions'
}

export function familyTitle(family: RuleInfo['family']): string {
  return FAMILY_TITLES[family]
}

/**
 * Plain-text help: why it matters and how to fix it (SARIF `help.text`), then `See <url>` when
 * the caller knows where the docs are (src/report/docs-links.ts).
 */
export function ruleHelpText(rule: RuleInfo, url?: string): string {
  const doc = ruleDoc(rule.id)
  const see = url ? `\n\nSee ${url}` : ''
  if (!doc) return `${rule.summary}${see}`
  return `${doc.why}\n\nHow to fix: ${doc.fix}${see}`
}

/** Markdown help: why, how to fix, the examples and a link when known (SARIF `help.markdown`). */
export function ruleHelpMarkdown(rule: RuleInfo, url?: string): string {
  const doc = ruleDoc(rule.id)
  if (!doc) return url ? `${rule.summary}\n\n[Documentation](${url})` : rule.summary
  return [
    `**${rule.summary}**`,
    '',
    `**Why it matters.** ${doc.why}`,
    '',
    `**How to fix.** ${doc.fix}`,
    '',
    ...examples(doc),
    ...(url ? [`[Documentation of ${rule.id}](${url})`] : [])
  ]
    .join('\n')
    .replace(/\n+$/, '')
}

function fence(text: string): string {
  // A fence longer than any backtick run inside, so examples cannot close it.
  const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map(run => run.length))
  const ticks = '`'.repeat(longest + 1)
  return `${ticks}yaml\n${text}\n${ticks}`
}

function examples(doc: RuleDoc): string[] {
  const lines: string[] = []
  if (doc.config) lines.push('In `rolegate.yml`:', '', fence(doc.config), '')
  const shape = doc.illustrative ? ' (shape only)' : ''
  lines.push(`Bad${shape}:`, '', fence(doc.bad), '', `Good${shape}:`, '', fence(doc.good), '')
  return lines
}

/** Markdown-safe table cell. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ')
}

/**
 * docs/rules.md: an index of every rule, then one section per rule with a `## rule-id` heading so
 * `docs/rules.md#rule-id` anchors (SARIF helpUri) work. Deterministic: catalog order, no dates.
 */
export function renderRulesMarkdown(rules: ReadonlyMap<string, RuleInfo> = RULES): string {
  const all = [...rules.values()]
  const out: string[] = [
    '<!-- Generated by scripts/generate-rule-docs.ts from src/lint/catalog.ts and src/lint/rule-docs.ts. Do not edit: run `npx tsx scripts/generate-rule-docs.ts`. -->',
    '',
    '# Rules',
    '',
    'Every finding RoleGate reports comes from one of these rules. Each has a default severity:',
    '`error` fails the check (with `fail-on: error`, the default), `warning` fails it with',
    '`fail-on: warning`, `notice` never does.',
    '',
    '- **Change a severity** in `rolegate.yml`: `rules: { service-wildcard: error }`; `off` turns a rule off.',
    '- **Suppress a finding** in the definition it is about, with a mandatory reason:',
    '  `suppress: [{ rule: service-wildcard, reason: "...", statement: Sid }]`. `statement` (a Sid, or a',
    '  0-based index) limits it to one statement. Every suppression is listed in the report, and one that',
    '  silences nothing is reported as [`unused-suppression`](#unused-suppression).',
    '- A rule id in `rules:` or `suppress:` that is not listed below is a [`schema`](#schema) error at',
    '  its line, with the nearest id: a misspelt id would otherwise change or silence nothing.',
    '',
    'The examples assume a `rolegate.yml` with `project: llm-models` and environments `dev`, `staging` and',
    '`prod` (`prod` has `protected: true`). Policy documents use IAM’s JSON grammar, written as YAML; see',
    '[the definition format](definitions.md).',
    '',
    '## Index',
    '',
    '| Rule | Family | Default severity | Summary |',
    '| --- | --- | --- | --- |',
    ...all.map(
      rule =>
        `| [\`${rule.id}\`](#${rule.id}) | ${familyTitle(rule.family)} | ${rule.defaultSeverity} | ${cell(rule.summary)} |`
    ),
    ''
  ]
  for (const rule of all) {
    const doc = ruleDoc(rule.id)
    out.push(`## ${rule.id}`, '')
    out.push(`${familyTitle(rule.family)} · default severity **${rule.defaultSeverity}**`, '')
    out.push(`**${rule.summary}**`, '')
    if (!doc) {
      out.push('_Not documented yet._', '')
      continue
    }
    out.push(doc.what, '')
    out.push('### Why it matters', '', doc.why, '')
    out.push('### How to fix', '', doc.fix, '')
    if (doc.reference) out.push('### Reference', '', doc.reference, '')
    out.push('### Examples', '', ...examples(doc))
    out.push('### Severity and suppression', '')
    out.push(
      'Change the severity in `rolegate.yml` (`error`, `warning`, `notice`, or `off`):',
      '',
      fence(`rules:\n  ${rule.id}: ${rule.defaultSeverity === 'warning' ? 'error' : 'warning'}`),
      ''
    )
    if (doc.suppressible !== false) {
      const statement = STATEMENT_FAMILIES.has(rule.family)
        ? '\n    statement: ReadResults   # optional: only this statement (Sid or 0-based index)'
        : ''
      out.push(
        'Suppress a finding in the definition it is about; the reason is mandatory and shown in every report:',
        '',
        fence(`suppress:\n  - rule: ${rule.id}\n    reason: why this is acceptable here${statement}`),
        ''
      )
    }
    if (doc.note) out.push(doc.note, '')
  }
  return out.join('\n').replace(/\n+$/, '\n')
}
