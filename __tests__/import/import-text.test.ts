import { renderImportText, type ImportReport } from '../../src/commands/import.js'

const report: ImportReport = {
  schemaVersion: 1,
  command: 'import',
  config: 'rolegate.yml',
  environment: 'prod',
  account: '333333333333',
  callerArn: 'arn:aws:iam::333333333333:root',
  outFolder: 'iam',
  files: [
    {
      file: 'iam/policies/shared-logs.yml',
      action: 'merged',
      kind: 'ManagedPolicy',
      name: 'shared-logs',
      physicalName: 'shop-prod-shared-logs',
      adopt: true
    },
    {
      file: 'iam/roles/api.yml',
      action: 'skipped',
      kind: 'Role',
      name: 'api',
      physicalName: 'shop-prod-api',
      adopt: true,
      reason: 'iam/roles/api.yml was changed since rolegate import wrote it'
    },
    {
      file: 'iam/roles/batch.yml',
      action: 'created',
      kind: 'Role',
      name: 'batch',
      physicalName: 'shop-prod-batch',
      adopt: false
    }
  ],
  notImported: {
    serviceLinked: 2,
    awsReserved: 0,
    unmatched: 5,
    ownedElsewhere: [{ name: 'ci', owner: 'acme/ci' }]
  },
  notes: [
    'role shop-prod-batch lacks the tag Environment=prod that defaults.tags in rolegate.yml gives every definition: the first deploy adds it'
  ]
}

it('says what was written, merged and skipped, what was not imported, and what adopt means', () => {
  expect(renderImportText(report).split('\n')).toEqual([
    '2 roles and 1 customer managed policy to import from prod (account 333333333333):',
    '  merged    iam/policies/shared-logs.yml  (managed policy shop-prod-shared-logs as shared-logs)',
    '  skipped   iam/roles/api.yml  (role shop-prod-api as api): iam/roles/api.yml was changed since rolegate import wrote it',
    '  created   iam/roles/batch.yml  (role shop-prod-batch as batch)',
    '1 written, 1 merged, 0 unchanged, 1 skipped.',
    'Not imported: 2 service-linked roles (/aws-service-role/), 5 roles outside --match/--path-prefix, role ci (managed by acme/ci: import it there).',
    '1 definition says "adopt: true": those roles and policies lack the rolegate:managed-by tag, so the first deploy takes them over explicitly (plan shows only TagRole/TagPolicy); drop adopt after it.',
    'Note: role shop-prod-batch lacks the tag Environment=prod that defaults.tags in rolegate.yml gives every definition: the first deploy adds it.',
    // A skipped file is not compared with IAM: plan may change IAM back to it, and the text says so.
    'Skipped files were not compared with IAM: where IAM changed since they were written, "rolegate plan" shows IAM being changed back to them. Merge each by hand before deploying: iam/roles/api.yml.',
    'Next: review the files, "rolegate validate", "rolegate plan --env prod" (expect only the ownership tag for the files written; the skipped ones may differ), commit, deploy (docs/import.md).',
    ''
  ])
})

it('a note quoting rolegate.yml stays one line: no workflow command, no terminal escape', () => {
  const text = renderImportText({
    ...report,
    notes: ['role shop-prod-batch lacks the tag Owner=x\n::error file=rolegate.yml::forged\u001b[2K']
  })
  expect(text).toContain(
    'Note: role shop-prod-batch lacks the tag Owner=x ⏎ ::error file=rolegate.yml::forged\\x1b[2K.'
  )
  expect(text).not.toMatch(/^\s*::/m)
})
