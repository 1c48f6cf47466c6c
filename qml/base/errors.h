// What an error means for the person holding the tablet, in their language: what happened and
// what to do. Core's own messages are English and meant for logs; screens show these instead.
#pragma once

#include "intake.h"
#include "result.h"

#include <QCoreApplication>
#include <QString>

namespace fieldnotes::app {

class ErrorText {
    Q_DECLARE_TR_FUNCTIONS(ErrorText)
public:
    static QString of(const core::Error& error);
    // Why a change to a participant was refused, and what to do (a store failure as of() says it).
    // `table` is the record the refused change was to, for naming the field (e.g. "plans").
    static QString of(const core::CaseError& error, std::string_view table = "participants");
    // "Wait 30 seconds before the next try." for a retry delay.
    static QString waitFor(qint64 seconds);
};

// What the store thread hands back from a use case (core/intake.h): its value, or why the rule
// refused, which the screen words with ErrorText::of; a store failure stays an error of its own.
template<class T> struct CaseOutcome {
    T value {};
    std::optional<core::CaseError> refusal;
};

template<class T> core::Result<CaseOutcome<T>> caseOutcome(core::CaseResult<T> r)
{
    if (r)
        return CaseOutcome<T> { std::move(*r), {} };
    if (r.error().refusal == core::Refusal::StoreFailed)
        return tl::unexpected(r.error().error);
    return CaseOutcome<T> { {}, std::move(r).error() };
}

inline core::Result<CaseOutcome<bool>> caseOutcome(core::CaseResult<void> r)
{
    return caseOutcome(r.map([] { return true; }));
}

// Only the refusal, when the screen needs no value back: none, the refusal to word with
// ErrorText::of, or a store failure as an error of its own.
template<class T> core::Result<std::optional<core::CaseError>> refusalOf(const core::CaseResult<T>& done)
{
    if (done)
        return std::optional<core::CaseError> {};
    if (done.error().refusal == core::Refusal::StoreFailed)
        return tl::unexpected(done.error().error);
    return std::optional<core::CaseError>(done.error());
}

} // namespace fieldnotes::app
