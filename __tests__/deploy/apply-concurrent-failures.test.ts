/**
 * Operations run concurrently: when two in flight fail, the report names both (a failure that was
 * not the first was lost: "stopped after 3/5: 1 failed, 0 not attempted" did not add up).
 */
import { IAMClient } from '@aws-sdk/client-iam'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { applyPlan, DEFAULT_APPLY_OPTIONS, failureCause } from '../../src/aws/apply.js'
import type { Operation } from '../../src/plan/model.js'

const document = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }]
}
const put = (roleName: string): Operation => ({
  kind: 'PutRolePolicy',
  roleName,
  policyName: 'data',
  document
})

it('reports every operation that failed, not only the first', async () => {
  const client = new IAMClient({ region: 'us-east-1' })
  // IAM refuses both puts; the SDK's error as it would arrive.
  client.send = (async () =>
    Promise.reject(
      Object.assign(new Error('not authorized to perform: iam:PutRolePolicy'), { name: 'AccessDenied' })
    )) as unknown as IAMClient['send']
  try {
    const result = await applyPlan(client, [put('a'), put('b')], { ...DEFAULT_APPLY_OPTIONS, concurrency: 2 })
    expect(result.applied).toEqual([])
    expect(result.notAttempted).toEqual([])
    expect([result.failed?.operation, ...result.alsoFailed.map(item => item.operation)]).toEqual([
      put('a'),
      put('b')
    ])
    expect(result.alsoFailed[0].error).toBe(
      'put inline policy data on b: AccessDenied: not authorized to perform: iam:PutRolePolicy'
    )
    // A denied call fails the same way on a re-run: the report must not promise that one converges.
    expect(result.failed?.cause).toBe('denied')
  } finally {
    client.destroy()
  }
})

describe('why an operation failed, from IAM errors as the AWS SDK deserializes them', () => {
  /** A server that answers every call with IAM's error XML (as IAM does: HTTP 4xx, an ErrorResponse). */
  async function iamAnswering(
    status: number,
    code: string
  ): Promise<{ client: IAMClient; close: () => void }> {
    const server = createServer((request, response) => {
      request.resume()
      request.on('end', () => {
        response.writeHead(status, { 'content-type': 'text/xml' })
        response.end(
          `<ErrorResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/"><Error><Type>Sender</Type><Code>${code}</Code><Message>${code} happened</Message></Error><RequestId>1</RequestId></ErrorResponse>`
        )
      })
    })
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as AddressInfo
    const client = new IAMClient({
      region: 'us-east-1',
      endpoint: `http://127.0.0.1:${port}`,
      credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' },
      maxAttempts: 1
    })
    return { client, close: () => (client.destroy(), server.close()) }
  }

  it.each([
    [403, 'AccessDenied', 'denied'],
    [409, 'LimitExceeded', 'rejected'],
    [400, 'InvalidInput', 'rejected'],
    [400, 'MalformedPolicyDocument', 'rejected'],
    [400, 'UnmodifiableEntity', 'rejected'],
    [400, 'PolicyNotAttachable', 'rejected'],
    [500, 'ServiceFailure', undefined]
  ])('HTTP %i %s → %s', async (status, code, cause) => {
    const { client, close } = await iamAnswering(status, code)
    try {
      const result = await applyPlan(client, [put('a')], { ...DEFAULT_APPLY_OPTIONS, concurrency: 1 })
      expect(result.failed?.error).toContain(`${code} happened`)
      expect(result.failed?.cause).toBe(cause)
    } finally {
      close()
    }
  })
})

describe('why an operation failed decides what the report advises', () => {
  const sdkError = (name: string, message: string, status?: number) =>
    Object.assign(new Error(message), {
      name,
      $metadata: status === undefined ? { attempts: 1 } : { httpStatusCode: status, attempts: 1 }
    })

  it.each([
    [sdkError('AccessDenied', 'explicit deny', 403), 'denied'],
    [sdkError('MalformedPolicyDocument', 'Policy document should not specify a principal.', 400), 'rejected'],
    [sdkError('LimitExceeded', 'Cannot exceed quota for PoliciesPerRole: 10', 409), 'rejected'],
    [Object.assign(sdkError('Error', 'connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' }), 'lost'],
    [Object.assign(sdkError('TimeoutError', 'socket hang up'), { code: 'ECONNRESET' }), 'lost'],
    [sdkError('ServiceFailure', 'internal error', 500), undefined],
    // An HTTP answer is an answer: whatever its text says, IAM did not apply the call.
    [sdkError('Error', 'upstream said ECONNRESET', 502), undefined]
  ])('%s → %s', (error, cause) => {
    expect(failureCause(error)).toBe(cause)
  })
})
