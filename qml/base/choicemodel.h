// The choices for a coded field (contact types, attendees, ...), with translated labels, for
// chips and pickers. QML stores and passes the stable code; the label is only for the eye.
#pragma once

#include "listmodel.h"

#include <QtQml/qqmlregistration.h>

namespace fieldnotes::app {

class ChoiceModel : public fieldnotes::app::LocalizedListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Kind kind READ kind WRITE setKind NOTIFY kindChanged)
public:
    enum class Kind {
        None,
        ContactTypes,
        Attendees,
        ActionOwners,
        SupportKinds,
        FollowUpPreferences,
        RiskFlags,
        Programmes,
        DischargeReasons,
        NorwegianLevels,
        PlacementKinds,
        ContractTypes,
        // Consents
        DisclosureItems,
        RecipientKinds,
        ConsentManners,
        // The reflection log
        ProcessSteps, // "1".."5", the EUSE steps
        // A participant's course: the statuses a status change or a resume reaches (not paused, not discharged)
        CourseStatuses
    };
    Q_ENUM(Kind)
    enum Role { CodeRole = Qt::UserRole + 1, LabelRole };
    Q_ENUM(Role)

    explicit ChoiceModel(QObject* parent = nullptr);

    Kind kind() const { return m_kind; }
    void setKind(Kind kind);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    Q_INVOKABLE QString labelFor(const QString& code) const;
    Q_INVOKABLE int indexOf(const QString& code) const;

    static QStringList codes(Kind kind);
    static QString label(Kind kind, const QString& code);

signals:
    void kindChanged();

private:
    Kind m_kind = Kind::None;
    QStringList m_codes;
};

} // namespace fieldnotes::app
