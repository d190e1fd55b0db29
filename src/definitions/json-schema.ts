/**
 * The published JSON Schemas (schema/rolegate.schema.json, schema/definition.schema.json), built from
 * the zod schema in schema.ts; scripts/generate-schema.ts writes them. Deterministic output.
 *
 * Policy documents are loose in zod on purpose (malformed-policy checks IAM's grammar with IAM's
 * vocabulary), but editors deserve help: the JSON Schema spells out IAM's statement grammar.
 */
import { z } from 'zod'
import { configSchema, definitionSchema } from './schema.js'

const stringOrList = (description: string) => ({
  description,
  oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }]
})

const principal = (description: string) => ({
  description,
  oneOf: [
    { const: '*' },
    {
      type: 'object',
      properties: {
        AWS: stringOrList('Account ids ("{account}"), account roots or IAM role and user ARNs.'),
        Service: stringOrList('Service principals, e.g. ecs-tasks.amazonaws.com.'),
        Federated: stringOrList(
          'Identity provider ARNs or names, e.g. arn:{partition}:iam::{account}:oidc-provider/token.actions.githubusercontent.com.'
        ),
        CanonicalUser: stringOrList('Amazon S3 canonical user ids.')
      },
      additionalProperties: false
    }
  ]
})

const statement = {
  type: 'object',
  properties: {
    Sid: { type: 'string', description: 'Statement id; suppressions and findings name the statement by it.' },
    Effect: { enum: ['Allow', 'Deny'], description: 'Allow or Deny.' },
    Principal: principal(
      'Who may use the role (trust policies): "*" or { AWS | Service | Federated | CanonicalUser: one or a list }.'
    ),
    NotPrincipal: principal('Everyone except these principals; prefer Principal with conditions.'),
    Action: stringOrList('Actions as service:Action; * and ? match, e.g. s3:GetObject, s3:Get*.'),
    NotAction: stringOrList('Every action except these; broad: prefer Action.'),
    Resource: stringOrList('Resource ARNs, {variables} allowed; * and ? match.'),
    NotResource: stringOrList('Every resource except these; broad: prefer Resource.'),
    Condition: {
      type: 'object',
      additionalProperties: { type: 'object' },
      description:
        'Operator → { condition key → value or values }, e.g. StringEquals: { "aws:SourceAccount": "{account}" }.'
    }
  },
  required: ['Effect'],
  additionalProperties: false
}

const policyDocument = {
  type: 'object',
  description: 'An IAM policy document in IAM JSON grammar.',
  properties: {
    Version: {
      enum: ['2012-10-17', '2008-10-17'],
      description: 'Policy language version: "2012-10-17" (without it, IAM policy variables do not work).'
    },
    Id: { type: 'string', description: 'Optional identifier of the policy.' },
    Statement: {
      description: 'One statement or a list of statements.',
      oneOf: [statement, { type: 'array', items: statement }]
    }
  },
  required: ['Statement'],
  additionalProperties: false
}

function generate(schema: z.ZodType, title: string): Record<string, unknown> {
  const json = z.toJSONSchema(schema, { io: 'input', target: 'draft-2020-12' }) as Record<string, unknown>
  const defs = (json.$defs ?? {}) as Record<string, unknown>
  if (defs.PolicyDocument) defs.PolicyDocument = policyDocument
  return { title, ...json }
}

/** The JSON Schemas by file name (under schema/). */
export function jsonSchemas(): Record<
  'rolegate.schema.json' | 'definition.schema.json',
  Record<string, unknown>
> {
  return {
    'rolegate.schema.json': generate(configSchema, 'RoleGate configuration (rolegate.yml)'),
    'definition.schema.json': generate(definitionSchema, 'RoleGate definition (kind: Role | ManagedPolicy)')
  }
}
