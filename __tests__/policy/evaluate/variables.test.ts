import { evaluateRequest } from '../../../src/policy/evaluate/evaluate.js'
import { requestContext } from '../../../src/policy/evaluate/context.js'
import { statementApplies } from '../../../src/policy/evaluate/statement.js'
import { closingBrace, substitute } from '../../../src/policy/evaluate/variables.js'
import { doc, inline, request, role } from '../../support/evaluate.js'

const HOME = {
  Effect: 'Allow',
  Action: 's3:GetObject',
  Resource: 'arn:aws:s3:::homes/${aws:username}/*'
} as const

describe('policy variables (IAM User Guide: Variables and tags)', () => {
  it('substitutes the request value into Resource', () => {
    expect(
      statementApplies(HOME, request('s3:GetObject', 'arn:aws:s3:::homes/ana/a', { 'aws:username': 'ana' }))
    ).toBe(true)
    expect(
      statementApplies(HOME, request('s3:GetObject', 'arn:aws:s3:::homes/bo/a', { 'aws:username': 'ana' }))
    ).toBe(false)
    expect(
      statementApplies(HOME, request('s3:GetObject', 'arn:aws:s3:::homes/ana/a', { 'AWS:UserName': 'ana' }))
    ).toBe(true)
  })

  it('does not match when the variable has no value, and says which variable', () => {
    const result = evaluateRequest(
      role([inline('Home', doc(HOME))]),
      request('s3:GetObject', 'arn:aws:s3:::homes/ana/a')
    )
    expect(result).toMatchObject({ decision: 'deny', reason: 'implicit-deny' })
    expect(result.notes.join('\n')).toMatch(
      /Statement 0 of the inline policy "Home": "\$\{aws:username\}" has no value in the request, so the resource .* matches nothing/
    )
  })

  it('lets a NotResource entry whose variable has no value exclude nothing (the Deny covers everything)', () => {
    const deny = {
      Effect: 'Deny',
      Action: 's3:*',
      NotResource: 'arn:aws:s3:::homes/${aws:username}/*'
    } as const
    expect(
      statementApplies(deny, request('s3:GetObject', 'arn:aws:s3:::other/a', { 'aws:username': 'ana' }))
    ).toBe(true)
    expect(
      statementApplies(deny, request('s3:GetObject', 'arn:aws:s3:::homes/ana/a', { 'aws:username': 'ana' }))
    ).toBe(false)
    expect(statementApplies(deny, request('s3:GetObject', 'arn:aws:s3:::other/a'))).toBe(true)
    expect(statementApplies(deny, request('s3:GetObject', 'arn:aws:s3:::homes/ana/a'))).toBe(true)
  })

  it('cannot use a multivalued key, and falls back to a documented default', () => {
    const team = {
      Effect: 'Allow',
      Action: 's3:*',
      Resource: "arn:aws:s3:::team-${aws:PrincipalTag/team, 'company-wide'}/*"
    } as const
    expect(
      statementApplies(
        team,
        request('s3:GetObject', 'arn:aws:s3:::team-yellow/a', { 'aws:PrincipalTag/team': 'yellow' })
      )
    ).toBe(true)
    expect(statementApplies(team, request('s3:GetObject', 'arn:aws:s3:::team-company-wide/a'))).toBe(true)
    expect(statementApplies(team, request('s3:GetObject', 'arn:aws:s3:::team-yellow/a'))).toBe(false)
    const tags = { Effect: 'Allow', Action: 's3:*', Resource: 'arn:aws:s3:::${aws:TagKeys}' } as const
    expect(
      statementApplies(tags, request('s3:GetObject', 'arn:aws:s3:::a', { 'aws:TagKeys': ['a', 'b'] }))
    ).toBe(false)
    expect(statementApplies(tags, request('s3:GetObject', 'arn:aws:s3:::a', { 'aws:TagKeys': ['a'] }))).toBe(
      true
    )
  })

  it('reads ${*}, ${?} and ${$} as literal characters, and substituted text literally', () => {
    const literal = { Effect: 'Allow', Action: 's3:*', Resource: 'arn:aws:s3:::b/${*}${?}${$}' } as const
    expect(statementApplies(literal, request('s3:GetObject', 'arn:aws:s3:::b/*?$'))).toBe(true)
    expect(statementApplies(literal, request('s3:GetObject', 'arn:aws:s3:::b/xy$'))).toBe(false)
    expect(
      statementApplies(HOME, request('s3:GetObject', 'arn:aws:s3:::homes/ana/a', { 'aws:username': '*' }))
    ).toBe(false)
    expect(
      statementApplies(HOME, request('s3:GetObject', 'arn:aws:s3:::homes/*/a', { 'aws:username': '*' }))
    ).toBe(true)
  })

  it('leaves ${...} as text in documents without Version 2012-10-17, as IAM does', () => {
    const old = inline('Old', { Version: '2008-10-17', Statement: [HOME] })
    const noVersion = inline('NoVersion', { Statement: [HOME] })
    for (const policy of [old, noVersion]) {
      const ana = evaluateRequest(
        role([policy]),
        request('s3:GetObject', 'arn:aws:s3:::homes/ana/a', { 'aws:username': 'ana' })
      )
      expect(ana.decision).toBe('deny')
      expect(ana.notes.join('\n')).toMatch(
        /has no "Version": "2012-10-17", so IAM reads its \$\{\.\.\.\} policy variables as plain text/
      )
      const literal = evaluateRequest(
        role([policy]),
        request('s3:GetObject', 'arn:aws:s3:::homes/${aws:username}/a')
      )
      expect(literal.decision).toBe('allow')
    }
  })
})

