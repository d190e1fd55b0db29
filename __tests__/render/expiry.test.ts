/**
 * Time-bound grants at render: what has ended by `now` is left out of the desired state; the
 * loader keeps an unquoted YAML date a string; a bad `expires` or one without `reason` is a
 * schema error at its line.
 */
import { parseExpiry } from '../../src/definitions/expiry.js'
import { loadDefinitions } from '../../src/definitions/load.js'
import { ECS_TRUST, renderProject } from '../support/render-project.js'

const ROLE = `kind: Role
name: app
${ECS_TRUST}policies:
  Base:
    Statement:
      - Effect: Allow
        Action: s3:GetObject
        Resource: "arn:aws:s3:::{project}-{environment}-data/*"
  Debug:
    document:
      Statement:
        - Effect: Allow
          Action: logs:GetLogEvents
          Resource: "arn:aws:logs:{region}:{account}:log-group:/app:*"
    expires: 2026-12-31
    reason: "incident 42"
managedPolicies:
  - arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess
  - { arn: "arn:aws:iam::aws:policy/ReadOnlyAccess", expires: "2026-12-15T18:00:00Z", reason: audit }
`

const at = (iso: string) => new Date(iso)
const dev = (now: Date, files: Record<string, string> = { 'iam/app.yml': ROLE }) =>
  renderProject(files, undefined, now).state.environments.dev

describe('expires', () => {
  it('renders a grant until it ends and leaves it out from then on', () => {
    const before = dev(at('2026-12-15T17:59:59Z'))
    expect(Object.keys(before.roles[0].inlinePolicies)).toEqual(['Base', 'Debug'])
    expect(before.roles[0].managedPolicyArns).toEqual([
      'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess',
      'arn:aws:iam::aws:policy/ReadOnlyAccess'
    ])
    // The time-bound form renders the same document as the plain form would.
    expect(before.roles[0].inlinePolicies.Debug).toEqual({
      Statement: [
        {
          Effect: 'Allow',
          Action: 'logs:GetLogEvents',
          Resource: 'arn:aws:logs:us-east-1:111111111111:log-group:/app:*'
        }
      ]
    })

    const audited = dev(at('2026-12-15T18:00:00Z'))
    expect(audited.roles[0].managedPolicyArns).toEqual(['arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess'])
    expect(Object.keys(audited.roles[0].inlinePolicies)).toEqual(['Base', 'Debug'])
  })

  it('takes a date as the end of that day UTC', () => {
    expect(Object.keys(dev(at('2026-12-31T23:59:59.999Z')).roles[0].inlinePolicies)).toEqual([
      'Base',
      'Debug'
    ])
    expect(Object.keys(dev(at('2027-01-01T00:00:00Z')).roles[0].inlinePolicies)).toEqual(['Base'])
  })

  it('treats an expired role as not defined', () => {
    const files = { 'iam/app.yml': `${ROLE}expires: 2026-07-01\nreason: "migration MIG-3"\n` }
    expect(dev(at('2026-07-01T12:00:00Z'), files).roles.map(role => role.name)).toEqual(['demo-dev-app'])
    expect(dev(at('2026-07-02T00:00:00Z'), files).roles).toEqual([])
    const { findings } = renderProject(files, undefined, at('2026-07-02T00:00:00Z'))
    expect(findings.map(finding => finding.rule)).toEqual(['grant-expired'])
  })

  it('records every time-bound grant with where its expires was written', () => {
    const grants = dev(at('2026-12-20T00:00:00Z')).timeBoundGrants ?? []
    expect(
      grants.map(grant => ({ ...grant, location: `${grant.location.file}:${grant.location.line}` }))
    ).toEqual([
      {
        kind: 'managedPolicy',
        role: 'app',
        name: 'arn:aws:iam::aws:policy/ReadOnlyAccess',
        expires: '2026-12-15T18:00:00Z',
        endsAt: '2026-12-15T18:00:00.000Z',
        remainingMs: -(4 * 24 + 6) * 3_600_000,
        reason: 'audit',
        location: 'iam/app.yml:25'
      },
      {
        kind: 'inlinePolicy',
        role: 'app',
        name: 'Debug',
        expires: '2026-12-31',
        endsAt: '2027-01-01T00:00:00.000Z',
        remainingMs: 12 * 24 * 3_600_000,
        reason: 'incident 42',
        location: 'iam/app.yml:21'
      }
    ])
    // A state without time-bound grants carries no list.
    expect(
      dev(at('2026-12-20T00:00:00Z'), { 'iam/r.yml': `kind: Role\nname: r\n${ECS_TRUST}` })
    ).not.toHaveProperty('timeBoundGrants')
  })

  it('applies per environment: a grant in an override ends in that environment only', () => {
    const files = {
      'iam/app.yml': `kind: Role
name: app
${ECS_TRUST}overrides:
  prod:
    managedPolicies:
      - { arn: "arn:aws:iam::aws:policy/ReadOnlyAccess", expires: 2026-06-01, reason: "prod audit" }
`
    }
    const { state } = renderProject(files, undefined, at('2026-05-31T00:00:00Z'))
    expect(state.environments.prod.roles[0].managedPolicyArns).toEqual([
      'arn:aws:iam::aws:policy/ReadOnlyAccess'
    ])
    expect(state.environments.dev.roles[0].managedPolicyArns).toEqual([])
    const later = renderProject(files, undefined, at('2026-06-02T00:00:00Z'))
    expect(later.state.environments.prod.roles[0].managedPolicyArns).toEqual([])
  })

  it('keeps user-chosen policy names own keys, time-bound or not', () => {
    const files = {
      'iam/app.yml': `kind: Role
name: app
${ECS_TRUST}policies:
  __proto__:
    Statement: [{ Effect: Allow, Action: s3:GetObject, Resource: "*" }]
  constructor:
    document: { Statement: [{ Effect: Allow, Action: s3:ListBucket, Resource: "*" }] }
    expires: 2026-12-31
    reason: "incident 42"
`
    }
    const policies = dev(at('2026-12-01T00:00:00Z'), files).roles[0].inlinePolicies
    expect(Object.keys(policies)).toEqual(['__proto__', 'constructor'])
    expect(Object.getPrototypeOf(policies)).toBe(Object.prototype)
    expect(Object.keys(dev(at('2027-01-01T00:00:00Z'), files).roles[0].inlinePolicies)).toEqual(['__proto__'])
  })

  it('resolves a logical managed policy name in a time-bound entry', () => {
    const files = {
      'iam/app.yml': `kind: Role
name: app
${ECS_TRUST}managedPolicies:
  - { arn: shared-logs, expires: 2026-12-31, reason: "incident 42" }
`,
      'iam/logs.yml': `kind: ManagedPolicy
name: shared-logs
document:
  Statement:
    - Effect: Allow
      Action: logs:PutLogEvents
      Resource: "arn:aws:logs:{region}:{account}:log-group:/demo/*"
`
    }
    expect(dev(at('2026-12-01T00:00:00Z'), files).roles[0].managedPolicyArns).toEqual([
      'arn:aws:iam::111111111111:policy/demo-dev-shared-logs'
    ])
  })
})

