import { ECS_TRUST, renderProject } from '../support/render-project.js'

/** A role r with the ECS trust (lines 3-8) and one inline policy P whose statements start at line 12. */
function role(statements: string): string {
  return `kind: Role\nname: r\n${ECS_TRUST}policies:\n  P:\n    Statement:\n${statements}`
}

function lines(rule: string, statements: string): string[] {
  return renderProject({ 'iam/r.yml': role(statements) })
    .findings.filter(finding => finding.rule === rule)
    .map(finding => `${finding.line}: ${finding.message}`)
}

/** One Allow statement on s3:GetObject with the given Condition block (its first key at line 16). */
const withCondition = (condition: string) => `      - Effect: Allow
        Action: s3:GetObject
        Resource: arn:aws:s3:::results/*
        Condition:
${condition}`

describe('invalid-condition-value', () => {
  it('flags values the operator cannot read: Numeric "bad", Null "maybe", Bool "yes", a non-CIDR, a non-date', () => {
    const found = lines(
      'invalid-condition-value',
      withCondition(`          NumericLessThan: { "aws:MultiFactorAuthAge": "bad" }
          "Null": { "aws:TokenIssueTime": "maybe" }
          Bool: { "aws:SecureTransport": "yes" }
          IpAddress: { "aws:SourceIp": ["10.0.0.0/8", "10.0.0.300/8", "10.0.0.0/33"] }
          DateLessThan: { "aws:CurrentTime": "next tuesday" }
`)
    )
    expect(found).toEqual([
      '16: inline policy P: statement 0: NumericLessThan aws:MultiFactorAuthAge "bad" is not a number; write digits such as 3600; IAM cannot compare it, so the condition never holds as written',
      '17: inline policy P: statement 0: Null aws:TokenIssueTime "maybe" is neither "true" (the key is absent) nor "false" (the key is present); IAM cannot compare it, so the condition never holds as written',
      '18: inline policy P: statement 0: Bool aws:SecureTransport "yes" is not a boolean; write "true" or "false"; IAM cannot compare it, so the condition never holds as written',
      expect.stringMatching(
        /^19: .*IpAddress aws:SourceIp "10\.0\.0\.300\/8" is not an IP address or CIDR range/
      ),
      expect.stringMatching(
        /^19: .*IpAddress aws:SourceIp "10\.0\.0\.0\/33" is not an IP address or CIDR range/
      ),
      expect.stringMatching(
        /^20: .*DateLessThan aws:CurrentTime "next tuesday" is not a date; write ISO 8601/
      )
    ])
  })

  it('flags an operator of the wrong type for a key the action database types', () => {
    expect(
      lines(
        'invalid-condition-value',
        withCondition('          DateGreaterThan: { "aws:SourceIp": "2026-01-01T00:00:00Z" }\n')
      )
    ).toEqual([
      '16: inline policy P: statement 0: DateGreaterThan compares Date values, but aws:SourceIp is an IPAddress key, so the condition never holds as written; use IpAddress or NotIpAddress for it'
    ])
  })

  it('accepts well-formed values, epoch seconds, IPv6, qualified operators and policy variables', () => {
    expect(
      lines(
        'invalid-condition-value',
        withCondition(`          NumericLessThanIfExists: { "aws:MultiFactorAuthAge": "3600" }
          "Null": { "aws:TokenIssueTime": "False" }
          Bool: { "aws:SecureTransport": "true" }
          NotIpAddress: { "aws:SourceIp": ["203.0.113.7", "2001:db8::/32"] }
          DateGreaterThan: { "aws:CurrentTime": ["2026-01-01", "2026-01-01T00:00:00Z", "1767225600"] }
          NumericLessThan: { "aws:EpochTime": "1767225600" }
          ArnLike: { "aws:PrincipalArn": "\${aws:PrincipalArn}" }
          StringEquals: { "aws:SecureTransport": "whatever a string compares" }
`)
      )
    ).toEqual([])
  })
})
