/**
 * The demo: the whole RoleGate story on the local AWS + GitHub emulator, running the bundled
 * action (dist/index.js) exactly as the GitHub runner would. `npm run demo`.
 */
import { PutRolePolicyCommand, IAMClient } from '@aws-sdk/client-iam'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { bootstrapAccount, exampleFiles } from '../__tests__/support/deploy-fixtures.js'
import { Emulator, runAction, type RunResult } from '../test/emulator/index.js'

const EXAMPLE = 'llm-models'
const REPO = { owner: 'acme', repo: 'llm-infra' }
const bold = (text: string) => (process.stdout.isTTY ? `\x1b[1m${text}\x1b[0m` : text)
let step = 0

function say(what: string): void {
  console.log(`\n${bold(`━━ ${++step}. ${what}`)}`)
}

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.email=demo@example.com', '-c', 'user.name=demo', ...args], {
    cwd,
    encoding: 'utf8'
  }).trim()
}

/** What a person reads in the job log: RoleGate's own lines, not the runner's plumbing. */
function show(result: RunResult, filter: (line: string) => boolean = () => true): void {
  const lines = result.stdout
    .split('\n')
    .filter(
      line => line && !line.startsWith('::add-mask::') && !line.startsWith('::set-output') && filter(line)
    )
  console.log(lines.map(line => `   ${line}`).join('\n'))
  console.log(`   → exit ${result.exitCode}`)
}

const emulator = await Emulator.start()
const workspace = mkdtempSync(path.join(tmpdir(), 'rolegate-demo-'))
try {
  const files = exampleFiles(EXAMPLE)
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(workspace, file)), { recursive: true })
    writeFileSync(path.join(workspace, file), content)
  }
  git(workspace, 'init', '-q', '-b', 'main')
  git(workspace, 'add', '-A')
  git(workspace, 'commit', '-qm', 'IAM roles of llm-models')
  const baseSha = git(workspace, 'rev-parse', 'HEAD')

  say(
    `Bootstrap: each account gets the GitHub OIDC trust, a permissions boundary and a deployer role (from "rolegate bootstrap")`
  )
  for (const environment of ['dev', 'staging', 'prod']) {
    await bootstrapAccount(emulator, files['rolegate.yml'], environment, `${REPO.owner}/${REPO.repo}`)
  }
  console.log(
    '   dev 111111111111, staging 222222222222, prod 333333333333: rolegate-deployer trusts repo:acme/llm-infra:environment:<env>'
  )

  say('First deploy of dev, from the main branch, in a job bound to the GitHub environment "dev"')
  show(
    await runAction(emulator, {
      workspace,
      inputs: { command: 'deploy', environment: 'dev' },
      job: { ...REPO, environment: 'dev', eventName: 'push', idTokenWrite: true }
    }),
    line => /^(\[\d+\/\d+\] applied|Acting|::error)/.test(line)
  )

  say('A pull request gives the task role s3:* and a new reader role; RoleGate checks it and comments')
  const taskRole = path.join(workspace, 'iam/task-role.yml')
  writeFileSync(
    taskRole,
    readFileSync(taskRole, 'utf8').replace('- s3:DeleteObject', '- s3:DeleteObject\n          - s3:*')
  )
  writeFileSync(
    path.join(workspace, 'iam/reader-role.yml'),
    `kind: Role\nname: reader-role\ndescription: Read-only access to the results bucket\ntrust:\n  Statement:\n    - Effect: Allow\n      Principal: { Service: ecs-tasks.amazonaws.com }\n      Action: sts:AssumeRole\n      Condition: { StringEquals: { "aws:SourceAccount": "{account}" } }\npolicies:\n  Read:\n    Statement:\n      - Effect: Allow\n        Action: s3:GetObject\n        Resource: "arn:aws:s3:::{project}-{environment}-results/*"\n`
  )
  const check = await runAction(emulator, {
    workspace,
    inputs: { command: 'check', 'base-ref': baseSha },
    job: { ...REPO, eventName: 'pull_request', pullRequest: { number: 7, baseSha } }
  })
  const comment = emulator.github.state.commentsOn(`${REPO.owner}/${REPO.repo}`, 7)[0]
  console.log(
    `   → exit ${check.exitCode}; the PR comment GitHub received (${comment?.body.length ?? 0} characters):\n`
  )
  console.log(
    (comment?.body ?? '(no comment)')
      .split('\n')
      .map(line => `   │ ${line}`)
      .join('\n')
  )

  say('The PR is merged')
  git(workspace, 'add', '-A')
  git(workspace, 'commit', '-qm', 'Give the task role s3:*; add reader-role')
  console.log(`   main is now ${git(workspace, 'rev-parse', '--short', 'HEAD')}`)

  say('Deploy to dev after the merge: only the difference is applied')
  show(
    await runAction(emulator, {
      workspace,
      inputs: { command: 'deploy', environment: 'dev' },
      job: { ...REPO, environment: 'dev', eventName: 'push', idTokenWrite: true }
    }),
    line => /^(\[\d+\/\d+\] applied|::error)/.test(line)
  )

  say(
    'Deploy to prod from a job NOT bound to the "prod" GitHub environment: refused before any credential is used'
  )
  emulator.calls.reset()
  show(
    await runAction(emulator, {
      workspace,
      inputs: { command: 'deploy', environment: 'prod' },
      job: { ...REPO, eventName: 'push', idTokenWrite: true }
    }),
    line => line.startsWith('::error')
  )
  console.log(`   AWS calls made: ${emulator.calls.count({})}`)

  say('Deploy to prod from the job bound to "prod" (its required reviewers approved it)')
  show(
    await runAction(emulator, {
      workspace,
      inputs: { command: 'deploy', environment: 'prod' },
      job: { ...REPO, environment: 'prod', eventName: 'push', idTokenWrite: true }
    }),
    line => /^(\[\d+\/\d+\] applied|Acting|::error)/.test(line)
  )

  say('Deploy prod again: nothing to do, no IAM change')
  emulator.calls.reset()
  const again = await runAction(emulator, {
    workspace,
    inputs: { command: 'deploy', environment: 'prod' },
    job: { ...REPO, environment: 'prod', eventName: 'push', idTokenWrite: true }
  })
  show(again, line => /nothing to do|^::error/.test(line))
  console.log(
    `   IAM calls: ${emulator.calls.count({ service: 'iam' })}, of which mutating: ${emulator.calls.count({ service: 'iam', mutating: true })}`
  )

  say('Someone edits the prod task role by hand; the scheduled drift check catches it')
  const admin = new IAMClient(emulator.iamClientConfig('333333333333'))
  await admin.send(
    new PutRolePolicyCommand({
      RoleName: 'deployer-ddf-mod-llm-models-prod-task-role',
      PolicyName: 'hotfix',
      PolicyDocument: JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Action: 'dynamodb:*', Resource: '*' }]
      })
    })
  )
  admin.destroy()
  show(
    await runAction(emulator, {
      workspace,
      inputs: { command: 'drift', environment: 'prod' },
      job: { ...REPO, environment: 'prod', eventName: 'schedule', idTokenWrite: true }
    }),
    line => /^(- \*\*| {2}- |::error|### Drift)/.test(line)
  )
  console.log(
    '\nDone: every step above ran dist/index.js as a child process against the emulated IAM, STS and GitHub.'
  )
} finally {
  await emulator.stop()
  rmSync(workspace, { recursive: true, force: true })
}
