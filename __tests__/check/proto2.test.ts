import { Emulator, runAction } from '../../test/emulator/index.js'
import { gitWorkspace } from '../support/git-workspace.js'
import { project, READ } from '../support/check-fixtures.js'

it('proto2', async () => {
  const emulator = await Emulator.start()
  const names = Array.from({ length: 300 }, (_, i) => `service-${String(i).padStart(3, '0')}`)
  const ws = gitWorkspace(project(names.map(name => ({ name, actions: READ }))), project(names.map(name => ({ name, actions: [...READ, 's3:PutObject', 's3:DeleteObject', 's3:GetObjectTagging', 's3:PutObjectTagging'] }))))
  for (const extra of [[], ['s3:*']]) {
    if (extra.length) ws.writeHead(project(names.map(name => ({ name, actions: [...READ, ...extra] }))))
    const t = Date.now()
    const result = await runAction(emulator, {
      workspace: ws.dir, inputs: { 'fail-on': 'never' },
      job: { owner: 'acme', repo: 'infra', eventName: 'pull_request', pullRequest: { number: 7, baseSha: ws.baseSha } }
    })
    console.log(Date.now() - t, result.exitCode, result.stdout.slice(-1000), result.stderr, result.summary.length)
    console.log(result.githubRequests.map(r => `${r.method} ${r.path} ${r.status} ${JSON.stringify(r.body)?.slice(0,300)}`))
    const c = emulator.github.state.commentsOn('acme/infra', 7).map(c => c.body)
    console.log(c.map(b => b.length), c[0]?.slice(-3000))
  }
  await emulator.stop()
  ws.remove()
})
