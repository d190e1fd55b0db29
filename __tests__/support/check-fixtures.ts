/** Projects for the diff/check tests: a two-environment config and generated role definitions. */

export const CHECK_CONFIG = `version: 1
project: demo
environments:
  dev: { account: "111111111111", region: us-east-1 }
  prod: { account: "333333333333", region: us-east-1 }
`

export interface RoleSpec {
  name: string
  /** Allowed actions on `resource`. */
  actions: string[]
  resource?: string
  /** Extra statements (YAML list items, indented 6 spaces). */
  statements?: string
}

/** A role trusted by ECS tasks with one inline policy, `App`. */
export function roleYaml(spec: RoleSpec): string {
  return `kind: Role
name: ${spec.name}
trust:
  Statement:
    - Effect: Allow
      Principal: { Service: ecs-tasks.amazonaws.com }
      Action: sts:AssumeRole
      Condition: { StringEquals: { "aws:SourceAccount": "{account}" } }
policies:
  App:
    Statement:
      - Effect: Allow
        Action: [${spec.actions.join(', ')}]
        Resource: "${spec.resource ?? `arn:aws:s3:::{project}-{environment}-${spec.name}/*`}"
${spec.statements ?? ''}`
}

/** rolegate.yml plus one iam/<name>.yml per role. */
export function project(roles: readonly RoleSpec[], config = CHECK_CONFIG): Record<string, string> {
  return {
    'rolegate.yml': config,
    ...Object.fromEntries(roles.map(role => [`iam/${role.name}.yml`, roleYaml(role)]))
  }
}

export const READ = ['s3:GetObject']
export const READ_WRITE = ['s3:GetObject', 's3:PutObject']
