#include "consentcontroller.h"

#include "consentcase.h"
#include "errors.h"
#include "format.h"
#include "labels.h"

namespace fieldnotes::app {

namespace {

// What the store thread hands back: the new id, or why the consent rule refused it.
struct GrantOutcome {
    core::Id consentId;
    std::optional<core::CaseError> refusal;
};

} // namespace

ConsentController::ConsentController(QObject* parent)
    : ScreenController(parent, ReloadOn::Unlock)
    , m_grantedOn(Session::today())
{
}

void ConsentController::setParticipantId(const QString& id)
{
    if (id == m_participantId)
        return;
    m_participantId = id;
    emit participantIdChanged();
}

void ConsentController::set(QString& member, const QString& value)
{
    if (member == value)
        return;
    member = value;
    emit formChanged();
}

void ConsentController::setParticipation(bool v)
{
    if (v == m_participation)
        return;
    m_participation = v;
    emit formChanged();
}

void ConsentController::setItem(const QString& code)
{
    if (code.isEmpty() || enumFromQString<core::DisclosureItem>(code))
        set(m_item, code);
}

void ConsentController::setRecipientKind(const QString& code)
{
    if (code == m_recipientKind || !(code.isEmpty() || enumFromQString<core::RecipientKind>(code)))
        return;
    m_recipientKind = code;
    m_recipientId.clear(); // an employer's id names no mentor
    emit formChanged();
}

QVariantList ConsentController::recipients() const
{
    QVariantList out;
    for (const QVariant& r : m_all)
        if (r.toMap().value(QStringLiteral("kind")).toString() == m_recipientKind)
            out.append(r);
    return out;
}

void ConsentController::setGrantedOn(const QDate& day)
{
    if (!day.isValid() || day == m_grantedOn)
        return;
    m_grantedOn = day;
    emit formChanged();
}

QString ConsentController::grantedText() const
{
    return Format::dateChosen(m_grantedOn, Session::today());
}

void ConsentController::setHow(const QString& code)
{
    if (enumFromQString<core::ConsentManner>(code))
        set(m_how, code);
}

QString ConsentController::missingText() const
{
    if (m_participation)
        return {};
    if (m_item.isEmpty())
        return tr("Choose what may be told.");
    if (m_recipientKind.isEmpty())
        return tr("Choose who may be told.");
    if (m_recipientKind != QStringLiteral("nav_counsellor") && m_recipientId.isEmpty())
        return m_recipientKind == QStringLiteral("employer") ? tr("Choose the employer.") : tr("Choose the mentor.");
    if (m_purpose.trimmed().isEmpty())
        return tr("Write what the information is for.");
    return {};
}

void ConsentController::load()
{
    fetch<QVariantList>(
        [](core::Store& store) -> core::Result<QVariantList> {
            FN_TRY_ASSIGN(const auto recipients, core::consentRecipients(store));
            QVariantList out;
            for (const core::ConsentRecipient& r : recipients)
                out.append(QVariantMap { { QStringLiteral("recipientId"), QString::fromStdString(r.id) },
                    { QStringLiteral("name"), QString::fromStdString(r.name) },
                    { QStringLiteral("detail"), QString::fromStdString(r.employerName) },
                    { QStringLiteral("kind"), codeString(r.kind) } });
            return out;
        },
        [this](QVariantList& all) {
            m_all = std::move(all);
            emit formChanged();
        });
}

void ConsentController::save()
{
    if (m_saving)
        return;
    if (const QString missing = missingText(); !missing.isEmpty()) {
        showError(missing);
        return;
    }
    core::ConsentGrant g;
    g.participantId = m_participantId.toStdString();
    if (m_participation) {
        g.kind = core::ConsentKind::Participation;
    } else {
        g.kind = core::ConsentKind::Disclosure;
        g.item = enumFromQString<core::DisclosureItem>(m_item);
        g.recipientKind = enumFromQString<core::RecipientKind>(m_recipientKind);
        if (g.recipientKind != core::RecipientKind::NavCounsellor)
            g.recipientId = m_recipientId.toStdString();
        else
            g.recipientName = m_recipientName.toStdString();
        g.purpose = m_purpose.toStdString();
    }
    g.grantedOn = fromQDate(m_grantedOn);
    g.how = enumFromQString<core::ConsentManner>(m_how);
    g.summary = m_summary.toStdString();
    g.summarySimple = m_summarySimple.toStdString();
    m_saving = true;
    change<GrantOutcome>(
        [g](core::Store& store) -> core::Result<GrantOutcome> {
            GrantOutcome outcome;
            auto granted = core::grantConsent(store, core::actorOf(store), g);
            if (granted) {
                outcome.consentId = *granted;
                return outcome;
            }
            if (granted.error().refusal == core::Refusal::StoreFailed)
                return tl::unexpected(granted.error().error);
            outcome.refusal = granted.error();
            return outcome;
        },
        [this](core::Result<GrantOutcome>& r) {
            m_saving = false;
            if (!r)
                return;
            if (r->refusal) {
                showError(ErrorText::of(*r->refusal));
                return;
            }
            emit saved(QString::fromStdString(r->consentId));
        });
}

} // namespace fieldnotes::app
