/**
 * Issue 13, "Rules blind to Deny": the least-privilege rules that say "on every resource" or
 * "every action" take the role's Deny statements into account (same policy, another inline policy,
 * an attached repo or AWS managed policy), say what a partial Deny leaves, mention a conditional
 * Deny without relying on it, and describe the statement as written (its condition).
 */
import { evaluateRequest, requestContext, rolePolicies } from '../../src/policy/evaluate/index.js'
import { ECS_TRUST, renderProject } from '../support/render-project.js'

/** A role r with the ECS trust and the given inline policies; the first statement of P is at line 12. */
function role(policies: Record<string, string>, extra = ''): string {
  const body = Object.entries(policies)
    .map(([name, statements]) => `  ${name}:\n    Statement:\n${statements}`)
    .join('')
  return `kind: Role\nname: r\n${ECS_TRUST}${extra}policies:\n${body}`
}

/** A kind: ManagedPolicy named `name` whose statements start at line 5. */
function managedPolicy(name: string, statements: string): string {
  return `kind: ManagedPolicy\nname: ${name}\ndocument:\n  Statement:\n${statements.replace(/^ {2}/gm, '')}`
}

function lines(rule: string, files: Record<string, string>): string[] {
  return renderProject(files)
    .findings.filter(finding => finding.rule === rule)
    .map(finding => `${finding.file}:${finding.line}: ${finding.message}`)
}

const inRole = (rule: string, policies: Record<string, string>, extra = '') =>
  lines(rule, { 'iam/r.yml': role(policies, extra) })

const ALLOW_PASS_ROLE = `      - Effect: Allow
        Action: iam:PassRole
        Resource: "*"
`

describe('pass-role-unscoped after Denies', () => {
  it('fires on Allow iam:PassRole "*" alone', () => {
    expect(inRole('pass-role-unscoped', { P: ALLOW_PASS_ROLE })).toEqual([
      expect.stringMatching(
        /^iam\/r\.yml:14: inline policy P: statement 0: iam:PassRole on Resource "\*" lets the role hand any role of the account, administrator roles included/
      )
    ])
  })

  it('does not fire when Deny iam:PassRole "*" sits in the same policy', () => {
    const statements = `${ALLOW_PASS_ROLE}      - Effect: Deny
        Action: iam:PassRole
        Resource: "*"
`
    expect(inRole('pass-role-unscoped', { P: statements })).toEqual([])
  })

  it('does not fire when the Deny is in another inline policy, or covers every role by pattern', () => {
    const deny = `      - Effect: Deny
        Action: iam:Pass*
        Resource: "arn:aws:iam::*:role/*"
`
    expect(inRole('pass-role-unscoped', { P: ALLOW_PASS_ROLE, Guard: deny })).toEqual([])
  })

  it('does not fire when an attached repo managed policy denies it', () => {
    const files = {
      'iam/r.yml': role({ P: ALLOW_PASS_ROLE }, 'managedPolicies:\n  - guard\n'),
      'iam/guard.yml': managedPolicy(
        'guard',
        '    - Effect: Deny\n      Action: iam:*\n      Resource: "*"\n'
      )
    }
    expect(lines('pass-role-unscoped', files)).toEqual([])
  })

  it('says what a Deny with NotResource leaves (iam:* only on sandbox roles), not "every role"', () => {
    const deny = `      - Sid: OnlySandbox
        Effect: Deny
        Action: iam:*
        NotResource: "arn:aws:iam::*:role/sandbox/*"
`
    expect(inRole('pass-role-unscoped', { P: ALLOW_PASS_ROLE, Guard: deny })).toEqual([
      'iam/r.yml:14: inline policy P: statement 0: iam:PassRole on Resource "*" is left only on arn:aws:iam::*:role/sandbox/* (the Deny in inline policy Guard statement "OnlySandbox" takes away the rest): the role can hand any of those roles to any AWS service (there is no iam:PassedToService condition either); name the roles it passes in Resource, e.g. arn:aws:iam::<account>:role/<name>'
    ])
  })

  it('says which roles a Deny on some of them takes away', () => {
    const deny = `      - Effect: Deny
        Action: iam:PassRole
        Resource: "arn:aws:iam::*:role/admin-*"
`
    const found = inRole('pass-role-unscoped', { P: ALLOW_PASS_ROLE, Guard: deny })
    expect(found).toEqual([
      expect.stringContaining(
        'lets the role hand any role of the account except arn:aws:iam::*:role/admin-* (denied in inline policy Guard statement 0) to any AWS service'
      )
    ])
    expect(found[0]).not.toContain('administrator roles included')
  })

  it('keeps the finding when the evaluator does not confirm the Deny (a mid-segment "*" does not cross ":")', () => {
    // As a plain glob "arn:aws:iam::*role/*" covers every role; IAM (and rolegate can) match ARNs
    // segment by segment, so it matches no role ARN, and the access stays.
    const deny = `      - Effect: Deny
        Action: iam:PassRole
        Resource: "arn:aws:iam::*role/*"
`
    expect(inRole('pass-role-unscoped', { P: ALLOW_PASS_ROLE, Guard: deny })).toEqual([
      expect.stringMatching(
        /^iam\/r\.yml:14: inline policy P: statement 0: iam:PassRole on Resource "\*" lets the role hand any role/
      )
    ])
  })

  it('keeps the finding when the Deny is conditional, and says under which condition', () => {
    const deny = `      - Effect: Deny
        Action: iam:PassRole
        Resource: "*"
        Condition: { StringNotEquals: { "aws:RequestedRegion": us-east-1 } }
`
    expect(inRole('pass-role-unscoped', { P: ALLOW_PASS_ROLE, Guard: deny })).toEqual([
      expect.stringMatching(
        /^iam\/r\.yml:14: .*administrator roles included, to any AWS service \(there is no iam:PassedToService condition either\); the Deny in inline policy Guard statement 0 takes it away only when its condition on aws:RequestedRegion holds; name the roles/
      )
    ])
  })

  it('counts a Deny of the permissions boundary, as the evaluator does', () => {
    const files = {
      'iam/r.yml': role({ P: ALLOW_PASS_ROLE }, 'permissionsBoundary: boundary\n'),
      'iam/boundary.yml': managedPolicy(
        'boundary',
        `    - Effect: Allow
      Action: "*"
      Resource: "*"
    - Effect: Deny
      Action: iam:PassRole
      Resource: "*"
`
      )
    }
    expect(lines('pass-role-unscoped', files)).toEqual([])
  })

  it('judges a kind: ManagedPolicy on its own statements only', () => {
    const files = {
      'iam/r.yml': role(
        { Guard: '      - Effect: Deny\n        Action: iam:PassRole\n        Resource: "*"\n' },
        'managedPolicies:\n  - passer\n'
      ),
      'iam/passer.yml': managedPolicy('passer', ALLOW_PASS_ROLE.replace(/^ {4}/gm, '  '))
    }
    expect(lines('pass-role-unscoped', files)).toEqual([
      expect.stringMatching(
        /^iam\/passer\.yml:7: managed policy passer: statement 0: iam:PassRole on Resource "\*" lets the role hand any role/
      )
    ])
  })
})

