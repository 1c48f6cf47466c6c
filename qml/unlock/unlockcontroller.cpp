#include "unlockcontroller.h"

#include "errors.h"
#include "passphrasestrength.h"

namespace fieldnotes::app {

UnlockController::UnlockController(QObject* parent)
    : QObject(parent)
{
    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, [this] {
        if (--m_retrySeconds <= 0) {
            m_retrySeconds = 0;
            m_countdown.stop();
        }
        emit retrySecondsChanged();
    });
    refreshKeyState();
}

QString UnlockController::waitText() const
{
    return m_retrySeconds > 0 ? ErrorText::waitFor(m_retrySeconds) : QString();
}

void UnlockController::setCandidate(const QString& candidate)
{
    if (candidate == m_candidate)
        return;
    m_candidate = candidate;
    emit candidateChanged();
}

int UnlockController::strength() const
{
    return PassphraseStrength::score(m_candidate);
}

QString UnlockController::strengthText() const
{
    return PassphraseStrength::label(PassphraseStrength::score(m_candidate));
}

QString UnlockController::strengthAdvice() const
{
    return PassphraseStrength::advice(PassphraseStrength::score(m_candidate));
}

bool UnlockController::candidateAcceptable() const
{
    return PassphraseStrength::acceptable(m_candidate);
}

void UnlockController::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    emit busyChanged();
}

void UnlockController::setError(const QString& text)
{
    if (text == m_errorText)
        return;
    m_errorText = text;
    emit errorTextChanged();
}

void UnlockController::startCountdown(int seconds)
{
    m_retrySeconds = seconds;
    emit retrySecondsChanged();
    if (seconds > 0)
        m_countdown.start();
    else
        m_countdown.stop();
}

void UnlockController::refreshKeyState()
{
    Session* session = Session::instance();
    if (!session || session->state() == Session::State::NoStore)
        return;
    const auto dir = session->storeDir();
    const core::StoreOptions options = session->storeOptions(); // with the keystore a bound key file needs
    QPointer<UnlockController> self(this);
    session->host().post([self, dir, options](core::Store*) {
        auto state = core::Store::keyState(dir, options);
        if (!state)
            return;
        QMetaObject::invokeMethod(
            Session::instance(),
            [self, s = *state]() {
                if (!self)
                    return;
                self->m_attemptsLeft = s.destroyed ? 0 : s.maxFailures - s.failures;
                self->m_keyDestroyed = s.destroyed;
                emit self->keyStateChanged();
                if (s.retryAfter.count() > 0 && self->m_retrySeconds == 0)
                    self->startCountdown(static_cast<int>(s.retryAfter.count()));
            },
            Qt::QueuedConnection);
    });
}

void UnlockController::finish(const core::Status& status)
{
    setBusy(false);
    if (status) {
        setError({});
        emit unlocked();
        return;
    }
    const core::Error& e = status.error();
    switch (e.code) {
    case core::ErrorCode::WrongPassphrase:
        setError(tr("That passphrase is not right."));
        break;
    case core::ErrorCode::MustWait:
        setError(tr("Too soon after a wrong passphrase."));
        break;
    default:
        setError(ErrorText::of(e));
        break;
    }
    if (e.retryAfter.count() > 0)
        startCountdown(static_cast<int>(e.retryAfter.count()));
    refreshKeyState();
}

void UnlockController::unlock(const QString& passphrase)
{
    Session* session = Session::instance();
    if (!session || m_busy)
        return;
    if (m_retrySeconds > 0) {
        setError(tr("Too soon after a wrong passphrase."));
        return;
    }
    if (passphrase.isEmpty()) {
        setError(tr("Type your passphrase, then tap Unlock."));
        return;
    }
    setBusy(true);
    setError({});
    QPointer<UnlockController> self(this);
    session->unlock(passphrase.toStdString(), [self](core::Status st) {
        if (self)
            self->finish(st);
    });
}

void UnlockController::createStore(const QString& passphrase, const QString& confirmation)
{
    Session* session = Session::instance();
    if (!session || m_busy)
        return;
    if (!PassphraseStrength::acceptable(passphrase)) {
        setError(PassphraseStrength::advice(PassphraseStrength::score(passphrase)));
        return;
    }
    if (passphrase != confirmation) {
        setError(tr("The two passphrases are not the same. Type the same passphrase twice."));
        return;
    }
    setBusy(true);
    setError({});
    QPointer<UnlockController> self(this);
    session->createStore(passphrase.toStdString(), [self](core::Status st) {
        if (self)
            self->finish(st);
    });
}

} // namespace fieldnotes::app
