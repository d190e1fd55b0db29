/**
 * Issue 16 item 6: wildcard patterns from a pull request cannot make matching exponential or
 * throw. The cost is asserted as the matcher's step count, not as time.
 */
import { expandActionPattern } from '../../src/policy/action-db.js'
import { arnMatchesResourceType } from '../../src/policy/arn.js'
import { wildcardCovers, wildcardMatch, wildcardSteps } from '../../src/policy/wildcard.js'
import { globMatches } from '../../src/lint/rules/trust-common.js'
import { renderProject } from '../support/render-project.js'

function cost<T>(run: () => T): { result: T; steps: number } {
  const before = wildcardSteps()
  const result = run()
  return { result, steps: wildcardSteps() - before }
}

/** The same question answered by a plain dynamic-programming glob match (no regex). */
function reference(pattern: string, value: string): boolean {
  let row = [true, ...Array<boolean>(value.length).fill(false)]
  for (const char of pattern) {
    const next = Array<boolean>(value.length + 1).fill(false)
    if (char === '*') {
      next[0] = row[0]
      for (let j = 1; j <= value.length; j++) next[j] = row[j] || next[j - 1]
    } else {
      for (let j = 1; j <= value.length; j++) next[j] = row[j - 1] && (char === '?' || char === value[j - 1])
    }
    row = next
  }
  return row[value.length]
}

describe('wildcard matching is linear-ish, never exponential', () => {
  it('answers `s3:*?*?*?*?*?*?*?*?*?Z` (93 s with a RegExp) in a few hundred steps', () => {
    const pattern = 's3:*?*?*?*?*?*?*?*?*?Z'
    const value = 's3:' + 'a'.repeat(40)
    const { result, steps } = cost(() => wildcardMatch(pattern, value, true))
    expect(result).toBe(false)
    expect(steps).toBeLessThan(500)
    // Twice the stars, twice the text: the cost grows polynomially (here linearly), not ×5.5 per `*?`.
    const longer = cost(() => wildcardMatch('s3:' + '*?'.repeat(18) + 'Z', 's3:' + 'a'.repeat(80), true))
    expect(longer.result).toBe(false)
    expect(longer.steps).toBeLessThan(1_000)
  })

  it('handles `s3:` + `*a`×8000 and `*`×30000 without throwing', () => {
    const stars = '*'.repeat(30_000)
    const manyA = 's3:' + '*a'.repeat(8000)
    let outcome = cost(() => wildcardMatch(stars, 's3:GetObject', true))
    expect(outcome.result).toBe(true)
    expect(outcome.steps).toBeLessThan(40_000)
    outcome = cost(() => wildcardMatch(manyA, 's3:' + 'a'.repeat(8000), true))
    expect(outcome.result).toBe(true)
    expect(outcome.steps).toBeLessThan(100_000)
    outcome = cost(() => wildcardMatch(manyA, 's3:' + 'a'.repeat(7999), true))
    expect(outcome.result).toBe(false)
    expect(outcome.steps).toBeLessThan(100_000)
    expect(() => expandActionPattern(stars)).not.toThrow()
    expect(expandActionPattern(manyA)).toEqual([])
    expect(expandActionPattern('s3:' + '*'.repeat(30_000) + 'object')).toEqual(
      expandActionPattern('s3:*object')
    )
    expect(globMatches(manyA, 'sts:AssumeRole')).toBe(false)
  })

  it('stays within value × pattern steps on the classic worst case', () => {
    const value = 'a'.repeat(2000)
    const pattern = '*' + 'a'.repeat(50) + 'b*'
    const { result, steps } = cost(() => wildcardMatch(pattern, value, false))
    expect(result).toBe(false)
    expect(steps).toBeLessThanOrEqual(value.length * pattern.length)
  })

  it('expands a hostile Action through render and lint in bounded steps', () => {
    const role = `kind: Role
name: r
trust:
  Statement:
    - Effect: Allow
      Principal: { Service: lambda.amazonaws.com }
      Action: ["sts:*?*?*?*?*?*?*?*?*?Z", "${'*'.repeat(3000)}"]
policies:
  P:
    Statement:
      - Effect: Allow
        Action: ["s3:*?*?*?*?*?*?*?*?*?Z", "s3:${'*a'.repeat(2000)}"]
        Resource: "*"
`
    const { steps } = cost(() => renderProject({ 'iam/r.yml': role }))
    expect(steps).toBeLessThan(20_000_000)
  })

  it('decides whether a pattern covers a literal resource with the same matcher', () => {
    const outer = 'arn:aws:s3:::b/' + '*a'.repeat(2000)
    const inner = 'arn:aws:s3:::b/' + 'a'.repeat(10_000)
    const { result, steps } = cost(() => wildcardCovers(outer, inner, false))
    expect(result).toBe(true)
    expect(steps).toBeLessThan(50_000)
    expect(wildcardCovers(outer, inner + 'b', false)).toBe(false)
  })

  it('gives the same answers as a reference glob matcher', () => {
    const patterns = ['*', '?', 'a*', '*a', 'a?c', '*a*b*', 'a**b', '?*?', 'ab*ba', '*?a?*', 'a*b?c*', '']
    const values = ['', 'a', 'ab', 'abc', 'aab', 'abba', 'abab', 'acbxc', 'ba', 'aXbYc', 'abbbba']
    for (const pattern of patterns)
      for (const value of values)
        expect([pattern, value, wildcardMatch(pattern, value, false)]).toEqual([
          pattern,
          value,
          reference(pattern, value)
        ])
    // Case modes: actions fold case, resources do not.
    expect(wildcardMatch('S3:GET*', 's3:GetObject', true)).toBe(true)
    expect(wildcardMatch('S3:GET*', 's3:GetObject', false)).toBe(false)
    expect(wildcardMatch('arn:aws:s3:::b/*', 'arn:aws:s3:::b/x\ny', false)).toBe(true)
  })

  it('matches a long Resource against a many-variable ARN type without a backtracking RegExp', () => {
    // Every variable of the type but the last literal: a RegExp over this pattern ran for minutes.
    const type =
      'arn:${Partition}:partnercentral:${Region}:${Account}:catalog/${Catalog}/engagement/${EngagementIdentifier}/resource/${ResourceType}/${ResourceIdentifier}/template/${TemplateIdentifier}/resource-snapshot/${SnapshotRevision}'
    const body = 'catalog/x' + '/engagement/x/resource/x/x/'.repeat(300) + '!'
    const resource = `arn:aws:partnercentral:us-east-1:123456789012:${body}`
    expect(resource.length).toBeLessThan(10_240)
    expect(arnMatchesResourceType(resource, type)).toBe(false)
    expect(
      arnMatchesResourceType(
        'arn:aws:partnercentral:us-east-1:123456789012:catalog/c/engagement/e/resource/t/i/template/p/resource-snapshot/1',
        type
      )
    ).toBe(true)
  })
})
