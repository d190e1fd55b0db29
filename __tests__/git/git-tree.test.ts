import { gitTree } from '../../src/git/git-tree.js'
import { UsageError } from '../../src/model/errors.js'
import { gitWorkspace } from '../support/git-workspace.js'
import { BASIC_CONFIG } from '../support/temp-project.js'

describe('gitTree: a base ref that is no commit', () => {
  it('says a tree or blob is not a commit, instead of "goes back further than the history"', async () => {
    const ws = gitWorkspace({ 'rolegate.yml': BASIC_CONFIG })
    try {
      for (const [ref, type] of [
        ['HEAD^{tree}', 'tree'],
        ['HEAD:rolegate.yml', 'blob']
      ]) {
        const error: unknown = await gitTree(ws.dir, ref).then(
          () => undefined,
          (caught: unknown) => caught
        )
        expect(error).toBeInstanceOf(UsageError)
        expect((error as Error).message).toBe(
          `base ref "${ref}" names a git ${type}, not a commit; pass a commit, a branch or a tag as --base (the action's base-ref input)`
        )
      }
    } finally {
      ws.remove()
    }
  })
})
