import { secretKey, sessionToken, uniqueId } from '../core/ids.js'

/** Who signed a request: an account's root/admin key, or a session of an assumed role. */
export type CallerIdentity =
  | { kind: 'admin'; accountId: string; arn: string; userId: string }
  | {
      kind: 'assumed-role'
      accountId: string
      /** `arn:aws:sts::ACCT:assumed-role/NAME/SESSION` */
      arn: string
      /** `ROLEID:SESSION` */
      userId: string
      roleArn: string
      roleName: string
      sessionName: string
    }

export interface StoredCredential {
  accessKeyId: string
  secretAccessKey: string
  sessionToken?: string
  /** Epoch ms; only temporary credentials expire. */
  expiration?: number
  identity: CallerIdentity
}

export interface AccessKey {
  accessKeyId: string
  secretAccessKey: string
}

export class CredentialStore {
  private readonly credentials = new Map<string, StoredCredential>()

  /** Long-term admin keys (AKIA...) act as the account root and bypass authorization. */
  addAdminKey(
    accountId: string,
    key: AccessKey = { accessKeyId: uniqueId('AKIA', 20), secretAccessKey: secretKey() }
  ): AccessKey {
    this.credentials.set(key.accessKeyId, {
      ...key,
      identity: { kind: 'admin', accountId, arn: `arn:aws:iam::${accountId}:root`, userId: accountId }
    })
    return key
  }

  issueSession(
    identity: Extract<CallerIdentity, { kind: 'assumed-role' }>,
    expiration: number
  ): StoredCredential {
    const credential: StoredCredential = {
      accessKeyId: uniqueId('ASIA', 20),
      secretAccessKey: secretKey(),
      sessionToken: sessionToken(),
      expiration,
      identity
    }
    this.credentials.set(credential.accessKeyId, credential)
    return credential
  }

  get(accessKeyId: string): StoredCredential | undefined {
    return this.credentials.get(accessKeyId)
  }

  /** Temporary credentials issued by STS (AssumeRoleWithWebIdentity, AssumeRole), oldest first. */
  sessions(): StoredCredential[] {
    return [...this.credentials.values()].filter(c => c.identity.kind === 'assumed-role')
  }

  adminKeys(accountId?: string): Array<AccessKey & { accountId: string }> {
    return [...this.credentials.values()]
      .filter(
        c => c.identity.kind === 'admin' && (accountId === undefined || c.identity.accountId === accountId)
      )
      .map(c => ({
        accessKeyId: c.accessKeyId,
        secretAccessKey: c.secretAccessKey,
        accountId: c.identity.accountId
      }))
  }
}
