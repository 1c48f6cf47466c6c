#include "lifecycle.h"

#include <QGuiApplication>

namespace fieldnotes::platform {

Lifecycle::Lifecycle(QObject* parent)
    : QObject(parent)
{
    if (auto* app = qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        connect(app, &QGuiApplication::applicationStateChanged, this, &Lifecycle::handleState);
}

bool Lifecycle::isBackground(Qt::ApplicationState state)
{
    return state == Qt::ApplicationInactive || state == Qt::ApplicationHidden || state == Qt::ApplicationSuspended;
}

void Lifecycle::handleState(Qt::ApplicationState state)
{
    const bool foreground = !isBackground(state);
    if (foreground == m_inForeground)
        return;
    m_inForeground = foreground;
    emit contentHiddenChanged();
    if (foreground)
        emit movedToForeground();
    else
        emit movedToBackground();
}

} // namespace fieldnotes::platform
