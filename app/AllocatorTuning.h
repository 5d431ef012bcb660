#pragma once

namespace podwarden {

// glibc's allocator, tuned for an account of 100,000 keys (issue 16). By default every thread that
// allocates (the decode workers, the saved copy's writer) gets an arena of its own, and the pages
// freed in one are not reused by another; and once a large block has been freed, blocks of that
// size come from the heap instead of their own mappings, where a page's 0.5 MB body leaves holes.
// Two arenas and a fixed mapping threshold keep the first connect's peak some 25 MB lower. The
// price: every block of 128 KB or more (a page's body, a page's items) is a fresh mapping, faulted
// in and unmapped again, which makes a refresh of 100,000 keys slower (README, Performance).
// main() calls it first; so does bench_refresh, which measures the app as it runs.
void tuneAllocator();

} // namespace podwarden
