/**
 * Where RoleGate is published, for the files `rolegate init` writes. Kept in step with
 * package.json (`name`, `repository`) by __tests__/init/package.test.ts.
 */

/** The npm package: schema modelines point into node_modules/<PACKAGE_NAME>/schema/. */
export const PACKAGE_NAME = 'rolegate'

/**
 * PLACEHOLDER until the repository that publishes the action is settled (packaging sets it, with
 * package.json `repository`): the workflow `rolegate init` writes says `uses: <ACTION_REPOSITORY>@<ACTION_REF>`.
 */
export const ACTION_REPOSITORY = 'rolegate/rolegate'

/** The major tag the release moves, so user workflows get fixes without editing. */
export const ACTION_REF = 'v1'
