/**
 * The evaluation corpus: requests with the decision AWS documents for them. Every case names the
 * IAM User Guide page (and the sentence) that justifies its expected decision, so a disagreement
 * between RoleGate's evaluator and the emulator's authorizer is settled by reading that page.
 */
import type { PolicyDocument, PolicyStatement } from '../../../../src/model/policy.js'

/** What AWS decides for the request. */
export type ExpectedDecision = 'allow' | 'explicit-deny' | 'implicit-deny'

export interface CorpusRequest {
  action: string
  /** A concrete ARN, or `*`. */
  resource: string
  /** Condition keys as AWS names them; a list is a multivalued key (or one with no values, `[]`). */
  context?: Record<string, string | string[]>
}

export interface CorpusCase {
  /** Unique, stable: `<topic>-<n>`. */
  id: string
  /** The rule the case tests, in one line. */
  rule: string
  /** The role's identity-based policies (inline or managed), in IAM's JSON grammar. */
  identity: PolicyDocument[]
  /** The role's permissions boundary, when it has one. */
  boundary?: PolicyDocument
  request: CorpusRequest
  expected: ExpectedDecision
  /**
   * Which policy type denied (only for cases with a boundary): `boundary` for a Deny in the
   * boundary (explicit-deny) or a boundary that allows nothing for the request (implicit-deny
   * although an identity policy allows it).
   */
  deniedBy?: 'identity' | 'boundary'
  /** The AWS documentation page, and the sentence (quoted or paraphrased) the case relies on. */
  source: { url: string; quote: string }
  /** Set when the documentation leaves the answer open: what is unclear, and what the case chose. */
  ambiguous?: string
}

const GUIDE = 'https://docs.aws.amazon.com/IAM/latest/UserGuide/'

/** The IAM User Guide pages the corpus cites. */
export const DOCS = {
  evaluation: `${GUIDE}reference_policies_evaluation-logic.html`,
  denyAllow: `${GUIDE}reference_policies_evaluation-logic_policy-eval-denyallow.html`,
  singleAccount: `${GUIDE}reference_policies_evaluation-logic_policy-eval-basics.html`,
  explicitImplicit: `${GUIDE}reference_policies_evaluation-logic_AccessPolicyLanguage_Interplay.html`,
  statement: `${GUIDE}reference_policies_elements_statement.html`,
  version: `${GUIDE}reference_policies_elements_version.html`,
  action: `${GUIDE}reference_policies_elements_action.html`,
  notAction: `${GUIDE}reference_policies_elements_notaction.html`,
  resource: `${GUIDE}reference_policies_elements_resource.html`,
  notResource: `${GUIDE}reference_policies_elements_notresource.html`,
  condition: `${GUIDE}reference_policies_elements_condition.html`,
  operators: `${GUIDE}reference_policies_elements_condition_operators.html`,
  string: `${GUIDE}reference_policies_elements_condition_operators.html#Conditions_String`,
  numeric: `${GUIDE}reference_policies_elements_condition_operators.html#Conditions_Numeric`,
  date: `${GUIDE}reference_policies_elements_condition_operators.html#Conditions_Date`,
  bool: `${GUIDE}reference_policies_elements_condition_operators.html#Conditions_Boolean`,
  binary: `${GUIDE}reference_policies_elements_condition_operators.html#Conditions_BinaryEquals`,
  ip: `${GUIDE}reference_policies_elements_condition_operators.html#Conditions_IPAddress`,
  arn: `${GUIDE}reference_policies_elements_condition_operators.html#Conditions_ARN`,
  ifExists: `${GUIDE}reference_policies_elements_condition_operators.html#Conditions_IfExists`,
  null: `${GUIDE}reference_policies_elements_condition_operators.html#Conditions_Null`,
  multipleValues: `${GUIDE}reference_policies_condition-logic-multiple-context-keys-or-values.html`,
  multivalued: `${GUIDE}reference_policies_condition-single-vs-multi-valued-context-keys.html`,
  multivaluedExamples: `${GUIDE}reference_policies_condition_examples-multi-valued-context-keys.html`,
  variables: `${GUIDE}reference_policies_variables.html`,
  globalKeys: `${GUIDE}reference_policies_condition-keys.html`,
  boundaries: `${GUIDE}access_policies_boundaries.html`
} as const

/** A 2012-10-17 policy document of the given statements. */
export function policy(...statements: PolicyStatement[]): PolicyDocument {
  return { Version: '2012-10-17', Statement: statements }
}

export const ACCOUNT = '111122223333'
export const BUCKET = 'arn:aws:s3:::amzn-s3-demo-bucket'
