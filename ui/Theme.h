#pragma once

#include <QPalette>

namespace podwarden {

// Colour schemes: the platform's own, or Fusion with a light or dark palette (also what the
// screenshots in the README use, so they look the same everywhere).
class Theme final
{
public:
    enum class Scheme { System, Light, Dark };
    static void apply(Scheme scheme);
    static QPalette darkPalette();
    static QPalette lightPalette();
    static bool isDark(const QPalette& palette);
};

} // namespace podwarden
