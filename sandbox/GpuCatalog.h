#pragma once

#include <QString>
#include <QStringList>

namespace podwarden::sandbox {

// The serverless GPU pools the sandbox knows and the GPU types (the `id` of GET /v2/catalog/gpus)
// in each, for the rule that gpu.excludedTypes may only name a type in one of gpu.pools. A pool
// the sandbox does not know is accepted and holds no types.
class GpuCatalog final
{
public:
    static QStringList typesInPools(const QStringList& pools);
};

} // namespace podwarden::sandbox
