import { readFileSync } from 'node:fs'
import { ACTION_REPOSITORY, PACKAGE_NAME } from '../../src/init/package.js'

const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as {
  name: string
  repository?: string | { url: string }
}

describe('the package init writes into user files', () => {
  it('is package.json name: modelines point into node_modules/<name>/schema', () => {
    expect(PACKAGE_NAME).toBe(manifest.name)
  })

  it('is package.json repository, once set: the workflow uses <owner>/<repo>@v1', () => {
    const repository =
      typeof manifest.repository === 'string' ? manifest.repository : manifest.repository?.url
    if (repository === undefined) return // packaging sets it, with ACTION_REPOSITORY
    const ownerRepo =
      /(?:github:|github\.com[/:])([\w.-]+\/[\w.-]+?)(?:\.git)?$/.exec(repository)?.[1] ?? repository
    expect(ACTION_REPOSITORY).toBe(ownerRepo)
  })
})
