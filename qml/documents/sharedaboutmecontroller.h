// "What is shared about me": a screen to show the participant on the tablet. What each consent
// allows and with whom, what has been handed over to whom and when (the disclosure journal), who
// follows them, and how to say no - the content of core's sharedAboutMe(), in plain Norwegian or
// in English, whatever language the app itself is in.
#pragma once

#include "documentmodel.h"
#include "reports.h"
#include "screencontroller.h"

namespace fieldnotes::app {

class SharedAboutMeController : public fieldnotes::app::ScreenController {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString participantId READ participantId WRITE setParticipantId NOTIFY participantIdChanged)
    // "nb-plain" (plain Norwegian, for limited Norwegian), "nb" or "en".
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(QString displayName READ displayName NOTIFY loaded)
    Q_PROPERTY(fieldnotes::app::DocumentModel* document READ document CONSTANT)

public:
    explicit SharedAboutMeController(QObject* parent = nullptr);

    QString participantId() const { return m_participantId; }
    void setParticipantId(const QString& id);
    QString language() const { return m_language; }
    void setLanguage(const QString& language);
    QString displayName() const { return m_displayName; }
    DocumentModel* document() { return &m_document; }

    // The document language that suits the app's language: plain Norwegian, or English.
    static QString defaultLanguage();
    static bool knownLanguage(const QString& language);
    static core::ReportOptions reportOptions(const QString& language);

signals:
    void participantIdChanged();
    void languageChanged();
    void loaded();

protected:
    void load() override;
    bool canLoad() const override { return !m_participantId.isEmpty(); }

private:
    QString m_participantId;
    QString m_language;
    QString m_displayName;
    DocumentModel m_document;
};

} // namespace fieldnotes::app
