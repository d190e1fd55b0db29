/**
 * Which condition keys keep an escalation path closed, and which do not: the table the
 * `privilege-escalation` rule reads and docs/rules.md prints. A key mitigates when it limits
 * which resource the action reaches (the role acted on, the policy attached, the service a role
 * is passed to, the instances a command runs on). A key does not when it only describes the
 * request or the caller (its region, time, network, MFA, its own tags): whoever meets it still
 * reaches every resource, the privileged ones included.
 *
 * A mitigating key mitigates only with a positive comparison that a request can fail
 * (StringEquals/StringLike/ArnEquals/ArnLike on values other than a bare `*`); its negated,
 * `…IfExists`, `Null` and `ForAllValues:` forms are also true for the resources that matter.
 * iam:PolicyARN and iam:PermissionsBoundary mitigate only when they name policies that are neither
 * administrator-level nor open a path themselves, AWS managed or a kind: ManagedPolicy of the
 * repository (a policy RoleGate has no document for is taken as named), and the ARN keys only when
 * they name less than every resource of their type (the rule checks values). Keys in neither list do not mitigate:
 * the finding names them, since a key RoleGate cannot judge (a service's own key, a misspelt one,
 * one absent from the role's own calls) is no reason to stay silent. Only a comparison that is
 * false without the key, on a service key the action does not declare, keeps that action closed.
 */
import { wildcardMatch } from './wildcard.js'

export interface EscalationConditionKey {
  /** The key, or a pattern of keys (`*:ResourceTag/*`), case-insensitive. */
  key: string
  mitigates: boolean
  /** Why, in one sentence, for docs/rules.md and messages. */
  why: string
  /** Where AWS documents the key. */
  source: string
}

const IAM_KEYS = 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_iam-condition-keys.html'
const GLOBAL_KEYS = 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html'

