/** Numeric, Date, Bool and Binary operators. */
import { BUCKET, DOCS, policy, type CorpusCase } from './types.js'
import type { ConditionBlock } from '../../../../src/model/policy.js'

function allowIf(condition: ConditionBlock) {
  return policy({ Effect: 'Allow', Action: 's3:ListBucket', Resource: BUCKET, Condition: condition })
}
function list(context: Record<string, string | string[]> = {}) {
  return { action: 's3:ListBucket', resource: BUCKET, context }
}
const NUMERIC = {
  url: DOCS.numeric,
  quote:
    'Numeric condition operators let you construct Condition elements that restrict access based on comparing a key to an integer or decimal value.'
}
const MAX_KEYS = {
  url: DOCS.numeric,
  quote:
    'The NumericLessThanEquals condition operator with the s3:max-keys key specifies that the requester can list up to 10 objects in example_bucket at a time.'
}
const quarter = allowIf({
  DateGreaterThan: { 'aws:CurrentTime': '2020-04-01T00:00:00Z' },
  DateLessThan: { 'aws:CurrentTime': '2020-06-30T23:59:59Z' }
})
const QUARTER = {
  url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_examples_aws-dates.html',
  quote:
    'This policy restricts access to actions that occur between April 1, 2020 and June 30, 2020 (UTC), inclusive.'
}
const DATE = {
  url: DOCS.date,
  quote:
    'Date condition operators let you construct Condition elements that restrict access based on comparing a key to a date/time value.'
}
const EPOCH = {
  url: `${DOCS.globalKeys}#condition-keys-epochtime`,
  quote:
    'aws:EpochTime works with date operators or numeric operators. Use this key to compare the date and time of the request in epoch or Unix time with the value that you specify in the policy.'
}
const BOOL = {
  url: DOCS.bool,
  quote:
    'Boolean conditions let you construct Condition elements that restrict access based on comparing a key to "true" or "false."'
}
const BINARY = {
  url: DOCS.binary,
  quote:
    'It compares the value of the specified key byte for byte against a base-64 encoded representation of the binary value in the policy.'
}

