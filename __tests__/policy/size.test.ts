import { canonicalJson, stableHash } from '../../src/policy/canonical-json.js'
import { policySize } from '../../src/policy/size.js'

describe('policySize', () => {
  it('counts non-whitespace characters, including inside values', () => {
    expect(policySize('{ "a" : "b c" }')).toBe('{"a":"bc"}'.length)
    const document = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] }
    expect(policySize(document)).toBe(JSON.stringify(document).length)
    expect(policySize(JSON.stringify(document, null, 2))).toBe(JSON.stringify(document).length)
  })
})

describe('canonicalJson and stableHash', () => {
  it('sorts keys at every level and keeps array order', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, 1], c: null }, u: undefined })).toBe(
      '{"a":{"c":null,"d":[2,1]},"b":1}'
    )
    expect(stableHash({ a: 1, b: 2 })).toBe(stableHash({ b: 2, a: 1 }))
    expect(stableHash({ a: 1 })).not.toBe(stableHash({ a: 2 }))
    expect(stableHash('x')).toMatch(/^[0-9a-f]{64}$/)
  })
})
