#include "AllocatorTuning.h"

#include <cstdlib> // defines __GLIBC__ on glibc, which the test below needs

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace podwarden {

void tuneAllocator()
{
#ifdef __GLIBC__
    mallopt(M_ARENA_MAX, kArenas);
#endif
}

} // namespace podwarden
