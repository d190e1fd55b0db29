/**
 * The diff's expansion agrees with lint's resource-type matching: a wildcard expands only to the
 * actions that can apply to the resource, so `*` on an S3 ARN does not add iam:PassRole.
 */
import { compareStates } from '../../src/compare/compare.js'
import { CHECK_CONFIG, roleYaml } from '../support/check-fixtures.js'
import { renderProject } from '../support/render-project.js'

function change(before: string[], after: string[], resource = 'arn:aws:s3:::data-bucket/*') {
  const state = (actions: string[]) =>
    renderProject({ 'iam/a.yml': roleYaml({ name: 'a', actions, resource }) }, CHECK_CONFIG).state
  return compareStates(state(before), state(after)).environments.dev.roles[0]
}

describe('expansion by resource type', () => {
  it('Action "*" on an S3 object ARN adds S3 object actions, not iam:PassRole', () => {
    const role = change(['s3:GetObject'], ['"*"'])
    expect(role.addedActions).toContain('s3:PutObject')
    expect(role.addedActions).not.toContain('iam:PassRole')
    expect(role.addedActions.every(action => action.startsWith('s3:'))).toBe(true)
  })

  it('iam:PassRole written on an S3 ARN grants nothing, so adding it changes no access', () => {
    const role = change(['s3:GetObject'], ['s3:GetObject', 'iam:PassRole'])
    expect(role.addedActions).toEqual([])
  })

  it('records the pattern as written for each expanded action', () => {
    const role = change(['s3:GetObject'], ['s3:GetObject', '"s3:Put*"'])
    const put = role.permissions.added.find(entry => entry.action === 's3:PutObject')
    expect(put?.pattern).toBe('s3:Put*')
  })

  it('on Resource "*" every action applies', () => {
    const role = change(['s3:GetObject'], ['s3:GetObject', 'iam:PassRole'], '*')
    expect(role.addedActions).toEqual(['iam:PassRole'])
  })
})
