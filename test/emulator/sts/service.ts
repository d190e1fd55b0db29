import type { CallerIdentity } from '../aws/credentials.js'
import type { QueryService, ServiceRequest } from '../aws/query-server.js'
import type { AwsRuntime } from '../aws/runtime.js'
import { errors } from '../core/errors.js'
import type { QueryParams } from '../core/query.js'
import type { XmlObject } from '../core/xml.js'
import { conditionContext } from '../iam/action.js'
import type { IamRegistry } from '../iam/registry.js'
import { checkLength } from '../iam/validate.js'
import { authorizeAssumeRole, authorizeWebIdentity, webIdentityDenied } from './trust.js'
import {
  invalidIdentityToken,
  tokenAudiences,
  verifyWebIdentityToken,
  type IdentityProvider
} from './web-identity.js'

/** STS over the AWS Query protocol (API version 2011-06-15). */

type AssumedRole = Extract<CallerIdentity, { kind: 'assumed-role' }>

function sessionName(params: QueryParams): string {
  const name = params.required('RoleSessionName')
  checkLength('RoleSessionName', name, 2, 64)
  if (!/^[\w+=,.@-]*$/.test(name)) {
    throw errors.constraint(
      'RoleSessionName',
      name,
      'Member must satisfy regular expression pattern: [\\w+=,.@-]*'
    )
  }
  return name
}

function durationSeconds(params: QueryParams, maxSessionDuration: number, chained: boolean): number {
  const value = params.integer('DurationSeconds') ?? 3600
  if (value < 900)
    throw errors.constraint(
      'DurationSeconds',
      String(value),
      'Member must have value greater than or equal to 900'
    )
  if (value > 43200)
    throw errors.constraint(
      'DurationSeconds',
      String(value),
      'Member must have value less than or equal to 43200'
    )
  if (chained && value > 3600) {
    throw errors.validation(
      'The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.'
    )
  }
  if (value > maxSessionDuration) {
    throw errors.validation('The requested DurationSeconds exceeds the MaxSessionDuration set for this role.')
  }
  return value
}

export class StsService implements QueryService {
  readonly name = 'sts' as const
  readonly version = '2011-06-15'
  readonly namespace = 'https://sts.amazonaws.com/doc/2011-06-15/'
  readonly unsignedActions: ReadonlySet<string> = new Set(['AssumeRoleWithWebIdentity'])

  constructor(
    private readonly registry: IamRegistry,
    private readonly runtime: AwsRuntime,
    private readonly providers: () => IdentityProvider[]
  ) {}

  knows(action: string): boolean {
    return ['AssumeRoleWithWebIdentity', 'AssumeRole', 'GetCallerIdentity'].includes(action)
  }

  handle(request: ServiceRequest): XmlObject | undefined {
    switch (request.action) {
      case 'AssumeRoleWithWebIdentity':
        return this.assumeRoleWithWebIdentity(request)
      case 'AssumeRole':
        return this.assumeRole(request)
      default:
        return this.getCallerIdentity(request)
    }
  }

  /** The role an STS call targets; missing or not-yet-visible roles are an opaque AccessDenied. */
  private targetRole(roleArn: string, denied: () => Error) {
    checkLength('RoleArn', roleArn, 20, 2048)
    if (!/^arn:aws[a-z-]*:iam::\d{12}:role\/.+$/.test(roleArn))
      throw errors.validation(`${roleArn} is not a valid role ARN`)
    const found = this.registry.roleByArn(roleArn)
    if (!found || this.runtime.clock.now() < found.role.visibleAt) throw denied()
    return found
  }

  private issue(
    role: { id: string; name: string; arn: string },
    accountId: string,
    session: string,
    seconds: number,
    region: string
  ) {
    const identity: AssumedRole = {
      kind: 'assumed-role',
      accountId,
      arn: `arn:aws:sts::${accountId}:assumed-role/${role.name}/${session}`,
      userId: `${role.id}:${session}`,
      roleArn: role.arn,
      roleName: role.name,
      sessionName: session
    }
    const now = this.runtime.clock.now()
    const credential = this.runtime.credentials.issueSession(identity, now + seconds * 1000)
    const found = this.registry.roleByArn(role.arn)
    if (found) found.role.lastUsed = { date: new Date(now), region }
    return {
      Credentials: {
        AccessKeyId: credential.accessKeyId,
        SecretAccessKey: credential.secretAccessKey,
        SessionToken: credential.sessionToken,
        Expiration: new Date(now + seconds * 1000)
      },
      AssumedRoleUser: { AssumedRoleId: identity.userId, Arn: identity.arn }
    }
  }

  private assumeRoleWithWebIdentity(request: ServiceRequest): XmlObject {
    const { params } = request
    const roleArn = params.required('RoleArn')
    const session = sessionName(params)
    const token = params.required('WebIdentityToken')
    checkLength('WebIdentityToken', token, 4, 20000)
    const verified = verifyWebIdentityToken(token, this.providers(), this.runtime.clock.now())
    const { account, role } = this.targetRole(roleArn, webIdentityDenied)
    request.record.accountId = account.id
    const provider = account.githubOidcProvider
    if (!provider)
      throw invalidIdentityToken(
        `No OpenIDConnect provider found in your account for ${verified.provider.issuer}`
      )
    const audiences = tokenAudiences(verified.claims)
    if (!audiences.some(aud => provider.clientIds.includes(aud)))
      throw invalidIdentityToken('Incorrect token audience')
    authorizeWebIdentity(account, role, verified.provider.providerHost, verified.claims, session)
    const seconds = durationSeconds(params, role.maxSessionDuration, false)
    return {
      ...this.issue(role, account.id, session, seconds, request.region),
      SubjectFromWebIdentityToken: String(verified.claims.sub ?? ''),
      Audience: audiences[0],
      Provider: verified.provider.issuer
    }
  }

  private assumeRole(request: ServiceRequest): XmlObject {
    const caller = request.credential?.identity
    if (!caller) throw errors.missingAuthentication()
    const { params } = request
    const roleArn = params.required('RoleArn')
    const session = sessionName(params)
    const denied = () =>
      errors.accessDenied(
        `User: ${caller.arn} is not authorized to perform: sts:AssumeRole on resource: ${roleArn}`
      )
    const { account, role } = this.targetRole(roleArn, denied)
    const context = conditionContext([
      ['sts:ExternalId', params.optional('ExternalId')],
      ['sts:RoleSessionName', session],
      ['aws:PrincipalArn', caller.kind === 'assumed-role' ? caller.roleArn : caller.arn],
      ['aws:PrincipalAccount', caller.accountId]
    ])
    authorizeAssumeRole(this.registry, caller, account, role, context)
    const seconds = durationSeconds(params, role.maxSessionDuration, caller.kind === 'assumed-role')
    return this.issue(role, account.id, session, seconds, request.region)
  }

  private getCallerIdentity(request: ServiceRequest): XmlObject {
    const caller = request.credential?.identity
    if (!caller) throw errors.missingAuthentication()
    return { UserId: caller.userId, Account: caller.accountId, Arn: caller.arn }
  }
}
