#include "placementcontroller.h"

#include "employerdirectory.h"
#include "errors.h"
#include "format.h"
#include "labels.h"
#include "placement.h"

namespace fieldnotes::app {

namespace {

// What the store thread hands back: the new id, or why the placement rule refused it.
struct StartOutcome {
    core::Id placementId;
    std::optional<core::CaseError> refusal;
};

} // namespace

PlacementController::PlacementController(QObject* parent)
    : ScreenController(parent, ReloadOn::Unlock)
    , m_startOn(Session::today())
{
}

void PlacementController::setParticipantId(const QString& id)
{
    if (id == m_participantId)
        return;
    m_participantId = id;
    emit participantIdChanged();
}

void PlacementController::set(QString& member, const QString& value)
{
    if (member == value)
        return;
    member = value;
    emit formChanged();
}

void PlacementController::setDate(QDate& member, const QDate& day)
{
    if (member == day)
        return;
    member = day;
    emit formChanged();
}

void PlacementController::setEmployerId(const QString& id)
{
    set(m_employerId, id);
}

QString PlacementController::employerName() const
{
    for (const QVariant& e : m_employers) {
        const QVariantMap m = e.toMap();
        if (m.value(QStringLiteral("employerId")).toString() == m_employerId)
            return m.value(QStringLiteral("name")).toString();
    }
    return {};
}

void PlacementController::setKind(const QString& code)
{
    if (!enumFromQString<core::PlacementKind>(code))
        return;
    if (code != QStringLiteral("paid_job"))
        m_contract.clear(); // only a paid job has a contract kind
    set(m_kind, code);
}

void PlacementController::setContract(const QString& code)
{
    if (code.isEmpty() || enumFromQString<core::ContractType>(code))
        set(m_contract, code);
}

void PlacementController::setStartOn(const QDate& day)
{
    if (day.isValid())
        setDate(m_startOn, day);
}

QString PlacementController::startText() const
{
    return Format::dateChosen(m_startOn, Session::today());
}

QString PlacementController::dateText(const QDate& day) const
{
    return day.isValid() ? Format::dateLong(day) : QString();
}

void PlacementController::setPercent(int v)
{
    if (v == m_percent)
        return;
    m_percent = v;
    emit formChanged();
}

void PlacementController::setTrialEndOn(const QDate& day)
{
    setDate(m_trialEndOn, day);
}

void PlacementController::setContractEndOn(const QDate& day)
{
    setDate(m_contractEndOn, day);
}

void PlacementController::setSubsidyPercent(int v)
{
    if (v == m_subsidyPercent)
        return;
    m_subsidyPercent = v;
    emit formChanged();
}

void PlacementController::setSubsidyReviewOn(const QDate& day)
{
    setDate(m_subsidyReviewOn, day);
}

QString PlacementController::missingText() const
{
    if (m_employerId.isEmpty())
        return tr("Choose the employer.");
    if (m_percent < 1 || m_percent > 100)
        return tr("The position must be between 1 and 100 %.");
    if (m_kind == QStringLiteral("paid_job") && m_contract.isEmpty())
        return tr("Choose the contract kind: permanent, temporary or on call.");
    return {};
}

void PlacementController::load()
{
    fetch<QVariantList>(
        [](core::Store& store) -> core::Result<QVariantList> {
            FN_TRY_ASSIGN(const auto lines, core::employerDirectory(store));
            QVariantList out;
            for (const core::EmployerLine& e : lines)
                out.append(QVariantMap { { QStringLiteral("employerId"), QString::fromStdString(e.employerId) },
                    { QStringLiteral("name"), QString::fromStdString(e.name) },
                    { QStringLiteral("sector"), QString::fromStdString(e.sector) } });
            return out;
        },
        [this](QVariantList& employers) {
            m_employers = std::move(employers);
            emit employersChanged();
            emit formChanged();
        });
}

void PlacementController::save()
{
    if (m_saving)
        return;
    if (const QString missing = missingText(); !missing.isEmpty()) {
        showError(missing);
        return;
    }
    core::PlacementStart s;
    s.participantId = m_participantId.toStdString();
    s.employerId = m_employerId.toStdString();
    s.kind = *enumFromQString<core::PlacementKind>(m_kind);
    if (!m_contract.isEmpty())
        s.contract = enumFromQString<core::ContractType>(m_contract);
    s.title = m_title.toStdString();
    s.tasks = m_tasks.toStdString();
    s.startOn = *fromQDate(m_startOn);
    s.percent = m_percent;
    s.trialEndOn = fromQDate(m_trialEndOn);
    s.contractEndOn = fromQDate(m_contractEndOn);
    if (m_subsidyPercent > 0) {
        core::PlacementMeasure m;
        m.kind = core::SupportMeasureKind::WageSubsidy;
        m.percent = m_subsidyPercent;
        m.reviewOn = fromQDate(m_subsidyReviewOn);
        s.measures.push_back(m);
    }
    m_saving = true;
    change<StartOutcome>(
        [s](core::Store& store) -> core::Result<StartOutcome> {
            StartOutcome outcome;
            auto started = core::startPlacement(store, core::actorOf(store), s);
            if (started) {
                outcome.placementId = *started;
                return outcome;
            }
            if (started.error().refusal == core::Refusal::StoreFailed)
                return tl::unexpected(started.error().error);
            outcome.refusal = started.error();
            return outcome;
        },
        [this](core::Result<StartOutcome>& r) {
            m_saving = false;
            if (!r)
                return;
            if (r->refusal) {
                showError(ErrorText::of(*r->refusal));
                return;
            }
            emit saved(QString::fromStdString(r->placementId));
        });
}

} // namespace fieldnotes::app
