import { suggestAction, suggestService } from '../../src/policy/suggest.js'

describe('suggestions', () => {
  it('corrects misspelled actions', () => {
    expect(suggestAction('s3:GetObjekt')).toBe('s3:GetObject')
    expect(suggestAction('s3:getobjekt')).toBe('s3:GetObject')
    expect(suggestAction('iam:PassRoel')).toBe('iam:PassRole')
  })

  it('corrects the service when the action name is right', () => {
    expect(suggestAction('s4:GetObject')).toBe('s3:GetObject')
    expect(suggestAction('lamda:InvokeFunction')).toBe('lambda:InvokeFunction')
  })

  it('completes an unambiguous prefix', () => {
    expect(suggestAction('sts:AssumeRoleWithWebIdent')).toBe('sts:AssumeRoleWithWebIdentity')
  })

  it('suggests nothing for known names, wildcards and nonsense', () => {
    expect(suggestAction('s3:GetObject')).toBeUndefined()
    expect(suggestAction('s3:Gte*')).toBeUndefined()
    expect(suggestAction('s3:CompletelyDifferentThing')).toBeUndefined()
    expect(suggestAction('GetObject')).toBeUndefined()
  })

  it('corrects services', () => {
    expect(suggestService('lamda')).toBe('lambda')
    expect(suggestService('dynamdb')).toBe('dynamodb')
    expect(suggestService('s3')).toBeUndefined()
  })
})
