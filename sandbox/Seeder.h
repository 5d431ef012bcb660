#pragma once

#include "SandboxOptions.h"

#include <QString>

namespace podwarden::sandbox {

class SandboxService;

// Fills a new, empty account. Every seed creates the account's admin key (preset All) first;
// its raw value is returned so that main() can write it to the admin key file, and nowhere else.
class Seeder final
{
public:
    static QString seed(SandboxService& service, const SeedSpec& spec);

    // The smallest account: the admin key and nothing else.
    static QString empty(SandboxService& service);
    // A small account that shows every feature of the console, among them workers and pods that
    // started before a secret they reference was replaced (see seedEndpointHistory in the .cpp).
    static QString demo(SandboxService& service);
    // N keys, N/10 endpoints (each with one or two workers), N/10 secrets, N/20 templates and
    // N/100 pods, for performance work.
    static QString large(SandboxService& service, int keys);
};

} // namespace podwarden::sandbox
