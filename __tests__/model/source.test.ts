/**
 * Source positions as findings report them: where a key, an item or an object was written, after
 * parsing and after a rendered copy (kept while trying another representation of them, issue 14).
 */
import { parseYamlFile } from '../../src/definitions/parse-yaml.js'
import { linkPositions, positionAt, positionOf, setPosition } from '../../src/model/source.js'

function parsed(text: string): Record<string, unknown> {
  const { documents, problems } = parseYamlFile('iam/a.yml', text)
  expect(problems).toEqual([])
  return documents[0].value as Record<string, unknown>
}

const at = (line: number, column: number) => ({ file: 'iam/a.yml', line, column })

describe('source positions', () => {
  it('a document starting at the first character is at line 1, column 1', () => {
    expect(positionOf(parsed('a: 1\n'))).toEqual(at(1, 1))
  })

  it('keys of a mapping and items of a list, block and flow', () => {
    const root = parsed('kind: Role\nname: app\nlist:\n  - one\n  - [x, y]\nflow: { b: 1, "c": 2 }\n')
    expect(positionOf(root, 'name')).toEqual(at(2, 1))
    expect(positionOf(root, 'list')).toEqual(at(3, 1))
    const list = root.list as unknown[]
    expect(positionOf(list, 1)).toEqual(at(5, 5))
    expect(positionOf(list[1], 1)).toEqual(at(5, 9))
    expect(positionOf(root.flow, 'c')).toEqual(at(6, 15))
    // A key that was not written: where the object starts.
    expect(positionOf(root.flow, 'missing')).toEqual(at(6, 7))
    expect(positionAt(root, ['list', 1, 0])).toEqual(at(5, 6))
  })

  it('a mapping with many keys, and keys kept as written', () => {
    const keys = Array.from({ length: 40 }, (_, index) => `k${index}: ${index}`)
    const root = parsed(`${keys.join('\n')}\nNull: x\n10: y\n`)
    expect(positionOf(root, 'k0')).toEqual(at(1, 1))
    expect(positionOf(root, 'k39')).toEqual(at(40, 1))
    expect(positionOf(root, 'Null')).toEqual(at(41, 1))
    // An integer-like key (JavaScript lists it first among the object's keys).
    expect(positionOf(root, '10')).toEqual(at(42, 1))
    expect(positionOf(root, 'k40')).toEqual(at(1, 1))
  })

  it('a rendered copy answers with the original, and a renamed key with its own position', () => {
    const root = parsed('Statement:\n  - Effect: Allow\n    Action: s3:GetObject\n')
    const statement = (root.Statement as Record<string, unknown>[])[0]
    const copy = { ...statement, Resource: '*' }
    linkPositions(statement, copy)
    expect(positionOf(copy, 'Action')).toEqual(at(3, 5))
    setPosition(copy, 'Resource', at(9, 9))
    expect(positionOf(copy, 'Resource')).toEqual(at(9, 9))
    expect(positionOf(copy)).toEqual(at(2, 5))
  })
})
