import { Emulator, runAction } from '../../test/emulator/index.js'
import { gitWorkspace } from '../support/git-workspace.js'
import { project, READ, READ_WRITE } from '../support/check-fixtures.js'

it('proto', async () => {
  const emulator = await Emulator.start()
  const ws = gitWorkspace(project([{ name: 'app', actions: READ }]), project([{ name: 'app', actions: READ_WRITE }]))
  const t = Date.now()
  const result = await runAction(emulator, {
    workspace: ws.dir,
    job: { owner: 'acme', repo: 'infra', eventName: 'pull_request', pullRequest: { number: 7, baseSha: ws.baseSha } }
  })
  console.log(Date.now() - t, result.exitCode, result.stdout, result.stderr, result.outputs, result.summary)
  console.log(result.githubRequests.map(r => `${r.method} ${r.path} ${r.status}`))
  console.log(emulator.github.state.commentsOn('acme/infra', 7).map(c => c.body))
  await emulator.stop()
  ws.remove()
})
