/**
 * A diff loads the base reusing the working tree's unchanged files, findings included; linting the
 * base must not change the head's findings (severity, message) that the report shows.
 */
import { runDiff } from '../../src/commands/diff.js'
import { gitWorkspace } from '../support/git-workspace.js'
import { BASIC_CONFIG } from '../support/temp-project.js'

const ROLE = `kind: Role
name: app
trust:
  Statement:
    - Effect: Allow
      Principal: { Service: lambda.amazonaws.com }
      Action: sts:AssumeRole
`

describe('diff: the head report keeps its own findings', () => {
  it('shows the head config’s severity for a finding of an unchanged file, not the base’s', async () => {
    // The base lowered schema findings to notices; the pull request removes that override.
    const ws = gitWorkspace(
      {
        'rolegate.yml': `${BASIC_CONFIG}rules:\n  schema: notice\n`,
        'iam/app.yml': ROLE,
        'iam/empty.yml': '# nothing here yet\n'
      },
      { 'rolegate.yml': BASIC_CONFIG, 'iam/app.yml': ROLE, 'iam/empty.yml': '# nothing here yet\n' }
    )
    try {
      const outcome = await runDiff({ configPath: 'rolegate.yml', workspace: ws.dir, baseRef: ws.baseSha })
      const empty = outcome.report.findings.filter(finding => finding.file === 'iam/empty.yml')
      expect(empty.map(finding => [finding.rule, finding.severity, finding.message])).toEqual([
        [
          'schema',
          'error',
          'file has no definitions; an empty file is refused because its roles would look removed (and be deleted by a deploy with prune): put the definitions back, or delete the file to remove its roles'
        ]
      ])
    } finally {
      ws.remove()
    }
  })
})
