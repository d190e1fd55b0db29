/** Parsers for what an action leaves behind: GITHUB_OUTPUT-style files and workflow commands on stdout. */

/**
 * Parses a GITHUB_OUTPUT / GITHUB_ENV / GITHUB_STATE file: `name=value` lines and the
 * `name<<DELIMITER` ... `DELIMITER` heredoc form @actions/core writes.
 */
export function parseKeyValueFile(content: string): Record<string, string> {
  const values: Record<string, string> = {}
  const lines = content.split(/\r?\n/)
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    if (line === '') continue
    const heredoc = /^([^=]+?)<<(.+)$/.exec(line)
    if (heredoc) {
      const [, name, delimiter] = heredoc
      const body: string[] = []
      i++
      while (i < lines.length && lines[i] !== delimiter) body.push(lines[i++])
      if (i >= lines.length) throw new Error(`output '${name}': missing closing delimiter '${delimiter}'`)
      values[name] = body.join('\n')
      continue
    }
    const eq = line.indexOf('=')
    if (eq <= 0) throw new Error(`malformed line in key/value file: '${line}'`)
    values[line.slice(0, eq)] = line.slice(eq + 1)
  }
  return values
}

export interface WorkflowCommand {
  command: string
  properties: Record<string, string>
  message: string
}

function unescapeData(value: string): string {
  return value.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%')
}

function unescapeProperty(value: string): string {
  return unescapeData(value).replace(/%3A/g, ':').replace(/%2C/g, ',')
}

/** Workflow commands (`::error file=x,line=1::message`, `::add-mask::secret`, ...) printed on stdout. */
export function parseWorkflowCommands(stdout: string): WorkflowCommand[] {
  const commands: WorkflowCommand[] = []
  for (const line of stdout.split(/\r?\n/)) {
    const match = /^::([A-Za-z-]+)(?: ([^:]*))?::(.*)$/.exec(line)
    if (!match) continue
    const properties: Record<string, string> = {}
    for (const pair of (match[2] ?? '').split(',')) {
      const eq = pair.indexOf('=')
      if (eq > 0) properties[pair.slice(0, eq).trim()] = unescapeProperty(pair.slice(eq + 1))
    }
    commands.push({ command: match[1], properties, message: unescapeData(match[3]) })
  }
  return commands
}
