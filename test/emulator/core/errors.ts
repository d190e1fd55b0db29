/** An error answered in the AWS Query protocol's `<ErrorResponse>` shape. */
export class AwsError extends Error {
  readonly type: 'Sender' | 'Receiver'

  constructor(
    readonly code: string,
    message: string,
    readonly status: number
  ) {
    super(message)
    this.name = code
    this.type = status >= 500 ? 'Receiver' : 'Sender'
  }
}

/** The 1-based camelCase member name IAM uses in validation messages (`roleName`). */
function memberName(parameter: string): string {
  return parameter.charAt(0).toLowerCase() + parameter.slice(1)
}

export const errors = {
  noSuchEntity: (message: string) => new AwsError('NoSuchEntity', message, 404),
  entityAlreadyExists: (message: string) => new AwsError('EntityAlreadyExists', message, 409),
  limitExceeded: (message: string) => new AwsError('LimitExceeded', message, 409),
  deleteConflict: (message: string) => new AwsError('DeleteConflict', message, 409),
  malformedPolicy: (message: string) => new AwsError('MalformedPolicyDocument', message, 400),
  invalidInput: (message: string) => new AwsError('InvalidInput', message, 400),
  validation: (message: string) => new AwsError('ValidationError', message, 400),
  accessDenied: (message: string) => new AwsError('AccessDenied', message, 403),
  throttling: () => new AwsError('Throttling', 'Rate exceeded', 400),
  serviceFailure: (message = 'Service failure') => new AwsError('ServiceFailure', message, 500),
  serviceUnavailable: () => new AwsError('ServiceUnavailable', 'Service is unavailable', 503),
  invalidAction: (action: string, version: string) =>
    new AwsError('InvalidAction', `Could not find operation ${action} for version ${version}`, 400),
  missingAuthentication: () =>
    new AwsError('MissingAuthenticationToken', 'Request is missing Authentication Token', 403),
  incompleteSignature: (message: string) => new AwsError('IncompleteSignature', message, 400),
  invalidClientTokenId: () =>
    new AwsError('InvalidClientTokenId', 'The security token included in the request is invalid.', 403),
  expiredToken: () =>
    new AwsError('ExpiredToken', 'The security token included in the request is expired', 403),
  signatureDoesNotMatch: (message?: string) =>
    new AwsError(
      'SignatureDoesNotMatch',
      message ??
        'The request signature we calculated does not match the signature you provided. ' +
          'Check your AWS Secret Access Key and signing method. Consult the service documentation for details.',
      403
    ),

  /** `1 validation error detected: Value 'x' at 'roleName' failed to satisfy constraint: ...` */
  constraint: (parameter: string, value: string | undefined, constraint: string) =>
    new AwsError(
      'ValidationError',
      `1 validation error detected: Value ${value === undefined ? 'null' : `'${value}'`} at '${memberName(parameter)}' ` +
        `failed to satisfy constraint: ${constraint}`,
      400
    )
}
