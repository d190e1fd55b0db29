import { loadConfig, loadDefinitions } from '../../src/definitions/load.js'
import { MAX_NODES_PER_FILE } from '../../src/definitions/parse-yaml.js'
import type { RoleDefinition } from '../../src/definitions/schema.js'

const definition = (text: string) => loadDefinitions([{ path: 'iam/role.yml', text }])

describe('loading rolegate.yml', () => {
  it('accepts a minimal config', () => {
    const result = loadConfig({
      path: 'rolegate.yml',
      text: 'version: 1\nproject: p\nenvironments:\n  dev: { account: "111111111111", region: us-east-1 }\n'
    })
    expect(result.findings).toEqual([])
    expect(result.config?.project).toBe('p')
  })

  it('reports every problem with its line and a did-you-mean, not just the first', () => {
    const result = loadConfig({
      path: 'rolegate.yml',
      text: 'version: 1\nproject: p\nenvironmets: {}\nenvironments:\n  dev:\n    account: 111111111111\n    regoin: us-east-1\n'
    })
    expect(result.config).toBeUndefined()
    const messages = result.findings.map(f => `${f.line}: ${f.message}`)
    expect(messages).toEqual(
      expect.arrayContaining([
        '3: unknown key "environmets" (did you mean "environments"?)',
        '6: environments.dev.account: expected a quoted string, got number 111111111111',
        '7: environments.dev: unknown key "regoin" (did you mean "region"?)',
        '6: environments.dev.region: required key is missing'
      ])
    )
  })

  it('reports a misspelt rule id under rules: at its key, with a did-you-mean, instead of ignoring it', () => {
    const result = loadConfig({
      path: 'rolegate.yml',
      text: 'version: 1\nproject: p\nenvironments:\n  dev: { account: "111111111111", region: us-east-1 }\nrules:\n  service-wildcard: error\n  service-wildcrd: error\n  constructor: off\n  __proto__: off\n'
    })
    expect(result.config).toBeUndefined()
    expect(result.findings.map(f => [f.rule, f.severity, f.line, f.message])).toEqual([
      [
        'schema',
        'error',
        7,
        'rules.service-wildcrd: unknown rule id "service-wildcrd" (did you mean "service-wildcard"?); docs/rules.md lists every rule'
      ],
      [
        'schema',
        'error',
        8,
        'rules.constructor: unknown rule id "constructor"; docs/rules.md lists every rule'
      ],
      [
        'schema',
        'error',
        9,
        'rules.__proto__: key "__proto__" is not allowed here: unknown rule id "__proto__"; docs/rules.md lists every rule'
      ]
    ])
  })

  it("reports an unknown or looping {reference} in a variable's value, and a variable named as a built-in, at its line", () => {
    const result = loadConfig({
      path: 'rolegate.yml',
      text: [
        'version: 1',
        'project: p',
        'environments:',
        '  dev:',
        '    account: "111111111111"', // 5
        '    region: us-east-1',
        '    variables:',
        '      bucket: "{project}-{nope}-{bucket}"',
        '      a: "{b}"',
        '      b: "x-{a}"', // 10
        '      account: "999999999999"',
        '      name: evil',
        '      fine: "{project}-{environment}-{a.b}"',
        '      a.b: "${aws:username}"',
        ''
      ].join('\n')
    })
    expect(result.config).toBeUndefined()
    expect(result.findings.map(f => `${f.file}:${f.line}:${f.column} ${f.message}`)).toEqual([
      "rolegate.yml:8:7 environments.dev.variables.bucket: unknown variable {nope}; a variable's value may use {project}, {environment}, {account}, {region}, {partition} and the environment's other variables",
      "rolegate.yml:11:7 environments.dev.variables.account: {account} is built in (the environment's account id) and wins over a variable of the same name; give this variable another name",
      "rolegate.yml:12:7 environments.dev.variables.name: {name} is built in (a definition's logical name, in naming) and wins over a variable of the same name; give this variable another name",
      'rolegate.yml:8:7 environments.dev.variables.bucket: refers to itself ({bucket} → {bucket}), so it has no value; break the loop',
      'rolegate.yml:9:7 environments.dev.variables.a: refers to itself ({a} → {b} → {a}), so it has no value; break the loop',
      'rolegate.yml:10:7 environments.dev.variables.b: refers to itself ({b} → {a} → {b}), so it has no value; break the loop'
    ])
  })

  it("says what is wrong in RoleGate's words: the key, what was found, what is allowed", () => {
    const result = loadConfig({
      path: 'rolegate.yml',
      text: [
        'version: "1"',
        'project: p',
        'definitions: []',
        'defaults: { tags: [a] }',
        'environments:', // 5
        '  dev:',
        '    account: "11111111111"',
        '    region: us-east-1',
        '    deployRole: not-an-arn',
        'expiry: { expiringWithinDays: -1 }', // 10
        'limits: { trustPolicySize: 5000, managedPoliciesPerRole: 1.5 }',
        'deploy: { events: [push, foo, pull_request] }',
        'managedBy: ""',
        'managedByAcknowledgement: { managedBy: "", reason: x }',
        ''
      ].join('\n')
    })
    expect(result.findings.map(f => `${f.line}: ${f.message}`).sort()).toEqual(
      [
        '1: version: must be the number 1, unquoted, got the string "1"',
        '3: definitions: is an empty list; list at least one item',
        '4: defaults.tags: expected a mapping, got a list',
        '7: environments.dev.account: an AWS account id is 12 digits, got "11111111111" (11 digits); write all 12 digits, leading zeros included',
        '9: environments.dev.deployRole: expected the ARN of an IAM role such as arn:aws:iam::111111111111:role/rolegate-deployer, got "not-an-arn"',
        '10: expiry.expiringWithinDays: must be at least 0, got -1',
        '11: limits.trustPolicySize: must be at most 4096, got 5000',
        '11: limits.managedPoliciesPerRole: expected a whole number, got number 1.5',
        '12: deploy.events[1]: "foo" is not a GitHub Actions event; use one such as push, workflow_dispatch or schedule',
        '12: deploy.events[2]: pull_request events run code that is not merged yet; RoleGate never deploys from them',
        '14: managedByAcknowledgement.managedBy: is empty; write a value'
      ].sort()
    )
    expect(result.findings.map(f => f.message).join('\n')).not.toMatch(
      /Too (small|big)|expected (int|record|array|object)\b/
    )
  })

  it('reports a repeated key and every other problem in one run, and loads nothing', () => {
    const result = loadConfig({
      path: 'rolegate.yml',
      text: 'version: 1\nproject: demo\nproject: demo2\nnaming: 5\ndefaults:\n  maxSessionDuration: 3600\n  bogus: 1\nenvironments:\n  dev: { account: "11111111111", region: us-east-1, region: us-east-2 }\n'
    })
    expect(result.config).toBeUndefined()
    expect(result.findings.map(f => `${f.line}:${f.column} ${f.message}`)).toEqual([
      '3:1 duplicate key "project"; each key may appear once per mapping; merge the two entries',
      '9:53 duplicate key "region"; each key may appear once per mapping; merge the two entries',
      '4:1 naming: expected a quoted string, got number 5',
      '7:3 defaults: unknown key "bogus"',
      '9:10 environments.dev.account: an AWS account id is 12 digits, got "11111111111" (11 digits); write all 12 digits, leading zeros included'
    ])
    // Only a repeated key: the value read is valid, and still not used.
    const valid = loadConfig({
      path: 'rolegate.yml',
      text: 'version: 1\nproject: p\nproject: p\nenvironments:\n  dev: { account: "111111111111", region: us-east-1 }\n'
    })
    expect(valid.config).toBeUndefined()
    expect(valid.findings.map(f => f.line)).toEqual([3])
  })

  it('says an empty rolegate.yml is empty', () => {
    const result = loadConfig({ path: 'rolegate.yml', text: '# nothing yet\n' })
    expect(result.findings[0].message).toMatch(/rolegate.yml is empty/)
  })
})