describe('privilege-escalation after Denies', () => {
  const allow = `      - Effect: Allow
        Action: [iam:PassRole, lambda:CreateFunction, lambda:InvokeFunction]
        Resource: "*"
`
  const denyPassRole = (resource: string) => `      - Effect: Deny
        Action: iam:PassRole
        Resource: "${resource}"
`

  it('drops the path when a Deny covers every role', () => {
    expect(inRole('privilege-escalation', { P: allow })).toEqual([
      expect.stringMatching(/^iam\/r\.yml:13: role r: privilege escalation "passrole-lambda-invoke"/)
    ])
    expect(
      inRole('privilege-escalation', { P: allow, Guard: denyPassRole('arn:aws:iam::*:role/*') })
    ).toEqual([])
  })

  it('keeps the path when the Deny matches no role (a mid-segment "*" does not cross ":")', () => {
    // As a plain glob "arn:aws:iam::*role/*" covers every role; IAM matches ARNs segment by
    // segment, so it denies no role, and the evaluator (rolegate can) still allows iam:PassRole.
    const guard = denyPassRole('arn:aws:iam::*role/*')
    const environment = renderProject({ 'iam/r.yml': role({ P: allow, Guard: guard }) }).state.environments
      .dev
    const decision = evaluateRequest(rolePolicies(environment.roles[0], environment), {
      action: 'iam:PassRole',
      resource: 'arn:aws:iam::111111111111:role/admin',
      context: requestContext([])
    })
    expect(decision.reason).toBe('allowed')
    expect(inRole('privilege-escalation', { P: allow, Guard: guard })).toEqual([
      expect.stringMatching(/^iam\/r\.yml:13: role r: privilege escalation "passrole-lambda-invoke"/)
    ])
  })
})

