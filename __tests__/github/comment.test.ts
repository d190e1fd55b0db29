import { runLinks } from '../../src/github/comment.js'

const RUN = {
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_REPOSITORY: 'acme/infra',
  GITHUB_SHA: '3f9c2e1b7a4d5c6e8f9a0b1c2d3e4f5a6b7c8d9e',
  GITHUB_RUN_ID: '4242'
}

describe('runLinks', () => {
  it("adds RoleGate's docs at the action's own repository and ref, which the runner sets", () => {
    const links = runLinks({ ...RUN, GITHUB_ACTION_REPOSITORY: 'acme/rolegate', GITHUB_ACTION_REF: 'v1.4.0' })
    expect(links?.docs).toEqual({
      base: 'https://github.com/acme/rolegate/blob/v1.4.0/',
      home: 'https://github.com/acme/rolegate'
    })
    expect(links?.repository).toBe('acme/infra')
  })

  it('links no docs for a local action (uses: ./), whose repository the runner leaves empty', () => {
    const links = runLinks({ ...RUN, GITHUB_ACTION_REPOSITORY: '', GITHUB_ACTION_REF: '' })
    expect(links).toBeDefined()
    expect(links?.docs).toBeUndefined()
  })
})
