/**
 * Bad input stops the import with one clear line per problem, before anything is written.
 */
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { Emulator } from '../../test/emulator/index.js'
import { tempProject } from '../support/temp-project.js'
import { useEmulatorEndpoints } from '../support/deploy-project.js'
import { accountBuilder, CONFIG, createBoundary, DEV, importInto } from './support/accounts.js'
import { usageErrorOf } from '../support/usage-error.js'

let emulator: Emulator
let restoreEnv: () => void
const workspaces: string[] = []

beforeAll(async () => {
  emulator = await Emulator.start({ accounts: [DEV] })
  restoreEnv = useEmulatorEndpoints(emulator)
  const dev = accountBuilder(emulator, DEV)
  await createBoundary(dev)
  await dev.role({ name: 'shop-dev-api', boundary: true, tags: { Project: 'shop', Environment: 'dev' } })
  await dev.role({ name: 'shop-dev-web', boundary: true, tags: { Project: 'shop', Environment: 'dev' } })
  await dev.role({
    name: 'shop-dev-theirs',
    boundary: true,
    tags: { Project: 'shop', Environment: 'dev', 'rolegate:managed-by': 'other-org/other-repo' }
  })
  await dev.role({
    name: 'shop-dev-odd',
    boundary: true,
    description: 'renders {name} in emails',
    tags: { Project: 'shop', Environment: 'dev' },
    inline: {
      Reports: {
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::reports/{id}/*' }]
      }
    }
  })
  dev.iam.destroy()
})

afterAll(async () => {
  restoreEnv?.()
  await emulator?.stop()
  for (const workspace of workspaces) rmSync(workspace, { recursive: true, force: true })
})

function project(config = CONFIG): string {
  const workspace = tempProject({ 'rolegate.yml': config })
  workspaces.push(workspace)
  return workspace
}

const files = (workspace: string) => readdirSync(workspace, { recursive: true }).map(String).sort()

it('a glob that matches nothing', async () => {
  const workspace = project()
  const message = await usageErrorOf(
    importInto(emulator, workspace, 'dev', { match: ['shop-dev-api', 'shop-staging-*'] })
  )
  expect(message).toBe(
    'cannot import: --match "shop-staging-*" matches no role in account 111111111111 (dev); nothing was written (service-linked (/aws-service-role/) and AWS-reserved (/aws-reserved/) roles are never imported; globs use * and ?, case-insensitively)'
  )
  expect(files(workspace)).toEqual(['rolegate.yml'])
})

it('roles RoleGate cannot express: which field and why, nothing written', async () => {
  const workspace = project()
  const message = await usageErrorOf(importInto(emulator, workspace, 'dev'))
  expect(message.split('\n')).toEqual([
    "cannot import: 2 value(s) in account 111111111111 (dev) cannot be written as definitions; nothing was written. Leave those roles out with --match '!NAME', or change them in IAM first:",
    '  role shop-dev-odd: description holds "{name}", which a definition cannot say: rendering would read it as a variable',
    '  role shop-dev-odd: policies.Reports holds "{id}", which a definition cannot say: rendering would read it as a variable'
  ])
  expect(files(workspace)).toEqual(['rolegate.yml'])
  // Leaving it out imports the rest.
  const report = await importInto(emulator, workspace, 'dev', { match: ['!shop-dev-odd'] })
  expect(report.files.map(file => file.file)).toEqual(['iam/roles/api.yml', 'iam/roles/web.yml'])
})

it('a logical name a hand-written definition already uses for another role: the import takes a free one and keeps the live name', async () => {
  const workspace = project()
  mkdirSync(path.join(workspace, 'iam'))
  writeFileSync(
    path.join(workspace, 'iam', 'api.yml'),
    'kind: Role\nname: api\nroleName: shop-dev-other\ntrust:\n  Statement:\n    - Effect: Allow\n      Principal: { Service: ecs-tasks.amazonaws.com }\n      Action: sts:AssumeRole\n'
  )
  const report = await importInto(emulator, workspace, 'dev', { match: ['shop-dev-api'] })
  expect(report.files.map(file => [file.file, file.name, file.action])).toEqual([
    ['iam/roles/api-2.yml', 'api-2', 'created']
  ])
  const written = readFileSync(path.join(workspace, 'iam/roles/api-2.yml'), 'utf8')
  expect(written).toContain('\nname: api-2\nroleName: shop-{environment}-api\n')
})

it('an environment without an account, or not in the config', async () => {
  const withoutAccount = project(
    CONFIG.replace(`dev: { account: "${DEV}", region: us-east-1 }`, 'dev: { region: us-east-1 }')
  )
  expect(await usageErrorOf(importInto(emulator, withoutAccount, 'dev'))).toMatch(
    /^cannot import: rolegate\.yml is invalid \(rolegate\.yml:\d+: environments\.dev\.account: required key is missing\); fix it first/
  )
  expect(await usageErrorOf(importInto(emulator, project(), 'qa'))).toBe(
    'cannot import: environment "qa" is not defined in rolegate.yml; known: dev, prod'
  )
})

it('missing credentials', async () => {
  const workspace = project()
  const names = [
    'AWS_ACCESS_KEY_ID',
    'AWS_SECRET_ACCESS_KEY',
    'AWS_SESSION_TOKEN',
    'AWS_PROFILE',
    'AWS_SHARED_CREDENTIALS_FILE',
    'AWS_CONFIG_FILE'
  ]
  const saved = Object.fromEntries(names.map(name => [name, process.env[name]]))
  for (const name of names) delete process.env[name]
  process.env.AWS_SHARED_CREDENTIALS_FILE = path.join(workspace, 'no-credentials')
  process.env.AWS_CONFIG_FILE = path.join(workspace, 'no-config')
  try {
    const message = await usageErrorOf(
      importInto(emulator, workspace, 'dev', { credentials: async () => undefined })
    )
    expect(message).toMatch(/^no AWS credentials for import: the CLI uses the standard chain/)
  } finally {
    for (const name of names) {
      if (saved[name] === undefined) delete process.env[name]
      else process.env[name] = saved[name]
    }
  }
  expect(files(workspace)).toEqual(['rolegate.yml'])
})

it('an exclude that matches no role is an error too; an include the excludes cancel is "no role", not "matches nothing"', async () => {
  const workspace = project()
  expect(
    await usageErrorOf(importInto(emulator, workspace, 'dev', { match: ['shop-dev-api', '!shop-dev-ap1'] }))
  ).toMatch(/^cannot import: --match "!shop-dev-ap1" matches no role in account 111111111111 \(dev\)/)
  expect(
    await usageErrorOf(importInto(emulator, workspace, 'dev', { match: ['shop-dev-api', '!shop-dev-api'] }))
  ).toMatch(/^cannot import: no role to import in account 111111111111 \(dev\)/)
  expect(files(workspace)).toEqual(['rolegate.yml'])
})

it("every role selected is another owner's: no role to import, exit as an error", async () => {
  const workspace = project()
  expect(await usageErrorOf(importInto(emulator, workspace, 'dev', { match: ['shop-dev-theirs'] }))).toBe(
    "cannot import: no role to import in account 111111111111 (dev); nothing was written (every role selected is another owner's: shop-dev-theirs (other-org/other-repo); RoleGate imports only roles it could own)"
  )
  expect(files(workspace)).toEqual(['rolegate.yml'])
})

it('--out through a link out of the repository is refused before IAM is read', async () => {
  const workspace = project()
  const outside = mkdtempSync(path.join(tmpdir(), 'rolegate-outside-'))
  try {
    symlinkSync(outside, path.join(workspace, 'linked'))
    emulator.calls.reset()
    expect(
      await usageErrorOf(
        importInto(emulator, workspace, 'dev', { match: ['shop-dev-api'], out: 'linked/roles' })
      )
    ).toMatch(
      /^--out linked\/roles resolves through a link to .*, outside the workspace .*; definitions must live in the repository$/
    )
    expect(readdirSync(outside)).toEqual([])
    // Refused before any credential was used: no STS or IAM call.
    expect(emulator.calls.records()).toEqual([])
  } finally {
    rmSync(outside, { recursive: true, force: true })
  }
})

it('a file that cannot be written: one line, and the files written before it are put back', async () => {
  const workspace = project()
  // iam/roles/web.yml is a folder: the second file cannot be written after the first was.
  mkdirSync(path.join(workspace, 'iam', 'roles', 'web.yml'), { recursive: true })
  const message = await usageErrorOf(
    importInto(emulator, workspace, 'dev', { match: ['shop-dev-api', 'shop-dev-web'] })
  )
  expect(message).toBe(
    'iam/roles/web.yml exists and is not a regular file; RoleGate does not write through it: move it away; nothing was written (the 1 file(s) written before it were put back)'
  )
  expect(files(workspace)).toEqual(['iam', 'iam/roles', 'iam/roles/web.yml', 'rolegate.yml'])
})

it("leaves AWS's own tags out (aws:cloudformation:*): no definition can hold them, no plan can remove them", async () => {
  const dev = accountBuilder(emulator, DEV)
  await dev.role({ name: 'shop-dev-stack', boundary: true, tags: { Project: 'shop', Environment: 'dev' } })
  dev.iam.destroy()
  // IAM refuses aws: tags from users; CloudFormation puts them on the roles it creates.
  const role = [...emulator.account(DEV).state.roles.values()].find(item => item.name === 'shop-dev-stack')!
  role.tags.push({ Key: 'aws:cloudformation:stack-name', Value: 'legacy' })
  const workspace = project()
  const report = await importInto(emulator, workspace, 'dev', { match: ['shop-dev-stack'] })
  expect(report.files.map(file => file.file)).toEqual(['iam/roles/stack.yml'])
  const written = readFileSync(path.join(workspace, 'iam/roles/stack.yml'), 'utf8')
  expect(written).not.toContain('aws:cloudformation')
  expect(written).not.toContain('legacy')
})
