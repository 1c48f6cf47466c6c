// A single field value as SQLite stores it. Dates are ISO-8601 text, booleans 0/1 integers,
// enumerations their stable text codes (see model.h). Blobs are not used by the data model.
#pragma once

#include <nlohmann/json_fwd.hpp>

#include <cstdint>
#include <string>
#include <variant>

namespace fieldnotes::core {

using Value = std::variant<std::monostate, std::int64_t, double, std::string>;

inline bool isNull(const Value& v)
{
    return std::holds_alternative<std::monostate>(v);
}

nlohmann::json toJson(const Value& v);
Value valueFromJson(const nlohmann::json& j); // null, integer, float and string; anything else is null

} // namespace fieldnotes::core