describe('wildcard-action after Denies', () => {
  const allowAll = '      - Effect: Allow\n        Action: "*"\n        Resource: "*"\n'

  it('does not fire when Allow "*" and Deny "*" are in two inline policies', () => {
    const denyAll = '      - Effect: Deny\n        Action: "*"\n        Resource: "*"\n'
    const found = renderProject({ 'iam/r.yml': role({ P: allowAll, Guard: denyAll }) }).findings.filter(
      finding => finding.severity === 'error'
    )
    expect(found.map(finding => finding.rule)).toEqual([])
  })

  it('does not fire when an attached AWS managed policy denies every action', () => {
    // AWSDenyAll: Deny "*" on "*".
    const files = {
      'iam/r.yml': role({ P: allowAll }, 'managedPolicies:\n  - arn:aws:iam::aws:policy/AWSDenyAll\n')
    }
    expect(lines('wildcard-action', files)).toEqual([])
  })

  it('names what a partial Deny takes away', () => {
    const deny = `      - Effect: Deny
        Action: iam:*
        NotResource: "arn:aws:iam::*:role/sandbox/*"
`
    expect(inRole('wildcard-action', { P: allowAll, Guard: deny })).toEqual([
      expect.stringMatching(
        /^iam\/r\.yml:13: inline policy P: statement 0: Action "\*" allows every action of every AWS service \([\d,]+ today, and every one AWS adds\); the Deny in inline policy Guard statement 0 takes away iam:\* on every resource except arn:aws:iam::\*:role\/sandbox\/\*; list the actions the role needs$/
      )
    ])
  })

  it('says so when the Allow "*" is under a condition', () => {
    const statements = `      - Effect: Allow
        Action: "*"
        Resource: "*"
        Condition: { IpAddress: { "aws:SourceIp": 203.0.113.0/24 } }
`
    expect(inRole('wildcard-action', { P: statements })).toEqual([
      expect.stringMatching(
        /^iam\/r\.yml:13: inline policy P: statement 0: Action "\*" under a condition \(aws:SourceIp\) allows every action of every AWS service \([\d,]+ today, and every one AWS adds\) whenever the condition holds; list the actions the role needs$/
      )
    ])
  })

  it('keeps the finding under a conditional Deny, naming its condition', () => {
    const deny = `      - Effect: Deny
        Action: "*"
        Resource: "*"
        Condition: { Bool: { "aws:MultiFactorAuthPresent": "false" } }
`
    expect(inRole('wildcard-action', { P: allowAll, Guard: deny })).toEqual([
      expect.stringContaining(
        'the Deny in inline policy Guard statement 0 takes it away only when its condition on aws:MultiFactorAuthPresent holds'
      )
    ])
  })
})

describe('service-wildcard after Denies', () => {
  it('does not fire when the service is denied, and names a Deny on part of it', () => {
    const allow = '      - Effect: Allow\n        Action: s3:*\n        Resource: "*"\n'
    expect(
      inRole('service-wildcard', {
        P: allow,
        Guard: '      - Effect: Deny\n        Action: s3:*\n        Resource: "*"\n'
      })
    ).toEqual([])
    expect(
      inRole('service-wildcard', {
        P: allow,
        Guard: '      - Effect: Deny\n        Action: s3:Delete*\n        Resource: "*"\n'
      })
    ).toEqual([
      expect.stringContaining(
        'the Deny in inline policy Guard statement 0 takes away s3:Delete* on every resource'
      )
    ])
  })
})

describe('service-wildcard after a Deny with NotAction', () => {
  it('names only what the Deny spares of the service', () => {
    const allow = '      - Effect: Allow\n        Action: s3:*\n        Resource: "*"\n'
    const deny = `      - Effect: Deny
        NotAction: [ec2:Describe*, s3:Get*, s3:List*]
        Resource: "*"
`
    expect(inRole('service-wildcard', { P: allow, Guard: deny })).toEqual([
      expect.stringContaining(
        'the Deny in inline policy Guard statement 0 takes away every action of "s3:*" except s3:Get*, s3:List* on every resource; list the actions'
      )
    ])
  })
})

describe('service-wildcard as written', () => {
  it('names the condition of the statement', () => {
    const statements = `      - Effect: Allow
        Action: s3:*
        Resource: "*"
        Condition: { StringEquals: { "aws:ResourceTag/team": data } }
`
    expect(inRole('service-wildcard', { P: statements })).toEqual([
      expect.stringMatching(
        /^iam\/r\.yml:13: inline policy P: statement 0: "s3:\*" under a condition \(aws:ResourceTag\/team\) allows all \d+ actions of Amazon S3 .*, and any AWS adds later, whenever the condition holds; list the actions/
      )
    ])
  })
})

