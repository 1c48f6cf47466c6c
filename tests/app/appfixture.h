// Fixtures for the app's C++ tests: an encrypted store in a temporary folder (fast KDF, a clock
// fixed at 2026-03-02 09:00, reproducible ids), and the app's services over it (Preferences,
// Session), unlocked. Everything in it is invented.
#pragma once

#include "demo.h"
#include "preferences.h"
#include "screencontroller.h"
#include "session.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>

#include <memory>

namespace fieldnotes::test {

// The office and this tablet change one participant's phone at the same time (a participant in
// work, the first by name); the tablet receives the resulting conflict from the office's feed, as
// a pull would bring it. Returns the participant's id.
core::Result<core::Id> receiveConflict(core::Store& tablet, core::Store& office);

// Runs a screen controller's component steps (classBegin, componentComplete), as the QML engine
// does when a page creates it.
inline void complete(app::ScreenController& c)
{
    c.classBegin();
    c.componentComplete();
}

// Waits (without asserting how long) until `condition` holds, spinning the event loop.
bool waitFor(const std::function<bool()>& condition, int timeoutMs = 20000);

class AppFixture {
public:
    enum class Content { None, Empty, Demo }; // None: no store yet (first start)

    explicit AppFixture(Content content = Content::Demo, core::StaffRole role = core::StaffRole::Specialist);
    ~AppFixture();

    app::Session& session() { return *m_session; }
    app::Preferences& preferences() { return *m_preferences; }
    core::ManualClock& clock() { return m_clock; }
    std::filesystem::path dir() const { return m_dir.filePath(QStringLiteral("store")).toStdString(); }
    QString exportsDir() const { return m_dir.filePath(QStringLiteral("exports")); }
    QString tempDir() const { return m_dir.path(); }
    const core::DemoSummary& demo() const { return m_demo; }

    // Unlocks (or re-opens) the session and waits for it; false with the reason logged on failure.
    bool unlock(const std::string& pass = test::passphrase);
    // Runs `work` on the store thread and waits for its result.
    template<class R> core::Result<R> onStore(std::function<core::Result<R>(core::Store&)> work)
    {
        std::optional<core::Result<R>> out;
        QObject context;
        m_session->host().run<R>(&context, std::move(work), [&](core::Result<R> r) { out = std::move(r); });
        if (!waitFor([&] { return out.has_value(); }))
            return tl::unexpected(core::Error { core::ErrorCode::Internal, "the store thread did not answer", {} });
        return std::move(*out);
    }

    // The first participant of the demo caseload (by name), and one who has a placement at an employer.
    core::Id firstParticipant();

private:
    QTemporaryDir m_dir;
    core::ManualClock m_clock;
    core::SeededIds m_ids { 7 };
    core::DemoSummary m_demo;
    std::unique_ptr<app::Preferences> m_preferences;
    std::unique_ptr<app::Session> m_session;
};

} // namespace fieldnotes::test
