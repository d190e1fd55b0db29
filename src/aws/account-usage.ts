/**
 * The account's IAM usage and quotas, for the quota pre-check (src/plan/prechecks.ts): one
 * GetAccountSummary call, read only when a plan creates something a quota counts.
 */
import { GetAccountSummaryCommand, type IAMClient } from '@aws-sdk/client-iam'
import { UsageError } from '../model/errors.js'
import type { AccountUsage, QuotaUsage } from '../model/state.js'
import { readFailure } from './read-live.js'

const READING = "checking the account's IAM quotas (GetAccountSummary) before creating anything"

export async function readAccountUsage(client: IAMClient): Promise<AccountUsage> {
  let summary: Record<string, number> | undefined
  try {
    summary = (await client.send(new GetAccountSummaryCommand({}))).SummaryMap
  } catch (error) {
    throw readFailure(error, READING, ['iam:GetAccountSummary'])
  }
  const entry = (used: string, quota: string): QuotaUsage => {
    const values = [summary?.[used], summary?.[quota]]
    const missing = [used, quota].filter((_, index) => !Number.isInteger(values[index]))
    if (missing.length > 0)
      throw new UsageError(
        `${READING}: the answer has no ${missing.join(' or ')} in its SummaryMap, which AWS documents, so RoleGate cannot tell whether the deploy fits the account's quotas and changes nothing. Check what answers at the IAM endpoint (AWS_ENDPOINT_URL_IAM, a proxy) and run again`
      )
    return { used: values[0]!, quota: values[1]! }
  }
  return {
    roles: entry('Roles', 'RolesQuota'),
    instanceProfiles: entry('InstanceProfiles', 'InstanceProfilesQuota'),
    policies: entry('Policies', 'PoliciesQuota')
  }
}
