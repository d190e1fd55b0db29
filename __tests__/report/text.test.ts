/**
 * What RoleGate prints to stdout in the action: PR-controlled strings (messages, suppression
 * reasons, file names, role names) never put a workflow command at the start of a line.
 */
import { compareStates } from '../../src/compare/compare.js'
import type { Finding } from '../../src/model/findings.js'
import { baseReport, findingsExitCode, type FailOn } from '../../src/report/report.js'
import {
  formatFindingLine,
  oneLine,
  renderChangeText,
  renderText,
  safeLines,
  workflowSafe
} from '../../src/report/text.js'
import { CHECK_CONFIG, roleYaml, READ, READ_WRITE } from '../support/check-fixtures.js'
import { renderProject } from '../support/render-project.js'

const INJECTIONS = [
  '\n::stop-commands::pwned',
  '\r\n::add-mask::secret',
  '\n  ::warning file=iam/x.yml,line=1::fake',
  '\u2028::error::x',
  '\n##[set-output name=x]y',
  '::error::at the start'
]

/** A line the runner would execute. */
const COMMAND_LINE = /^\s*(::|##\[)|##\[/m

describe('workflow-command injection through stdout', () => {
  it.each(INJECTIONS)('a finding carrying %j prints no command line', injection => {
    const finding: Finding = {
      rule: 'schema',
      severity: 'error',
      message: `bad${injection}`,
      file: `${injection}iam/x.yml`,
      environment: `dev${injection}`,
      role: `r${injection}`,
      suppressed: { reason: `because${injection}` }
    }
    const output = renderText(baseReport('validate', `rolegate${injection}.yml`, ['dev'], [finding], []))
    expect(output).not.toMatch(COMMAND_LINE)
    expect(formatFindingLine(finding)).not.toMatch(/[\r\n]/)
  })

  it('role names and reasons in the change text print no command line', () => {
    const evil = 'x\n::stop-commands::tok'
    const before = renderProject({ 'iam/a.yml': roleYaml({ name: 'a', actions: READ }) }, CHECK_CONFIG).state
    const after = renderProject(
      { 'iam/a.yml': roleYaml({ name: 'a', actions: READ_WRITE }) },
      CHECK_CONFIG
    ).state
    const changes = compareStates(before, after)
    changes.environments.dev.roles[0].reasons.push(evil)
    changes.environments.dev.roles[0].name = evil
    expect(renderChangeText(changes)).not.toMatch(COMMAND_LINE)
  })

  it('control characters in a value are shown, not sent to the terminal', () => {
    const finding: Finding = {
      rule: 'unknown-action',
      severity: 'error',
      message: '"s3:Bad\u001b[31mRED\u001b[0m\u001b]0;title\u0007\u202egnp.exe" is not an action',
      file: 'iam/x.yml'
    }
    const line = formatFindingLine(finding)
    // eslint-disable-next-line no-control-regex -- finding control characters is the point
    expect(line).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202e]/)
    expect(line).toContain('"s3:Bad\\x1b[31mRED\\x1b[0m\\x1b]0;title\\x07\\u202egnp.exe" is not an action')
    expect(oneLine('tab\tstays')).toBe('tab\tstays')
  })

  it('safeLines keeps the lines and makes each one safe', () => {
    expect(safeLines(['Note: tag x\u001b[2K', '::error::forged', 'a\n::warning::b'])).toBe(
      'Note: tag x\\x1b[2K\n> ::error::forged\na ⏎ ::warning::b'
    )
  })

  it('workflowSafe quotes a command line and keeps the text readable', () => {
    expect(workflowSafe('ok\n::add-mask::x\n  ::error::y\nfine ## [z]')).toBe(
      'ok\n> ::add-mask::x\n  > ::error::y\nfine ## [z]'
    )
    expect(workflowSafe('a ##[group]b')).not.toMatch(/##\[/)
  })
})

describe('the terminal diff', () => {
  it('prints an assertion flip with its line and the claim', () => {
    const withExpect = (actions: string[]) =>
      roleYaml({ name: 'app', actions, resource: 'arn:aws:s3:::data/*' }).replace(
        'policies:',
        'expect:\n  - deny: s3:PutObject\n    resource: "arn:aws:s3:::data/*"\npolicies:'
      )
    const base = renderProject({ 'iam/app.yml': withExpect(READ) }, CHECK_CONFIG)
    const head = renderProject({ 'iam/app.yml': withExpect(READ_WRITE) }, CHECK_CONFIG)
    const text = renderChangeText(compareStates(base.state, head.state))
    expect(text).toContain(
      'assertion iam/app.yml:10 (deny: s3:PutObject) now fails: after this change app CAN s3:PutObject on arn:aws:s3:::data/*'
    )
  })
})

describe('the terminal diff of a renamed definition', () => {
  it('names the old and new logical names of the same IAM role', () => {
    const yaml = (name: string) =>
      roleYaml({ name, actions: READ, resource: 'arn:aws:s3:::data/*' }).replace(
        `name: ${name}`,
        `name: ${name}\nroleName: shared-app`
      )
    const base = renderProject({ 'iam/app.yml': yaml('application') }, CHECK_CONFIG)
    const head = renderProject({ 'iam/app.yml': yaml('app') }, CHECK_CONFIG)
    const text = renderChangeText(compareStates(base.state, head.state))
    expect(text).toContain('definition renamed: application -> app (the same IAM role, shared-app)')
  })
})

describe('the summary line says passes or fails, as the exit code does', () => {
  const finding = (severity: Finding['severity']): Finding => ({
    rule: 'schema',
    severity,
    message: severity,
    file: 'iam/a.yml'
  })
  const summary = (findings: Finding[], failOn: FailOn, configInvalid = false) =>
    renderText(baseReport('diff', 'rolegate.yml', ['dev'], findings, []), { failOn, configInvalid })
      .trim()
      .split('\n')
      .at(-1)

  it.each([
    ['error', 'error', 'fails'],
    ['warning', 'error', 'fails'],
    ['never', 'error', 'passes (--fail-on never)'],
    ['error', 'warning', 'passes'],
    ['warning', 'warning', 'fails (--fail-on warning)'],
    ['never', 'warning', 'passes'],
    ['warning', 'notice', 'passes']
  ] as const)('fail-on %s, one %s: %s', (failOn, severity, gate) => {
    const report = baseReport('diff', 'rolegate.yml', ['dev'], [finding(severity)], [])
    expect(findingsExitCode(report.summary, failOn) === 0).toBe(gate.startsWith('passes'))
    expect(summary([finding(severity)], failOn)).toBe(
      `diff: ${Number(severity === 'error')} error(s), ${Number(severity === 'warning')} warning(s), ${Number(severity === 'notice')} notice(s) in 1 environment(s) of rolegate.yml: ${gate}`
    )
  })

  it('a rolegate.yml that does not load fails whatever fail-on says; without a gate the line is as before', () => {
    expect(summary([finding('error')], 'never', true)).toMatch(/: fails \(rolegate\.yml does not load\)$/)
    expect(renderText(baseReport('validate', 'rolegate.yml', ['dev'], [], []))).toMatch(/of rolegate\.yml\n$/)
  })
})
