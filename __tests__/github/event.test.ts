/** readEventContext: what the deploy guard learns from the runner's environment and the event file. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { readEventContext } from '../../src/github/event.js'

let folder: string
beforeAll(() => (folder = mkdtempSync(path.join(tmpdir(), 'rolegate-event-'))))
afterAll(() => rmSync(folder, { recursive: true, force: true }))

function contextOf(eventName: string, ref: string, payload: string) {
  const file = path.join(folder, `${eventName || 'empty'}.json`)
  writeFileSync(file, payload)
  return readEventContext({
    GITHUB_EVENT_NAME: eventName,
    GITHUB_REF: ref,
    GITHUB_REPOSITORY: 'acme/infra',
    GITHUB_EVENT_PATH: file
  })
}

it('reads the default branch from the payload', () => {
  const payload = JSON.stringify({ ref: 'refs/heads/feature', repository: { default_branch: 'trunk' } })
  expect(contextOf('push', 'refs/heads/feature', payload)).toEqual({
    name: 'push',
    ref: 'refs/heads/feature',
    repository: 'acme/infra',
    defaultBranch: 'trunk'
  })
})

it('takes a schedule run’s branch as the default branch (its payload names no repository)', () => {
  expect(contextOf('schedule', 'refs/heads/main', '{"schedule":"17 6 * * *"}').defaultBranch).toBe('main')
})

it.each(['not json', 'null', '42', '{"repository":{"default_branch":7}}'])(
  'knows no default branch from the payload %s',
  payload => {
    expect(contextOf('push', 'refs/heads/main', payload).defaultBranch).toBeUndefined()
  }
)
