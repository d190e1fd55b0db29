import { CallLog } from './aws/calls.js'
import { CredentialStore, type AccessKey, type StoredCredential } from './aws/credentials.js'
import { FaultInjector, type FaultConfig } from './aws/faults.js'
import { QueryServer } from './aws/query-server.js'
import type { AwsRuntime } from './aws/runtime.js'
import { Clock } from './core/clock.js'
import { OidcIssuer } from './github/oidc-server.js'
import { GitHubRestServer } from './github/rest-server.js'
import { GitHubState } from './github/rest-state.js'
import { GITHUB_PROVIDER_HOST } from './iam/documents.js'
import type { AccountState } from './iam/model.js'
import { IamRegistry, type AccountOptions } from './iam/registry.js'
import { IamService } from './iam/service.js'
import { loadSnapshot, saveSnapshot } from './snapshot.js'
import { StsService } from './sts/service.js'
import type { IdentityProvider } from './sts/web-identity.js'

export interface EmulatorOptions {
  /** Region clients are configured with (default us-east-1). */
  region?: string
  /** Accounts to create at start (each gets an admin access key). */
  accounts?: string[]
  faults?: Partial<FaultConfig>
  /** Fixed ports (default: random free ports). */
  ports?: { iam?: number; sts?: number; oidc?: number; github?: number }
  /** Load accounts from a snapshot file written by {@link Emulator.saveSnapshot}. */
  snapshot?: string
}

export interface AccountHandle {
  id: string
  /** Long-term admin key of the account (acts as root: no authorization checks). */
  admin: AccessKey
  /** The account's live IAM state (for direct inspection in tests). */
  state: AccountState
}

export interface ClientCredentials {
  accessKeyId: string
  secretAccessKey: string
  sessionToken?: string
}

/** Config for `new IAMClient(...)` / `new STSClient(...)` pointing at the emulator. */
export interface ClientConfig {
  endpoint: string
  region: string
  credentials: ClientCredentials
}

/**
 * Local AWS IAM + STS + GitHub (OIDC issuer and REST API) speaking the real wire protocols,
 * all on 127.0.0.1. Start with {@link Emulator.start}; stop with {@link Emulator.stop}.
 */
export class Emulator {
  readonly clock = new Clock()
  readonly faults = new FaultInjector()
  readonly calls = new CallLog()
  readonly credentials = new CredentialStore()
  readonly registry = new IamRegistry()
  readonly oidc: OidcIssuer
  readonly github: { state: GitHubState; rest: GitHubRestServer; writeToken: string; readToken: string }
  readonly region: string
  private readonly iamServer: QueryServer
  private readonly stsServer: QueryServer

  private constructor(options: EmulatorOptions) {
    this.region = options.region ?? 'us-east-1'
    const runtime: AwsRuntime = {
      credentials: this.credentials,
      faults: this.faults,
      calls: this.calls,
      clock: this.clock,
      crash: () => this.crash()
    }
    this.oidc = new OidcIssuer(this.clock)
    const providers = (): IdentityProvider[] => [
      { issuer: this.oidc.issuer, providerHost: GITHUB_PROVIDER_HOST, jwks: () => this.oidc.jwks() }
    ]
    this.iamServer = new QueryServer(new IamService(this.registry, runtime), runtime, this.region)
    this.stsServer = new QueryServer(new StsService(this.registry, runtime, providers), runtime, this.region)
    const state = new GitHubState()
    this.github = {
      state,
      rest: new GitHubRestServer(state),
      writeToken: state.addToken({ permission: 'write' }).token,
      readToken: state.addToken({ permission: 'read' }).token
    }
    if (options.faults) this.faults.configure(options.faults)
  }

  static async start(options: EmulatorOptions = {}): Promise<Emulator> {
    const emulator = new Emulator(options)
    const ports = options.ports ?? {}
    await emulator.iamServer.http.listen(ports.iam)
    await emulator.stsServer.http.listen(ports.sts)
    await emulator.oidc.http.listen(ports.oidc)
    await emulator.github.rest.http.listen(ports.github)
    if (options.snapshot) await loadSnapshot(options.snapshot, emulator.registry, emulator.credentials)
    for (const id of options.accounts ?? []) emulator.createAccount(id)
    return emulator
  }

  get endpoints(): { iam: string; sts: string; oidcIssuer: string; githubApi: string } {
    return {
      iam: this.iamServer.http.url,
      sts: this.stsServer.http.url,
      oidcIssuer: this.oidc.issuer,
      githubApi: this.github.rest.url
    }
  }

  createAccount(id: string, options: AccountOptions = {}): AccountHandle {
    const state = this.registry.createAccount(id, options)
    const admin = this.credentials.addAdminKey(id)
    return { id, admin, state }
  }

  account(id: string): AccountHandle {
    const state = this.registry.account(id)
    const admin = this.credentials.adminKeys(id)[0]
    if (!state || !admin) throw new Error(`emulator: no account ${id}; create it with createAccount('${id}')`)
    return { id, admin: { accessKeyId: admin.accessKeyId, secretAccessKey: admin.secretAccessKey }, state }
  }

  /** IAM client config; defaults to the account's admin key, or pass temporary credentials. */
  iamClientConfig(accountOrCredentials: string | ClientCredentials | StoredCredential): ClientConfig {
    return {
      endpoint: this.endpoints.iam,
      region: this.region,
      credentials: this.resolveCredentials(accountOrCredentials)
    }
  }

  stsClientConfig(accountOrCredentials?: string | ClientCredentials | StoredCredential): ClientConfig {
    const credentials = accountOrCredentials
      ? this.resolveCredentials(accountOrCredentials)
      : { accessKeyId: 'ANONYMOUS', secretAccessKey: 'ANONYMOUS' }
    return { endpoint: this.endpoints.sts, region: this.region, credentials }
  }

  private resolveCredentials(value: string | ClientCredentials | StoredCredential): ClientCredentials {
    if (typeof value !== 'string') {
      return {
        accessKeyId: value.accessKeyId,
        secretAccessKey: value.secretAccessKey,
        sessionToken: value.sessionToken
      }
    }
    return this.account(value).admin
  }

  /** Fault injection: take IAM and STS down (open connections are destroyed, new ones refused). */
  crash(): void {
    this.iamServer.http.crash()
    this.stsServer.http.crash()
  }

  get crashed(): boolean {
    return this.iamServer.http.isCrashed
  }

  /** Bring IAM and STS back on the same ports, with their state, after a crash. */
  async recover(): Promise<void> {
    this.faults.configure({ crashAfterMutatingCalls: undefined })
    await this.iamServer.http.recover()
    await this.stsServer.http.recover()
  }

  async saveSnapshot(file: string): Promise<void> {
    await saveSnapshot(file, this.registry, this.credentials)
  }

  async stop(): Promise<void> {
    await Promise.all([
      this.iamServer.http.close(),
      this.stsServer.http.close(),
      this.oidc.http.close(),
      this.github.rest.http.close()
    ])
  }
}
