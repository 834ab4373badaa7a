/**
 * How the language server's process is best started. The VS Code client starts it so; other editors may do the same
 * on their command line (README › Use the language server from any editor). `npm run bench` measures the effect.
 */

/**
 * The server's own thread gets a young generation of 1 MB semi-spaces instead of V8's default 16 MB: it receives
 * messages, keeps documents and sends diagnostics, and little of what it allocates survives. The check workers, which
 * allocate each check's garbage, get 2 MB (workerSemiSpaceMb): a process flag sizes every isolate made after it is
 * read, so the server sets the flag again for its workers before it starts one (server.ts).
 */
export const serverNodeFlags: readonly string[] = ['--max-semi-space-size=1'];

/**
 * The check and side workers' semi-space (MB): each check's garbage is collected young, and the resident memory with
 * 200 open postings is about a fifth lower than with V8's default 16 MB, at no measurable cost in latency. 2 MB rather
 * than 4: V8 gives back a young generation only after seconds of little allocation, so a worker's stands at its largest
 * just after postings are opened; 4 MB less there, for no measurable CPU per key on seed-size or large postings (1 MB
 * cost large postings 20 to 35% more CPU per key). posting-lint's workers keep their own setting (docs/performance-history.md).
 */
export const workerSemiSpaceMb = 2;

/**
 * One malloc arena (glibc; other C libraries ignore it). By default every thread that allocates gets an arena of its
 * own, and V8's helper threads keep what they freed in theirs: about 6 MB with 200 open postings that the server
 * never uses again. The server does its work on one thread, so sharing one arena costs nothing measurable.
 */
export const serverEnvironment: Readonly<Record<string, string>> = {
  MALLOC_ARENA_MAX: '1',
  // glibc raises its mmap threshold (up to 32 MB) each time a large block is freed, so texts and buffers of a few
  // hundred KB end up in the heap, whose top it then keeps (the trim threshold follows, twice as high). Fixed at
  // 128 KB, the glibc default before any raise, such blocks are mapped and returned when freed: 4 MB less with 200 open
  // postings (docs/performance-history.md).
  MALLOC_MMAP_THRESHOLD_: '131072',
  MALLOC_TRIM_THRESHOLD_: '131072',
};
