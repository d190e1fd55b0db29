import { CreateRoleCommand, IAMClient, PutRolePolicyCommand } from '@aws-sdk/client-iam'
import { fileURLToPath } from 'node:url'
import { Emulator } from '../../test/emulator/index.js'
import { runAction } from '../../test/emulator/harness.js'
import { parseKeyValueFile, parseWorkflowCommands } from '../../test/emulator/harness/outputs.js'

const ACCOUNT = '111111111111'
const PROBE = fileURLToPath(new URL('./fixtures/probe-action.mjs', import.meta.url))
const ROLE_ARN = `arn:aws:iam::${ACCOUNT}:role/deployer`

let emulator: Emulator

beforeAll(async () => {
  emulator = await Emulator.start({ accounts: [ACCOUNT] })
  const iam = new IAMClient(emulator.iamClientConfig(ACCOUNT))
  await iam.send(
    new CreateRoleCommand({
      RoleName: 'deployer',
      AssumeRolePolicyDocument: JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Principal: {
              Federated: `arn:aws:iam::${ACCOUNT}:oidc-provider/token.actions.githubusercontent.com`
            },
            Action: 'sts:AssumeRoleWithWebIdentity',
            Condition: { StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:o/r:*' } }
          }
        ]
      })
    })
  )
  await iam.send(
    new PutRolePolicyCommand({
      RoleName: 'deployer',
      PolicyName: 'read',
      PolicyDocument: JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Action: 'iam:List*', Resource: '*' }]
      })
    })
  )
  iam.destroy()
})

afterAll(async () => {
  await emulator.stop()
})

describe('action harness', () => {
  it('runs a script with the runner environment, OIDC, STS/IAM endpoints and parses outputs and summary', async () => {
    const result = await runAction(emulator, {
      script: PROBE,
      job: { owner: 'o', repo: 'r', environment: 'prod', idTokenWrite: true, runId: 99 },
      inputs: { 'role-arn': ROLE_ARN, 'fail-on': 'error', 'github-token': 'unused' },
      files: { 'rolegate.yml': 'roles:\n  - deployer\n' },
      actionDefaults: false
    })
    expect(result.stderr).not.toMatch(/error/i)
    if (result.exitCode !== 0) throw new Error(result.stdout + result.stderr)
    expect(result.exitCode).toBe(0)
    expect(result.env['INPUT_FAIL-ON']).toBe('error')
    expect(result.env.AWS_ACCESS_KEY_ID).toBeUndefined()
    expect(result.outputs).toEqual({
      'fail-on': 'error',
      config: 'roles:\n  - deployer\n',
      'event-ref': 'refs/heads/main',
      'ambient-key': 'none',
      caller: `arn:aws:sts::${ACCOUNT}:assumed-role/deployer/run-99`,
      roles: 'deployer'
    })
    expect(result.summary).toContain('<h1>RoleGate probe</h1>')
    expect(result.commands).toContainEqual({
      command: 'warning',
      properties: { file: 'rolegate.yml', line: '1' },
      message: 'probe warning'
    })
    expect(result.commands.filter(c => c.command === 'add-mask').length).toBeGreaterThanOrEqual(2)
    expect(emulator.calls.byAction({ service: 'sts' })).toMatchObject({
      AssumeRoleWithWebIdentity: 1,
      GetCallerIdentity: 1
    })
  })

  it('gives no OIDC token without id-token: write, and comments on pull requests with the job token', async () => {
    const denied = await runAction(emulator, {
      script: PROBE,
      job: { owner: 'o', repo: 'r' },
      inputs: { 'role-arn': ROLE_ARN },
      files: { 'rolegate.yml': '' },
      actionDefaults: false
    })
    expect(denied.exitCode).toBe(1)
    expect(denied.env.ACTIONS_ID_TOKEN_REQUEST_URL).toBeUndefined()
    expect(denied.commands.find(c => c.command === 'error')?.message).toContain(
      'ACTIONS_ID_TOKEN_REQUEST_URL'
    )

    const pr = await runAction(emulator, {
      script: PROBE,
      job: {
        owner: 'o',
        repo: 'r',
        eventName: 'pull_request',
        pullRequest: { number: 12, headRef: 'feat' },
        idTokenWrite: true
      },
      inputs: { 'role-arn': ROLE_ARN, 'github-token': '${{ github.token }}' },
      files: { 'rolegate.yml': '' },
      actionDefaults: false,
      aws: { account: ACCOUNT }
    })
    expect(pr.stderr).not.toMatch(/error/i)
    expect(pr.exitCode).toBe(0)
    expect(pr.outputs['event-ref']).toBe('refs/pull/12/merge')
    expect(pr.outputs['ambient-key']).toBe(emulator.account(ACCOUNT).admin.accessKeyId)
    expect(pr.env.GITHUB_HEAD_REF).toBe('feat')
    expect(emulator.github.state.commentsOn('o/r', 12).map(c => c.body)).toEqual(['plan'])
  })

  it('applies action.yml input defaults, evaluating ${{ github.token }}', async () => {
    const { mkdtemp, writeFile, rm } = await import('node:fs/promises')
    const { tmpdir } = await import('node:os')
    const { join } = await import('node:path')
    const dir = await mkdtemp(join(tmpdir(), 'action-yml-'))
    const actionYml = join(dir, 'action.yml')
    await writeFile(
      actionYml,
      'name: x\ninputs:\n  github-token:\n    default: ${{ github.token }}\n  fail-on:\n    default: warning\n  mode:\n    required: true\nruns:\n  using: node24\n  main: dist/index.js\n'
    )
    try {
      const result = await runAction(emulator, {
        script: PROBE,
        job: { owner: 'o', repo: 'r', eventName: 'pull_request', pullRequest: 13, idTokenWrite: true },
        inputs: { 'role-arn': ROLE_ARN },
        files: { 'rolegate.yml': '' },
        actionDefaults: actionYml
      })
      expect(result.exitCode).toBe(0)
      expect(result.env['INPUT_GITHUB-TOKEN']).toBe(result.githubToken)
      expect(result.outputs['fail-on']).toBe('warning')
      expect(result.githubRequests.map(r => `${r.method} ${r.path} ${r.status}`)).toEqual([
        'POST /repos/o/r/issues/13/comments 201'
      ])
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})

describe('harness parsers', () => {
  it('parses the GITHUB_OUTPUT heredoc format of @actions/core', () => {
    const content = 'a<<ghadelimiter_1\nline 1\nline 2\nghadelimiter_1\nb=plain\nempty<<EOF\n\nEOF\n'
    expect(parseKeyValueFile(content)).toEqual({ a: 'line 1\nline 2', b: 'plain', empty: '' })
    expect(() => parseKeyValueFile('x<<END\nno end\n')).toThrow("missing closing delimiter 'END'")
  })

  it('parses workflow commands with escaped data and properties', () => {
    expect(
      parseWorkflowCommands('plain\n::error file=a%2Cb.yml,line=3::bad%0Anews\n::add-mask::s3cr3t\n')
    ).toEqual([
      { command: 'error', properties: { file: 'a,b.yml', line: '3' }, message: 'bad\nnews' },
      { command: 'add-mask', properties: {}, message: 's3cr3t' }
    ])
  })
})
