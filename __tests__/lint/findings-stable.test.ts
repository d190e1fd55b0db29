/**
 * Speed work must not change a single finding: the findings of every example project and of a fixed
 * sample of AWS managed policies are pinned in fixtures/findings-stable.json (written before the
 * caches, lazy loading and reuse of issue 14), and must come out byte-identical, on a cold run and
 * again on a warm one (caches filled by each environment alone, last first).
 *
 * A rule change that changes findings on purpose regenerates the fixture and shows the difference
 * in review: `UPDATE_FINDINGS=1 NODE_OPTIONS=--experimental-vm-modules npx jest __tests__/lint/findings-stable.test.ts`.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { analyze } from '../../src/commands/analyze.js'
import type { Config } from '../../src/definitions/schema.js'
import { lint } from '../../src/lint/run.js'
import type { Finding } from '../../src/model/findings.js'
import type { DesiredState, EnvironmentState } from '../../src/model/state.js'
import { awsManagedPolicy, awsManagedPolicyArns } from '../../src/policy/managed-policies.js'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const FIXTURE = path.join(ROOT, '__tests__/lint/fixtures/findings-stable.json')
const NOW = new Date('2026-06-01T00:00:00Z')
/** Every 25th AWS managed policy by ARN, and the ones rules single out by name. */
const SAMPLE_STEP = 25
const NAMED = [
  'arn:aws:iam::aws:policy/AdministratorAccess',
  'arn:aws:iam::aws:policy/IAMFullAccess',
  'arn:aws:iam::aws:policy/PowerUserAccess',
  'arn:aws:iam::aws:policy/ReadOnlyAccess'
]

type Pinned = Record<string, Finding[]>

async function exampleFindings(reverse: boolean): Promise<Pinned> {
  const result: Pinned = {}
  for (const name of readdirSync(path.join(ROOT, 'examples')).sort()) {
    const configPath = `examples/${name}/rolegate.yml`
    if (!existsSync(path.join(ROOT, configPath))) continue
    const options = { configPath, workspace: ROOT, managedBy: 'acme/infra', now: NOW }
    if (!reverse) {
      result[`examples/${name}`] = (await analyze(options)).findings
      continue
    }
    // Environments one at a time, last first: per-environment caches must not leak between them.
    const environments = Object.keys((await analyze(options)).config?.environments ?? {}).reverse()
    for (const environment of environments) await analyze({ ...options, environment })
    result[`examples/${name}`] = (await analyze(options)).findings
  }
  return result
}

function managedSample(): string[] {
  const arns = [...awsManagedPolicyArns()].sort()
  return [...new Set([...arns.filter((_, i) => i % SAMPLE_STEP === 0), ...NAMED])].sort()
}

function managedFindings(arns: readonly string[]): Finding[] {
  const environment: EnvironmentState = {
    environment: 'aws',
    account: '111111111111',
    region: 'us-east-1',
    partition: 'aws',
    roles: [],
    managedPolicies: arns.map(arn => {
      const policy = awsManagedPolicy(arn)!
      return {
        logicalName: policy.name,
        name: policy.name,
        path: policy.path,
        arn,
        description: '',
        document: policy.document,
        tags: {}
      }
    })
  }
  const state: DesiredState = { project: 'sample', environments: { aws: environment } }
  const config = { version: 1, project: 'sample', environments: {} } as unknown as Config
  return lint(state, config).findings
}

async function current(reverse: boolean): Promise<string> {
  const sample = managedSample()
  const pinned: Pinned = {
    ...(await exampleFindings(reverse)),
    [`aws-managed-policies (${sample.length})`]: managedFindings(sample)
  }
  return JSON.stringify(pinned, null, 1) + '\n'
}

describe('findings stay byte-identical', () => {
  it('on the examples and a fixed sample of AWS managed policies, cold and warm', async () => {
    const cold = await current(false)
    if (process.env.UPDATE_FINDINGS) writeFileSync(FIXTURE, cold)
    const pinned = readFileSync(FIXTURE, 'utf8')
    expect(cold).toBe(pinned)
    expect(await current(true)).toBe(pinned)
    // The fixture is not empty: the examples keep questionable parts on purpose.
    expect(Object.values(JSON.parse(pinned) as Pinned).every(findings => findings.length > 0)).toBe(true)
  })
})
