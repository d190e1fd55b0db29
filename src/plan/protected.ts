/**
 * What a deploy must never change, whatever the definitions say: the role the deploy runs as, the
 * deployer role of every environment, and what `rolegate bootstrap` creates (the deployer role and
 * the permissions boundary; the GitHub OIDC provider is not a role or policy, so RoleGate never
 * plans anything for it). And whose resources a deploy may touch: an ownership tag (`managedBy`)
 * other than the repository running the deploy must be acknowledged in rolegate.yml, where
 * reviewers see it.
 *
 * Pure: config and names in, data out. The bootstrap names follow src/commands/bootstrap.ts
 * (`bootstrapTemplate`); __tests__/deploy/plan-protected.test.ts checks they agree.
 */
import type { Config } from '../definitions/schema.js'
import { environmentVariables, namePrefix } from '../render/render.js'
import { substituteString } from '../render/variables.js'
import type { Conflict } from './model.js'

export interface ProtectedResource {
  kind: 'role' | 'managed policy'
  /** Physical IAM name (compared case-insensitively, as IAM does). */
  name: string
  /** Why it is protected, as a clause: "the role this deploy runs as". */
  why: string
}

/** `arn:aws:sts::1:assumed-role/NAME/session` or `arn:aws:iam::1:role/path/NAME` → NAME. */
export function callerRoleName(callerArn: string | undefined): string | undefined {
  if (!callerArn) return undefined
  const assumed = /^arn:[\w-]+:sts::\d{12}:assumed-role\/([^/]+)\//.exec(callerArn)
  if (assumed) return assumed[1]
  const role = /^arn:[\w-]+:iam::\d{12}:role\/(?:.*\/)?([^/]+)$/.exec(callerArn)
  return role?.[1]
}

const lastSegment = (arn: string) => arn.slice(arn.lastIndexOf('/') + 1)
const accountOf = (arn: string) => /^arn:[\w-]+:iam::(\d{12}):/.exec(arn)?.[1]

export function protectedResources(input: {
  config: Config
  environment: string
  /** GetCallerIdentity's ARN of the credentials the deploy uses. */
  callerArn?: string
}): ProtectedResource[] {
  const { config } = input
  const account = config.environments[input.environment]?.account
  const resources: ProtectedResource[] = []
  const caller = callerRoleName(input.callerArn)
  if (caller) resources.push({ kind: 'role', name: caller, why: 'the role this deploy runs as' })
  for (const [name, environment] of Object.entries(config.environments)) {
    if (environment.account !== account) continue
    const variables = environmentVariables(config, name)
    // As bootstrapTemplate names it: the configured deployRole, else {prefix}rolegate-deployer.
    const deployRole = environment.deployRole ?? `role/${namePrefix({ config, variables })}rolegate-deployer`
    // bootstrap creates the deployer under that name in the environment's account, whatever account the ARN names.
    resources.push({
      kind: 'role',
      name: lastSegment(deployRole),
      why: `the deployer role of environment ${name} (rolegate bootstrap)`
    })
    const boundary = config.defaults?.permissionsBoundary
    if (boundary) {
      const arn = substituteString(boundary, variables, () => {})
      if (accountOf(arn) === account && /:policy\//.test(arn))
        resources.push({
          kind: 'managed policy',
          name: lastSegment(arn),
          why: `the permissions boundary "rolegate bootstrap" creates for environment ${name}`
        })
    }
  }
  return resources
}

export function protectionOf(
  resources: readonly ProtectedResource[] | undefined,
  kind: ProtectedResource['kind'],
  name: string
): ProtectedResource | undefined {
  const lower = name.toLowerCase()
  return resources?.find(resource => resource.kind === kind && resource.name.toLowerCase() === lower)
}

export function protectedConflict(resource: ProtectedResource, action: string): Conflict {
  return {
    kind: 'protected',
    resource: `${resource.kind} ${resource.name}`,
    reason: `it is ${resource.why}; RoleGate never ${action} it, whatever the definitions say (a definition could otherwise take over the deployer). Remove the definition that names it, or give it another name (roleName / name)`
  }
}

/** Whose resources this deploy acts on, and what rolegate.yml says about it. */
export interface OwnershipCheck {
  /** The ownership tag value the deploy uses. */
  managedBy: string
  /** The repository running the deploy (GITHUB_REPOSITORY); undefined: not known, not checked. */
  repository?: string
  /** rolegate.yml's `managedByAcknowledgement`. */
  acknowledgement?: { managedBy: string; reason: string }
}

/** A conflict when the deploy would act on another repository's resources without rolegate.yml saying so. */
export function ownershipConflict(check: OwnershipCheck): Conflict | undefined {
  const { managedBy, repository, acknowledgement } = check
  if (!repository || managedBy.toLowerCase() === repository.toLowerCase()) return undefined
  if (acknowledgement && acknowledgement.managedBy.toLowerCase() === managedBy.toLowerCase()) return undefined
  const stale = acknowledgement
    ? ` (managedByAcknowledgement names ${acknowledgement.managedBy}, not ${managedBy}: it must name the current value)`
    : ''
  return {
    kind: 'managed-by',
    resource: 'rolegate.yml managedBy',
    reason:
      `the ownership tag is "${managedBy}" but this deploy runs in ${repository}${stale}: RoleGate would change, and with prune delete, what ${managedBy}'s deploys own. ` +
      `If this repository takes those resources over, say so in rolegate.yml, where reviewers see it: managedByAcknowledgement: { managedBy: ${managedBy}, reason: "..." }; otherwise remove managedBy`
  }
}
