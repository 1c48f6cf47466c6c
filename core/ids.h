// Record identifiers: UUID text, unique across devices without coordination.
#pragma once

#include <cstdint>
#include <random>
#include <string>

namespace fieldnotes::core {

class IdSource {
public:
    virtual ~IdSource() = default;
    virtual std::string next() = 0;
};

// Random version-4 UUIDs from libsodium's CSPRNG.
class RandomIds final : public IdSource {
public:
    std::string next() override;
};

// Reproducible UUID-shaped ids from a seed; for demo data and simulations.
class SeededIds final : public IdSource {
public:
    explicit SeededIds(std::uint64_t seed)
        : m_rng(seed)
    {
    }
    std::string next() override;

private:
    std::mt19937_64 m_rng;
};

std::string formatUuid(const unsigned char (&bytes)[16]);
bool looksLikeId(const std::string& s); // 36 characters of hex and dashes in UUID layout

} // namespace fieldnotes::core
