// A journal timeline (a participant's contacts and natural support, or an employer's contact
// history), newest first. Never holds a sensitive column (see core/timeline.h).
#pragma once

#include "listmodel.h"
#include "timeline.h"

#include <QtQml/qqmlregistration.h>

namespace fieldnotes::app {

class TimelineModel : public fieldnotes::app::LocalizedListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by a screen's controller")
public:
    enum Role {
        EntryIdRole = Qt::UserRole + 1,
        TableRole,
        IsVisitRole,
        DateTextRole,
        TimeTextRole,
        KindTextRole,
        SummaryRole,
        AuthorNameRole,
        MinutesTextRole,
        NeedsSpecialistRole,
        ParticipantNameRole,
        EmployerNameRole,
        CorrectedRole,
    };
    Q_ENUM(Role)

    explicit TimelineModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setEntries(std::vector<core::TimelineEntry> entries);

private:
    std::vector<core::TimelineEntry> m_entries;
};

} // namespace fieldnotes::app
