// The mentors at one employer, on its page: listed, and registered with the "Add mentor" form.
// Registering goes through the one mentor rule in core (core/mentors.h): a name, optional phone,
// e-mail and training, never a national ID number. Pairing the mentor's own tablet is the office's.
#pragma once

#include "screencontroller.h"

#include <QVariantList>

namespace fieldnotes::app {

class EmployerMentorsController : public fieldnotes::app::ScreenController {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString employerId READ employerId WRITE setEmployerId NOTIFY employerIdChanged)
    // { mentorId, name, detailsText } by name; detailsText joins phone, e-mail and training.
    Q_PROPERTY(QVariantList mentors READ mentors NOTIFY mentorsChanged)

public:
    explicit EmployerMentorsController(QObject* parent = nullptr);

    QString employerId() const { return m_employerId; }
    void setEmployerId(const QString& id);
    QVariantList mentors() const { return m_mentors; }

    // Registers a mentor at this employer; `mentorAdded` gives the id, or why it was refused is shown.
    Q_INVOKABLE void addMentor(
        const QString& name, const QString& phone, const QString& email, const QString& training);

signals:
    void employerIdChanged();
    void mentorsChanged();
    void mentorAdded(const QString& mentorId);

protected:
    void load() override;
    bool canLoad() const override { return !m_employerId.isEmpty(); }

private:
    QString m_employerId;
    QVariantList m_mentors;
};

} // namespace fieldnotes::app
