/**
 * Operations run concurrently: when two in flight fail, the report names both (a failure that was
 * not the first was lost: "stopped after 3/5: 1 failed, 0 not attempted" did not add up).
 */
import { IAMClient } from '@aws-sdk/client-iam'
import { applyPlan, DEFAULT_APPLY_OPTIONS } from '../../src/aws/apply.js'
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
  } finally {
    client.destroy()
  }
})
