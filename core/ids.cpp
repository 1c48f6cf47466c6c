#include "ids.h"

#include <sodium.h>

#include <cctype>

namespace fieldnotes::core {

std::string formatUuid(const unsigned char (&bytes)[16])
{
    static constexpr char hex[] = "0123456789abcdef";
    std::string out;
    out.reserve(36);
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            out.push_back('-');
        out.push_back(hex[bytes[i] >> 4]);
        out.push_back(hex[bytes[i] & 0xf]);
    }
    return out;
}

static void markVersion4(unsigned char (&bytes)[16])
{
    bytes[6] = static_cast<unsigned char>((bytes[6] & 0x0f) | 0x40);
    bytes[8] = static_cast<unsigned char>((bytes[8] & 0x3f) | 0x80);
}

std::string RandomIds::next()
{
    unsigned char bytes[16];
    randombytes_buf(bytes, sizeof bytes);
    markVersion4(bytes);
    return formatUuid(bytes);
}

std::string SeededIds::next()
{
    unsigned char bytes[16];
    for (int i = 0; i < 16; i += 8) {
        const std::uint64_t r = m_rng();
        for (int b = 0; b < 8; ++b)
            bytes[i + b] = static_cast<unsigned char>(r >> (8 * b));
    }
    markVersion4(bytes);
    return formatUuid(bytes);
}

bool looksLikeId(const std::string& s)
{
    if (s.size() != 36)
        return false;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash ? s[i] != '-' : !std::isxdigit(static_cast<unsigned char>(s[i])))
            return false;
    }
    return true;
}

} // namespace fieldnotes::core
