// The words of the fidelity form's 19 items, in the person's language: each item's title, its
// question, and its options (single choice, lowest first) or practices (tick-all, a) first).
#pragma once

#include <QString>
#include <QStringList>

namespace fieldnotes::app {

struct FidelityText {
    static QString title(int item); // 1-19
    static QString question(int item);
    static QStringList options(int item);
};

} // namespace fieldnotes::app
