/** The whole corpus, by topic. */
import { boundaries } from './boundaries.js'
import { caseRules } from './case-rules.js'
import { arnConditions } from './conditions-arn.js'
import { ipConditions } from './conditions-ip.js'
import { multivaluedConditions } from './conditions-multivalued.js'
import { stringConditions } from './conditions-string.js'
import { typedConditions } from './conditions-typed.js'
import { evaluationLogic } from './evaluation-logic.js'
import { notActionResource } from './not-action-resource.js'
import { resources } from './resources.js'
import type { CorpusCase } from './types.js'
import { variables } from './variables.js'

export type { CorpusCase, ExpectedDecision } from './types.js'

export const corpus: readonly CorpusCase[] = [
  ...evaluationLogic,
  ...notActionResource,
  ...resources,
  ...variables,
  ...stringConditions,
  ...typedConditions,
  ...ipConditions,
  ...arnConditions,
  ...multivaluedConditions,
  ...boundaries,
  ...caseRules
]
