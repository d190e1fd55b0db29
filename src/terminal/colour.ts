/**
 * Colour for text meant for a terminal: only when the stream is a TTY and NO_COLOR is unset or
 * empty (https://no-color.org). Applied to finished text lines, so the reports stay plain data.
 */
const CODES = { red: 31, yellow: 33, green: 32, cyan: 36, bold: 1, dim: 2 } as const
type Colour = keyof typeof CODES

export function colourEnabled(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): boolean {
  return stream.isTTY === true && !env.NO_COLOR && env.TERM !== 'dumb'
}

function paint(colour: Colour, value: string): string {
  return `\u001b[${CODES[colour]}m${value}\u001b[0m`
}

const SEVERITY: Record<string, Colour> = { error: 'red', warning: 'yellow', notice: 'cyan' }
const SIGN: Record<string, Colour> = { '+': 'green', '-': 'red', '~': 'yellow', '!': 'red', '?': 'yellow' }

/** Severities in finding lines, signs of change lines, summary lines in bold. */
export function colourText(text: string): string {
  return text
    .split('\n')
    .map(line => {
      const finding = /^(\S.*?:\d+:\d+|\(project\))( {2})(error|warning|notice)(\s.*)$/.exec(line)
      if (finding) return `${finding[1]}${finding[2]}${paint(SEVERITY[finding[3]], finding[3])}${finding[4]}`
      const change = /^(\s+)([+\-~!?])( .*)$/.exec(line)
      if (change) return `${change[1]}${paint(SIGN[change[2]], change[2] + change[3])}`
      if (/^\w+: \d+ error\(s\)/.test(line)) return paint('bold', line)
      return line
    })
    .join('\n')
}
