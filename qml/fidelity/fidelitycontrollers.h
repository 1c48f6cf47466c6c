// The fidelity form on the tablet (core/fidelity.h).
//
// FidelityFormController: the person answers the 19 items for this month's round; every choice is
// kept as a draft on this tablet as they go (DraftFormController), and the answers are sent in
// with one tap once all 19 are answered. Opened again in the same month, the form shows the
// unfinished draft if there is one, else the answers already sent (answering again replaces them).
//
// FidelityTeamController: for the lead, the team's latest round from the answers on the tablet:
// the mean per item, the total out of 95 and its band, how many answered, what moved since the
// round before, and the totals over time for a small chart.
#pragma once

#include "draftformcontroller.h"
#include "fidelitymodels.h"
#include "screencontroller.h"

#include <QDate>
#include <QVariantList>

namespace fieldnotes::app {

class FidelityFormController : public fieldnotes::app::DraftFormController {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(fieldnotes::app::FidelityItemsModel* items READ items CONSTANT)
    Q_PROPERTY(QString roundText READ roundText NOTIFY formChanged) // "December 2026"
    Q_PROPERTY(int answeredCount READ answeredCount NOTIFY formChanged)
    Q_PROPERTY(int itemCount READ itemCount CONSTANT)
    Q_PROPERTY(QString progressText READ progressText NOTIFY formChanged) // "12 of 19 answered"
    Q_PROPERTY(QString totalText READ totalText NOTIFY formChanged) // "Your total: 63 of 95", once complete
    Q_PROPERTY(bool sentBefore READ sentBefore NOTIFY formChanged) // answers to this round were sent before

public:
    static constexpr const char* draftKind = "fidelity_form";
    explicit FidelityFormController(QObject* parent = nullptr);

    FidelityItemsModel* items() { return &m_items; }
    QString roundText() const;
    int answeredCount() const;
    int itemCount() const { return core::fidelityItemCount; }
    QString progressText() const;
    QString totalText() const;
    bool sentBefore() const { return m_sentBefore; }
    QString missingText() const override;

    // Single choice: the option 1-5. Tick-all: ticks or unticks the practice's letter.
    Q_INVOKABLE void choose(int item, int option);
    Q_INVOKABLE void toggle(int item, const QString& letter);

protected:
    QJsonObject toDraft() const override;
    void applyDraft(const QJsonObject& payload) override;
    void loadForm() override;
    UseCase useCase() override;

private:
    FidelityItemsModel m_items;
    QDate m_round;
    bool m_looked = false; // the latest draft and the sent answers were looked for
    bool m_fromDraft = false;
    bool m_sentBefore = false;
};

class FidelityTeamController : public fieldnotes::app::ScreenController {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(fieldnotes::app::FidelityMeansModel* means READ means CONSTANT)
    Q_PROPERTY(bool hasRound READ hasRound NOTIFY changed)
    Q_PROPERTY(QString roundText READ roundText NOTIFY changed) // "December 2026"
    Q_PROPERTY(double total READ total NOTIFY changed) // -1 while incomplete
    Q_PROPERTY(QString totalText READ totalText NOTIFY changed) // "64.5 of 95", or "Incomplete"
    Q_PROPERTY(QString bandText READ bandText NOTIFY changed) // "Fair"
    Q_PROPERTY(QString answeredText READ answeredText NOTIFY changed) // "3 answered, 1 incomplete"
    Q_PROPERTY(QString changeText READ changeText NOTIFY changed) // "Up 2.3 since June 2026"
    Q_PROPERTY(QStringList movedTexts READ movedTexts NOTIFY changed) // "Item 18, Time at employers: 2.3 → 3.7"
    // The totals over time, oldest first: { label: "Jun 2026", total: 64.5, teamRecord: bool }
    Q_PROPERTY(QVariantList history READ history NOTIFY changed)
    Q_PROPERTY(QString historyText READ historyText NOTIFY changed) // the same, for a screen reader

public:
    explicit FidelityTeamController(QObject* parent = nullptr);

    FidelityMeansModel* means() { return &m_means; }
    bool hasRound() const { return m_latest.has_value(); }
    QString roundText() const;
    double total() const;
    QString totalText() const;
    QString bandText() const;
    QString answeredText() const;
    QString changeText() const;
    QStringList movedTexts() const;
    QVariantList history() const;
    QString historyText() const;

signals:
    void changed();

protected:
    void load() override;

private:
    FidelityMeansModel m_means;
    std::optional<core::FidelityRound> m_latest;
    std::optional<QDate> m_previousRound;
    std::vector<core::FidelityRound> m_rounds;
};

} // namespace fieldnotes::app
