/**
 * Environments of one rolegate.yml may share an AWS account (dev and staging in one sandbox
 * account). Every deploy tags what it creates with the same owner, the repository, so in a shared
 * account "owned by us and not defined in this environment" does not make a resource this
 * environment's orphan: it may be another environment's, deployed behind that environment's own
 * approvals. This decides whose each such resource is, before the plan sees live IAM:
 *
 * - defined by another environment of the account: that environment's, left alone;
 * - defined nowhere: the environment whose name prefix (the naming template before `{name}`, e.g.
 *   `shop-dev-`) is the longest one the name starts with; when that is not exactly one environment
 *   (prefixes empty or equal), nobody can tell: it is left alone, never pruned, and drift shows it;
 * - outside every prefix of this rolegate.yml: not this project's to judge. The ownership tag names
 *   the repository, and a repository may hold several rolegate.yml deploying to one account, so it
 *   may be another project's: left alone, never pruned, not drift.
 *
 * The prefixes count in an account no other environment shares too: only its name prefix makes an
 * owned resource this environment's orphan.
 */
import type { EnvironmentState } from '../model/state.js'
import { OWNERSHIP_TAG } from '../model/state.js'

export interface AccountNeighbour {
  environment: string
  /** Physical names of the roles and managed policies it defines. */
  roles: readonly string[]
  managedPolicies: readonly string[]
  /** Its naming template before `{name}`, rendered ('' when the template starts with `{name}`). */
  prefix: string
}

export interface SharedAccountOptions {
  managedBy: string
  /** This environment's name prefix. */
  prefix: string
  /** The other environments of rolegate.yml in the same account. */
  neighbours: readonly AccountNeighbour[]
}

export interface SharedAccountSplit {
  /** Live IAM as this environment's plan must see it. */
  live: EnvironmentState
  /** Owned resources left to the environment they belong to: `role shop-prod-app (prod)`. */
  theirs: string[]
  /** Owned resources no environment defines and none can be told to own: never pruned. */
  unattributed: string[]
  /**
   * Owned resources outside every name prefix of this rolegate.yml in the account: another
   * project's of the same repository (one ownership tag per repository), or left by an earlier
   * `naming`. Never changed or pruned, and not drift: nothing here defines them.
   */
  outside: string[]
}

const lower = (name: string) => name.toLowerCase()

export function splitSharedAccount(
  live: EnvironmentState,
  desired: EnvironmentState,
  options: SharedAccountOptions
): SharedAccountSplit {
  const theirs: string[] = []
  const unattributed: string[] = []
  const outside: string[] = []
  // Without a prefix and without neighbours, every owned resource is this environment's (as before
  // prefixes were compared): bootstrap's deployer requires a prefix, so this is a hand-made setup.
  if (options.neighbours.length === 0 && options.prefix === '') return { live, theirs, unattributed, outside }
  const claimants = [
    { environment: undefined, prefix: options.prefix },
    ...options.neighbours.map(neighbour => ({ environment: neighbour.environment, prefix: neighbour.prefix }))
  ]
  const keep = (
    kind: 'role' | 'managed policy',
    resource: { name: string; tags: Record<string, string> },
    definedHere: ReadonlySet<string>,
    definedBy: (neighbour: AccountNeighbour) => readonly string[]
  ): boolean => {
    const name = lower(resource.name)
    if (definedHere.has(name) || resource.tags[OWNERSHIP_TAG] !== options.managedBy) return true
    const definer = options.neighbours.find(neighbour =>
      definedBy(neighbour).some(item => lower(item) === name)
    )
    if (definer) {
      theirs.push(`${kind} ${resource.name} (${definer.environment})`)
      return false
    }
    const matching = claimants.filter(
      claimant => claimant.prefix !== '' && name.startsWith(lower(claimant.prefix))
    )
    const longest = Math.max(0, ...matching.map(claimant => claimant.prefix.length))
    const owners = matching.filter(claimant => claimant.prefix.length === longest)
    if (owners.length === 1 && owners[0].environment === undefined) return true
    if (owners.length === 1) theirs.push(`${kind} ${resource.name} (${owners[0].environment})`)
    else if (matching.length === 0 && claimants.every(claimant => claimant.prefix !== ''))
      outside.push(`${kind} ${resource.name}`)
    else unattributed.push(`${kind} ${resource.name}`)
    return false
  }
  const roles = new Set(desired.roles.map(role => lower(role.name)))
  const policies = new Set(desired.managedPolicies.map(policy => lower(policy.name)))
  return {
    live: {
      ...live,
      roles: live.roles.filter(role => keep('role', role, roles, neighbour => neighbour.roles)),
      managedPolicies: live.managedPolicies.filter(policy =>
        keep('managed policy', policy, policies, neighbour => neighbour.managedPolicies)
      )
    },
    theirs,
    unattributed,
    outside
  }
}
