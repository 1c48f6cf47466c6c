// The sync screen: what waits to be sent, the last sync, and the conflicts inbox — both values
// side by side with who and when, resolved with one tap. Conflicts reach the tablet as in use:
// the office merges crossing edits and the tablet adopts the office's feed.
#include "appfixture.h"
#include "conflictsmodel.h"
#include "ledger.h"
#include "modeltest.h"
#include "officeadmin.h"
#include "officeclient.h"
#include "outboxmodels.h"
#include "replica.h"
#include "storeinternals.h"
#include "synccontroller.h"
#include "syncharness.h"

#include <QSignalSpy>
#include <QThread>
#include <nlohmann/json.hpp>

#include <atomic>
#include <condition_variable>
#include <future>
#include <mutex>
#include <optional>
#include <thread>

using namespace fieldnotes;
using namespace fieldnotes::app;
using namespace fieldnotes::test;

namespace {

// A participant created on the tablet, whose phone number the office and the tablet then change
// at the same time; the tablet pulls the result. Returns the participant's id.
core::Id crossEditsOnThePhone(AppFixture& f, test::TempStore& office)
{
    core::Ledger ledger(*office);
    auto pid = f.onStore<core::Id>([](core::Store& s) -> core::Result<core::Id> {
        core::Participant p;
        p.displayName = "Sara Testesen";
        p.phone = "90000000";
        return s.create(p);
    });
    if (!pid)
        return {};
    auto push = [&] {
        auto pending = f.onStore<std::vector<core::Change>>([](core::Store& s) { return core::Replica(s).pending(); });
        if (!pending || pending->empty())
            return false;
        if (!ledger.applyBatch("00000000-0000-4000-8000-0000000000aa", *pending))
            return false;
        const std::int64_t last = pending->back().seq;
        return f
            .onStore<bool>([last](core::Store& s) -> core::Result<bool> {
                FN_TRY(core::Replica(s).acknowledge(last));
                return true;
            })
            .has_value();
    };
    if (!push())
        return {};
    auto created = ledger.rowState("participants", *pid);
    core::Change theirs;
    theirs.op = core::ChangeOp::Set;
    theirs.table = "participants";
    theirs.rowId = *pid;
    theirs.column = "phone";
    theirs.value = std::string("41111111");
    theirs.base = (*created)->created;
    if (!ledger.applyOwn(theirs))
        return {};
    if (!f.onStore<bool>([pid](core::Store& s) -> core::Result<bool> {
            FN_TRY_ASSIGN(auto p, s.get<core::Participant>(*pid));
            p.phone = "98888888";
            FN_TRY(s.update(p));
            return true;
        }))
        return {};
    if (!push())
        return {};
    std::vector<core::RowState> rows;
    const std::int64_t head = *ledger.head();
    const auto feed = ledger.feedAfter(0, head, 1000);
    if (!feed)
        return {};
    for (const auto& e : *feed)
        if (auto rs = ledger.rowState(e.table, e.rowId); rs && *rs)
            rows.push_back(**rs);
    auto pulled = f.onStore<bool>([rows, head](core::Store& s) -> core::Result<bool> {
        FN_TRY(core::Replica(s).applyFeed(rows, {}, head));
        return true;
    });
    return pulled ? *pid : core::Id {};
}

// A client as the sync library drives the app: on a thread of its own, reaching the Store only
// through the access it was given, reporting from its own thread. It does what a sync does to the
// store that a test can see (reads the outbox, records the sync's time), without a network; with
// `waitForCancel` it then stays connected until cancelled, and makes one more store step after.
class ScriptedClient : public SyncClient {
public:
    bool waitForCancel = false;
    Outcome outcome; // what a finished sync reports (`sent` is filled in)
    std::optional<core::Error> failure; // or how it fails
    std::atomic<bool> started { false };
    std::atomic<bool> cancelled { false };
    std::atomic<bool> everyStepFoundTheStore { true };
    std::atomic<int> reportsOffTheUiThread { 0 };

    ~ScriptedClient() override
    {
        if (m_thread.joinable())
            m_thread.join();
    }

    void pair(StoreAccess, std::filesystem::path, ProgressFn, std::function<void(core::Status)> done) override
    {
        done(tl::unexpected(core::Error { core::ErrorCode::InvalidArgument, "not used here", {} }));
    }

