#include "fidelitycontrollers.h"

#include "fidelitytext.h"
#include "format.h"

#include <QJsonDocument>
#include <QLocale>

namespace fieldnotes::app {

namespace {

QString monthText(const QDate& month)
{
    // "desember 2026" / "December 2026": the month the round is for.
    return QLocale().toString(month, QStringLiteral("MMMM yyyy"));
}

QString shortMonth(const QDate& month)
{
    return QLocale().toString(month, QStringLiteral("MMM yyyy"));
}

QString oneDecimal(double value)
{
    return QLocale().toString(value, 'f', 1);
}

QString bandName(core::FidelityBand band)
{
    switch (band) {
    case core::FidelityBand::Exemplary:
        return FidelityTeamController::tr("Exemplary (85 to 95)");
    case core::FidelityBand::Good:
        return FidelityTeamController::tr("Good (70 to 84)");
    case core::FidelityBand::Fair:
        return FidelityTeamController::tr("Fair (44 to 69)");
    case core::FidelityBand::NotSupportedEmployment:
        return FidelityTeamController::tr("Not supported employment (43 or less)");
    }
    return {};
}

} // namespace

FidelityFormController::FidelityFormController(QObject* parent)
    : DraftFormController(draftKind, "fidelity_responses", parent)
    , m_round(toQDate(core::fidelityRoundOf(*fromQDate(Session::today()))))
{
}

QString FidelityFormController::roundText() const
{
    return monthText(m_round);
}

int FidelityFormController::answeredCount() const
{
    return core::fidelityAnsweredCount(m_items.answers());
}

QString FidelityFormController::progressText() const
{
    return tr("%1 of %2 answered").arg(answeredCount()).arg(core::fidelityItemCount);
}

QString FidelityFormController::totalText() const
{
    const auto total = core::fidelityTotal(m_items.answers());
    return total ? tr("Your total: %1 of 95").arg(*total) : QString();
}

QString FidelityFormController::missingText() const
{
    const int open = core::fidelityItemCount - answeredCount();
    if (open == 0)
        return {};
    return tr("Answer all 19 items before sending: %1 still open.").arg(open);
}

void FidelityFormController::choose(int item, int option)
{
    if (m_items.choose(item, option))
        edited();
}

void FidelityFormController::toggle(int item, const QString& letter)
{
    if (m_items.toggle(item, letter))
        edited();
}

QJsonObject FidelityFormController::toDraft() const
{
    return { { QStringLiteral("round"), m_round.toString(Qt::ISODate) },
        { QStringLiteral("answers"), QString::fromStdString(core::encodeFidelityAnswers(m_items.answers())) } };
}

void FidelityFormController::applyDraft(const QJsonObject& payload)
{
    const QDate round = QDate::fromString(payload.value(QStringLiteral("round")).toString(), Qt::ISODate);
    if (round.isValid())
        m_round = round;
    if (auto answers = core::decodeFidelityAnswers(payload.value(QStringLiteral("answers")).toString().toStdString()))
        m_items.setAnswers(std::move(*answers));
    m_fromDraft = true;
}

void FidelityFormController::loadForm()
{
    if (m_looked) {
        markReady();
        return;
    }
    struct Found {
        core::Id draftId;
        std::optional<core::FidelityAnswers> sent;
    };
    const auto round = *fromQDate(m_round);
    const bool fromDraft = m_fromDraft;
    fetch<Found>(
        [round, fromDraft](core::Store& store) -> core::Result<Found> {
            Found found;
            if (!fromDraft) {
                FN_TRY_ASSIGN(const auto drafts, store.drafts(draftKind));
                if (!drafts.empty())
                    found.draftId = drafts.front().id;
            }
            auto sent = core::ownFidelityAnswers(store, core::actorOf(store), round);
            if (sent)
                found.sent = std::move(*sent);
            return found;
        },
        [this](Found& found) {
            m_looked = true;
            m_sentBefore = found.sent.has_value();
            if (!found.draftId.empty() && draftId().isEmpty()) {
                setDraftId(QString::fromStdString(found.draftId)); // reads the draft, then here again
                return;
            }
            if (!m_fromDraft && found.sent)
                m_items.setAnswers(std::move(*found.sent));
            emit formChanged();
        });
}

DraftFormController::UseCase FidelityFormController::useCase()
{
    const core::FidelityAnswers answers = m_items.answers();
    const core::Date round = *fromQDate(m_round);
    std::optional<core::Id> draft;
    if (!draftId().isEmpty())
        draft = draftId().toStdString();
    return [answers, round, draft](core::Store& store) {
        return core::recordFidelityAnswers(store, core::actorOf(store), round, answers, draft);
    };
}

FidelityTeamController::FidelityTeamController(QObject* parent)
    : ScreenController(parent)
{
}

void FidelityTeamController::load()
{
    fetch<core::FidelityHistoryView>([](core::Store& store) { return core::fidelityRounds(store); },
        [this](core::FidelityHistoryView& view) {
            m_rounds = std::move(view.rounds);
            m_latest.reset();
            m_previousRound.reset();
            if (!m_rounds.empty()) {
                m_latest = m_rounds.back();
                // The round the change is measured from: the one before with a total.
                for (auto it = std::next(m_rounds.rbegin()); it != m_rounds.rend(); ++it)
                    if (it->total) {
                        m_previousRound = toQDate(it->round);
                        break;
                    }
            }
            if (m_latest)
                m_means.setRound(*m_latest);
            else
                m_means.setRound({});
            emit changed();
        });
}

QString FidelityTeamController::roundText() const
{
    return m_latest ? monthText(toQDate(m_latest->round)) : QString();
}

double FidelityTeamController::total() const
{
    return m_latest && m_latest->total ? *m_latest->total : -1;
}

QString FidelityTeamController::totalText() const
{
    if (!m_latest)
        return {};
    if (!m_latest->total)
        return tr("Incomplete: no answer has all 19 items yet");
    return tr("%1 of 95").arg(oneDecimal(*m_latest->total));
}

QString FidelityTeamController::bandText() const
{
    return m_latest && m_latest->band ? bandName(*m_latest->band) : QString();
}

QString FidelityTeamController::answeredText() const
{
    if (!m_latest)
        return {};
    if (m_latest->teamRecord)
        return tr("Recorded for the team as a whole");
    QString text = tr("%n answered", nullptr, m_latest->answered);
    if (m_latest->incomplete > 0)
        text += QStringLiteral(", ") + tr("%n incomplete, left out", nullptr, m_latest->incomplete);
    return text;
}

QString FidelityTeamController::changeText() const
{
    if (!m_latest || !m_latest->change || !m_previousRound)
        return {};
    const double change = *m_latest->change;
    const QString since = monthText(*m_previousRound);
    if (std::abs(change) < 0.05)
        return tr("Unchanged since %1").arg(since);
    return change > 0 ? tr("Up %1 since %2").arg(oneDecimal(change), since)
                      : tr("Down %1 since %2").arg(oneDecimal(-change), since);
}

QStringList FidelityTeamController::movedTexts() const
{
    QStringList out;
    if (!m_latest)
        return out;
    for (const auto& m : m_latest->moved)
        out << tr("Item %1, %2: %3 → %4")
                   .arg(m.item)
                   .arg(FidelityText::title(m.item), oneDecimal(m.from), oneDecimal(m.to));
    return out;
}

QVariantList FidelityTeamController::history() const
{
    QVariantList out;
    for (const auto& r : m_rounds)
        if (r.total)
            out << QVariantMap { { QStringLiteral("label"), shortMonth(toQDate(r.round)) },
                { QStringLiteral("total"), *r.total }, { QStringLiteral("teamRecord"), r.teamRecord } };
    return out;
}

QString FidelityTeamController::historyText() const
{
    QStringList parts;
    for (const auto& r : m_rounds)
        if (r.total)
            parts << tr("%1: %2 of 95").arg(shortMonth(toQDate(r.round)), oneDecimal(*r.total));
    if (parts.isEmpty())
        return {};
    return tr("The team's total over time: %1").arg(parts.join(QStringLiteral("; ")));
}

} // namespace fieldnotes::app
