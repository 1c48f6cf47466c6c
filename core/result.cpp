#include "result.h"

namespace fieldnotes::core {

std::string_view errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::WrongPassphrase:
        return "wrong-passphrase";
    case ErrorCode::MustWait:
        return "must-wait";
    case ErrorCode::KeyDestroyed:
        return "key-destroyed";
    case ErrorCode::NotInitialised:
        return "not-initialised";
    case ErrorCode::AlreadyExists:
        return "already-exists";
    case ErrorCode::NotADatabase:
        return "not-a-database";
    case ErrorCode::Corrupt:
        return "corrupt";
    case ErrorCode::ReadOnly:
        return "read-only";
    case ErrorCode::DiskFull:
        return "disk-full";
    case ErrorCode::Busy:
        return "busy";
    case ErrorCode::Io:
        return "io";
    case ErrorCode::NotFound:
        return "not-found";
    case ErrorCode::InvalidArgument:
        return "invalid-argument";
    case ErrorCode::Immutable:
        return "immutable";
    case ErrorCode::SchemaTooNew:
        return "schema-too-new";
    case ErrorCode::Locked:
        return "locked";
    case ErrorCode::Network:
        return "network";
    case ErrorCode::Protocol:
        return "protocol";
    case ErrorCode::Unauthorized:
        return "unauthorized";
    case ErrorCode::Revoked:
        return "revoked";
    case ErrorCode::ClockWrong:
        return "clock-wrong";
    case ErrorCode::Internal:
        return "internal";
    }
    return "unknown";
}

std::string Error::describe() const
{
    return message.empty() ? std::string(errorCodeName(code)) : message;
}

} // namespace fieldnotes::core
