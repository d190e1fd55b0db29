import { jest } from '@jest/globals'
import { Emulator } from '../../test/emulator/index.js'

let emulator: Emulator
const saved = { ...process.env }

beforeAll(async () => {
  emulator = await Emulator.start()
})

afterAll(async () => {
  await emulator.stop()
})

afterEach(() => {
  process.env = { ...saved }
})

function decodePayload(jwt: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(jwt.split('.')[1], 'base64url').toString('utf8')) as Record<string, unknown>
}

describe('GitHub OIDC issuer', () => {
  it('serves tokens through the real @actions/core getIDToken()', async () => {
    const env = emulator.oidc.registerJob({
      owner: 'octo-org',
      repo: 'infra',
      environment: 'prod',
      runId: 42
    })
    process.env.ACTIONS_ID_TOKEN_REQUEST_URL = env.requestUrl
    process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN = env.requestToken
    const write = jest.spyOn(process.stdout, 'write').mockImplementation(() => true)
    const core = await import('@actions/core')
    let token: string
    try {
      token = await core.getIDToken('sts.amazonaws.com')
    } finally {
      write.mockRestore()
    }
    const claims = decodePayload(token)
    expect(claims).toMatchObject({
      iss: emulator.endpoints.oidcIssuer,
      aud: 'sts.amazonaws.com',
      sub: 'repo:octo-org/infra:environment:prod',
      repository: 'octo-org/infra',
      repository_owner: 'octo-org',
      environment: 'prod',
      ref: 'refs/heads/main',
      event_name: 'push',
      run_id: '42',
      job_workflow_ref: 'octo-org/infra/.github/workflows/deploy.yml@refs/heads/main'
    })
    expect(Number(claims.exp)).toBeGreaterThan(Number(claims.iat))
    expect(emulator.oidc.issued.at(-1)?.audience).toBe('sts.amazonaws.com')
  })

  it('rejects a token request without the job bearer token', async () => {
    const { requestUrl } = emulator.oidc.registerJob({ owner: 'o', repo: 'r' })
    const response = await fetch(`${requestUrl}&audience=sts.amazonaws.com`, {
      headers: { Authorization: 'Bearer nope' }
    })
    expect(response.status).toBe(401)
  })

  it('publishes discovery metadata and a JWKS that verifies its tokens', async () => {
    const config = (await (
      await fetch(`${emulator.endpoints.oidcIssuer}/.well-known/openid-configuration`)
    ).json()) as {
      issuer: string
      jwks_uri: string
    }
    expect(config.issuer).toBe(emulator.endpoints.oidcIssuer)
    const jwks = (await (await fetch(config.jwks_uri)).json()) as {
      keys: Array<{ kid: string; kty: string; alg: string }>
    }
    expect(jwks.keys).toHaveLength(1)
    expect(jwks.keys[0]).toMatchObject({ kty: 'RSA', alg: 'RS256' })
    const { createPublicKey, createVerify } = await import('node:crypto')
    const token = emulator.oidc.mintToken({
      owner: 'o',
      repo: 'r',
      eventName: 'pull_request',
      ref: 'refs/pull/7/merge'
    })
    const [header, payload, signature] = token.split('.')
    expect(JSON.parse(Buffer.from(header, 'base64url').toString()).kid).toBe(jwks.keys[0].kid)
    const key = createPublicKey({ key: jwks.keys[0], format: 'jwk' })
    expect(
      createVerify('RSA-SHA256')
        .update(`${header}.${payload}`)
        .verify(key, Buffer.from(signature, 'base64url'))
    ).toBe(true)
    expect(decodePayload(token)).toMatchObject({ sub: 'repo:o/r:pull_request', aud: 'https://github.com/o' })
    expect(decodePayload(token)).not.toHaveProperty('environment')
  })
})

