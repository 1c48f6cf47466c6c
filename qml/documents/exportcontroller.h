// Making an export on the tablet: the individual report, "what is shared about me", or the right of
// access (everything held about the participant), each with a PDF a person can read beside the
// JSON, text and CSV that core puts in every export. The file is sealed as the command line seals
// it (exports.h): to the office's export key when this tablet has one - then only the office can
// open it - or else with a passphrase the person chooses, or one made up and shown once.
//
// Nothing readable touches the disk: the content is built on the store thread, the PDF is rendered
// in memory off the UI and store threads, and only the sealed file is written (0600, atomically),
// into the tablet's exports folder under a name that says what it is and when, never whom.
#pragma once

#include "screencontroller.h"

#include <QtQml/qqmlregistration.h>

namespace fieldnotes::app {

class ExportController : public fieldnotes::app::ScreenController {
    Q_OBJECT
    QML_ELEMENT
    // "shared_about_me", "right_of_access" or "individual_report".
    Q_PROPERTY(QString kind READ kind WRITE setKind NOTIFY kindChanged)
    Q_PROPERTY(QString participantId READ participantId WRITE setParticipantId NOTIFY participantIdChanged)
    // "nb-plain", "nb" or "en" (the individual report is for the office: "nb" or "en").
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY formChanged)
    Q_PROPERTY(QString titleText READ titleText NOTIFY formChanged)
    Q_PROPERTY(QString contentText READ contentText NOTIFY formChanged)
    Q_PROPERTY(bool officeKey READ officeKey NOTIFY formChanged)
    // "office" (sealed to the office's key), "generated" or "own" (a passphrase).
    Q_PROPERTY(QString protection READ protection WRITE setProtection NOTIFY formChanged)
    Q_PROPERTY(QString passphrase READ passphrase WRITE setPassphrase NOTIFY formChanged)
    Q_PROPERTY(QString passphraseRepeat READ passphraseRepeat WRITE setPassphraseRepeat NOTIFY formChanged)
    Q_PROPERTY(QString missingText READ missingText NOTIFY formChanged)
    Q_PROPERTY(bool working READ working NOTIFY stateChanged)
    Q_PROPERTY(bool done READ done NOTIFY stateChanged)
    Q_PROPERTY(QString filePath READ filePath NOTIFY stateChanged)
    Q_PROPERTY(QString fileName READ fileName NOTIFY stateChanged)
    Q_PROPERTY(QString folder READ folder CONSTANT)
    // The passphrase made up for this export, shown once; empty otherwise.
    Q_PROPERTY(QString generatedPassphrase READ generatedPassphrase NOTIFY stateChanged)
    Q_PROPERTY(QString howToOpenText READ howToOpenText NOTIFY stateChanged)

public:
    explicit ExportController(QObject* parent = nullptr);
    ~ExportController() override; // wipes the passphrases

    QString kind() const { return m_kind; }
    void setKind(const QString& kind);
    QString participantId() const { return m_participantId; }
    void setParticipantId(const QString& id);
    QString language() const { return m_language; }
    void setLanguage(const QString& language);
    QString titleText() const;
    QString contentText() const;
    bool officeKey() const { return m_officeKey; }
    QString protection() const { return m_protection; }
    void setProtection(const QString& protection);
    QString passphrase() const { return m_passphrase; }
    void setPassphrase(const QString& v);
    QString passphraseRepeat() const { return m_passphraseRepeat; }
    void setPassphraseRepeat(const QString& v);
    QString missingText() const;
    bool working() const { return m_working; }
    bool done() const { return !m_filePath.isEmpty(); }
    QString filePath() const { return m_filePath; }
    QString fileName() const;
    QString folder() const;
    QString generatedPassphrase() const { return m_generated; }
    QString howToOpenText() const;

    Q_INVOKABLE void make();

signals:
    void kindChanged();
    void participantIdChanged();
    void formChanged();
    void stateChanged();
    void made(const QString& filePath);

protected:
    void load() override;
    bool canLoad() const override { return !m_participantId.isEmpty(); }

private:
    void finish(const core::Status& status, const QString& path, const QString& generated, bool sealedToOffice);

    QString m_kind = QStringLiteral("shared_about_me");
    QString m_participantId;
    QString m_language;
    QString m_displayName;
    bool m_officeKey = false;
    QString m_protection = QStringLiteral("generated");
    QString m_passphrase, m_passphraseRepeat;
    bool m_working = false;
    QString m_filePath;
    QString m_generated;
    bool m_sealedToOffice = false;
};

} // namespace fieldnotes::app
