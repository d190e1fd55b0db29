/**
 * resourcePatternCovers: "outer matches every ARN inner matches" under the evaluator's segment-aware
 * matching. Sound (a "true" is never wrong, checked against the evaluator's matcher over every short
 * value), close to exact for the patterns people write.
 */
import { resourcePatternCovers } from '../../src/policy/arn.js'
import { arnPatternMatch } from '../../src/policy/evaluate/index.js'

describe('resourcePatternCovers', () => {
  it.each([
    ['arn:aws:logs:r:1:log-group:audit*trail', 'arn:aws:logs:r:1:log-group:audit:log-stream:trail', false],
    ['arn:aws:logs:r:1:log-group:audit:*', 'arn:aws:logs:r:1:log-group:audit:log-stream:trail', true],
    ['arn:aws:s3:::data/*.csv', 'arn:aws:s3:::data/secret:y.csv', false],
    ['arn:aws:s3:::data/*.csv', 'arn:aws:s3:::data/a/b.csv', true],
    ['arn:aws:s3:::data/*', 'arn:aws:s3:::data/secret:y.csv', true],
    ['arn:aws:s3:::data/*', 'arn:aws:s3:::data/reports/*', true],
    ['arn:aws:s3:::data/reports/*', 'arn:aws:s3:::data/*', false],
    // Lint's "every resource of the type" questions (policy-common): plain globs would say true.
    ['arn:aws:rds-db:r:1:*/*', 'arn:aws:rds-db:r:1:dbuser:*/*', false],
    ['arn:aws:iam::*role/*', 'arn:aws:iam::*:role/*', false],
    ['arn:aws:s3:::data/*x', 'arn:aws:s3:::data/*x', true],
    // An in-segment `*` of inner stays in its segment; one that ends a segment does not.
    ['arn:aws:s3:::a*b*', 'arn:aws:s3:::a*b', true],
    ['arn:aws:s3:::a*b', 'arn:aws:s3:::a*:b', false],
    ['arn:aws:s3:::a?c', 'arn:aws:s3:::a:c', false],
    ['*', 'arn:aws:s3:::anything:at:all', true],
    ['arn:aws:iam::*', 'arn:aws:iam::111111111111:role/x', true],
    // A variable in inner may be any text; in outer it covers only itself.
    ['arn:aws:s3:::b/*', 'arn:aws:s3:::b/${aws:username}/x', true],
    ['arn:aws:s3:::b/*/x', 'arn:aws:s3:::b/${aws:username}/x', false],
    ['arn:aws:s3:::b/${aws:username}/*', 'arn:aws:s3:::b/${aws:username}/x', true],
    ['arn:aws:s3:::b/${aws:username}/*', 'arn:aws:s3:::b/alice/x', false],
    // A quoted default may hold a `}`: the variable ends at the unquoted one.
    ["arn:aws:s3:::b/${aws:username, '}'}/*", "arn:aws:s3:::b/${aws:username, '}'}/x", true],
    ["arn:aws:s3:::b/${aws:username, '}'}/*", "arn:aws:s3:::b/${aws:username, '{'}/x", false],
    ['arn:aws:s3:::b/x', 'arn:aws:s3:::b/*', false]
  ])('%s covers %s: %s', (outer, inner, expected) => {
    expect(resourcePatternCovers(outer, inner)).toBe(expected)
  })

  it('never says "covers" where the evaluator matches a value with inner and not with outer', () => {
    const values = ['']
    for (let length = 1; length <= 5; length++)
      for (const value of values.filter(v => v.length === length - 1))
        for (const c of 'ab:') values.push(value + c)
    let seed = 11
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff
      return seed % n
    }
    const pattern = () => Array.from({ length: 1 + random(5) }, () => 'ab:*?'[random(5)]).join('')
    let proven = 0
    for (let round = 0; round < 3000; round++) {
      const outer = pattern()
      const inner = pattern()
      if (!resourcePatternCovers(outer, inner)) continue
      proven++
      const missed = values.filter(
        value => arnPatternMatch({ text: inner }, value) && !arnPatternMatch({ text: outer }, value)
      )
      expect([outer, inner, missed]).toEqual([outer, inner, []])
    }
    expect(proven).toBeGreaterThan(100)
  })
})
