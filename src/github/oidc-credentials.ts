/**
 * The action's deploy credentials and the guards that must hold before any credential is used:
 * the job's OIDC token must describe this run and pass the deploy guard (event, ref, repository),
 * and a protected environment is deployed only by a job whose token says it is bound to that
 * GitHub environment (and so was approved by its reviewers).
 */
import * as core from '@actions/core'
import type { AwsCredentialIdentity } from '@smithy/types'
import { assumeRoleWithWebIdentity, decodeClaims, sessionName } from '../aws/credentials.js'
import type { DeploySettings, EnvironmentConfig } from '../definitions/schema.js'
import { UsageError, errorMessage } from '../model/errors.js'
import { claimsRefusal, sameEnvironment, type RunContext } from './deploy-guard.js'

export const MISSING_ID_TOKEN_PERMISSION =
  'the job cannot request a GitHub OIDC token; add "permissions: id-token: write" (and "contents: read") to the deploy job in your workflow'

export interface OidcCredentialOptions {
  environmentName: string
  /**
   * deploy changes IAM, so a protected environment needs the approved job. plan and drift only
   * read; the deployer role's own trust still decides whether they may assume it.
   */
  requireApproval: boolean
  roleToAssume?: string
  audience: string
  /**
   * deploy: the token's own claims (event, ref, repository) must describe this run and pass the
   * deploy guard. The token is then requested whenever the job may request one, also when the
   * credentials come from the job rather than from a deployRole.
   */
  run?: RunContext
}

export function oidcCredentials(options: OidcCredentialOptions) {
  return async (
    environment: EnvironmentConfig,
    settings?: DeploySettings
  ): Promise<AwsCredentialIdentity | undefined> => {
    const roleArn = options.roleToAssume || environment.deployRole
    const tokenAvailable = Boolean(
      process.env.ACTIONS_ID_TOKEN_REQUEST_URL && process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN
    )
    const gated = environment.protected === true && options.requireApproval
    const checkClaims = options.run !== undefined && tokenAvailable
    if (!roleArn && !gated && !checkClaims) {
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
    let token: string
    try {
      token = await core.getIDToken(options.audience)
    } catch (error) {
      throw new UsageError(
        `GitHub refused the job's OIDC token (audience ${options.audience}): ${errorMessage(error)}; check "permissions: id-token: write" on the job`
      )
    }
    core.setSecret(token)
    const claims = decodeClaims(token)
    if (options.run) {
      const refusal = claimsRefusal(claims, options.run, settings)
      if (refusal) throw new UsageError(refusal)
    }
    if (gated && !sameEnvironment(claims.environment, options.environmentName)) {
      throw new UsageError(
        `refusing to deploy protected environment ${options.environmentName}: this job is ${claims.environment ? `bound to GitHub environment "${claims.environment}"` : 'not bound to any GitHub environment'}, so its reviewers did not approve it; add "environment: ${options.environmentName}" to the deploy job`
      )
    }
    if (!roleArn) {
      core.info(
        gated
          ? `Job is bound to ${options.environmentName}; no deployRole configured: using the credentials already in the job.`
          : 'No deployRole configured: using the credentials already in the job (e.g. from aws-actions/configure-aws-credentials).'
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
