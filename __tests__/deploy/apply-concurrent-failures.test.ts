/**
 * Operations run concurrently: when two in flight fail, the report names both (a failure that was
 * not the first was lost: "stopped after 3/5: 1 failed, 0 not attempted" did not add up).
 */
import { IAMClient } from '@aws-sdk/client-iam'
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
