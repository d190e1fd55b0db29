/**
 * The boundary `rolegate bootstrap` creates is the one the evaluator reads for roles that use it:
 * one document, from src/render/bootstrap-boundary.ts, in the template and in the rendered state.
 */
import { bootstrapTemplate, stackName } from '../../src/commands/bootstrap.js'
import { BASIC_CONFIG } from '../support/temp-project.js'
import { ECS_TRUST, renderProject } from '../support/render-project.js'

const ROLE = `kind: Role\nname: app\n${ECS_TRUST}`

function withBoundary(boundary: string): string {
  return BASIC_CONFIG.replace('defaults:\n', `defaults:\n  permissionsBoundary: "${boundary}"\n`)
}

describe('the bootstrap boundary in the rendered state', () => {
  it('is the document the bootstrap template creates, per environment', () => {
    const { config, state } = renderProject(
      { 'iam/app.yml': ROLE },
      withBoundary('arn:{partition}:iam::{account}:policy/rolegate-boundary')
    )
    for (const environment of ['dev', 'prod']) {
      const template = bootstrapTemplate(config, environment, { repository: 'acme/infra' }) as {
        Resources: { PermissionsBoundary: { Properties: { PolicyDocument: unknown } } }
      }
      const rendered = state.environments[environment].bootstrapBoundary
      expect(rendered?.arn).toBe(
        `arn:aws:iam::${environment === 'dev' ? '111111111111' : '333333333333'}:policy/rolegate-boundary`
      )
      expect(rendered?.document).toEqual(template.Resources.PermissionsBoundary.Properties.PolicyDocument)
    }
  })

  it('is absent when the boundary is in another account or not set: bootstrap creates none', () => {
    const other = renderProject(
      { 'iam/app.yml': ROLE },
      withBoundary('arn:aws:iam::999999999999:policy/shared')
    )
    expect(other.state.environments.dev.bootstrapBoundary).toBeUndefined()
    const none = renderProject({ 'iam/app.yml': ROLE })
    expect(none.state.environments.dev.bootstrapBoundary).toBeUndefined()
  })
})

describe('the stack name the bootstrap template suggests', () => {
  // CloudFormation: letters, digits and "-", starting with a letter, at most 128 characters.
  const valid = /^[A-Za-z][-A-Za-z0-9]{0,127}$/

  it('is one CloudFormation accepts, for names IAM accepts but it does not', () => {
    expect(stackName('shop', 'dev')).toBe('shop-rolegate-dev')
    expect(stackName('shop_api', 'eu.prod')).toMatch(/^shop-api-rolegate-eu-prod-[0-9a-f]{8}$/)
    expect(stackName('1st', 'dev')).toMatch(/^rolegate-1st-rolegate-dev-[0-9a-f]{8}$/)
    // Two environments whose names differ only where CloudFormation's do not: two stacks.
    expect(stackName('shop', 'eu.prod')).not.toBe(stackName('shop', 'eu-prod'))
    expect(stackName('shop', 'eu-prod')).toBe('shop-rolegate-eu-prod')
    expect(stackName('p'.repeat(200), 'a')).not.toBe(stackName('p'.repeat(200), 'b'))
    for (const [project, environment] of [
      ['a+b=c', 'x@y'],
      ['9', '_'],
      ['p'.repeat(200), 'dev']
    ])
      expect(stackName(project, environment)).toMatch(valid)
  })
})
