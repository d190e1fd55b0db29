/**
 * The CLI from source (src/cli.ts through tsx), as a person runs it: what it prints agrees with its
 * exit code for every --fail-on, and output paths or a --config that cannot be used are usage
 * errors (exit 2) that name the path, never a crash (exit 3).
 */
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { REPO_ROOT, runNode, type ProcessResult } from '../support/run-dist.js'
import { broadening, llmModels } from '../support/comment-scenarios.js'
import { gitWorkspace } from '../support/git-workspace.js'
import { BASIC_CONFIG, tempProject } from '../support/temp-project.js'

const TSX = pathToFileURL(path.join(REPO_ROOT, 'node_modules/tsx/dist/loader.mjs')).href

function runSource(args: string[], cwd: string): Promise<ProcessResult> {
  return runNode(['--import', TSX, path.join(REPO_ROOT, 'src/cli.ts'), ...args], { cwd })
}

/** The task role gains iam:PassRole on `*`: errors (pass-role-unscoped and its `deny: iam:*` assertion). */
function withPassRole(): Record<string, string> {
  const files = llmModels()
  return {
    ...files,
    'iam/task-role.yml': files['iam/task-role.yml'].replace(
      'policies:\n',
      'policies:\n  Pass:\n    Statement:\n      - Effect: Allow\n        Action: iam:PassRole\n        Resource: "*"\n'
    )
  }
}

describe('rolegate diff: the gate line and the summary line agree with the exit code', () => {
  it.each([
    ['errors', withPassRole()],
    ['warnings only', broadening().head]
  ])(
    '%s, for every --fail-on, in markdown and in text',
    async (_, head) => {
      const ws = gitWorkspace(llmModels(), head)
      try {
        for (const failOn of ['error', 'warning', 'never']) {
          const args = ['diff', '--env', 'dev', '--fail-on', failOn]
          const markdown = await runSource([...args, '--format', 'markdown'], ws.dir)
          const text = await runSource(args, ws.dir)
          const [line1] = markdown.stdout.split('\n')
          const summary = text.stdout.split('\n').find(line => line.startsWith('diff: '))
          const seen = {
            failOn,
            codes: [markdown.code, text.code],
            gate: line1.startsWith('❌ **RoleGate fails:**') ? 'fails' : 'passes',
            summary: /: (passes|fails)( \(--fail-on \w+\))?$/.exec(summary ?? '')?.[1]
          }
          const expected = seen.codes[0] === 1 ? 'fails' : 'passes'
          expect(seen).toEqual({
            failOn,
            codes: [seen.codes[0], seen.codes[0]],
            gate: expected,
            summary: expected
          })
          expect([0, 1]).toContain(seen.codes[0])
        }
      } finally {
        ws.remove()
      }
    },
    120_000
  )

  it('--fail-on never with errors passes and says so; --fail-on warning with warnings alone fails and says so', async () => {
    const errors = gitWorkspace(llmModels(), withPassRole())
    const warnings = gitWorkspace(llmModels(), broadening().head)
    try {
      const never = await runSource(
        ['diff', '--env', 'dev', '--fail-on', 'never', '--format', 'markdown'],
        errors.dir
      )
      expect(never.code).toBe(0)
      expect(never.stdout.split('\n')[0]).toMatch(
        /^✅ \*\*RoleGate passes\*\* \(fail-on: never\) — .*· 2 errors/
      )
      const warning = await runSource(['diff', '--env', 'dev', '--fail-on', 'warning'], warnings.dir)
      expect(warning.code).toBe(1)
      expect(warning.stdout).toMatch(
        /^diff: 0 error\(s\), \d+ warning\(s\), .* of rolegate\.yml: fails \(--fail-on warning\)$/m
      )
    } finally {
      errors.remove()
      warnings.remove()
    }
  }, 60_000)

  it('a base whose rolegate.yml does not load: the roles are not evaluated for that reason, not added', async () => {
    const head = llmModels()
    const base = { ...head, 'rolegate.yml': 'version: 1\nproject: x\nenvironments: [\n' }
    const ws = gitWorkspace(base, head)
    try {
      const result = await runSource(['diff', '--env', 'dev', '--format', 'json'], ws.dir)
      expect(result.code).toBe(0)
      const report = JSON.parse(result.stdout) as {
        environments: Record<string, { verdict: string; roles: unknown[]; notEvaluated: unknown[] }>
      }
      expect(report.environments.dev).toMatchObject({ verdict: 'unknown', roles: [] })
      expect(report.environments.dev.notEvaluated).toEqual(
        ['execution-role', 'task-role'].map(name =>
          expect.objectContaining({
            name,
            file: 'rolegate.yml',
            line: 3, // the unclosed bracket's line (js-yaml marks the end of the file, line 4)
            side: 'base',
            reason: 'does not parse'
          })
        )
      )
      const text = await runSource(['diff', '--env', 'dev'], ws.dir)
      // The text report says why, as markdown and JSON do: the finding that kept the file from loading.
      expect(text.stdout).toMatch(
        /^ {2}\? task-role: not evaluated: rolegate\.yml:3 does not parse on the base \(invalid YAML: .+\)$/m
      )
      expect(text.stdout).not.toMatch(/new role|^ {2}\+ /m)
    } finally {
      ws.remove()
    }
  }, 60_000)
})

