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

interface RawPolicy {
  name: string
  path: string
  versionId: string
  document: PolicyDocument
}

/**
 * Read on first use, not at start-up: 3.4 MB of JSON that most runs (a validate without AWS
 * managed attachments) never need. ncc copies the file next to the bundle.
 *
 * Parsed one policy at a time: scripts/generate-managed-policies.mjs writes each policy on a line
 * of its own (`"<arn>":{...},`), so a run that attaches three AWS policies parses those three lines
 * and never the whole file (JSON.parse of all of it cost a cold validate ~150 ms and ~60 MB). The
 * file is kept as bytes and only those lines are decoded: decoding all 3.4 MB as UTF-8 cost
 * ~50 ms of a cold run on its own.
 */
interface Line {
  start: number
  end: number
}
let data: Buffer | undefined
let lines: Map<string, Line> | undefined
let names: Map<string, string> | undefined
const parsed = new Map<string, AwsManagedPolicy>()

const DATA_FILE = 'src/policy/data/aws-managed-policies.json'
const POLICIES_START = '\n"policies":{\n'

function dataBytes(): Buffer {
  data ??= readFileSync(new URL('./data/aws-managed-policies.json', import.meta.url))
  return data
}

const NEWLINE = 0x0a
const QUOTE = 0x22
const COMMA = 0x2c

/** ARN → its line, and lower-case name → ARN, from one pass over the file's lines. */
function index(): Map<string, Line> {
  if (lines) return lines
  const bytes = dataBytes()
  const first = bytes.indexOf(POLICIES_START)
  if (first < 0) throw new Error(`${DATA_FILE}: no policies; run npm run generate`)
  lines = new Map()
  names = new Map()
  for (let start = first + Buffer.byteLength(POLICIES_START); start < bytes.length;) {
    const newline = bytes.indexOf(NEWLINE, start)
    const end = newline < 0 ? bytes.length : newline
    if (bytes[start] === QUOTE && bytes.toString('latin1', start + 1, start + 5) === 'arn:') {
      // The ARN is a plain ASCII JSON string (no escapes in an ARN), closed by `":{`.
      const close = bytes.indexOf('":{', start)
      if (close < 0 || close > end) throw new Error(`${DATA_FILE}: unexpected line; run npm run generate`)
      const arn = bytes.toString('latin1', start + 1, close)
      lines.set(arn, { start: close + 2, end: bytes[end - 1] === COMMA ? end - 1 : end })
      names.set(arn.slice(arn.lastIndexOf('/') + 1).toLowerCase(), arn)
    }
    start = end + 1
  }
  return lines
}

function policyAt(arn: string): AwsManagedPolicy | undefined {
  const cached = parsed.get(arn)
  if (cached) return cached
  const line = index().get(arn)
  if (!line) return undefined
  const raw = JSON.parse(dataBytes().toString('utf8', line.start, line.end)) as RawPolicy
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
  return index().has(awsPartitionArn(arn))
}

/** Lookup by policy name (`AdministratorAccess`), case-insensitive. */
export function awsManagedPolicyByName(name: string): AwsManagedPolicy | undefined {
  index()
  const arn = names?.get(name.toLowerCase())
  return arn === undefined ? undefined : policyAt(arn)
}

export function awsManagedPolicyArns(): string[] {
  return [...index().keys()]
}

export function managedPoliciesDataVersion(): { package: string; version: string; updatedAt: string } {
  const bytes = dataBytes()
  const start = bytes.indexOf('\n"source":')
  const end = bytes.indexOf(NEWLINE, start + 1)
  const source = JSON.parse(bytes.toString('utf8', start + '\n"source":'.length, end - 1)) as {
    package: string
    version: string
    updatedAt: string
  }
  return { ...source }
}
