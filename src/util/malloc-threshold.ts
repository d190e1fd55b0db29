/**
 * A run is one short process that keeps allocating and freeing large blocks through malloc (V8's
 * parser and compiler zones, file buffers). glibc serves every block over its mmap threshold, 128 KiB
 * at start, with a fresh mmap() and unmaps it on free, so each reuse faults its pages in again: a
 * cold validate of 1,000 roles took ~57,000 page faults, and in a VM each one is expensive. When a
 * block it mmap()ed is freed, glibc raises the threshold to that block's size (mallopt(3),
 * M_MMAP_THRESHOLD, "dynamic adjustment"; up to 32 MiB on 64-bit), and blocks under it then stay in
 * its heap for reuse. Freeing one 16 MiB block at start does that: ~39,000 page faults, validate of
 * the corpus 0.83× (docs/benchmarks.md). Elsewhere (musl, macOS, Windows) it is an allocation and
 * nothing more.
 *
 * Imported for its effect, first, by the entry points (src/main.ts, src/cli.ts).
 */

/** glibc's largest dynamic threshold is 32 MiB; a block of exactly that size is over it. */
const BLOCK_BYTES = 16 * 1024 * 1024

// Never written to, so no page of it is touched; V8 frees it at its first garbage collection.
Buffer.allocUnsafeSlow(BLOCK_BYTES)
