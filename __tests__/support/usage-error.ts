import { UsageError } from '../../src/model/errors.js'

/** The message of the UsageError `promise` rejects with; fails the test if it resolves or throws another error. */
export async function usageErrorOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught
  )
  expect(error).toBeInstanceOf(UsageError)
  return (error as Error).message
}
