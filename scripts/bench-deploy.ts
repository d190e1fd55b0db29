/**
 * Deploy benchmark: API calls and wall time of RoleGate's deploy against the local emulator with
 * 50 ms of latency per AWS call, in one run:
 *   (a) first deploy of a generated 500-role project (the bundled action, through OIDC),
 *   (b) a no-op deploy of the same project,
 *   (c) a naive reader of the same 500 roles through the SDK: GetRole, ListRolePolicies,
 *       GetRolePolicy (per inline policy), ListAttachedRolePolicies, ListRoleTags per role,
 *       with the applier's concurrency (4).
 * Figures only, not a test. `npm run bench:deploy` (tsx scripts/bench-deploy.ts).
 */
import {
  GetRoleCommand,
  GetRolePolicyCommand,
  IAMClient,
  ListAttachedRolePoliciesCommand,
  ListRolePoliciesCommand,
  ListRoleTagsCommand
} from '@aws-sdk/client-iam'
import { DEFAULT_APPLY_OPTIONS } from '../src/aws/apply.js'
import {
  bootstrapProject,
  DEV_ACCOUNT,
  generatedProject,
  REPOSITORY
} from '../__tests__/support/deploy-project.js'
import { Emulator, runAction } from '../test/emulator/index.js'

const ROLES = 500
const LATENCY_MS = 50
const [owner, repo] = REPOSITORY.split('/')

interface Row {
  scenario: string
  iam: number
  sts: number
  seconds: number
}

const emulator = await Emulator.start()
try {
  const files = generatedProject({ roles: ROLES, managedPolicyEvery: 50, instanceProfileEvery: 100 })
  await bootstrapProject(emulator, files['rolegate.yml'])
  emulator.faults.configure({ latencyMs: LATENCY_MS })

  const measure = async (scenario: string, work: () => Promise<void>): Promise<Row> => {
    emulator.calls.reset()
    const started = performance.now()
    await work()
    const seconds = (performance.now() - started) / 1000
    return {
      scenario,
      iam: emulator.calls.count({ service: 'iam' }),
      sts: emulator.calls.count({ service: 'sts' }),
      seconds
    }
  }

  const deploy = async () => {
    const result = await runAction(emulator, {
      files,
      inputs: { command: 'deploy', environment: 'dev', 'fail-on': 'never' },
      job: { owner, repo, environment: 'dev', eventName: 'push', idTokenWrite: true },
      timeoutMs: 600_000
    })
    if (result.exitCode !== 0) throw new Error(`deploy failed:\n${result.stdout}\n${result.stderr}`)
  }

  const first = await measure(`(a) first deploy, ${ROLES} roles (action)`, deploy)
  const noop = await measure(`(b) no-op deploy, ${ROLES} roles (action)`, deploy)

  const names = [...emulator.account(DEV_ACCOUNT).state.roles.values()]
    .map(role => role.name)
    .filter(name => name.startsWith('fleet-dev-'))
  if (names.length !== ROLES) throw new Error(`expected ${ROLES} deployed roles, found ${names.length}`)
  const naive = await measure(
    `(c) naive reader, ${ROLES} roles (SDK, ${DEFAULT_APPLY_OPTIONS.concurrency} at a time)`,
    async () => {
      const iam = new IAMClient({ ...emulator.iamClientConfig(DEV_ACCOUNT), maxAttempts: 10 })
      const queue = [...names]
      const readRole = async (RoleName: string) => {
        await iam.send(new GetRoleCommand({ RoleName }))
        const { PolicyNames = [] } = await iam.send(new ListRolePoliciesCommand({ RoleName }))
        for (const PolicyName of PolicyNames)
          await iam.send(new GetRolePolicyCommand({ RoleName, PolicyName }))
        await iam.send(new ListAttachedRolePoliciesCommand({ RoleName }))
        await iam.send(new ListRoleTagsCommand({ RoleName }))
      }
      await Promise.all(
        Array.from({ length: DEFAULT_APPLY_OPTIONS.concurrency }, async () => {
          for (let name = queue.shift(); name; name = queue.shift()) await readRole(name)
        })
      )
      iam.destroy()
    }
  )

  const rows = [first, noop, naive]
  const table = [
    ['scenario', 'IAM calls', 'STS calls', 'seconds', 'calls vs (b)', 'time vs (b)'],
    ...rows.map(row => [
      row.scenario,
      String(row.iam),
      String(row.sts),
      row.seconds.toFixed(2),
      `${(row.iam / noop.iam).toFixed(1)}×`,
      `${(row.seconds / noop.seconds).toFixed(1)}×`
    ])
  ]
  const widths = table[0].map((_, column) => Math.max(...table.map(line => line[column].length)))
  const format = (line: string[]) =>
    `| ${line.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join(' | ')} |`
  console.log(
    `RoleGate deploy benchmark: ${ROLES} roles, ${LATENCY_MS} ms emulated latency per AWS call, node ${process.version}\n`
  )
  console.log(format(table[0]))
  console.log(
    `|${widths.map((width, column) => (column === 0 ? `:${'-'.repeat(width + 1)}` : `${'-'.repeat(width + 1)}:`)).join('|')}|`
  )
  for (const line of table.slice(1)) console.log(format(line))
  console.log(
    `\nReading live state: the naive reader makes ${(naive.iam / noop.iam).toFixed(0)}× the IAM calls of a no-op deploy ` +
      `and takes ${(naive.seconds / noop.seconds).toFixed(1)}× as long (the no-op deploy's time includes starting the action, OIDC and STS).`
  )
} finally {
  await emulator.stop()
}
