/**
 * Import renders files to learn names and to check its own output against live IAM, not to deploy
 * them: every time-bound grant counts as live (no `expires` is before the epoch), so a grant that
 * has expired in a file being merged still holds its name and its place.
 */
export const EVERY_GRANT_LIVE = new Date(0)
