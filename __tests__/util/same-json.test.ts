import { sameJson } from '../../src/util/same-json.js'

describe('sameJson', () => {
  it('is true exactly when JSON.stringify writes both the same, for values as YAML loads them', () => {
    const shared = { Action: ['s3:GetObject'], Effect: 'Allow' }
    const pairs: [unknown, unknown][] = [
      [
        { a: 1, b: [shared, 'x'] },
        { a: 1, b: [shared, 'x'] }
      ],
      [
        { a: 1, b: [{ ...shared }, 'x'] },
        { a: 1, b: [shared, 'x'] }
      ],
      [
        { a: 1, b: 2 },
        { b: 2, a: 1 }
      ], // key order counts, as in the text
      [[1, 2], { 0: 1, 1: 2 }],
      [['a'], ['a', 'b']],
      [{ a: null }, { a: 'null' }],
      [{ a: 1 }, { a: '1' }],
      ['arn:aws:s3:::bench-dev', 'arn:aws:s3:::bench-prod'],
      [{ t: { Key: 'v' } }, { t: { Key: 'v', Other: 'w' } }]
    ]
    for (const [a, b] of pairs) expect(sameJson(a, b)).toBe(JSON.stringify(a) === JSON.stringify(b))
  })

  it('does not walk a subtree both sides share', () => {
    let reads = 0
    const shared = new Proxy(
      { Statement: [{ Effect: 'Allow' }] },
      {
        ownKeys: target => {
          reads++
          return Reflect.ownKeys(target)
        }
      }
    )
    expect(sameJson({ name: 'a', document: shared }, { name: 'a', document: shared })).toBe(true)
    expect(reads).toBe(0)
  })
})
