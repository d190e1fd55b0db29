/**
 * Screenshots of the PR comment as GitHub shows it: each scenario of
 * __tests__/support/comment-scenarios.ts through runDiff and the comment renderer, rendered with
 * markdown-it and GitHub's markdown CSS (github-markdown-css), photographed by headless Chromium at
 * 1280 px into docs/images/comment-<scenario>.png; for the scenarios in SUMMARY_SCENARIOS the job
 * summary too (the same renderCheckSummary the action writes), into docs/images/summary-<scenario>.png.
 *
 *   tsx scripts/comment-screenshots.ts [--out DIR] [--markdown-only] [--css FILE] [scenario ...]
 *
 * Needs `chromium` on PATH (Debian: apt-get install chromium fonts-noto-color-emoji); Chromium's
 * own --screenshot takes a window as tall as the page. The CSS is --css, else
 * node_modules/github-markdown-css (a devDependency), else a minimal stand-in.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import MarkdownIt from 'markdown-it'
import { DEMO_LINKS, renderScenario, scenarios } from '../__tests__/support/comment-scenarios.js'
import { renderCheckFailureMarkdown } from '../src/report/change-markdown.js'
import { renderCheckSummary } from '../src/report/check-summary.js'

const args = process.argv.slice(2)
const option = (name: string) => {
  const index = args.indexOf(name)
  if (index < 0) return undefined
  const [value] = args.splice(index, 2).slice(1)
  return value
}
const out = option('--out') ?? 'docs/images'
const cssFile = option('--css')
const markdownOnly = args.includes('--markdown-only')
const wanted = args.filter(arg => !arg.startsWith('--'))

/** Tall pages (the 300-role PR) are cut here, and scaled down: the top is what a reviewer sees first. */
const MAX_HEIGHT = 2400
const TALL_SCALE = 0.75
const WIDTH = 1280

/** A broken file, a high-risk change and a large PR: the summaries a reviewer opens from the comment. */
const SUMMARY_SCENARIOS = new Set(['broken-yaml', 'broadening', 'large-pr'])

const MINIMAL_CSS = `
.markdown-body { font-family: -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; font-size: 14px; line-height: 1.5; color: #1f2328; }
.markdown-body code { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; font-size: 85%; background: rgba(175,184,193,.2); padding: .2em .4em; border-radius: 6px; }
.markdown-body table { border-collapse: collapse; display: block; overflow: auto; }
.markdown-body td, .markdown-body th { border: 1px solid #d1d9e0; padding: 6px 13px; }
.markdown-body tr:nth-child(2n) { background: #f6f8fa; }
.markdown-body blockquote { color: #59636e; border-left: .25em solid #d1d9e0; padding: 0 1em; margin: 0; }
.markdown-body h3 { font-size: 1.25em; font-weight: 600; }
`

function css(): string {
  const installed = path.resolve('node_modules/github-markdown-css/github-markdown-light.css')
  if (cssFile) return readFileSync(cssFile, 'utf8')
  if (existsSync(installed)) return readFileSync(installed, 'utf8')
  console.warn('github-markdown-css not installed: using a minimal stand-in')
  return MINIMAL_CSS
}

/** GitHub's comment frame: a bordered box with a header, the body inside at 1280 px. */
function page(title: string, body: string, style: string, header = 'bot commented'): string {
  const html = new MarkdownIt({ html: true, linkify: false }).render(body)
  return `<!doctype html><html><head><meta charset="utf-8"><style>${style}
body { margin: 0; background: #fff; }
.frame { box-sizing: border-box; width: ${WIDTH}px; padding: 16px 24px; }
.box { border: 1px solid #d1d9e0; border-radius: 6px; }
.head { background: #f6f8fa; border-bottom: 1px solid #d1d9e0; padding: 8px 16px; font: 14px -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; color: #59636e; }
.markdown-body { padding: 16px; }
</style></head><body><div class="frame"><div class="box"><div class="head"><b>github-actions</b> ${header} · ${title}</div>
<article class="markdown-body">${html}</article></div></div></body></html>`
}

