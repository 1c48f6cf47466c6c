#include "teamoverviewcontroller.h"

#include "format.h"
#include "labels.h"
#include "teamoverview.h"

namespace fieldnotes::app {

namespace {

struct Read {
    core::TeamOverview overview;
    bool refused = false; // not a lead: core's rule; the page says so in its own words
};

QVariantMap bar(const QString& label, int count)
{
    return { { QStringLiteral("label"), label }, { QStringLiteral("count"), count } };
}

// "2 job tastings, 1 work trial": the kinds with a count, in core's order; "" for none.
QString kinds(const std::map<core::PlacementKind, int>& byKind)
{
    QStringList parts;
    for (const auto& [kind, n] : byKind)
        if (n > 0)
            parts << QStringLiteral("%1 × %2").arg(n).arg(Labels::placementKind(kind));
    return parts.join(QStringLiteral(", "));
}

} // namespace

TeamOverviewController::TeamOverviewController(QObject* parent)
    : ScreenController(parent)
{
}

void TeamOverviewController::load()
{
    const core::Date today = fromQDate(Session::today()).value_or(core::Date {});
    fetch<Read>(
        [today](core::Store& store) -> core::Result<Read> {
            Read r;
            auto overview = core::teamOverview(store, today);
            if (!overview && overview.error().code == core::ErrorCode::Unauthorized) {
                r.refused = true;
                return r;
            }
            FN_TRY_ASSIGN(r.overview, std::move(overview));
            return r;
        },
        [this](Read& r) {
            if (r.refused) {
                showError(tr("The team overview is for the team lead. Your own people are under My caseload."));
                return;
            }
            clearError();
            const core::TeamOverview& o = r.overview;
            m_caseload = o.caseload;
            m_byStatus.clear();
            for (const auto& [status, n] : o.byStatus)
                m_byStatus << bar(Labels::status(status), n);
            m_bySteps.clear();
            for (const auto& [step, n] : o.byStep)
                m_bySteps << bar(Labels::processStep(step), n);
            m_bySteps << bar(tr("No step recorded"), o.withoutStep);
            m_recentText = tr("%1 – %2").arg(Format::date(toQDate(o.recent.from)), Format::date(toQDate(o.recent.to)));
            m_started = o.placementsStartedTotal;
            m_ended = o.placementsEndedTotal;
            m_startedDetail = kinds(o.placementsStarted);
            m_endedDetail = kinds(o.placementsEnded);
            m_waiting.clear();
            for (const core::WaitingPerson& w : o.waiting) {
                const QString referral = w.referralOn ? Format::date(toQDate(*w.referralOn)) : QString();
                QString text = w.daysWaiting
                    ? tr("Referred %1, waiting %n day(s)", nullptr, *w.daysWaiting).arg(referral)
                    : tr("No referral date");
                if (w.specialistLeft)
                    text += QStringLiteral(" · ") + tr("their specialist has left the team");
                m_waiting << QVariantMap { { QStringLiteral("participantId"), QString::fromStdString(w.participantId) },
                    { QStringLiteral("name"), QString::fromStdString(w.displayName) },
                    { QStringLiteral("referralText"), referral },
                    { QStringLiteral("daysWaiting"), w.daysWaiting.value_or(-1) },
                    { QStringLiteral("waitingText"), text }, { QStringLiteral("specialistLeft"), w.specialistLeft } };
            }
            m_inFollowUp = o.inFollowUp;
            m_slipping = o.slipping;
            m_slippingShare = o.slippingShare.value_or(-1);
            m_slotsDue = o.recentSlots.due;
            m_slotsKept = o.recentSlots.kept;
            emit overviewChanged();
        });
}

} // namespace fieldnotes::app
