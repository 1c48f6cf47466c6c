#include "session.h"

#include "format.h"
#include "labels.h"
#include "paths.h"
#include "preferences.h"

#include <QJSEngine>

namespace fieldnotes::app {

namespace {
Session* g_session = nullptr;
}

Session::Session(SessionOptions options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    g_session = this;
    m_state = core::Store::exists(storeDir()) ? State::Locked : State::NoStore;
    connect(&m_host, &StoreHost::changed, this, [this] {
        ++m_revision;
        emit storeChanged();
    });
    if (m_options.watchIdle) {
        connect(&m_idle, &platform::IdleMonitor::idle, this, &Session::lock);
        if (auto* prefs = Preferences::instance())
            connect(prefs, &Preferences::lockTimeoutChanged, this, &Session::applyLockTimeout);
        applyLockTimeout();
    }
    if (m_options.watchLifecycle)
        connect(&m_lifecycle, &platform::Lifecycle::movedToBackground, this, &Session::lock);
    connect(&m_lifecycle, &platform::Lifecycle::contentHiddenChanged, this, &Session::contentHiddenChanged);
}

Session::~Session()
{
    if (g_session == this)
        g_session = nullptr;
}

Session* Session::instance()
{
    return g_session;
}

QDate Session::today()
{
    const core::Clock* clock = g_session ? g_session->storeOptions().clock : nullptr;
    return toQDate(core::localDate(clock ? clock->now() : std::chrono::system_clock::now()));
}

Session* Session::create(QQmlEngine*, QJSEngine*)
{
    QJSEngine::setObjectOwnership(g_session, QJSEngine::CppOwnership);
    return g_session;
}

QString Session::roleText() const
{
    switch (m_role) {
    case Role::Specialist:
        return Labels::role(core::StaffRole::Specialist);
    case Role::Mentor:
        return Labels::role(core::StaffRole::Mentor);
    case Role::Lead:
        return Labels::role(core::StaffRole::Lead);
    }
    return {};
}

QString Session::exportsDir() const
{
    return m_options.exportsDir.isEmpty() ? platform::exportsDir() : m_options.exportsDir;
}

std::filesystem::path Session::storeDir() const
{
    return std::filesystem::path(m_options.dataDir.toStdString());
}

void Session::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged();
}

void Session::applyLockTimeout()
{
    const auto* prefs = Preferences::instance();
    const int minutes = prefs ? prefs->lockTimeoutMinutes() : 5;
    m_idle.setTimeoutMs(qint64(minutes) * 60 * 1000);
}

void Session::unlock(std::string passphrase, std::function<void(core::Status)> done)
{
    if (m_state == State::Unlocking || m_state == State::Unlocked) {
        done(core::fail(core::ErrorCode::InvalidArgument, "The store is already being opened."));
        return;
    }
    const State before = m_state;
    setState(State::Unlocking);
    m_host.open(this, storeDir(), std::move(passphrase), m_options.store, [this, before, done](core::Status st) {
        if (!st) {
            setState(before == State::NoStore ? State::NoStore : State::Locked);
            done(st);
            return;
        }
        loadIdentity(done);
    });
}

void Session::createStore(std::string passphrase, std::function<void(core::Status)> done)
{
    if (m_state != State::NoStore) {
        done(core::fail(core::ErrorCode::AlreadyExists, "This tablet already has a case store. Unlock it instead."));
        return;
    }
    m_createdThisRun = true;
    setState(State::Unlocking);
    auto secret = std::make_shared<std::string>(std::move(passphrase));
    // Creating runs the KDF too: on the store thread, like everything else that touches the store.
    m_host.post([this, secret, dir = storeDir(), options = m_options.store, done](core::Store*) {
        auto created = core::Store::create(dir, *secret, options);
        QMetaObject::invokeMethod(
            this,
            [this, created, secret, done]() mutable {
                if (!created) {
                    core::wipeString(*secret);
                    m_createdThisRun = false;
                    setState(State::NoStore);
                    done(created);
                    return;
                }
                m_state = State::Locked; // a store exists now; unlock() moves on from here
                unlock(std::move(*secret), done);
            },
            Qt::QueuedConnection);
    });
}

