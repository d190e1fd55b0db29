/**
 * access-assertion (issue 15 item 3): each `expect:` entry of a role must hold in every environment
 * it applies to; a failing one is an error on the entry's line that says what decided, and an
 * answer RoleGate cannot know fails closed.
 */
import type { Finding } from '../../src/model/findings.js'
import { BASIC_CONFIG } from '../support/temp-project.js'
import { ECS_TRUST, renderProject } from '../support/render-project.js'

const RESULTS = `  S3Access:
    Statement:
      - Sid: ReadWriteResults
        Effect: Allow
        Action: [s3:GetObject, s3:PutObject, s3:DeleteObject]
        Resource: "arn:aws:s3:::demo-{environment}-results/*"
`

/** A role file: line 1 kind, 2 name, trust (6 lines), policies, then `expect:` at the end. */
function role(policies: string, expect: string, extra = ''): string {
  return `kind: Role\nname: app\n${ECS_TRUST}${extra}policies:\n${policies}expect:\n${expect}`
}

function assertionFindings(files: Record<string, string>, config = BASIC_CONFIG): Finding[] {
  return renderProject(files, config).findings.filter(finding => finding.rule === 'access-assertion')
}

/** The line of the first `expect:` entry in `text` that contains `marker`. */
function lineOf(text: string, marker: string): number {
  return text.split('\n').findIndex(line => line.includes(marker)) + 1
}

