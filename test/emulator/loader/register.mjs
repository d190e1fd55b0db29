// Lets plain `node` (20.6+) run the emulator's TypeScript sources without a build step:
//   node --import ./test/emulator/loader/register.mjs scripts/emulator.ts
// (Node 20 has no --experimental-strip-types; newer Node would not need this.)
import { register } from 'node:module'

register('./ts-hooks.mjs', import.meta.url)
