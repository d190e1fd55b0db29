import { resourcesCover, uncoveredResources } from '../../src/policy/coverage.js'
import { hasWildcard, wildcardCovers, wildcardMatch } from '../../src/policy/wildcard.js'

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

describe('resource coverage', () => {
  it('finds resources one side reaches and the other does not', () => {
    expect(uncoveredResources(['arn:aws:s3:::b/*'], ['arn:aws:s3:::b/logs/*', 'arn:aws:s3:::c/x'])).toEqual([
      'arn:aws:s3:::c/x'
    ])
    expect(uncoveredResources(['*'], ['arn:aws:s3:::c/x'])).toEqual([])
    expect(uncoveredResources(['arn:aws:s3:::b/logs/*'], ['arn:aws:s3:::b/*'])).toEqual(['arn:aws:s3:::b/*'])
    expect(resourcesCover(['a', 'b'], ['b', 'a'])).toBe(true)
  })
})
