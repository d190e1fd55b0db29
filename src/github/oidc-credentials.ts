/**
 * The action's deploy credentials and the guards that must hold before any credential is used:
 * a protected environment is deployed only by a job whose OIDC token says it is bound to that
 * GitHub environment (and so was approved by its reviewers).
 */
import * as core from '@actions/core'
import type { AwsCredentialIdentity } from '@smithy/types'
import { assumeRoleWithWebIdentity, decodeClaims, sessionName } from '../aws/credentials.js'
import type { EnvironmentConfig } from '../definitions/schema.js'
import { UsageError } from '../fs/project-files.js'

export const MISSING_ID_TOKEN_PERMISSION =
  'the job cannot request a GitHub OIDC token; add "permissions: id-token: write" (and "contents: read") to the deploy job in your workflow'

export function refuseOnPullRequest(eventName: string, command: string): void {
  // Every pull_request* event (pull_request_review, pull_request_review_comment included) runs for code not yet merged.
  if (eventName.startsWith('pull_request')) {
    throw new UsageError(
      `refusing to ${command} on a ${eventName} event: pull requests run unreviewed code; deploy from "push" to the default branch or "workflow_dispatch", in a job bound to the environment`
    )
  }
}

export interface OidcCredentialOptions {
  environmentName: string
  /**
   * deploy changes IAM, so a protected environment needs the approved job. plan and drift only
   * read; the deployer role's own trust still decides whether they may assume it.
   */
  requireApproval: boolean
  roleToAssume?: string
  audience: string
}

export function oidcCredentials(options: OidcCredentialOptions) {
  return async (environment: EnvironmentConfig): Promise<AwsCredentialIdentity | undefined> => {
    const roleArn = options.roleToAssume || environment.deployRole
    const tokenAvailable = Boolean(
      process.env.ACTIONS_ID_TOKEN_REQUEST_URL && process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN
    )
    const gated = environment.protected === true && options.requireApproval
    if (!roleArn && !gated) {
      core.info(
        'No deployRole configured: using the credentials already in the job (e.g. from aws-actions/configure-aws-credentials).'
      )
      return undefined
    }
    if (!tokenAvailable) {
      throw new UsageError(
        gated
          ? `environment ${options.environmentName} is protected, and RoleGate proves the job is bound to it with the OIDC token; ${MISSING_ID_TOKEN_PERMISSION}`
          : MISSING_ID_TOKEN_PERMISSION
      )
    }
    const token = await core.getIDToken(options.audience)
    core.setSecret(token)
    const claims = decodeClaims(token)
    if (gated && claims.environment !== options.environmentName) {
      throw new UsageError(
        `refusing to deploy protected environment ${options.environmentName}: this job is ${claims.environment ? `bound to GitHub environment "${claims.environment}"` : 'not bound to any GitHub environment'}, so its reviewers did not approve it; add "environment: ${options.environmentName}" to the deploy job`
      )
    }
    if (!roleArn) {
      core.info(
        `Job is bound to ${options.environmentName}; no deployRole configured: using the credentials already in the job.`
      )
      return undefined
    }
    return assumeRoleWithWebIdentity({
      token,
      roleArn,
      sessionName: sessionName(process.env.GITHUB_REPOSITORY, process.env.GITHUB_RUN_ID),
      region: environment.region,
      mask: secret => core.setSecret(secret)
    })
  }
}