    void sync(StoreAccess store, ProgressFn progress, std::function<void(core::Result<Outcome>)> done) override
    {
        m_thread = std::thread([this, store, progress, done] {
            report(progress, { Progress::Phase::Connecting, 0, 0 });
            const std::int64_t pending = onStore<std::int64_t>(
                store, [](core::Store& s) -> core::Result<std::int64_t> { return core::Replica(s).pendingCount(); });
            started = true;
            report(progress, { Progress::Phase::Sending, pending, pending });
            if (waitForCancel) {
                std::unique_lock lock(m_mutex);
                m_cancel.wait(lock, [this] { return cancelled.load(); });
                onStore<std::int64_t>(store, [](core::Store&) -> core::Result<std::int64_t> { return 0; });
                done(tl::unexpected(core::Error { core::ErrorCode::Network, "The sync was cancelled.", {} }));
                return;
            }
            onStore<std::int64_t>(store, [](core::Store& s) -> core::Result<std::int64_t> {
                FN_TRY(s.setState(core::lastSyncStateKey, s.clock().nowMs()));
                return 0;
            });
            if (failure) {
                done(tl::unexpected(*failure));
                return;
            }
            if (outcome.withdrawn) // told to wipe: the replica erases what was synced, as the library does
                onStore<std::int64_t>(store, [](core::Store& s) -> core::Result<std::int64_t> {
                    FN_TRY(sync::wipeReplica(s));
                    return 0;
                });
            Outcome result = outcome;
            result.sent = pending;
            done(result);
        });
    }

    void cancel() override
    {
        std::lock_guard lock(m_mutex);
        cancelled = true;
        m_cancel.notify_all();
    }

private:
    void report(const ProgressFn& progress, const Progress& p)
    {
        if (QThread::currentThread() != QCoreApplication::instance()->thread())
            ++reportsOffTheUiThread;
        progress(p);
    }

