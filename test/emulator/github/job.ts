import { randomUUID } from 'node:crypto'
import type { JwtClaims } from './jwt.js'

/** The GitHub Actions job a token (and a harness run) belongs to. */
export interface JobContext {
  owner: string
  repo: string
  ownerId?: number
  repoId?: number
  /** Default `refs/heads/main`. */
  ref?: string
  sha?: string
  /** The GitHub environment the job is bound to (`environment:` in the workflow). */
  environment?: string
  /** Default `push`. */
  eventName?: string
  actor?: string
  actorId?: number
  /** Workflow file, default `.github/workflows/deploy.yml`. */
  workflowFile?: string
  workflowName?: string
  /** For reusable workflows: `owner/repo/.github/workflows/x.yml@ref`. Default: the caller workflow. */
  jobWorkflowRef?: string
  runId?: number
  runNumber?: number
  runAttempt?: number
  visibility?: 'public' | 'private' | 'internal'
  /** `classic` = `repo:OWNER/REPO:...`, `immutable` = `repo:OWNER@ID/REPO@ID:...`. */
  subjectFormat?: 'classic' | 'immutable'
  /** For pull_request events. */
  headRef?: string
  baseRef?: string
}

export const GITHUB_ACTIONS_APP = {
  id: 15368,
  slug: 'github-actions',
  node_id: 'MDM6QXBwMTUzNjg=',
  name: 'GitHub Actions',
  owner: { login: 'github', id: 9919, type: 'Organization' }
}

export interface ResolvedJob extends Required<
  Omit<JobContext, 'environment' | 'headRef' | 'baseRef' | 'jobWorkflowRef'>
> {
  environment?: string
  headRef?: string
  baseRef?: string
  jobWorkflowRef: string
}

export function resolveJob(job: JobContext): ResolvedJob {
  const ref = job.ref ?? 'refs/heads/main'
  const workflowFile = job.workflowFile ?? '.github/workflows/deploy.yml'
  return {
    ...job,
    ownerId: job.ownerId ?? 1000001,
    repoId: job.repoId ?? 2000001,
    ref,
    sha: job.sha ?? 'a'.repeat(40),
    eventName: job.eventName ?? 'push',
    actor: job.actor ?? 'octocat',
    actorId: job.actorId ?? 583231,
    workflowFile,
    workflowName: job.workflowName ?? 'deploy',
    jobWorkflowRef: job.jobWorkflowRef ?? `${job.owner}/${job.repo}/${workflowFile}@${ref}`,
    runId: job.runId ?? 7000000001,
    runNumber: job.runNumber ?? 1,
    runAttempt: job.runAttempt ?? 1,
    visibility: job.visibility ?? 'private',
    subjectFormat: job.subjectFormat ?? 'classic'
  }
}

/** The `sub` claim GitHub issues for the job. */
export function subjectFor(job: ResolvedJob): string {
  const repo =
    job.subjectFormat === 'immutable'
      ? `repo:${job.owner}@${job.ownerId}/${job.repo}@${job.repoId}`
      : `repo:${job.owner}/${job.repo}`
  if (job.environment !== undefined) return `${repo}:environment:${job.environment}`
  if (job.eventName === 'pull_request') return `${repo}:pull_request`
  return `${repo}:ref:${job.ref}`
}

/** GitHub's OIDC claim set for the job. */
export function claimsFor(
  job: ResolvedJob,
  issuer: string,
  audience: string,
  nowSeconds: number,
  lifetimeSeconds: number
): JwtClaims {
  const refType = job.ref.startsWith('refs/tags/') ? 'tag' : 'branch'
  return {
    jti: randomUUID(),
    sub: subjectFor(job),
    aud: audience,
    ref: job.ref,
    sha: job.sha,
    repository: `${job.owner}/${job.repo}`,
    repository_owner: job.owner,
    repository_owner_id: String(job.ownerId),
    run_id: String(job.runId),
    run_number: String(job.runNumber),
    run_attempt: String(job.runAttempt),
    repository_visibility: job.visibility,
    repository_id: String(job.repoId),
    actor_id: String(job.actorId),
    actor: job.actor,
    workflow: job.workflowName,
    head_ref: job.headRef ?? '',
    base_ref: job.baseRef ?? '',
    event_name: job.eventName,
    ref_protected: 'false',
    ref_type: refType,
    workflow_ref: `${job.owner}/${job.repo}/${job.workflowFile}@${job.ref}`,
    workflow_sha: job.sha,
    job_workflow_ref: job.jobWorkflowRef,
    job_workflow_sha: job.sha,
    runner_environment: 'github-hosted',
    environment: job.environment,
    iss: issuer,
    nbf: nowSeconds - 600,
    exp: nowSeconds + lifetimeSeconds,
    iat: nowSeconds
  }
}