describe('credentials-exposure and resource-wildcard-write after Denies', () => {
  it('drop the actions a Deny removes, and the finding with them', () => {
    const allow = `      - Effect: Allow
        Action: [iam:CreateAccessKey, iam:CreateLoginProfile]
        Resource: "*"
`
    const deny = '      - Effect: Deny\n        Action: iam:*\n        Resource: "*"\n'
    expect(inRole('credentials-exposure', { P: allow })).toHaveLength(1)
    expect(inRole('credentials-exposure', { P: allow, Guard: deny })).toEqual([])
    expect(inRole('resource-wildcard-write', { P: allow })).toHaveLength(1)
    expect(inRole('resource-wildcard-write', { P: allow, Guard: deny })).toEqual([])
  })

  it('keep only what is left, and say where it is left', () => {
    const allow = `      - Effect: Allow
        Action: [iam:CreateAccessKey, sts:AssumeRole]
        Resource: "*"
`
    // Deny iam:* except on users under /ci/: sts:AssumeRole untouched, CreateAccessKey only on ci users.
    const deny = `      - Effect: Deny
        Action: iam:*
        NotResource: "arn:aws:iam::*:user/ci/*"
`
    expect(inRole('credentials-exposure', { P: allow, Guard: deny })).toEqual([
      'iam/r.yml:13: inline policy P: statement 0: allows actions that return credentials, with no condition: iam:CreateAccessKey (a new access key of any IAM user), sts:AssumeRole (credentials of every role that trusts this account); iam:CreateAccessKey is left only on arn:aws:iam::*:user/ci/* (the Deny in inline policy Guard statement 0 takes away the rest); name the users, roles or resources in Resource, or add a condition'
    ])
  })

  it('treat a Deny with NotResource that names no resource of the action as denying it everywhere', () => {
    // iam:CreateAccessKey acts on users; a Deny sparing only sandbox roles leaves it nothing.
    const allow = '      - Effect: Allow\n        Action: iam:CreateAccessKey\n        Resource: "*"\n'
    const deny = `      - Effect: Deny
        Action: iam:*
        NotResource: "arn:aws:iam::*:role/sandbox/*"
`
    expect(inRole('credentials-exposure', { P: allow, Guard: deny })).toEqual([])
    expect(inRole('resource-wildcard-write', { P: allow, Guard: deny })).toEqual([])
  })

  it('resource-wildcard-write lists only the actions left and says which a Deny narrows', () => {
    const allow = `      - Effect: Allow
        Action: [s3:PutObject, s3:DeleteObject, sqs:SendMessage]
        Resource: "*"
`
    const deny = `      - Effect: Deny
        Action: s3:*
        NotResource: "arn:aws:s3:::uploads/*"
      - Effect: Deny
        Action: sqs:SendMessage
        Resource: "*"
`
    expect(inRole('resource-wildcard-write', { P: allow, Guard: deny })).toEqual([
      expect.stringMatching(
        /^iam\/r\.yml:14: inline policy P: statement 0: 2 write actions on Resource "\*" although they can be limited to named resources: s3:PutObject, s3:DeleteObject; s3:PutObject, s3:DeleteObject are left only on arn:aws:s3:::uploads\/\* \(the Deny in inline policy Guard statement 0 takes away the rest\); list the ARNs instead/
      )
    ])
  })
})

describe('lint and the evaluator (rolegate can) agree', () => {
  /** pass-role-unscoped findings of role r, and the evaluator's decision for iam:PassRole on each role ARN in dev. */
  function both(guard: string, roles: string[]): { findings: number; decisions: string[] } {
    const rendered = renderProject({ 'iam/r.yml': role({ P: ALLOW_PASS_ROLE, Guard: guard }) })
    const environment = rendered.state.environments.dev
    const policies = rolePolicies(environment.roles[0], environment)
    const decisions = roles.map(
      name =>
        `${name}: ${evaluateRequest(policies, { action: 'iam:PassRole', resource: `arn:aws:iam::111111111111:role/${name}`, context: requestContext([]) }).reason}`
    )
    // One finding for both environments (same line, same message).
    const findings = rendered.findings.filter(finding => finding.rule === 'pass-role-unscoped').length
    return { findings, decisions }
  }

  it('no finding where every role is denied; a finding where the evaluator still allows some', () => {
    const denyAll = '      - Effect: Deny\n        Action: iam:PassRole\n        Resource: "*"\n'
    expect(both(denyAll, ['admin', 'sandbox/app'])).toEqual({
      findings: 0,
      decisions: ['admin: explicit-deny', 'sandbox/app: explicit-deny']
    })
    const sandboxOnly = `      - Effect: Deny
        Action: iam:*
        NotResource: "arn:aws:iam::*:role/sandbox/*"
`
    expect(both(sandboxOnly, ['admin', 'sandbox/app'])).toEqual({
      findings: 1,
      decisions: ['admin: explicit-deny', 'sandbox/app: allowed']
    })
    const midSegment =
      '      - Effect: Deny\n        Action: iam:PassRole\n        Resource: "arn:aws:iam::*role/*"\n'
    expect(both(midSegment, ['admin'])).toEqual({ findings: 1, decisions: ['admin: allowed'] })
  })
})
