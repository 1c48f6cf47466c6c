#include "visitformcontroller.h"

#include "caseload.h"
#include "consent.h"
#include "employerdirectory.h"
#include "format.h"
#include "labels.h"
#include "visits.h"

#include <QDateTime>
#include <QJsonArray>

namespace fieldnotes::app {

namespace {

QString fromStd(const std::string& s)
{
    return QString::fromStdString(s);
}

core::OptId optId(const QString& id)
{
    return id.isEmpty() ? core::OptId {} : core::OptId(id.toStdString());
}

QString nowHhMm()
{
    const core::Clock* clock = Session::instance() ? Session::instance()->storeOptions().clock : nullptr;
    const qint64 ms = clock ? clock->nowMs() : QDateTime::currentMSecsSinceEpoch();
    return QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().time().toString(QStringLiteral("HH:mm"));
}

struct Choices {
    std::vector<PickerRow> participants;
    std::vector<PickerRow> employers;
};

struct ConsentNotice {
    std::vector<ConsentRow> consents;
};

} // namespace

VisitFormController::VisitFormController(QObject* parent)
    : DraftFormController(draftKind, "visits", parent)
    , m_contactType(QStringLiteral("workplace_follow_up"))
    , m_occurredOn(Session::today())
    , m_startTime(nowHhMm())
{
    connect(this, &DraftFormController::saved, this, &VisitFormController::finalized);
    refreshDefaults();
}

void VisitFormController::setParticipantId(const QString& id)
{
    if (id == m_participantId)
        return;
    m_participantId = id;
    m_participantName = m_participantChoices.nameOf(id);
    refreshDefaults();
    edited();
    refreshConsents();
}

void VisitFormController::setEmployerId(const QString& id)
{
    if (id == m_employerId)
        return;
    m_employerId = id;
    m_employerName = m_employerChoices.nameOf(id);
    refreshDefaults();
    edited();
    refreshConsents();
}

void VisitFormController::setContactType(const QString& code)
{
    if (code == m_contactType || !enumFromQString<core::ContactType>(code))
        return;
    m_contactType = code;
    refreshDefaults();
    edited();
}

bool VisitFormController::employerContact() const
{
    const auto t = enumFromQString<core::ContactType>(m_contactType);
    return t && core::isEmployerContact(*t);
}

void VisitFormController::setOccurredOn(const QDate& date)
{
    if (date.isValid())
        set(m_occurredOn, date);
}

QString VisitFormController::occurredText() const
{
    return Format::dateChosen(m_occurredOn, Session::today());
}

void VisitFormController::setStartTime(const QString& hhmm)
{
    set(m_startTime, hhmm.trimmed());
}

void VisitFormController::setDurationMin(int minutes)
{
    set(m_durationMin, std::max(0, minutes));
}

void VisitFormController::setPlace(const QString& place)
{
    set(m_place, place);
}

void VisitFormController::setPurpose(const QString& text)
{
    set(m_purpose, text);
}

void VisitFormController::setObsPerson(const QString& text)
{
    set(m_obsPerson, text);
}

void VisitFormController::setObsTask(const QString& text)
{
    set(m_obsTask, text);
}

void VisitFormController::setObsEnvironment(const QString& text)
{
    set(m_obsEnvironment, text);
}

void VisitFormController::setNote(const QString& text)
{
    set(m_note, text);
}

void VisitFormController::setNextVisitOn(const QDate& date)
{
    set(m_nextVisitOn, date);
}

void VisitFormController::clearNextVisit()
{
    set(m_nextVisitOn, QDate());
}

QString VisitFormController::nextVisitText() const
{
    if (!m_nextVisitOn.isValid())
        return {};
    return Format::dateNear(m_nextVisitOn, Session::today()) + QStringLiteral(", ") + Format::dateLong(m_nextVisitOn);
}

void VisitFormController::setOnlyMe(bool onlyMe)
{
    set(m_onlyMe, onlyMe);
}

void VisitFormController::setFieldTime(bool fieldTime)
{
    m_fieldTimeTouched = true;
    set(m_fieldTime, fieldTime);
}

void VisitFormController::toggleAttendee(const QString& code)
{
    if (!enumFromQString<core::Attendee>(code))
        return;
    m_attendeesTouched = true;
    if (m_attendees.contains(code))
        m_attendees.removeAll(code);
    else
        m_attendees << code;
    edited();
}

void VisitFormController::refreshDefaults()
{
    // Until the user says otherwise: whoever the note is about was there, and time spent anywhere
    // but on the phone, SMS or e-mail is time in the field.
    const auto type = enumFromQString<core::ContactType>(m_contactType);
    if (!m_attendeesTouched) {
        QStringList defaults;
        if (!m_participantId.isEmpty() && type != core::ContactType::NewEmployerVisit)
            defaults << codeString(core::Attendee::Participant);
        if (!m_employerId.isEmpty() && type && core::isEmployerContact(*type))
            defaults << codeString(core::Attendee::Employer);
        m_attendees = defaults;
    }
    if (!m_fieldTimeTouched)
        m_fieldTime
            = !(type == core::ContactType::Phone || type == core::ContactType::Sms || type == core::ContactType::Email);
}

void VisitFormController::addAction()
{
    m_actions.append(ActionDraft { {}, QStringLiteral("specialist"), m_nextVisitOn });
    edited();
}

void VisitFormController::removeAction(int row)
{
    if (m_actions.remove(row))
        edited();
}

void VisitFormController::setActionText(int row, const QString& text)
{
    if (m_actions.setText(row, text))
        edited();
}

void VisitFormController::setActionOwner(int row, const QString& owner)
{
    if (m_actions.setOwner(row, owner))
        edited();
}

void VisitFormController::setActionDue(int row, const QDate& due)
{
    if (m_actions.setDue(row, due))
        edited();
}

bool VisitFormController::consentNoticeVisible() const
{
    return !m_participantId.isEmpty() && !m_employerId.isEmpty() && m_consentsKnown;
}

bool VisitFormController::nothingShared() const
{
    return m_activeConsents == 0;
}

QString VisitFormController::consentNoticeText() const
{
    if (!consentNoticeVisible())
        return {};
    if (m_activeConsents == 0)
        return tr("%1 has not agreed to share anything with %2. Tell the employer nothing about %1 that they do not "
                  "already know.")
            .arg(m_participantName, m_employerName);
    return tr("%1 has agreed to share only this with %2:").arg(m_participantName, m_employerName);
}

QString VisitFormController::savedText() const
{
    if (draftSavedMs() <= 0)
        return tr("Not saved yet");
    return tr("Draft saved %1").arg(Format::dateTime(draftSavedMs()));
}

QString VisitFormController::missingText() const
{
    if (m_participantId.isEmpty() && m_employerId.isEmpty())
        return tr("Choose who the visit was with: a participant, an employer, or both.");
    const auto type = enumFromQString<core::ContactType>(m_contactType);
    if ((type == core::ContactType::NewEmployerVisit || type == core::ContactType::EmployerFollowUp)
        && m_employerId.isEmpty())
        return tr("Choose the employer you visited.");
    if (!m_occurredOn.isValid() || m_occurredOn > Session::today())
        return tr("A visit note is for something that has happened: choose today or an earlier date.");
    if (!m_startTime.isEmpty() && !core::isTimeOfDay(m_startTime.toStdString()))
        return tr("Write the time as hours and minutes, for example 09:30.");
    if (m_nextVisitOn.isValid() && m_nextVisitOn <= m_occurredOn)
        return tr("The next visit must come after this one.");
    return {};
}

QJsonObject VisitFormController::toDraft() const
{
    return QJsonObject {
        { QStringLiteral("participantId"), m_participantId },
        { QStringLiteral("employerId"), m_employerId },
        { QStringLiteral("contactType"), m_contactType },
        { QStringLiteral("occurredOn"), m_occurredOn.toString(Qt::ISODate) },
        { QStringLiteral("startTime"), m_startTime },
        { QStringLiteral("durationMin"), m_durationMin },
        { QStringLiteral("place"), m_place },
        { QStringLiteral("attendees"), QJsonArray::fromStringList(m_attendees) },
        { QStringLiteral("attendeesTouched"), m_attendeesTouched },
        { QStringLiteral("purpose"), m_purpose },
        { QStringLiteral("obsPerson"), m_obsPerson },
        { QStringLiteral("obsTask"), m_obsTask },
        { QStringLiteral("obsEnvironment"), m_obsEnvironment },
        { QStringLiteral("note"), m_note },
        { QStringLiteral("nextVisitOn"), m_nextVisitOn.isValid() ? m_nextVisitOn.toString(Qt::ISODate) : QString() },
        { QStringLiteral("onlyMe"), m_onlyMe },
        { QStringLiteral("fieldTime"), m_fieldTime },
        { QStringLiteral("fieldTimeTouched"), m_fieldTimeTouched },
        { QStringLiteral("actions"), m_actions.toJson() },
    };
}

void VisitFormController::applyDraft(const QJsonObject& o)
{
    auto str = [&](const char* key) { return o.value(QLatin1String(key)).toString(); };
    m_participantId = str("participantId");
    m_employerId = str("employerId");
    if (enumFromQString<core::ContactType>(str("contactType")))
        m_contactType = str("contactType");
    const QDate occurred = QDate::fromString(str("occurredOn"), Qt::ISODate);
    if (occurred.isValid())
        m_occurredOn = occurred;
    m_startTime = str("startTime");
    m_durationMin = o.value(QStringLiteral("durationMin")).toInt();
    m_place = str("place");
    m_attendees.clear();
    for (const auto& a : o.value(QStringLiteral("attendees")).toArray())
        if (enumFromQString<core::Attendee>(a.toString()))
            m_attendees << a.toString();
    m_attendeesTouched = o.value(QStringLiteral("attendeesTouched")).toBool();
    m_purpose = str("purpose");
    m_obsPerson = str("obsPerson");
    m_obsTask = str("obsTask");
    m_obsEnvironment = str("obsEnvironment");
    m_note = str("note");
    m_nextVisitOn = QDate::fromString(str("nextVisitOn"), Qt::ISODate);
    m_onlyMe = o.value(QStringLiteral("onlyMe")).toBool();
    m_fieldTime = o.value(QStringLiteral("fieldTime")).toBool(true);
    m_fieldTimeTouched = o.value(QStringLiteral("fieldTimeTouched")).toBool();
    m_actions.setActions(AgreedActionsModel::fromJson(o.value(QStringLiteral("actions")).toArray()));
    // The names come with the choices; the draft holds only ids.
    m_participantName = m_participantChoices.nameOf(m_participantId);
    m_employerName = m_employerChoices.nameOf(m_employerId);
}

void VisitFormController::loadForm()
{
    fetch<Choices>(
        [](core::Store& store) -> core::Result<Choices> {
            Choices c;
            FN_TRY_ASSIGN(const auto caseload, core::caseload(store));
            for (const auto& e : caseload)
                c.participants.push_back(
                    { fromStd(e.participantId), fromStd(e.displayName), Labels::status(e.status) });
            FN_TRY_ASSIGN(const auto employers, core::employerDirectory(store));
            for (const auto& e : employers)
                c.employers.push_back({ fromStd(e.employerId), fromStd(e.name), fromStd(e.sector) });
            return c;
        },
        [this](Choices& c) {
            m_participantChoices.setRows(std::move(c.participants));
            m_employerChoices.setRows(std::move(c.employers));
            if (m_participantName.isEmpty() && !m_participantId.isEmpty())
                m_participantName = m_participantChoices.nameOf(m_participantId);
            if (m_employerName.isEmpty() && !m_employerId.isEmpty())
                m_employerName = m_employerChoices.nameOf(m_employerId);
            emit formChanged();
        });
    refreshConsents();
}

void VisitFormController::refreshConsents()
{
    if (!isComplete() || m_participantId.isEmpty() || m_employerId.isEmpty() || !Session::instance()
        || !Session::instance()->unlocked()) {
        if (m_consentsKnown) {
            m_consentsKnown = false;
            emit consentNoticeChanged();
        }
        return;
    }
    const std::string pid = m_participantId.toStdString();
    const std::string eid = m_employerId.toStdString();
    const int serial = ++m_consentSerial;
    fetch<ConsentNotice>(
        [pid, eid](core::Store& store) -> core::Result<ConsentNotice> {
            ConsentNotice n;
            const core::Date day = store.today();
            FN_TRY_ASSIGN(
                const auto items, core::sharedItems(store, pid, core::RecipientKind::Employer, core::OptId(eid), day));
            FN_TRY_ASSIGN(auto consents, core::disclosuresTo(store, pid, core::RecipientKind::Employer, eid));
            for (auto& c : consents) {
                const bool active = c.item && items.contains(*c.item) && core::isActiveOn(c, day);
                n.consents.push_back({ std::move(c), active });
            }
            return n;
        },
        [this, serial](ConsentNotice& n) {
            if (serial != m_consentSerial)
                return;
            m_activeConsents = 0;
            for (const auto& c : n.consents)
                m_activeConsents += c.active ? 1 : 0;
            m_consents.setConsents(std::move(n.consents));
            m_consentsKnown = true;
            emit consentNoticeChanged();
        });
}

DraftFormController::UseCase VisitFormController::useCase()
{
    // The form gathers what was typed; the rule and the write are core's (core/visits.h).
    core::VisitNote v;
    v.participantId = optId(m_participantId);
    v.employerId = optId(m_employerId);
    v.contactType = *enumFromQString<core::ContactType>(m_contactType);
    v.occurredOn = fromQDate(m_occurredOn);
    if (!m_startTime.isEmpty())
        v.startTime = m_startTime.toStdString();
    if (m_durationMin > 0)
        v.durationMin = m_durationMin;
    v.place = m_place.toStdString();
    for (const QString& a : m_attendees)
        if (auto e = enumFromQString<core::Attendee>(a))
            v.attendees.insert(*e);
    v.purpose = m_purpose.toStdString();
    v.obsPerson = m_obsPerson.toStdString();
    v.obsTask = m_obsTask.toStdString();
    v.obsEnvironment = m_obsEnvironment.toStdString();
    v.note = m_note.toStdString();
    v.nextVisitOn = fromQDate(m_nextVisitOn);
    v.audience = m_onlyMe ? core::Audience::Author : core::Audience::Team;
    v.fieldTime = m_fieldTime;
    for (const ActionDraft& a : m_actions.actions())
        v.actions.push_back({ a.text.toStdString(),
            enumFromQString<core::ActionOwner>(a.owner).value_or(core::ActionOwner::Specialist), fromQDate(a.dueOn) });
    v.draftId = optId(draftId());
    return [v](core::Store& store) { return core::finalizeVisit(store, core::actorOf(store), v); };
}

void VisitFormController::discard()
{
    const QString id = draftId();
    draft().finish();
    if (id.isEmpty()) {
        emit discarded();
        return;
    }
    change<bool>(
        [id = id.toStdString()](core::Store& store) -> core::Result<bool> {
            FN_TRY(store.discardDraft(id));
            return true;
        },
        [this](core::Result<bool>& r) {
            if (r)
                emit discarded();
        });
}

} // namespace fieldnotes::app
