/**
 * The IAM client of plan, deploy, drift and import: 10 attempts unless the standard
 * AWS_MAX_ATTEMPTS says otherwise (the SDK then reads it), and quotas that fail at once.
 */
import { IAMClient } from '@aws-sdk/client-iam'
import type { AwsCredentialIdentity } from '@smithy/types'
import { errorName } from '../model/errors.js'

export function iamClient(region: string, credentials?: AwsCredentialIdentity): IAMClient {
  const client = new IAMClient({
    region,
    ...(process.env.AWS_MAX_ATTEMPTS ? {} : { maxAttempts: 10 }),
    ...(credentials ? { credentials } : {})
  })
  // IAM answers LimitExceeded for a quota (roles per account, inline policy size, one role per
  // instance profile), and throttles with Throttling. The SDK counts LimitExceededException as
  // throttling and retries it for about a minute before the error surfaces; renamed to IAM's own
  // code before the retry sees it (this runs inside the retry), it fails at once.
  client.middlewareStack.add(
    next => async args => {
      try {
        return await next(args)
      } catch (error) {
        if (errorName(error) === 'LimitExceededException') (error as Error).name = 'LimitExceeded'
        throw error
      }
    },
    { step: 'finalizeRequest', priority: 'low', name: 'rolegateQuotaIsNotThrottling' }
  )
  return client
}
