/**
 * src/report/markdown.ts, the one escaper: hostile strings rendered with markdown-it (as GitHub
 * renders comments: GFM tables, inline HTML) come out as written.
 */
import MarkdownIt from 'markdown-it'
import { cell, code, fence, html, inlineCode, location, text } from '../../src/report/markdown.js'

const markdown = new MarkdownIt({ html: true })
const decode = (value: string) =>
  value
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
/** The text a reader sees for one paragraph. */
const para = (source: string) => decode(markdown.renderInline(source).replace(/<[^>]+>/g, ''))
/** The cells of a one-row table. */
function cells(row: string): string[] {
  const rendered = markdown.render(`| a | b |\n|---|---|\n${row}\n`)
  return [...rendered.matchAll(/<td>([\s\S]*?)<\/td>/g)].map(match =>
    decode(match[1].replace(/<[^>]+>/g, ''))
  )
}

const HOSTILE = [
  's3:*',
  'Resource "*" … Resource: "*"',
  '"s3:*" allows all 180 actions … such as s3:Get*',
  'a_b_c and _x_',
  '**bold** __bold__ ~~gone~~',
  'pipe | in | cell',
  '<script>alert(1)</script> <img src=x onerror=alert(1)>',
  '`tick` and ``double``',
  '[link](https://evil.example) ![img](x)',
  '# heading',
  '- not a list',
  '1. not a list',
  '> not a quote',
  'arn:aws:iam::123456789012:role/x_y*',
  '&amp; &lt; entity',
  'back\\slash \\* star',
  '@acme/security-team',
  '{environment} $var'
]

describe('markdown escaping', () => {
  it.each(HOSTILE)('text() shows %j as written', value => {
    // A zero-width space after "@" is the one difference: it reads the same and mentions nobody.
    expect(para(text(value)).replace(/@\u200b/g, '@')).toBe(value)
  })

  it('a value in text or inside <summary> mentions no one (GitHub finds @login in rendered text)', () => {
    for (const rendered of [para(text('cc @octocat and @acme/security')), html('cc @octocat')])
      expect(rendered).not.toMatch(/@[A-Za-z0-9]/)
  })

  it.each(HOSTILE)('cell() keeps %j in one cell, as written', value => {
    const [shown, verbatim] = cells(`| ${cell(value)} | ${code(value)} |`)
    expect([shown.replace(/@\u200b/g, '@'), verbatim]).toEqual([value, value])
  })

  it.each(HOSTILE)('inlineCode() shows %j verbatim outside tables', value => {
    expect(para(inlineCode(value))).toBe(value)
  })

  it('a bidirectional override or an escape in a value is shown, not obeyed', () => {
    const value = 'invoice\u202egnp.exe \u001b[2J'
    for (const escape of [text, cell, code, inlineCode, html])
      expect([...escape(value)].some(character => character === '\u202e' || character === '\u001b')).toBe(
        false
      )
    expect(para(text(value))).toBe('invoice\\u202egnp.exe \\x1b[2J')
  })

  it('one value never spans lines', () => {
    for (const escape of [text, cell, code, inlineCode, html])
      expect(escape('a\nb\r\nc')).not.toMatch(/[\r\n]/)
  })

  it('html() is safe inside <summary> (an HTML block: no markdown there)', () => {
    const rendered = markdown.render(
      `<details><summary><b>${html('<img src=x> a_b *c*')}</b></summary>\n\n</details>\n`
    )
    expect(rendered).not.toContain('<img')
    expect(decode(rendered.replace(/<[^>]+>/g, ''))).toContain('<img src=x> a_b *c*')
  })

  it('fence() holds content with backtick fences in it', () => {
    const content = 'before\n```\ninjected\n```\nafter'
    const rendered = markdown.render(fence(content))
    expect(decode(rendered)).toContain(content)
    expect(rendered.match(/<pre>/g)).toHaveLength(1)
  })

  it('location() links to the line at the commit, or is a plain path:line', () => {
    const links = { server: 'https://github.com', repository: 'acme/infra', sha: 'abc1234' }
    expect(location('iam/a b.yml', 12, links)).toBe(
      '[`iam/a b.yml:12`](https://github.com/acme/infra/blob/abc1234/iam/a%20b.yml#L12)'
    )
    expect(location('iam/a.yml', 12)).toBe('`iam/a.yml:12`')
  })
})