describe('GitHub REST API', () => {
  beforeAll(() => {
    emulator.github.state.addPullRequest('o/r', { number: 5, headRef: 'feature/x', fork: false })
    emulator.github.state.addComment('o/r', 5, 'a human comment', { login: 'alice', id: 1, type: 'User' })
  })

  it('lists (paginated, with Link headers), creates and updates comments through @actions/github', async () => {
    const { getOctokit } = await import('@actions/github')
    const octokit = getOctokit(emulator.github.writeToken, { baseUrl: emulator.endpoints.githubApi })
    for (let i = 0; i < 4; i++) {
      await octokit.rest.issues.createComment({
        owner: 'o',
        repo: 'r',
        issue_number: 5,
        body: `comment ${i}`
      })
    }
    const firstPage = await octokit.rest.issues.listComments({
      owner: 'o',
      repo: 'r',
      issue_number: 5,
      per_page: 2
    })
    expect(firstPage.data).toHaveLength(2)
    expect(firstPage.headers.link).toContain('rel="next"')
    const all = await octokit.paginate(octokit.rest.issues.listComments, {
      owner: 'o',
      repo: 'r',
      issue_number: 5,
      per_page: 2
    })
    expect(all.map(c => c.body)).toEqual([
      'a human comment',
      'comment 0',
      'comment 1',
      'comment 2',
      'comment 3'
    ])
    const mine = all.filter(c => c.user?.login === 'github-actions[bot]')
    expect(mine).toHaveLength(4)
    expect(mine[0].performed_via_github_app?.slug).toBe('github-actions')
    expect(all[0].performed_via_github_app).toBeNull()

    const updated = await octokit.rest.issues.updateComment({
      owner: 'o',
      repo: 'r',
      comment_id: mine[0].id,
      body: 'edited'
    })
    expect(updated.data.body).toBe('edited')
    const pull = await octokit.rest.pulls.get({ owner: 'o', repo: 'r', pull_number: 5 })
    expect(pull.data.head.ref).toBe('feature/x')

    const recorded = emulator.github.rest.requests.filter(r => r.method === 'PATCH')
    expect(recorded).toEqual([
      {
        method: 'PATCH',
        path: `/repos/o/r/issues/comments/${mine[0].id}`,
        query: {},
        body: { body: 'edited' },
        token: emulator.github.writeToken,
        status: 200
      }
    ])
  })

  it('answers 403 "Resource not accessible by integration" to a read-only token on writes', async () => {
    const { getOctokit } = await import('@actions/github')
    const octokit = getOctokit(emulator.github.readToken, { baseUrl: emulator.endpoints.githubApi })
    await expect(
      octokit.rest.issues.listComments({ owner: 'o', repo: 'r', issue_number: 5 })
    ).resolves.toBeDefined()
    await expect(
      octokit.rest.issues.createComment({ owner: 'o', repo: 'r', issue_number: 5, body: 'x' })
    ).rejects.toMatchObject({
      status: 403,
      message: expect.stringContaining('Resource not accessible by integration')
    })
    await expect(octokit.rest.users.getAuthenticated()).rejects.toMatchObject({ status: 403 })
  })

  it('enforces the 65,536-character comment body limit with 422', async () => {
    const { getOctokit } = await import('@actions/github')
    const octokit = getOctokit(emulator.github.writeToken, { baseUrl: emulator.endpoints.githubApi })
    await expect(
      octokit.rest.issues.createComment({ owner: 'o', repo: 'r', issue_number: 5, body: 'x'.repeat(65537) })
    ).rejects.toMatchObject({ status: 422 })
    await expect(
      octokit.rest.issues.createComment({ owner: 'o', repo: 'r', issue_number: 5, body: 'x'.repeat(65536) })
    ).resolves.toMatchObject({ status: 201 })
    await expect(
      octokit.rest.issues.createComment({ owner: 'o', repo: 'r', issue_number: 404, body: 'x' })
    ).rejects.toMatchObject({ status: 404 })
  })
})
