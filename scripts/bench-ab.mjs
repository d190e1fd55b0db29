/**
 * Before/after on a noisy machine: runs two builds of the CLI on the same command, alternating
 * (A, B, A, B, ...), and prints each one's medians: wall time, CPU time (user + system) and peak
 * memory. Run back to back instead, a machine whose speed drifts (a shared VM) can make the same
 * build look 20% slower in the second run; alternating exposes both builds to the same drift.
 *
 *   node scripts/bench-ab.mjs [--runs 9] [--cwd DIR] [--node PATH] BEFORE.js AFTER.js -- ARGS...
 *
 * e.g. after `npx tsx scripts/bench.ts --only validate --keep` (it prints the corpus folder):
 *   node scripts/bench-ab.mjs --cwd /tmp/rolegate-bench-XXXX /tmp/old/dist/cli/index.js \
 *     dist/cli/index.js -- validate --config rolegate.yml --format json
 */
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { parseArgs } from 'node:util'

const USAGE =
  'usage: node scripts/bench-ab.mjs [--runs N] [--cwd DIR] [--node PATH] BEFORE.js AFTER.js -- ARGS...'

function usageError(message) {
  console.error(message ? `bench-ab: ${message}\n${USAGE}` : USAGE)
  process.exit(2)
}

function parseOptions() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        runs: { type: 'string', default: '9' },
        cwd: { type: 'string', default: process.cwd() },
        node: { type: 'string', default: process.execPath },
        help: { type: 'boolean', short: 'h', default: false }
      }
    })
  } catch (error) {
    return usageError(error.message)
  }
}

const { values, positionals } = parseOptions()
if (values.help) {
  console.log(USAGE)
  process.exit(0)
}
const [before, after, ...args] = positionals
const runs = Number(values.runs)
if (!before || !after) usageError('two builds to compare are needed')
if (!Number.isInteger(runs) || runs < 1) usageError('--runs must be a positive integer')

/**
 * Preloaded into each child: its CPU time, peak memory and page faults on exit (as scripts/bench.ts
 * does). Page faults are what a VM makes expensive (src/util/malloc-threshold.ts).
 */
const PROBE = `data:text/javascript,process.on('exit',()=>{const u=process.resourceUsage();process.stderr.write('\\nAB_CPU_US '+(u.userCPUTime+u.systemCPUTime)+' AB_RSS_KB '+u.maxRSS+' AB_FAULTS '+(u.minorPageFault+u.majorPageFault)+'\\n')})`

function run(cli) {
  const start = performance.now()
  const result = spawnSync(values.node, ['--import', PROBE, path.resolve(cli), ...args], {
    cwd: values.cwd,
    encoding: 'utf8',
    maxBuffer: 1 << 30
  })
  const wall = performance.now() - start
  if (result.error) throw result.error
  const probe = /AB_CPU_US (\d+) AB_RSS_KB (\d+) AB_FAULTS (\d+)/.exec(result.stderr)
  if (!probe)
    throw new Error(`${cli} exited ${result.status} without reporting: ${result.stderr.slice(-500)}`)
  return {
    wall,
    cpu: Number(probe[1]) / 1000,
    rss: Number(probe[2]) / 1024,
    faults: Number(probe[3]),
    status: result.status
  }
}

const samples = { [before]: [], [after]: [] }
for (let index = 0; index < runs; index++) for (const cli of [before, after]) samples[cli].push(run(cli))

const median = list => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]
const figures = cli => {
  const list = samples[cli]
  return {
    wall: median(list.map(sample => sample.wall)),
    cpu: median(list.map(sample => sample.cpu)),
    rss: median(list.map(sample => sample.rss)),
    faults: median(list.map(sample => sample.faults)),
    status: list[list.length - 1].status
  }
}
const a = figures(before)
const b = figures(after)
console.log(`${runs} alternating runs each of: ${args.join(' ')} (in ${values.cwd})`)
for (const [label, cli, f] of [
  ['before', before, a],
  ['after', after, b]
])
  console.log(
    `${label.padEnd(7)} wall ${f.wall.toFixed(0).padStart(6)} ms  cpu ${f.cpu.toFixed(0).padStart(6)} ms  peak ${f.rss.toFixed(0)} MB  ${f.faults} page faults  exit ${f.status}  ${cli}`
  )
console.log(
  `after ÷ before: wall ${(b.wall / a.wall).toFixed(2)}×, cpu ${(b.cpu / a.cpu).toFixed(2)}×, peak memory ${(b.rss / a.rss).toFixed(2)}×, page faults ${(b.faults / a.faults).toFixed(2)}×`
)
