/**
 * STS failing in ways other than refusing the credentials (throttling, a 5xx, a reply that is not
 * STS's) is not a RoleGate bug: one line that says nothing was changed and what to do (exit 2),
 * never "unexpected failure" with a stack. A real STS client against a local HTTP server.
 */
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { assumeRoleWithWebIdentity, verifyAccount } from '../../src/aws/credentials.js'
import { UsageError } from '../../src/model/errors.js'

const THROTTLED = `<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><Error><Type>Sender</Type><Code>Throttling</Code><Message>Rate exceeded</Message></Error><RequestId>1</RequestId></ErrorResponse>`

let server: Server
let reply: { status: number; body: string }
const saved = { ...process.env }

beforeAll(async () => {
  server = createServer((request, response) => {
    request.resume()
    request.on('end', () => response.writeHead(reply.status, { 'content-type': 'text/xml' }).end(reply.body))
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  process.env.AWS_ENDPOINT_URL_STS = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  process.env.AWS_MAX_ATTEMPTS = '1'
})
afterAll(async () => {
  process.env = saved
  await new Promise(resolve => server.close(resolve))
})

const credentials = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' }

describe('STS answers with an error that is not about the credentials', () => {
  it.each([
    [
      400,
      THROTTLED,
      /^AWS STS failed to check the credentials for plan: Throttling: Rate exceeded\. RoleGate changed nothing; STS is throttling requests: wait a minute and run again$/
    ],
    [
      503,
      '<html>Service Unavailable</html>',
      /^AWS STS failed to check the credentials for plan: .+\. RoleGate changed nothing; check that STS is reachable from here \(network, proxy, AWS_ENDPOINT_URL_STS\) and run again$/
    ],
    [
      200,
      'not xml at all <',
      /^AWS STS failed to check the credentials for plan: .+\. RoleGate changed nothing; check that STS is reachable/
    ]
  ])(
    'GetCallerIdentity answered %i: a usage error saying nothing was changed',
    async (status, body, message) => {
      reply = { status, body }
      const error = await verifyAccount(credentials, 'us-east-1', '111111111111', 'dev', 'plan').catch(
        (caught: unknown) => caught
      )
      expect(error).toBeInstanceOf(UsageError)
      expect((error as Error).message).toMatch(message)
    }
  )

  it('AssumeRoleWithWebIdentity throttled: a usage error naming the role', async () => {
    reply = { status: 400, body: THROTTLED }
    const error = await assumeRoleWithWebIdentity({
      token: 'a.e30.c',
      roleArn: 'arn:aws:iam::111111111111:role/deployer',
      sessionName: 'rolegate-test',
      region: 'us-east-1',
      mask: () => undefined
    }).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(UsageError)
    expect((error as Error).message).toBe(
      'AWS STS failed to assume arn:aws:iam::111111111111:role/deployer: Throttling: Rate exceeded. RoleGate changed nothing; STS is throttling requests: wait a minute and run again'
    )
  })
})
