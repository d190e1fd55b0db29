/**
 * A run is one short process whose malloc heaps keep growing and shrinking (V8's compile jobs and
 * file buffers free megabytes at a time). glibc starts with a 128 KiB trim threshold: memory freed
 * at the top of a heap goes back to the kernel, and the next growth faults it in again, page by
 * page; in a VM each fault is expensive. When a block glibc mmap()ed is freed, it raises the mmap
 * threshold to that block's size and the trim threshold to twice that (mallopt(3), "dynamic
 * adjustment"). Freeing one 16 MiB block at start-up so keeps freed memory up to 32 MiB per heap for
 * reuse: a cold validate of 1,000 roles × 3 environments ~43,000 → ~39,000 page faults, 0.93–0.98×
 * wall on Node 20 (docs/benchmarks.md; most of it is the trim threshold). Elsewhere (musl, macOS,
 * Windows) it is one allocation and nothing more.
 *
 * Imported for its effect, first, by the entry points (src/main.ts, src/cli.ts).
 */

/**
 * glibc adjusts only for a freed block of at most 32 MiB; a 32 MiB request is 32 MiB and a page, so
 * it would change nothing. 16 MiB stays under that.
 */
const BLOCK_BYTES = 16 * 1024 * 1024

try {
  // Never written to (only glibc's header page is touched); V8 frees it after its first garbage
  // collection, on a helper thread: the thresholds are the process's.
  Buffer.allocUnsafeSlow(BLOCK_BYTES)
} catch {
  // No memory for it (a tight ulimit): then there is nothing to gain, and nothing to report.
}
