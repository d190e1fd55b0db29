import type { IamAction } from '../action.js'
import { accountActions } from './account.js'
import { instanceProfileActions } from './instance-profiles.js'
import { policyActions } from './policies.js'
import { rolePolicyActions } from './role-policies.js'
import { roleActions } from './roles.js'
import { tagActions } from './tags.js'

/** Every IAM action the emulator implements, by API name. */
export const IAM_ACTIONS: Readonly<Record<string, IamAction>> = {
  ...roleActions,
  ...rolePolicyActions,
  ...policyActions,
  ...tagActions,
  ...instanceProfileActions,
  ...accountActions
}
