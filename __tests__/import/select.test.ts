import { normalizePathPrefix, ownedElsewhere, roleSelector } from '../../src/import/select.js'

describe('roleSelector', () => {
  const roles = [
    { name: 'shop-dev-api', path: '/' },
    { name: 'Shop-Dev-Worker', path: '/svc/' },
    { name: 'legacy', path: '/' },
    { name: 'AWSServiceRoleForECS', path: '/aws-service-role/ecs.amazonaws.com/' },
    { name: 'AWSReservedSSO_Admin_1234', path: '/aws-reserved/sso.amazonaws.com/' }
  ]
  const classify = (options: Parameters<typeof roleSelector>[0]) => {
    const selector = roleSelector(options)
    return { classes: roles.map(role => selector.classify(role)), summary: selector.summary() }
  }

  it('takes every role but AWS’s own without a glob', () => {
    expect(classify({ match: [] })).toEqual({
      classes: ['selected', 'selected', 'selected', 'service-linked', 'aws-reserved'],
      summary: { selected: 3, serviceLinked: 1, awsReserved: 1, unmatched: 0, globsMatchingNothing: [] }
    })
  })

  it('matches globs case-insensitively, as IAM names; !glob excludes; reports globs that select nothing', () => {
    const { classes, summary } = classify({ match: ['shop-dev-*', '!*worker', 'AWSServiceRole*', 'nothing'] })
    expect(classes).toEqual(['selected', 'unmatched', 'unmatched', 'service-linked', 'aws-reserved'])
    // A glob that only names AWS's roles selects nothing.
    expect(summary.globsMatchingNothing).toEqual(['AWSServiceRole*', 'nothing'])
  })

  it('limits by path prefix', () => {
    expect(classify({ match: [], pathPrefix: normalizePathPrefix('svc') }).classes).toEqual([
      'unmatched',
      'selected',
      'unmatched',
      'service-linked',
      'aws-reserved'
    ])
  })
})

it('ownedElsewhere: another repository’s RoleGate tag, not ours, not none', () => {
  expect(ownedElsewhere({ 'rolegate:managed-by': 'other/repo' }, 'acme/iam')).toBe('other/repo')
  expect(ownedElsewhere({ 'rolegate:managed-by': 'acme/iam' }, 'acme/iam')).toBeUndefined()
  expect(ownedElsewhere({}, 'acme/iam')).toBeUndefined()
})
