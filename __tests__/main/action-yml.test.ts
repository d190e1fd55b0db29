/**
 * action.yml's `command` input says which commands the action runs: the same list as the commands
 * src/main.ts accepts (COMMANDS) and has a branch for.
 */
import { readFileSync } from 'node:fs'
import yaml from 'js-yaml'
import { CLI_ONLY_COMMANDS, COMMANDS } from '../../src/commands/index.js'

const action = yaml.load(readFileSync('action.yml', 'utf8')) as {
  inputs: Record<string, { description: string; default?: string }>
}
const main = readFileSync('src/main.ts', 'utf8')

/** "What to run: check (pull requests: ...), validate, ..." → ['check', 'validate', ...]. */
function documentedCommands(description: string): string[] {
  const list = /What to run:\s*([\s\S]*)$/.exec(description)?.[1] ?? ''
  let flat = list
  // Drop parenthesized remarks (innermost first), then the final full stop.
  for (let previous = ''; previous !== flat;) [previous, flat] = [flat, flat.replace(/\([^()]*\)/g, '')]
  return flat
    .replace(/\.\s*$/, '')
    .split(',')
    .map(word => word.trim())
    .filter(Boolean)
}

/** The commands src/main.ts has a branch for: `command === 'name'`. */
function commandsMainRuns(source: string): string[] {
  return [...source.matchAll(/command === '([a-z-]+)'/g)].map(match => match[1])
}

describe("action.yml's command input", () => {
  const description = action.inputs.command.description

  it('lists exactly the commands the action accepts', () => {
    expect(documentedCommands(description).sort()).toEqual([...COMMANDS].sort())
  })

  it('lists only commands src/main.ts has a branch for, and main.ts has a branch for each', () => {
    expect([...new Set(commandsMainRuns(main))].sort()).toEqual([...COMMANDS].sort())
  })

  it('names its default first and leaves out the CLI-only commands', () => {
    expect(documentedCommands(description)[0]).toBe(action.inputs.command.default)
    for (const command of CLI_ONLY_COMMANDS) expect(documentedCommands(description)).not.toContain(command)
  })
})
