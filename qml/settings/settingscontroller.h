// The settings screen: lock timeout and language (Preferences), changing the passphrase, and
// what this installation is. Changing the passphrase re-wraps the key (one Argon2id run, on the
// store thread); the database is not re-encrypted.
#pragma once

#include "screencontroller.h"

namespace fieldnotes::app {

class SettingsController : public fieldnotes::app::ScreenController {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString candidate READ candidate WRITE setCandidate NOTIFY candidateChanged)
    Q_PROPERTY(QString strengthText READ strengthText NOTIFY candidateChanged)
    Q_PROPERTY(bool candidateAcceptable READ candidateAcceptable NOTIFY candidateChanged)
    Q_PROPERTY(bool changing READ changing NOTIFY changingChanged)
    Q_PROPERTY(QString messageText READ messageText NOTIFY messageChanged)
    Q_PROPERTY(QString versionText READ versionText CONSTANT)
    Q_PROPERTY(QString aboutText READ aboutText NOTIFY aboutChanged)
    Q_PROPERTY(QStringList lockTimeoutLabels READ lockTimeoutLabels NOTIFY aboutChanged)

public:
    explicit SettingsController(QObject* parent = nullptr);

    QString candidate() const { return m_candidate; }
    void setCandidate(const QString& c);
    QString strengthText() const;
    bool candidateAcceptable() const;
    bool changing() const { return m_changing; }
    QString messageText() const { return m_message; }
    QString versionText() const;
    QString aboutText() const { return m_about; }
    QStringList lockTimeoutLabels() const;

    Q_INVOKABLE void changePassphrase(const QString& current, const QString& next, const QString& confirmation);

signals:
    void candidateChanged();
    void changingChanged();
    void messageChanged();
    void aboutChanged();
    void passphraseChanged();

protected:
    void load() override;

private:
    void setMessage(const QString& text);

    QString m_candidate;
    bool m_changing = false;
    QString m_message;
    QString m_about;
};

} // namespace fieldnotes::app
