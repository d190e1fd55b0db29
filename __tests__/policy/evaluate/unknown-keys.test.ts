/**
 * Keys AWS puts in every request of a role's session (aws:RequestedRegion, aws:SecureTransport,
 * aws:CurrentTime, ...) but a question does not give: a statement whose conditions turn on one
 * applies for some values and not for others, so the answer is unknown unless every value gives
 * the same decision. Before, such a key was read as absent, a request AWS never receives: a region
 * lock (`Deny` unless `aws:RequestedRegion` is the home region) denied everything, and an
 * `expect: deny` passed on it.
 */
import type { PolicyStatement } from '../../../src/model/policy.js'
import { unknownSessionKeys } from '../../../src/policy/evaluate/context.js'
import { evaluateRequest } from '../../../src/policy/evaluate/evaluate.js'
import type { AccessRequest } from '../../../src/policy/evaluate/types.js'
import { doc, inline, request, role } from '../../support/evaluate.js'

const BUCKET = 'arn:aws:s3:::results'
const OBJECT = `${BUCKET}/a.json`

const read = inline(
  'S3Read',
  doc({ Sid: 'Read', Effect: 'Allow', Action: 's3:GetObject', Resource: `${BUCKET}/*` })
)
const regionLock = inline(
  'RegionLock',
  doc({
    Sid: 'HomeRegionOnly',
    Effect: 'Deny',
    NotAction: 'iam:*',
    Resource: '*',
    Condition: { StringNotEquals: { 'aws:RequestedRegion': 'eu-west-1' } }
  })
)

/** A role session's request: what `context` gives, every other session key unknown. */
function session(action: string, resource: string, context: Record<string, string> = {}): AccessRequest {
  const given = request(action, resource, context)
  return { ...given, unknown: unknownSessionKeys([...given.context]) }
}

function only(statement: PolicyStatement) {
  return inline('P', doc(statement))
}