describe('substitute', () => {
  const context = requestContext([
    ['aws:username', ['ana']],
    ['aws:PrincipalTag/team', ['ml']]
  ])

  it('marks substituted and escaped text as literal', () => {
    const result = substitute('a*${aws:username}${*}', context)
    expect(result).toEqual({
      ok: true,
      value: { text: 'a*ana*', literal: Uint8Array.from([0, 0, 1, 1, 1, 1]) }
    })
  })

  it('ignores spaces around the key and the default, and rejects a default without quotes', () => {
    expect(substitute("${ aws:PrincipalTag/team , 'x' }", context)).toMatchObject({
      ok: true,
      value: { text: 'ml' }
    })
    expect(substitute("${aws:PrincipalTag/none, 'x, }y'}", context)).toMatchObject({
      ok: true,
      value: { text: 'x, }y' }
    })
    expect(substitute('${aws:PrincipalTag/none, x}', context)).toEqual({
      ok: false,
      variable: '${aws:PrincipalTag/none, x}',
      why: "is malformed (a default is written ${key, 'default'})"
    })
    expect(substitute('${}', context)).toMatchObject({ ok: false, variable: '${}' })
    const multi = requestContext([['aws:TagKeys', ['a', 'b']]])
    expect(substitute('${aws:TagKeys}', multi)).toMatchObject({
      ok: false,
      why: 'has 2 values in the request (a multivalued key cannot be a variable)'
    })
  })

  it('keeps an unclosed ${ as text and substitutes only once', () => {
    expect(substitute('a${aws:username', context)).toEqual({ ok: true, value: { text: 'a${aws:username' } })
    const nested = requestContext([['k', ['${aws:username}']]])
    expect(substitute('${k}', nested)).toMatchObject({ ok: true, value: { text: '${aws:username}' } })
  })
})

describe('closingBrace (shared by the evaluator and policy/arn.ts)', () => {
  it.each([
    ['${aws:username}', 14],
    ["${aws:username, '}'}", 19],
    ["${aws:username, 'a}b'}/x}", 21],
    ['${aws:username', -1],
    ["${aws:username, '}", -1],
    ['x${a}${b}', 4]
  ])('%s closes at %d', (text, expected) => {
    expect(closingBrace(text, text.indexOf('${') + 2)).toBe(expected)
  })
})
