import { Emulator } from '../../test/emulator/index.js'
import { bootstrapProject, DEV_ACCOUNT, generatedProject, inProcessDeploy, normalizedState, useEmulatorEndpoints } from '../support/deploy-project.js'

it('scratch', async () => {
  const emulator = await Emulator.start()
  const restore = useEmulatorEndpoints(emulator)
  const files = generatedProject({ roles: 10, managedPolicyEvery: 3, instanceProfileEvery: 4, trustRoleZeroEvery: 5 })
  await bootstrapProject(emulator, files['rolegate.yml'])
  const deploy = inProcessDeploy(emulator, files)
  emulator.calls.reset()
  let t = Date.now()
  const first = await deploy.run()
  console.log(Date.now() - t, first.exitCode, JSON.stringify(first.report.plan?.failed), first.report.summary, emulator.calls.byAction())
  emulator.calls.reset()
  t = Date.now()
  const second = await deploy.run()
  console.log(Date.now() - t, second.exitCode, second.plan?.operations, emulator.calls.byAction())
  console.log(JSON.stringify(normalizedState(emulator, DEV_ACCOUNT).roles[1], null, 1))
  deploy.dispose()
  restore()
  await emulator.stop()
})
