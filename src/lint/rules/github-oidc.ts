/**
 * GitHub Actions OIDC trust: `github-oidc-unpinned-sub`, `github-oidc-missing-aud`,
 * `github-oidc-forallvalues` and `github-oidc-not-environment-bound`.
 *
 * A statement trusts GitHub when its Federated principal is the IAM OIDC provider for
 * token.actions.githubusercontent.com (any partition and account; GitHub Enterprise's
 * `token.actions.githubusercontent.com/<enterprise>` issuer too) and it grants
 * sts:AssumeRoleWithWebIdentity. STS exposes each claim of the token as a condition key named
 * `<issuer>:<claim>`. The `sub` claim is `repo:<owner>/<repo>:<context>` (classic) or
 * `repo:<owner>@<id>/<repo>@<id>:<context>` (immutable), where the context is `environment:NAME`,
 * `ref:refs/heads/BRANCH`, `pull_request`, ...
 */
import { perRun } from '../subjects.js'
import type { LintContext, Rule, RuleHit } from '../types.js'
import type { ConditionEntry } from './trust-common.js'
import { conditionsOf, constrains, hasWildcard, trustHit, trustStatements } from './trust-common.js'
import type { WebIdentityTrust } from './web-identity-common.js'
import {
  claim,
  GITHUB_ISSUER,
  isGithubIssuer,
  literalValue,
  matchesClaim,
  missingPath,
  webIdentityTrusts
} from './web-identity-common.js'

const IAM_REJECTS = 'AWS IAM rejects this trust policy at deploy time (MalformedPolicyDocument)'

/**
 * The trusts of GitHub Actions: an IAM OIDC provider for GitHub's issuer (any partition and
 * account) granted sts:AssumeRoleWithWebIdentity. Found once per run (three rules read them).
 */
function githubTrusts(context: LintContext): readonly WebIdentityTrust[] {
  return perRun(context, findGithubTrusts)
}

function findGithubTrusts(context: LintContext): WebIdentityTrust[] {
  return webIdentityTrusts(context).filter(web => web.providerArn && isGithubIssuer(web.issuer))
}

// ---------------------------------------------------------------------------------------------
// github-oidc-unpinned-sub

export const githubOidcUnpinnedSub: Rule = {
  id: 'github-oidc-unpinned-sub',
  *check(context: LintContext) {
    for (const github of githubTrusts(context)) yield* unpinnedSub(github)
  }
}

/**
 * What the per-claim conditions pin on their own: the repository (`:repository` with StringEquals
 * `<owner>/<repo>`), its owner (`:repository_owner`) and the context (`:environment` with literal
 * names). Every condition of a statement must hold, so these close what a `sub` pattern leaves
 * open: `repo:acme/app:*` with StringEquals `:environment` `prod` admits only jobs of acme/app
 * bound to the GitHub environment prod (the claim is absent from other jobs), exactly as
 * `repo:acme/app:environment:prod` does. A `:ref` condition does not count: `ref` is
 * `refs/heads/main` for pull_request_target runs too, which `sub` tells apart
 * (`repo:acme/app:pull_request`).
 */
interface ClaimPins {
  repository: boolean
  /** The claim that pins the context (`environment`), or undefined. */
  context: string | undefined
  /**
   * The calling repository or its owner is pinned, by a claim or by every `sub` value: what a
   * `job_workflow_ref` condition needs besides, since it names only the workflow that is called.
   */
  caller: boolean
}

function claimPins(github: WebIdentityTrust): ClaimPins {
  const literal = (name: string, accept: (value: string) => boolean = () => true) =>
    claim(github, name).some(
      entry =>
        matchesClaim(entry) &&
        constrains(entry) &&
        entry.values.every(value => accept(value) && literalValue(entry, value))
    )
  const repository = literal('repository', value => /^[^/]+\/[^/]+$/.test(value))
  const owner = literal('repository_owner', value => /^[^/]+$/.test(value))
  // `repo:acme/*` names the owner of every calling repository; `repo:*` or `repo:acme*/x` does not.
  const subOwner = claim(github, 'sub').some(
    entry =>
      matchesClaim(entry) &&
      entry.values.length > 0 &&
      entry.values.every(value => {
        const repo = parseSubject(value)?.repository ?? ''
        const slash = repo.indexOf('/')
        return slash > 0 && literalValue(entry, repo.slice(0, slash))
      })
  )
  return {
    repository,
    context: literal('environment') ? 'environment' : undefined,
    caller: repository || owner || subOwner
  }
}

