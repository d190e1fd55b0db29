/**
 * docs/cli.md against the CLI itself (issue 11 item 8): the commands `rolegate --help` lists are the
 * ones the Commands table documents, and every option a command's help lists is in the Options table.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { REPO_ROOT, runCli } from '../support/run-dist.js'

const CLI_MD = readFileSync(path.join(REPO_ROOT, 'docs/cli.md'), 'utf8')

function section(markdown: string, heading: string): string {
  const start = markdown.indexOf(`\n## ${heading}\n`)
  expect(start).toBeGreaterThan(-1)
  const end = markdown.indexOf('\n## ', start + 1)
  return markdown.slice(start, end === -1 ? undefined : end)
}

/** The names in the first column of a section's table rows (`| \`name\` | ...`). */
function tableNames(text: string): string[] {
  return [...text.matchAll(/^\| ((?:`[^`]+`(?:, )?)+) \|/gm)].flatMap(match =>
    [...match[1].matchAll(/`([^`]+)`/g)].map(name => name[1])
  )
}

async function helpCommands(): Promise<string[]> {
  const help = await runCli(['--help'], REPO_ROOT)
  expect(help.code).toBe(0)
  const commands = help.stdout.slice(help.stdout.indexOf('Commands:'))
  return [...commands.matchAll(/^ {2}([a-z]+)\b/gm)].map(match => match[1])
}

describe('docs/cli.md matches the CLI', () => {
  it('documents exactly the commands rolegate --help lists', async () => {
    const documented = tableNames(section(CLI_MD, 'Commands'))
    expect([...documented].sort()).toEqual((await helpCommands()).sort())
  })

  it("documents every option of every command's help", async () => {
    const options = section(CLI_MD, 'Options')
    const missing: string[] = []
    for (const command of await helpCommands()) {
      if (command === 'help') continue
      const help = await runCli(['help', command], REPO_ROOT)
      for (const [, flag] of help.stdout.matchAll(/^ {2}(?:-\w, )?(--[a-z-]+)/gm))
        if (!options.includes(`\`${flag}`)) missing.push(`${command} ${flag}`)
    }
    expect(missing).toEqual([])
  }, 60_000)
})
