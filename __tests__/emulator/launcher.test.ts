import { CreateRoleCommand, IAMClient, ListRolesCommand } from '@aws-sdk/client-iam'
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts'
import { spawn } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { REPO_ROOT } from '../../test/emulator/harness.js'

/** Starts `scripts/emulator.ts` the way the npm script does and reads its `export` lines. */
function startLauncher(args: string[]) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/emulator.ts', ...args], {
    cwd: REPO_ROOT,
    env: { PATH: process.env.PATH ?? '', EMULATOR_LATENCY_MS: '1' },
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let stderr = ''
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const exports = new Promise<Record<string, string>>((resolve, reject) => {
    let stdout = ''
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString()
      if (stdout.includes('ACTIONS_ID_TOKEN_REQUEST_TOKEN=')) {
        const entries = stdout
          .trim()
          .split('\n')
          .map(line => /^export ([A-Z_]+)=(.*)$/.exec(line))
          .filter((match): match is RegExpExecArray => match !== null)
          .map(match => [match[1], match[2].replace(/^'(.*)'$/, '$1')])
        resolve(Object.fromEntries(entries))
      }
    })
    child.on('exit', code => reject(new Error(`launcher exited with ${code}: ${stderr}`)))
  })
  const exited = new Promise<number | null>(resolve => child.on('exit', code => resolve(code)))
  return { child, exports, exited, stderr: () => stderr }
}

describe('standalone launcher (scripts/emulator.ts)', () => {
  it('prints exports that a stock SDK client uses through AWS_ENDPOINT_URL_*, and saves state on SIGTERM', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'emulator-launcher-'))
    const state = join(dir, 'state.json')
    const launcher = startLauncher([
      '--account',
      '111111111111',
      '--account',
      '222222222222',
      '--state',
      state
    ])
    const saved = { ...process.env }
    try {
      const env = await launcher.exports
      expect(Object.keys(env)).toEqual(
        expect.arrayContaining([
          'AWS_ENDPOINT_URL_IAM',
          'AWS_ENDPOINT_URL_STS',
          'AWS_REGION',
          'AWS_ACCESS_KEY_ID',
          'AWS_SECRET_ACCESS_KEY'
        ])
      )
      Object.assign(process.env, env)
      // No endpoint option: the SDK picks the emulator up from AWS_ENDPOINT_URL_IAM / _STS.
      const sts = new STSClient({})
      expect((await sts.send(new GetCallerIdentityCommand({}))).Account).toBe('111111111111')
      const iam = new IAMClient({})
      await iam.send(
        new CreateRoleCommand({
          RoleName: 'persisted',
          AssumeRolePolicyDocument: JSON.stringify({
            Version: '2012-10-17',
            Statement: [
              { Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }
            ]
          })
        })
      )
      expect((await iam.send(new ListRolesCommand({}))).Roles?.map(r => r.RoleName)).toEqual(['persisted'])
      sts.destroy()
      iam.destroy()
      launcher.child.kill('SIGTERM')
      expect(await launcher.exited).toBe(0)
      const snapshot = JSON.parse(await readFile(state, 'utf8')) as {
        accounts: Array<{ id: string; roles: Array<{ name: string }> }>
      }
      expect(snapshot.accounts.map(a => a.id)).toEqual(['111111111111', '222222222222'])
      expect(snapshot.accounts[0].roles.map(r => r.name)).toEqual(['persisted'])
    } finally {
      process.env = saved
      if (launcher.child.exitCode === null) launcher.child.kill('SIGKILL')
      await rm(dir, { recursive: true, force: true })
    }
  })
})
