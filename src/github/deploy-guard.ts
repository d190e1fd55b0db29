/**
 * Where deploy may run from: an allow-list of GitHub events and of git refs (by default the
 * repository's default branch), checked twice in the action: against the runner's environment
 * before any token or AWS call, and against the job's OIDC token claims once the token is in hand.
 * Pure: the caller hands in what it read from the event and the token.
 */
import type { TokenClaims } from '../aws/credentials.js'
import { DEFAULT_DEPLOY_EVENTS, type DeploySettings } from '../definitions/schema.js'
import { wildcardMatch } from '../policy/wildcard.js'

/** What triggered this run, as the runner describes it (GITHUB_EVENT_NAME, GITHUB_REF, the payload). */
export interface RunContext {
  eventName: string
  ref: string
  /** owner/repo */
  repository?: string
  /** `repository.default_branch` of the event payload (a branch name, not a ref). */
  defaultBranch?: string
}

export function isPullRequestEvent(eventName: string): boolean {
  // pull_request, pull_request_target, pull_request_review, pull_request_review_comment: unmerged code.
  return eventName.startsWith('pull_request')
}

/** The refs deploy accepts and where that list comes from, for messages. */
function refRule(
  settings: DeploySettings | undefined,
  defaultBranch: string | undefined
): { patterns: string[]; source: string } | undefined {
  if (settings?.refs) return { patterns: settings.refs, source: 'rolegate.yml deploy.refs' }
  if (defaultBranch)
    return {
      patterns: [`refs/heads/${defaultBranch}`],
      source: "the repository's default branch (set deploy.refs in rolegate.yml to allow other refs)"
    }
  return undefined
}

/**
 * Why deploy must not run in this context, or undefined when it may. `subject` says whose values
 * these are ("this run", "the OIDC token").
 */
export function deployContextRefusal(
  context: RunContext,
  settings: DeploySettings | undefined,
  subject = 'this run'
): string | undefined {
  const { eventName, ref } = context
  if (!eventName)
    return `refusing to deploy: ${subject} names no GitHub event (GITHUB_EVENT_NAME is empty), so RoleGate cannot tell what triggered it; the action deploys only inside a workflow run triggered by ${allowedEvents(settings).join(', ')}`
  if (isPullRequestEvent(eventName))
    return `refusing to deploy on a ${eventName} event: pull requests run unreviewed code; deploy from "push" to the default branch or "workflow_dispatch", in a job bound to the environment`
  const events = allowedEvents(settings)
  if (!events.includes(eventName)) {
    const source = settings?.events
      ? 'rolegate.yml deploy.events'
      : 'the default; set deploy.events in rolegate.yml to change it'
    return `refusing to deploy on a ${eventName} event: RoleGate deploys only on ${events.join(', ')} (${source}); ${eventHint(eventName)}`
  }
  if (!ref)
    return `refusing to deploy on a ${eventName} event: ${subject} names no git ref (GITHUB_REF is empty), so RoleGate cannot tell what is being deployed`
  const rule = refRule(settings, context.defaultBranch)
  if (!rule)
    return `refusing to deploy from ${ref}: the event payload does not name the repository's default branch and rolegate.yml has no deploy.refs; list the refs that may deploy there, e.g. deploy: { refs: [refs/heads/main] }`
  if (!rule.patterns.some(pattern => wildcardMatch(pattern, ref, false)))
    return `refusing to deploy from ${ref} (${eventName} event): deploy runs only from ${rule.patterns.join(', ')}, ${rule.source}; merge the change into an allowed ref, or add this ref to deploy.refs`
  return undefined
}

function allowedEvents(settings: DeploySettings | undefined): string[] {
  return settings?.events ?? [...DEFAULT_DEPLOY_EVENTS]
}

function eventHint(eventName: string): string {
  switch (eventName) {
    case 'issue_comment':
      return 'a comment on a pull request runs on the default branch for anyone who may comment, not for a reviewed merge'
    case 'workflow_run':
      return 'workflow_run runs with the default branch and write access after workflows that a fork pull request can trigger'
    case 'merge_group':
      return 'a merge queue group is not merged yet'
    default:
      return 'run deploy from "push" to the default branch, "workflow_dispatch" or "schedule"'
  }
}

/**
 * The token GitHub issued to this job must describe the same run as the runner's environment, and
 * that run must pass the same guard: a mismatch means the environment variables or the event file
 * were tampered with, or the job is not what it claims to be.
 */
export function claimsRefusal(
  claims: TokenClaims,
  context: RunContext,
  settings: DeploySettings | undefined
): string | undefined {
  const mismatch = (claim: string, token: string | undefined, run: string | undefined) =>
    `refusing to deploy: the job's OIDC token says ${claim}=${JSON.stringify(token ?? '')}, but this run says ${JSON.stringify(run ?? '')}; the token GitHub issued to the job decides, and it does not describe this run`
  if (context.repository && (claims.repository ?? '').toLowerCase() !== context.repository.toLowerCase())
    return mismatch('repository', claims.repository, context.repository)
  if (claims.event_name !== context.eventName)
    return mismatch('event_name', claims.event_name, context.eventName)
  if (claims.ref !== context.ref) return mismatch('ref', claims.ref, context.ref)
  const refType = claims.ref?.startsWith('refs/tags/')
    ? 'tag'
    : claims.ref?.startsWith('refs/heads/')
      ? 'branch'
      : undefined
  if (claims.ref_type !== undefined && claims.ref_type !== refType)
    return `refusing to deploy: the job's OIDC token says ref_type=${JSON.stringify(claims.ref_type)} for ref ${JSON.stringify(claims.ref)}; a token whose ref is not a ${claims.ref_type} cannot deploy`
  return deployContextRefusal(
    { ...context, eventName: claims.event_name ?? '', ref: claims.ref ?? '' },
    settings,
    "the job's OIDC token"
  )
}

/** GitHub compares environment names case-insensitively; so does RoleGate. */
export function sameEnvironment(a: string | undefined, b: string): boolean {
  return a !== undefined && a.toLowerCase() === b.toLowerCase()
}
