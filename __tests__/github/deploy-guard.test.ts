/** The deploy guard as data: which runs and which tokens may deploy. */
import {
  claimsRefusal,
  deployContextRefusal,
  sameEnvironment,
  type RunContext
} from '../../src/github/deploy-guard.js'

const PUSH_TO_MAIN: RunContext = {
  eventName: 'push',
  ref: 'refs/heads/main',
  repository: 'acme/infra',
  defaultBranch: 'main'
}

describe('deployContextRefusal', () => {
  it('allows push, workflow_dispatch and schedule on the default branch', () => {
    for (const eventName of ['push', 'workflow_dispatch', 'schedule'])
      expect(deployContextRefusal({ ...PUSH_TO_MAIN, eventName }, undefined)).toBeUndefined()
  })

  it.each(['pull_request', 'pull_request_target', 'pull_request_review_comment'])(
    'refuses %s even when deploy.events lists it',
    eventName => {
      expect(deployContextRefusal({ ...PUSH_TO_MAIN, eventName }, { events: [eventName] })).toContain(
        `refusing to deploy on a ${eventName} event: pull requests run unreviewed code`
      )
    }
  )

  it('matches deploy.refs with "*" across slashes, and only deploy.refs once it is set', () => {
    const settings = { refs: ['refs/tags/v*', 'refs/heads/release/*'] }
    expect(deployContextRefusal({ ...PUSH_TO_MAIN, ref: 'refs/tags/v1.2.3' }, settings)).toBeUndefined()
    expect(
      deployContextRefusal({ ...PUSH_TO_MAIN, ref: 'refs/heads/release/2026/12' }, settings)
    ).toBeUndefined()
    expect(deployContextRefusal(PUSH_TO_MAIN, settings)).toContain(
      'refusing to deploy from refs/heads/main (push event): deploy runs only from refs/tags/v*, refs/heads/release/*, rolegate.yml deploy.refs'
    )
    // Case matters in git refs.
    expect(deployContextRefusal({ ...PUSH_TO_MAIN, ref: 'refs/heads/Main' }, undefined)).toContain(
      'refusing to deploy from refs/heads/Main'
    )
  })

  it('refuses when neither the payload nor deploy.refs names what may deploy', () => {
    expect(deployContextRefusal({ ...PUSH_TO_MAIN, defaultBranch: undefined }, undefined)).toContain(
      "the event payload does not name the repository's default branch and rolegate.yml has no deploy.refs"
    )
    expect(
      deployContextRefusal({ ...PUSH_TO_MAIN, defaultBranch: undefined }, { refs: ['refs/heads/main'] })
    ).toBeUndefined()
  })

  it('refuses an empty event or ref', () => {
    expect(deployContextRefusal({ ...PUSH_TO_MAIN, eventName: '' }, undefined)).toContain(
      'GITHUB_EVENT_NAME is empty'
    )
    expect(deployContextRefusal({ ...PUSH_TO_MAIN, ref: '' }, undefined)).toContain('GITHUB_REF is empty')
  })
})

describe('claimsRefusal', () => {
  const claims = {
    repository: 'acme/infra',
    event_name: 'push',
    ref: 'refs/heads/main',
    ref_type: 'branch',
    environment: 'prod'
  }

  it('accepts a token that describes the run (repository compared case-insensitively)', () => {
    expect(claimsRefusal({ ...claims, repository: 'Acme/Infra' }, PUSH_TO_MAIN, undefined)).toBeUndefined()
  })

  it.each([
    [{ event_name: 'pull_request' }, 'event_name="pull_request"'],
    [{ ref: 'refs/pull/7/merge' }, 'ref="refs/pull/7/merge"'],
    [{ repository: 'evil/fork' }, 'repository="evil/fork"'],
    [{ event_name: undefined }, 'event_name=""'],
    [{ ref_type: 'tag' }, 'ref_type="tag"']
  ])('refuses a token with %o', (override, text) => {
    expect(claimsRefusal({ ...claims, ...override }, PUSH_TO_MAIN, undefined)).toContain(text)
  })

  it('holds the token to the same guard as the run', () => {
    // A run and a token that agree on a feature branch: both refused by the ref guard.
    const feature = { ...PUSH_TO_MAIN, ref: 'refs/heads/feature' }
    expect(claimsRefusal({ ...claims, ref: 'refs/heads/feature' }, feature, undefined)).toContain(
      'refusing to deploy from refs/heads/feature (push event): deploy runs only from refs/heads/main'
    )
  })
})

it('compares environment names case-insensitively, as GitHub does', () => {
  expect(sameEnvironment('Prod', 'prod')).toBe(true)
  expect(sameEnvironment('prod-eu', 'prod')).toBe(false)
  expect(sameEnvironment(undefined, 'prod')).toBe(false)
})
