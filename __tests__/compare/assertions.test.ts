/**
 * Assertion flips in the change model: each `expect:` assertion of a role is checked on the base
 * and the head by the access-assertion rule's own function; a change of outcome, or of the decision
 * of one of its requests, is carried on the RoleChange with the assertion's file:line.
 */
import { compareStates } from '../../src/compare/compare.js'
import type { RoleChange } from '../../src/compare/model.js'
import { ECS_TRUST, renderProject } from '../support/render-project.js'

const BUCKET = 'arn:aws:s3:::data/*'

const EXPECT = `expect:
  - deny: s3:DeleteObject
    resource: "${BUCKET}"
  - allow: [s3:GetObject, s3:PutObject]
    resource: "${BUCKET}"
`

function role(actions: string, extra = ''): string {
  return `kind: Role
name: app
${ECS_TRUST}${EXPECT}${extra}policies:
  App:
    Statement:
      - Effect: Allow
        Action: [${actions}]
        Resource: "${BUCKET}"
`
}

function diff(before: string, after: string): RoleChange {
  const base = renderProject({ 'iam/app.yml': before })
  const head = renderProject({ 'iam/app.yml': after })
  return compareStates(base.state, head.state).environments.dev.roles[0]
}

describe('assertion flips', () => {
  it('granting s3:DeleteObject flips the deny assertion to failing, with the request and the line', () => {
    const change = diff(
      role('s3:GetObject, s3:PutObject'),
      role('s3:GetObject, s3:PutObject, s3:DeleteObject')
    )
    expect(change.assertions).toEqual([
      {
        assertion: expect.objectContaining({
          expect: 'deny',
          actions: ['s3:DeleteObject'],
          resources: [BUCKET],
          index: 0,
          location: expect.objectContaining({ file: 'iam/app.yml', line: 10 })
        }),
        before: 'passed',
        after: 'failed',
        requests: [{ action: 's3:DeleteObject', resource: BUCKET, before: 'deny', after: 'allow' }]
      }
    ])
  })

  it('a grant that makes a failing allow assertion pass is a flip too', () => {
    const change = diff(role('s3:GetObject'), role('s3:GetObject, s3:PutObject'))
    expect(change.assertions).toEqual([
      expect.objectContaining({
        assertion: expect.objectContaining({ expect: 'allow', index: 1 }),
        before: 'failed',
        after: 'passed',
        requests: [{ action: 's3:PutObject', resource: BUCKET, before: 'deny', after: 'allow' }]
      })
    ])
  })

  it('a change that flips no decision carries no assertions', () => {
    const change = diff(
      role('s3:GetObject, s3:PutObject'),
      role('s3:GetObject, s3:PutObject, s3:GetObjectVersion')
    )
    expect(change.verdict).toBe('broadens')
    expect(change.assertions).toBeUndefined()
    const untouched = diff(role('s3:GetObject'), role('s3:GetObject'))
    expect(untouched.assertions).toBeUndefined()
  })

  it('an assertion the change deletes is still checked as the base wrote it, and says so', () => {
    const before = role('s3:GetObject, s3:PutObject')
    const after = role('s3:GetObject, s3:PutObject, s3:DeleteObject').replace(
      `  - deny: s3:DeleteObject\n    resource: "${BUCKET}"\n`,
      ''
    )
    const change = diff(before, after)
    expect(change.assertions).toEqual([
      expect.objectContaining({
        assertion: expect.objectContaining({ expect: 'deny', actions: ['s3:DeleteObject'] }),
        before: 'passed',
        after: 'failed',
        removed: true
      })
    ])
  })

  it('a Deny the boundary adds flips an allow assertion to failing', () => {
    const boundary = `---\nkind: ManagedPolicy\nname: guard\ndocument:\n  Statement:\n    - Effect: Allow\n      Action: "*"\n      Resource: "*"\n`
    const withDeny = boundary + `    - Effect: Deny\n      Action: s3:PutObject\n      Resource: "*"\n`
    const change = diff(
      role('s3:GetObject, s3:PutObject', 'permissionsBoundary: guard\n') + boundary,
      role('s3:GetObject, s3:PutObject', 'permissionsBoundary: guard\n') + withDeny
    )
    expect(change).toMatchObject({ change: 'unchanged', verdict: 'narrows', boundaryDocumentChanged: true })
    expect(change.assertions).toEqual([
      expect.objectContaining({
        before: 'passed',
        after: 'failed',
        requests: [{ action: 's3:PutObject', resource: BUCKET, before: 'allow', after: 'deny' }]
      })
    ])
  })

  it('an assertion edited in place with the policy (a narrowing PR) breaks nothing', () => {
    const before = role('s3:GetObject, s3:PutObject')
    const after = role('s3:GetObject').replace(
      '  - allow: [s3:GetObject, s3:PutObject]',
      '  - allow: [s3:GetObject]'
    )
    const change = diff(before, after)
    expect(change.verdict).toBe('narrows')
    expect(change.assertions).toBeUndefined()
  })
})