function chromium(): string {
  for (const name of ['chromium', 'chromium-browser', 'google-chrome']) {
    try {
      return execFileSync('which', [name], { encoding: 'utf8' }).trim()
    } catch {
      // next
    }
  }
  throw new Error('chromium not found: apt-get install -y chromium')
}

function shoot(browser: string, htmlFile: string, pngFile: string, height: number, scale = 1): void {
  execFileSync(
    browser,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--hide-scrollbars',
      `--force-device-scale-factor=${scale}`,
      `--window-size=${WIDTH},${height}`,
      `--screenshot=${pngFile}`,
      `file://${htmlFile}`
    ],
    { stdio: 'ignore', timeout: 120_000 }
  )
}

/** The page height, measured by Chromium itself (dumps the DOM after a script sets a marker). */
function measure(browser: string, htmlFile: string): number {
  const probe = htmlFile.replace(/\.html$/, '.probe.html')
  writeFileSync(
    probe,
    readFileSync(htmlFile, 'utf8').replace(
      '</body>',
      '<script>document.title = "H" + Math.ceil(document.querySelector(".frame").getBoundingClientRect().bottom)</script></body>'
    )
  )
  const dom = execFileSync(
    browser,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      `--window-size=${WIDTH},800`,
      '--dump-dom',
      `file://${probe}`
    ],
    { encoding: 'utf8', timeout: 120_000, stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 256 * 1024 * 1024 }
  )
  return Number(/<title>H(\d+)<\/title>/.exec(dom)?.[1] ?? 2000)
}

async function main(): Promise<void> {
  mkdirSync(out, { recursive: true })
  const work = mkdtempSync(path.join(tmpdir(), 'rolegate-shots-'))
  const style = markdownOnly ? '' : css()
  const browser = markdownOnly ? '' : chromium()
  const snap = (name: string, title: string, markdown: string, header: string) => {
    const markdownFile = path.join(work, `${name}.md`)
    writeFileSync(markdownFile, markdown)
    if (markdownOnly) {
      process.stdout.write(`${name}: ${markdown.length} characters → ${markdownFile}\n`)
      return
    }
    const htmlFile = path.join(work, `${name}.html`)
    writeFileSync(htmlFile, page(title, markdown, style, header))
    const height = measure(browser, htmlFile)
    const png = path.resolve(out, `${name}.png`)
    shoot(browser, htmlFile, png, Math.min(height, MAX_HEIGHT), height > MAX_HEIGHT ? TALL_SCALE : 1)
    process.stdout.write(
      `${name}: ${markdown.length} characters, ${height} px tall${height > MAX_HEIGHT ? ` (cut at ${MAX_HEIGHT}, scaled ×${TALL_SCALE})` : ''} → ${path.relative(process.cwd(), png)}\n`
    )
  }
  try {
    for (const scenario of scenarios()) {
      if (wanted.length > 0 && !wanted.includes(scenario.name)) continue
      const { body, outcome } = await renderScenario(scenario)
      const pages = [{ name: `comment-${scenario.name}`, markdown: body, header: 'bot commented' }]
      if (SUMMARY_SCENARIOS.has(scenario.name))
        pages.push({
          name: `summary-${scenario.name}`,
          markdown: renderCheckSummary({ ...outcome, failOn: 'error', links: DEMO_LINKS }),
          header: 'job summary'
        })
      for (const shot of pages) snap(shot.name, scenario.title, shot.markdown, shot.header)
    }
    // The comment a check that could not compare leaves in place of the last verdict.
    if (wanted.length === 0 || wanted.includes('check-failed'))
      snap(
        'comment-check-failed',
        'A check that could not compare (base commit not fetched)',
        renderCheckFailureMarkdown({
          marker: '<!-- rolegate:check rolegate.yml -->',
          message:
            'base ref "3f0c2e1a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e" is not a branch, tag or commit in this repository (a shallow clone); list them with "git branch -a" and "git tag", fetch it ("git fetch origin 3f0c2e1a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e", or in a workflow actions/checkout "fetch-depth: 0"), or pass another --base (the action\'s base-ref input)',
          links: DEMO_LINKS
        }),
        'bot commented'
      )
  } finally {
    if (markdownOnly) process.stdout.write(`markdown kept in ${work}\n`)
    else rmSync(work, { recursive: true, force: true })
  }
}

await main()
