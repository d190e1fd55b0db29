import MarkdownIt from 'markdown-it'
import { allServicePrefixes } from '../../src/policy/action-db.js'
import { permissionMatrix, type PermissionMatrix } from '../../src/compare/matrix.js'
import { MAX_COLUMNS, renderMatrixMarkdown } from '../../src/report/matrix.js'
import { ECS_TRUST, renderProject } from '../support/render-project.js'

const POLICY = `policies:
  P:
    Statement:
      - Effect: Allow
        Action: s3:GetObject
        Resource: arn:aws:s3:::results/*
`

function matrixOf(files: Record<string, string>) {
  const { state } = renderProject(files)
  return permissionMatrix(state.environments.dev)
}

describe('permission matrix: compute trust', () => {
  it('shows the compute services a role trusts (EC2, Lambda, ECS tasks) as information, and none for others', () => {
    const matrix = matrixOf({
      'iam/task.yml': `kind: Role\nname: task\n${ECS_TRUST}${POLICY}`,
      'iam/worker.yml': `kind: Role
name: worker
trust:
  Statement:
    - Effect: Allow
      Principal: { Service: [ec2.amazonaws.com, lambda.amazonaws.com] }
      Action: sts:AssumeRole
${POLICY}`,
      'iam/vendor.yml': `kind: Role
name: vendor
trust:
  Statement:
    - Effect: Allow
      Principal: { AWS: "arn:aws:iam::999988887777:root" }
      Action: sts:AssumeRole
      Condition: { StringEquals: { "sts:ExternalId": abc } }
${POLICY}`
    })
    expect(Object.fromEntries(matrix.rows.map(row => [row.role, row.runsOn]))).toEqual({
      task: ['ECS tasks'],
      worker: ['EC2 instances', 'Lambda functions'],
      vendor: []
    })
    const markdown = renderMatrixMarkdown(matrix)
    expect(markdown).toContain('| Role | Runs on | `s3` |')
    expect(markdown).toContain('| `worker` | EC2 instances, Lambda functions | R |')
    expect(markdown).toContain('| `vendor` |  | R |')
  })

  it('ignores Deny statements and non-compute services', () => {
    const matrix = matrixOf({
      'iam/r.yml': `kind: Role
name: r
trust:
  Statement:
    - Effect: Allow
      Principal: { Service: events.amazonaws.com }
      Action: sts:AssumeRole
    - Effect: Deny
      Principal: { Service: ec2.amazonaws.com }
      Action: sts:AssumeRole
${POLICY}`
    })
    expect(matrix.rows[0].runsOn).toEqual([])
  })
})

/** A role `name` whose one inline policy holds `statements` (YAML list items, 6 spaces deep). */
function role(name: string, statements: string, extra = ''): string {
  return `kind: Role\nname: ${name}\n${ECS_TRUST}${extra}policies:\n  App:\n    Statement:\n${statements}`
}

const S3_READ_WRITE = `      - Effect: Allow
        Action: [s3:GetObject, s3:PutObject]
        Resource: arn:aws:s3:::results/*
`

const byRole = (matrix: PermissionMatrix) =>
  Object.fromEntries(matrix.rows.map(row => [row.role, row.services]))

const markdownIt = new MarkdownIt()

/**
 * The tables of rendered markdown as a reader sees them: header cells and body rows, each cell as
 * its markdown source. Each row keeps the cells markdown-it found in it, so a row with more or fewer
 * cells than its header shows up as a length mismatch.
 */
function tables(markdown: string): { header: string[]; rows: string[][] }[] {
  const found: { header: string[]; rows: string[][] }[] = []
  const lines = markdown.split('\n')
  const tokens = markdownIt.parse(markdown, {})
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]
    if (token.type === 'table_open') found.push({ header: [], rows: [] })
    const table = found[found.length - 1]
    if (token.type === 'tr_open') {
      const cells: string[] = []
      for (let j = i + 1; tokens[j].type !== 'tr_close'; j++)
        if (tokens[j].type === 'inline') cells.push(tokens[j].content)
      if (table.header.length === 0) table.header = cells
      else table.rows.push(cells)
      // markdown-it pads short rows and drops extra cells: count the source row's cells too.
      const source = lines[(token.map as [number, number])[0]]
      expect(source.split(/(?<!\\)\|/).length - 2).toBe(cells.length)
    }
  }
  return found
}