function* unpinnedSub(github: WebIdentityTrust): Generator<RuleHit> {
  const sub = `${github.issuer}:sub`
  const subEntries = claim(github, 'sub')
  const scoping = [...subEntries, ...claim(github, 'job_workflow_ref')].filter(matchesClaim)
  const pins = claimPins(github)
  // Conditions in different operators are AND-ed: one fully pinned entry pins the statement.
  const pinned = scoping.some(
    entry =>
      entry.values.length > 0 &&
      entry.items.every(item => scopeProblem(entry, item.value, pins) === undefined)
  )
  if (pinned) return
  if (scoping.length === 0) {
    const ignored = subEntries.map(entry => entry.operator)
    const repository = claim(github, 'repository').length > 0
    const notes = [
      ignored.length > 0
        ? ` (${ignored.join(', ')} on ${sub} does not count: it holds when the claim is absent or excludes rather than pins)`
        : '',
      repository ? `; a :repository condition does not replace it` : ''
    ].join('')
    yield trustHit(
      github.trust,
      `trusts GitHub Actions OIDC without a StringEquals or StringLike condition on ${sub}${notes}, so a workflow in any GitHub repository can assume this role. ${IAM_REJECTS}. Pin the subject, e.g. StringEquals ${sub}: "repo:<owner>/<repo>:environment:ENVIRONMENT"`,
      missingPath(github)
    )
    return
  }
  const hits = scoping.flatMap(entry =>
    entry.items.flatMap(item => {
      const problem = scopeProblem(entry, item.value, pins)
      return problem
        ? [trustHit(github.trust, `${entry.operator} ${entry.key} "${item.value}" ${problem}`, item.path)]
        : []
    })
  )
  // Only empty value lists left: that is no condition at all.
  if (hits.length === 0) {
    yield trustHit(
      github.trust,
      `the condition on ${sub} has no values. ${IAM_REJECTS}. Pin the subject, e.g. "repo:<owner>/<repo>:environment:ENVIRONMENT"`,
      scoping[0].path
    )
  }
  yield* hits
}

/** Why a sub or job_workflow_ref value fails to pin the workflow, or undefined when it pins it. */
function scopeProblem(entry: ConditionEntry, value: string, pins: ClaimPins): string | undefined {
  if (value === '*') {
    return `matches every GitHub workflow of every repository. ${IAM_REJECTS}. Pin the subject, e.g. "repo:<owner>/<repo>:environment:ENVIRONMENT"`
  }
  // StringEquals compares literally: "*" there is a character, not a wildcard.
  const pattern = !literalValue(entry, value)
  if (entry.keyLower.endsWith(':job_workflow_ref')) {
    return (pattern ? workflowRefProblem(value) : undefined) ?? (pins.caller ? undefined : CALLER_OPEN)
  }
  return pattern ? subProblem(value, pins) : undefined
}

/**
 * job_workflow_ref names the reusable workflow a job runs, not the repository whose workflow calls
 * it (sub, repository and ref describe the caller): on its own it admits every caller.
 */
const CALLER_OPEN =
  'names the workflow that is called, not the repository that calls it (sub, repository and ref describe the caller), so a workflow of any repository allowed to call it, any repository at all for a public workflow, can assume this role; also pin the caller: a sub naming the repository, or StringEquals …:repository: "<owner>/<repo>" or …:repository_owner: "<owner>"'