    // One step on the store thread, waited for as the library waits for it.
    template<class R> R onStore(const StoreAccess& store, std::function<core::Result<R>(core::Store&)> step)
    {
        std::promise<R> answer;
        store([&](core::Store* s) {
            if (!s) {
                everyStepFoundTheStore = false;
                answer.set_value(R {});
                return;
            }
            auto r = step(*s);
            answer.set_value(r ? *r : R {});
        });
        return answer.get_future().get();
    }

    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_cancel;
};

// A refusal as the tablet records it when the office answers a push (sync/device.cpp).
core::Status recordRefusal(core::Store& s, const core::Change& c, const std::string& scope, const std::string& reason)
{
    nlohmann::json payload = nlohmann::json::object();
    for (const auto& [column, value] : c.fields)
        payload[column] = core::toJson(value);
    FN_TRY_ASSIGN(core::Statement * st,
        core::StoreInternals::db(s).prepare(
            "INSERT INTO rejected_changes(seq, op, tbl, row_id, scope, col, value, payload, reason,"
            " rejected_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    return st->bind(1, c.seq)
        .bind(2, core::opName(c.op))
        .bind(3, c.table)
        .bind(4, c.rowId)
        .bind(5, scope)
        .bind(6, c.column)
        .bind(7, c.value)
        .bind(8, payload.dump())
        .bind(9, reason)
        .bind(10, s.clock().nowMs())
        .run();
}

// Installs a client for one test, and takes it away after.
struct InstalledClient {
    ScriptedClient* client;
    InstalledClient()
    {
        auto c = std::make_unique<ScriptedClient>();
        client = c.get();
        setSyncClient(std::move(c));
    }
    ~InstalledClient() { setSyncClient(nullptr); }
};

} // namespace

class TestSync : public QObject {
    Q_OBJECT

private slots:
    void showsWhatWaitsAndThatThereIsNoSyncYet()
    {
        AppFixture f(AppFixture::Content::Empty);
        QVERIFY(f.unlock());
        SyncController c;
        watchModel(*c.conflicts());
        complete(c);
        QVERIFY(waitFor([&] { return c.ready(); }));
        QCOMPARE(c.pendingCount(), 0);
        QCOMPARE(c.pendingText(), QStringLiteral("Everything has been sent."));
        QCOMPARE(c.lastSyncText(), QStringLiteral("This tablet has not synced yet."));
        QVERIFY(!c.available()); // no network client in this build: said plainly, nothing faked
        QVERIFY(!c.statusText().isEmpty());

        auto wrote = f.onStore<bool>([](core::Store& s) -> core::Result<bool> {
            core::Participant p;
            p.displayName = "Ola Prøve";
            FN_TRY(s.create(p));
            FN_TRY(s.setState(core::lastSyncStateKey, std::int64_t { 1772442000000 }));
            return true;
        });
        QVERIFY(wrote);
        c.reload();
        QVERIFY(waitFor([&] { return c.pendingCount() == 1; }));
        QCOMPARE(c.pendingText(), QStringLiteral("1 change waits to be sent."));
        QVERIFY(c.lastSyncText().startsWith(QStringLiteral("Last synced ")));
    }

    void conflictsShowBothSidesAndResolveWithOneTap()
    {
        AppFixture f(AppFixture::Content::Empty);
        QVERIFY(f.unlock());
        test::TempStore office("00000000-0000-4000-8000-0000000000f0", 99);
        const core::Id pid = crossEditsOnThePhone(f, office);
        QVERIFY(!pid.empty());

        SyncController c;
        watchModel(*c.conflicts());
        complete(c);
        QVERIFY(waitFor([&] { return c.ready() && c.conflicts()->rowCount() == 1; }));
        QCOMPARE(c.conflictCount(), 1);
        const ConflictsModel& m = *c.conflicts();
        QCOMPARE(roleValue(m, 0, "subject").toString(), QStringLiteral("Sara Testesen"));
        QCOMPARE(roleValue(m, 0, "what").toString(), QStringLiteral("Participant: Phone"));
        const QStringList values { roleValue(m, 0, "keptText").toString(), roleValue(m, 0, "otherText").toString() };
        QVERIFY(values.contains(QStringLiteral("41111111")));
        QVERIFY(values.contains(QStringLiteral("98888888")));
        QVERIFY(roleValue(m, 0, "keptBy").toString().contains(QStringLiteral("2026")));
        QVERIFY(roleValue(m, 0, "otherBy").toString().contains(QStringLiteral("2026")));
        QVERIFY(roleValue(m, 0, "canTakeOther").toBool());

        const QString other = roleValue(m, 0, "otherText").toString();
        c.resolve(roleValue(m, 0, "conflictId").toString(), QStringLiteral("other"));
        QVERIFY(waitFor([&] { return c.conflicts()->rowCount() == 0; }));
        QCOMPARE(c.conflictCount(), 0);
        QCOMPARE(c.pendingCount(), 1); // the decision waits to be sent
        auto p = f.onStore<core::Participant>([pid](core::Store& s) { return s.get<core::Participant>(pid); });
        QCOMPARE(QString::fromStdString(p->phone), other);
    }

    void aSyncRunsThroughTheClientAndReportsOnTheUiThread()
    {
        AppFixture f(AppFixture::Content::Empty);
        QVERIFY(f.unlock());
        QVERIFY(f.onStore<bool>([](core::Store& s) -> core::Result<bool> {
            core::Participant p;
            p.displayName = "Ola Prøve";
            FN_TRY(s.create(p));
            return true;
        }));
        InstalledClient installed;
        SyncController c;
        complete(c);
        QVERIFY(waitFor([&] { return c.ready(); }));
        QVERIFY(c.available());
        bool everyReportOnTheUiThread = true;
        QObject::connect(&c, &SyncController::progressChanged, &c,
            [&] { everyReportOnTheUiThread = everyReportOnTheUiThread && QThread::currentThread() == c.thread(); });
        QSignalSpy working(&c, &SyncController::workingChanged);

        c.sync();
        QVERIFY(c.working());
        QVERIFY(f.session().host().held()); // the Store stays open for the client until it is done
        QVERIFY(waitFor([&] { return !c.working(); }));
        QVERIFY(installed.client->reportsOffTheUiThread > 0);
        QVERIFY(everyReportOnTheUiThread);
        QVERIFY(installed.client->everyStepFoundTheStore);
        QVERIFY(!f.session().host().held());
        QCOMPARE(c.statusText(), QStringLiteral("Synced: 1 sent, 0 received."));
        QCOMPARE(working.count(), 2);
        // The screen reads the store again: the sync's time is there now.
        QVERIFY(waitFor([&] { return c.lastSyncText().startsWith(QStringLiteral("Last synced ")); }));
    }

    // What a person must know after a sync is on the screen: a case file restored or copied, a
    // clock behind; and a clock ahead stops the sync with what to do.
    void theSyncScreenSaysWhenTheCaseFileWasRestoredOrTheClockIsWrong()
    {
        AppFixture f(AppFixture::Content::Empty);
        QVERIFY(f.unlock());
        InstalledClient installed;
        installed.client->outcome.storeRestored = true;
        installed.client->outcome.clockBehind = true;
        SyncController c;
        complete(c);
        QVERIFY(waitFor([&] { return c.ready(); }));
        c.sync();
        QVERIFY(waitFor([&] { return !c.working(); }));
        QVERIFY2(c.statusText().contains(QStringLiteral("restored from a backup or copied from another tablet")),
            qPrintable(c.statusText()));
        QVERIFY2(c.statusText().contains(QStringLiteral("clock is behind")), qPrintable(c.statusText()));

        InstalledClient failing;
        failing.client->failure = core::Error { core::ErrorCode::ClockWrong, "ahead", {} };
        SyncController d;
        complete(d);
        QVERIFY(waitFor([&] { return d.ready(); }));
        d.sync();
        QVERIFY(waitFor([&] { return !d.working(); }));
        QVERIFY2(d.statusText().contains(QStringLiteral("clock is ahead")), qPrintable(d.statusText()));
        QVERIFY(d.statusText().contains(QStringLiteral("Nothing is lost")));
    }

    // A participant handed over to a colleague leaves the caseload at the next sync: the screen
    // names them, and says that the drafts about them stayed and what to do with them.
    void theSyncScreenNamesTheParticipantsHandedOverAndTheDraftsKept()
    {
        AppFixture f(AppFixture::Content::Empty);
        QVERIFY(f.unlock());
        InstalledClient installed;
        installed.client->outcome.handedOver = { QStringLiteral("Sigrid O."), QStringLiteral("Tor P.") };
        installed.client->outcome.draftsKept = 2;
        SyncController c;
        complete(c);
        QVERIFY(waitFor([&] { return c.ready(); }));
        c.sync();
        QVERIFY(waitFor([&] { return !c.working(); }));
        QVERIFY2(c.statusText().contains(QStringLiteral("Handed over to a colleague by the team lead: Sigrid O. and "
                                                        "Tor P.; their records")),
            qPrintable(c.statusText()));
        QVERIFY2(c.statusText().contains(
                     QStringLiteral("2 unfinished drafts about them stay on this tablet: finish or discard them")),
            qPrintable(c.statusText()));

        InstalledClient noDrafts;
        noDrafts.client->outcome.handedOver = { QStringLiteral("Sigrid O.") };
        SyncController d;
        complete(d);
        QVERIFY(waitFor([&] { return d.ready(); }));
        d.sync();
        QVERIFY(waitFor([&] { return !d.working(); }));
        QVERIFY(d.statusText().contains(QStringLiteral("team lead: Sigrid O.;")));
        QVERIFY2(!d.statusText().contains(QStringLiteral("draft")), qPrintable(d.statusText()));
    }

    void lockingCancelsASyncAndClosesTheStoreAfterIt()
    {
        AppFixture f(AppFixture::Content::Empty);
        QVERIFY(f.unlock());
        InstalledClient installed;
        installed.client->waitForCancel = true;
        SyncController c;
        complete(c);
        QVERIFY(waitFor([&] { return c.ready(); }));
        c.sync();
        QVERIFY(waitFor([&] { return installed.client->started.load(); }));

        f.session().lock();
        QVERIFY(installed.client->cancelled);
        QCOMPARE(f.session().state(), Session::State::Locked);
        QVERIFY(waitFor([&] { return !f.session().host().held(); }));
        // The step the client made after the cancellation still found the Store.
        QVERIFY(installed.client->everyStepFoundTheStore);
        auto r = f.onStore<int>([](core::Store&) -> core::Result<int> { return 1; });
        QVERIFY(!r);
        QCOMPARE(r.error().code, core::ErrorCode::Locked);
    }

    // The office withdrew this tablet: after the sync the store goes for good (the key, the case
    // file and its journals, and with them the device id and certificate), and the app is back at
    // its first start, where a new store is set up as on a tablet fresh from the box.
    void aWithdrawnTabletEndsAtFirstStartWithNoStoreLeft()
    {
        AppFixture f(AppFixture::Content::Empty);
        QVERIFY(f.unlock());
        QVERIFY(f.onStore<bool>([](core::Store& s) -> core::Result<bool> {
            core::Participant p;
            p.displayName = "Ola Prøve";
            FN_TRY(s.create(p));
            return true;
        }));
        InstalledClient installed;
        installed.client->outcome.withdrawn = true;
        SyncController c;
        complete(c);
        QVERIFY(waitFor([&] { return c.ready(); }));
        c.sync();
        QVERIFY(waitFor([&] { return !c.working(); }));
        QVERIFY2(waitFor([&] { return f.session().state() == Session::State::NoStore; }, 5000),
            "the app did not go back to its first start");
        QVERIFY(!f.session().paired());
        QVERIFY(!core::Store::exists(f.dir()));
        QStringList left;
        for (const auto& entry : std::filesystem::directory_iterator(f.dir()))
            left << QString::fromStdString(entry.path().filename().string());
        QVERIFY2(left.isEmpty(), qPrintable("left in the data folder: " + left.join(", ")));

        // First start works as on a new tablet: a new store, empty, with a device id of its own.
        std::optional<core::Status> created;
        f.session().createStore(test::passphrase, [&](core::Status st) { created = st; });
        QVERIFY(waitFor([&] { return created.has_value(); }));
        QVERIFY2(*created, qPrintable(errorOf(*created)));
        QCOMPARE(f.session().state(), Session::State::Unlocked);
        auto participants = f.onStore<std::int64_t>([](core::Store& s) -> core::Result<std::int64_t> {
            FN_TRY_ASSIGN(auto all, core::StoreInternals::select<core::Participant>(s));
            return static_cast<std::int64_t>(all.size());
        });
        QCOMPARE(participants.value_or(-1), std::int64_t { 0 });
    }

    void listsWhatWaitsRecordByRecord()
    {
        AppFixture f(AppFixture::Content::Empty);
        QVERIFY(f.unlock());
        QVERIFY(f.onStore<bool>([](core::Store& s) -> core::Result<bool> {
            core::Participant p;
            p.displayName = "Ola Prøve";
            FN_TRY_ASSIGN(p.id, s.create(p));
            FN_TRY(core::Replica(s).acknowledge(100));
            p.phone = "40000000";
            FN_TRY(s.update(p));
            p.email = "ola@example.invalid";
            FN_TRY(s.update(p));
            return true;
        }));
        SyncController c;
        watchModel(*c.waiting());
        watchModel(*c.refused());
        complete(c);
        QVERIFY(waitFor([&] { return c.ready(); }));
        QCOMPARE(c.pendingCount(), 2);
        QCOMPARE(c.waiting()->rowCount(), 1);
        QCOMPARE(roleValue(*c.waiting(), 0, "what").toString(), QStringLiteral("Participant"));
        QCOMPARE(roleValue(*c.waiting(), 0, "subject").toString(), QStringLiteral("Ola Prøve"));
        QCOMPARE(roleValue(*c.waiting(), 0, "changeText").toString(), QStringLiteral("Changed: Phone, E-mail"));
        QVERIFY(roleValue(*c.waiting(), 0, "whenText").toString().contains(QStringLiteral("2026")));
        QCOMPARE(c.waitingCount(), 1);
        QVERIFY(c.waitingMoreText().isEmpty());
        QCOMPARE(c.refused()->rowCount(), 0);
    }

    void showsWhatTheOfficeRefusedWithWhatToDo()
    {
        AppFixture f(AppFixture::Content::Empty);
        QVERIFY(f.unlock());
        QVERIFY(f.onStore<bool>([](core::Store& s) -> core::Result<bool> {
            core::Participant p;
            p.displayName = "Sara Testesen";
            FN_TRY_ASSIGN(p.id, s.create(p));
            core::Change note;
            note.seq = 3;
            note.op = core::ChangeOp::Append;
            note.table = "visits";
            note.rowId = "00000000-0000-4000-8000-0000000000c1";
            note.fields = { { "participant_id", p.id }, { "note", std::string("Snakket om turnus") } };
            FN_TRY(recordRefusal(s, note, "p:" + p.id, "this participant is not followed by you"));
            core::Change phone;
            phone.seq = 4;
            phone.op = core::ChangeOp::Set;
            phone.table = "participants";
            phone.rowId = p.id;
            phone.column = "phone";
            phone.value = std::string("41234567");
            FN_TRY(recordRefusal(s, phone, "p:" + p.id, "who follows a participant is decided at the office"));
            return true;
        }));
        SyncController c;
        watchModel(*c.refused());
        complete(c);
        QVERIFY(waitFor([&] { return c.ready() && c.refused()->rowCount() == 2; }));
        const RefusedModel& m = *c.refused();
        int note = -1;
        for (int row = 0; row < m.rowCount(); ++row)
            if (roleValue(m, row, "what").toString() == QLatin1String("Visit note"))
                note = row;
        QVERIFY(note >= 0);
        QCOMPARE(roleValue(m, note, "subject").toString(), QStringLiteral("Sara Testesen"));
        QCOMPARE(roleValue(m, note, "reason").toString(), QStringLiteral("This participant is not followed by you."));
        QVERIFY(roleValue(m, note, "remedyText").toString().contains(QStringLiteral("write it again")));
        QVERIFY(roleValue(m, note, "typedText").toString().contains(QStringLiteral("Snakket om turnus")));
        QVERIFY(!roleValue(m, note, "typedText").toString().contains(QStringLiteral("participant_id")));
        const int phone = 1 - note;
        QCOMPARE(roleValue(m, phone, "what").toString(), QStringLiteral("Participant: Phone"));
        QVERIFY(roleValue(m, phone, "remedyText").toString().contains(QStringLiteral("ask the office")));
        QCOMPARE(roleValue(m, phone, "typedText").toString(), QStringLiteral("Phone: 41234567"));

        c.dismissRefused(roleValue(m, note, "refusedId").toString());
        QVERIFY(waitFor([&] { return c.refused()->rowCount() == 1; }));
        QCOMPARE(roleValue(m, 0, "what").toString(), QStringLiteral("Participant: Phone"));
    }

    void aSyncInProgressIsShownAgainWhenTheScreenIsReopened()
    {
        AppFixture f(AppFixture::Content::Empty);
        QVERIFY(f.unlock());
        InstalledClient installed;
        installed.client->waitForCancel = true;
        {
            SyncController first;
            complete(first);
            QVERIFY(waitFor([&] { return first.ready(); }));
            first.sync();
            QVERIFY(waitFor([&] { return installed.client->started.load(); }));
            QVERIFY(waitFor([&] { return first.statusText().startsWith(QStringLiteral("Sending your changes")); }));
        } // the person leaves the sync screen while it syncs
        SyncController again;
        complete(again);
        QVERIFY(again.working());
        QVERIFY(again.statusText().startsWith(QStringLiteral("Sending your changes")));
        QSignalSpy working(&again, &SyncController::workingChanged);
        installed.client->cancel();
        QVERIFY(waitFor([&] { return !again.working(); }));
        QCOMPARE(working.count(), 1);
        QVERIFY(!again.statusText().startsWith(QStringLiteral("Sending")));
        QVERIFY(waitFor([&] { return !f.session().host().held(); }));
        // And a screen opened after it ended still says how it ended.
        SyncController later;
        complete(later);
        QVERIFY(!later.working());
        QCOMPARE(later.statusText(), again.statusText());
    }

    // The sync client hands each piece of store work to the store thread as a job of its own, so a
    // draft typed while a sync is stuck on the network is saved at once, not when the sync ends.
    void aDraftIsSavedWhileASyncRuns()
    {
        AppFixture f(AppFixture::Content::Empty);
        QVERIFY(f.unlock());
        // An office whose pairing bundles send tablets to a port that never answers.
        test::SilentOffice silent;
        test::TempStore officeStore(test::deviceUuid(1), 77);
        FN_VERIFY_OK(sync::OfficeAdmin::setUp(*officeStore, silent.address()));
        sync::Office office(*officeStore);
        core::Id staff;
        FN_VERIFY_OK(office.write([&]() -> core::Status {
            FN_TRY_ASSIGN(staff, officeStore->create(core::Staff { {}, "Anna Testesen", core::StaffRole::Specialist }));
            return {};
        }));
        FN_REQUIRE(const sync::Enrolment enrolment,
            sync::OfficeAdmin(office).enroll(staff, core::StaffRole::Specialist, std::chrono::hours(1)));
        QVERIFY(f.onStore<bool>([&](core::Store& s) -> core::Result<bool> {
            FN_TRY(test::pairInMemory(office, s, enrolment.bundle));
            return true;
        }));

        OfficeSyncClient client;
        StoreHost& host = f.session().host();
        host.hold();
        std::atomic<bool> ended { false };
        core::Result<SyncClient::Outcome> outcome = tl::unexpected(core::Error {});
        std::mutex outcomeMutex;
        client.sync([&host](std::function<void(core::Store*)> job) { host.post(std::move(job)); },
            [](const SyncClient::Progress&) {},
            [&](core::Result<SyncClient::Outcome> r) {
                std::lock_guard lock(outcomeMutex);
                outcome = std::move(r);
                ended = true;
            });

        // The person types meanwhile: the draft is written while the sync waits for the office.
        std::optional<core::Status> saved;
        QObject context;
        host.run<bool>(
            &context,
            [](core::Store& s) -> core::Result<bool> {
                FN_TRY(s.saveDraft(core::Draft { "00000000-0000-4000-8000-0000000000d5", "visit", {}, 0,
                    "{\"note\":\"skrevet mens det synkroniseres\"}" }));
                return true;
            },
            [&](core::Result<bool> r) { saved = r ? core::Status {} : core::Status(tl::unexpected(r.error())); });
        QVERIFY2(waitFor([&] { return saved.has_value(); }, 5000), "the draft waited for the sync");
        QVERIFY(saved->has_value());
        QVERIFY(!ended); // the sync was still running when the draft was saved

        client.cancel();
        QVERIFY(waitFor([&] { return ended.load(); }));
        host.release();
        std::lock_guard lock(outcomeMutex);
        QVERIFY(!outcome); // cancelled, and said so
        auto drafts = f.onStore<std::vector<core::Draft>>([](core::Store& s) { return s.drafts(); });
        QVERIFY(drafts);
        QCOMPARE(drafts->size(), std::size_t { 1 });
    }

    void valuesAreShownAsAPersonReadsThem_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("column");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QString>("text");
        QTest::newRow("status code") << QStringLiteral("participants") << QStringLiteral("status")
                                     << QVariant(QStringLiteral("job_search")) << QStringLiteral("Job search");
        QTest::newRow("date") << QStringLiteral("placements") << QStringLiteral("trial_end_on")
                              << QVariant(QStringLiteral("2026-04-30")) << QStringLiteral("30/04/2026");
        QTest::newRow("yes/no") << QStringLiteral("participants") << QStringLiteral("interpreter_needed") << QVariant(1)
                                << QStringLiteral("Yes");
        QTest::newRow("empty") << QStringLiteral("profiles") << QStringLiteral("dream_job") << QVariant()
                               << QStringLiteral("(empty)");
        QTest::newRow("text") << QStringLiteral("profiles") << QStringLiteral("dream_job")
                              << QVariant(QStringLiteral("Kokk")) << QStringLiteral("Kokk");
    }

    void valuesAreShownAsAPersonReadsThem()
    {
        QFETCH(QString, table);
        QFETCH(QString, column);
        QFETCH(QVariant, value);
        QFETCH(QString, text);
        Preferences prefs({}, QStringLiteral("en"));
        core::Value v;
        if (value.typeId() == QMetaType::QString)
            v = value.toString().toStdString();
        else if (value.typeId() == QMetaType::Int)
            v = std::int64_t { value.toInt() };
        QCOMPARE(ConflictsModel::valueText(table.toStdString(), column.toStdString(), v), text);
    }
};

QTEST_GUILESS_MAIN(TestSync)
#include "tst_sync.moc"
