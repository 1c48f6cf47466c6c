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

} // namespace fieldnotes::app
