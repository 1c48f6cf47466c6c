// Errors and results for the core and sync libraries.
//
// Every fallible operation returns Result<T>. No exception crosses a library boundary. An Error
// carries a code a program can act on (and the UI can translate), and a message for a person that
// says what happened and what to do. Messages never contain personal data: they are written to logs.
#pragma once

#include <tl/expected.hpp>

#include <chrono>
#include <string>
#include <string_view>

namespace fieldnotes::core {

enum class ErrorCode {
    WrongPassphrase, // the passphrase did not unwrap the key; retryAfter says how long to wait
    MustWait, // too soon after a failed attempt; retryAfter says how long
    KeyDestroyed, // too many failed attempts: the wrapped key is gone, the data is unreadable
    NotInitialised, // no store in this folder yet
    AlreadyExists, // a store (or record) is already there
    NotADatabase, // the file is not a fieldnotes store
    Corrupt, // the store or key file is damaged
    ReadOnly, // the folder or file cannot be written
    DiskFull,
    Busy, // another process holds the store
    Io,
    NotFound,
    InvalidArgument,
    Immutable, // a finalized journal entry or a revoked consent cannot be changed
    SchemaTooNew, // the store was written by a newer version of fieldnotes
    Locked, // the store is locked; unlock it first
    Network,
    Protocol,
    Unauthorized,
    Revoked,
    ClockWrong, // this device's clock is too far from the office's to sync; set its date, time and time zone
    Internal,
};

std::string_view errorCodeName(ErrorCode code);

struct Error {
    ErrorCode code = ErrorCode::Internal;
    std::string message;
    std::chrono::seconds retryAfter { 0 };

    // One line: "<message>"; the code name is for logs and tests.
    std::string describe() const;
};

template<class T> using Result = tl::expected<T, Error>;
using Status = Result<void>;

inline tl::unexpected<Error> fail(ErrorCode code, std::string message)
{
    return tl::unexpected(Error { code, std::move(message), {} });
}

inline tl::unexpected<Error> fail(Error error)
{
    return tl::unexpected(std::move(error));
}

} // namespace fieldnotes::core

// Propagate an error from an expression of type Result<T>; yields nothing on success.
#define FN_TRY(expr) FN_TRY_IMPL(expr, FN_CONCAT(fnTryResult_, __COUNTER__))
#define FN_TRY_IMPL(expr, tmp)                                                                                         \
    do {                                                                                                               \
        if (auto tmp = (expr); !tmp)                                                                                   \
            return ::tl::unexpected(std::move(tmp).error());                                                           \
    } while (false)

// Bind the value of a Result<T> expression to `decl`, or propagate its error. Expands to several
// statements: under an if/else/for, put it in braces.
#define FN_TRY_ASSIGN(decl, expr) FN_TRY_ASSIGN_IMPL(decl, expr, FN_CONCAT(fnTryValue_, __COUNTER__))
#define FN_CONCAT_INNER(a, b) a##b
#define FN_CONCAT(a, b) FN_CONCAT_INNER(a, b)
#define FN_TRY_ASSIGN_IMPL(decl, expr, tmp)                                                                            \
    auto tmp = (expr);                                                                                                 \
    if (!tmp)                                                                                                          \
        return ::tl::unexpected(std::move(tmp).error());                                                               \
    decl = std::move(*tmp)
