// The settings screen: lock timeout and language (Preferences), changing the passphrase, and
// what this installation is. Changing the passphrase re-wraps the key (one Argon2id run, on the
// store thread); the case file keeps its key, so a copy of the old key file would still open it
// with the old passphrase. With `rekey` the case file is also re-encrypted under a new key
// (core::Store::rekey), with progress, and no earlier key file opens it.
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
    // 0 to 1 while re-encrypting, -1 otherwise.
    Q_PROPERTY(double rekeyProgress READ rekeyProgress NOTIFY rekeyProgressChanged)
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
    double rekeyProgress() const { return m_rekeyProgress; }
    QString messageText() const { return m_message; }
    QString versionText() const;
    QString aboutText() const { return m_about; }
    QStringList lockTimeoutLabels() const;

    // With `rekey` and no new passphrase, the passphrase stays and only the key is renewed.
    Q_INVOKABLE void changePassphrase(
        const QString& current, const QString& next, const QString& confirmation, bool rekey = false);

signals:
    void candidateChanged();
    void changingChanged();
    void rekeyProgressChanged();
    void messageChanged();
    void aboutChanged();
    void passphraseChanged();

protected:
    void load() override;

private:
    void setMessage(const QString& text);
    void finish(const core::Status& status, bool rekeyed);

    QString m_candidate;
    bool m_changing = false;
    double m_rekeyProgress = -1;
    QString m_message;
    QString m_about;
};

} // namespace fieldnotes::app
