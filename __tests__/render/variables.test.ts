import { substituteString } from '../../src/render/variables.js'

describe('substituteString', () => {
  const variables = { project: 'shop', environment: 'dev', 'app.name': 'web' }
  const render = (text: string) => {
    const unknown: string[] = []
    return { text: substituteString(text, variables, name => unknown.push(name)), unknown }
  }

  it('replaces every {variable}, keys with dots included, and leaves the rest as written', () => {
    expect(render('arn:aws:s3:::{project}-{environment}-{app.name}/*')).toEqual({
      text: 'arn:aws:s3:::shop-dev-web/*',
      unknown: []
    })
    expect(render('{{project}}')).toEqual({ text: '{shop}', unknown: [] })
    expect(render('}{project}{')).toEqual({ text: '}shop{', unknown: [] })
    expect(render('{project')).toEqual({ text: '{project', unknown: [] })
    expect(render('{ project }')).toEqual({ text: '{ project }', unknown: [] })
  })

  it("leaves IAM's ${variables} alone and reports unknown names, Object's members included", () => {
    expect(render('home/${aws:username}/{project}')).toEqual({
      text: 'home/${aws:username}/shop',
      unknown: []
    })
    expect(render('${project}')).toEqual({ text: '${project}', unknown: [] })
    expect(render('{bukcet}-{constructor}-{project}')).toEqual({
      text: '{bukcet}-{constructor}-shop',
      unknown: ['bukcet', 'constructor']
    })
  })
})