export const typedConditions: CorpusCase[] = [
  {
    id: 'num-01',
    rule: 'NumericLessThanEquals holds for an equal value',
    identity: [allowIf({ NumericLessThanEquals: { 's3:max-keys': '10' } })],
    request: list({ 's3:max-keys': '10' }),
    expected: 'allow',
    source: MAX_KEYS
  },
  {
    id: 'num-02',
    rule: 'NumericLessThanEquals fails for a greater value',
    identity: [allowIf({ NumericLessThanEquals: { 's3:max-keys': '10' } })],
    request: list({ 's3:max-keys': '11' }),
    expected: 'implicit-deny',
    source: MAX_KEYS
  },
  {
    id: 'num-03',
    rule: 'NumericLessThan is strict',
    identity: [allowIf({ NumericLessThan: { 's3:max-keys': '10' } })],
    request: list({ 's3:max-keys': '10' }),
    expected: 'implicit-deny',
    source: { url: DOCS.numeric, quote: 'NumericLessThan: "Less than" matching' }
  },
  {
    id: 'num-04',
    rule: 'numbers compare as numbers, not strings (10 > 9)',
    identity: [allowIf({ NumericGreaterThan: { 's3:max-keys': '9' } })],
    request: list({ 's3:max-keys': '10' }),
    expected: 'allow',
    source: NUMERIC
  },
  {
    id: 'num-05',
    rule: 'NumericEquals compares decimal values numerically (1.5 = 1.50)',
    identity: [allowIf({ NumericEquals: { 'aws:MultiFactorAuthAge': '1.50' } })],
    request: list({ 'aws:MultiFactorAuthAge': '1.5' }),
    expected: 'allow',
    source: NUMERIC
  },
  {
    id: 'num-06',
    rule: 'NumericNotEquals with several values is a NOR',
    identity: [allowIf({ NumericNotEquals: { 's3:max-keys': ['5', '10'] } })],
    request: list({ 's3:max-keys': '5' }),
    expected: 'implicit-deny',
    source: {
      url: DOCS.multipleValues,
      quote:
        'If a single negated matching condition operator includes multiple values for a context key, those values are evaluated using a logical NOR.'
    }
  },
  {
    id: 'num-07',
    rule: 'NumericGreaterThanEquals with the key missing is false',
    identity: [allowIf({ NumericGreaterThanEquals: { 's3:max-keys': '1' } })],
    request: list(),
    expected: 'implicit-deny',
    source: {
      url: DOCS.numeric,
      quote:
        'If the key that you specify in a policy condition is not present in the request context, the values do not match.'
    }
  },
  {
    id: 'num-08',
    rule: 'NumericLessThanIfExists with the key missing is true',
    identity: [allowIf({ NumericLessThanIfExists: { 's3:max-keys': '100' } })],
    request: list(),
    expected: 'allow',
    source: {
      url: DOCS.ifExists,
      quote:
        'You can add IfExists to the end of any condition operator name except the Null condition. … If the key is not present, evaluate the condition element as true.'
    }
  },
  {
    id: 'num-09',
    rule: 'NumericLessThan with a MFA age older than allowed fails (the doc’s 3600-second example)',
    identity: [allowIf({ NumericLessThan: { 'aws:MultiFactorAuthAge': '3600' } })],
    request: list({ 'aws:MultiFactorAuthAge': '7200' }),
    expected: 'implicit-deny',
    source: {
      url: `${DOCS.condition}#AccessPolicyLanguage_RequestContext`,
      quote:
        'False – If the requester signed in using MFA more than one hour ago, then the condition returns false.'
    }
  },
  {
    id: 'num-10',
    rule: 'a Numeric operator with the MFA age key absent does not match',
    identity: [allowIf({ NumericLessThan: { 'aws:MultiFactorAuthAge': '3600' } })],
    request: list(),
    expected: 'implicit-deny',
    source: {
      url: `${DOCS.condition}#AccessPolicyLanguage_RequestContext`,
      quote:
        'Not present – If the requester made a request using their IAM user access keys in the AWS CLI or AWS API, the key is not present … and it won’t match.'
    }
  },
  {
    id: 'date-01',
    rule: 'DateGreaterThan and DateLessThan together bound a time window (inside)',
    identity: [quarter],
    request: list({ 'aws:CurrentTime': '2020-05-15T12:00:00Z' }),
    expected: 'allow',
    source: QUARTER
  },
  {
    id: 'date-02',
    rule: 'a time after the window fails',
    identity: [quarter],
    request: list({ 'aws:CurrentTime': '2020-07-01T00:00:00Z' }),
    expected: 'implicit-deny',
    source: QUARTER
  },
  {
    id: 'date-03',
    rule: 'a time before the window fails',
    identity: [quarter],
    request: list({ 'aws:CurrentTime': '2020-03-31T23:59:59Z' }),
    expected: 'implicit-deny',
    source: QUARTER
  },
  {
    id: 'date-04',
    rule: 'DateLessThan is strict at the same instant',
    identity: [allowIf({ DateLessThan: { 'aws:CurrentTime': '2020-06-30T23:59:59Z' } })],
    request: list({ 'aws:CurrentTime': '2020-06-30T23:59:59Z' }),
    expected: 'implicit-deny',
    source: { url: DOCS.date, quote: 'DateLessThan: Matching before a specific date and time' }
  },
  {
    id: 'date-05',
    rule: 'DateLessThanEquals holds at the same instant',
    identity: [allowIf({ DateLessThanEquals: { 'aws:CurrentTime': '2020-06-30T23:59:59Z' } })],
    request: list({ 'aws:CurrentTime': '2020-06-30T23:59:59Z' }),
    expected: 'allow',
    source: { url: DOCS.date, quote: 'DateLessThanEquals: Matching at or before a specific date and time' }
  },
  {
    id: 'date-06',
    rule: 'dates compare as instants: fractional seconds after the bound are later',
    identity: [allowIf({ DateLessThanEquals: { 'aws:CurrentTime': '2020-06-30T23:59:59Z' } })],
    request: list({ 'aws:CurrentTime': '2020-06-30T23:59:59.500Z' }),
    expected: 'implicit-deny',
    source: DATE
  },
  {
    id: 'date-07',
    rule: 'aws:EpochTime compares epoch seconds with an epoch value in the policy',
    identity: [allowIf({ DateLessThan: { 'aws:EpochTime': '1593561599' } })],
    request: list({ 'aws:EpochTime': '1589544000' }),
    expected: 'allow',
    source: EPOCH
  },
  {
    id: 'date-08',
    rule: 'an epoch request time after the epoch bound fails',
    identity: [allowIf({ DateLessThan: { 'aws:EpochTime': '1593561599' } })],
    request: list({ 'aws:EpochTime': '1593561600' }),
    expected: 'implicit-deny',
    source: EPOCH
  },
  {
    id: 'date-09',
    rule: 'an epoch request time compares with an ISO 8601 date in the policy',
    identity: [allowIf({ DateLessThan: { 'aws:EpochTime': '2020-06-30T23:59:59Z' } })],
    request: list({ 'aws:EpochTime': '1589544000' }),
    expected: 'allow',
    source: EPOCH,
    ambiguous:
      'the docs say aws:EpochTime works with date operators and "also accepts the number of seconds since January 1, 1970", not how an ISO policy value compares with it; chosen: both are instants (2020-05-15T12:00:00Z < 2020-06-30T23:59:59Z)'
  },
  {
    id: 'date-10',
    rule: 'DateNotEquals holds for a different instant',
    identity: [allowIf({ DateNotEquals: { 'aws:CurrentTime': '2020-01-01T00:00:00Z' } })],
    request: list({ 'aws:CurrentTime': '2020-01-02T00:00:00Z' }),
    expected: 'allow',
    source: { url: DOCS.date, quote: 'DateNotEquals: Negated matching' }
  },
  {
    id: 'date-11',
    rule: 'a Date operator on a key that is missing (aws:TokenIssueTime without temporary credentials) is false',
    identity: [allowIf({ DateGreaterThan: { 'aws:TokenIssueTime': '2020-01-01T00:00:01Z' } })],
    request: list(),
    expected: 'implicit-deny',
    source: {
      url: DOCS.date,
      quote:
        'The aws:TokenIssueTime key is present in the request context only when the principal uses temporary credentials to make the request. … In this example, if an IAM user attempts to view or edit an access key, the request is denied.'
    }
  },
  {
    id: 'date-12',
    rule: 'DateGreaterThan holds for a token issued after the date',
    identity: [allowIf({ DateGreaterThan: { 'aws:TokenIssueTime': '2020-01-01T00:00:01Z' } })],
    request: list({ 'aws:TokenIssueTime': '2020-01-01T00:00:02Z' }),
    expected: 'allow',
    source: {
      url: DOCS.date,
      quote:
        'This condition specifies that the temporary security credentials used to make the request were issued in 2020.'
    }
  },
  {
    id: 'bool-01',
    rule: 'Bool matches "true"',
    identity: [allowIf({ Bool: { 'aws:SecureTransport': 'true' } })],
    request: list({ 'aws:SecureTransport': 'true' }),
    expected: 'allow',
    source: BOOL
  },
  {
    id: 'bool-02',
    rule: 'Bool "true" does not match "false"',
    identity: [allowIf({ Bool: { 'aws:SecureTransport': 'true' } })],
    request: list({ 'aws:SecureTransport': 'false' }),
    expected: 'implicit-deny',
    source: BOOL
  },
  {
    id: 'bool-03',
    rule: 'Bool with the key missing is false',
    identity: [allowIf({ Bool: { 'aws:MultiFactorAuthPresent': 'true' } })],
    request: list(),
    expected: 'implicit-deny',
    source: {
      url: DOCS.operators,
      quote:
        'If the key that you specify in a policy condition is not present in the request context, the values do not match and the condition is false.'
    }
  },
  {
    id: 'bool-04',
    rule: 'BoolIfExists with the key missing is true',
    identity: [allowIf({ BoolIfExists: { 'aws:MultiFactorAuthPresent': 'true' } })],
    request: list(),
    expected: 'allow',
    source: {
      url: DOCS.ifExists,
      quote: 'If the key is not present, evaluate the condition element as true.'
    }
  },
  {
    id: 'bool-05',
    rule: 'a JSON boolean condition value means the same as the string "true"',
    identity: [allowIf({ Bool: { 'aws:SecureTransport': true } })],
    request: list({ 'aws:SecureTransport': 'true' }),
    expected: 'allow',
    source: {
      url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html',
      quote:
        '<condition_value> = ("string" | "number" | "Boolean"). Quotation marks are optional for numeric and Boolean values.'
    }
  },
  {
    id: 'bin-01',
    rule: 'BinaryEquals matches the same base-64 value',
    identity: [allowIf({ BinaryEquals: { 'aws:RequestTag/payload': 'QmluYXJ5VmFsdWVJbkJhc2U2NA==' } })],
    request: list({ 'aws:RequestTag/payload': 'QmluYXJ5VmFsdWVJbkJhc2U2NA==' }),
    expected: 'allow',
    source: BINARY
  },
  {
    id: 'bin-02',
    rule: 'BinaryEquals fails for other bytes',
    identity: [allowIf({ BinaryEquals: { 'aws:RequestTag/payload': 'QmluYXJ5VmFsdWVJbkJhc2U2NA==' } })],
    request: list({ 'aws:RequestTag/payload': 'T3RoZXJCeXRlcw==' }),
    expected: 'implicit-deny',
    source: BINARY
  },
  {
    id: 'bin-03',
    rule: 'BinaryEquals with the key missing is false',
    identity: [allowIf({ BinaryEquals: { 'aws:RequestTag/payload': 'QmluYXJ5VmFsdWVJbkJhc2U2NA==' } })],
    request: list(),
    expected: 'implicit-deny',
    source: {
      url: DOCS.binary,
      quote:
        'If the key that you specify in a policy condition is not present in the request context, the values do not match.'
    }
  }
]
