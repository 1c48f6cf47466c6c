#include "value.h"

#include <nlohmann/json.hpp>

namespace fieldnotes::core {

nlohmann::json toJson(const Value& v)
{
    return std::visit(
        [](const auto& x) -> nlohmann::json {
            using X = std::decay_t<decltype(x)>;
            if constexpr (std::is_same_v<X, std::monostate>)
                return nullptr;
            else
                return x;
        },
        v);
}

Value valueFromJson(const nlohmann::json& j)
{
    if (j.is_number_integer())
        return j.get<std::int64_t>();
    if (j.is_number_float())
        return j.get<double>();
    if (j.is_string())
        return j.get<std::string>();
    if (j.is_boolean())
        return std::int64_t { j.get<bool>() ? 1 : 0 };
    return std::monostate {};
}

} // namespace fieldnotes::core
