/**
 * grant-expired (warning) and grant-expiring (notice, 7 days unless rolegate.yml says otherwise):
 * one finding per `expires` line, whatever the number of environments it renders into.
 */
import { ECS_TRUST, renderProject } from '../support/render-project.js'
import { BASIC_CONFIG } from '../support/temp-project.js'

const ROLE = `kind: Role
name: app
${ECS_TRUST}policies:
  Debug:
    document:
      Statement:
        - Effect: Allow
          Action: logs:GetLogEvents
          Resource: "arn:aws:logs:{region}:{account}:log-group:/app:*"
    expires: 2026-12-31
    reason: "incident 42"
managedPolicies:
  - { arn: "arn:aws:iam::aws:policy/ReadOnlyAccess", expires: "2026-12-15T18:00:00Z", reason: audit }
`

function expiryFindings(
  now: string,
  files: Record<string, string> = { 'iam/app.yml': ROLE },
  config = BASIC_CONFIG
) {
  return renderProject(files, config, new Date(now))
    .findings.filter(finding => finding.rule.startsWith('grant-'))
    .map(finding => `${finding.severity} ${finding.rule} ${finding.file}:${finding.line} ${finding.message}`)
}

describe('grant-expired and grant-expiring', () => {
  it('says nothing while the end is more than 7 days away', () => {
    expect(expiryFindings('2026-12-08T17:59:59Z')).toEqual([])
  })

  it('gives notice within 7 days, once for both environments, at the expires line', () => {
    expect(expiryFindings('2026-12-08T18:00:00Z')).toEqual([
      'notice grant-expiring iam/app.yml:19 managed policy attachment "arn:aws:iam::aws:policy/ReadOnlyAccess" of role app expires at 2026-12-15T18:00:00.000Z (reason: audit), within 7 days: the first deploy or drift run after that removes it; extend expires if it is still needed'
    ])
  })

  it('warns once a grant has expired, saying what deploy does with it', () => {
    expect(expiryFindings('2026-12-27T00:00:00Z')).toEqual([
      'warning grant-expired iam/app.yml:19 managed policy attachment "arn:aws:iam::aws:policy/ReadOnlyAccess" of role app expired at 2026-12-15T18:00:00.000Z (reason: audit): RoleGate no longer renders it, so deploy detaches it from the role; remove the entry from the definition',
      'notice grant-expiring iam/app.yml:16 inline policy "Debug" of role app expires on 2026-12-31 (end of day UTC) (reason: incident 42), within 7 days: the first deploy or drift run after that removes it; extend expires if it is still needed'
    ])
    expect(expiryFindings('2027-01-01T00:00:00Z')).toEqual([
      'warning grant-expired iam/app.yml:16 inline policy "Debug" of role app expired on 2026-12-31 (end of day UTC) (reason: incident 42): RoleGate no longer renders it, so deploy deletes it from the role; remove it from the definition',
      'warning grant-expired iam/app.yml:19 managed policy attachment "arn:aws:iam::aws:policy/ReadOnlyAccess" of role app expired at 2026-12-15T18:00:00.000Z (reason: audit): RoleGate no longer renders it, so deploy detaches it from the role; remove the entry from the definition'
    ])
  })

  it('says what happens to an expired role', () => {
    const files = {
      'iam/app.yml': `kind: Role\nname: app\n${ECS_TRUST}expires: 2026-07-01\nreason: "migration MIG-3"\n`
    }
    expect(expiryFindings('2026-07-02T00:00:00Z', files)).toEqual([
      'warning grant-expired iam/app.yml:9 role app expired on 2026-07-01 (end of day UTC) (reason: migration MIG-3): RoleGate treats the role as not defined: deploy with prune deletes it, without prune plan lists it as an orphan; remove the definition'
    ])
  })

  it('takes the window from expiry.expiringWithinDays in rolegate.yml', () => {
    const config = `${BASIC_CONFIG}expiry:\n  expiringWithinDays: 30\n`
    expect(
      expiryFindings('2026-11-20T00:00:00Z', undefined, config).map(line =>
        line.split(' ').slice(0, 3).join(' ')
      )
    ).toEqual(['notice grant-expiring iam/app.yml:19'])
    const oneDay = `${BASIC_CONFIG}expiry:\n  expiringWithinDays: 1\n`
    expect(expiryFindings('2026-12-14T00:00:00Z', undefined, oneDay)).toEqual([])
    expect(expiryFindings('2026-12-14T18:00:00Z', undefined, oneDay)[0]).toContain('within 1 day:')
  })

  it('follows the severities in rolegate.yml and can be suppressed with a reason', () => {
    const config = `${BASIC_CONFIG}rules:\n  grant-expired: error\n  grant-expiring: off\n`
    expect(
      expiryFindings('2026-12-27T00:00:00Z', undefined, config).map(line =>
        line.split(' ').slice(0, 2).join(' ')
      )
    ).toEqual(['error grant-expired'])
    const suppressed = renderProject(
      {
        'iam/app.yml': `${ROLE}suppress:\n  - { rule: grant-expired, reason: "removal PR #12 is in review" }\n`
      },
      BASIC_CONFIG,
      new Date('2026-12-27T00:00:00Z')
    ).findings.find(finding => finding.rule === 'grant-expired')
    expect(suppressed?.suppressed).toEqual({ reason: 'removal PR #12 is in review' })
  })
})
