/** Policy variables: in Resource and string/ARN condition values; no value; escapes; defaults; Version. */
import { BUCKET, DOCS, policy, type CorpusCase } from './types.js'

const home = policy({ Effect: 'Allow', Action: 's3:*', Resource: `${BUCKET}/home/\${aws:username}/*` })
const sameTeam = policy({
  Effect: 'Allow',
  Action: 's3:GetObject',
  Resource: '*',
  Condition: { StringEquals: { 'aws:ResourceTag/team': '${aws:PrincipalTag/team}' } }
})
const teamBucket = policy({
  Effect: 'Allow',
  Action: 's3:*',
  Resource: "arn:aws:s3:::amzn-s3-demo-bucket-${aws:PrincipalTag/team, 'company-wide'}/*"
})
const NO_VALUE = {
  url: `${DOCS.variables}#policy-vars-no-value`,
  quote:
    'If a variable that has no value in the authorization context is used as part of the Resource or NotResource element of a policy, the resource that includes a policy variable with no value will not match any resource.'
}
const SPECIAL = {
  url: `${DOCS.variables}#policy-vars-specialchars`,
  quote:
    '${*} - use where you need an * (asterisk) character. ${?} - use where you need a ? (question mark) character. ${$} - use where you need a $ (dollar sign) character.'
}
const DEFAULTS = {
  url: `${DOCS.variables}#policy-vars-default-values`,
  quote:
    'For users without team tags, it sets a default value of company-wide for the bucket name. These users can access only the DOC-EXAMPLE-BUCKET-company-wide bucket.'
}

