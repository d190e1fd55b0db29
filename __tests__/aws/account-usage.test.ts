/**
 * The account's IAM usage and quotas, read with one GetAccountSummary: IAM's SummaryMap as the
 * pre-check's data, and a refused read (credentials without iam:GetAccountSummary) as a usage error
 * naming the permission: the deploy fails closed, before any change.
 */
import { IAMClient, type ServiceInputTypes } from '@aws-sdk/client-iam'
import { readAccountUsage } from '../../src/aws/account-usage.js'
import { UsageError } from '../../src/model/errors.js'

/** A client whose send answers as IAM would, without a network; records what was sent. */
function fakeClient(answer: () => Promise<unknown>): { client: IAMClient; sent: string[] } {
  const client = new IAMClient({ region: 'us-east-1' })
  const sent: string[] = []
  client.send = (async (command: { constructor: { name: string }; input: ServiceInputTypes }) => {
    sent.push(command.constructor.name)
    return answer()
  }) as unknown as IAMClient['send']
  return { client, sent }
}

// Keys and values as AWS documents them (API reference, GetAccountSummary), a few left out.
const SUMMARY_MAP = {
  Users: 0,
  UsersQuota: 5000,
  Roles: 365,
  RolesQuota: 1000,
  InstanceProfiles: 12,
  InstanceProfilesQuota: 1000,
  Policies: 40,
  PoliciesQuota: 1500,
  VersionsPerPolicyQuota: 5
}

it('reads roles, instance profiles and customer managed policies with their quotas, in one call', async () => {
  const { client, sent } = fakeClient(async () => ({ SummaryMap: SUMMARY_MAP, $metadata: {} }))
  try {
    expect(await readAccountUsage(client)).toEqual({
      roles: { used: 365, quota: 1000 },
      instanceProfiles: { used: 12, quota: 1000 },
      policies: { used: 40, quota: 1500 }
    })
    expect(sent).toEqual(['GetAccountSummaryCommand'])
  } finally {
    client.destroy()
  }
})

it('refused (AccessDenied): a usage error naming iam:GetAccountSummary; nothing changed', async () => {
  const denied = Object.assign(
    new Error(
      'User: arn:aws:sts::111111111111:assumed-role/ci/x is not authorized to perform: iam:GetAccountSummary on resource: *'
    ),
    { name: 'AccessDenied', $fault: 'client', $metadata: { httpStatusCode: 403 } }
  )
  const { client } = fakeClient(async () => Promise.reject(denied))
  const error = await readAccountUsage(client).catch((caught: unknown) => caught)
  client.destroy()
  expect(error).toBeInstanceOf(UsageError)
  expect((error as Error).message).toBe(
    "checking the account's IAM quotas (GetAccountSummary) before creating anything failed: User: arn:aws:sts::111111111111:assumed-role/ci/x is not authorized to perform: iam:GetAccountSummary on resource: *. RoleGate changed nothing. " +
      'The credentials need iam:GetAccountSummary on "*" (docs/deploy.md, "What is read and why"); the deployer role "rolegate bootstrap" creates has it'
  )
})

it('an answer without a quota RoleGate checks: a usage error, never a guess', async () => {
  const { RolesQuota: _left, ...rest } = SUMMARY_MAP
  const { client } = fakeClient(async () => ({ SummaryMap: rest, $metadata: {} }))
  const error = await readAccountUsage(client).catch((caught: unknown) => caught)
  client.destroy()
  expect(error).toBeInstanceOf(UsageError)
  expect((error as Error).message).toMatch(/the answer has no RolesQuota in its SummaryMap.*changes nothing/)
})

it("a bug of RoleGate's own stays one: rethrown as it is", async () => {
  const { client } = fakeClient(async () => Promise.reject(new TypeError('x is undefined')))
  const error = await readAccountUsage(client).catch((caught: unknown) => caught)
  client.destroy()
  expect(error).toBeInstanceOf(TypeError)
})
