/**
 * Writes schema/rolegate.schema.json and schema/definition.schema.json from the zod schema in
 * src/definitions/schema.ts, so editors validate files as people type. Deterministic output.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { z } from 'zod'
import { configSchema, definitionSchema } from '../src/definitions/schema.js'

/** Policy documents: the schema is loose on purpose (malformed-policy checks IAM grammar), but editors deserve help. */
const stringOrList = { oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] }
const principal = {
  oneOf: [
    { const: '*' },
    {
      type: 'object',
      properties: {
        AWS: stringOrList,
        Service: stringOrList,
        Federated: stringOrList,
        CanonicalUser: stringOrList
      },
      additionalProperties: false
    }
  ]
}
const statement = {
  type: 'object',
  properties: {
    Sid: { type: 'string' },
    Effect: { enum: ['Allow', 'Deny'] },
    Principal: principal,
    NotPrincipal: principal,
    Action: stringOrList,
    NotAction: stringOrList,
    Resource: stringOrList,
    NotResource: stringOrList,
    Condition: { type: 'object', additionalProperties: { type: 'object' } }
  },
  required: ['Effect'],
  additionalProperties: false
}
const policyDocument = {
  type: 'object',
  description: 'An IAM policy document in IAM JSON grammar.',
  properties: {
    Version: { enum: ['2012-10-17', '2008-10-17'] },
    Id: { type: 'string' },
    Statement: { oneOf: [statement, { type: 'array', items: statement }] }
  },
  required: ['Statement'],
  additionalProperties: false
}

function generate(schema: z.ZodType, title: string): string {
  const json = z.toJSONSchema(schema, { io: 'input', target: 'draft-2020-12' }) as Record<string, unknown>
  const defs = (json.$defs ?? {}) as Record<string, unknown>
  if (defs.PolicyDocument) defs.PolicyDocument = policyDocument
  return JSON.stringify({ title, ...json }, null, 2) + '\n'
}

mkdirSync('schema', { recursive: true })
writeFileSync('schema/rolegate.schema.json', generate(configSchema, 'RoleGate configuration (rolegate.yml)'))
writeFileSync(
  'schema/definition.schema.json',
  generate(definitionSchema, 'RoleGate definition (kind: Role | ManagedPolicy)')
)
console.log('wrote schema/rolegate.schema.json and schema/definition.schema.json')
