import type { Rule } from '../types.js'
import { malformedPolicy } from './malformed-policy.js'

/** Rules that run over rendered state. Definition rules (schema, unknown-variable, ...) run while loading and rendering. */
export const IMPLEMENTED_RULES: readonly Rule[] = [malformedPolicy]
