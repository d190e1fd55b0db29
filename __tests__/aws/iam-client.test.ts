/**
 * IAM's LimitExceeded is a quota, not throttling: the deploy's IAM client fails at once instead of
 * retrying for a minute; real throttling is still retried. A real IAM client against a local server.
 */
import { ListRolesCommand } from '@aws-sdk/client-iam'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { iamClient } from '../../src/aws/iam-client.js'
import { failureCause } from '../../src/aws/apply.js'

const error = (code: string, message: string) =>
  `<ErrorResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/"><Error><Type>Sender</Type><Code>${code}</Code><Message>${message}</Message></Error><RequestId>1</RequestId></ErrorResponse>`

let server: Server
let requests = 0
let reply: { status: number; body: string }
const saved = { ...process.env }

beforeAll(async () => {
  server = createServer((request, response) => {
    requests++
    request.resume()
    request.on('end', () => response.writeHead(reply.status, { 'content-type': 'text/xml' }).end(reply.body))
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  process.env.AWS_ENDPOINT_URL_IAM = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(async () => {
  process.env = saved
  await new Promise(resolve => server.close(resolve))
})
beforeEach(() => (requests = 0))

const credentials = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' }

it('a quota (LimitExceeded) fails on the first answer, as a rejected call', async () => {
  delete process.env.AWS_MAX_ATTEMPTS
  reply = { status: 409, body: error('LimitExceeded', 'Cannot exceed quota for RolesPerAccount: 1000') }
  const client = iamClient('us-east-1', credentials)
  const failed = await client.send(new ListRolesCommand({})).catch((caught: unknown) => caught)
  client.destroy()
  expect(requests).toBe(1)
  expect((failed as Error).message).toBe('Cannot exceed quota for RolesPerAccount: 1000')
  expect(failureCause(failed)).toBe('rejected')
})

it('throttling is still retried', async () => {
  process.env.AWS_MAX_ATTEMPTS = '2'
  reply = { status: 400, body: error('Throttling', 'Rate exceeded') }
  const client = iamClient('us-east-1', credentials)
  const failed = await client.send(new ListRolesCommand({})).catch((caught: unknown) => caught)
  client.destroy()
  expect(requests).toBe(2)
  expect((failed as Error).name).toBe('Throttling')
}, 30_000)
