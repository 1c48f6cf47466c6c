// Key material in guarded memory: locked into RAM (never swapped), surrounded by guard pages,
// and wiped when released. Move-only, so there is exactly one copy to wipe.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace fieldnotes::core {

class SecretBytes {
public:
    SecretBytes() = default;
    explicit SecretBytes(std::size_t size); // zero-filled; throws std::bad_alloc if sodium_malloc fails
    ~SecretBytes();
    SecretBytes(SecretBytes&& other) noexcept;
    SecretBytes& operator=(SecretBytes&& other) noexcept;
    SecretBytes(const SecretBytes&) = delete;
    SecretBytes& operator=(const SecretBytes&) = delete;

    static SecretBytes fromString(std::string_view text);

    unsigned char* data() { return m_data; }
    const unsigned char* data() const { return m_data; }
    std::size_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }
    std::string_view view() const { return { reinterpret_cast<const char*>(m_data), m_size }; }
    void wipe(); // zero and release now

private:
    unsigned char* m_data = nullptr;
    std::size_t m_size = 0;
};

// Zero a string's buffer before it is dropped (for passphrases read from files or the UI).
void wipeString(std::string& s);

} // namespace fieldnotes::core
