#pragma once

#include "SandboxOptions.h"

#include <QString>

namespace podwarden::sandbox {

class PaperspaceService;
class SandboxService;

// Fills a new, empty account of podwarden-sandbox --provider paperspace. As Seeder does, it mints
// the admin key first and returns its raw value for main() to write to the admin key file only.
// Secret values are random: tests make the secrets and deployments they need through the API.
class PaperspaceSeeder final
{
public:
    static QString seed(SandboxService& service, const SeedSpec& spec);

    // Public and protected deployments; "image-gen", whose secret was replaced after its last
    // deploy (its old token works, the new one gets 401 until a redeploy); secrets in both scopes,
    // "api_token" in both (the project's wins); "batch-worker", whose env names a missing secret.
    static void demo(PaperspaceService& paperspace);
    // N deployments, created a second apart (every tenth protected), and N/10 project secrets.
    static void large(PaperspaceService& paperspace, int deployments);
};

} // namespace podwarden::sandbox
