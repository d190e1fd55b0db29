/**
 * IAM refusing the live read (credentials without the read permissions) or out of reach is the
 * user's to fix: a usage error (exit 2) naming what to do, never "unexpected failure" with a stack.
 */
import { IAMClient } from '@aws-sdk/client-iam'
import { UsageError } from '../../src/model/errors.js'
import { readLiveEnvironment } from '../../src/aws/read-live.js'

const desired = { roles: [], managedPolicies: [] } as unknown as Parameters<
  typeof readLiveEnvironment
>[1]['desired']
const options = { desired, managedBy: 'acme/infra', namePrefix: 'shop-dev-' }

describe('reading live IAM fails', () => {
  it('without the read permissions: a usage error naming the permissions and where they are documented', async () => {
    const denied = Object.assign(
      new Error(
        'User: arn:aws:sts::111111111111:assumed-role/ci/x is not authorized to perform: iam:GetAccountAuthorizationDetails'
      ),
      { name: 'AccessDenied', $fault: 'client', $metadata: { httpStatusCode: 403 } }
    )
    // IAM's answer, without a network: the client's send rejects as the SDK would.
    const client = new IAMClient({ region: 'us-east-1' })
    client.send = (async () => Promise.reject(denied)) as unknown as IAMClient['send']
    const error = await readLiveEnvironment(client, options).catch((caught: unknown) => caught)
    client.destroy()
    expect(error).toBeInstanceOf(UsageError)
    expect((error as Error).message).toBe(
      'reading live IAM failed: User: arn:aws:sts::111111111111:assumed-role/ci/x is not authorized to perform: iam:GetAccountAuthorizationDetails. RoleGate changed nothing. The credentials need iam:GetAccountAuthorizationDetails, iam:ListRoles and iam:ListPolicyTags on "*" (docs/deploy.md, "What is read and why"); the deployer role "rolegate bootstrap" creates has them'
    )
  })

  it('with IAM out of reach: a usage error saying so', async () => {
    const client = new IAMClient({
      region: 'us-east-1',
      endpoint: 'http://127.0.0.1:1',
      maxAttempts: 1,
      credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' }
    })
    try {
      const error = await readLiveEnvironment(client, options).catch((caught: unknown) => caught)
      expect(error).toBeInstanceOf(UsageError)
      expect((error as Error).message).toMatch(
        /^reading live IAM failed: .*ECONNREFUSED.*RoleGate changed nothing\. Check that IAM is reachable from here/
      )
    } finally {
      client.destroy()
    }
  })

  it("a bug of RoleGate's own (not IAM's answer) stays one: rethrown as it is", async () => {
    const client = new IAMClient({ region: 'us-east-1' })
    client.send = (async () =>
      Promise.reject(new TypeError('x is undefined'))) as unknown as IAMClient['send']
    const error = await readLiveEnvironment(client, options).catch((caught: unknown) => caught)
    client.destroy()
    expect(error).toBeInstanceOf(TypeError)
  })
})
