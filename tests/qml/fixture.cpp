#include "fixture.h"

#include "format.h"
#include "mentorview.h"
#include "outboxview.h"
#include "session.h"
#include "storeinternals.h"

#include <QAccessible>
#include <QDir>

namespace fieldnotes::test {

Fixture::Fixture(const QString& kind)
{
    using Content = AppFixture::Content;
    const Content content = kind == QLatin1String("none") ? Content::None : Content::Demo;
    const core::StaffRole role = kind == QLatin1String("mentor") ? core::StaffRole::Mentor
        : kind == QLatin1String("lead")                          ? core::StaffRole::Lead
                                                                 : core::StaffRole::Specialist;
    m_app = std::make_unique<AppFixture>(content, role);
    m_app->session().idleMonitor().setTimeSource([this] { return m_idleNow; });
    // As with a screen reader running: controls then name themselves from their text.
    QAccessible::setActive(true);
    if (kind == QLatin1String("demo") || kind == QLatin1String("mentor") || kind == QLatin1String("lead")) {
        if (!m_app->unlock())
            qFatal("the fixture store did not unlock");
    }
}

QString Fixture::participantName(const QString& participantId)
{
    auto r = m_app->onStore<std::optional<core::Participant>>(
        [id = participantId.toStdString()](core::Store& s) { return s.find<core::Participant>(id); });
    return r && *r ? QString::fromStdString((*r)->displayName) : QString();
}

QString Fixture::todayText() const
{
    return fieldnotes::app::Format::date(fieldnotes::app::Session::today());
}

QString Fixture::specialistOf(const QString& participantId)
{
    auto r = m_app->onStore<std::optional<core::Participant>>(
        [id = participantId.toStdString()](core::Store& s) { return s.find<core::Participant>(id); });
    return r && *r ? QString::fromStdString((*r)->specialistId.value_or("")) : QString();
}

int Fixture::ownParticipantCount()
{
    auto r = m_app->onStore<std::vector<core::Participant>>([](core::Store& s) {
        return core::StoreInternals::select<core::Participant>(s,
            "status <> 'discharged' AND (specialist_id IS NULL OR specialist_id = '' OR specialist_id = ?)",
            { core::Value(s.staffId()) });
    });
    return r ? static_cast<int>(r->size()) : -1;
}

QString Fixture::addWaitingParticipant(const QString& name, int daysAgo)
{
    auto made = m_app->onStore<core::Id>([=](core::Store& s) -> core::Result<core::Id> {
        core::Participant p;
        p.displayName = name.toStdString();
        p.referralOn = core::addDays(s.today(), -daysAgo);
        p.status = core::ParticipantStatus::Referred;
        return s.create(p);
    });
    return made ? QString::fromStdString(*made) : QString();
}

QString Fixture::accessibleName(QObject* item) const
{
    QAccessibleInterface* iface = item ? QAccessible::queryAccessibleInterface(item) : nullptr;
    return iface ? iface->text(QAccessible::Name) : QString();
}

bool Fixture::logEmployerContact(bool newEmployer, int minutes, bool field)
{
    auto made = m_app->onStore<core::Id>([=](core::Store& s) -> core::Result<core::Id> {
        FN_TRY_ASSIGN(auto employers, core::StoreInternals::select<core::Employer>(s, "1", {}, "name LIMIT 1"));
        if (employers.empty())
            return core::fail(core::ErrorCode::NotFound, "no employer");
        core::Visit v;
        v.employerId = employers.front().id;
        v.authorId = s.staffId();
        v.contactType = newEmployer ? core::ContactType::NewEmployerVisit : core::ContactType::EmployerFollowUp;
        v.occurredOn = s.today();
        if (minutes >= 0)
            v.durationMin = minutes;
        v.fieldTime = field;
        return s.append(v);
    });
    if (made)
        m_app->session().host().announceChange();
    return made.has_value();
}

void Fixture::advanceIdle(int minutes)
{
    m_idleNow += qint64(minutes) * 60 * 1000;
    m_app->session().idleMonitor().check();
}

QString Fixture::participantInWork()
{
    auto r = m_app->onStore<std::vector<core::Participant>>([](core::Store& s) {
        return core::StoreInternals::select<core::Participant>(s, "status = 'in_work'", {}, "display_name");
    });
    return r && !r->empty() ? QString::fromStdString(r->front().id) : QString();
}

QString Fixture::firstEmployer()
{
    auto r = m_app->onStore<std::vector<core::Employer>>(
        [](core::Store& s) { return core::StoreInternals::select<core::Employer>(s, "1", {}, "name"); });
    return r && !r->empty() ? QString::fromStdString(r->front().id) : QString();
}

QString Fixture::mentorParticipant()
{
    auto r = m_app->onStore<std::vector<core::MentorCase>>(
        [](core::Store& s) { return core::mentorCaseload(s, s.staffId(), s.today()); });
    return r && !r->empty() ? QString::fromStdString(r->front().participantId) : QString();
}

int Fixture::visitCount(const QString& participantId)
{
    auto r = m_app->onStore<std::vector<core::Visit>>([id = participantId.toStdString()](core::Store& s) {
        return core::StoreInternals::select<core::Visit>(s, "participant_id = ?", { id });
    });
    return r ? static_cast<int>(r->size()) : -1;
}

QString Fixture::lastVisitNote(const QString& participantId)
{
    auto r = m_app->onStore<std::vector<core::Visit>>([id = participantId.toStdString()](core::Store& s) {
        return core::StoreInternals::select<core::Visit>(s, "participant_id = ?", { id }, "_hlc DESC LIMIT 1");
    });
    return r && !r->empty() ? QString::fromStdString(r->front().note) : QString();
}

QString Fixture::ownVisit()
{
    auto r = m_app->onStore<std::vector<core::Visit>>([](core::Store& s) {
        return core::StoreInternals::select<core::Visit>(s,
            "author_id = ? AND participant_id IS NOT NULL AND note <> '' AND NOT EXISTS "
            "(SELECT 1 FROM visits c WHERE c.corrects_id = visits.id)",
            { s.staffId() }, "occurred_on DESC LIMIT 1");
    });
    return r && !r->empty() ? QString::fromStdString(r->front().id) : QString();
}

QString Fixture::participantOfVisit(const QString& visitId)
{
    auto r
        = m_app->onStore<core::Visit>([id = visitId.toStdString()](core::Store& s) { return s.get<core::Visit>(id); });
    return r && r->participantId ? QString::fromStdString(*r->participantId) : QString();
}

int Fixture::naturalSupportCount(const QString& participantId)
{
    auto r = m_app->onStore<std::vector<core::NaturalSupportEntry>>([id = participantId.toStdString()](core::Store& s) {
        return core::StoreInternals::select<core::NaturalSupportEntry>(s, "participant_id = ?", { id });
    });
    return r ? static_cast<int>(r->size()) : -1;
}

int Fixture::draftCount()
{
    auto r = m_app->onStore<std::vector<core::Draft>>([](core::Store& s) { return s.drafts(); });
    return r ? static_cast<int>(r->size()) : -1;
}

QString Fixture::participantPhone(const QString& participantId)
{
    auto r = m_app->onStore<core::Participant>(
        [id = participantId.toStdString()](core::Store& s) { return s.get<core::Participant>(id); });
    return r ? QString::fromStdString(r->phone) : QString();
}

int Fixture::exportFileCount() const
{
    return static_cast<int>(QDir(m_app->exportsDir()).entryList({ QStringLiteral("*.fnexport") }, QDir::Files).size());
}

bool Fixture::addRefusal()
{
    auto made = m_app->onStore<bool>([](core::Store& s) -> core::Result<bool> {
        FN_TRY_ASSIGN(auto people, core::StoreInternals::select<core::Participant>(s, "1", {}, "display_name LIMIT 1"));
        if (people.empty())
            return core::fail(core::ErrorCode::NotFound, "no participant");
        FN_TRY_ASSIGN(core::Statement * st,
            core::StoreInternals::db(s).prepare(
                "INSERT INTO rejected_changes(seq, op, tbl, row_id, scope, col, value, payload, reason,"
                " rejected_ms) VALUES (1, 'set', 'participants', ?, ?, 'phone', '41234567', '{}',"
                " 'who follows a participant is decided at the office', ?)"));
        FN_TRY(st->bind(1, people.front().id).bind(2, "p:" + people.front().id).bind(3, s.clock().nowMs()).run());
        return true;
    });
    if (made)
        m_app->session().host().announceChange();
    return made.has_value();
}

int Fixture::refusedCount()
{
    auto r = m_app->onStore<std::vector<core::RefusedChange>>([](core::Store& s) { return core::refusedChanges(s); });
    return r ? static_cast<int>(r->size()) : -1;
}

int Fixture::talkCount(const QString& participantId)
{
    auto r = m_app->onStore<std::vector<core::NaturalSupportEntry>>([id = participantId.toStdString()](core::Store& s) {
        return core::StoreInternals::select<core::NaturalSupportEntry>(
            s, "participant_id = ? AND kind = 'structured_talk'", { id });
    });
    return r ? static_cast<int>(r->size()) : -1;
}

bool Fixture::makeConflict()
{
    m_office = std::make_unique<TempStore>("00000000-0000-4000-8000-0000000000f0", 99);
    core::Store* office = &m_office->store();
    auto made = m_app->onStore<core::Id>([office](core::Store& tablet) { return receiveConflict(tablet, *office); });
    if (made)
        m_app->session().host().announceChange();
    else
        qWarning("no conflict: %s", made.error().message.c_str());
    return made.has_value();
}

} // namespace fieldnotes::test
