#include "screencontroller.h"

#include "errors.h"

namespace fieldnotes::app {

ScreenController::ScreenController(QObject* parent, ReloadOn reloadOn)
    : QObject(parent)
{
    if (auto* s = Session::instance()) {
        if (reloadOn == ReloadOn::StoreChange)
            connect(s, &Session::storeChanged, this, &ScreenController::startLoad);
        connect(s, &Session::stateChanged, this, [this] {
            if (Session::instance()->unlocked())
                startLoad();
        });
    }
}

void ScreenController::componentComplete()
{
    m_complete = true;
    startLoad();
}

void ScreenController::reload()
{
    startLoad();
}

void ScreenController::startLoad()
{
    if (!m_complete || !Session::instance() || !Session::instance()->unlocked() || !canLoad())
        return;
    ++m_serial;
    load();
}

void ScreenController::clearError()
{
    if (m_errorText.isEmpty())
        return;
    m_errorText.clear();
    emit errorTextChanged();
}

void ScreenController::showError(const core::Error& error)
{
    showError(ErrorText::of(error));
}

void ScreenController::showError(const QString& text)
{
    if (text == m_errorText)
        return;
    m_errorText = text;
    emit errorTextChanged();
}

void ScreenController::markReady()
{
    if (m_ready)
        return;
    m_ready = true;
    emit readyChanged();
}

void ScreenController::beginWork()
{
    if (m_pending++ == 0)
        emit loadingChanged();
}

void ScreenController::endWork()
{
    if (--m_pending == 0)
        emit loadingChanged();
}

} // namespace fieldnotes::app
