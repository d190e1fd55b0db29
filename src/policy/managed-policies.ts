/**
 * AWS managed policies (the latest, default version of each), generated into
 * src/policy/data/aws-managed-policies.json by scripts/generate-managed-policies.mjs. Used to
 * expand attachments such as AdministratorAccess in a diff and to see escalation paths through
 * attached AWS policies. The ARN index is built on first lookup.
 */
import type { PolicyDocument } from '../model/policy.js'
import { readFileSync } from 'node:fs'

export interface AwsManagedPolicy {
  /** Always in the `aws` partition: `arn:aws:iam::aws:policy/AdministratorAccess`. */
  arn: string
  name: string
  /** `/`, `/service-role/`, `/job-function/`, ... */
  path: string
  /** The default version the data was taken from: `v3`. */
  versionId: string
  document: PolicyDocument
}

interface RawManagedPolicies {
  format: number
  source: { package: string; version: string; updatedAt: string }
  policies: Record<string, { name: string; path: string; versionId: string; document: PolicyDocument }>
}

// TypeScript infers a type per document from the JSON; the generator guarantees this shape. The JSON
// is parsed when the module is evaluated (~15 ms for 3.4 MB; ~45 ms with the bundle chunk load), a
// cost every run pays; only the ARN index waits for the first lookup.
/**
 * Read on first use, not at start-up: 3.4 MB of JSON that most runs (a validate without AWS
 * managed attachments) never need. ncc copies the file next to the bundle.
 */
let loaded: RawManagedPolicies | undefined
function rawData(): RawManagedPolicies {
  loaded ??= JSON.parse(
    readFileSync(new URL('./data/aws-managed-policies.json', import.meta.url), 'utf8')
  ) as RawManagedPolicies
  return loaded
}

let byArn: Map<string, AwsManagedPolicy> | undefined
let byName: Map<string, AwsManagedPolicy> | undefined

function index(): Map<string, AwsManagedPolicy> {
  if (byArn) return byArn
  byArn = new Map()
  byName = new Map()
  for (const [arn, policy] of Object.entries(rawData().policies)) {
    const entry: AwsManagedPolicy = { arn, ...policy }
    byArn.set(arn, entry)
    byName.set(policy.name.toLowerCase(), entry)
  }
  return byArn
}

/**
 * Maps AWS managed policy ARNs of every partition (`arn:aws-cn:iam::aws:policy/...`) onto the `aws`
 * one the data is keyed by; AWS publishes the same policies in each partition.
 */
function awsPartitionArn(arn: string): string {
  return arn.replace(/^arn:aws(-[a-z-]+)?:iam::aws:policy\//, 'arn:aws:iam::aws:policy/')
}

/** Is this the ARN shape of an AWS managed policy (`arn:<partition>:iam::aws:policy/...`)? */
export function isAwsManagedPolicyArn(arn: string): boolean {
  return /^arn:aws(-[a-z-]+)?:iam::aws:policy\//.test(arn)
}

/** The managed policy with this ARN, or undefined (also for customer managed policies). */
export function awsManagedPolicy(arn: string): AwsManagedPolicy | undefined {
  return index().get(awsPartitionArn(arn))
}

/** Lookup by policy name (`AdministratorAccess`), case-insensitive. */
export function awsManagedPolicyByName(name: string): AwsManagedPolicy | undefined {
  index()
  return byName?.get(name.toLowerCase())
}

export function awsManagedPolicyArns(): string[] {
  return [...index().keys()]
}

export function managedPoliciesDataVersion(): { package: string; version: string; updatedAt: string } {
  return { ...rawData().source }
}