function subProblem(value: string, pins: ClaimPins): string | undefined {
  const fix =
    'name one repository and a narrower context, e.g. "repo:<owner>/<repo>:environment:prod" or "repo:<owner>/<repo>:ref:refs/heads/main"'
  if (!value.startsWith('repo:'))
    return `has a wildcard outside a repo:<owner>/<repo> subject, so it matches workflows of any repository; ${fix}`
  const parsed = parseSubject(value)
  // A wildcard anywhere in the context opens it: `ref:refs/heads/main*` matches main-evil too.
  const openContext = parsed === undefined || parsed.context === '' || hasWildcard(parsed.context)
  const openRepository = !parsed || hasWildcard(parsed.repository) || !parsed.repository.includes('/')
  // The per-claim conditions may pin what the pattern leaves open (claimPins()).
  if (openRepository && !(pins.repository && (!openContext || pins.context))) {
    return `leaves the repository open (${parsed?.repository ?? value.slice('repo:'.length)}), so any matching repository, including one created later, can assume this role; ${fix}`
  }
  if (openContext && !pins.context) {
    const keep = `${fix}, or keep it and add StringEquals on the environment claim (…:environment: prod)`
    const repository = parsed?.repository ?? 'the repository'
    const context = parsed?.context ?? ''
    if (/^[*?]*$/.test(context)) {
      return `matches every branch, tag, pull request and environment of ${repository}, so any workflow anyone can push to that repository may assume this role; ${keep}`
    }
    if (context.startsWith('environment:')) {
      return `matches every GitHub environment of ${repository} whose name fits "${context.slice('environment:'.length)}", and a workflow that names an environment that does not exist gets one created without protection rules, so any workflow anyone can push to that repository may assume this role; ${keep}`
    }
    if (context.startsWith('ref:')) {
      return `matches every branch or tag of ${repository} whose name fits "${context.slice('ref:'.length)}" (refs/heads/main* matches refs/heads/main-evil), so anyone who can push such a branch or tag may assume this role, bypassing branch protection and environment reviews; ${keep}`
    }
    return `has a wildcard in its context ("${context}"), which matches more than one kind of context of ${repository} (branches, tags, pull requests, environments), so any workflow anyone can push to that repository may assume this role; ${keep}`
  }
  return undefined
}

function workflowRefProblem(value: string): string | undefined {
  const parts = value.split('/')
  const fix =
    'name the repository and workflow, e.g. "<owner>/<repo>/.github/workflows/deploy.yml@refs/heads/main"'
  if (parts.length < 3 || hasWildcard(parts[0]) || hasWildcard(parts[1])) {
    return `leaves the repository open, so workflows of any matching repository can assume this role; ${fix}`
  }
  if (/^[*?]*$/.test(parts.slice(2).join('/')))
    return `matches every workflow and ref of ${parts[0]}/${parts[1]}; ${fix}`
  return undefined
}

/** `repo:<owner>/<repo>:context` → repository `<owner>/<repo>`, context `context`. */
function parseSubject(value: string): { repository: string; context: string } | undefined {
  if (!value.startsWith('repo:')) return undefined
  const rest = value.slice('repo:'.length)
  const colon = rest.indexOf(':')
  if (colon < 0) return { repository: rest, context: '' }
  return { repository: rest.slice(0, colon), context: rest.slice(colon + 1) }
}

// ---------------------------------------------------------------------------------------------
// github-oidc-missing-aud

const AUDIENCE = 'sts.amazonaws.com'

export const githubOidcMissingAud: Rule = {
  id: 'github-oidc-missing-aud',
  *check(context: LintContext) {
    for (const github of githubTrusts(context)) yield* missingAud(github)
  }
}

function* missingAud(github: WebIdentityTrust): Generator<RuleHit> {
  const aud = `${github.issuer}:aud`
  const entries = claim(github, 'aud').filter(matchesClaim)
  if (entries.some(entry => entry.values.length > 0 && entry.values.every(value => value === AUDIENCE)))
    return
  if (entries.length === 0) {
    const ignored = claim(github, 'aud').map(entry => entry.operator)
    const note = ignored.length > 0 ? ` (${ignored.join(', ')} on it does not count)` : ''
    yield trustHit(
      github.trust,
      `trusts GitHub Actions OIDC without a StringEquals condition on ${aud}${note}, so a GitHub token minted for any other audience is accepted too; add StringEquals ${aud}: ${AUDIENCE}`,
      missingPath(github)
    )
    return
  }
  for (const entry of entries) {
    for (const item of entry.items) {
      if (item.value === AUDIENCE) continue
      yield trustHit(
        github.trust,
        `${entry.operator} ${entry.key} allows audience "${item.value}"; the token GitHub issues for AWS (aws-actions/configure-aws-credentials, RoleGate) carries ${AUDIENCE}: require StringEquals ${aud}: ${AUDIENCE}`,
        item.path
      )
    }
  }
}

