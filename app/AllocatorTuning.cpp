#include "AllocatorTuning.h"

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace podwarden {

void tuneAllocator()
{
#ifdef __GLIBC__
    mallopt(M_ARENA_MAX, 2);
    mallopt(M_MMAP_THRESHOLD, 128 * 1024);
#endif
}

} // namespace podwarden