describe('evaluateRequest: keys every request carries, not given', () => {
  it('a region lock makes the answer unknown, naming the key and the statement', () => {
    const result = evaluateRequest(role([read, regionLock]), session('s3:GetObject', OBJECT))
    expect(result).toMatchObject({
      decision: 'unknown',
      reason: 'unknown-context',
      undecidedKeys: ['aws:RequestedRegion']
    })
    expect(result.statements).toEqual([
      { policy: 'RegionLock', policyKind: 'inline', index: 0, sid: 'HomeRegionOnly', effect: 'Deny' }
    ])
    expect(result.notes.join('\n')).toMatch(
      /depends on aws:RequestedRegion, which AWS puts in every request .*Statement 0 of the inline policy "RegionLock" applies for some values.*--context aws:RequestedRegion=VALUE/
    )
    // What it stands against: the Allow that applies whatever the region.
    expect(result.notes).toContain(
      'Whatever the value of aws:RequestedRegion: Statement 0 of the inline policy "S3Read" allows it.'
    )
  })

  it('decides once the key is given: the home region is allowed, another denied by the lock', () => {
    const home = evaluateRequest(
      role([read, regionLock]),
      session('s3:GetObject', OBJECT, { 'aws:RequestedRegion': 'eu-west-1' })
    )
    expect(home).toMatchObject({ decision: 'allow', reason: 'allowed' })
    const away = evaluateRequest(
      role([read, regionLock]),
      session('s3:GetObject', OBJECT, { 'aws:requestedregion': 'us-east-1' })
    )
    expect(away).toMatchObject({ decision: 'deny', reason: 'explicit-deny' })
    expect(away.statements.map(statement => statement.sid)).toEqual(['HomeRegionOnly'])
  })

  it('stays decided when every value gives the same answer', () => {
    // Nothing allows s3:DeleteObject: denied in every region.
    const none = evaluateRequest(role([read, regionLock]), session('s3:DeleteObject', OBJECT))
    expect(none).toMatchObject({ decision: 'deny', reason: 'implicit-deny', statements: [] })
    // An unconditional Deny decides whatever the lock does.
    const hard = inline('NoRead', doc({ Effect: 'Deny', Action: 's3:GetObject', Resource: '*' }))
    expect(evaluateRequest(role([read, regionLock, hard]), session('s3:GetObject', OBJECT))).toMatchObject({
      decision: 'deny',
      reason: 'explicit-deny',
      statements: [expect.objectContaining({ policy: 'NoRead' })]
    })
    // The lock's NotAction leaves IAM out: an IAM request does not depend on the region.
    const iam = inline('Iam', doc({ Effect: 'Allow', Action: 'iam:GetRole', Resource: '*' }))
    expect(
      evaluateRequest(role([iam, regionLock]), session('iam:GetRole', 'arn:aws:iam::1:role/x'))
    ).toMatchObject({ decision: 'allow', reason: 'allowed' })
  })

  it('an Allow conditioned on aws:SecureTransport is unknown; an unconditional Allow beside it decides', () => {
    const tls = only({
      Effect: 'Allow',
      Action: 's3:GetObject',
      Resource: '*',
      Condition: { Bool: { 'aws:SecureTransport': 'true' } }
    })
    expect(evaluateRequest(role([tls]), session('s3:GetObject', OBJECT))).toMatchObject({
      decision: 'unknown',
      reason: 'unknown-context',
      undecidedKeys: ['aws:SecureTransport']
    })
    expect(evaluateRequest(role([tls, read]), session('s3:GetObject', OBJECT))).toMatchObject({
      decision: 'allow',
      statements: [expect.objectContaining({ policy: 'S3Read' })]
    })
  })

  it('a condition false for a key the question leaves absent decides, whatever the unknown key', () => {
    const both = only({
      Effect: 'Allow',
      Action: 's3:GetObject',
      Resource: '*',
      Condition: {
        StringEquals: { 'aws:RequestedRegion': 'eu-west-1', 'aws:SourceVpc': 'vpc-1' }
      }
    })
    expect(evaluateRequest(role([both]), session('s3:GetObject', OBJECT))).toMatchObject({
      decision: 'deny',
      reason: 'implicit-deny'
    })
  })

  it('Null on a key that is always there is decided; on one that may be absent it is not', () => {
    const absentRegion = only({
      Effect: 'Allow',
      Action: 's3:GetObject',
      Resource: '*',
      Condition: { Null: { 'aws:RequestedRegion': 'true' } }
    })
    expect(evaluateRequest(role([absentRegion]), session('s3:GetObject', OBJECT))).toMatchObject({
      decision: 'deny',
      reason: 'implicit-deny'
    })
    const presentRegion = only({
      Effect: 'Allow',
      Action: 's3:GetObject',
      Resource: '*',
      Condition: { Null: { 'aws:RequestedRegion': 'false' } }
    })
    expect(evaluateRequest(role([presentRegion]), session('s3:GetObject', OBJECT))).toMatchObject({
      decision: 'allow'
    })
    // aws:SourceIp is absent through a VPC endpoint.
    const noIp = only({
      Effect: 'Allow',
      Action: 's3:GetObject',
      Resource: '*',
      Condition: { Null: { 'aws:SourceIp': 'true' } }
    })
    expect(evaluateRequest(role([noIp]), session('s3:GetObject', OBJECT))).toMatchObject({
      decision: 'unknown',
      undecidedKeys: ['aws:SourceIp']
    })
    const result = evaluateRequest(role([noIp]), session('s3:GetObject', OBJECT))
    expect(result.notes.join('\n')).toMatch(/which AWS puts in most requests/)
  })

  it('a policy variable of an unknown key: in Resource, in NotResource, in a condition value', () => {
    const regional = only({
      Effect: 'Allow',
      Action: 'sqs:SendMessage',
      Resource: 'arn:aws:sqs:${aws:RequestedRegion}:1:q'
    })
    const queue = 'arn:aws:sqs:eu-west-1:1:q'
    expect(evaluateRequest(role([regional]), session('sqs:SendMessage', queue))).toMatchObject({
      decision: 'unknown',
      undecidedKeys: ['aws:RequestedRegion']
    })
    expect(
      evaluateRequest(
        role([regional]),
        session('sqs:SendMessage', queue, { 'aws:RequestedRegion': 'eu-west-1' })
      )
    ).toMatchObject({ decision: 'allow' })
    // A default is used only when the key is absent, and this one is present.
    const withDefault = only({
      Effect: 'Allow',
      Action: 'sqs:SendMessage',
      Resource: "arn:aws:sqs:${aws:RequestedRegion, 'eu-west-1'}:1:q"
    })
    expect(evaluateRequest(role([withDefault]), session('sqs:SendMessage', queue))).toMatchObject({
      decision: 'unknown'
    })

    const everywhereElse = only({
      Effect: 'Deny',
      Action: 'sqs:*',
      NotResource: 'arn:aws:sqs:${aws:RequestedRegion}:1:*'
    })
    const allowAll = only({ Effect: 'Allow', Action: 'sqs:*', Resource: '*' })
    expect(
      evaluateRequest(role([allowAll, everywhereElse]), session('sqs:SendMessage', queue))
    ).toMatchObject({
      decision: 'unknown',
      statements: [expect.objectContaining({ effect: 'Deny' })]
    })
    // Another, literal NotResource entry that matches decides: the statement excludes the queue.
    const excluded = only({
      Effect: 'Deny',
      Action: 'sqs:*',
      NotResource: ['arn:aws:sqs:${aws:RequestedRegion}:1:*', queue]
    })
    expect(evaluateRequest(role([allowAll, excluded]), session('sqs:SendMessage', queue))).toMatchObject({
      decision: 'allow'
    })

    const sameRegion = only({
      Effect: 'Allow',
      Action: 'kms:Decrypt',
      Resource: '*',
      Condition: { StringEquals: { 'kms:ViaService': 's3.${aws:RequestedRegion}.amazonaws.com' } }
    })
    expect(
      evaluateRequest(
        role([sameRegion]),
        session('kms:Decrypt', 'arn:aws:kms:eu-west-1:1:key/k', {
          'kms:ViaService': 's3.eu-west-1.amazonaws.com'
        })
      )
    ).toMatchObject({ decision: 'unknown', undecidedKeys: ['aws:RequestedRegion'] })
  })

  it('a malformed variable of an unknown key matches nothing, whatever the key: decided', () => {
    const malformed = only({
      Effect: 'Allow',
      Action: 's3:GetObject',
      Resource: 'arn:aws:s3:::b/${aws:userid, nodefault}/*'
    })
    expect(evaluateRequest(role([malformed]), session('s3:GetObject', 'arn:aws:s3:::b/x/y'))).toMatchObject({
      decision: 'deny',
      reason: 'implicit-deny'
    })
  })

  it('a boundary whose Allow turns on the key: the boundary, and so the answer, is unknown', () => {
    const admin = inline('Admin', doc({ Effect: 'Allow', Action: '*', Resource: '*' }))
    const boundary = doc({
      Sid: 'InHomeRegion',
      Effect: 'Allow',
      Action: '*',
      Resource: '*',
      Condition: { StringEquals: { 'aws:RequestedRegion': 'eu-west-1' } }
    })
    const result = evaluateRequest(role([admin], boundary), session('s3:GetObject', OBJECT))
    expect(result).toMatchObject({ decision: 'unknown', reason: 'unknown-context' })
    expect(result.boundary).toMatchObject({
      decision: 'unknown',
      statements: [expect.objectContaining({ sid: 'InHomeRegion', policyKind: 'boundary' })]
    })
    expect(
      evaluateRequest(
        role([admin], boundary),
        session('s3:GetObject', OBJECT, { 'aws:RequestedRegion': 'eu-west-1' })
      ).boundary
    ).toMatchObject({ decision: 'allow' })
  })

  it('with a policy RoleGate cannot read as well: the keys decide in some regions, that policy in the others, and the notes say both', () => {
    const policies = {
      ...role([read, regionLock]),
      unreadable: ['arn:aws:iam::111111111111:policy/external']
    }
    const result = evaluateRequest(policies, session('s3:GetObject', OBJECT))
    expect(result).toMatchObject({
      decision: 'unknown',
      reason: 'unknown-context',
      undecidedKeys: ['aws:RequestedRegion']
    })
    expect(result.notes.join('\n')).toMatch(/depends on aws:RequestedRegion/)
    expect(result.notes.join('\n')).toMatch(/cannot read arn:aws:iam::111111111111:policy\/external/)
    // Outside the home region the lock decides; inside it, the unreadable policy.
    const away = evaluateRequest(
      policies,
      session('s3:GetObject', OBJECT, { 'aws:RequestedRegion': 'us-east-1' })
    )
    expect(away).toMatchObject({ decision: 'deny', reason: 'explicit-deny' })
    const home = evaluateRequest(
      policies,
      session('s3:GetObject', OBJECT, { 'aws:RequestedRegion': 'eu-west-1' })
    )
    expect(home).toMatchObject({ decision: 'unknown', reason: 'unknown' })
    expect(home.undecidedKeys).toBeUndefined()
  })

  it('a decided answer that lists a statement applying only for some values says so in the notes', () => {
    const conditional = only({
      Sid: 'InHomeRegion',
      Effect: 'Allow',
      Action: 's3:GetObject',
      Resource: '*',
      Condition: { StringEquals: { 'aws:RequestedRegion': 'eu-west-1' } }
    })
    const sqsOnly = doc({ Effect: 'Allow', Action: 'sqs:*', Resource: '*' })
    // Denied in every region: nothing allows it elsewhere, and the boundary blocks it in eu-west-1.
    const result = evaluateRequest(role([conditional], sqsOnly), session('s3:GetObject', OBJECT))
    expect(result).toMatchObject({
      decision: 'deny',
      reason: 'boundary',
      statements: [expect.objectContaining({ sid: 'InHomeRegion' })]
    })
    expect(result.notes.join('\n')).toMatch(
      /Statement 0 of the inline policy "P" applies only for some values of aws:RequestedRegion, which the question does not give; the answer is the same for every value\./
    )
  })

  it('a request without `unknown` reads every key it does not give as absent, as before', () => {
    // The evaluator's corpus describes complete requests; only a role session's question leaves keys unknown.
    expect(evaluateRequest(role([read, regionLock]), request('s3:GetObject', OBJECT))).toMatchObject({
      decision: 'deny',
      reason: 'explicit-deny'
    })
  })

  it('lists the keys a role session leaves unknown, minus those given (in any case)', () => {
    const keys = unknownSessionKeys([['AWS:REQUESTEDREGION', ['eu-west-1']]])
    expect([...keys.values()].map(entry => entry.key)).toEqual([
      'aws:CurrentTime',
      'aws:EpochTime',
      'aws:SecureTransport',
      'aws:UserAgent',
      'aws:ViaAWSService',
      'aws:userid',
      'aws:TokenIssueTime',
      'aws:SourceIp',
      'aws:ResourceAccount'
    ])
  })
})
