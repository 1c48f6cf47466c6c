#include "intakecontroller.h"

#include "errors.h"
#include "format.h"
#include "intake.h"
#include "labels.h"

#include <QDateTime>

namespace fieldnotes::app {

namespace {

bool holdsIdNumber(const QString& text)
{
    return core::containsNationalIdNumber(text.toStdString());
}

} // namespace

IntakeController::IntakeController(QObject* parent)
    : DraftFormController(draftKind, "participants", parent)
    , m_referralOn(Session::today())
{
}

void IntakeController::setProgramme(const QString& code)
{
    if (enumFromQString<core::Programme>(code))
        set(m_programme, code);
}

void IntakeController::setNorwegianLevel(const QString& code)
{
    if (code.isEmpty() || enumFromQString<core::CefrLevel>(code))
        set(m_level, code);
}

void IntakeController::setReferralOn(const QDate& date)
{
    if (date.isValid())
        set(m_referralOn, date);
}

void IntakeController::setMeasureEndOn(const QDate& date)
{
    set(m_measureEndOn, date);
}

void IntakeController::setInterpreterNeeded(bool v)
{
    set(m_interpreter, v);
}

void IntakeController::setConsentGiven(bool v)
{
    set(m_consent, v);
}

QString IntakeController::referralText() const
{
    return Format::dateChosen(m_referralOn, Session::today());
}

QString IntakeController::measureEndText() const
{
    return m_measureEndOn.isValid() ? Format::dateLong(m_measureEndOn) : QString();
}

QString IntakeController::missingText() const
{
    if (m_name.trimmed().isEmpty())
        return tr("Write the participant's name. A first name, or a name they choose, is enough.");
    const std::pair<const char*, const QString*> fields[] = {
        { "display_name", &m_name },
        { "phone", &m_phone },
        { "email", &m_email },
        { "other_contact", &m_otherContact },
        { "referral_reason", &m_referralReason },
        { "preferred_language", &m_language },
        { "childcare_constraint", &m_childcare },
        { "shift_constraint", &m_shifts },
        { "transport_constraint", &m_transport },
        { "refused_tasks", &m_refusedTasks },
    };
    for (const auto& [column, text] : fields)
        if (holdsIdNumber(*text))
            return ErrorText::of(core::CaseError { core::Refusal::NationalIdNumber, column, {} });
    return {};
}

QJsonObject IntakeController::toDraft() const
{
    // A field holding a national ID number is not kept, not even in the tablet's draft.
    auto keep = [](const QString& text) { return holdsIdNumber(text) ? QString() : text; };
    return { { QStringLiteral("name"), keep(m_name) }, { QStringLiteral("phone"), keep(m_phone) },
        { QStringLiteral("email"), keep(m_email) }, { QStringLiteral("otherContact"), keep(m_otherContact) },
        { QStringLiteral("programme"), m_programme },
        { QStringLiteral("referralOn"), m_referralOn.toString(Qt::ISODate) },
        { QStringLiteral("referralReason"), keep(m_referralReason) },
        { QStringLiteral("measureEndOn"), m_measureEndOn.toString(Qt::ISODate) },
        { QStringLiteral("language"), keep(m_language) }, { QStringLiteral("interpreter"), m_interpreter },
        { QStringLiteral("level"), m_level }, { QStringLiteral("childcare"), keep(m_childcare) },
        { QStringLiteral("shifts"), keep(m_shifts) }, { QStringLiteral("transport"), keep(m_transport) },
        { QStringLiteral("refusedTasks"), keep(m_refusedTasks) }, { QStringLiteral("consent"), m_consent } };
}

void IntakeController::applyDraft(const QJsonObject& o)
{
    auto str = [&](const char* key) { return o.value(QLatin1String(key)).toString(); };
    m_name = str("name");
    m_phone = str("phone");
    m_email = str("email");
    m_otherContact = str("otherContact");
    if (enumFromQString<core::Programme>(str("programme")))
        m_programme = str("programme");
    if (const QDate referred = QDate::fromString(str("referralOn"), Qt::ISODate); referred.isValid())
        m_referralOn = referred;
    m_referralReason = str("referralReason");
    m_measureEndOn = QDate::fromString(str("measureEndOn"), Qt::ISODate);
    m_language = str("language");
    m_interpreter = o.value(QLatin1String("interpreter")).toBool();
    if (enumFromQString<core::CefrLevel>(str("level")))
        m_level = str("level");
    m_childcare = str("childcare");
    m_shifts = str("shifts");
    m_transport = str("transport");
    m_refusedTasks = str("refusedTasks");
    m_consent = o.value(QLatin1String("consent")).toBool();
}

DraftFormController::UseCase IntakeController::useCase()
{
    core::Intake in;
    in.displayName = m_name.toStdString();
    in.phone = m_phone.toStdString();
    in.email = m_email.toStdString();
    in.otherContact = m_otherContact.toStdString();
    in.programme = *enumFromQString<core::Programme>(m_programme);
    in.referralOn = fromQDate(m_referralOn);
    in.referralReason = m_referralReason.toStdString();
    in.measureEndOn = fromQDate(m_measureEndOn);
    in.preferredLanguage = m_language.toStdString();
    in.interpreterNeeded = m_interpreter;
    in.childcareConstraint = m_childcare.toStdString();
    in.shiftConstraint = m_shifts.toStdString();
    in.transportConstraint = m_transport.toStdString();
    in.refusedTasks = m_refusedTasks.toStdString();
    if (!m_level.isEmpty())
        in.norwegianLevel = enumFromQString<core::CefrLevel>(m_level);
    if (m_consent)
        in.consent = core::Intake::ParticipationConsent { {},
            tr("Voluntary participation in Supported Employment: the job specialist helps you find and keep ordinary "
               "work, and nothing about you is shared without your agreement.")
                .toStdString(),
            tr("You take part because you want to. You can stop when you want.").toStdString() };
    const std::string draft = draftId().toStdString();
    return [in, draft](core::Store& store) -> core::CaseResult<core::Id> {
        core::Id participantId;
        auto written = core::inCaseTransaction(store, [&](auto stop) -> core::Status {
            auto taken = core::takeOnParticipant(store, core::actorOf(store), in);
            if (!taken)
                return stop(std::move(taken).error());
            participantId = *taken;
            if (!draft.empty())
                FN_TRY(store.discardDraft(draft));
            return {};
        });
        if (!written)
            return tl::unexpected(std::move(written).error());
        return participantId;
    };
}

} // namespace fieldnotes::app
