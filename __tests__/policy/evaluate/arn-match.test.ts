import { arnPatternMatch } from '../../../src/policy/evaluate/arn-match.js'
import { wildcardSteps } from '../../../src/policy/wildcard.js'

const match = (pattern: string, value: string): boolean => arnPatternMatch({ text: pattern }, value)

describe('ARN patterns (IAM User Guide: Resource, wildcards in resource ARNs)', () => {
  it('is case-sensitive and exact without wildcards', () => {
    expect(match('arn:aws:iam::111111111111:user/Bob', 'arn:aws:iam::111111111111:user/Bob')).toBe(true)
    expect(match('arn:aws:iam::111111111111:user/Bob', 'arn:aws:iam::111111111111:user/bob')).toBe(false)
    expect(match('arn:aws:s3:::Bucket/*', 'arn:aws:s3:::bucket/a')).toBe(false)
  })

  it('lets * and ? work within a segment, across / but not across :', () => {
    expect(match('arn:aws:s3:::b/*', 'arn:aws:s3:::b/a/b/c')).toBe(true)
    expect(match('arn:aws:s3:::b/*', 'arn:aws:s3:::b')).toBe(false)
    expect(match('arn:aws:iam::111111111111:role/app-?', 'arn:aws:iam::111111111111:role/app-1')).toBe(true)
    expect(match('arn:aws:iam::111111111111:role/app-?', 'arn:aws:iam::111111111111:role/app-12')).toBe(false)
    expect(match('arn:aws:logs:us-east-1:1:log-group:a*b', 'arn:aws:logs:us-east-1:1:log-group:a:x:b')).toBe(
      false
    )
    expect(match('arn:aws:logs:us-east-1:1:log-group:a?b', 'arn:aws:logs:us-east-1:1:log-group:a:b')).toBe(
      false
    )
    expect(
      match('arn:aws:ec2:*:111111111111:instance/*', 'arn:aws:ec2:eu-west-1:111111111111:instance/i-1')
    ).toBe(true)
    expect(
      match('arn:aws:ec2:*:111111111111:instance/*', 'arn:aws:ec2:eu-west-1:222222222222:instance/i-1')
    ).toBe(false)
  })

  it('lets a * that ends a segment expand beyond colons', () => {
    expect(match('*', 'arn:aws:s3:::b/k')).toBe(true)
    expect(match('arn:aws:iam::*', 'arn:aws:iam::111111111111:role/x')).toBe(true)
    expect(match('arn:aws:s3:::b/*', 'arn:aws:s3:::b/key:with:colons')).toBe(true)
    expect(
      match('arn:aws:lambda:us-east-1:1:function:fn*', 'arn:aws:lambda:us-east-1:1:function:fn:prod')
    ).toBe(true)
    expect(match('arn:aws:lambda:*:function:fn', 'arn:aws:lambda:us-east-1:1:function:fn')).toBe(true)
    expect(match('arn:aws:lambda:*:function:fn', 'arn:aws:lambda:us-east-1:1:function:other')).toBe(false)
    expect(match('arn:aws:lambda:us-*:*:function:*', 'arn:aws:lambda:eu-west-1:1:function:x')).toBe(false)
    expect(match('arn:aws:s3:::?', 'arn:aws:s3:::a:b')).toBe(false)
    expect(match('arn:aws:s3:::*?', 'arn:aws:s3:::a:b')).toBe(false)
  })

  it('matches a literal * only when escaped', () => {
    const star = new Uint8Array(16)
    star['arn:aws:s3:::b/*'.indexOf('*')] = 1
    expect(arnPatternMatch({ text: 'arn:aws:s3:::b/*', literal: star }, 'arn:aws:s3:::b/x')).toBe(false)
    expect(arnPatternMatch({ text: 'arn:aws:s3:::b/*', literal: star }, 'arn:aws:s3:::b/*')).toBe(true)
  })

  it('stays linear on hostile patterns', () => {
    const before = wildcardSteps()
    const pattern = 'arn:' + '*:'.repeat(2000) + 'z'
    const value = 'arn:' + 'a:'.repeat(2000) + 'b'
    expect(match(pattern, value)).toBe(false)
    const stars = 'arn:aws:s3:::' + '*?'.repeat(20_000) + 'Z'
    expect(match(stars, 'arn:aws:s3:::' + 'a'.repeat(50_000))).toBe(false)
    expect(wildcardSteps() - before).toBeLessThan(5_000_000)
  })

  it('agrees with the documented rule, written as a regular expression, on random long patterns', () => {
    // The rule, as a character-level dynamic program: `?` = one non-colon character, `*` inside a
    // segment = any run of non-colons, `*` ending a segment = any run at all.
    const reference = (pattern: string, value: string): boolean => {
      let row = new Uint8Array(value.length + 1)
      row[0] = 1
      for (let i = 0; i < pattern.length; i++) {
        const char = pattern[i]
        const next = new Uint8Array(value.length + 1)
        if (char === '*') {
          const spans = i + 1 === pattern.length || pattern[i + 1] === ':'
          for (let j = 0; j <= value.length; j++) {
            next[j] = row[j] | (j > 0 && next[j - 1] && (spans || value[j - 1] !== ':') ? 1 : 0)
          }
        } else {
          for (let j = 1; j <= value.length; j++) {
            const ok = char === '?' ? value[j - 1] !== ':' : value[j - 1] === char
            next[j] = row[j - 1] && ok ? 1 : 0
          }
        }
        row = next
      }
      return row[value.length] === 1
    }
    let seed = 7
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648
      return Math.floor(seed / 65536) % n
    }
    const pick = <T>(list: readonly T[]): T => list[random(list.length)]
    let matched = 0
    for (let round = 0; round < 80; round++) {
      const values = Array.from({ length: 300 + random(300) }, () => pick(['a', 'b', 'ab', 'ba', 'aab', '']))
      // A pattern derived from the value (so that many match), then perhaps broken.
      // Rare segment-ending stars make long blocks, which are placed with bit sets.
      const opens = new Set(Array.from({ length: pick([1, 2, 4, 16]) }, () => 2 + random(values.length - 2)))
      const anchored = random(4) === 0
      const segments: string[] = [anchored ? values[0] : values[0].slice(0, 1) + '*']
      for (let j = anchored ? 1 : 2; j < values.length; j++) {
        const kind = opens.has(j) ? 0 : 1 + random(8)
        const segment = values[j]
        if (kind === 0 && j + 1 < values.length) {
          segments.push(segment.slice(0, 1) + '*')
          j += random(4)
        } else if (kind === 1) segments.push(segment.replace(/a/g, '?'))
        else if (kind === 2) segments.push(segment.length > 2 ? segment[0] + '*' + segment.slice(2) : segment)
        else segments.push(segment)
      }
      if (random(3) === 0) segments[random(segments.length)] += 'b'
      const pattern = segments.join(':')
      const value = values.join(':')
      const expected = reference(pattern, value)
      if (expected) matched++
      expect([pattern, value, match(pattern, value)]).toEqual([pattern, value, expected])
    }
    expect(matched).toBeGreaterThan(5)
  })
})
