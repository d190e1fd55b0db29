import { contextValues, requestContext } from '../../../src/policy/evaluate/context.js'

describe('requestContext', () => {
  it('merges repeated keys into one multivalued key, case-insensitively, keeping each value once', () => {
    const context = requestContext([
      ['aws:TagKeys', ['team']],
      ['AWS:tagkeys', ['env', 'team']],
      ['aws:username', ['ana']]
    ])
    expect([...context]).toEqual([
      ['aws:TagKeys', ['team', 'env']],
      ['aws:username', ['ana']]
    ])
    expect(contextValues(context, 'aws:tagkeys')).toEqual(['team', 'env'])
    expect(contextValues(context, 'aws:SourceIp')).toBeUndefined()
  })

  it('keeps values case-sensitive and treats a key without values as absent', () => {
    const context = requestContext([
      ['k', ['A', 'a']],
      ['empty', []]
    ])
    expect(contextValues(context, 'K')).toEqual(['A', 'a'])
    expect(contextValues(context, 'empty')).toBeUndefined()
  })

  it('stores __proto__ and constructor as ordinary keys', () => {
    const context = requestContext([
      ['__proto__', ['x']],
      ['constructor', ['y']]
    ])
    expect(contextValues(context, '__PROTO__')).toEqual(['x'])
    expect(contextValues(context, 'constructor')).toEqual(['y'])
    expect(contextValues(requestContext([]), 'constructor')).toBeUndefined()
    expect(contextValues(requestContext([]), 'toString')).toBeUndefined()
  })

  it('answers for a Map built by hand with mixed-case keys too', () => {
    expect(contextValues(new Map([['AWS:UserName', ['ana']]]), 'aws:username')).toEqual(['ana'])
  })
})
