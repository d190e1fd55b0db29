/**
 * The bundled CLI as a person types it (issue 11 items 4, 5, 6): help, "did you mean", formats a
 * command can produce, the config found from wherever they stand, git failures that say why, and
 * bootstrap templates CloudFormation accepts.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { load } from 'js-yaml'
import { runCli, runNode, cleanEnv, REPO_ROOT } from '../support/run-dist.js'
import { gitWorkspace } from '../support/git-workspace.js'
import { BASIC_CONFIG, tempProject } from '../support/temp-project.js'

const ROLE = `kind: Role
name: app
description: the app
trust:
  Statement:
    - Effect: Allow
      Principal: { Service: lambda.amazonaws.com }
      Action: sts:AssumeRole
policies:
  read:
    Statement:
      - Effect: Allow
        Action: s3:GetObject
        Resource: arn:aws:s3:::bucket/*
`

describe('rolegate help and usage errors', () => {
  it('a misspelt command suggests the command, exit 2', async () => {
    const result = await runCli(['valdate'], REPO_ROOT)
    expect(result.code).toBe(2)
    expect(result.stderr).toContain("rolegate: unknown command 'valdate'")
    expect(result.stderr).toContain('(Did you mean validate?)')
  })

  it('a misspelt option suggests the option, also for --enviroment', async () => {
    let result = await runCli(['validate', '--enviroment', 'dev'], REPO_ROOT)
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('(Did you mean --env?)')
    result = await runCli(['diff', '--bsae', 'main'], REPO_ROOT)
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('(Did you mean --base?)')
  })

  it('an option missing its value says so, instead of taking the next option as its value', async () => {
    // Before: "too many arguments for 'validate'. Expected 0 arguments but got 1." (env = "--format").
    let result = await runCli(['validate', '--env', '--format', 'json'], REPO_ROOT)
    expect(result.code).toBe(2)
    expect(result.stderr).toContain(
      "rolegate: option '--env <name>' needs a value, but is followed by the option --format"
    )
    result = await runCli(['can', 'app', 's3:GetObject', '--context', '--env', 'dev'], REPO_ROOT)
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(
      /option '--context <[^>]+>' needs a value, but is followed by the option --env/
    )
    // With `=` the value is what was written, even one that starts with --: no such option.
    result = await runCli(['validate', '--config=--x.yml'], REPO_ROOT)
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('config file --x.yml not found')
  })

  it('a one-value option given twice with different values is a usage error, not "the last one wins"', async () => {
    // Before, `deploy --env dev --env prod` deployed prod alone, silently.
    let result = await runCli(['deploy', '--env', 'dev', '--env', 'prod', '--dry-run'], REPO_ROOT)
    expect(result.code).toBe(2)
    expect(result.stderr).toContain(
      "rolegate: option '--env' is given more than once, with different values ('dev', then 'prod'); it takes one value: give it once"
    )
    expect(result.stdout).toBe('')
    result = await runCli(['validate', '--format', 'json', '--format=sarif'], REPO_ROOT)
    expect(result.code).toBe(2)
    expect(result.stderr).toContain(
      "option '--format' is given more than once, with different values ('json', then 'sarif')"
    )
    // The same value twice means what it says; repeatable options still collect.
    result = await runCli(
      ['validate', '--format', 'json', '--format', 'json', '--config', 'examples/llm-models/rolegate.yml'],
      REPO_ROOT
    )
    expect(result.code).toBe(0)
    expect(JSON.parse(result.stdout)).toMatchObject({ command: 'validate' })
  })

  it('an argument longer than 16,384 characters is refused, showing only how it starts', async () => {
    const pasted = `s3:Get${'x'.repeat(100_000)}`
    const result = await runCli(['can', 'task-role', pasted, '*', '--env', 'dev'], REPO_ROOT)
    expect(result.code).toBe(2)
    expect(result.stderr).toBe(
      `rolegate: an argument ("s3:Getxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"…) is 100,006 characters long; RoleGate accepts at most 16,384 per argument: check what was pasted\n`
    )
    expect(result.stdout).toBe('')
    const config = ['--config', 'examples/llm-models/rolegate.yml']
    // Counted in characters (an emoji is one), and named by the option before it.
    const value = `aws:Referer=${'a'.repeat(27)}😀${'x'.repeat(16_372 - 27 - 1)}`
    expect([...value].length).toBe(16_384)
    const limit = await runCli(
      ['can', 'task-role', 's3:GetObject', '*', '--env', 'dev', ...config, '--context', value],
      REPO_ROOT
    )
    expect(limit.stderr).not.toContain('characters long')
    expect([0, 1]).toContain(limit.code)
    const over = await runCli(
      ['can', 'task-role', 's3:GetObject', '*', '--env', 'dev', ...config, '--context', `${value}x`],
      REPO_ROOT
    )
    expect(over.code).toBe(2)
    expect(over.stderr).toBe(
      `rolegate: the argument after --context ("aws:Referer=${'a'.repeat(27)}😀"…) is 16,385 characters long; RoleGate accepts at most 16,384 per argument: check what was pasted\n`
    )
  })

  it('help, help <command> and <command> --help print usage on stdout, exit 0', async () => {
    const top = await runCli(['help'], REPO_ROOT)
    expect(top.code).toBe(0)
    expect(top.stdout).toMatch(/^Usage: rolegate <command> \[options\]/)
    const validate = await runCli(['help', 'validate'], REPO_ROOT)
    expect(validate.code).toBe(0)
    expect(validate.stdout).toMatch(/^Usage: rolegate validate \[options\]/)
    expect(validate.stdout).toContain('--fail-on <level>')
    const importHelp = await runCli(['import', '--help'], REPO_ROOT)
    expect(importHelp.stdout).toMatch(/--match <glob>[\s\S]*--path-prefix[\s\S]*--out <dir>[\s\S]*--force/)
    expect(importHelp.stdout).not.toContain('--base')
  })

  it('help fits 80 columns (commander stops wrapping when the command column is too wide)', async () => {
    const top = await runCli(['help'], REPO_ROOT)
    expect(top.stdout.split('\n').filter(line => line.length > 80)).toEqual([])
    expect(top.stdout).toContain('  can <role> <action> <resource>  may ROLE do ACTION on RESOURCE')
  })

  it('a near-miss flag is suggested only when the command takes the real one', async () => {
    const validate = await runCli(['validate', '--configuration', 'x'], REPO_ROOT)
    expect(validate.stderr).toContain('option --configuration is spelled --config in RoleGate')
    const init = await runCli(['init', '--configuration', 'x'], REPO_ROOT)
    expect(init.code).toBe(2)
    expect(init.stderr).toContain("unknown option '--configuration'")
    expect(init.stderr).not.toContain('--config ')
  })

  it('a reader that closes the pipe early ends the output, not the exit code, and prints no stack trace', () => {
    const root = tempProject({
      'rolegate.yml': BASIC_CONFIG,
      'iam/app.yml': ROLE.replace('Action: s3:GetObject', 'Action: s3:GetObjekt')
    })
    // A real pipe, as a person types it: SARIF lists every rule, far more than a pipe buffer.
    const result = spawnSync(
      'bash',
      [
        '-c',
        `"${process.execPath}" "${path.join(REPO_ROOT, 'dist/cli/index.js')}" validate --format sarif | head -c 1 >/dev/null; exit \${PIPESTATUS[0]}`
      ],
      { cwd: root, encoding: 'utf8', env: cleanEnv() }
    )
    expect(result.stderr).toBe('')
    expect(result.status).toBe(1)
  })

  it('stderr closed early does not stop the command; a full disk for stdout is exit 3, never silent', () => {
    const root = tempProject({ 'rolegate.yml': BASIC_CONFIG, 'iam/app.yml': ROLE })
    const cli = `"${process.execPath}" "${path.join(REPO_ROOT, 'dist/cli/index.js')}"`
    const closed = spawnSync('bash', ['-c', `${cli} validate 2>&1 >out.txt | true; exit \${PIPESTATUS[0]}`], {
      cwd: root,
      encoding: 'utf8',
      env: cleanEnv()
    })
    expect(closed.status).toBe(0)
    expect(readFileSync(path.join(root, 'out.txt'), 'utf8')).toMatch(/^validate: 0 error\(s\)/m)
    const full = spawnSync('bash', ['-c', `${cli} validate > /dev/full`], {
      cwd: root,
      encoding: 'utf8',
      env: cleanEnv()
    })
    expect(full.status).toBe(3)
    expect(full.stderr).toMatch(/^rolegate: could not write the output: ENOSPC/)
  })

  it('a current folder that was deleted is one line, exit 2', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'rolegate-gone-'))
    const result = spawnSync(
      'bash',
      [
        '-c',
        `cd "${root}" && rmdir "${root}" && "${process.execPath}" "${path.join(REPO_ROOT, 'dist/cli/index.js')}" validate`
      ],
      { encoding: 'utf8', env: cleanEnv() }
    )
    expect(result.status).toBe(2)
    expect(result.stderr).toBe(
      'rolegate: the current folder no longer exists; cd into the repository and run again\n'
    )
  })

  it('no command prints the usage on stderr, exit 2', async () => {
    const result = await runCli([], REPO_ROOT)
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('Usage: rolegate <command> [options]')
  })

  it('--format refuses what the command cannot produce', async () => {
    for (const [command, format] of [
      ['plan', 'sarif'],
      ['matrix', 'sarif'],
      ['import', 'markdown'],
      ['bootstrap', 'sarif']
    ]) {
      const result = await runCli([command, '--env', 'dev', '--format', format], REPO_ROOT)
      expect({ command, code: result.code, stdout: result.stdout }).toEqual({ command, code: 2, stdout: '' })
      expect(result.stderr).toContain(`argument '${format}' is invalid`)
    }
    const failOn = await runCli(['validate', '--fail-on', 'info'], REPO_ROOT)
    expect(failOn.code).toBe(2)
    expect(failOn.stderr).toContain('Allowed choices are error, warning, never')
  })

  it('matrix names a definition that does not load (its roles are missing), on stderr, exit 1', async () => {
    const root = tempProject({
      'rolegate.yml': BASIC_CONFIG,
      'iam/app.yml': ROLE,
      'iam/broken.yml': 'kind: Role\nname: broken\ntrust: [\n'
    })
    const result = await runCli(['matrix', '--env', 'dev', '--format', 'json'], root)
    expect(result.code).toBe(1)
    const [dev] = JSON.parse(result.stdout) as { rows: { role: string }[] }[]
    expect(dev.rows.map(row => row.role)).toEqual(['app'])
    expect(result.stderr).toMatch(/^iam\/broken\.yml:\d+:\d+ +error +schema /m)
  })

  it('no colour when stdout is not a terminal, nor with NO_COLOR', async () => {
    const root = tempProject({
      'rolegate.yml': BASIC_CONFIG,
      'iam/app.yml': ROLE.replace('s3:GetObject', 's3:*')
    })
    const result = await runNode([path.join(REPO_ROOT, 'dist/cli/index.js'), 'validate'], {
      cwd: root,
      env: cleanEnv({ NO_COLOR: '1', FORCE_COLOR: '1' })
    })
    expect(result.stdout).toContain('warning')
    expect(result.stdout).not.toContain('\u001b[')
  })
})

describe('where the config is', () => {
  const layout = { 'infra/rolegate.yml': BASIC_CONFIG, 'infra/iam/app.yml': ROLE }

  it('without --config, the nearest rolegate.yml upward from the current folder', async () => {
    const root = tempProject(layout)
    const result = await runCli(['validate', '--format', 'json'], path.join(root, 'infra/iam'))
    expect(result.code).toBe(0)
    // JSON says where its paths are from itself: stderr only names the config that was found.
    expect(result.stderr).toBe('rolegate: using ../rolegate.yml\n')
    expect(JSON.parse(result.stdout)).toMatchObject({
      config: 'rolegate.yml',
      environmentNames: ['dev', 'prod']
    })
  })

  it('--config ../rolegate.yml and an absolute --config from / work for validate and diff', async () => {
    const ws = gitWorkspace(layout)
    try {
      mkdirSync(path.join(ws.dir, 'infra/other'), { recursive: true })
      let result = await runCli(['validate', '--config', '../rolegate.yml'], path.join(ws.dir, 'infra/other'))
      expect(result.code).toBe(0)
      // Report paths are the config folder's, not the current folder's: said before the report.
      expect(result.stderr).toBe('rolegate: paths below are relative to the folder of ../rolegate.yml\n')
      const config = path.join(ws.dir, 'infra/rolegate.yml')
      result = await runCli(['validate', '--config', config], '/')
      expect(result.code).toBe(0)
      ws.writeHead({ ...layout, 'infra/iam/app.yml': ROLE.replace('s3:GetObject', 's3:PutObject') })
      result = await runCli(['diff', '--config', config, '--format', 'json'], '/')
      expect(result.code).toBe(0)
      const report = JSON.parse(result.stdout) as {
        environments: Record<string, { roles: { name: string; addedActions: string[] }[] }>
      }
      expect(report.environments.dev.roles.find(role => role.name === 'app')?.addedActions).toEqual([
        's3:PutObject'
      ])
    } finally {
      ws.remove()
    }
  })

  it('a --config that does not exist, or none upward: exit 2 saying where it looked', async () => {
    const root = tempProject({ 'iam/app.yml': ROLE })
    let result = await runCli(['validate', '--config', 'nope/rolegate.yml'], root)
    expect(result.code).toBe(2)
    expect(result.stderr).toContain(
      `config file nope/rolegate.yml not found (looked for ${root}/nope/rolegate.yml)`
    )
    result = await runCli(['validate'], root)
    expect(result.code).toBe(2)
    expect(result.stderr).toContain(`no rolegate.yml in ${root} or any folder above it`)
  })
})

describe('diff says why git cannot give the base', () => {
  it('not a repository', async () => {
    const root = tempProject({ 'rolegate.yml': BASIC_CONFIG, 'iam/app.yml': ROLE })
    const result = await runCli(['diff'], root)
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('is not in a git repository')
    expect(result.stderr).toContain('validate needs no git')
  })

  it('git not installed: says so, not "not in a git repository"', async () => {
    const ws = gitWorkspace(
      { 'rolegate.yml': BASIC_CONFIG, 'iam/app.yml': ROLE },
      { 'rolegate.yml': BASIC_CONFIG, 'iam/app.yml': ROLE }
    )
    try {
      const result = await runNode([path.join(REPO_ROOT, 'dist/cli/index.js'), 'diff'], {
        cwd: ws.dir,
        env: cleanEnv({ PATH: '/nonexistent' })
      })
      expect(result.code).toBe(2)
      expect(result.stderr).toContain('git is not installed or not on PATH')
    } finally {
      ws.remove()
    }
  })

  it('a repository without commits', async () => {
    const root = tempProject({ 'rolegate.yml': BASIC_CONFIG, 'iam/app.yml': ROLE })
    execFileSync('git', ['init', '--quiet'], { cwd: root, env: { PATH: process.env.PATH ?? '', HOME: root } })
    const result = await runCli(['diff'], root)
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('has no commits yet')
  })

  it('a ref that names nothing', async () => {
    const ws = gitWorkspace({ 'rolegate.yml': BASIC_CONFIG, 'iam/app.yml': ROLE })
    try {
      const result = await runCli(['diff', '--base', 'no-such-branch'], ws.dir)
      expect(result.code).toBe(2)
      expect(result.stderr).toContain(
        'base ref "no-such-branch" is not a branch, tag or commit in this repository'
      )
      expect(result.stderr).toContain('this repository has no remote to fetch it from')
    } finally {
      ws.remove()
    }
  })

  it('a commit counted back past a shallow clone: deepen it, not "git fetch origin HEAD~1"', async () => {
    const ws = gitWorkspace({ 'rolegate.yml': BASIC_CONFIG, 'iam/app.yml': ROLE })
    const clone = mkdtempSync(path.join(tmpdir(), 'rolegate-shallow-'))
    try {
      const env = { PATH: process.env.PATH ?? '', HOME: clone }
      execFileSync('git', ['clone', '--quiet', '--depth', '1', `file://${ws.dir}`, 'repo'], {
        cwd: clone,
        env
      })
      const result = await runCli(['diff', '--base', 'HEAD~1'], path.join(clone, 'repo'))
      expect(result.code).toBe(2)
      expect(result.stderr).toContain(
        `base ref "HEAD~1" goes back further than this shallow clone's history; deepen it ("git fetch --unshallow"`
      )
      expect(result.stderr).not.toContain('git fetch origin HEAD~1')
      // A misspelt branch counted back is a name that does not exist, not a short history.
      const typo = await runCli(['diff', '--base', 'mian~1'], path.join(clone, 'repo'))
      expect(typo.stderr).toContain('base ref "mian~1" is not a branch, tag or commit in this repository')
    } finally {
      ws.remove()
      rmSync(clone, { recursive: true, force: true })
    }
  })
})

describe('rolegate bootstrap', () => {
  // bootstrap refuses without a boundary: the deployer could otherwise create roles with any permission.
  const config = `${BASIC_CONFIG.replace(
    'defaults:\n',
    'defaults:\n  permissionsBoundary: "arn:{partition}:iam::{account}:policy/{project}-rolegate-boundary"\n'
  )}managedBy: acme/infra\n`

  it('neither --env nor --out-dir: exit 2 naming both', async () => {
    const root = tempProject({ 'rolegate.yml': config })
    const result = await runCli(['bootstrap'], root)
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/pass --env NAME to print one, or --out-dir DIR/)
  })

  it('--env prints one document; --out-dir writes bootstrap-<env>.yml; cfn-lint accepts each', async () => {
    const root = tempProject({ 'rolegate.yml': config })
    const one = await runCli(['bootstrap', '--env', 'dev'], root)
    expect(one.code).toBe(0)
    expect(one.stdout).not.toMatch(/^---/m)
    expect(load(one.stdout)).toMatchObject({ Resources: expect.any(Object) })

    const unknown = await runCli(['bootstrap', '--env', 'qa'], root)
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toContain('environment "qa" is not in rolegate.yml; its environments: dev, prod')

    const written = await runCli(['bootstrap', '--out-dir', 'cfn'], root)
    expect(written.code).toBe(0)
    const files = ['dev', 'prod'].map(name => path.join(root, 'cfn', `bootstrap-${name}.yml`))
    expect(files.map(existsSync)).toEqual([true, true])
    expect(readFileSync(files[0], 'utf8')).toBe(one.stdout)

    const lint = spawnSync('cfn-lint', ['--version'], { encoding: 'utf8' })
    if (lint.status !== 0) return // cfn-lint not installed: the YAML checks above still ran
    for (const file of files) {
      const checked = spawnSync('cfn-lint', [file], { encoding: 'utf8' })
      expect({ file, status: checked.status, output: checked.stdout + checked.stderr }).toEqual({
        file,
        status: 0,
        output: ''
      })
    }
  }, 60_000)
})
