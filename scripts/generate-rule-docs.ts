/**
 * Writes docs/rules.md from the rule catalog (src/lint/catalog.ts) and the rule docs
 * (src/lint/rule-docs.ts). Deterministic; __tests__/lint/rule-docs.test.ts fails when the file is
 * stale. Run: npx tsx scripts/generate-rule-docs.ts
 */
import { writeFileSync } from 'node:fs'
import { renderRulesMarkdown } from '../src/lint/rule-docs.js'

const target = new URL('../docs/rules.md', import.meta.url)
writeFileSync(target, renderRulesMarkdown())
console.log('wrote docs/rules.md')