describe('access-assertion', () => {
  it('raises nothing when every assertion holds, in every environment', () => {
    const text = role(
      RESULTS,
      `  - allow: [s3:GetObject, s3:PutObject]
    resource: "arn:aws:s3:::demo-{environment}-results/runs/1.json"
  - deny: [s3:DeleteBucket, s3:GetObject]
    resource: ["arn:aws:s3:::demo-{environment}-results", "arn:aws:s3:::other-bucket/x"]
`
    )
    expect(assertionFindings({ 'iam/app.yml': text })).toEqual([])
  })

  it('a deny the policies break: error at the entry, naming the statement that allows it with file:line', () => {
    const text = role(
      RESULTS,
      `  - deny: s3:DeleteObject
    resource: "arn:aws:s3:::demo-{environment}-results/runs/1.json"
`
    )
    const findings = assertionFindings({ 'iam/app.yml': text })
    expect(findings).toHaveLength(2) // the resource names the environment: one finding per environment
    const [dev] = findings
    expect(dev).toMatchObject({
      severity: 'error',
      file: 'iam/app.yml',
      line: lineOf(text, '- deny: s3:DeleteObject'),
      role: 'app',
      environment: 'dev'
    })
    expect(dev.message).toBe(
      `expect[0]: expected app to be denied s3:DeleteObject on arn:aws:s3:::demo-dev-results/runs/1.json, but inline policy S3Access, statement 0 (Sid ReadWriteResults) at iam/app.yml:${lineOf(text, 'Sid: ReadWriteResults')} allows it; narrow that statement or add a Deny, or correct the assertion`
    )
  })

  it("checks with the keys AWS sets for the role's session: a tag-based (ABAC) allow holds", () => {
    const text = role(
      `  TeamHome:
    Version: 2012-10-17
    Statement:
      - Effect: Allow
        Action: s3:GetObject
        Resource: "arn:aws:s3:::home/\${aws:PrincipalTag/team}/*"
`,
      `  - allow: s3:GetObject
    resource: "arn:aws:s3:::home/data/report.csv"
  - deny: s3:GetObject
    resource: "arn:aws:s3:::home/web/report.csv"
`,
      'tags: { team: data }\n'
    )
    expect(assertionFindings({ 'iam/app.yml': text })).toEqual([])
  })

  it('an allow nothing grants: "no statement allows it"; the same message in two environments is one finding', () => {
    const text = role(RESULTS, `  - allow: sqs:SendMessage\n    resource: "*"\n`)
    const findings = assertionFindings({ 'iam/app.yml': text })
    expect(findings).toHaveLength(1)
    expect(findings[0].environments).toEqual(['dev', 'prod'])
    expect(findings[0].message).toMatch(
      /^expect\[0\]: expected app to be allowed sqs:SendMessage on \*, but no statement allows it \(implicit deny\)/
    )
  })

  it('an allow a Deny blocks names the Deny statement and its line', () => {
    const policies = `${RESULTS}  Guard:
    Statement:
      - Sid: KeepResults
        Effect: Deny
        Action: s3:DeleteObject
        Resource: "*"
`
    const text = role(
      policies,
      `  - allow: s3:DeleteObject\n    resource: "arn:aws:s3:::demo-{environment}-results/x"\n`
    )
    const [finding] = assertionFindings({ 'iam/app.yml': text })
    expect(finding.message).toContain(
      `but it is denied by inline policy Guard, statement 0 (Sid KeepResults) at iam/app.yml:${lineOf(text, 'Sid: KeepResults')}`
    )
  })

  it('a deny that only a region lock seems to give fails until the assertion names the region', () => {
    // Every request carries aws:RequestedRegion. Read as absent, the lock denied everything, and
    // this assertion passed while the role could delete results in its home region.
    const policies = `${RESULTS}  RegionLock:
    Statement:
      - Sid: HomeRegionOnly
        Effect: Deny
        NotAction: "iam:*"
        Resource: "*"
        Condition: { StringNotEquals: { "aws:RequestedRegion": "{region}" } }
`
    const unsaid = role(
      policies,
      `  - deny: s3:DeleteObject\n    resource: "arn:aws:s3:::demo-{environment}-results/x"\n`
    )
    const [unknown] = assertionFindings({ 'iam/app.yml': unsaid })
    expect(unknown.message).toBe(
      `expect[0]: cannot tell whether app is denied s3:DeleteObject on arn:aws:s3:::demo-dev-results/x: the Deny of inline policy RegionLock, statement 0 (Sid HomeRegionOnly) at iam/app.yml:${lineOf(unsaid, 'Sid: HomeRegionOnly')} applies for some values of aws:RequestedRegion, which requests of the role carry. The assertion fails until it says which: add "aws:RequestedRegion": "{region}" to its context`
    )

    const home = role(
      policies,
      `  - deny: s3:DeleteObject
    resource: "arn:aws:s3:::demo-{environment}-results/x"
    context: { "aws:RequestedRegion": "{region}" }
  - deny: s3:DeleteObject
    resource: "arn:aws:s3:::demo-{environment}-results/x"
    context: { "aws:RequestedRegion": "ap-south-2" }
`
    )
    const findings = assertionFindings({ 'iam/app.yml': home })
    expect(findings.map(finding => finding.message)).toEqual([
      expect.stringMatching(
        /^expect\[0\]: expected app to be denied s3:DeleteObject .* but inline policy S3Access, statement 0 \(Sid ReadWriteResults\)/
      ),
      expect.stringMatching(
        /^expect\[0\]: expected app to be denied s3:DeleteObject .* but inline policy S3Access/
      )
    ])
  })

  it('an allow the permissions boundary blocks says so, naming the identity statement and the boundary', () => {
    const boundary = `kind: ManagedPolicy
name: boundary
document:
  Statement:
    - Effect: Allow
      Action: s3:GetObject
      Resource: "*"
`
    const text = role(
      RESULTS,
      `  - allow: s3:PutObject\n    resource: "arn:aws:s3:::demo-{environment}-results/x"\n`,
      'permissionsBoundary: boundary\n'
    )
    const findings = assertionFindings({ 'iam/app.yml': text, 'iam/boundary.yml': boundary })
    expect(findings.map(finding => finding.message)).toEqual([
      expect.stringContaining(
        `inline policy S3Access, statement 0 (Sid ReadWriteResults) at iam/app.yml:${lineOf(text, 'Sid: ReadWriteResults')} allows it, but the permissions boundary arn:aws:iam::111111111111:policy/demo-dev-boundary does not`
      ),
      expect.stringContaining(
        'permissions boundary arn:aws:iam::333333333333:policy/demo-prod-boundary does not'
      )
    ])
  })

  it('fails closed when the boundary cannot be read, and says which policy to define', () => {
    const text = role(
      RESULTS,
      `  - allow: s3:GetObject
    resource: "arn:aws:s3:::demo-{environment}-results/x"
  - deny: s3:DeleteObject
    resource: "arn:aws:s3:::demo-{environment}-results/x"
  - deny: sqs:SendMessage
    resource: "*"
`,
      'permissionsBoundary: "arn:aws:iam::{account}:policy/someone-elses-boundary"\n'
    )
    const findings = assertionFindings({ 'iam/app.yml': text })
    const dev = findings.filter(
      finding => finding.environment === 'dev' || finding.environments?.includes('dev')
    )
    // Both entries the identity policy allows are unknown; the implicit deny needs no boundary.
    expect(dev.map(finding => finding.line)).toEqual([
      lineOf(text, '- allow: s3:GetObject'),
      lineOf(text, '- deny: s3:DeleteObject')
    ])
    expect(dev[0].message).toBe(
      'expect[0]: cannot tell whether app is allowed s3:GetObject on arn:aws:s3:::demo-dev-results/x: the permissions boundary arn:aws:iam::111111111111:policy/someone-elses-boundary is not defined in this repository. The assertion fails until RoleGate can read it: define that policy in this repository as a kind: ManagedPolicy, or remove the assertion'
    )
  })

  it('reads the boundary rolegate bootstrap creates (defaults.permissionsBoundary in the account)', () => {
    const config = BASIC_CONFIG.replace(
      'defaults:\n',
      'defaults:\n  permissionsBoundary: "arn:{partition}:iam::{account}:policy/rolegate-boundary"\n'
    )
    const text = role(
      `${RESULTS}  Admin:
    Statement:
      - Effect: Allow
        Action: "*"
        Resource: "*"
`,
      `  - allow: s3:GetObject
    resource: "arn:aws:s3:::demo-{environment}-results/x"
  - deny: [iam:CreateUser, organizations:LeaveOrganization]
    resource: "*"
`
    )
    expect(assertionFindings({ 'iam/app.yml': text }, config)).toEqual([])
  })

  it('a wildcard action stands for every action it matches: each must hold, and the message names the failing ones', () => {
    const policies = `${RESULTS}  Pass:
    Statement:
      - Effect: Allow
        Action: [iam:PassRole, iam:GetRole]
        Resource: "*"
`
    const text = role(policies, `  - deny: iam:*\n    resource: "*"\n`)
    const [finding] = assertionFindings({ 'iam/app.yml': text })
    expect(finding.message).toMatch(
      /^expect\[0\]: expected app to be denied iam:GetRole on \*, but inline policy Pass/
    )
    expect(finding.message).toMatch(
      /\(also failing: iam:PassRole on \*; 2 of the \d+ requests it stands for\)$/
    )
  })

  it('an action AWS does not have fails the entry, with a suggestion, instead of passing a deny by matching nothing', () => {
    const text = role(RESULTS, `  - deny: [s3:DeleteObjekt, s3:Nothing*]\n    resource: "*"\n`)
    const [finding] = assertionFindings({ 'iam/app.yml': text })
    expect(finding.message).toBe(
      'expect[0] of app names actions AWS does not have: s3:DeleteObjekt (did you mean s3:DeleteObject?), s3:Nothing*; correct the action name, or the assertion checks nothing'
    )
  })

  it('a resource that is not an ARN fails the entry at the resource, instead of passing a deny by matching nothing', () => {
    // The role can read this object: without the check, the deny passed.
    const text = role(
      RESULTS,
      `  - deny: s3:GetObject
    resource: "s3:::demo-{environment}-results/a"
  - deny: s3:GetObject
    resource:
      - "arn:aws:s3:::other-bucket/x"
      - "other-bucket/y"
`
    )
    const findings = assertionFindings({ 'iam/app.yml': text })
    expect(findings.map(f => [f.severity, f.line, f.environment, f.message])).toEqual([
      [
        'error',
        lineOf(text, 'resource: "s3:::'),
        'dev',
        'expect[0] of app names a resource that is not an ARN: "s3:::demo-dev-results/a" (must be "*" or start with "arn:"); write the resource\'s ARN (arn:aws:s3:::bucket/key) or "*", or the assertion checks nothing'
      ],
      [
        'error',
        lineOf(text, 'resource: "s3:::'),
        'prod',
        expect.stringContaining('"s3:::demo-prod-results/a"')
      ],
      [
        'error',
        lineOf(text, '- "other-bucket/y"'),
        'dev',
        expect.stringContaining('expect[1] of app names a resource that is not an ARN: "other-bucket/y"')
      ]
    ])
    expect(findings[2].environments).toEqual(['dev', 'prod'])
    expect(findings.every(f => f.missingAccess === undefined)).toBe(true)
  })

  it('an AWS managed ARN RoleGate does not know fails closed, and says to correct the ARN, not to define it', () => {
    const text = role(
      RESULTS,
      `  - deny: s3:DeleteBucket\n    resource: "*"\n`,
      'managedPolicies: ["arn:aws:iam::aws:policy/AmazonECSTaskExecutionRolePolicy"]\n'
    )
    const [finding] = assertionFindings({ 'iam/app.yml': text })
    expect(finding.message).toBe(
      "expect[0]: cannot tell whether app is denied s3:DeleteBucket on *: attached policy arn:aws:iam::aws:policy/AmazonECSTaskExecutionRolePolicy is not in RoleGate's list of AWS managed policies. The assertion fails until RoleGate can read it: correct the ARN (see unknown-aws-managed-policy), or remove the assertion"
    )
  })

  it('"*" and ARN patterns are resources, not findings', () => {
    const text = role(RESULTS, `  - deny: sqs:SendMessage\n    resource: ["*", "arn:aws:sqs:*"]\n`)
    expect(assertionFindings({ 'iam/app.yml': text })).toEqual([])
  })

  it('environments: limits an entry to those environments', () => {
    const text = role(RESULTS, `  - allow: sqs:SendMessage\n    resource: "*"\n    environments: [prod]\n`)
    const findings = assertionFindings({ 'iam/app.yml': text })
    expect(findings.map(finding => [finding.environment, finding.environments])).toEqual([
      ['prod', undefined]
    ])
  })

  it('context: a repeated value makes a multi-valued key (ForAllValues / ForAnyValue)', () => {
    const policies = `  Tags:
    Statement:
      - Effect: Allow
        Action: ec2:CreateTags
        Resource: "*"
        Condition:
          ForAllValues:StringEquals: { "aws:TagKeys": [team, cost-center] }
`
    const text = role(
      policies,
      `  - allow: ec2:CreateTags
    resource: "arn:aws:ec2:us-east-1:{account}:instance/i-1"
    context: { "aws:TagKeys": [team, cost-center] }
  - deny: ec2:CreateTags
    resource: "arn:aws:ec2:us-east-1:{account}:instance/i-1"
    context: { "aws:TagKeys": [team, owner] }
`
    )
    expect(assertionFindings({ 'iam/app.yml': text })).toEqual([])
  })

  it('context keys are user input: constructor and __proto__ are plain keys', () => {
    const text = role(
      RESULTS,
      `  - deny: s3:DeleteObject
    resource: "arn:aws:s3:::demo-{environment}-results/x"
    context: { constructor: x, __proto__: y }
`
    )
    const findings = assertionFindings({ 'iam/app.yml': text })
    expect(findings[0].message).toContain(
      'expected app to be denied s3:DeleteObject on arn:aws:s3:::demo-dev-results/x with constructor=x __proto__=y'
    )
    expect(({} as Record<string, unknown>).y).toBeUndefined()
  })

  it('a suppression with a reason silences it like any rule', () => {
    const text = role(
      RESULTS,
      `  - deny: s3:DeleteObject\n    resource: "arn:aws:s3:::demo-{environment}-results/x"\n`,
      'suppress:\n  - { rule: access-assertion, reason: "cleanup job pending (TICKET-7)" }\n'
    )
    const findings = assertionFindings({ 'iam/app.yml': text })
    expect(findings.length).toBeGreaterThan(0)
    expect(findings.every(finding => finding.suppressed?.reason === 'cleanup job pending (TICKET-7)')).toBe(
      true
    )
  })
})
