/**
 * Credentials for deploy: the job's GitHub OIDC token exchanged for the environment's deployer
 * role (AssumeRoleWithWebIdentity needs no AWS credentials), or the ambient credential chain
 * when no deployer role is configured. Every secret is masked before anything can print it.
 */
import { AssumeRoleWithWebIdentityCommand, GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts'
import type { AwsCredentialIdentity } from '@smithy/types'
import { UsageError, errorMessage, errorName, isAccessDenied, isThrottling } from '../model/errors.js'

export interface TokenClaims {
  sub?: string
  aud?: string | string[]
  environment?: string
  repository?: string
  ref?: string
  /** `branch` or `tag`. */
  ref_type?: string
  job_workflow_ref?: string
  event_name?: string
}

/** The claims of a JWT, without verifying it: STS verifies; RoleGate only reads what it was given. */
export function decodeClaims(token: string): TokenClaims {
  const payload = token.split('.')[1]
  let claims: unknown
  try {
    claims = payload ? JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) : undefined
  } catch {
    claims = undefined
  }
  if (claims === null || typeof claims !== 'object' || Array.isArray(claims))
    throw new UsageError(
      'the GitHub OIDC token is not a JWT with a JSON payload; check ACTIONS_ID_TOKEN_REQUEST_URL'
    )
  return claims as TokenClaims
}

/** `rolegate-owner-repo-run-42`: valid characters, at most 64, so CloudTrail shows which run changed what. */
export function sessionName(repository: string | undefined, runId: string | undefined): string {
  const base = `rolegate-${(repository ?? 'local').replace('/', '-')}`.replace(/[^\w+=,.@-]/g, '-')
  const suffix = runId ? `-run-${runId}` : ''
  return `${base.slice(0, 64 - suffix.length)}${suffix}`
}

export interface AssumeInput {
  token: string
  roleArn: string
  sessionName: string
  region: string
  /** Masks a value in the job log. */
  mask: (secret: string) => void
}

export async function assumeRoleWithWebIdentity(input: AssumeInput): Promise<AwsCredentialIdentity> {
  const sts = new STSClient({ region: input.region })
  try {
    const { Credentials } = await sts.send(
      new AssumeRoleWithWebIdentityCommand({
        RoleArn: input.roleArn,
        RoleSessionName: input.sessionName,
        WebIdentityToken: input.token
      })
    )
    if (!Credentials?.AccessKeyId || !Credentials.SecretAccessKey)
      throw new Error('STS returned no credentials')
    input.mask(Credentials.SecretAccessKey)
    if (Credentials.SessionToken) input.mask(Credentials.SessionToken)
    input.mask(Credentials.AccessKeyId)
    return {
      accessKeyId: Credentials.AccessKeyId,
      secretAccessKey: Credentials.SecretAccessKey,
      sessionToken: Credentials.SessionToken,
      expiration: Credentials.Expiration
    }
  } catch (error) {
    if (isAccessDenied(error) || errorName(error) === 'InvalidIdentityTokenException') {
      throw new UsageError(explainDenied(input.roleArn, decodeClaims(input.token), errorMessage(error)))
    }
    throw stsFailure(error, `assume ${input.roleArn}`)
  } finally {
    sts.destroy()
  }
}

/** The most common OIDC pain: say what the token carried and what the trust must match. */
export function explainDenied(roleArn: string, claims: TokenClaims, message: string): string {
  const aud = Array.isArray(claims.aud) ? claims.aud.join(',') : claims.aud
  return [
    `STS refused to let this job assume ${roleArn}: ${message}`,
    `The job's OIDC token carries sub="${claims.sub}", aud="${aud}", environment="${claims.environment ?? '(none: the job is not bound to a GitHub environment)'}".`,
    `The role's trust policy must allow sts:AssumeRoleWithWebIdentity from the token.actions.githubusercontent.com provider with`,
    `  StringEquals token.actions.githubusercontent.com:aud = "${aud}" and token.actions.githubusercontent.com:sub = "${claims.sub}"`,
    `(the trust that "rolegate bootstrap" generates pins "repo:<owner>/<repo>:environment:ENV": bind the job with "environment: ENV").`
  ].join('\n')
}

/** After assuming the role: the credentials must belong to the environment's account. */
export async function verifyAccount(
  credentials: AwsCredentialIdentity | undefined,
  region: string,
  expectedAccount: string,
  environment: string,
  command = 'deploy'
): Promise<string> {
  const sts = new STSClient({ region, ...(credentials ? { credentials } : {}) })
  try {
    let identity
    try {
      identity = await sts.send(new GetCallerIdentityCommand({}))
    } catch (error) {
      throw credentialProblem(error, command)
    }
    if (identity.Account !== expectedAccount) {
      throw new UsageError(
        `refusing to ${command} ${environment}: the credentials belong to account ${identity.Account} (${identity.Arn}), but rolegate.yml says ${environment} is account ${expectedAccount}`
      )
    }
    return identity.Arn ?? ''
  } finally {
    sts.destroy()
  }
}

/** Missing or refused credentials are the user's to fix: say how, without a stack trace. */
function credentialProblem(error: unknown, command: string): Error {
  const failure = error as { name?: string; message?: string; code?: string }
  if (failure.name === 'CredentialsProviderError' || /credential/i.test(failure.message ?? '')) {
    return new UsageError(
      `no AWS credentials for ${command}: the CLI uses the standard chain (AWS_PROFILE, AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, SSO, ...); in the action, set deployRole in rolegate.yml or role-to-assume (${failure.message})`
    )
  }
  if (
    [
      'InvalidClientTokenId',
      'ExpiredToken',
      'ExpiredTokenException',
      'SignatureDoesNotMatch',
      'AccessDenied'
    ].includes(failure.name ?? '')
  ) {
    return new UsageError(`AWS refused the credentials for ${command}: ${failure.name}: ${failure.message}`)
  }
  if (
    ['ECONNREFUSED', 'ENOTFOUND', 'ETIMEDOUT'].includes(failure.code ?? '') ||
    failure.name === 'TimeoutError'
  ) {
    return new UsageError(
      `cannot reach AWS STS for ${command}: ${failure.message}; check the network or AWS_ENDPOINT_URL_STS`
    )
  }
  return stsFailure(error, `check the credentials for ${command}`)
}

/**
 * Anything else STS answers (throttling, a 5xx, a reply that is not STS's) is not RoleGate's bug:
 * one line, nothing was changed, and what to do. Only errors of RoleGate's own code stay errors.
 */
function stsFailure(error: unknown, doing: string): Error {
  if (error instanceof UsageError || error instanceof TypeError || error instanceof ReferenceError)
    return error
  const name = errorName(error)
  // The SDK's parse errors quote the reply on further lines: the first says what went wrong.
  const message = errorMessage(error).split('\n')[0].replace(/\.$/, '')
  const what = `${name && name !== 'Error' ? `${name}: ` : ''}${message}`
  return new UsageError(
    `AWS STS failed to ${doing}: ${what}. RoleGate changed nothing; ` +
      (isThrottling(error)
        ? 'STS is throttling requests: wait a minute and run again'
        : name === 'ValidationError'
          ? 'STS refused the request as invalid: check the role ARN (deployRole in rolegate.yml, or the role-to-assume input) and run again'
          : 'check that STS is reachable from here (network, proxy, AWS_ENDPOINT_URL_STS) and run again')
  )
}