void Session::loadIdentity(std::function<void(core::Status)> done)
{
    struct Identity {
        std::string staffId;
        std::string staffName;
        core::StaffRole role;
    };
    m_host.run<Identity>(
        this,
        [](core::Store& store) -> core::Result<Identity> {
            Identity id { store.staffId(), {}, store.role() };
            if (!id.staffId.empty()) {
                FN_TRY_ASSIGN(auto staff, store.find<core::Staff>(id.staffId));
                if (staff)
                    id.staffName = staff->name;
            }
            return id;
        },
        [this, done](core::Result<Identity> identity) {
            if (!identity) {
                m_host.close(this, [] {});
                setState(State::Locked);
                done(tl::unexpected(identity.error()));
                return;
            }
            m_staffId = QString::fromStdString(identity->staffId);
            m_staffName = QString::fromStdString(identity->staffName);
            m_role = identity->role == core::StaffRole::Mentor ? Role::Mentor
                : identity->role == core::StaffRole::Lead      ? Role::Lead
                                                               : Role::Specialist;
            emit identityChanged();
            m_idle.noteActivity();
            setState(State::Unlocked);
            done({});
        });
}

void Session::refreshIdentity()
{
    if (m_state == State::Unlocked)
        loadIdentity([](core::Status) {});
}

void Session::lock()
{
    if (m_state != State::Unlocked)
        return;
    emit aboutToLock(); // forms post their draft saves now, ahead of the close below
    m_host.close(this, [] {});
    m_staffName.clear();
    m_staffId.clear();
    emit identityChanged();
    setState(State::Locked);
}

void Session::wipe()
{
    if (m_state == State::NoStore)
        return;
    m_staffName.clear();
    m_staffId.clear();
    m_createdThisRun = false;
    forgetOpenDraft();
    emit identityChanged();
    setState(State::Locked); // the screens close now; the store goes on its thread
    m_host.destroy(this, storeDir(), m_options.store, [this](core::Status status) {
        if (!status)
            qWarning("The withdrawn tablet's store could not be removed: %s", status.error().message.c_str());
        setState(core::Store::exists(storeDir()) ? State::Locked : State::NoStore);
    });
}

void Session::rekey(std::string oldPassphrase, std::string newPassphrase, std::function<void(double)> progress,
    std::function<void(core::Status)> done)
{
    if (m_state != State::Unlocked) {
        core::wipeString(oldPassphrase);
        core::wipeString(newPassphrase);
        done(tl::unexpected(StoreHost::lockedError()));
        return;
    }
    emit aboutToLock(); // forms post their draft saves ahead of the store closing for the rekey
    m_host.rekey(this, storeDir(), std::move(oldPassphrase), std::move(newPassphrase), m_options.store,
        std::move(progress), [this, done](core::Status status, bool reopened) {
            if (!reopened) {
                m_staffName.clear();
                m_staffId.clear();
                emit identityChanged();
                setState(State::Locked);
            }
            done(status);
        });
}

void Session::rememberOpenDraft(const QString& kind, const QString& draftId)
{
    if (kind == m_resumeKind && draftId == m_resumeDraftId)
        return;
    m_resumeKind = draftId.isEmpty() ? QString() : kind;
    m_resumeDraftId = draftId;
    emit resumeChanged();
}

void Session::forgetOpenDraft()
{
    rememberOpenDraft({}, {});
}

void Session::markInteractive()
{
    if (m_interactive || (m_options.unlocksAtStart && m_state != State::Unlocked))
        return;
    m_interactive = true;
    emit firstInteractive();
}

} // namespace fieldnotes::app