export const variables: CorpusCase[] = [
  {
    id: 'var-01',
    rule: '${aws:username} in Resource is replaced by the requester’s user name',
    identity: [home],
    request: {
      action: 's3:GetObject',
      resource: `${BUCKET}/home/ana/notes.txt`,
      context: { 'aws:username': 'ana' }
    },
    expected: 'allow',
    source: {
      url: `${DOCS.variables}#policy-vars-resourceelement`,
      quote:
        'It gives each of the users in the group full programmatic access to a user-specific object (their own "home directory") in Amazon S3.'
    }
  },
  {
    id: 'var-02',
    rule: 'a substituted Resource does not match another user’s folder',
    identity: [home],
    request: {
      action: 's3:GetObject',
      resource: `${BUCKET}/home/ana/notes.txt`,
      context: { 'aws:username': 'bob' }
    },
    expected: 'implicit-deny',
    source: {
      url: `${DOCS.variables}#policy-vars-using-variables`,
      quote:
        'When the policy is evaluated, the policy variables are replaced with values that come from the conditional context keys passed in the request.'
    }
  },
  {
    id: 'var-03',
    rule: 'a Resource whose variable has no value matches no resource',
    identity: [home],
    request: { action: 's3:GetObject', resource: `${BUCKET}/home/ana/notes.txt` },
    expected: 'implicit-deny',
    source: NO_VALUE
  },
  {
    id: 'var-04',
    rule: 'a NotResource whose variable has no value excludes nothing, so the Deny covers every resource',
    identity: [
      policy(
        { Effect: 'Allow', Action: 's3:*', Resource: '*' },
        { Effect: 'Deny', Action: 's3:*', NotResource: `${BUCKET}/home/\${aws:username}/*` }
      )
    ],
    request: { action: 's3:GetObject', resource: `${BUCKET}/home/ana/notes.txt` },
    expected: 'explicit-deny',
    source: NO_VALUE,
    ambiguous:
      'the page also says an unresolved variable "might cause the entire statement to be invalid"; chosen: the specific sentence on Resource/NotResource, so the NotResource entry matches nothing and the Deny covers every resource'
  },
  {
    id: 'var-05',
    rule: 'a variable in a StringEquals value compares a resource tag with the principal’s tag',
    identity: [sameTeam],
    request: {
      action: 's3:GetObject',
      resource: `${BUCKET}/a`,
      context: { 'aws:PrincipalTag/team': 'red', 'aws:ResourceTag/team': 'red' }
    },
    expected: 'allow',
    source: {
      url: `${DOCS.variables}#policy-vars-conditionelement`,
      quote:
        'You can use a policy variable for Condition values in any condition that involves the string operators or the ARN operators.'
    }
  },
  {
    id: 'var-06',
    rule: 'different tag values do not match',
    identity: [sameTeam],
    request: {
      action: 's3:GetObject',
      resource: `${BUCKET}/a`,
      context: { 'aws:PrincipalTag/team': 'red', 'aws:ResourceTag/team': 'blue' }
    },
    expected: 'implicit-deny',
    source: {
      url: `${DOCS.variables}#policy-vars-conditionelement`,
      quote:
        'You can use a policy variable for Condition values in any condition that involves the string operators or the ARN operators.'
    }
  },
  {
    id: 'var-07',
    rule: 'StringEquals against a variable with no value does not match',
    identity: [sameTeam],
    request: { action: 's3:GetObject', resource: `${BUCKET}/a`, context: { 'aws:ResourceTag/team': 'red' } },
    expected: 'implicit-deny',
    source: {
      url: `${DOCS.variables}#policy-vars-no-value`,
      quote:
        'When you use a variable with no value in the condition element of an IAM policy, condition operators like StringEquals or StringLike do not match, and the policy statement does not take effect.'
    }
  },
  {
    id: 'var-08',
    rule: 'StringNotEquals against a variable with no value matches',
    identity: [
      policy({
        Effect: 'Allow',
        Action: 's3:GetObject',
        Resource: '*',
        Condition: { StringNotEquals: { 'aws:ResourceTag/team': '${aws:PrincipalTag/team}' } }
      })
    ],
    request: { action: 's3:GetObject', resource: `${BUCKET}/a`, context: { 'aws:ResourceTag/team': 'red' } },
    expected: 'allow',
    source: {
      url: `${DOCS.variables}#policy-vars-no-value`,
      quote:
        'Inverted condition operators like StringNotEquals or StringNotLike do match against a null value, as the value of the condition key they are testing against is not equal to or like the effectively null value.'
    }
  },
  {
    id: 'var-09',
    rule: 'a variable inside a StringLike pattern is substituted and the rest stays a wildcard',
    identity: [
      policy({
        Effect: 'Allow',
        Action: 's3:ListBucket',
        Resource: BUCKET,
        Condition: { StringLike: { 's3:prefix': ['', 'home/', 'home/${aws:username}/*'] } }
      })
    ],
    request: {
      action: 's3:ListBucket',
      resource: BUCKET,
      context: { 's3:prefix': 'home/ana/photos/', 'aws:username': 'ana' }
    },
    expected: 'allow',
    source: {
      url: DOCS.string,
      quote:
        'The following example uses the StringLike condition operator to perform string matching with a policy variable to create a policy that lets an IAM user use the Amazon S3 console to manage his or her own "home directory".'
    }
  },
  {
    id: 'var-10',
    rule: '${*} in Resource is a literal asterisk: it matches an object named *',
    identity: [policy({ Effect: 'Allow', Action: 's3:GetObject', Resource: `${BUCKET}/reports/\${*}` })],
    request: { action: 's3:GetObject', resource: `${BUCKET}/reports/*` },
    expected: 'allow',
    source: SPECIAL
  },
  {
    id: 'var-11',
    rule: '${*} in Resource is not a wildcard: it does not match other objects',
    identity: [policy({ Effect: 'Allow', Action: 's3:GetObject', Resource: `${BUCKET}/reports/\${*}` })],
    request: { action: 's3:GetObject', resource: `${BUCKET}/reports/2026.csv` },
    expected: 'implicit-deny',
    source: {
      url: `${DOCS.variables}#policy-vars-specialchars`,
      quote:
        'Inserting an * asterisk in the string would be interpreted as a wildcard, matching any characters, instead of as a literal *. In these cases, you can use the following predefined policy variables.'
    }
  },
  {
    id: 'var-12',
    rule: '${?} in StringLike is a literal question mark',
    identity: [
      policy({
        Effect: 'Allow',
        Action: 's3:ListBucket',
        Resource: BUCKET,
        Condition: { StringLike: { 's3:prefix': 'faq${?}/*' } }
      })
    ],
    request: { action: 's3:ListBucket', resource: BUCKET, context: { 's3:prefix': 'faq?/q1' } },
    expected: 'allow',
    source: SPECIAL
  },
  {
    id: 'var-13',
    rule: '${?} in StringLike does not match any other single character',
    identity: [
      policy({
        Effect: 'Allow',
        Action: 's3:ListBucket',
        Resource: BUCKET,
        Condition: { StringLike: { 's3:prefix': 'faq${?}/*' } }
      })
    ],
    request: { action: 's3:ListBucket', resource: BUCKET, context: { 's3:prefix': 'faqs/q1' } },
    expected: 'implicit-deny',
    source: SPECIAL
  },
  {
    id: 'var-14',
    rule: '${$} stands for a literal dollar sign',
    identity: [
      policy({
        Effect: 'Allow',
        Action: 's3:GetObject',
        Resource: '*',
        Condition: { StringEquals: { 'aws:ResourceTag/price': '${$}100' } }
      })
    ],
    request: {
      action: 's3:GetObject',
      resource: `${BUCKET}/a`,
      context: { 'aws:ResourceTag/price': '$100' }
    },
    expected: 'allow',
    source: SPECIAL
  },
  {
    id: 'var-15',
    rule: 'a default value is used when the key has no value',
    identity: [teamBucket],
    request: { action: 's3:GetObject', resource: 'arn:aws:s3:::amzn-s3-demo-bucket-company-wide/readme' },
    expected: 'allow',
    source: DEFAULTS
  },
  {
    id: 'var-16',
    rule: 'the key’s value wins over the default when present',
    identity: [teamBucket],
    request: {
      action: 's3:GetObject',
      resource: 'arn:aws:s3:::amzn-s3-demo-bucket-yellow/plan',
      context: { 'aws:PrincipalTag/team': 'yellow' }
    },
    expected: 'allow',
    source: {
      url: `${DOCS.variables}#policy-vars-default-values`,
      quote:
        "If a principal is tagged with team=yellow, they can access ExampleCorp's Amazon S3 bucket named DOC-EXAMPLE-BUCKET-yellow."
    }
  },
  {
    id: 'var-17',
    rule: 'with the key present, the default bucket is not granted',
    identity: [teamBucket],
    request: {
      action: 's3:GetObject',
      resource: 'arn:aws:s3:::amzn-s3-demo-bucket-company-wide/readme',
      context: { 'aws:PrincipalTag/team': 'yellow' }
    },
    expected: 'implicit-deny',
    source: {
      url: `${DOCS.variables}#policy-vars-default-values`,
      quote:
        'A policy with this resource allows team members to access their team bucket, but not those of other teams.'
    }
  },
  {
    id: 'var-18',
    rule: 'a multivalued key cannot be used as a variable: the Resource matches nothing',
    identity: [policy({ Effect: 'Allow', Action: 's3:GetObject', Resource: `${BUCKET}/\${aws:TagKeys}/*` })],
    request: {
      action: 's3:GetObject',
      resource: `${BUCKET}/team/a`,
      context: { 'aws:TagKeys': ['team', 'env'] }
    },
    expected: 'implicit-deny',
    source: {
      url: `${DOCS.variables}#policy-vars-using-variables`,
      quote:
        "You can use any single-valued condition key as a variable. You can't use a multivalued condition key as a variable."
    }
  },
  {
    id: 'var-19',
    rule: 'in a 2008-10-17 policy a variable is a literal string, not a variable',
    identity: [
      {
        Version: '2008-10-17',
        Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: `${BUCKET}/home/\${aws:username}/*` }]
      }
    ],
    request: {
      action: 's3:GetObject',
      resource: `${BUCKET}/home/ana/notes.txt`,
      context: { 'aws:username': 'ana' }
    },
    expected: 'implicit-deny',
    source: {
      url: DOCS.version,
      quote:
        'Newer features, such as policy variables, will not work with your policy. For example, variables such as ${aws:username} aren’t recognized as variables and are instead treated as literal strings in the policy.'
    }
  },
  {
    id: 'var-20',
    rule: 'variable key names are case-insensitive',
    identity: [policy({ Effect: 'Allow', Action: 's3:*', Resource: `${BUCKET}/home/\${AWS:UserName}/*` })],
    request: {
      action: 's3:GetObject',
      resource: `${BUCKET}/home/ana/notes.txt`,
      context: { 'aws:username': 'ana' }
    },
    expected: 'allow',
    source: {
      url: `${DOCS.variables}#policy-vars-using-variables`,
      quote: 'Key names are case-insensitive. For example, aws:CurrentTime is equivalent to AWS:currenttime.'
    }
  },
  {
    id: 'var-21',
    rule: 'a variable in a Numeric condition value is not substituted',
    identity: [
      policy({
        Effect: 'Allow',
        Action: 's3:ListBucket',
        Resource: BUCKET,
        Condition: { NumericLessThanEquals: { 's3:max-keys': '${aws:PrincipalTag/maxkeys}' } }
      })
    ],
    request: {
      action: 's3:ListBucket',
      resource: BUCKET,
      context: { 's3:max-keys': '5', 'aws:PrincipalTag/maxkeys': '10' }
    },
    expected: 'implicit-deny',
    source: {
      url: `${DOCS.variables}#policy-vars-conditionelement`,
      quote:
        "You can't use a policy variable with other operators, such as Numeric, Date, Boolean, Binary, IP Address, or Null operators."
    },
    ambiguous:
      'the docs say a variable cannot be used with Numeric operators but not whether IAM rejects the policy or takes the value literally; chosen: taken literally, so "${…}" is not a number and the condition never matches'
  }
]