describe('permission matrix: Deny and the permissions boundary', () => {
  it('an action allowed only where an unconditional Deny covers it on every resource is not counted', () => {
    const matrix = matrixOf({
      'iam/app.yml': role(
        'app',
        S3_READ_WRITE +
          `      - Effect: Deny
        Action: s3:*
        Resource: "*"
`
      )
    })
    expect(byRole(matrix)).toEqual({ app: {} })
    expect(matrix.services).toEqual([])
    const markdown = renderMatrixMarkdown(matrix)
    expect(markdown).not.toContain('`s3`')
    // A table with no service column is still a table.
    expect(tables(markdown)).toEqual([{ header: ['Role', 'Runs on'], rows: [['`app`', 'ECS tasks']] }])
  })

  it('a Deny with a condition or on fewer resources takes nothing away; one on the same resources, or NotAction, takes its actions', () => {
    const deny = (body: string) => `      - Effect: Deny\n${body}`
    const matrix = matrixOf({
      'iam/conditional.yml': role(
        'conditional',
        S3_READ_WRITE +
          deny(`        Action: s3:*
        Resource: "*"
        Condition: { Bool: { "aws:SecureTransport": "false" } }
`)
      ),
      'iam/narrower.yml': role(
        'narrower',
        S3_READ_WRITE +
          deny(`        Action: s3:*
        Resource: arn:aws:s3:::results/private/*
`)
      ),
      'iam/same.yml': role(
        'same',
        S3_READ_WRITE +
          deny(`        Action: s3:PutObject
        Resource: arn:aws:s3:::results/*
`)
      ),
      'iam/not-action.yml': role(
        'not-action',
        S3_READ_WRITE +
          deny(`        NotAction: s3:PutObject
        Resource: "*"
`)
      )
    })
    expect(byRole(matrix)).toEqual({
      conditional: { s3: ['Read', 'Write'] },
      narrower: { s3: ['Read', 'Write'] },
      same: { s3: ['Read'] },
      'not-action': { s3: ['Write'] }
    })
    expect(renderMatrixMarkdown(matrix)).toContain('an unconditional Deny of the role')
  })

  it('an action the role’s readable permissions boundary does not allow is not counted; an unreadable boundary takes nothing', () => {
    const guard = `---
kind: ManagedPolicy
name: guard
document:
  Statement:
    - Effect: Allow
      Action: [s3:Get*, s3:List*]
      Resource: "*"
`
    const matrix = matrixOf({
      'iam/bounded.yml': role('bounded', S3_READ_WRITE, 'permissionsBoundary: guard\n') + guard,
      'iam/unknown.yml': role(
        'unknown',
        S3_READ_WRITE,
        'permissionsBoundary: arn:aws:iam::111111111111:policy/not-in-this-repository\n'
      )
    })
    expect(byRole(matrix)).toEqual({ bounded: { s3: ['Read'] }, unknown: { s3: ['Read', 'Write'] } })
  })

  it('an action allowed only on resources of a type it does not act on grants nothing', () => {
    const matrix = matrixOf({
      'iam/app.yml': role(
        'app',
        `      - Effect: Allow
        Action: [s3:GetObject, iam:PassRole]
        Resource: arn:aws:s3:::results/*
`
      )
    })
    expect(byRole(matrix)).toEqual({ app: { s3: ['Read'] } })
  })
})

describe('permission matrix: roles with access to (nearly) every service', () => {
  const ADMIN = `kind: Role
name: admin
${ECS_TRUST}managedPolicies: [arn:aws:iam::aws:policy/AdministratorAccess]
`
  const NOT_IAM = `      - Effect: Allow
        NotAction: iam:*
        Resource: "*"
`

  it('summarises them in one cell, so the columns are the services of the other roles', () => {
    const matrix = matrixOf({
      'iam/admin.yml': ADMIN,
      'iam/not-iam.yml': role('not-iam', NOT_IAM),
      'iam/app.yml': role('app', S3_READ_WRITE)
    })
    // The model keeps every service (the JSON output is unchanged).
    const every = allServicePrefixes().length
    expect(matrix.services).toHaveLength(every)
    expect(Object.keys(byRole(matrix).admin)).toHaveLength(every)
    expect(Object.keys(byRole(matrix)['not-iam'])).toHaveLength(every - 1)

    const markdown = renderMatrixMarkdown(matrix)
    expect(tables(markdown)).toEqual([
      {
        header: ['Role', 'Runs on', '`s3`', 'Other services'],
        rows: [
          ['`admin`', 'ECS tasks', 'RLWTP', `every level of all ${every - 1} other services`],
          [
            '`not-iam`',
            'ECS tasks',
            'RLWTP',
            `every level of ${every - 2} of the ${every - 1} other services; \`iam\` none`
          ],
          ['`app`', 'ECS tasks', 'RW', '']
        ]
      }
    ])
    expect(Math.max(...markdown.split('\n').map(line => line.length))).toBeLessThan(1_000)
    expect(markdown).toContain('Other services: a role with more services than fit as columns')
  })

  it('with many roles of a few services each, names the services of the widest in one cell', () => {
    const prefixes = allServicePrefixes()
      .filter(prefix => /^[a-z]+$/.test(prefix))
      .slice(0, MAX_COLUMNS + 3)
    const files = Object.fromEntries(
      prefixes.map((prefix, index) => [
        `iam/r${index}.yml`,
        role(
          `r${String(index).padStart(2, '0')}`,
          `      - Effect: Allow\n        Action: "${prefix}:*"\n        Resource: "*"\n`
        )
      ])
    )
    const [table] = tables(renderMatrixMarkdown(matrixOf(files)))
    expect(table.header).toHaveLength(2 + MAX_COLUMNS + 1)
    expect(table.header.slice(2, -1)).toEqual(prefixes.slice(3).map(prefix => `\`${prefix}\``))
    // The first three (equally wide, first come) are summarised: their service named in the last cell.
    expect(table.rows.slice(0, 3).map(row => row[row.length - 1])).toEqual(
      prefixes.slice(0, 3).map(prefix => expect.stringMatching(new RegExp(`^\`${prefix}\` [RLWTP]+$`)))
    )
    expect(table.rows.slice(3).every(row => row[row.length - 1] === '')).toBe(true)
  })

  it('keeps small matrices as they were: every service a column, no Other services column', () => {
    const [table] = tables(renderMatrixMarkdown(matrixOf({ 'iam/app.yml': role('app', S3_READ_WRITE) })))
    expect(table).toEqual({ header: ['Role', 'Runs on', '`s3`'], rows: [['`app`', 'ECS tasks', 'RW']] })
  })
})
