/**
 * Writes schema/rolegate.schema.json and schema/definition.schema.json (src/definitions/json-schema.ts),
 * so editors validate files as people type. Deterministic output.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { jsonSchemas } from '../src/definitions/json-schema.js'

mkdirSync('schema', { recursive: true })
const schemas = jsonSchemas()
for (const [file, schema] of Object.entries(schemas))
  writeFileSync(`schema/${file}`, JSON.stringify(schema, null, 2) + '\n')
console.log(
  `wrote ${Object.keys(schemas)
    .map(file => `schema/${file}`)
    .join(' and ')}`
)
