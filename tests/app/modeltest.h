// Every model the screens use runs under QAbstractItemModelTester while the tests change it.
#pragma once

#include <QAbstractItemModelTester>
#include <QSignalSpy>

namespace fieldnotes::test {

inline void watchModel(QAbstractItemModel& model)
{
    new QAbstractItemModelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest, &model);
}

// The value of `roleName` in `row` (as QML reads it).
inline QVariant roleValue(const QAbstractItemModel& model, int row, const QByteArray& roleName)
{
    const auto names = model.roleNames();
    for (auto it = names.begin(); it != names.end(); ++it)
        if (it.value() == roleName)
            return model.data(model.index(row, 0), it.key());
    return {};
}

} // namespace fieldnotes::test
