/**
 * Issue 16 items 6, 8 and 9 through the bundled CLI, as a person or the runner runs it: each
 * hostile input that crashed (exit 3 with a stack trace), hung or polluted is now a finding in a
 * definition (exit 1) or a configuration error in rolegate.yml (exit 2), with no stack trace.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { REPO_ROOT, runCli, runNode } from '../support/run-dist.js'
import { BASIC_CONFIG, tempProject } from '../support/temp-project.js'

const TRUST = `trust:
  Statement:
    - Effect: Allow
      Principal: { Service: lambda.amazonaws.com }
      Action: sts:AssumeRole
`

function expectNoCrash(result: { code: number | null; stdout: string; stderr: string }, code: number) {
  expect({ code: result.code, stack: /\n\s+at /.test(result.stdout + result.stderr) }).toEqual({
    code,
    stack: false
  })
}

describe('rolegate validate on hostile input', () => {
  it('an anchor that refers to its own ancestor: exit 1 at the alias line', async () => {
    const root = tempProject({
      'rolegate.yml': BASIC_CONFIG,
      'iam/loop.yml': 'kind: Role\nname: loop\ntrust: &t {Statement: [{Principal: *t}]}\n'
    })
    const result = await runCli(['validate', '--config', 'rolegate.yml'], root)
    expectNoCrash(result, 1)
    expect(result.stdout).toMatch(
      /iam\/loop\.yml:3:\d+\s+error\s+schema\s+this alias refers to a value that contains it/
    )
  })

  it('environments named constructor and toString with overrides, and hostile variables', async () => {
    const config = `version: 1
project: demo
environments:
  constructor: { account: "111111111111", region: us-east-1 }
  toString: { account: "222222222222", region: us-east-1 }
  valueOf: { account: "333333333333", region: us-east-1 }
`
    const role = `kind: Role
name: app
description: "{constructor} {__proto__} {toString}"
${TRUST}tags: { __proto__: kept }
overrides:
  constructor: { maxSessionDuration: 7200 }
  valueOf: { description: plain }
`
    const root = tempProject({ 'rolegate.yml': config, 'iam/app.yml': role })
    const result = await runCli(['validate', '--config', 'rolegate.yml', '--format', 'json'], root)
    expectNoCrash(result, 1)
    const report = JSON.parse(result.stdout) as {
      findings: { rule: string; message: string; environment?: string }[]
    }
    const unknown = report.findings.filter(finding => finding.rule === 'unknown-variable')
    expect(
      unknown.map(finding => `${finding.environment} ${/\{(\w+)\}/.exec(finding.message)![1]}`).sort()
    ).toEqual([
      'constructor __proto__',
      'constructor constructor',
      'constructor toString',
      'toString __proto__',
      'toString constructor',
      'toString toString'
    ])
    expect(result.stdout).not.toContain('native code')
  })

  it('.nan, and a 10 MB project name: schema errors, in bounded memory', async () => {
    const root = tempProject({
      'rolegate.yml': BASIC_CONFIG.replace('project: demo', `project: ${'a'.repeat(10 * 1024 * 1024)}`),
      'iam/app.yml': `kind: Role\nname: app\nmaxSessionDuration: .nan\n${TRUST}`
    })
    // 10 MB of name makes rolegate.yml larger than the per-file limit.
    let result = await runCli(['validate', '--config', 'rolegate.yml'], root)
    expectNoCrash(result, 2)
    expect(result.stdout).toMatch(
      /rolegate\.yml:1:1\s+error\s+schema\s+config file of 10,485,\d+ bytes; RoleGate reads at most 10 MB per file, and rolegate\.yml holds only settings/
    )
    // 9 MB of name is read, and refused while parsing, before any copy of it is made.
    writeFileSync(
      path.join(root, 'rolegate.yml'),
      BASIC_CONFIG.replace('project: demo', `project: ${'a'.repeat(9 * 1024 * 1024)}`)
    )
    // (With a heap of 256 MB, where this took 1.36 GB before.)
    result = await runNode(
      [
        '--max-old-space-size=256',
        path.join(REPO_ROOT, 'dist/cli/index.js'),
        'validate',
        '--config',
        'rolegate.yml'
      ],
      { cwd: root }
    )
    expectNoCrash(result, 2)
    expect(result.stdout).toMatch(
      /rolegate\.yml:2:10\s+error\s+schema\s+string of 9437184 characters; RoleGate accepts at most 10240/
    )
    writeFileSync(path.join(root, 'rolegate.yml'), BASIC_CONFIG)
    result = await runCli(['validate', '--config', 'rolegate.yml'], root)
    expectNoCrash(result, 1)
    // dist/ is rebuilt apart from source changes: its wording may be the one before "a number".
    expect(result.stdout).toMatch(/maxSessionDuration: expected (a )?number, got \.nan/)
  })

  it('a ReDoS action pattern and huge patterns finish', async () => {
    const role = `kind: Role
name: app
${TRUST}policies:
  P:
    Statement:
      - Effect: Allow
        Action: ["s3:*?*?*?*?*?*?*?*?*?Z", "s3:${'*a'.repeat(4000)}", "${'*'.repeat(10_000)}"]
        Resource: "*"
`
    const root = tempProject({ 'rolegate.yml': BASIC_CONFIG, 'iam/app.yml': role })
    const result = await runCli(['validate', '--config', 'rolegate.yml'], root)
    expectNoCrash(result, 1)
    expect(result.stdout).toContain('iam/app.yml')
  })

  it('rolegate.yml linked outside the workspace, or a FIFO: exit 2 naming the file, no hang', async () => {
    const outside = mkdtempSync(path.join(tmpdir(), 'rolegate-outside-'))
    writeFileSync(path.join(outside, 'rolegate.yml'), BASIC_CONFIG)
    const linked = tempProject({ 'iam/app.yml': `kind: Role\nname: app\n${TRUST}` })
    symlinkSync(path.join(outside, 'rolegate.yml'), path.join(linked, 'rolegate.yml'))
    let result = await runCli(['validate', '--config', 'rolegate.yml'], linked)
    expectNoCrash(result, 2)
    expect(result.stdout).toMatch(
      /rolegate\.yml:1:1\s+error\s+schema\s+symbolic link to .*, outside the workspace/
    )

    const fifo = tempProject({ 'iam/app.yml': `kind: Role\nname: app\n${TRUST}` })
    execFileSync('mkfifo', [path.join(fifo, 'rolegate.yml')])
    result = await runCli(['validate', '--config', 'rolegate.yml'], fifo)
    expectNoCrash(result, 2)
    expect(result.stdout).toContain('not a regular file but a named pipe')

    // A config elsewhere is allowed (its folder is the workspace); a device is still refused.
    result = await runCli(['validate', '--config', '/dev/zero'], fifo)
    expectNoCrash(result, 2)
    expect(result.stdout).toContain('not a regular file but a character device')
  })
})
