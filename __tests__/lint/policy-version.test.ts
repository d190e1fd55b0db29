import { renderProject } from '../support/render-project.js'

/** A kind: ManagedPolicy p with the given document lines (the document starts at line 3). */
function lines(document: string): string[] {
  return renderProject({ 'iam/p.yml': `kind: ManagedPolicy\nname: p\ndocument:\n${document}` })
    .findings.filter(finding => finding.rule === 'policy-version')
    .map(finding => `${finding.line}: ${finding.message}`)
}

const HOME = `  Statement:
    - Effect: Allow
      Action: s3:GetObject
      Resource: arn:aws:s3:::home/\${aws:username}/*
`
const PLAIN = `  Statement:
    - Effect: Allow
      Action: s3:GetObject
      Resource: arn:aws:s3:::results/*
`

describe('policy-version', () => {
  it('flags Version 2008-10-17, saying the policy variable is compared as literal text', () => {
    expect(lines(`  Version: "2008-10-17"\n${HOME}`)).toEqual([
      '4: managed policy p: Version is 2008-10-17; policy variables are not substituted under it: IAM compares ${aws:username} as literal text, so the statements that use it match nothing they were meant to. Write Version: "2012-10-17"'
    ])
    expect(lines(`  Version: "2008-10-17"\n${PLAIN}`)).toEqual([
      expect.stringMatching(
        /^4: managed policy p: Version is 2008-10-17; policy variables such as \$\{aws:username\} are not substituted under it/
      )
    ])
  })

  it('flags a missing Version only when the document uses a policy variable', () => {
    expect(lines(HOME)).toEqual([
      expect.stringMatching(
        /^4: managed policy p: has no Version, so IAM reads it as 2008-10-17; policy variables are not substituted under it: IAM compares \$\{aws:username\} as literal text/
      )
    ])
    expect(lines(PLAIN)).toEqual([])
    expect(lines(`  Version: "2012-10-17"\n${HOME}`)).toEqual([])
  })
})
