// Base of the per-screen controllers. A controller belongs to one screen; it reads through the
// session's store thread, never on the UI thread, and exposes what the screen shows as properties
// and list models. It loads when the screen is complete and again whenever the store changed,
// and ignores results of loads that a newer one has overtaken.
#pragma once

#include "session.h"

#include <QObject>
#include <QQmlParserStatus>
#include <QtQml/qqmlregistration.h>

namespace fieldnotes::app {

// Subclasses name this base fully qualified (public fieldnotes::app::ScreenController): Qt 6.4's
// qmltyperegistrar resolves a base class by its written name only, and qmllint needs the chain.
class ScreenController : public QObject, public QQmlParserStatus {
    Q_OBJECT
    QML_ANONYMOUS
    Q_INTERFACES(QQmlParserStatus)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(bool ready READ ready NOTIFY readyChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)

public:
    // When the screen reads again by itself: after any change to the store (lists), or only when
    // the store is unlocked again (forms, which must not be refilled while someone types).
    enum class ReloadOn { StoreChange, Unlock };

    explicit ScreenController(QObject* parent = nullptr, ReloadOn reloadOn = ReloadOn::StoreChange);

    bool loading() const { return m_pending > 0; }
    bool ready() const { return m_ready; }
    QString errorText() const { return m_errorText; }

    void classBegin() override { }
    void componentComplete() override;

    Q_INVOKABLE void reload();
    Q_INVOKABLE void clearError();

signals:
    void loadingChanged();
    void readyChanged();
    void errorTextChanged();

protected:
    // Posts the screen's reads. Called once complete, and after every change to the store.
    virtual void load() = 0;
    // Whether the screen has what it needs to load (an id set, say).
    virtual bool canLoad() const { return true; }

    // Whether the screen has finished creating it (componentComplete): edits before then are the
    // page's initial bindings, not typing.
    bool isComplete() const { return m_complete; }
    Session* session() const { return Session::instance(); }
    StoreHost& host() const { return Session::instance()->host(); }

    // Reads with `work` on the store thread and hands the value to `apply`, unless a newer load started.
    template<class R> void fetch(std::function<core::Result<R>(core::Store&)> work, std::function<void(R&)> apply)
    {
        const int serial = m_serial;
        beginWork();
        host().run<R>(this, std::move(work), [this, serial, apply](core::Result<R> result) {
            endWork();
            if (serial != m_serial)
                return;
            if (!result) {
                showError(result.error());
                return;
            }
            apply(*result);
            markReady();
        });
    }

    // Writes with `work`; `done` gets the outcome after the error (if any) is shown.
    template<class R>
    void change(std::function<core::Result<R>(core::Store&)> work, std::function<void(core::Result<R>&)> done)
    {
        beginWork();
        host().write<R>(this, std::move(work), [this, done](core::Result<R> result) {
            endWork();
            if (!result)
                showError(result.error());
            else
                clearError();
            if (done)
                done(result);
        });
    }

    void showError(const core::Error& error);
    void showError(const QString& text);
    void markReady();

private:
    void beginWork();
    void endWork();
    void startLoad();

    int m_pending = 0;
    int m_serial = 0;
    bool m_complete = false;
    bool m_ready = false;
    QString m_errorText;
};

} // namespace fieldnotes::app
