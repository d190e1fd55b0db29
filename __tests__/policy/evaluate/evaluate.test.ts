import type { PolicyStatement } from '../../../src/model/policy.js'
import { evaluateRequest, SCOPE_NOTE } from '../../../src/policy/evaluate/evaluate.js'
import { doc, inline, request, role } from '../../support/evaluate.js'

const BUCKET = 'arn:aws:s3:::llm-models-prod-results'

describe('evaluateRequest: policy evaluation logic', () => {
  const read = inline(
    'S3Read',
    doc({ Sid: 'Read', Effect: 'Allow', Action: 's3:GetObject', Resource: `${BUCKET}/*` })
  )

  it('allows what an identity Allow matches and names the statement', () => {
    const result = evaluateRequest(role([read]), request('s3:GetObject', `${BUCKET}/a.json`))
    expect(result).toMatchObject({ decision: 'allow', reason: 'allowed' })
    expect(result.statements).toEqual([
      { policy: 'S3Read', policyKind: 'inline', index: 0, sid: 'Read', effect: 'Allow' }
    ])
    expect(result.boundary).toBeUndefined()
  })

  it('denies implicitly what nothing allows', () => {
    const result = evaluateRequest(role([read]), request('s3:DeleteObject', `${BUCKET}/a.json`))
    expect(result).toMatchObject({ decision: 'deny', reason: 'implicit-deny', statements: [] })
  })

  it('lets an explicit Deny in any policy win over an Allow', () => {
    const deny = inline('NoDelete', doc({ Effect: 'Deny', Action: 's3:*', Resource: '*' }))
    const result = evaluateRequest(role([read, deny]), request('s3:GetObject', `${BUCKET}/a.json`))
    expect(result).toMatchObject({ decision: 'deny', reason: 'explicit-deny' })
    expect(result.statements.map(s => `${s.policy}#${s.index} ${s.effect}`)).toEqual(['NoDelete#0 Deny'])
  })

  it('always says what it did not evaluate', () => {
    expect(evaluateRequest(role([read]), request('s3:GetObject', `${BUCKET}/a`)).notes).toContain(SCOPE_NOTE)
    expect(SCOPE_NOTE).toMatch(/SCPs/)
    expect(SCOPE_NOTE).toMatch(/resource-based policies/)
    expect(SCOPE_NOTE).toMatch(/session policies/)
  })
})

describe('evaluateRequest: permissions boundary', () => {
  const admin = inline('Admin', doc({ Effect: 'Allow', Action: '*', Resource: '*' }))
  const boundary = doc({ Sid: 'OnlyS3', Effect: 'Allow', Action: 's3:*', Resource: '*' })

  it('needs both an identity Allow and a boundary Allow', () => {
    const allowed = evaluateRequest(role([admin], boundary), request('s3:GetObject', `${BUCKET}/a`))
    expect(allowed).toMatchObject({ decision: 'allow', reason: 'allowed' })
    expect(allowed.boundary).toMatchObject({
      decision: 'allow',
      statements: [{ sid: 'OnlyS3', policyKind: 'boundary' }]
    })

    const blocked = evaluateRequest(
      role([admin], boundary),
      request('iam:CreateUser', 'arn:aws:iam::1:user/x')
    )
    expect(blocked).toMatchObject({
      decision: 'deny',
      reason: 'boundary',
      boundary: { decision: 'deny', statements: [] }
    })
    expect(blocked.statements.map(s => s.policy)).toEqual(['Admin'])
  })

  it('never grants through the boundary alone', () => {
    const result = evaluateRequest(role([], boundary), request('s3:GetObject', `${BUCKET}/a`))
    expect(result).toMatchObject({
      decision: 'deny',
      reason: 'implicit-deny',
      boundary: { decision: 'allow' }
    })
  })

  it('lets a boundary Deny win', () => {
    const withDeny = doc(...(boundary.Statement as PolicyStatement[]), {
      Sid: 'NoDelete',
      Effect: 'Deny',
      Action: 's3:DeleteObject',
      Resource: '*'
    })
    const result = evaluateRequest(role([admin], withDeny), request('s3:DeleteObject', `${BUCKET}/a`))
    expect(result).toMatchObject({ decision: 'deny', reason: 'explicit-deny' })
    expect(result.statements).toEqual([
      expect.objectContaining({ policyKind: 'boundary', sid: 'NoDelete', effect: 'Deny' })
    ])
  })

  it('answers unknown when the boundary cannot be read, unless a Deny or the missing Allow decides', () => {
    const unknown = evaluateRequest(role([admin], 'unreadable'), request('s3:GetObject', `${BUCKET}/a`))
    expect(unknown).toMatchObject({
      decision: 'unknown',
      reason: 'unknown',
      boundary: { decision: 'unknown' }
    })
    expect(unknown.notes.join('\n')).toMatch(
      /permissions boundary arn:aws:iam::111111111111:policy\/boundary .* unknown/
    )

    const deny = inline('Deny', doc({ Effect: 'Deny', Action: 's3:GetObject', Resource: '*' }))
    expect(
      evaluateRequest(role([admin, deny], 'unreadable'), request('s3:GetObject', `${BUCKET}/a`)).decision
    ).toBe('deny')
    expect(evaluateRequest(role([], 'unreadable'), request('s3:GetObject', `${BUCKET}/a`))).toMatchObject({
      decision: 'deny',
      reason: 'implicit-deny'
    })
  })

  it('answers unknown when an attached policy cannot be read, unless a Deny decides', () => {
    const policies = { ...role([admin]), unreadable: ['arn:aws:iam::111111111111:policy/elsewhere'] }
    const result = evaluateRequest(policies, request('s3:GetObject', `${BUCKET}/a`))
    expect(result).toMatchObject({ decision: 'unknown', reason: 'unknown' })
    expect(result.notes.join('\n')).toMatch(/cannot read arn:aws:iam::111111111111:policy\/elsewhere/)
    const nothing = evaluateRequest({ ...policies, identity: [] }, request('s3:GetObject', `${BUCKET}/a`))
    expect(nothing.decision).toBe('unknown')
  })

  it('denies through a boundary that allows nothing for the request, whatever an unreadable policy says', () => {
    const ec2Only = {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: 'ec2:*', Resource: '*' }]
    }
    const policies = {
      ...role([admin], ec2Only),
      unreadable: ['arn:aws:iam::111111111111:policy/elsewhere']
    }
    expect(evaluateRequest(policies, request('s3:GetObject', `${BUCKET}/a`))).toMatchObject({
      decision: 'deny',
      reason: 'boundary'
    })
    expect(evaluateRequest(policies, request('ec2:StartInstances', '*')).decision).toBe('unknown')
  })
})
