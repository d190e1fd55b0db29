/**
 * deploy end to end: the bundled action, run as the runner runs it, against the emulated AWS and
 * GitHub, through OIDC → AssumeRoleWithWebIdentity → the bootstrap's least-privilege deployer.
 */
import { Emulator, runAction, type RunOptions } from '../../test/emulator/index.js'
import { bootstrapAccount, environmentsOf, exampleFiles } from '../support/deploy-fixtures.js'

const REPO = { owner: 'acme', repo: 'infra' }
const EXAMPLES = ['llm-models', 'lakerunner', 'pulumi-service', 'aimodelshare']

let emulator: Emulator

/** Starts the emulator and bootstraps every environment of the project. */
async function bootstrapped(configText: string): Promise<void> {
  emulator = await Emulator.start()
  for (const environment of Object.keys(environmentsOf(configText))) {
    await bootstrapAccount(emulator, configText, environment, `${REPO.owner}/${REPO.repo}`)
  }
}

function deployRun(
  files: Record<string, string>,
  environment: string,
  extra: Partial<RunOptions> = {}
): Promise<import('../../test/emulator/index.js').RunResult> {
  return runAction(emulator, {
    files,
    // The seeds keep their questionable parts on purpose; deploy them anyway.
    inputs: { command: 'deploy', environment, 'fail-on': 'never' },
    job: { ...REPO, environment, eventName: 'push', idTokenWrite: true },
    ...extra
  })
}

describe.each(EXAMPLES)('deploy of examples/%s', example => {
  const files = exampleFiles(example)
  const configText = files['rolegate.yml']

  beforeAll(async () => {
    await bootstrapped(configText)
  })
  afterAll(async () => {
    await emulator?.stop()
  })

  it('creates exactly the defined state, then a second deploy makes no mutating call', async () => {
    const first = await deployRun(files, 'dev')
    expect(first.stderr).not.toMatch(/\n\s+at /)
    expect(first.exitCode).toBe(0)
    const roles = JSON.parse(first.outputs.roles) as Record<string, string>
    const account = emulator.account(environmentsOf(configText).dev.account)
    for (const arn of Object.values(roles)) {
      const name = arn.split('/').pop()!
      const live = account.state.roles.get(name.toLowerCase())
      expect(live).toBeDefined()
      expect(live!.tags).toEqual(
        expect.arrayContaining([{ Key: 'rolegate:managed-by', Value: 'acme/infra' }])
      )
    }
    emulator.calls.reset()
    const second = await deployRun(files, 'dev')
    expect(second.exitCode).toBe(0)
    expect(second.outputs.changed).toBe('false')
    expect(emulator.calls.count({ service: 'iam', mutating: true })).toBe(0)
  })
})
