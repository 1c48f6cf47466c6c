// The user's session with the encrypted store: locked or unlocked, who the user is (staff id,
// role), and locking — on request, after the idle time chosen in Preferences, and when the app
// goes to the background.
//
// Locking destroys the Store (SQLCipher wipes its key). Before it does, aboutToLock() lets every
// open form save its draft; those saves are posted to the store thread first, so they are written
// before the Store goes. The form to reopen after unlocking (a draft id, never its content) is
// remembered in memory only.
#pragma once

#include "idlemonitor.h"
#include "lifecycle.h"
#include "storehost.h"

#include <QDate>
#include <QObject>
#include <QtQml/qqmlregistration.h>

#include <filesystem>

class QQmlEngine;
class QJSEngine;

namespace fieldnotes::app {

class Preferences;

struct SessionOptions {
    QString dataDir;
    QString exportsDir; // where exports made on the tablet go; empty: platform::exportsDir()
    core::StoreOptions store; // the KDF cost, clock and id source the Store is opened with
    bool watchIdle = true; // lock after the idle time
    bool watchLifecycle = true; // lock when the app goes to the background
    QString startRoute; // the screen to open once unlocked ("participant:<id>", "sync", ...), for screenshots
    bool unlocksAtStart = false; // a passphrase file opens the store at start: the lock screen is not the first screen
};

class Session : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(bool unlocked READ unlocked NOTIFY stateChanged)
    Q_PROPERTY(Role role READ role NOTIFY identityChanged)
    Q_PROPERTY(QString staffName READ staffName NOTIFY identityChanged)
    Q_PROPERTY(QString roleText READ roleText NOTIFY identityChanged)
    Q_PROPERTY(QString dataDir READ dataDir CONSTANT)
    Q_PROPERTY(QString resumeKind READ resumeKind NOTIFY resumeChanged)
    Q_PROPERTY(QString resumeDraftId READ resumeDraftId NOTIFY resumeChanged)
    Q_PROPERTY(int revision READ revision NOTIFY storeChanged)
    Q_PROPERTY(bool paired READ paired NOTIFY identityChanged)
    Q_PROPERTY(bool createdThisRun READ createdThisRun NOTIFY stateChanged)
    Q_PROPERTY(QString startRoute READ startRoute CONSTANT)
    // True while the app is not in the foreground: the window covers its content, so the app
    // switcher's thumbnail shows none (platform/lifecycle.h).
    Q_PROPERTY(bool contentHidden READ contentHidden NOTIFY contentHiddenChanged)

public:
    enum class State { NoStore, Locked, Unlocking, Unlocked };
    Q_ENUM(State)
    enum class Role { Specialist, Mentor, Lead };
    Q_ENUM(Role)

    explicit Session(SessionOptions options, QObject* parent = nullptr);
    ~Session() override;

    static Session* instance();
    static Session* create(QQmlEngine*, QJSEngine*);
    // Today on the tablet, by the store's clock (a test's fixed clock when one is set).
    static QDate today();

    State state() const { return m_state; }
    bool unlocked() const { return m_state == State::Unlocked; }
    Role role() const { return m_role; }
    QString staffName() const { return m_staffName; }
    QString staffId() const { return m_staffId; }
    QString roleText() const;
    QString dataDir() const { return m_options.dataDir; }
    QString exportsDir() const;
    QString resumeKind() const { return m_resumeKind; }
    QString resumeDraftId() const { return m_resumeDraftId; }
    int revision() const { return m_revision; }
    bool paired() const { return !m_staffId.isEmpty(); }
    bool createdThisRun() const { return m_createdThisRun; }
    QString startRoute() const { return m_options.startRoute; }
    bool contentHidden() const { return m_lifecycle.contentHidden(); }

    StoreHost& host() { return m_host; }
    std::filesystem::path storeDir() const;
    const core::StoreOptions& storeOptions() const { return m_options.store; }

    // Opens the store with `passphrase`; `done` gets the outcome (and the session is unlocked on success).
    void unlock(std::string passphrase, std::function<void(core::Status)> done);
    // Creates a new store and unlocks it.
    void createStore(std::string passphrase, std::function<void(core::Status)> done);

    Q_INVOKABLE void lock();
    // The office withdrew this tablet (its sync has erased everything synced): the store is removed
    // for good, with the device id and certificate in it, and the app goes back to its first start,
    // as on a tablet fresh from the box, to be set up and paired again. Open forms are not saved.
    void wipe();
    // Re-encrypts the store under a new key, and `newPassphrase` (core::Store::rekey); open forms
    // save their drafts first. The session stays unlocked unless the store cannot be opened again.
    void rekey(std::string oldPassphrase, std::string newPassphrase, std::function<void(double)> progress,
        std::function<void(core::Status)> done);
    // Reads the user (staff id, name, role) again, after pairing wrote a new one.
    void refreshIdentity();
    // A form with a draft open asks to be reopened after the next unlock; an empty id forgets it.
    Q_INVOKABLE void rememberOpenDraft(const QString& kind, const QString& draftId);
    Q_INVOKABLE void forgetOpenDraft();
    // A page calls this when it is on top and ready for input; the first call is the first
    // interactive frame that startup timing and screenshots wait for. The lock screen does not
    // count when the store unlocks by itself at start.
    Q_INVOKABLE void markInteractive();
    bool interactive() const { return m_interactive; }

    platform::IdleMonitor& idleMonitor() { return m_idle; }
    platform::Lifecycle& lifecycle() { return m_lifecycle; }

signals:
    void stateChanged();
    void identityChanged();
    void resumeChanged();
    void storeChanged(); // something was written: lists refresh
    void aboutToLock(); // save drafts now
    void firstInteractive();
    void contentHiddenChanged();

private:
    void setState(State state);
    void loadIdentity(std::function<void(core::Status)> done);
    void applyLockTimeout();

    SessionOptions m_options;
    StoreHost m_host;
    platform::IdleMonitor m_idle;
    platform::Lifecycle m_lifecycle;
    State m_state = State::NoStore;
    Role m_role = Role::Specialist;
    QString m_staffId;
    QString m_staffName;
    QString m_resumeKind;
    QString m_resumeDraftId;
    int m_revision = 0;
    bool m_interactive = false;
    bool m_createdThisRun = false;
};

} // namespace fieldnotes::app
