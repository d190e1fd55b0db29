import { hasWildcard, wildcardCovers, wildcardMatch, wildcardOverlaps } from '../../src/policy/wildcard.js'

describe('wildcardMatch', () => {
  it('matches `*` across separators and `?` as one character', () => {
    expect(wildcardMatch('arn:aws:s3:::b/*', 'arn:aws:s3:::b/a/b/c', false)).toBe(true)
    expect(wildcardMatch('arn:aws:s3:::b/*', 'arn:aws:s3:::b', false)).toBe(false)
    expect(wildcardMatch('a?c', 'abc', false)).toBe(true)
    expect(wildcardMatch('a?c', 'ac', false)).toBe(false)
    expect(wildcardMatch('a.c', 'abc', false)).toBe(false)
  })

  it('respects the case mode', () => {
    expect(wildcardMatch('s3:get*', 's3:GetObject', true)).toBe(true)
    expect(wildcardMatch('arn:aws:s3:::Bucket', 'arn:aws:s3:::bucket', false)).toBe(false)
  })

  it('detects wildcards', () => {
    expect(hasWildcard('s3:Get*')).toBe(true)
    expect(hasWildcard('s3:GetObjec?')).toBe(true)
    expect(hasWildcard('s3:GetObject')).toBe(false)
  })
})

describe('wildcardCovers', () => {
  it('decides whether one pattern contains another', () => {
    expect(wildcardCovers('*', 'anything*', false)).toBe(true)
    expect(wildcardCovers('s3:*', 's3:Get*', true)).toBe(true)
    expect(wildcardCovers('s3:Get*', 's3:*', true)).toBe(false)
    expect(wildcardCovers('arn:aws:s3:::b/*', 'arn:aws:s3:::b/logs/*', false)).toBe(true)
    expect(wildcardCovers('arn:aws:s3:::b/*', 'arn:aws:s3:::b', false)).toBe(false)
    expect(wildcardCovers('a?', 'a*', false)).toBe(false)
    expect(wildcardCovers('a?', 'a?', false)).toBe(true)
    expect(wildcardCovers('a*', 'a?', false)).toBe(true)
    expect(wildcardCovers('abc', 'abc', false)).toBe(true)
    expect(wildcardCovers('abc', 'ab?', false)).toBe(false)
  })
})

describe('wildcardOverlaps', () => {
  it('says whether two patterns can match a common resource', () => {
    expect(wildcardOverlaps('arn:aws:s3:::b/*', 'arn:aws:s3:::*/logs', false)).toBe(true)
    expect(wildcardOverlaps('arn:aws:s3:::a/*', 'arn:aws:s3:::b/*', false)).toBe(false)
    expect(wildcardOverlaps('arn:aws:s3:::a-*', 'arn:aws:s3:::*-z', false)).toBe(true)
    expect(wildcardOverlaps('arn:aws:s3:::*.log', 'arn:aws:s3:::*.txt', false)).toBe(false)
    expect(wildcardOverlaps('arn:aws:s3:::b?c', 'arn:aws:s3:::b*', false)).toBe(true)
    expect(wildcardOverlaps('arn:aws:s3:::b??', 'arn:aws:s3:::b*xyz', false)).toBe(false)
    expect(wildcardOverlaps('*', 'anything', false)).toBe(true)
    expect(wildcardOverlaps('arn:aws:s3:::B/*', 'arn:aws:s3:::b/*', false)).toBe(false)
    expect(wildcardOverlaps('S3:Get*', 's3:*Object', true)).toBe(true)
  })

  it('agrees with matching on literals and with a brute-force search on short patterns', () => {
    expect(wildcardOverlaps('arn:aws:s3:::b/x', 'arn:aws:s3:::b/*', false)).toBe(true)
    expect(wildcardOverlaps('arn:aws:s3:::b/x', 'arn:aws:s3:::c/*', false)).toBe(false)
    const alphabet = ['a', 'b', '*', '?']
    const patterns: string[] = ['']
    for (let length = 1; length <= 3; length++)
      for (const prefix of patterns.filter(pattern => pattern.length === length - 1))
        for (const char of alphabet) patterns.push(prefix + char)
    const words: string[] = ['']
    for (let length = 1; length <= 6; length++)
      for (const prefix of words.filter(word => word.length === length - 1))
        for (const char of ['a', 'b']) words.push(prefix + char)
    for (const a of patterns)
      for (const b of patterns) {
        const brute = words.some(word => wildcardMatch(a, word, false) && wildcardMatch(b, word, false))
        expect([a, b, wildcardOverlaps(a, b, false)]).toEqual([a, b, brute])
      }
  })
})
