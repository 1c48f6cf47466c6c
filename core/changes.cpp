#include "changes.h"

namespace fieldnotes::core {

static constexpr std::pair<ChangeOp, std::string_view> opNames[] = {
    { ChangeOp::Create, "create" },
    { ChangeOp::Set, "set" },
    { ChangeOp::Append, "append" },
    { ChangeOp::Delete, "delete" },
    { ChangeOp::Resolve, "resolve" },
};

std::string_view opName(ChangeOp op)
{
    for (const auto& [o, name] : opNames)
        if (o == op)
            return name;
    return {};
}

std::optional<ChangeOp> opFromName(std::string_view name)
{
    for (const auto& [o, n] : opNames)
        if (n == name)
            return o;
    return std::nullopt;
}

} // namespace fieldnotes::core
