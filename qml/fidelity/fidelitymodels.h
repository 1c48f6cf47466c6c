// The fidelity form's lists: the 19 items with one person's answers (the form), and a round's item
// means for the lead (the team page). Scores and means come from core (core/fidelity.h); the words
// from FidelityText.
#pragma once

#include "fidelity.h"
#include "listmodel.h"

#include <QtQml/qqmlregistration.h>

namespace fieldnotes::app {

class FidelityItemsModel : public fieldnotes::app::LocalizedListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by the fidelity form's controller")
public:
    enum Role {
        NumberRole = Qt::UserRole + 1, // 1-19
        TitleRole,
        QuestionRole,
        TickAllRole, // true: tick all that apply; false: choose one
        NatureTextRole, // the one line that says how the item is answered and scored
        OptionsRole, // QStringList: options lowest first, or practices a) first
        LettersRole, // tick-all: the practices' letters ("abcdef"), one per option
        OptionRole, // single choice: the chosen option 1-5, 0 if none
        TicksRole, // tick-all: the letters ticked ("bcd")
        AnsweredRole,
        ScoreTextRole, // "Scores 3 of 5", "" while open
    };
    Q_ENUM(Role)
    explicit FidelityItemsModel(QObject* parent = nullptr);
    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    const core::FidelityAnswers& answers() const { return m_answers; }
    void setAnswers(core::FidelityAnswers answers);
    // True if the answer changed.
    bool choose(int item, int option);
    bool toggle(int item, const QString& letter);

private:
    void changed(int item);
    core::FidelityAnswers m_answers;
};

class FidelityMeansModel : public fieldnotes::app::LocalizedListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by the fidelity team page's controller")
public:
    enum Role {
        NumberRole = Qt::UserRole + 1,
        TitleRole,
        MeanRole, // 0-5
        MeanTextRole, // "3.7" in the person's locale
        MovedTextRole, // "up from 2.3", "down from 4.0", "" if it did not move
        AccessibleTextRole, // "Item 18, time at employers: 3.7 of 5, up from 2.3"
    };
    Q_ENUM(Role)
    explicit FidelityMeansModel(QObject* parent = nullptr);
    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    void setRound(const core::FidelityRound& round);

private:
    std::vector<double> m_means;
    std::vector<std::optional<double>> m_from;
};

} // namespace fieldnotes::app
