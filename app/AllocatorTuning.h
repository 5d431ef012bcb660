#pragma once

namespace podwarden {

// glibc's allocator, tuned for an account of 100,000 keys (issue 16). By default every thread that
// allocates (the decode workers, the saved copy's writer, the network thread) gets an arena of its
// own, up to eight a core, and the memory freed in one is not reused by another: two arenas keep
// the first connect's peak at 100,000 keys some 10 MB lower. A fixed mapping threshold (128 KB)
// saved 10 MB more, but made every page's body and items a fresh mapping, faulted in and unmapped
// again: a refresh of 100,000 keys took 2.4 s instead of 1.6 s, so it is not set.
// main() calls it first; so does bench_refresh, which measures the app as it runs.
void tuneAllocator();
inline constexpr int kArenas = 2;

} // namespace podwarden