// ---------------------------------------------------------------------------------------------
// github-oidc-forallvalues

/**
 * Keys with at most one value per request. On these ForAllValues: can only go wrong: with the
 * key absent the set is empty and the condition is vacuously true. Multi-valued keys
 * (aws:PrincipalOrgPaths, ...:amr, aws:TagKeys) are left alone: ForAllValues: is meaningful there.
 */
const SINGLE_VALUED_KEYS = new Set([
  'aws:sourceaccount',
  'aws:sourcearn',
  'aws:sourceorgid',
  'aws:principalorgid',
  'aws:principalaccount',
  'aws:principalarn',
  'aws:principaltype',
  'aws:userid',
  'aws:username',
  'aws:sourceip',
  'aws:sourcevpc',
  'aws:sourcevpce',
  'aws:securetransport',
  'aws:multifactorauthpresent',
  'aws:multifactorauthage',
  'aws:requestedregion',
  'sts:externalid',
  'sts:rolesessionname',
  'sts:sourceidentity'
])

function singleValued(key: string): boolean {
  if (key.startsWith(GITHUB_ISSUER)) return true
  if (SINGLE_VALUED_KEYS.has(key)) return true
  if (key.startsWith('aws:principaltag/') || key.startsWith('aws:requesttag/')) return true
  // A JWT's sub is one string (RFC 7519 §4.1.2), whatever the web-identity provider.
  return key.endsWith(':sub') && !key.startsWith('aws:') && !key.startsWith('sts:')
}

export const githubOidcForAllValues: Rule = {
  id: 'github-oidc-forallvalues',
  *check(context: LintContext) {
    for (const trust of trustStatements(context)) {
      for (const entry of conditionsOf(trust)) {
        if (entry.qualifier !== 'ForAllValues' || !singleValued(entry.keyLower)) continue
        const plain = entry.operator.trim().slice('ForAllValues:'.length)
        yield trustHit(
          trust,
          `${entry.operator} on ${entry.key} is true when the request has no ${entry.key} at all (ForAllValues: over an empty set holds), so it restricts nothing; use ${plain} for this single-valued key`,
          ['Condition', entry.operator]
        )
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------
// github-oidc-not-environment-bound

export const githubOidcNotEnvironmentBound: Rule = {
  id: 'github-oidc-not-environment-bound',
  *check(context: LintContext) {
    const name = context.environment.environment
    if (context.config.environments?.[name]?.protected !== true) return
    for (const github of githubTrusts(context)) {
      if (environmentPinned(github, name)) continue
      const subEntries = claim(github, 'sub').filter(matchesClaim)
      const repository = subEntries
        .flatMap(entry => entry.values)
        .map(value => parseSubject(value)?.repository)
        .find(repo => repo !== undefined && repo.includes('/') && !hasWildcard(repo))
      const suggestion = `repo:${repository ?? '<owner>/<repo>'}:environment:${name}`
      yield trustHit(
        github.trust,
        `role ${github.trust.role.logicalName ?? github.trust.role.name} is deployed to protected environment ${name}, but GitHub Actions jobs may assume it without being bound to the GitHub environment "${name}": this role can be assumed by a job that the environment's reviewers never approved. Require StringEquals ${github.issuer}:sub: "${suggestion}"`,
        subEntries[0]?.path ?? github.principal.path
      )
    }
  }
}

/**
 * Only jobs of the environment get through: every sub value is `repo:O/R:environment:<name>`
 * for a literal repository, or an environment claim condition names exactly `<name>`.
 * IfExists does not count here: jobs without an environment have no environment claim.
 */
function environmentPinned(github: WebIdentityTrust, name: string): boolean {
  const byClaim = claim(github, 'environment').some(
    entry =>
      matchesClaim(entry) &&
      constrains(entry) &&
      entry.values.every(value => value === name && literalValue(entry, value))
  )
  if (byClaim) return true
  return claim(github, 'sub').some(
    entry =>
      matchesClaim(entry) &&
      entry.values.length > 0 &&
      entry.values.every(value => {
        const parsed = parseSubject(value)
        return (
          parsed !== undefined &&
          literalValue(entry, value) &&
          parsed.repository.includes('/') &&
          parsed.context === `environment:${name}`
        )
      })
  )
}
