// The first-start and unlock screens: choosing a passphrase (with its strength), creating the
// store, and unlocking it. Unlocking runs Argon2id on the store thread; the screen shows progress.
// A wrong passphrase says so and how long to wait before the next try (the key file enforces
// the wait and, after too many failures, destroys the key).
#pragma once

#include "session.h"

#include <QObject>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

namespace fieldnotes::app {

class UnlockController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    Q_PROPERTY(int retrySeconds READ retrySeconds NOTIFY retrySecondsChanged)
    Q_PROPERTY(QString waitText READ waitText NOTIFY retrySecondsChanged)
    Q_PROPERTY(int attemptsLeft READ attemptsLeft NOTIFY keyStateChanged)
    Q_PROPERTY(bool keyDestroyed READ keyDestroyed NOTIFY keyStateChanged)
    Q_PROPERTY(QString candidate READ candidate WRITE setCandidate NOTIFY candidateChanged)
    Q_PROPERTY(int strength READ strength NOTIFY candidateChanged)
    Q_PROPERTY(QString strengthText READ strengthText NOTIFY candidateChanged)
    Q_PROPERTY(QString strengthAdvice READ strengthAdvice NOTIFY candidateChanged)
    Q_PROPERTY(bool candidateAcceptable READ candidateAcceptable NOTIFY candidateChanged)

public:
    explicit UnlockController(QObject* parent = nullptr);

    bool busy() const { return m_busy; }
    QString errorText() const { return m_errorText; }
    int retrySeconds() const { return m_retrySeconds; }
    QString waitText() const;
    int attemptsLeft() const { return m_attemptsLeft; }
    bool keyDestroyed() const { return m_keyDestroyed; }

    QString candidate() const { return m_candidate; }
    void setCandidate(const QString& candidate);
    int strength() const;
    QString strengthText() const;
    QString strengthAdvice() const;
    bool candidateAcceptable() const;

    Q_INVOKABLE void unlock(const QString& passphrase);
    Q_INVOKABLE void createStore(const QString& passphrase, const QString& confirmation);
    // Reads the key file's state (failures so far, a wait in force) without a KDF.
    Q_INVOKABLE void refreshKeyState();

signals:
    void busyChanged();
    void errorTextChanged();
    void retrySecondsChanged();
    void keyStateChanged();
    void candidateChanged();
    void unlocked();

private:
    void setBusy(bool busy);
    void setError(const QString& text);
    void startCountdown(int seconds);
    void finish(const core::Status& status);

    bool m_busy = false;
    QString m_errorText;
    int m_retrySeconds = 0;
    int m_attemptsLeft = -1; // unknown
    bool m_keyDestroyed = false;
    QString m_candidate;
    QTimer m_countdown;
};

} // namespace fieldnotes::app
