import { awsManagedPolicies } from './aws-managed.js'
import { DEFAULT_QUOTAS, type AccountState, type ManagedPolicy, type Quotas, type Role } from './model.js'

export interface AccountOptions {
  /** Override service quotas (reported by GetAccountSummary and enforced). */
  quotas?: Partial<Quotas>
  /**
   * The GitHub OIDC provider registered in the account. Defaults to one that accepts the
   * `sts.amazonaws.com` audience; `false` means the account has no such provider.
   */
  githubOidcProvider?: { clientIds: string[] } | false
}

/** All emulated accounts plus the global catalog of AWS managed policies. */
export class IamRegistry {
  readonly accounts = new Map<string, AccountState>()
  readonly awsManaged: Map<string, ManagedPolicy> = awsManagedPolicies()

  createAccount(id: string, options: AccountOptions = {}): AccountState {
    if (!/^\d{12}$/.test(id)) throw new Error(`emulator: account id must be 12 digits, got '${id}'`)
    if (this.accounts.has(id)) throw new Error(`emulator: account ${id} already exists`)
    const account: AccountState = {
      id,
      roles: new Map(),
      policies: new Map(),
      instanceProfiles: new Map(),
      quotas: { ...DEFAULT_QUOTAS, ...options.quotas },
      githubOidcProvider:
        options.githubOidcProvider === false
          ? undefined
          : (options.githubOidcProvider ?? { clientIds: ['sts.amazonaws.com'] })
    }
    this.accounts.set(id, account)
    return account
  }

  account(id: string): AccountState | undefined {
    return this.accounts.get(id)
  }

  /** A managed policy visible to the account: its own customer managed policies or an AWS managed one. */
  managedPolicy(account: AccountState, arn: string): ManagedPolicy | undefined {
    return this.awsManaged.get(arn) ?? account.policies.get(arn)
  }

  /** Resolves `arn:aws:iam::ACCT:role/path/name` to the role, across accounts. */
  roleByArn(arn: string): { account: AccountState; role: Role } | undefined {
    const match = /^arn:aws[a-z-]*:iam::(\d{12}):role(\/.*)$/.exec(arn)
    if (!match) return undefined
    const account = this.accounts.get(match[1])
    if (!account) return undefined
    const pathAndName = match[2]
    const name = pathAndName.slice(pathAndName.lastIndexOf('/') + 1)
    const role = account.roles.get(name.toLowerCase())
    if (!role || `${role.path}${role.name}` !== pathAndName) return undefined
    return { account, role }
  }

  attachmentCount(account: AccountState, arn: string): number {
    let count = 0
    for (const role of account.roles.values()) if (role.attachedPolicyArns.includes(arn)) count++
    return count
  }

  boundaryUsageCount(account: AccountState, arn: string): number {
    let count = 0
    for (const role of account.roles.values()) if (role.permissionsBoundaryArn === arn) count++
    return count
  }
}
