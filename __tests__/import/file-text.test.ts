import { load } from 'js-yaml'
import { definitionFileText, definitionModeline, unchangedSinceImport } from '../../src/import/file-text.js'
import type { WrittenDefinition } from '../../src/import/model.js'

const definition = {
  kind: 'Role',
  name: 'api',
  adopt: true,
  trust: {
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { AWS: '{account}' }, Action: 'sts:AssumeRole' }]
  },
  tags: { Build: '0123', Note: 'a very long value that must stay on one line '.repeat(5).trim() }
} as unknown as WrittenDefinition

describe('definitionFileText', () => {
  const text = definitionFileText(
    definition,
    '# yaml-language-server: $schema=../schema/definition.schema.json'
  )

  it('writes the modeline, the digest line, then YAML that loads back to the definition', () => {
    const lines = text.split('\n')
    expect(lines[0]).toBe('# yaml-language-server: $schema=../schema/definition.schema.json')
    expect(lines[1]).toMatch(/^# rolegate import digest: [0-9a-f]{16} \(/)
    expect(lines[2]).toBe('kind: Role')
    expect(load(text)).toEqual(definition)
    expect(text).toContain('Version: "2012-10-17"')
    expect(text).toContain('Build: "0123"')
    expect(lines.filter(line => line.includes('a very long value'))).toHaveLength(1)
  })

  it('knows a file nobody changed, even without adopt, from one a person edited', () => {
    expect(unchangedSinceImport(text)).toBe(true)
    expect(unchangedSinceImport(text.replace('adopt: true\n', ''))).toBe(true)
    expect(unchangedSinceImport(text.replace('kind: Role', '# why\nkind: Role'))).toBe(false)
    expect(unchangedSinceImport(text.replace('"0123"', '"0124"'))).toBe(false)
    expect(unchangedSinceImport('kind: Role\n')).toBe(false)
  })
})

describe('definitionModeline', () => {
  const config = (target: string) => ({
    file: 'rolegate.yml',
    text: `# yaml-language-server: $schema=${target}\nversion: 1\n`
  })
  const none = new Map<string, string>()

  it('re-bases rolegate.yml’s relative schema path on the file’s folder', () => {
    expect(definitionModeline(config('schema/rolegate.schema.json'), none, 'iam/roles/api.yml')).toBe(
      '# yaml-language-server: $schema=../../schema/definition.schema.json'
    )
    const nested = {
      file: 'infra/rolegate.yml',
      text: '# yaml-language-server: $schema=../schema/rolegate.schema.json\n'
    }
    expect(definitionModeline(nested, none, 'infra/iam/api.yml')).toBe(
      '# yaml-language-server: $schema=../../schema/definition.schema.json'
    )
  })

  it('prefers the modeline the definition files already use', () => {
    const files = new Map([
      ['iam/old.yml', 'kind: Role\n'],
      ['iam/task.yml', '# yaml-language-server: $schema=../vendor/definition.schema.json\nkind: Role\n']
    ])
    expect(definitionModeline(config('schema/rolegate.schema.json'), files, 'iam/roles/api.yml')).toBe(
      '# yaml-language-server: $schema=../../vendor/definition.schema.json'
    )
  })

  it('keeps a URL, and writes none when nothing has one', () => {
    const url = 'https://raw.githubusercontent.com/acme/rolegate/v1/schema/rolegate.schema.json'
    expect(definitionModeline(config(url), none, 'iam/api.yml')).toBe(
      '# yaml-language-server: $schema=https://raw.githubusercontent.com/acme/rolegate/v1/schema/definition.schema.json'
    )
    expect(
      definitionModeline({ file: 'rolegate.yml', text: 'version: 1\n' }, none, 'iam/api.yml')
    ).toBeUndefined()
  })
})
