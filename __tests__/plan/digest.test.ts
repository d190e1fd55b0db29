/** The plan digest: equal for the same operations, different for any change a reviewer would care about. */
import type { Operation, Plan } from '../../src/plan/model.js'
import { parsePlanDigest, planDigest, planFile } from '../../src/plan/digest.js'

const document = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }]
}
const put: Operation = { kind: 'PutRolePolicy', roleName: 'app', policyName: 'data', document }
const update: Operation = { kind: 'UpdateRole', roleName: 'app', description: 'd', maxSessionDuration: 3600 }
const plan = (operations: Operation[], overrides: Partial<Plan> = {}): Plan => ({
  environment: 'dev',
  account: '111111111111',
  operations,
  conflicts: [],
  orphans: [],
  alsoAttached: [],
  ...overrides
})

describe('planDigest', () => {
  it('is stable across key order and operation order', () => {
    const reordered: Operation = {
      kind: 'PutRolePolicy',
      policyName: 'data',
      roleName: 'app',
      document: {
        Statement: [{ Resource: '*', Action: 's3:GetObject', Effect: 'Allow' }],
        Version: '2012-10-17'
      }
    }
    expect(planDigest(plan([put, update]))).toBe(planDigest(plan([update, reordered])))
    expect(planDigest(plan([put]))).toMatch(/^sha256:[0-9a-f]{64}$/)
  })

  it('changes with any operation payload, the environment or the account', () => {
    const base = planDigest(plan([put]))
    const wider: Operation = {
      ...put,
      document: { ...document, Statement: [{ ...document.Statement[0], Action: 's3:*' }] }
    }
    expect(planDigest(plan([wider]))).not.toBe(base)
    expect(planDigest(plan([put, update]))).not.toBe(base)
    expect(planDigest(plan([]))).not.toBe(planDigest(plan([], { environment: 'prod' })))
    expect(planDigest(plan([]))).not.toBe(planDigest(plan([], { account: '222222222222' })))
  })

  it('ignores orphans and conflicts, which never reach the apply', () => {
    expect(planDigest(plan([put], { orphans: ['role x'] }))).toBe(planDigest(plan([put])))
  })

  it('writes a plan file with the digest of its operations', () => {
    const file = JSON.parse(planFile(plan([put])))
    expect(file).toEqual({
      digest: planDigest(plan([put])),
      environment: 'dev',
      account: '111111111111',
      operations: [put]
    })
  })
})

it('parsePlanDigest accepts the printed form only', () => {
  const digest = planDigest(plan([put]))
  expect(parsePlanDigest(` ${digest.toUpperCase().replace('SHA256', 'sha256')}\n`)).toBe(digest)
  expect(parsePlanDigest(digest.slice(7))).toBeUndefined()
  expect(parsePlanDigest('sha256:xyz')).toBeUndefined()
})
