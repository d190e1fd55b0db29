import { readFile, writeFile } from 'node:fs/promises'
import { z } from 'zod'
import type { CredentialStore } from './aws/credentials.js'
import type { AccountState } from './iam/model.js'
import type { IamRegistry } from './iam/registry.js'

/** Saving and loading the emulator's IAM state (accounts, admin keys, roles, policies) as JSON. */

const tag = z.object({ Key: z.string(), Value: z.string() })
const date = z.string().transform(value => new Date(value))

const roleSchema = z.object({
  name: z.string(),
  path: z.string(),
  id: z.string(),
  arn: z.string(),
  createDate: date,
  trustPolicy: z.string(),
  description: z.string().optional(),
  maxSessionDuration: z.number(),
  inlinePolicies: z.array(z.object({ name: z.string(), document: z.string() })),
  attachedPolicyArns: z.array(z.string()),
  permissionsBoundaryArn: z.string().optional(),
  tags: z.array(tag),
  lastUsed: z.object({ date, region: z.string() }).optional()
})

const policySchema = z.object({
  name: z.string(),
  path: z.string(),
  id: z.string(),
  arn: z.string(),
  description: z.string().optional(),
  createDate: date,
  updateDate: date,
  versions: z.array(z.object({ versionId: z.string(), document: z.string(), createDate: date })),
  defaultVersionId: z.string(),
  nextVersion: z.number(),
  tags: z.array(tag)
})

const profileSchema = z.object({
  name: z.string(),
  path: z.string(),
  id: z.string(),
  arn: z.string(),
  createDate: date,
  roleKeys: z.array(z.string()),
  tags: z.array(tag)
})

const snapshotSchema = z.object({
  version: z.literal(1),
  accounts: z.array(
    z.object({
      id: z.string(),
      quotas: z.record(z.string(), z.number()),
      githubOidcProvider: z.object({ clientIds: z.array(z.string()) }).nullable(),
      adminKeys: z.array(z.object({ accessKeyId: z.string(), secretAccessKey: z.string() })),
      roles: z.array(roleSchema),
      policies: z.array(policySchema),
      instanceProfiles: z.array(profileSchema)
    })
  )
})

function accountSnapshot(account: AccountState, credentials: CredentialStore) {
  return {
    id: account.id,
    quotas: { ...account.quotas },
    githubOidcProvider: account.githubOidcProvider ?? null,
    adminKeys: credentials
      .adminKeys(account.id)
      .map(({ accessKeyId, secretAccessKey }) => ({ accessKeyId, secretAccessKey })),
    roles: [...account.roles.values()].map(role => ({
      ...role,
      visibleAt: undefined,
      inlinePolicies: [...role.inlinePolicies.values()]
    })),
    policies: [...account.policies.values()].map(policy => ({ ...policy, awsManaged: undefined })),
    instanceProfiles: [...account.instanceProfiles.values()]
  }
}

export async function saveSnapshot(
  file: string,
  registry: IamRegistry,
  credentials: CredentialStore
): Promise<void> {
  const snapshot = {
    version: 1,
    accounts: [...registry.accounts.values()].map(account => accountSnapshot(account, credentials))
  }
  await writeFile(file, `${JSON.stringify(snapshot, null, 2)}\n`)
}

/** Loads accounts from a snapshot into an (empty) registry and credential store. */
export async function loadSnapshot(
  file: string,
  registry: IamRegistry,
  credentials: CredentialStore
): Promise<string[]> {
  const parsed = snapshotSchema.safeParse(JSON.parse(await readFile(file, 'utf8')))
  if (!parsed.success)
    throw new Error(`emulator: ${file} is not an emulator snapshot: ${parsed.error.message}`)
  for (const saved of parsed.data.accounts) {
    const account = registry.createAccount(saved.id, {
      quotas: saved.quotas,
      githubOidcProvider: saved.githubOidcProvider ?? false
    })
    for (const key of saved.adminKeys) credentials.addAdminKey(saved.id, key)
    for (const role of saved.roles) {
      account.roles.set(role.name.toLowerCase(), {
        ...role,
        inlinePolicies: new Map(role.inlinePolicies.map(p => [p.name.toLowerCase(), p])),
        visibleAt: 0
      })
    }
    for (const policy of saved.policies) account.policies.set(policy.arn, { ...policy, awsManaged: false })
    for (const profile of saved.instanceProfiles)
      account.instanceProfiles.set(profile.name.toLowerCase(), profile)
  }
  return parsed.data.accounts.map(account => account.id)
}
