/** Public surface of the offline IAM evaluator (issue 15). */
export * from './types.js'
export { evaluateRequest, policyKindLabel, SCOPE_NOTE } from './evaluate.js'
export { rolePolicies } from './role-policies.js'
export {
  requestContext,
  contextValues,
  roleSessionContext,
  unknownSessionKeys,
  roleSessionKeys
} from './context.js'
export {
  statementApplies,
  parseStatement,
  parsedStatementApplies,
  policyVariablesEnabled,
  type ParsedStatement,
  type StatementOptions
} from './statement.js'
export { conditionsHold, conditionTestHolds, parseConditionBlock, type ConditionTest } from './conditions.js'
export { arnPatternMatch } from './arn-match.js'
export { substitute, type ResolvedText, type Substitution } from './variables.js'
