// The figures page's rows: one per figure (time in the field, time at employers, new employer
// contacts, contacts per participant, follow-up kept, placements started, people in work), each
// with its value, what the method aims for drawn as marks, the last weeks as a series where that
// helps, and every number as text for the eye and for a screen reader. The figures themselves and
// the targets are core's (core/figures.h); this model only words and scales them.
#pragma once

#include "figures.h"
#include "listmodel.h"

#include <QtQml/qqmlregistration.h>

namespace fieldnotes::app {

class FiguresModel : public fieldnotes::app::LocalizedListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by a screen's controller")
public:
    enum Kind { OutOfOffice, AtEmployers, NewEmployerContacts, ContactsPerParticipant, FollowUp, Placements, InWork };
    Q_ENUM(Kind)
    enum Role {
        KeyRole = Qt::UserRole + 1, // "outOfOffice", "atEmployers", ... (stable, for tests and layout)
        TitleRole, // "Time in the field"
        ValueTextRole, // "12 %", "3", "3 of 5"
        DetailTextRole, // what the value is made of: "4 h 30 min in the field of 37 h 30 min contracted"
        TargetTextRole, // what the method aims for; "" when it sets no target
        HintTextRole, // a gap in what was logged and how to close it; ""
        AccessibleTextRole, // all of the above in one sentence
        HasValueRole, // false: nothing to measure (no contracted hours, nothing due)
        HasBarRole, // drawn as a bar
        ValueRole, // the bar's value (a share 0-1, or a count)
        ScaleMaxRole, // the bar's full length, in the value's unit
        MarksRole, // [{ value, label }]: the targets on the bar
        SeriesRole, // the last weeks, oldest first; -1 where a week has no value; [] for no series
        SeriesTextRole, // the series for a screen reader
    };
    Q_ENUM(Role)

    explicit FiguresModel(QObject* parent = nullptr);
    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // `month`: the period is a month (weekly counts are then shown as a weekly average).
    void setFigures(core::Figures figures, std::vector<core::Figures> weeks, bool month);
    void clear();

private:
    QVariant value(Kind kind, int role) const;
    double seriesValue(Kind kind, const core::Figures& week) const;

    std::optional<core::Figures> m_figures;
    std::vector<core::Figures> m_weeks;
    bool m_month = false;
};

} // namespace fieldnotes::app
