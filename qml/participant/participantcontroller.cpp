#include "participantcontroller.h"

#include "attention.h"
#include "casecourse.h"
#include "consent.h"
#include "consentcase.h"
#include "errors.h"
#include "format.h"
#include "handover.h"
#include "intake.h"
#include "labels.h"
#include "placement.h"
#include "plans.h"
#include "profiles.h"
#include "provenance.h"
#include "supportmeasures.h"
#include "timeline.h"

#include <QLocale>

#include <functional>
#include <map>

namespace fieldnotes::app {

namespace {

struct ParticipantData {
    core::Participant participant;
    std::optional<core::Profile> profile;
    std::vector<core::FieldAuthor> profileAuthors;
    std::optional<core::Plan> plan;
    std::vector<core::Goal> goals;
    std::vector<PlacementRow> placements;
    std::vector<ConsentRow> consents;
    std::vector<core::TimelineEntry> timeline;
    std::vector<core::Attention> attention;
    std::optional<core::Date> measureEnd; // the latest extension's end, or the measure's own
    core::Date today {};
    bool lead = false; // this tablet is a team lead's
    std::string followedBy; // the specialist's name
    std::vector<core::Staff> handOverTo;
};

// The profile fields in the order the vocational profile is talked through.
// The profile's fields in the order shown: the profile's own list (core/profiles.h).
constexpr const auto& profileColumns = core::profileFields;

bool isSensitive(std::string_view table, std::string_view column)
{
    const core::TableInfo* t = core::findTable(table);
    const core::ColumnInfo* c = t ? t->column(column) : nullptr;
    return c && c->sensitive;
}

QString textOf(const core::Value& v)
{
    if (const auto* s = std::get_if<std::string>(&v))
        return QString::fromStdString(*s);
    if (const auto* i = std::get_if<std::int64_t>(&v))
        return QLocale().toString(*i);
    return {};
}

} // namespace

template<class Work, class Done> void ParticipantController::runCase(Work work, std::string_view table, Done done)
{
    using Outcome = typename decltype(caseOutcome(work(std::declval<core::Store&>())))::value_type;
    change<Outcome>([work](core::Store& store) { return caseOutcome(work(store)); },
        [this, table, done](core::Result<Outcome>& r) {
            if (!r)
                return;
            if (r->refusal) {
                showError(ErrorText::of(*r->refusal, table));
                return;
            }
            done(r->value);
        });
}

ParticipantController::ParticipantController(QObject* parent)
    : ScreenController(parent)
    , m_dischargeOn(Session::today())
{
}

void ParticipantController::setParticipantId(const QString& id)
{
    if (id == m_participantId)
        return;
    m_participantId = id;
    m_revealed.clear();
    emit participantIdChanged();
    emit revealedChanged();
    reload();
}

bool ParticipantController::isSensitiveKey(const QString& key)
{
    const auto dot = key.indexOf(QLatin1Char('.'));
    if (dot <= 0)
        return false;
    return isSensitive(key.left(dot).toStdString(), key.mid(dot + 1).toStdString());
}

void ParticipantController::load()
{
    const std::string pid = m_participantId.toStdString();
    fetch<ParticipantData>(
        [pid](core::Store& store) -> core::Result<ParticipantData> {
            ParticipantData data;
            data.today = store.today();
            FN_TRY_ASSIGN(data.participant, store.get<core::Participant>(pid));
            FN_TRY_ASSIGN(data.profile, store.find<core::Profile>(pid));
            if (data.profile) {
                FN_TRY_ASSIGN(data.profileAuthors, core::fieldAuthors(store, *core::findTable("profiles"), pid));
            }
            FN_TRY_ASSIGN(data.plan, core::planOf(store, pid));
            FN_TRY_ASSIGN(auto goals, core::goalsOf(store, pid));
            // Each main goal followed by its sub-goals; a sub-goal whose main goal is gone stands alone.
            for (const core::Goal& g : goals) {
                const bool orphan = g.parentId && std::none_of(goals.begin(), goals.end(), [&](const core::Goal& p) {
                    return p.id == *g.parentId;
                });
                if (g.parentId && !orphan)
                    continue;
                data.goals.push_back(g);
                for (const core::Goal& sub : goals)
                    if (sub.parentId == g.id)
                        data.goals.push_back(sub);
            }

            FN_TRY_ASSIGN(auto placements, core::placementsOf(store, pid));
            for (auto& pl : placements) {
                PlacementRow row { std::move(pl.placement), {}, {}, std::move(pl.positions), std::move(pl.measures),
                    {} };
                if (row.placement.employerId) {
                    FN_TRY_ASSIGN(auto employer, store.find<core::Employer>(*row.placement.employerId));
                    if (employer)
                        row.employerName = QString::fromStdString(employer->name);
                }
                row.positionPercent = core::positionOn(row.positions, data.today);
                FN_TRY_ASSIGN(row.mentor, core::placementMentor(store, row.placement.id, data.today));
                data.placements.push_back(std::move(row));
            }

            FN_TRY_ASSIGN(auto consents, core::consentsOf(store, pid));
            for (auto& c : consents) {
                const bool active = core::isActiveOn(c, data.today);
                data.consents.push_back({ std::move(c), active });
            }
            FN_TRY_ASSIGN(data.timeline, core::participantTimeline(store, pid));
            FN_TRY_ASSIGN(data.attention, core::attentionFor(store, pid, data.today));
            FN_TRY_ASSIGN(const auto extension, core::latestExtension(store, pid));
            data.measureEnd = extension && extension->newEndOn ? extension->newEndOn : data.participant.measureEndOn;
            if (data.participant.specialistId) {
                FN_TRY_ASSIGN(auto specialist, store.find<core::Staff>(*data.participant.specialistId));
                if (specialist)
                    data.followedBy = specialist->name;
            }
            data.lead = store.role() == core::StaffRole::Lead;
            if (data.lead) {
                FN_TRY_ASSIGN(data.handOverTo, core::handOverCandidates(store, pid));
            }
            return data;
        },
        [this](ParticipantData& data) {
            const core::Participant& p = data.participant;
            m_displayName = QString::fromStdString(p.displayName);
            m_statusText = Labels::status(p.status);
            m_discharged = p.status == core::ParticipantStatus::Discharged;
            if (m_discharged && p.dischargeReason)
                m_statusText
                    = tr("Discharged on %1: %2")
                          .arg(Format::date(toQDate(p.dischargedOn)), Labels::dischargeReason(*p.dischargeReason));
            m_stepsText = Labels::steps(p.steps);
            m_canHandOver = data.lead && !m_discharged;
            m_followedBy = QString::fromStdString(data.followedBy);
            m_followedByText = m_followedBy.isEmpty() || !p.followedSince
                ? m_followedBy
                : tr("%1 since %2").arg(m_followedBy, Format::date(toQDate(p.followedSince)));
            m_handOverChoices.clear();
            for (const core::Staff& s : data.handOverTo)
                m_handOverChoices.append(QVariantMap { { QStringLiteral("staffId"), QString::fromStdString(s.id) },
                    { QStringLiteral("name"), QString::fromStdString(s.name) },
                    { QStringLiteral("roleText"), Labels::role(s.role) } });
            m_programmeText = Labels::programme(p.programme);
            m_referredText = p.referralOn ? Format::date(toQDate(p.referralOn)) : QString();
            m_measureEndText = data.measureEnd ? Format::date(toQDate(data.measureEnd)) : QString();
            QStringList contact;
            for (const std::string* s : { &p.phone, &p.email, &p.otherContact })
                if (!s->empty())
                    contact << QString::fromStdString(*s);
            m_contactText = contact.join(QStringLiteral(" · "));
            m_languageText = QString::fromStdString(p.preferredLanguage);
            if (p.interpreterNeeded)
                m_languageText
                    += (m_languageText.isEmpty() ? QString() : QStringLiteral(", ")) + tr("needs an interpreter");
            QStringList constraints;
            for (const std::string* s : { &p.shiftConstraint, &p.transportConstraint, &p.refusedTasks })
                if (!s->empty())
                    constraints << QString::fromStdString(*s);
            m_constraintsText = constraints.join(QStringLiteral(" · "));
            m_planSummary = data.plan ? QString::fromStdString(data.plan->summary) : QString();
            m_planSchedule = data.plan ? QString::fromStdString(data.plan->schedule) : QString();
            m_planTapering = data.plan ? QString::fromStdString(data.plan->tapering) : QString();
            QStringList agreed;
            if (data.plan && data.plan->agreedParticipantOn)
                agreed
                    << tr("Agreed with the participant %1").arg(Format::date(toQDate(data.plan->agreedParticipantOn)));
            if (data.plan && data.plan->agreedEmployerOn)
                agreed << tr("with the employer %1").arg(Format::date(toQDate(data.plan->agreedEmployerOn)));
            m_planAgreedText = agreed.join(QStringLiteral(", "));
            m_planExists = data.plan.has_value();
            m_goalParents = { QVariantMap {
                { QStringLiteral("goalId"), QString() }, { QStringLiteral("text"), tr("No main goal") } } };
            for (const core::Goal& g : data.goals)
                if (!g.parentId && g.status == core::GoalStatus::Open)
                    m_goalParents.append(QVariantMap { { QStringLiteral("goalId"), QString::fromStdString(g.id) },
                        { QStringLiteral("text"), QString::fromStdString(g.text) } });
            emit detailsChanged();

            std::map<std::string, core::FieldAuthor> authors;
            for (auto& a : data.profileAuthors)
                authors.emplace(a.column, std::move(a));
            const core::FieldValues values = data.profile ? core::encodeRecord(*data.profile) : core::FieldValues {};
            std::vector<ProfileRow> rows;
            for (std::string_view column : profileColumns) {
                ProfileRow row;
                row.column = std::string(column);
                row.sensitive = isSensitive("profiles", column);
                row.multiline = column != "wanted_hours_pct";
                if (!row.sensitive)
                    for (const auto& [name, value] : values)
                        if (name == column)
                            row.value = textOf(value);
                if (auto it = authors.find(row.column); it != authors.end()) {
                    row.authorName = QString::fromStdString(it->second.writer.staffName);
                    row.byThisDevice = it->second.writer.thisDevice;
                    row.writtenMs = it->second.atMs;
                }
                rows.push_back(std::move(row));
            }
            m_profile.setRows(std::move(rows));
            m_goals.setGoals(std::move(data.goals));
            m_placements.setPlacements(std::move(data.placements));
            m_consents.setConsents(std::move(data.consents));
            m_timeline.setEntries(std::move(data.timeline));
            std::vector<AttentionRow> attention;
            for (auto& a : data.attention)
                attention.push_back({ std::move(a), m_displayName });
            m_attention.setRows(std::move(attention));
        });
}

void ParticipantController::reveal(const QString& key)
{
    if (!isSensitiveKey(key) || m_participantId.isEmpty())
        return;
    const auto dot = key.indexOf(QLatin1Char('.'));
    const std::string table = key.left(dot).toStdString();
    const std::string column = key.mid(dot + 1).toStdString();
    const std::string pid = m_participantId.toStdString();
    fetch<QString>(
        [table, column, pid](core::Store& store) -> core::Result<QString> {
            // Profiles and participants share the participant's id.
            FN_TRY_ASSIGN(const auto fields, store.readFields(*core::findTable(table), pid));
            if (fields)
                for (const auto& [name, value] : *fields)
                    if (name == column)
                        return textOf(value);
            return QString();
        },
        [this, key](QString& value) {
            m_revealed.insert(key, value);
            emit revealedChanged();
        });
}

void ParticipantController::hide(const QString& key)
{
    if (m_revealed.remove(key) > 0)
        emit revealedChanged();
}

void ParticipantController::saveProfileField(const QString& column, const QString& text)
{
    const std::string col = column.toStdString();
    if (m_participantId.isEmpty())
        return;
    core::Value value;
    if (col == core::wantedHoursField) {
        // The number as the person writes it in their language; the range is the profile's rule.
        bool ok = false;
        const int pct = QLocale().toInt(text.trimmed(), &ok);
        if (ok)
            value = std::int64_t { pct };
        else if (!text.trimmed().isEmpty())
            value = text.toStdString();
    } else {
        value = text.toStdString();
    }
    // Checked here too, so the field says at once what is wrong.
    if (const auto refused = core::checkProfileField(col, value)) {
        showError(ErrorText::of(*refused, "profiles"));
        return;
    }
    const std::string pid = m_participantId.toStdString();
    runCase([pid, col, value](
                core::Store& store) { return core::setProfileField(store, core::actorOf(store), pid, col, value); },
        "profiles",
        [this, column](bool) {
            if (m_revealed.contains(QStringLiteral("profiles.") + column))
                reveal(QStringLiteral("profiles.") + column);
            emit profileSaved(column);
        });
}

void ParticipantController::setGoalAchieved(const QString& goalId, bool achieved)
{
    setGoalStatus(goalId, codeString(achieved ? core::GoalStatus::Achieved : core::GoalStatus::Open));
}

void ParticipantController::setGoalStatus(const QString& goalId, const QString& status)
{
    const auto to = enumFromQString<core::GoalStatus>(status);
    if (!to)
        return;
    const std::string id = goalId.toStdString();
    runCase([id, to](core::Store& store) { return core::setGoalStatus(store, core::actorOf(store), id, *to); }, "goals",
        [this, goalId](bool) { emit goalChanged(goalId); });
}

void ParticipantController::addGoal(const QString& text, const QString& parentId, bool hasDue, const QDate& due)
{
    core::GoalNew g;
    g.participantId = m_participantId.toStdString();
    g.text = text.toStdString();
    if (!parentId.isEmpty())
        g.parentId = parentId.toStdString();
    if (hasDue)
        g.dueOn = fromQDate(due);
    runCase([g](core::Store& store) { return core::addGoal(store, core::actorOf(store), g); }, "goals",
        [this](const core::Id& id) { emit goalAdded(QString::fromStdString(id)); });
}

void ParticipantController::changeGoal(const QString& goalId, const QString& text, bool hasDue, const QDate& due)
{
    core::GoalChange c;
    c.text = text.toStdString();
    c.dueOn = hasDue ? fromQDate(due) : core::OptDate {};
    const std::string id = goalId.toStdString();
    runCase([id, c](core::Store& store) { return core::changeGoal(store, core::actorOf(store), id, c); }, "goals",
        [this, goalId](bool) { emit goalChanged(goalId); });
}

void ParticipantController::setDischargeReason(const QString& code)
{
    if (code == m_dischargeReason || !enumFromQString<core::DischargeReason>(code))
        return;
    m_dischargeReason = code;
    emit dischargeFormChanged();
}

void ParticipantController::setDischargeOn(const QDate& day)
{
    if (day == m_dischargeOn || !day.isValid())
        return;
    m_dischargeOn = day;
    emit dischargeFormChanged();
}

QString ParticipantController::dischargeOnText() const
{
    return Format::dateChosen(m_dischargeOn, Session::today());
}

void ParticipantController::discharge()
{
    const auto reason = enumFromQString<core::DischargeReason>(m_dischargeReason);
    if (!reason) {
        showError(tr("Choose why the participant is discharged."));
        return;
    }
    const std::string id = m_participantId.toStdString();
    const core::Date day = *fromQDate(m_dischargeOn);
    // A refusal comes back as a value, so that the screen can say which rule stopped it.
    runCase(
        [id, reason, day](
            core::Store& store) { return core::dischargeParticipant(store, core::actorOf(store), id, *reason, day); },
        "participants", [this](bool) { emit dischargeDone(); });
}

void ParticipantController::handOver(const QString& staffId)
{
    QString name;
    for (const QVariant& choice : std::as_const(m_handOverChoices))
        if (choice.toMap().value(QStringLiteral("staffId")).toString() == staffId)
            name = choice.toMap().value(QStringLiteral("name")).toString();
    if (staffId.isEmpty()) {
        showError(tr("Choose the colleague who takes over."));
        return;
    }
    const std::string id = m_participantId.toStdString();
    const std::string to = staffId.toStdString();
    runCase(
        [id, to](core::Store& store) {
            return core::handOverParticipant(store, core::actorOf(store), id, to, store.today());
        },
        "participants", [this, name](bool) { emit handedOver(name); });
}

QDate ParticipantController::today() const
{
    return Session::today();
}

QString ParticipantController::dayText(const QDate& day) const
{
    if (!day.isValid())
        return {};
    // A day far off is named by its date alone, not twice ("31.08.2027, 31.08.2027").
    const QString near = Format::dateNear(day, Session::today());
    const QString date = Format::date(day);
    return near == date ? date : near + QStringLiteral(", ") + date;
}

void ParticipantController::endPlacement(
    const QString& placementId, const QDate& on, const QString& reason, const QString& learnt)
{
    if (!on.isValid()) {
        showError(tr("Choose the day the job ended."));
        return;
    }
    const std::string id = placementId.toStdString();
    const core::PlacementEnd end { *fromQDate(on), reason.toStdString(), learnt.toStdString() };
    runCase([id, end](core::Store& store) { return core::endPlacement(store, core::actorOf(store), id, end); },
        "participants", [this, placementId](bool) { emit placementEnded(placementId); });
}

void ParticipantController::changePlacement(const QString& placementId, const QVariantMap& values)
{
    core::PlacementChange c;
    const auto day = [&](const char* key) -> core::OptDate {
        const QDate picked = values.value(QLatin1String(key)).toDate();
        return picked.isValid() ? fromQDate(picked) : core::OptDate {};
    };
    if (values.contains(QStringLiteral("percent"))) {
        const core::OptDate from = day("fromOn");
        if (!from) {
            showError(tr("Choose the day the new position counts from."));
            return;
        }
        c.position = core::PlacementChange::Position { values.value(QStringLiteral("percent")).toInt(), *from };
    }
    if (const QString contract = values.value(QStringLiteral("contract")).toString(); !contract.isEmpty())
        c.contract = enumFromQString<core::ContractType>(contract);
    c.trialEndOn = day("trialEndOn");
    c.contractEndOn = day("contractEndOn");
    if (values.contains(QStringLiteral("tasks")))
        c.tasks = values.value(QStringLiteral("tasks")).toString().toStdString();
    if (values.contains(QStringLiteral("accommodations")))
        c.accommodations = values.value(QStringLiteral("accommodations")).toString().toStdString();
    const std::string id = placementId.toStdString();
    runCase([id, c](core::Store& store) { return core::changePlacement(store, core::actorOf(store), id, c); },
        "placements", [this, placementId](bool) { emit placementChanged(placementId); });
}

void ParticipantController::correctPositionChange(const QString& placementId, const QVariantMap& values)
{
    core::PositionCorrection c;
    if (const QDate from = values.value(QStringLiteral("fromOn")).toDate(); from.isValid())
        c.fromOn = fromQDate(from);
    if (values.contains(QStringLiteral("percent")))
        c.percent = values.value(QStringLiteral("percent")).toInt();
    const std::string id = placementId.toStdString();
    change<std::optional<core::CaseError>>(
        [id, c](core::Store& store) -> core::Result<std::optional<core::CaseError>> {
            return refusalOf(core::correctPositionChange(store, core::actorOf(store), id, c));
        },
        [this, placementId](core::Result<std::optional<core::CaseError>>& r) {
            if (!r)
                return;
            if (*r) {
                showError(ErrorText::of(**r, "placements"));
                return;
            }
            emit positionCorrected(placementId);
        });
}

void ParticipantController::changeMeasure(const QString& measureId, const QString& action, const QVariantMap& values)
{
    const auto day = [&](const char* key) -> core::OptDate {
        const QDate picked = values.value(QLatin1String(key)).toDate();
        return picked.isValid() ? fromQDate(picked) : core::OptDate {};
    };
    const auto number = [&](const char* key) -> std::optional<int> {
        const QVariant v = values.value(QLatin1String(key));
        return v.isValid() ? std::optional<int>(v.toInt()) : std::nullopt;
    };
    const std::string id = measureId.toStdString();
    std::function<core::CaseResult<void>(core::Store&)> call;
    if (action == QLatin1String("review")) {
        const core::OptDate held = day("heldOn");
        if (!held) {
            showError(tr("Choose the day the review was held."));
            return;
        }
        const core::MeasureReview review { *held, day("nextReviewOn") };
        call = [id, review](
                   core::Store& store) { return core::recordMeasureReview(store, core::actorOf(store), id, review); };
    } else if (action == QLatin1String("period")) {
        const core::OptDate from = day("fromOn");
        if (!from) {
            showError(tr("Choose the day the new period starts."));
            return;
        }
        const core::MeasurePeriod period { *from, number("percent"), number("hoursPerMonth"), day("toOn"),
            day("reviewOn") };
        call = [id, period](core::Store& store) -> core::CaseResult<void> {
            auto started = core::startMeasurePeriod(store, core::actorOf(store), id, period);
            if (!started)
                return tl::unexpected(std::move(started).error());
            return {};
        };
    } else {
        const core::OptDate last = day("lastDay");
        if (!last) {
            showError(tr("Choose the measure's last day."));
            return;
        }
        call = [id, end = *last](
                   core::Store& store) { return core::endMeasureEarly(store, core::actorOf(store), id, end); };
    }
    change<std::optional<core::CaseError>>(
        [call](core::Store& store) -> core::Result<std::optional<core::CaseError>> { return refusalOf(call(store)); },
        [this, measureId](core::Result<std::optional<core::CaseError>>& r) {
            if (!r)
                return;
            if (*r) {
                showError(ErrorText::of(**r, "support_measures"));
                return;
            }
            emit measureChanged(measureId);
        });
}

void ParticipantController::revokeConsent(const QString& consentId, const QDate& on)
{
    if (!on.isValid()) {
        showError(tr("Choose the day the participant withdrew the consent."));
        return;
    }
    const std::string id = consentId.toStdString();
    const core::Date day = *fromQDate(on);
    runCase([id, day](core::Store& store) { return core::revokeConsent(store, core::actorOf(store), id, day); },
        "participants", [this, consentId](bool) { emit consentRevoked(consentId); });
}

} // namespace fieldnotes::app
