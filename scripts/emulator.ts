/**
 * Standalone emulator (AWS IAM + STS + GitHub OIDC/REST) for local runs of RoleGate or any AWS client:
 *
 *   eval "$(npm run -s emulator -- --account 111111111111 --account 222222222222)"
 *
 * Prints `export NAME=value` lines on stdout (endpoints, region, admin key of the first account),
 * logs to stderr, and runs until interrupted. Options:
 *   --account ID     create an account with an admin access key (repeatable; default 111111111111)
 *   --port N         IAM on N, STS on N+1, OIDC issuer on N+2, GitHub API on N+3 (default: random)
 *   --region NAME    AWS_REGION to print (default us-east-1)
 *   --state FILE     load accounts from FILE if it exists; save them there on exit
 *   --repo O/R       GitHub repository of the job whose OIDC request env is printed (default octo-org/octo-repo)
 *   --environment E  bind that job to a GitHub environment
 *   --bootstrap FILE apply `rolegate bootstrap` for every environment of that rolegate.yml (creates the
 *                    accounts, the permissions boundary and the deployer role trusting --repo)
 * Faults come from EMULATOR_* variables (see test/emulator/aws/faults.ts: faultsFromEnv).
 */
import { existsSync, readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { bootstrapAccount } from '../test/emulator/bootstrap.js'
import { parseArgs } from 'node:util'
import { Emulator } from '../test/emulator/emulator.js'
import { faultsFromEnv } from '../test/emulator/aws/faults.js'

function fail(message: string): never {
  process.stderr.write(`emulator: ${message}\n`)
  process.exit(2)
}

function quote(value: string): string {
  return /^[\w@%+=:,./-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      account: { type: 'string', multiple: true },
      port: { type: 'string' },
      region: { type: 'string' },
      state: { type: 'string' },
      repo: { type: 'string' },
      environment: { type: 'string' },
      bootstrap: { type: 'string' }
    },
    strict: true
  })
  const base = values.port === undefined ? undefined : Number(values.port)
  if (base !== undefined && (!Number.isInteger(base) || base < 1 || base > 65532))
    fail(`--port must be 1..65532, got '${values.port}'`)
  const [owner, repo] = (values.repo ?? 'octo-org/octo-repo').split('/')
  if (!owner || !repo) fail(`--repo must be OWNER/REPO, got '${values.repo}'`)

  const state = values.state
  const emulator = await Emulator.start({
    region: values.region,
    faults: faultsFromEnv(process.env),
    ports: base === undefined ? undefined : { iam: base, sts: base + 1, oidc: base + 2, github: base + 3 },
    snapshot: state !== undefined && existsSync(state) ? state : undefined
  })
  const requested = values.account ?? (emulator.registry.accounts.size === 0 ? ['111111111111'] : [])
  for (const id of requested) {
    if (!/^\d{12}$/.test(id)) fail(`--account must be 12 digits, got '${id}'`)
    if (!emulator.registry.account(id)) emulator.createAccount(id)
  }
  if (values.bootstrap) {
    let configText: string
    try {
      configText = readFileSync(values.bootstrap, 'utf8')
    } catch {
      fail(`--bootstrap: cannot read ${values.bootstrap}`)
    }
    const environments = Object.keys((parse(configText) as { environments?: object })?.environments ?? {})
    for (const environment of environments) {
      await bootstrapAccount(emulator, configText, environment, `${owner}/${repo}`)
      process.stderr.write(
        `emulator: bootstrapped ${environment} of ${values.bootstrap} (boundary + deployer role trusting ${owner}/${repo})\n`
      )
    }
  }
  const first = emulator.account(requested[0] ?? [...emulator.registry.accounts.keys()][0])
  const job = emulator.oidc.registerJob({ owner, repo, environment: values.environment })
  const exports: Record<string, string> = {
    AWS_ENDPOINT_URL_IAM: emulator.endpoints.iam,
    AWS_ENDPOINT_URL_STS: emulator.endpoints.sts,
    AWS_REGION: emulator.region,
    AWS_ACCESS_KEY_ID: first.admin.accessKeyId,
    AWS_SECRET_ACCESS_KEY: first.admin.secretAccessKey,
    GITHUB_API_URL: emulator.endpoints.githubApi,
    GITHUB_TOKEN: emulator.github.writeToken,
    ACTIONS_ID_TOKEN_REQUEST_URL: job.requestUrl,
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: job.requestToken
  }
  for (const [name, value] of Object.entries(exports))
    process.stdout.write(`export ${name}=${quote(value)}\n`)
  for (const id of emulator.registry.accounts.keys()) {
    const admin = emulator.account(id).admin
    process.stderr.write(`emulator: account ${id} admin key ${admin.accessKeyId}\n`)
  }
  process.stderr.write(
    `emulator: OIDC issuer ${emulator.endpoints.oidcIssuer} (trust it as token.actions.githubusercontent.com)\n`
  )
  process.stderr.write('emulator: running; Ctrl-C to stop\n')

  const shutdown = async (signal: string) => {
    process.stderr.write(`emulator: ${signal}, stopping\n`)
    if (state !== undefined) {
      await emulator.saveSnapshot(state)
      process.stderr.write(`emulator: state saved to ${state}\n`)
    }
    await emulator.stop()
    process.exit(0)
  }
  process.once('SIGINT', () => void shutdown('SIGINT'))
  process.once('SIGTERM', () => void shutdown('SIGTERM'))
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)))
