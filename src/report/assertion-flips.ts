/**
 * The words for an assertion flip (compare/assertions.ts), shared by the comment, the job summary
 * and the terminal: "after this PR task-role CAN s3:DeleteObject on arn:…", then what that does
 * to the assertion. Plain strings; each caller escapes for its medium.
 */
import type { AssertionFlip, AssertionRequestFlip } from '../compare/model.js'

const VERB: Record<AssertionRequestFlip['after'], string> = {
  allow: 'CAN',
  deny: 'CANNOT',
  unknown: 'may or may not (RoleGate cannot read a policy that decides)'
}

/** `CAN` / `CANNOT` / ..., the request's action and resource: the flip a reviewer reads first. */
export function flipVerb(request: AssertionRequestFlip): string {
  if (request.after === 'unknown' && request.undecidedKeys)
    return `may or may not (it depends on ${request.undecidedKeys.join(', ')}, which the assertion does not give)`
  return VERB[request.after]
}

/** What the change does to the assertion: `now fails`, `now passes`, `is now unknown (fails closed)`. */
export function flipOutcome(flip: AssertionFlip): string {
  const outcome =
    flip.before === flip.after
      ? `still ${flip.after === 'passed' ? 'passes' : flip.after === 'failed' ? 'fails' : 'is unknown'}`
      : flip.after === 'passed'
        ? 'now passes'
        : flip.after === 'failed'
          ? 'now fails'
          : 'is now unknown (it fails closed)'
  return flip.removed ? `${outcome}, and this PR deletes it` : outcome
}

/** The assertion as written, short: `deny: s3:DeleteObject`, `allow: s3:GetObject, s3:PutObject`. */
export function assertionText(flip: AssertionFlip): string {
  return `${flip.assertion.expect}: ${flip.assertion.actions.join(', ')}`
}

export function flipIcon(flip: AssertionFlip): string {
  return flip.after === 'passed' ? '✅' : flip.after === 'failed' ? '❌' : '❔'
}
