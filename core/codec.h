// How C++ member types map to stored values. A record's fields are read and written only through
// these codecs, so a malformed stored value (a bad date, an unknown code) is caught on read rather
// than shown as a wrong value.
#pragma once

#include "date.h"
#include "enums.h"
#include "value.h"

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <type_traits>
#include <vector>

namespace fieldnotes::core {

template<class T> struct Codec;

template<> struct Codec<std::string> {
    static Value encode(const std::string& v) { return v; }
    static bool decode(const Value& v, std::string& out)
    {
        if (isNull(v)) {
            out.clear();
            return true;
        }
        if (const auto* s = std::get_if<std::string>(&v)) {
            out = *s;
            return true;
        }
        return false;
    }
};

template<> struct Codec<bool> {
    static Value encode(bool v) { return std::int64_t { v ? 1 : 0 }; }
    static bool decode(const Value& v, bool& out)
    {
        if (const auto* i = std::get_if<std::int64_t>(&v)) {
            out = *i != 0;
            return true;
        }
        return false;
    }
};

template<> struct Codec<int> {
    static Value encode(int v) { return std::int64_t { v }; }
    static bool decode(const Value& v, int& out)
    {
        if (const auto* i = std::get_if<std::int64_t>(&v)) {
            out = static_cast<int>(*i);
            return true;
        }
        return false;
    }
};

template<> struct Codec<Date> {
    static Value encode(const Date& d) { return d.ok() ? Value(formatDate(d)) : Value(); }
    static bool decode(const Value& v, Date& out)
    {
        const auto* s = std::get_if<std::string>(&v);
        if (!s)
            return false;
        auto d = parseDate(*s);
        if (!d)
            return false;
        out = *d;
        return true;
    }
};

template<class E>
requires std::is_enum_v<E>
struct Codec<E> {
    static Value encode(E e) { return std::string(codeOf(e)); }
    static bool decode(const Value& v, E& out)
    {
        const auto* s = std::get_if<std::string>(&v);
        if (!s)
            return false;
        auto e = enumFromCode<E>(*s);
        if (!e)
            return false;
        out = *e;
        return true;
    }
};

template<class T> struct Codec<std::optional<T>> {
    static Value encode(const std::optional<T>& v) { return v ? Codec<T>::encode(*v) : Value(); }
    static bool decode(const Value& v, std::optional<T>& out)
    {
        if (isNull(v)) {
            out.reset();
            return true;
        }
        T inner {};
        if (!Codec<T>::decode(v, inner))
            return false;
        out = std::move(inner);
        return true;
    }
};

// Sets of enums or small numbers: comma-separated codes in a stable order ("1,3", "employer,mentor").
template<class T> struct Codec<std::set<T>> {
    static Value encode(const std::set<T>& v)
    {
        std::string out;
        for (const auto& x : v) {
            if (!out.empty())
                out += ',';
            if constexpr (std::is_enum_v<T>)
                out += codeOf(x);
            else
                out += std::to_string(x);
        }
        return out;
    }
    static bool decode(const Value& v, std::set<T>& out)
    {
        out.clear();
        if (isNull(v))
            return true;
        const auto* s = std::get_if<std::string>(&v);
        if (!s)
            return false;
        std::size_t start = 0;
        while (start < s->size()) {
            const std::size_t comma = s->find(',', start);
            const std::string part = s->substr(start, comma == std::string::npos ? std::string::npos : comma - start);
            if constexpr (std::is_enum_v<T>) {
                auto e = enumFromCode<T>(part);
                if (!e)
                    return false;
                out.insert(*e);
            } else {
                T n {};
                try {
                    n = static_cast<T>(std::stoi(part));
                } catch (...) {
                    return false;
                }
                out.insert(n);
            }
            if (comma == std::string::npos)
                break;
            start = comma + 1;
        }
        return true;
    }
};

// Ordered lists of small numbers ("3,4,5"), e.g. fidelity item scores.
template<> struct Codec<std::vector<int>> {
    static Value encode(const std::vector<int>& v)
    {
        std::string out;
        for (int x : v) {
            if (!out.empty())
                out += ',';
            out += std::to_string(x);
        }
        return out;
    }
    static bool decode(const Value& v, std::vector<int>& out)
    {
        out.clear();
        if (isNull(v))
            return true;
        const auto* s = std::get_if<std::string>(&v);
        if (!s)
            return false;
        std::size_t start = 0;
        while (start < s->size()) {
            const std::size_t comma = s->find(',', start);
            try {
                out.push_back(std::stoi(s->substr(start, comma - start)));
            } catch (...) {
                return false;
            }
            if (comma == std::string::npos)
                break;
            start = comma + 1;
        }
        return true;
    }
};

} // namespace fieldnotes::core
