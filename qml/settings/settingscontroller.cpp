#include "settingscontroller.h"

#include "errors.h"
#include "labels.h"
#include "passphrasestrength.h"
#include "preferences.h"
#include "schema.h"

#include <QLocale>
#include <QPointer>

#ifndef FIELDNOTES_VERSION
#define FIELDNOTES_VERSION "0.0.0"
#endif

namespace fieldnotes::app {

namespace {
struct About {
    std::string deviceId;
    int schema = 0;
};
} // namespace

SettingsController::SettingsController(QObject* parent)
    : ScreenController(parent)
{
    if (auto* prefs = Preferences::instance())
        connect(prefs, &Preferences::languageChanged, this, [this] {
            emit candidateChanged();
            emit aboutChanged();
            reload();
        });
}

void SettingsController::setCandidate(const QString& c)
{
    if (c == m_candidate)
        return;
    m_candidate = c;
    emit candidateChanged();
}

QString SettingsController::strengthText() const
{
    const auto score = PassphraseStrength::score(m_candidate);
    return tr("Strength: %1. %2").arg(PassphraseStrength::label(score), PassphraseStrength::advice(score));
}

bool SettingsController::candidateAcceptable() const
{
    return PassphraseStrength::acceptable(m_candidate);
}

QString SettingsController::versionText() const
{
    return tr("fieldnotes %1, Qt %2").arg(QStringLiteral(FIELDNOTES_VERSION), QString::fromLatin1(qVersion()));
}

QStringList SettingsController::lockTimeoutLabels() const
{
    QStringList out;
    for (int minutes : Preferences::lockTimeoutChoices())
        out << tr("After %n minute(s) without use", nullptr, minutes);
    return out;
}

void SettingsController::setMessage(const QString& text)
{
    m_message = text;
    emit messageChanged();
}

void SettingsController::load()
{
    fetch<About>(
        [](core::Store& store) -> core::Result<About> {
            About a;
            a.deviceId = store.deviceId();
            FN_TRY_ASSIGN(a.schema, store.schemaVersion());
            return a;
        },
        [this](About& a) {
            Session* s = session();
            QStringList lines;
            if (!s->staffName().isEmpty())
                lines << tr("User: %1 (%2)").arg(s->staffName(), s->roleText());
            lines << tr("Device: %1").arg(QString::fromStdString(a.deviceId).left(8));
            lines << tr("Case store: %1, format %2").arg(s->dataDir(), QLocale().toString(a.schema));
            lines << tr("Everything on this tablet is encrypted. The passphrase cannot be recovered: if it is lost, "
                        "pair the tablet again to get synced work back.");
            m_about = lines.join(QLatin1Char('\n'));
            emit aboutChanged();
        });
}

void SettingsController::changePassphrase(
    const QString& current, const QString& next, const QString& confirmation, bool rekey)
{
    Session* s = session();
    if (!s || m_changing)
        return;
    if (current.isEmpty()) {
        setMessage(tr("Type your current passphrase."));
        return;
    }
    const bool keepPassphrase = rekey && next.isEmpty() && confirmation.isEmpty();
    if (!keepPassphrase && !PassphraseStrength::acceptable(next)) {
        setMessage(PassphraseStrength::advice(PassphraseStrength::score(next)));
        return;
    }
    if (!keepPassphrase && next != confirmation) {
        setMessage(tr("The two new passphrases are not the same. Type the same passphrase twice."));
        return;
    }
    m_changing = true;
    emit changingChanged();
    std::string oldPass = current.toStdString();
    std::string newPass = keepPassphrase ? oldPass : next.toStdString();
    QPointer<SettingsController> self(this);
    if (rekey) {
        setMessage(tr("Re-encrypting the case file… Keep the tablet on; this takes a minute."));
        m_rekeyProgress = 0;
        emit rekeyProgressChanged();
        s->rekey(
            std::move(oldPass), std::move(newPass),
            [self](double fraction) {
                if (!self)
                    return;
                self->m_rekeyProgress = fraction;
                emit self->rekeyProgressChanged();
            },
            [self](core::Status status) {
                if (self)
                    self->finish(status, true);
            });
        return;
    }
    setMessage(tr("Changing the passphrase…"));
    auto oldSecret = std::make_shared<std::string>(std::move(oldPass));
    auto newSecret = std::make_shared<std::string>(std::move(newPass));
    const auto dir = s->storeDir();
    const core::StoreOptions options = s->storeOptions();
    s->host().post([self, oldSecret, newSecret, dir, options](core::Store*) {
        auto status = core::Store::changePassphrase(dir, *oldSecret, *newSecret, options);
        core::wipeString(*oldSecret);
        core::wipeString(*newSecret);
        QMetaObject::invokeMethod(
            Session::instance(),
            [self, status] {
                if (self)
                    self->finish(status, false);
            },
            Qt::QueuedConnection);
    });
}

void SettingsController::finish(const core::Status& status, bool rekeyed)
{
    m_changing = false;
    emit changingChanged();
    m_rekeyProgress = -1;
    emit rekeyProgressChanged();
    if (status) {
        setMessage(rekeyed ? tr("The case file is re-encrypted under a new key. Copies of the key file made before "
                                "no longer open it.")
                           : tr("The passphrase is changed. Use the new one from now on."));
        emit passphraseChanged();
    } else if (status.error().code == core::ErrorCode::WrongPassphrase) {
        setMessage(tr("The current passphrase is not right.") + QLatin1Char(' ')
            + ErrorText::waitFor(status.error().retryAfter.count()));
    } else {
        setMessage(ErrorText::of(status.error()));
    }
}

} // namespace fieldnotes::app
