import { boundedMemo } from '../../src/util/bounded-memo.js'

describe('boundedMemo', () => {
  it('computes each key once while it is held, undefined results included', () => {
    const calls: string[] = []
    const memo = boundedMemo((key: string) => {
      calls.push(key)
      return key === 'none' ? undefined : key.length
    }, 10)
    expect([memo('abc'), memo('abc'), memo('none'), memo('none')]).toEqual([3, 3, undefined, undefined])
    expect(calls).toEqual(['abc', 'none'])
  })

  it('never holds more than max entries and drops the oldest first', () => {
    const calls: number[] = []
    const memo = boundedMemo((key: number) => {
      calls.push(key)
      return key * 2
    }, 3)
    for (const key of [1, 2, 3, 4]) memo(key)
    expect(memo.size).toBe(3)
    memo(4)
    memo(2)
    memo(1) // 1 was the oldest: computed again
    expect(calls).toEqual([1, 2, 3, 4, 1])
    expect(memo.size).toBe(3)
  })

  it('treats __proto__ and constructor as ordinary keys', () => {
    const memo = boundedMemo((key: string) => `value of ${key}`, 5)
    expect(memo('__proto__')).toBe('value of __proto__')
    expect(memo('constructor')).toBe('value of constructor')
    expect(memo('toString')).toBe('value of toString')
    expect(memo.size).toBe(3)
  })

  it('refuses a bound that is not a positive integer', () => {
    expect(() => boundedMemo(String, 0)).toThrow(/max must be a positive integer, got 0/)
  })
})
