import type { ServiceRequest, QueryService } from '../aws/query-server.js'
import type { AwsRuntime } from '../aws/runtime.js'
import { errors } from '../core/errors.js'
import type { XmlObject } from '../core/xml.js'
import { IAM_ACTIONS } from './actions/index.js'
import { authorizeIamCall } from './authorize.js'
import type { IamContext } from './context.js'
import type { IamRegistry } from './registry.js'

/** IAM over the AWS Query protocol (API version 2010-05-08). */
export class IamService implements QueryService {
  readonly name = 'iam' as const
  readonly version = '2010-05-08'
  readonly namespace = 'https://iam.amazonaws.com/doc/2010-05-08/'
  readonly unsignedActions: ReadonlySet<string> = new Set()

  constructor(
    private readonly registry: IamRegistry,
    private readonly runtime: AwsRuntime
  ) {}

  knows(action: string): boolean {
    return Object.hasOwn(IAM_ACTIONS, action)
  }

  handle(request: ServiceRequest): XmlObject | undefined {
    const caller = request.credential?.identity
    if (!caller) throw errors.missingAuthentication()
    const account = this.registry.account(caller.accountId)
    if (!account) throw errors.invalidClientTokenId()
    const ctx: IamContext = {
      account,
      registry: this.registry,
      clock: this.runtime.clock,
      consistencyDelayMs: this.runtime.faults.current.consistencyDelayMs
    }
    const action = IAM_ACTIONS[request.action]
    if (caller.kind === 'assumed-role') {
      authorizeIamCall(ctx, caller, request.action, action, request.params, request.region)
    }
    return action.run(ctx, request.params)
  }
}