describe('loading definitions', () => {
  it('reads several YAML documents from one file and JSON files', () => {
    const result = loadDefinitions([
      {
        path: 'iam/a.yml',
        text: 'kind: Role\nname: a\ntrust: { Statement: [] }\n---\nkind: ManagedPolicy\nname: p\ndocument: { Statement: [] }\n'
      },
      { path: 'iam/b.json', text: '{ "kind": "Role", "name": "b", "trust": { "Statement": [] } }' }
    ])
    expect(result.findings).toEqual([])
    expect(result.definitions.map(d => `${d.file}:${d.location.line} ${d.definition.name}`)).toEqual([
      'iam/a.yml:1 a',
      'iam/a.yml:5 p',
      'iam/b.json:1 b'
    ])
  })

  it('points at broken YAML with line, column and a hint', () => {
    const { findings } = definition('kind: Role\nname: a\ntrust:\n  Statement: [\n')
    expect(findings).toHaveLength(1)
    expect(findings[0]).toMatchObject({ rule: 'schema', severity: 'error', file: 'iam/role.yml' })
    expect(findings[0].message).toMatch(/invalid YAML/)
    expect(findings[0].line).toBeGreaterThanOrEqual(4)
  })

  it('reports duplicate keys, naming the key, in block and in flow style', () => {
    const { findings } = definition('kind: Role\nname: a\nname: b\ntrust: { Statement: [] }\n')
    expect(findings[0].message).toBe(
      'duplicate key "name"; each key may appear once per mapping; merge the two entries'
    )
    expect(findings[0].line).toBe(3)
    const flow = definition(
      'kind: Role\nname: a\ntrust: {"Statement": [{"Effect": "Allow", "Effect": "Deny"}]}\n'
    )
    expect(flow.findings[0]).toMatchObject({ line: 3, column: 43 })
    expect(flow.findings[0].message).toMatch(/^duplicate key "Effect";/)
    // Condition keys hold colons: the key is named whole.
    const condition = definition(
      'kind: Role\nname: a\ntrust:\n  Statement:\n    - Condition:\n        StringEquals:\n          aws:SourceAccount: "1"\n          aws:SourceAccount: "2"\n'
    )
    expect(condition.findings[0]).toMatchObject({ line: 8 })
    expect(condition.findings[0].message).toMatch(/^duplicate key "aws:SourceAccount";/)
  })

  it('reports every repeated key of a file and its other problems at once; loads none of its definitions', () => {
    const { findings, definitions } = definition(
      'kind: Role\nname: a\nname: b\ntrust: {"Statement": [{"Effect": "Allow", "Effect": "Deny"}]}\ndescription: 5\n---\nkind: Role\nname: c\ntrust: { Statement: [] }\ntags:\n  Null: x\n  Null: y\n'
    )
    expect(definitions).toEqual([])
    expect(findings.map(f => `${f.line}:${f.column} ${f.message}`)).toEqual([
      '3:1 duplicate key "name"; each key may appear once per mapping; merge the two entries',
      '4:43 duplicate key "Effect"; each key may appear once per mapping; merge the two entries',
      '12:3 duplicate key "Null"; each key may appear once per mapping; merge the two entries',
      '5:1 description: expected a quoted string, got number 5'
    ])
  })

  it.each([
    ['a double quote', 'kind: Role\nname: "x\ntrust:\n  Statement: []\n', 2, 7, 'this quote is never closed'],
    ['a single quote after an escaped one', "kind: Role\nname: 'it''s\n", 2, 7, 'this quote is never closed'],
    ['a bracket', 'kind: Role\nname: [\n', 2, 7, 'a bracket or quote opened above is never closed']
  ])('points an unclosed %s at a line of the file, not past its end', (_, text, line, column, hint) => {
    const { findings } = definition(text)
    expect(findings).toHaveLength(1)
    expect(findings[0]).toMatchObject({ line, column })
    expect(findings[0].message).toMatch(/^invalid YAML: unexpected end of the stream within/)
    expect(findings[0].message).toContain(hint)
    expect(line).toBeLessThanOrEqual(text.trimEnd().split('\n').length)
  })

  it('reports each item of a list of definitions at its own line', () => {
    const { findings, definitions } = definition(
      '- kind: Role\n  name: a\n  trust: { Statement: [] }\n- oops\n- 42\n- kind: Role\n  name: b\n  trust: { Statement: [] }\n'
    )
    expect(findings.map(f => `${f.line}:${f.column} ${f.message}`)).toEqual([
      '4:3 expected a mapping, got string "oops"',
      '5:3 expected a mapping, got number 42'
    ])
    expect(definitions.map(item => `${item.definition.name}@${item.location.line}`)).toEqual(['a@1', 'b@6'])
  })

  it('reports wrong types and unknown keys at the offending line', () => {
    const { findings, definitions } = definition(
      'kind: Role\nname: a\ntrust: { Statement: [] }\nmaxSessionDuration: "one hour"\nmanagedPolicy: [x]\n'
    )
    expect(definitions).toEqual([])
    expect(findings.map(f => [f.line, f.message])).toEqual(
      expect.arrayContaining([
        [4, 'maxSessionDuration: expected a number, got string "one hour"'],
        [5, 'unknown key "managedPolicy" (did you mean "managedPolicies"?)']
      ])
    )
  })

  it('names the kind written and the valid kinds when kind is wrong', () => {
    const messages = (text: string) => definition(text).findings.map(f => `${f.line}: ${f.message}`)
    expect(messages('# a group\nkind: Group\nname: a\n')).toEqual([
      '2: kind "Group" is not one of "Role", "ManagedPolicy"'
    ])
    expect(messages('kind: role\nname: a\n')).toEqual([
      '1: kind "role" is not one of "Role", "ManagedPolicy" (did you mean "Role"?)'
    ])
    expect(messages('kind: 3\nname: a\n')).toEqual([
      '1: kind must be one of "Role", "ManagedPolicy", got number 3'
    ])
    expect(messages('name: a\n')).toEqual([
      '1: required key "kind" is missing; use one of "Role", "ManagedPolicy"'
    ])
  })

  it('requires a reason for every suppression', () => {
    const { findings } = definition(
      'kind: Role\nname: a\ntrust: { Statement: [] }\nsuppress:\n  - rule: service-wildcard\n    reason: "  "\n'
    )
    expect(findings[0]).toMatchObject({ line: 6, message: expect.stringMatching(/needs a reason/) })
  })

  it('reports a suppression of a misspelt rule id at its line, instead of silencing nothing unnoticed', () => {
    const { findings, definitions } = definition(
      'kind: Role\nname: a\ntrust: { Statement: [] }\nsuppress:\n  - rule: service-wildcard\n    reason: ok\n  - rule: service-wildcrd\n    reason: ok\n'
    )
    expect(definitions).toEqual([])
    expect(findings.map(f => [f.rule, f.severity, f.line, f.message])).toEqual([
      [
        'schema',
        'error',
        7,
        'suppress[1].rule: unknown rule id "service-wildcrd" (did you mean "service-wildcard"?); docs/rules.md lists every rule'
      ]
    ])
  })

  it.each([
    ['empty', ''],
    ['only a comment', '# moved\n'],
    ['only null', '~\n'],
    ['an empty JSON list', '[]\n']
  ])('refuses a file that is %s: its roles would look removed', (_, text) => {
    const { findings } = definition(text)
    expect(findings).toEqual([
      expect.objectContaining({
        severity: 'error',
        line: 1,
        message:
          'file has no definitions; an empty file is refused because its roles would look removed (and be deleted by a deploy with prune): put the definitions back, or delete the file to remove its roles'
      })
    ])
  })

  it('bounds YAML alias expansion instead of exhausting memory', () => {
    const levels = ['a: &a [1,1,1,1,1,1,1,1,1,1]']
    for (const name of ['b', 'c', 'd', 'e', 'f', 'g']) {
      const previous = String.fromCharCode(name.charCodeAt(0) - 1)
      levels.push(`${name}: &${name} [${Array(10).fill(`*${previous}`).join(',')}]`)
    }
    const { findings } = definition(levels.join('\n') + '\n')
    expect(findings[0].message).toContain(`more than ${MAX_NODES_PER_FILE} values`)
  })

  it('validates a __proto__ key of a definition however it is written (escaped in a quoted key too)', () => {
    const trust =
      'trust: { Statement: [{ Effect: Allow, Principal: { Service: lambda.amazonaws.com }, Action: sts:AssumeRole }] }'
    for (const key of ['__proto__', '"\\x5f_proto__"', '"\\u005f_proto__"']) {
      const { definitions, findings } = definition(
        `kind: Role\nname: app\n${trust}\ntags:\n  ${key}: { nested: 1 }\n`
      )
      expect(definitions).toEqual([])
      expect(findings).toEqual([
        expect.objectContaining({
          rule: 'schema',
          line: 5,
          message: expect.stringMatching(/^tags\.__proto__: /)
        })
      ])
    }
  })

  it('validates a __proto__ key written without a value, in a flow mapping or as a ? key', () => {
    const trust =
      'trust: { Statement: [{ Effect: Allow, Principal: { Service: lambda.amazonaws.com }, Action: sts:AssumeRole }] }'
    expect(definition(`kind: Role\nname: app\n${trust}\ntags: {team: x, __proto__}\n`).findings).toEqual([
      expect.objectContaining({
        line: 4,
        message: expect.stringMatching(/^tags\.__proto__: expected a string, a number or true\/false/)
      })
    ])
    expect(definition(`kind: Role\nname: app\n${trust}\npolicies:\n  ? __proto__\n`).findings).toEqual([
      expect.objectContaining({ message: expect.stringMatching(/^policies\.__proto__: expected a mapping/) })
    ])
    const config = loadConfig({
      path: 'rolegate.yml',
      text: 'version: 1\nproject: p\nenvironments: {prod: {account: "123456789012", region: us-east-1}, __proto__}\n'
    })
    expect(config.config).toBeUndefined()
    expect(config.findings[0].message).toMatch(
      /^environments\.__proto__: key "__proto__" is not allowed here/
    )
  })

  it('bounds nesting built from single-pair flow items ([key: value]), which raise no parse events', () => {
    const { findings } = definition('x: ' + '[a: '.repeat(60) + '1' + ']'.repeat(60) + '\n')
    expect(findings[0].message).toContain('values nest more than 64 levels deep')
  })

  it('finds an alias cycle only where an anchor is written; "&" in a value is just text', () => {
    const { findings } = definition('kind: Role\nname: "R&D"\nloop: &l { again: *l }\n')
    expect(findings[0].message).toContain('this alias refers to a value that contains it')
  })

  it('reports a file that could not be decoded as UTF-8', () => {
    const result = loadDefinitions([{ path: 'iam/latin1.yml', readError: 'file is not valid UTF-8 text' }])
    expect(result.findings[0]).toMatchObject({
      file: 'iam/latin1.yml',
      line: 1,
      message: expect.stringMatching(/UTF-8/)
    })
  })
})

