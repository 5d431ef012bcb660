#pragma once

namespace podwarden {

// Work that may wait for the window (decoding a page, preparing rows, writing the saved copy,
// freeing rows): the thread that runs it gives way to the GUI thread. On two cores the window
// otherwise shares a core with the decoders and the sandbox, and each of its steps takes twice as
// long on the clock. QThread's priorities do nothing under Linux's default scheduler; a nice value
// for the thread does (the thread still gets its share). Once per thread; a no-op elsewhere.
void runAsBackgroundThread();

} // namespace podwarden
