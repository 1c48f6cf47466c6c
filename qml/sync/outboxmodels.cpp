#include "outboxmodels.h"

#include "conflictsmodel.h"
#include "format.h"
#include "labels.h"

namespace fieldnotes::app {

namespace {

QString fromStd(const std::string& s)
{
    return QString::fromStdString(s);
}

QString columnsText(const core::WaitingRecord& r)
{
    QStringList names;
    for (const auto& c : r.columns)
        names.push_back(Labels::column(r.table, c));
    return names.join(QStringLiteral(", "));
}

} // namespace

// ---- WaitingModel -------------------------------------------------------------------------------

WaitingModel::WaitingModel(QObject* parent)
    : LocalizedListModel(parent)
{
}

int WaitingModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_records.size());
}

QVariant WaitingModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::WaitingRecord& r = m_records[static_cast<std::size_t>(index.row())];
    switch (role) {
    case RecordIdRole:
        return fromStd(r.table + "/" + r.rowId);
    case Qt::DisplayRole:
    case WhatRole:
        return Labels::table(r.table);
    case SubjectRole:
        return fromStd(r.subject);
    case ChangeTextRole:
        switch (r.op) {
        case core::ChangeOp::Create:
            return tr("New");
        case core::ChangeOp::Append:
            return tr("Written");
        case core::ChangeOp::Delete:
            return tr("Removed");
        case core::ChangeOp::Resolve:
            return tr("Conflict decided");
        case core::ChangeOp::Set:
            return tr("Changed: %1").arg(columnsText(r));
        }
        return {};
    case WhenTextRole:
        return Format::dateTime(r.lastChangeMs);
    case ChangeCountRole:
        return r.changes;
    default:
        return {};
    }
}

QHash<int, QByteArray> WaitingModel::roleNames() const
{
    return { { RecordIdRole, "recordId" }, { WhatRole, "what" }, { SubjectRole, "subject" },
        { ChangeTextRole, "changeText" }, { WhenTextRole, "whenText" }, { ChangeCountRole, "changeCount" } };
}

void WaitingModel::setRecords(std::vector<core::WaitingRecord> records)
{
    replaceRows(m_records, std::move(records), [](const core::WaitingRecord& r) { return r.table + "/" + r.rowId; });
}

// ---- RefusedModel -------------------------------------------------------------------------------

RefusedModel::RefusedModel(QObject* parent)
    : LocalizedListModel(parent)
{
}

int RefusedModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_changes.size());
}

QString RefusedModel::remedyText(const core::RefusedChange& c)
{
    switch (c.remedy) {
    case core::RefusalRemedy::CopyIntoNewEntry:
        return tr("What you wrote is kept on this tablet (shown below). If it belongs with someone you follow, "
                  "write it again there; otherwise give it to the office. Then remove it from this list.");
    case core::RefusalRemedy::AskTheOffice:
        return tr("The record is back as the office has it. If your change is still needed, ask the office or the "
                  "participant's own specialist to make it. Then remove it from this list.");
    }
    return {};
}

QString RefusedModel::reasonText(const std::string& reason)
{
    // The reasons the office's rules give (sync/policy.cpp), as they are worded there.
    static const struct {
        const char* office;
        const char* text;
    } known[] = {
        { "this participant is not followed by you", QT_TR_NOOP("This participant is not followed by you.") },
        { "this employer is not linked to your caseload", QT_TR_NOOP("This employer is not linked to your caseload.") },
        { "who follows a participant is decided at the office",
            QT_TR_NOOP("Who follows a participant is decided at the office.") },
        { "a new participant can only be followed by the person who adds them",
            QT_TR_NOOP("A new participant can only be followed by the person who adds them.") },
        { "entries are written in your own name", QT_TR_NOOP("Entries are written in your own name.") },
        { "staff and devices are managed at the office", QT_TR_NOOP("Staff and tablets are managed at the office.") },
        { "another person's own records", QT_TR_NOOP("These are another person's own records.") },
        { "a mentor's tablet may only add natural-support entries",
            QT_TR_NOOP("A mentor's tablet may only add natural-support entries.") },
        { "this participant is not assigned to you as a mentor",
            QT_TR_NOOP("This participant is not assigned to you as a mentor.") },
    };
    for (const auto& k : known)
        if (reason == k.office)
            return tr(k.text);
    return QString::fromStdString(reason);
}

QString RefusedModel::typedText(const core::RefusedChange& c)
{
    QStringList lines;
    if (!c.column.empty())
        lines.push_back(Labels::column(c.table, c.column) + QStringLiteral(": ")
            + ConflictsModel::valueText(c.table, c.column, c.value));
    for (const auto& [column, value] : c.fields) {
        const auto* text = std::get_if<std::string>(&value);
        // Ids and codes say nothing to the reader; what was written is what matters.
        if (!text || text->empty() || column.ends_with("_id") || column == "author_id")
            continue;
        lines.push_back(
            Labels::column(c.table, column) + QStringLiteral(": ") + ConflictsModel::valueText(c.table, column, value));
    }
    return lines.join(QLatin1Char('\n'));
}

QVariant RefusedModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::RefusedChange& c = m_changes[static_cast<std::size_t>(index.row())];
    switch (role) {
    case RefusedIdRole:
        return QString::number(c.id);
    case Qt::DisplayRole:
    case WhatRole:
        return c.column.empty() ? Labels::table(c.table)
                                : Labels::table(c.table) + QStringLiteral(": ") + Labels::column(c.table, c.column);
    case SubjectRole:
        return fromStd(c.subject);
    case ReasonRole:
        return reasonText(c.reason);
    case RemedyTextRole:
        return remedyText(c);
    case TypedTextRole:
        return typedText(c);
    case WhenTextRole:
        return Format::dateTime(c.refusedMs);
    default:
        return {};
    }
}

QHash<int, QByteArray> RefusedModel::roleNames() const
{
    return { { RefusedIdRole, "refusedId" }, { WhatRole, "what" }, { SubjectRole, "subject" }, { ReasonRole, "reason" },
        { RemedyTextRole, "remedyText" }, { TypedTextRole, "typedText" }, { WhenTextRole, "whenText" } };
}

void RefusedModel::setChanges(std::vector<core::RefusedChange> changes)
{
    replaceRows(m_changes, std::move(changes), [](const core::RefusedChange& c) { return c.id; });
}

} // namespace fieldnotes::app