describe('expires in the schema', () => {
  const schemaErrors = (body: string) =>
    loadDefinitions([{ path: 'iam/r.yml', text: `kind: Role\nname: r\n${ECS_TRUST}${body}` }]).findings.map(
      finding => `${finding.rule} ${finding.line}: ${finding.message}`
    )

  it('keeps an unquoted YAML date a string (js-yaml core schema), like JSON', () => {
    const loaded = loadDefinitions([
      { path: 'iam/r.yml', text: `kind: Role\nname: r\n${ECS_TRUST}expires: 2026-12-31\nreason: x\n` }
    ])
    expect(loaded.findings).toEqual([])
    expect(loaded.definitions[0].definition).toMatchObject({ expires: '2026-12-31' })
  })

  it.each([
    ['2026-12-31', '2027-01-01T00:00:00.000Z'],
    ['2028-02-29', '2028-03-01T00:00:00.000Z'],
    ['2026-12-31T18:00:00Z', '2026-12-31T18:00:00.000Z'],
    ['2026-12-31 18:00:00Z', '2026-12-31T18:00:00.000Z'],
    ['2026-12-31T18:00Z', '2026-12-31T18:00:00.000Z'],
    ['2026-12-31T18:00:00.250+02:00', '2026-12-31T16:00:00.250Z'],
    ['2026-12-31T18:00:00-0530', '2026-12-31T23:30:00.000Z']
  ])('parses %s as ending at %s', (written, endsAt) => {
    expect(parseExpiry(written)?.toISOString()).toBe(endsAt)
  })

  it.each([
    '2026-02-30',
    '2027-02-29',
    '2026-13-01',
    '31/12/2026',
    'tomorrow',
    '2026-12-31T18:00:00',
    '2026-12-31T24:00Z',
    ''
  ])('refuses %j', written => {
    expect(parseExpiry(written)).toBeUndefined()
  })

  it('reports an invalid date and a missing reason at the line of expires', () => {
    const format =
      'must be a date (2026-12-31: the end of that day UTC) or a timestamp with a zone (2026-12-31T18:00:00Z)'
    const needsReason =
      'a time-bound grant needs a reason: add reason: "…" beside expires, saying why it is temporary (an incident, a ticket)'
    expect(schemaErrors('expires: 2026-02-30\nreason: x\n')).toEqual([`schema 9: expires: ${format}`])
    expect(schemaErrors('expires: 2026-12-31\n')).toEqual([`schema 9: expires: ${needsReason}`])
    expect(schemaErrors('expires: 2026-12-31\nreason: "  "\n')).toEqual([
      'schema 10: reason: say why the grant is temporary: an incident, a ticket'
    ])
    expect(schemaErrors('reason: x\n')).toEqual([
      'schema 9: reason: a reason belongs to an expires: add expires, or remove reason'
    ])
    expect(
      schemaErrors(
        'policies:\n  Debug:\n    document: { Statement: [] }\n    expires: 2026-12-31T18:00:00\n    reason: x\n'
      )
    ).toEqual([`schema 12: policies.Debug.expires: ${format}`])
    expect(
      schemaErrors('policies:\n  Debug:\n    document: { Statement: [] }\n    expires: 2026-12-31\n')
    ).toEqual([`schema 12: policies.Debug.expires: ${needsReason}`])
    expect(schemaErrors('managedPolicies:\n  - { arn: x, expires: 2026-12-31 }\n')).toEqual([
      `schema 10: managedPolicies[0].expires: ${needsReason}`
    ])
  })

  it('explains a time-bound policy as one, and a plain document as one', () => {
    expect(
      schemaErrors(
        'policies:\n  Debug:\n    document: { Statement: [] }\n    expire: 2026-12-31\n    reason: x\n'
      )
    ).toEqual([
      'schema 11: policies.Debug.expires: required key is missing',
      'schema 12: policies.Debug: unknown key "expire" (did you mean "expires"?)'
    ])
    expect(schemaErrors('policies:\n  Debug:\n    Statment: []\n')).toEqual([
      'schema 11: policies.Debug.Statement: required key is missing'
    ])
    expect(
      schemaErrors('policies:\n  Debug:\n    document: {}\n    expires: 2026-12-31\n    reason: x\n')
    ).toEqual(['schema 11: policies.Debug.document.Statement: required key is missing'])
  })
})
