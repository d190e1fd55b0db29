import { AwsError } from '../core/errors.js'
import { decodeJwt, verifyRs256, type JwtClaims, type PublicJwk } from '../github/jwt.js'

/** An OIDC issuer STS trusts, mapped to the IAM provider name used in trust policies. */
export interface IdentityProvider {
  /** The issuer URL in the tokens' `iss` claim. */
  issuer: string
  /** IAM provider name: `arn:aws:iam::ACCT:oidc-provider/<providerHost>` and `<providerHost>:sub` keys. */
  providerHost: string
  jwks(): PublicJwk[]
}

export const invalidIdentityToken = (message: string) => new AwsError('InvalidIdentityToken', message, 400)

export interface VerifiedToken {
  provider: IdentityProvider
  claims: JwtClaims
}

/** Verifies a web identity token's signature, issuer and expiry (the audience is checked per account). */
export function verifyWebIdentityToken(
  token: string,
  providers: IdentityProvider[],
  nowMs: number
): VerifiedToken {
  const decoded = decodeJwt(token)
  if (!decoded) {
    throw invalidIdentityToken(
      'The ID Token provided is not a valid JWT. (You may see this error if you sent an Access Token)'
    )
  }
  const issuer = decoded.payload.iss
  const provider = providers.find(p => p.issuer === issuer)
  if (!provider)
    throw invalidIdentityToken(`No OpenIDConnect provider found in your account for ${String(issuer)}`)
  const jwk = provider.jwks().find(key => key.kid === decoded.header.kid)
  if (!jwk) {
    throw invalidIdentityToken(
      "Couldn't retrieve verification key from your identity provider,  please reference AssumeRoleWithWebIdentity documentation for requirements"
    )
  }
  if (!verifyRs256(decoded, jwk)) {
    throw invalidIdentityToken(
      'The web identity token that was passed could not be validated by AWS. Get a new identity token from the identity provider and then retry the request.'
    )
  }
  const exp = decoded.payload.exp
  if (typeof exp !== 'number') throw invalidIdentityToken('The ID Token provided is missing the exp claim.')
  if (nowMs >= exp * 1000) {
    throw new AwsError(
      'ExpiredTokenException',
      `Token expired: current date/time ${Math.floor(nowMs / 1000)} must be before the expiration date/time ${exp}`,
      400
    )
  }
  const nbf = decoded.payload.nbf
  if (typeof nbf === 'number' && nowMs + 300_000 < nbf * 1000) {
    throw invalidIdentityToken('The ID Token provided is not yet valid (nbf is in the future).')
  }
  return { provider, claims: decoded.payload }
}

/** The audiences a token carries (the `aud` claim may be a string or a list). */
export function tokenAudiences(claims: JwtClaims): string[] {
  const aud = claims.aud
  if (typeof aud === 'string') return [aud]
  return Array.isArray(aud) ? aud : []
}