describe('paths the CLI cannot use are usage errors that name them', () => {
  // bootstrap refuses without a boundary: the deployer could otherwise create roles with any permission.
  const config = `${BASIC_CONFIG.replace(
    'defaults:\n',
    'defaults:\n  permissionsBoundary: "arn:{partition}:iam::{account}:policy/{project}-rolegate-boundary"\n'
  )}managedBy: acme/infra\n`

  it('bootstrap --out-dir naming a file, or a folder under a file: exit 2, not a crash', async () => {
    const root = tempProject({ 'rolegate.yml': config, 'taken.txt': 'x' })
    let result = await runSource(['bootstrap', '--repository', 'a/b', '--out-dir', 'taken.txt'], root)
    expect([result.code, result.stderr]).toEqual([
      2,
      'rolegate: --out-dir taken.txt is a file, not a folder; pass a folder to write into (it is created if missing)\n'
    ])
    result = await runSource(['bootstrap', '--repository', 'a/b', '--out-dir', 'taken.txt/cfn'], root)
    expect([result.code, result.stderr]).toEqual([
      2,
      'rolegate: --out-dir taken.txt/cfn cannot be created: taken.txt is a file, not a folder; pass a path under a folder\n'
    ])
    result = await runSource(['bootstrap', '--repository', 'a/b', '--out-dir', 'new/cfn'], root)
    expect(result.code).toBe(0)
    expect(result.stderr).toContain('dev: wrote new/cfn/bootstrap-dev.yml')
  }, 60_000)

  it('plan --plan-file naming a folder, and import --out naming a file: exit 2 before AWS is asked', async () => {
    const root = tempProject({ 'rolegate.yml': config, 'taken.txt': 'x' })
    mkdirSync(path.join(root, 'plans'))
    let result = await runSource(['plan', '--env', 'dev', '--plan-file', 'plans'], root)
    expect([result.code, result.stderr]).toEqual([
      2,
      'rolegate: --plan-file plans is a folder, not a file; pass the path of the file to write, e.g. plans/plan.json\n'
    ])
    result = await runSource(['plan', '--env', 'dev', '--plan-file', 'taken.txt/plan.json'], root)
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('--plan-file taken.txt/plan.json cannot be created: taken.txt is a file')
    result = await runSource(['import', '--env', 'dev', '--out', 'taken.txt'], root)
    expect([result.code, result.stderr]).toEqual([
      2,
      'rolegate: --out taken.txt is a file, not a folder; pass a folder to write into (it is created if missing)\n'
    ])
  }, 60_000)

  it('--config naming a folder says it is a folder, in the CLI’s words, with the file to pass', async () => {
    const root = tempProject({ 'infra/rolegate.yml': config, 'empty/.keep': '' })
    let result = await runSource(['validate', '--config', 'infra'], root)
    expect([result.code, result.stderr]).toEqual([
      2,
      'rolegate: --config infra is a folder, not a file; pass the path of the rolegate.yml file in it: --config infra/rolegate.yml\n'
    ])
    result = await runSource(['diff', '--config', 'empty'], root)
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(
      /^rolegate: --config empty is a folder, not a file; pass the path of the rolegate\.yml file/
    )
    expect(result.stderr).not.toContain('input: config')
  }, 60_000)
})
