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
 * `…IfExists` and `ForAllValues:` forms are also true for the resources that matter. Keys in
 * neither list are presumed to mitigate: RoleGate then reports nothing rather than guess.
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
    why: 'the role or user acted on must carry the named permissions boundary, which caps whatever policy is attached or written',
    source: `${IAM_KEYS}#ck_permissionsboundary`
  },
  {
    key: 'iam:PolicyARN',
    mitigates: true,
    why: 'only the named managed policies can be attached',
    source: `${IAM_KEYS}#ck_policyarn`
  },
  {
    key: 'iam:AssociatedResourceArn',
    mitigates: true,
    why: 'a role can be passed only for the named resources',
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
    why: 'instances can be launched only with the named instance profiles',
    source: 'https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonec2.html'
  },
  {
    key: 'cloudformation:RoleArn',
    mitigates: true,
    why: 'stack operations can use only the named service roles',
    source: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/control-access-with-iam.html'
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
