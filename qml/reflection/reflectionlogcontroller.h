// The reflection log page: the specialist's own entries, newest first, and, on a lead's tablet,
// the team's entries grouped by step and theme. Who reads the team's log is core's rule
// (core::teamReflections); the page shows the Team view exactly when core answers.
#pragma once

#include "reflectionmodels.h"
#include "screencontroller.h"

namespace fieldnotes::app {

class ReflectionLogController : public fieldnotes::app::ScreenController {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(fieldnotes::app::ReflectionsModel* entries READ entries CONSTANT)
    Q_PROPERTY(fieldnotes::app::TeamReflectionsModel* team READ team CONSTANT)
    // Core lets this person read the team's log (a lead).
    Q_PROPERTY(bool teamShown READ teamShown NOTIFY teamShownChanged)

public:
    explicit ReflectionLogController(QObject* parent = nullptr);

    ReflectionsModel* entries() { return &m_entries; }
    TeamReflectionsModel* team() { return &m_team; }
    bool teamShown() const { return m_teamShown; }

signals:
    void teamShownChanged();

protected:
    void load() override;

private:
    ReflectionsModel m_entries;
    TeamReflectionsModel m_team;
    bool m_teamShown = false;
};

} // namespace fieldnotes::app
