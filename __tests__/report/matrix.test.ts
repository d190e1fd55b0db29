import { permissionMatrix, renderMatrixMarkdown } from '../../src/report/matrix.js'
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