export const ESCALATION_CONDITION_KEYS: readonly EscalationConditionKey[] = [
  // --------------------------------------------------------------------------------- mitigating
  {
    key: 'iam:PassedToService',
    mitigates: true,
    why: 'limits the services a role can be passed to: it closes a PassRole path only when it names none of the services that path passes the role to (naming ec2.amazonaws.com does not close passrole-ec2); its IfExists form counts too, since every PassRole request has the key',
    source: `${IAM_KEYS}#ck_passedtoservice`
  },
  {
    key: 'iam:PermissionsBoundary',
    mitigates: true,
    why: 'the role or user acted on must carry the named permissions boundary, which caps whatever policy is attached or written; a boundary that is administrator-level or opens a path itself (AdministratorAccess, or a kind: ManagedPolicy of the repository that allows * on *), or a pattern that matches one or every policy (policy/*), caps nothing',
    source: `${IAM_KEYS}#ck_permissionsboundary`
  },
  {
    key: 'iam:PolicyARN',
    mitigates: true,
    why: 'only the named managed policies can be attached; naming an administrator-level policy or one that opens a path itself (AdministratorAccess, AWSLambda_FullAccess, or a kind: ManagedPolicy of the repository that does), or a pattern that matches one or every policy (arn:aws:iam::aws:policy/*), does not mitigate',
    source: `${IAM_KEYS}#ck_policyarn`
  },
  {
    key: 'iam:AssociatedResourceArn',
    mitigates: true,
    why: 'a role can be passed only for the named resources (a pattern naming every resource of its type, instance/*, does not mitigate)',
    source: `${IAM_KEYS}#ck_associatedresourcearn`
  },
  {
    key: '*:ResourceTag/*',
    mitigates: true,
    why: 'only resources that carry the tag are reached (aws:ResourceTag, iam:ResourceTag, ssm:resourceTag, ec2:ResourceTag, ...), with any value (a * pattern, or Null false) or the values named. Caution: a principal that may also tag resources can tag its target',
    source: `${GLOBAL_KEYS}#condition-keys-resourcetag`
  },
  {
    key: 'ec2:InstanceProfile',
    mitigates: true,
    why: 'instances can be launched only with the named instance profiles (instance-profile/* names them all and does not mitigate)',
    source: 'https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonec2.html'
  },
  {
    key: 'cloudformation:RoleArn',
    mitigates: true,
    why: 'stack operations can use only the named service roles (role/* names them all and does not mitigate)',
    source: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/control-access-with-iam.html'
  },
  {
    key: 'ec2:ManagedResourceOperator',
    mitigates: true,
    why: 'only resources an AWS service manages for the customer (the launch templates of ECS Managed Instances, for example) are reached',
    source: 'https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonec2.html'
  },
  {
    key: 'ecs:container-name',
    mitigates: true,
    why: 'ECS Exec reaches only containers with the named names. Caution: whoever registers task definitions chooses container names',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-exec.html'
  },
  {
    key: 'aws:IsMcpServiceAction',
    mitigates: true,
    why: 'true only for the actions of an AWS MCP server itself, not for the calls it makes: requiring true (Bool) allows none of a path’s actions; false limits nothing',
    source:
      'https://docs.aws.amazon.com/aws-managed-policy/latest/reference/AWSMcpServiceActionsFullAccess.html'
  },
  {
    key: 'aws:PrincipalIsAWSService',
    mitigates: true,
    why: 'true only when an AWS service calls with its own service principal, never for a role or user: requiring true (Bool) allows the holder nothing; false limits nothing',
    source: `${GLOBAL_KEYS}#condition-keys-principalisawsservice`
  },
  {
    key: 'ssm:SessionDocumentAccessCheck',
    mitigates: true,
    why: 'a session must use a document the policy allows, instead of the default shell document',
    source:
      'https://docs.aws.amazon.com/systems-manager/latest/userguide/getting-started-sessiondocumentaccesscheck.html'
  },
  // ------------------------------------------------------------------------------ not mitigating
  {
    key: 'aws:RequestedRegion',
    mitigates: false,
    why: 'limits the region of the request, not the target: IAM is global, and privileged roles and instances exist in every region the policy names',
    source: `${GLOBAL_KEYS}#condition-keys-requestedregion`
  },
  {
    key: 'ec2:Region',
    mitigates: false,
    why: 'the region of the EC2 request, as aws:RequestedRegion: privileged instances exist in every region the policy names',
    source: 'https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonec2.html'
  },
  {
    key: 'ec2:LaunchTemplate',
    mitigates: false,
    why: 'the launch template a RunInstances request names; the request can override its parameters, the instance profile included',
    source: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-launch-templates.html'
  },
  {
    key: 'aws:TokenIssueTime',
    mitigates: false,
    why: 'the age of the caller’s session, not the target; a fresh session meets it',
    source: `${GLOBAL_KEYS}#condition-keys-tokenissuetime`
  },
  {
    key: 'aws:CurrentTime',
    mitigates: false,
    why: 'the time of the request, not the target',
    source: `${GLOBAL_KEYS}#condition-keys-currenttime`
  },
  {
    key: 'aws:EpochTime',
    mitigates: false,
    why: 'the time of the request, not the target',
    source: `${GLOBAL_KEYS}#condition-keys-epochtime`
  },
  {
    key: 'aws:SecureTransport',
    mitigates: false,
    why: 'every AWS SDK and the CLI call over TLS',
    source: `${GLOBAL_KEYS}#condition-keys-securetransport`
  },
  ...['aws:SourceIp', 'aws:VpcSourceIp', 'aws:SourceVpc', 'aws:SourceVpce'].map(key => ({
    key,
    mitigates: false,
    why: 'where the caller connects from, not the target: the role used from there still escalates',
    source: `${GLOBAL_KEYS}#condition-keys-${key.slice(4).toLowerCase()}`
  })),
  ...['aws:MultiFactorAuthPresent', 'aws:MultiFactorAuthAge'].map(key => ({
    key,
    mitigates: false,
    why: 'whether the caller signed in with MFA, not the target: a caller with MFA still escalates',
    source: `${GLOBAL_KEYS}#condition-keys-${key.slice(4).toLowerCase()}`
  })),
  ...[
    'aws:PrincipalArn',
    'aws:PrincipalAccount',
    'aws:PrincipalOrgID',
    'aws:PrincipalOrgPaths',
    'aws:PrincipalTag/*',
    'aws:PrincipalType',
    'aws:userid',
    'aws:username'
  ].map(key => ({
    key,
    mitigates: false,
    why: 'describes the caller, which in an identity policy is the role or user that has the policy',
    source: `${GLOBAL_KEYS}#condition-keys-principal-properties`
  })),
  {
    key: 'aws:SourceIdentity',
    mitigates: false,
    why: 'the source identity of the caller’s session, set by whoever assumed the role; absent otherwise, where negated, …IfExists and Null: true forms are true',
    source: `${GLOBAL_KEYS}#condition-keys-sourceidentity`
  },
  ...['aws:RequestTag/*', 'aws:TagKeys'].map(key => ({
    key,
    mitigates: false,
    why: 'the tags the caller puts in its own request: it chooses them',
    source: `${GLOBAL_KEYS}#condition-keys-${key.startsWith('aws:RequestTag') ? 'requesttag' : 'tagkeys'}`
  })),
  ...['aws:CalledVia', 'aws:CalledViaFirst', 'aws:CalledViaLast'].map(key => ({
    key,
    mitigates: true,
    why: 'the call must come from the named service, which decides what it calls (Cloud9, Application Migration Service); naming cloudformation.amazonaws.com does not mitigate, since the caller writes the template CloudFormation runs',
    source: `${GLOBAL_KEYS}#condition-keys-${key.slice(4).toLowerCase()}`
  })),
  {
    key: 'aws:ViaAWSService',
    mitigates: false,
    why: 'any AWS service calling on the caller’s behalf, CloudFormation included, whose template the caller writes',
    source: `${GLOBAL_KEYS}#condition-keys-viaawsservice`
  },
  ...['aws:ResourceAccount', 'aws:ResourceOrgID', 'aws:ResourceOrgPaths'].map(key => ({
    key,
    mitigates: false,
    why: 'the account or organization of the target, which includes the role’s own account and its privileged roles',
    source: `${GLOBAL_KEYS}#condition-keys-${key.slice(4).toLowerCase()}`
  })),
  ...['aws:UserAgent', 'aws:Referer'].map(key => ({
    key,
    mitigates: false,
    why: 'set by the caller in its own request',
    source: `${GLOBAL_KEYS}#condition-keys-${key.slice(4).toLowerCase()}`
  }))
]

/** The table entry for a condition key, or undefined for a key the table does not classify. */
export function escalationConditionKey(key: string): EscalationConditionKey | undefined {
  return ESCALATION_CONDITION_KEYS.find(entry => wildcardMatch(entry.key, key, true))
}
