#include "GpuCatalog.h"

namespace podwarden::sandbox {

namespace {

struct PoolType
{
    const char* pool;
    const char* type;
};

// Runpod's pools as the console groups them. "NVIDIA L40" sits in ADA_24 because the contract's
// own PATCH example excludes it from pools ["ADA_24", "AMPERE_80"] and calls that request valid.
const PoolType kTypes[] = {
    {"AMPERE_16", "NVIDIA RTX A4000"},
    {"AMPERE_16", "NVIDIA RTX A4500"},
    {"AMPERE_16", "NVIDIA RTX 4000 Ada Generation"},
    {"AMPERE_16", "NVIDIA RTX 2000 Ada Generation"},
    {"AMPERE_24", "NVIDIA RTX A5000"},
    {"AMPERE_24", "NVIDIA L4"},
    {"AMPERE_24", "NVIDIA GeForce RTX 3090"},
    {"ADA_24", "NVIDIA GeForce RTX 4090"},
    {"ADA_24", "NVIDIA L40"},
    {"AMPERE_48", "NVIDIA RTX A6000"},
    {"AMPERE_48", "NVIDIA A40"},
    {"ADA_48_PRO", "NVIDIA L40S"},
    {"ADA_48_PRO", "NVIDIA RTX 6000 Ada Generation"},
    {"AMPERE_80", "NVIDIA A100 80GB PCIe"},
    {"AMPERE_80", "NVIDIA A100-SXM4-80GB"},
    {"ADA_80_PRO", "NVIDIA H100 PCIe"},
    {"ADA_80_PRO", "NVIDIA H100 80GB HBM3"},
    {"ADA_80_PRO", "NVIDIA H100 NVL"},
    {"HOPPER_141", "NVIDIA H200"},
    {"BLACKWELL_180", "NVIDIA B200"},
};

} // namespace

QStringList GpuCatalog::typesInPools(const QStringList& pools)
{
    QStringList types;
    for (const PoolType& entry : kTypes) {
        if (pools.contains(QLatin1String(entry.pool)))
            types.append(QString::fromLatin1(entry.type));
    }
    return types;
}

} // namespace podwarden::sandbox
