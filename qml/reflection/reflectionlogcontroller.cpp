#include "reflectionlogcontroller.h"

namespace fieldnotes::app {

namespace {

struct Log {
    std::vector<core::Reflection> own;
    std::optional<std::vector<core::ReflectionGroup>> team; // none: core does not show this person the team's log
};

} // namespace

ReflectionLogController::ReflectionLogController(QObject* parent)
    : ScreenController(parent)
{
}

void ReflectionLogController::load()
{
    fetch<Log>(
        [](core::Store& store) -> core::Result<Log> {
            const core::Actor actor = core::actorOf(store);
            Log log;
            FN_TRY_ASSIGN(log.own, core::ownReflections(store, actor));
            auto team = core::teamReflections(store, actor);
            if (team)
                log.team = std::move(*team);
            else if (team.error().refusal == core::Refusal::StoreFailed)
                return tl::unexpected(team.error().error);
            return log;
        },
        [this](Log& log) {
            m_entries.setEntries(std::move(log.own));
            m_team.setGroups(log.team ? std::move(*log.team) : std::vector<core::ReflectionGroup> {});
            if (log.team.has_value() != m_teamShown) {
                m_teamShown = log.team.has_value();
                emit teamShownChanged();
            }
        });
}

} // namespace fieldnotes::app
