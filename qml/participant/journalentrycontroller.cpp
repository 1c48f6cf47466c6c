#include "journalentrycontroller.h"

#include "actions.h"
#include "errors.h"
#include "format.h"
#include "labels.h"
#include "visits.h"

namespace fieldnotes::app {

namespace {

struct EntryData {
    std::optional<core::Visit> visit;
    std::optional<core::NaturalSupportEntry> support;
    std::vector<core::AgreedAction> actions;
    std::string authorName;
    std::string participantName;
    std::string employerName;
    bool corrected = false;
    bool own = false;
};

QString fromStd(const std::string& s)
{
    return QString::fromStdString(s);
}

template<class T> core::Result<std::string> nameOf(core::Store& store, const core::OptId& id)
{
    if (!id || id->empty())
        return std::string {};
    FN_TRY_ASSIGN(auto found, store.find<T>(*id));
    if (!found)
        return std::string {};
    if constexpr (std::is_same_v<T, core::Participant>)
        return found->displayName;
    else
        return found->name;
}

} // namespace

JournalEntryController::JournalEntryController(QObject* parent)
    : ScreenController(parent)
{
}

void JournalEntryController::setEntryId(const QString& id)
{
    if (id == m_entryId)
        return;
    m_entryId = id;
    hideObservation();
    emit entryIdChanged();
    reload();
}

void JournalEntryController::setTable(const QString& table)
{
    if (table == m_table)
        return;
    m_table = table;
    emit entryIdChanged();
    reload();
}

void JournalEntryController::load()
{
    const std::string id = m_entryId.toStdString();
    const bool visit = isVisit();
    fetch<EntryData>(
        [id, visit](core::Store& store) -> core::Result<EntryData> {
            EntryData data;
            std::string authorId;
            core::OptId participantId;
            core::OptId employerId;
            if (visit) {
                FN_TRY_ASSIGN(core::Visit v, store.get<core::Visit>(id));
                authorId = v.authorId;
                participantId = v.participantId;
                employerId = v.employerId;
                FN_TRY_ASSIGN(data.actions, core::actionsOfVisit(store, id));
                FN_TRY_ASSIGN(auto corrections, core::correctionsOf<core::Visit>(store, id));
                data.corrected = !corrections.empty();
                data.visit = std::move(v);
            } else {
                FN_TRY_ASSIGN(core::NaturalSupportEntry e, store.get<core::NaturalSupportEntry>(id));
                authorId = e.authorId;
                participantId = e.participantId;
                if (e.mentorId) {
                    FN_TRY_ASSIGN(auto mentor, store.find<core::Mentor>(*e.mentorId));
                    if (mentor) {
                        employerId = mentor->employerId;
                        data.authorName = mentor->name;
                    }
                }
                FN_TRY_ASSIGN(auto corrections, core::correctionsOf<core::NaturalSupportEntry>(store, id));
                data.corrected = !corrections.empty();
                data.support = std::move(e);
            }
            data.own = !authorId.empty() && authorId == store.staffId() && store.role() != core::StaffRole::Mentor;
            FN_TRY_ASSIGN(const std::string staffName, nameOf<core::Staff>(store, authorId));
            if (!staffName.empty())
                data.authorName = staffName;
            FN_TRY_ASSIGN(data.participantName, nameOf<core::Participant>(store, participantId));
            FN_TRY_ASSIGN(data.employerName, nameOf<core::Employer>(store, employerId));
            return data;
        },
        [this](EntryData& data) {
            m_authorText = data.authorName.empty() ? QString() : tr("Written by %1").arg(fromStd(data.authorName));
            m_participantName = fromStd(data.participantName);
            m_employerName = fromStd(data.employerName);
            m_corrected = data.corrected;
            m_canCorrect = data.visit && data.own && !data.corrected;
            m_correctsId = data.visit && data.visit->correctsId ? fromStd(*data.visit->correctsId) : QString();
            m_actions.clear();
            if (data.visit) {
                const core::Visit& v = *data.visit;
                m_title = Labels::contactType(v.contactType);
                QString when = Format::dateLong(toQDate(v.occurredOn));
                if (v.startTime)
                    when += QStringLiteral(", ") + Format::time(fromStd(*v.startTime));
                if (v.durationMin)
                    when += QStringLiteral(" (") + Format::minutes(*v.durationMin) + QStringLiteral(")");
                m_whenText = when;
                m_placeText = fromStd(v.place);
                QStringList attendees;
                for (core::Attendee a : v.attendees)
                    attendees << Labels::attendee(a);
                m_attendeesText = attendees.join(QStringLiteral(", "));
                m_purpose = fromStd(v.purpose);
                m_stepsText = v.steps.empty() ? QString() : Labels::steps(v.steps);
                m_obsTask = fromStd(v.obsTask);
                m_obsEnvironment = fromStd(v.obsEnvironment);
                m_note = fromStd(v.note);
                m_nextVisitText = v.nextVisitOn ? Format::date(toQDate(v.nextVisitOn)) : QString();
                m_audienceText = Labels::audience(v.audience);
                for (const auto& a : data.actions) {
                    QString line = fromStd(a.text) + QStringLiteral(" — ") + Labels::actionOwner(a.owner);
                    if (a.dueOn)
                        line += QStringLiteral(", ") + tr("by %1").arg(Format::date(toQDate(a.dueOn)));
                    if (a.doneOn)
                        line += QStringLiteral(" ✓");
                    m_actions << line;
                }
                m_situation = m_handledWell = m_needsWork = m_expectedBehaviour = QString();
                m_needsSpecialist = false;
            } else if (data.support) {
                const core::NaturalSupportEntry& e = *data.support;
                m_title = tr("Natural support: %1").arg(Labels::supportKind(e.kind));
                m_whenText = Format::dateLong(toQDate(e.occurredOn));
                if (e.minutes > 0)
                    m_whenText += QStringLiteral(" (") + Format::minutes(e.minutes) + QStringLiteral(")");
                m_situation = fromStd(e.situation);
                m_handledWell = fromStd(e.handledWell);
                m_needsWork = fromStd(e.needsWork);
                m_expectedBehaviour = fromStd(e.expectedBehaviour);
                m_needsSpecialist = e.needsSpecialist;
                m_placeText = m_attendeesText = m_purpose = m_stepsText = m_obsTask = m_obsEnvironment = m_note
                    = m_nextVisitText = m_audienceText = QString();
            }
            emit detailsChanged();
        });
}

void JournalEntryController::correct(const QString& purpose, const QString& note)
{
    if (!isVisit() || m_entryId.isEmpty() || m_correcting)
        return;
    struct Outcome {
        core::Id entryId;
        std::optional<core::CaseError> refusal;
    };
    core::VisitCorrection c;
    c.purpose = purpose.toStdString();
    c.note = note.toStdString();
    m_correcting = true;
    emit correctingChanged();
    change<Outcome>(
        [id = m_entryId.toStdString(), c](core::Store& store) -> core::Result<Outcome> {
            auto written = core::correctVisit(store, core::actorOf(store), id, c);
            if (written)
                return Outcome { *written, {} };
            if (written.error().refusal == core::Refusal::StoreFailed)
                return tl::unexpected(written.error().error);
            return Outcome { {}, written.error() };
        },
        [this](core::Result<Outcome>& r) {
            m_correcting = false;
            emit correctingChanged();
            if (!r)
                return;
            if (r->refusal) {
                showError(ErrorText::of(*r->refusal, "visits"));
                return;
            }
            const QString id = fromStd(r->entryId);
            setEntryId(id);
            emit correctionSaved(id);
        });
}

void JournalEntryController::revealObservation()
{
    if (!isVisit() || m_entryId.isEmpty())
        return;
    const std::string id = m_entryId.toStdString();
    fetch<QString>(
        [id](core::Store& store) -> core::Result<QString> {
            FN_TRY_ASSIGN(core::Visit v, store.get<core::Visit>(id));
            return fromStd(v.obsPerson);
        },
        [this](QString& text) {
            m_obsPerson = text;
            m_obsPersonRevealed = true;
            emit revealedChanged();
        });
}

void JournalEntryController::hideObservation()
{
    const bool was = m_obsPersonRevealed;
    m_obsPerson.clear();
    m_obsPersonRevealed = false;
    if (was)
        emit revealedChanged();
}

} // namespace fieldnotes::app
