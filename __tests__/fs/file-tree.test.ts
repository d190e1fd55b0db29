/** Decoding a file's bytes: a file that is not UTF-8 is reported where its first invalid byte is. */
import { decodeUtf8, firstInvalidUtf8 } from '../../src/fs/file-tree.js'
import { loadProject } from '../../src/fs/load-project.js'
import { diskTree } from '../../src/fs/project-files.js'
import { BASIC_CONFIG, tempProject } from '../support/temp-project.js'

const latin1 = (text: string) => Buffer.from(text, 'latin1')

describe('a file that is not UTF-8', () => {
  it('is reported at the line and column of its first invalid byte, saying what to do', () => {
    const file = decodeUtf8('iam/r.yml', latin1('kind: Role\nname: r\ndescription: "café au lait"\n'))
    expect(file).toEqual({
      path: 'iam/r.yml',
      readError:
        'file is not valid UTF-8 text: byte 0xE9 here is the first that is not UTF-8 (a file saved as Latin-1 or Windows-1252 holds é, ü or “ ” as such bytes)',
      readHint: 'save the file with the encoding UTF-8, or retype the character there',
      readAt: { line: 3, column: 18 }
    })
  })

  it('counts columns in characters after valid multi-byte characters and a byte order mark', () => {
    const bytes = Buffer.concat([
      Buffer.from('\ufeffname: üé', 'utf8'),
      Buffer.from([0xff, 0xfe]),
      Buffer.from('\n', 'utf8')
    ])
    const file = decodeUtf8('iam/r.yml', bytes)
    expect(file.readAt).toEqual({ line: 1, column: 9 })
    expect(file.readError).toContain('bytes 0xFF 0xFE here are the first that are not UTF-8')
  })

  it('counts lines of a file with CRLF line ends', () => {
    const file = decodeUtf8('iam/r.yml', latin1('kind: Role\r\nname: r\r\n\r\ndescription: ü\r\n'))
    expect(file.readAt).toEqual({ line: 4, column: 14 })
  })

  it('says a UTF-16 file is UTF-16', () => {
    const file = decodeUtf8('iam/r.yml', Buffer.from('\ufeffkind: Role\n', 'utf16le'))
    expect(file.readError).toBe('file is UTF-16 text (it starts with a UTF-16 byte order mark), not UTF-8')
    expect(file.readAt).toBeUndefined()
  })

  it('finds the byte where the fatal decoder stops: overlong forms, surrogates, truncated sequences', () => {
    const decoder = new TextDecoder('utf-8', { fatal: true })
    const valid = (bytes: Uint8Array) => {
      try {
        decoder.decode(bytes)
        return true
      } catch {
        return false
      }
    }
    const cases = [
      [0xc0, 0x80], // overlong NUL
      [0xe0, 0x80, 0x80], // overlong
      [0xed, 0xa0, 0x80], // a surrogate
      [0xf4, 0x90, 0x80, 0x80], // past U+10FFFF
      [0x61, 0xe2, 0x82], // truncated at the end
      [0x61, 0xe2, 0x82, 0xac] // valid: €
    ]
    let seed = 7
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % 256
    for (let index = 0; index < 2000; index++)
      cases.push(Array.from({ length: 1 + (index % 9) }, () => (random() < 128 ? 0x80 | random() : random())))
    const wrong = cases
      .map(item => Uint8Array.from(item))
      .filter(bytes => {
        const offset = firstInvalidUtf8(bytes)
        return valid(bytes) !== (offset === bytes.length) || !valid(bytes.subarray(0, offset))
      })
    expect(wrong).toEqual([])
  })

  it('is a finding at that line and column when loading the project', async () => {
    const root = tempProject({
      'rolegate.yml': BASIC_CONFIG,
      'iam/r.yml': latin1('kind: Role\nname: r\n# Zürich\ntrust: { Statement: [] }\n')
    })
    const project = await loadProject(diskTree(root), 'rolegate.yml', { requireConfig: true })
    expect(project.findings.map(f => `${f.file}:${f.line}:${f.column} ${f.severity}`)).toEqual([
      'iam/r.yml:3:4 error'
    ])
  })
})
