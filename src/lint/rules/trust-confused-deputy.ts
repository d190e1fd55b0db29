/**
 * `service-confused-deputy`: a service principal that AWS documents as sending aws:SourceAccount /
 * aws:SourceArn when it assumes a role, trusted without a condition on them. Without one, the
 * service may be made to assume this role on behalf of a resource in another customer's account.
 *
 * Only services whose documentation shows these keys in the *role trust policy* are listed:
 * for others (lambda.amazonaws.com and ec2.amazonaws.com among them) the keys are not sent on
 * every assumption, and a condition would break the role.
 */
import type { LintContext, Rule, RuleHit } from '../types.js'
import type { TrustStatement } from './trust-common.js'
import { conditionsOf, constrains, principalsOf, trustHit, trustStatements } from './trust-common.js'

/** Service name (first label of the principal) → where AWS documents the trust-policy condition. */
export const CONFUSED_DEPUTY_SERVICES: ReadonlyMap<string, { service: string; doc: string }> = new Map([
  [
    'ecs-tasks',
    {
      service: 'Amazon ECS',
      doc: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-iam-roles.html'
    }
  ],
  [
    'states',
    {
      service: 'AWS Step Functions',
      doc: 'https://docs.aws.amazon.com/step-functions/latest/dg/procedure-create-iam-role.html'
    }
  ],
  [
    'scheduler',
    {
      service: 'Amazon EventBridge Scheduler',
      doc: 'https://docs.aws.amazon.com/scheduler/latest/UserGuide/cross-service-confused-deputy-prevention.html'
    }
  ],
  [
    'config',
    {
      service: 'AWS Config',
      doc: 'https://docs.aws.amazon.com/config/latest/developerguide/iamrole-permissions.html'
    }
  ],
  [
    'bedrock',
    {
      service: 'Amazon Bedrock',
      doc: 'https://docs.aws.amazon.com/bedrock/latest/userguide/batch-iam-sr.html'
    }
  ],
  [
    'logs',
    {
      service: 'Amazon CloudWatch Logs',
      doc: 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/Subscriptions-confused-deputy.html'
    }
  ],
  [
    'transfer',
    {
      service: 'AWS Transfer Family',
      doc: 'https://docs.aws.amazon.com/transfer/latest/userguide/confused-deputy.html'
    }
  ],
  [
    'personalize',
    {
      service: 'Amazon Personalize',
      doc: 'https://docs.aws.amazon.com/personalize/latest/dg/cross-service-confused-deputy-prevention.html'
    }
  ],
  [
    'codedeploy',
    {
      service: 'AWS CodeDeploy',
      doc: 'https://docs.aws.amazon.com/codedeploy/latest/userguide/security_confused_deputy.html'
    }
  ],
  [
    // The trust policy example for training jobs: ArnLike aws:SourceArn arn:aws:sagemaker:<region>:<account>:training-job/*.
    'sagemaker',
    {
      service: 'Amazon SageMaker AI',
      doc: 'https://docs.aws.amazon.com/sagemaker/latest/dg/security-confused-deputy-prevention.html'
    }
  ],
  [
    // For event bus rule targets, aws:SourceArn is the rule's ARN.
    'events',
    {
      service: 'Amazon EventBridge',
      doc: 'https://docs.aws.amazon.com/eventbridge/latest/userguide/cross-service-confused-deputy-prevention.html'
    }
  ]
])

const SOURCE_KEYS = new Set(['aws:sourceaccount', 'aws:sourcearn', 'aws:sourceorgid'])
// `states.amazonaws.com`, the older regional `states.us-east-1.amazonaws.com`, China's `.com.cn`.
const SERVICE_PRINCIPAL = /^([a-z0-9-]+)(?:\.[a-z0-9-]+)?\.amazonaws\.com(?:\.cn)?$/

export const serviceConfusedDeputy: Rule = {
  id: 'service-confused-deputy',
  *check(context: LintContext) {
    for (const trust of trustStatements(context)) yield* checkStatement(trust)
  }
}

function* checkStatement(trust: TrustStatement): Generator<RuleHit> {
  const sources = conditionsOf(trust).filter(entry => SOURCE_KEYS.has(entry.keyLower))
  // constrains(): a wildcard-only value, or a SourceArn of any account, pins no source.
  if (sources.some(constrains)) return
  const ignored =
    sources.length > 0
      ? ` (${sources.map(entry => `${entry.operator} ${entry.key}`).join(', ')} does not count: it does not require a source in one account)`
      : ''
  for (const principal of principalsOf(trust)) {
    if (principal.type !== 'Service') continue
    const name = SERVICE_PRINCIPAL.exec(principal.value.toLowerCase())?.[1]
    const known = name === undefined ? undefined : CONFUSED_DEPUTY_SERVICES.get(name)
    if (!known) continue
    yield trustHit(
      trust,
      `trusts ${principal.value} without an aws:SourceAccount or aws:SourceArn condition${ignored}, so ${known.service} could be made to use this role for a resource in another account; add StringEquals aws:SourceAccount: "{account}" (see ${known.doc})`,
      principal.path
    )
  }
}
