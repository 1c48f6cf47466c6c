#include "secret.h"

#include <sodium.h>

#include <cstring>
#include <new>
#include <utility>

namespace fieldnotes::core {

SecretBytes::SecretBytes(std::size_t size)
    : m_size(size)
{
    if (size == 0)
        return;
    m_data = static_cast<unsigned char*>(sodium_malloc(size));
    if (!m_data)
        throw std::bad_alloc();
    sodium_memzero(m_data, size);
}

SecretBytes::~SecretBytes()
{
    wipe();
}

SecretBytes::SecretBytes(SecretBytes&& other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
    , m_size(std::exchange(other.m_size, 0))
{
}

SecretBytes& SecretBytes::operator=(SecretBytes&& other) noexcept
{
    if (this != &other) {
        wipe();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

SecretBytes SecretBytes::fromString(std::string_view text)
{
    SecretBytes s(text.size());
    if (!text.empty())
        std::memcpy(s.m_data, text.data(), text.size());
    return s;
}

void SecretBytes::wipe()
{
    if (m_data)
        sodium_free(m_data); // zeroes before unmapping
    m_data = nullptr;
    m_size = 0;
}

void wipeString(std::string& s)
{
    if (!s.empty())
        sodium_memzero(s.data(), s.size());
    s.clear();
    s.shrink_to_fit();
}

} // namespace fieldnotes::core
