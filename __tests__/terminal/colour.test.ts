import { colourEnabled, colourText } from '../../src/terminal/colour.js'

describe('colour', () => {
  it('only on a TTY, never with NO_COLOR or a dumb terminal', () => {
    expect(colourEnabled({ isTTY: true }, {})).toBe(true)
    expect(colourEnabled({ isTTY: false }, {})).toBe(false)
    expect(colourEnabled({}, {})).toBe(false)
    expect(colourEnabled({ isTTY: true }, { NO_COLOR: '1' })).toBe(false)
    expect(colourEnabled({ isTTY: true }, { TERM: 'dumb' })).toBe(false)
    // An empty NO_COLOR does not count (no-color.org).
    expect(colourEnabled({ isTTY: true }, { NO_COLOR: '' })).toBe(true)
  })

  it('paints the severity of a finding line and the sign of a change line, nothing else', () => {
    const text = [
      'iam/app.yml:3:5  error    schema  bad  (dev/app)',
      '  + app (demo-app): broadens',
      'plain line'
    ].join('\n')
    expect(colourText(text).split('\n')).toEqual([
      'iam/app.yml:3:5  \u001b[31merror\u001b[0m    schema  bad  (dev/app)',
      '  \u001b[32m+ app (demo-app): broadens\u001b[0m',
      'plain line'
    ])
  })
})
