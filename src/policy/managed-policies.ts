/**
 * AWS managed policies (the latest, default version of each), generated into
 * src/policy/data/aws-managed-policies.json by scripts/generate-managed-policies.mjs. Used to
 * expand attachments such as AdministratorAccess in a diff and to see escalation paths through
 * attached AWS policies. The ARN index is read on first lookup.
 */
import type { PolicyDocument } from '../model/policy.js'
import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs'

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

interface RawPolicy {
  name: string
  path: string
  versionId: string
  document: PolicyDocument
}

/**
 * Read on first use, not at start-up, and only what a run needs. The data (3.4 MB, one policy per
 * line) comes with an index that scripts/generate-managed-policies.mjs writes beside it: each
 * policy's byte offset and length. A run parses the 130 KB index and reads just the lines of the
 * policies it looks up (reading and scanning the whole file for its lines cost a cold run ~28 ms;
 * JSON.parse of all of it, ~150 ms and ~60 MB). ncc copies both files next to the bundle.
 */
interface Line {
  start: number
  length: number
}

interface RawIndex {
  format: number
  source: { package: string; version: string; updatedAt: string }
  /** Size of the data file the offsets are for. */
  bytes: number
  policies: Array<[arn: string, start: number, length: number]>
}

const DATA_FILE = 'src/policy/data/aws-managed-policies.json'
const DATA_URL = new URL('./data/aws-managed-policies.json', import.meta.url)
const INDEX_URL = new URL('./data/aws-managed-policies.index.json', import.meta.url)

let loaded: { raw: RawIndex; lines: Map<string, Line>; names: Map<string, string> } | undefined
const parsed = new Map<string, AwsManagedPolicy>()

/** ARN → its line, and lower-case name → ARN. */
function index(): NonNullable<typeof loaded> {
  if (loaded) return loaded
  const raw = JSON.parse(readFileSync(INDEX_URL, 'utf8')) as RawIndex
  const lines = new Map<string, Line>()
  const names = new Map<string, string>()
  for (const [arn, start, length] of raw.policies) {
    lines.set(arn, { start, length })
    names.set(arn.slice(arn.lastIndexOf('/') + 1).toLowerCase(), arn)
  }
  loaded = { raw, lines, names }
  return loaded
}

/** The bytes of one policy's line, read at its offset (the file is never read whole). */
function lineText(line: Line): string {
  const file = openSync(DATA_URL, 'r')
  try {
    // A data file that is not the one the index was written for would hand out wrong policies.
    if (fstatSync(file).size !== index().raw.bytes)
      throw new Error(`${DATA_FILE} does not match its index; run npm run generate`)
    const bytes = Buffer.alloc(line.length)
    let read = 0
    while (read < line.length) {
      const count = readSync(file, bytes, read, line.length - read, line.start + read)
      if (count === 0) throw new Error(`${DATA_FILE} ends early; run npm run generate`)
      read += count
    }
    return bytes.toString('utf8')
  } finally {
    closeSync(file)
  }
}

function policyAt(arn: string): AwsManagedPolicy | undefined {
  const cached = parsed.get(arn)
  if (cached) return cached
  const line = index().lines.get(arn)
  if (!line) return undefined
  const raw = JSON.parse(lineText(line)) as RawPolicy
  const policy: AwsManagedPolicy = { arn, ...raw }
  parsed.set(arn, policy)
  return policy
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
  return policyAt(awsPartitionArn(arn))
}

/** Is the ARN (any partition) in the bundled list? Reads the index only: no policy is parsed. */
export function isBundledAwsManagedPolicy(arn: string): boolean {
  return index().lines.has(awsPartitionArn(arn))
}

/** Lookup by policy name (`AdministratorAccess`), case-insensitive. */
export function awsManagedPolicyByName(name: string): AwsManagedPolicy | undefined {
  const arn = index().names.get(name.toLowerCase())
  return arn === undefined ? undefined : policyAt(arn)
}

export function awsManagedPolicyArns(): string[] {
  return [...index().lines.keys()]
}

export function managedPoliciesDataVersion(): { package: string; version: string; updatedAt: string } {
  return { ...index().raw.source }
}