describe('what a definition may hold', () => {
  it('names every type a value may have when it has none of them', () => {
    const { findings } = definition(
      'kind: Role\nname: a\ntrust: { Statement: [] }\nmanagedPolicies: [null]\n'
    )
    expect(findings.map(f => `${f.line}:${f.column} ${f.message}`)).toEqual([
      '4:19 managedPolicies[0]: expected a mapping or a string, got null'
    ])
  })

  it("says CloudFormation's !Sub is not supported, at the tag", () => {
    const { findings } = definition('kind: Role\nname: t\ndescription: !Sub "${AWS::AccountId}-x"\n')
    expect(findings.map(f => `${f.line}:${f.column} ${f.message}`)).toEqual([
      '3:14 !Sub is a CloudFormation intrinsic function, and RoleGate does not evaluate CloudFormation functions; write the literal value, or a RoleGate {variable} such as {account}, {region} or {project}'
    ])
    expect(definition('kind: Role\nname: t\ndescription: !!binary aGk=\n').findings[0]).toMatchObject({
      line: 3,
      column: 14,
      message: 'unknown YAML tag !!binary; RoleGate reads plain YAML values: remove the tag'
    })
  })
})

describe('numbers and keys YAML would change', () => {
  const located = (text: string) => definition(text).findings.map(f => `${f.line}:${f.column} ${f.message}`)

  it('reports a number in a policy, a tag or a condition whose text YAML drops, at its line', () => {
    const text = [
      'kind: Role', // 1
      'name: num',
      'trust:',
      '  Version: 2012-10-17',
      '  Statement:', // 5
      '    - Effect: Deny',
      '      Principal: { AWS: "arn:aws:iam::111111111111:root" }',
      '      Action: sts:AssumeRole',
      '      Condition:',
      '        StringNotEquals: { "aws:SourceAccount": 012345678901 }', // 10
      '        NumericLessThan: { "aws:MultiFactorAuthAge": 0x10 }',
      '        Bool: { "aws:SecureTransport": true }',
      'tags:',
      '  Num: 012',
      '  Float: 1.50', // 15
      '  Plain: 42',
      '  Exp: 1e3',
      '  Inf: .inf',
      'maxSessionDuration: 3600',
      ''
    ].join('\n')
    expect(located(text)).toEqual([
      '10:49 YAML reads 012345678901 as the number 12345678901, so the text would change; quote it: "012345678901"',
      '11:54 YAML reads 0x10 as the number 16, so the text would change; quote it: "0x10"',
      '14:8 YAML reads 012 as the number 12, so the text would change; quote it: "012"',
      '15:10 YAML reads 1.50 as the number 1.5, so the text would change; quote it: "1.50"',
      '17:8 YAML reads 1e3 as the number 1000, so the text would change; quote it: "1e3"',
      '18:8 YAML reads .inf as a number that JSON cannot hold (it becomes null), so the text would change; quote it: ".inf"',
      // Validation too: a tag value must be finite.
      '18:3 tags.Inf: expected a string, a number or true/false, got .inf'
    ])
  })

  it('keeps numbers where RoleGate wants a number, however written', () => {
    const { findings, definitions } = definition(
      'kind: Role\nname: a\ntrust: { Statement: [] }\nmaxSessionDuration: 3600.0\noverrides:\n  dev: { maxSessionDuration: 0xE10 }\n'
    )
    expect(findings).toEqual([])
    expect((definitions[0].definition as RoleDefinition).maxSessionDuration).toBe(3600)
  })

  it('reports a changed number in a block list, a JSON file and rolegate.yml variables', () => {
    expect(
      located(
        'kind: Role\nname: a\ntrust:\n  Statement:\n    - Effect: Allow\n      Resource:\n        - 0123\n'
      )
    ).toEqual(['7:11 YAML reads 0123 as the number 123, so the text would change; quote it: "0123"'])
    expect(
      loadDefinitions([
        {
          path: 'iam/a.json',
          text: '[{"kind": "Role", "name": "a", "trust": {"Statement": []}, "tags": {"n": 1.0}}]'
        }
      ]).findings.map(f => `${f.line}:${f.column} ${f.message}`)
    ).toEqual(['1:74 YAML reads 1.0 as the number 1, so the text would change; quote it: "1.0"'])
    const config = loadConfig({
      path: 'rolegate.yml',
      text: 'version: 1\nproject: p\nenvironments:\n  dev:\n    account: "111111111111"\n    region: us-east-1\n    variables: { trusted: 012345678901 }\n'
    })
    expect(config.findings.map(f => `${f.line}:${f.column} ${f.message}`)).toEqual([
      '7:27 YAML reads 012345678901 as the number 12345678901, so the text would change; quote it: "012345678901"'
    ])
  })

  it('does not load a definition with a key that is a list or a mapping', () => {
    const text = [
      'kind: Role',
      'name: t',
      'trust: { Statement: [] }',
      'tags:',
      '  ? {x: y}', // 5
      '  : complex',
      '  ? [ab]',
      '  : list',
      '  0x1F: hexkey',
      '  1: fine', // 10
      'policies:',
      '  ? [P1]',
      '  : { Statement: [] }',
      ''
    ].join('\n')
    const { findings, definitions } = definition(text)
    expect(definitions).toEqual([])
    expect(findings.map(f => `${f.line}:${f.column} ${f.message}`)).toEqual([
      '5:5 this key is a mapping, and a key must be text; write the key as a string',
      '7:5 this key is a list, and a key must be text; write the key as a string',
      '12:5 this key is a list, and a key must be text; write the key as a string'
    ])
    expect(findings.map(f => f.message).join('\n')).not.toContain('[object Object]')
  })
  it("keeps the written text of a key YAML would read as null, a boolean or a number (IAM's Null operator)", () => {
    const text = [
      'kind: Role',
      'name: t',
      'trust: { Statement: [] }',
      'tags: { 0x1F: hex, True: yes, 007: bond }',
      'policies:',
      '  P:',
      '    Statement:',
      '      - Effect: Deny',
      '        Action: "*"',
      '        Resource: "*"',
      '        Condition: { Null: { "aws:SourceIdentity": "true" } }',
      ''
    ].join('\n')
    const { findings, definitions } = definition(text)
    expect(findings).toEqual([])
    const [{ definition: role }] = definitions
    expect(role.kind === 'Role' && role.tags).toEqual({ '0x1F': 'hex', True: 'yes', '007': 'bond' })
    expect(JSON.stringify(role)).toContain('"Condition":{"Null":{"aws:SourceIdentity":"true"}}')
  })

  it('reports a key that repeats another once YAML keeps its text', () => {
    const { findings, definitions } = definition(
      'kind: Role\nname: t\ntrust: { Statement: [] }\ntags: { Null: a, "Null": b }\n'
    )
    expect(definitions).toEqual([])
    expect(findings.map(f => `${f.line}:${f.column} ${f.message}`)).toEqual([
      '4:9 duplicate key "Null"; each key may appear once per mapping; merge the two entries'
    ])
  })
})
