#include "fidelitymodels.h"

#include "fidelitytext.h"

#include <QLocale>

namespace fieldnotes::app {

namespace {

const core::FidelityItem& itemAt(int row)
{
    return core::fidelityItems()[static_cast<std::size_t>(row)];
}

QString oneDecimal(double value)
{
    return QLocale().toString(value, 'f', 1);
}

} // namespace

FidelityItemsModel::FidelityItemsModel(QObject* parent)
    : LocalizedListModel(parent)
    , m_answers(core::fidelityItemCount)
{
}

int FidelityItemsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : core::fidelityItemCount;
}

QVariant FidelityItemsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() < 0 || index.row() >= rowCount())
        return {};
    const core::FidelityItem& item = itemAt(index.row());
    const core::FidelityItemAnswer& a = m_answers[static_cast<std::size_t>(index.row())];
    const bool tickAll = item.kind == core::FidelityItemKind::TickAll;
    switch (role) {
    case NumberRole:
        return item.number;
    case TitleRole:
        return FidelityText::title(item.number);
    case QuestionRole:
        return FidelityText::question(item.number);
    case TickAllRole:
        return tickAll;
    case NatureTextRole:
        if (!tickAll)
            return tr("Choose the one option that fits best: it scores 1 to 5.");
        if (item.practices.size() > item.scored.size())
            return tr("Tick all that apply: each of b) to f) scores 1, up to 5; a) is recorded and scores nothing.");
        return tr("Tick all that apply: each practice ticked scores 1, from 0 to 5.");
    case OptionsRole:
        return FidelityText::options(item.number);
    case LettersRole:
        return QString::fromLatin1(item.practices.data(), static_cast<qsizetype>(item.practices.size()));
    case OptionRole:
        return a.answered && !tickAll ? a.option : 0;
    case TicksRole:
        return QString::fromStdString(a.ticks);
    case AnsweredRole:
        return a.answered;
    case ScoreTextRole:
        return a.answered ? tr("Scores %1 of 5").arg(core::fidelityItemScore(item.number, a)) : QString();
    default:
        return {};
    }
}

QHash<int, QByteArray> FidelityItemsModel::roleNames() const
{
    return { { NumberRole, "number" }, { TitleRole, "title" }, { QuestionRole, "question" }, { TickAllRole, "tickAll" },
        { NatureTextRole, "natureText" }, { OptionsRole, "options" }, { LettersRole, "letters" },
        { OptionRole, "option" }, { TicksRole, "ticks" }, { AnsweredRole, "answered" },
        { ScoreTextRole, "scoreText" } };
}

void FidelityItemsModel::setAnswers(core::FidelityAnswers answers)
{
    answers.resize(core::fidelityItemCount);
    m_answers = std::move(answers);
    emit dataChanged(index(0), index(core::fidelityItemCount - 1));
}

void FidelityItemsModel::changed(int item)
{
    emit dataChanged(index(item - 1), index(item - 1));
}

bool FidelityItemsModel::choose(int item, int option)
{
    if (item < 1 || item > core::fidelityItemCount || option < 1 || option > core::fidelityMaxScore
        || itemAt(item - 1).kind != core::FidelityItemKind::SingleChoice)
        return false;
    auto& a = m_answers[static_cast<std::size_t>(item - 1)];
    if (a.answered && a.option == option)
        return false;
    a.answered = true;
    a.option = option;
    changed(item);
    return true;
}

bool FidelityItemsModel::toggle(int item, const QString& letter)
{
    if (item < 1 || item > core::fidelityItemCount || letter.size() != 1)
        return false;
    const core::FidelityItem& it = itemAt(item - 1);
    const char c = letter.at(0).toLatin1();
    if (it.kind != core::FidelityItemKind::TickAll || it.practices.find(c) == std::string_view::npos)
        return false;
    auto& a = m_answers[static_cast<std::size_t>(item - 1)];
    // A tick-all item is answered once it has been looked at: untick everything and it scores 0.
    a.answered = true;
    if (const auto at = a.ticks.find(c); at != std::string::npos)
        a.ticks.erase(at, 1);
    else
        a.ticks += c;
    std::sort(a.ticks.begin(), a.ticks.end());
    changed(item);
    return true;
}

FidelityMeansModel::FidelityMeansModel(QObject* parent)
    : LocalizedListModel(parent)
{
}

int FidelityMeansModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_means.size());
}

QVariant FidelityMeansModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() < 0 || index.row() >= rowCount())
        return {};
    const std::size_t row = static_cast<std::size_t>(index.row());
    const int number = index.row() + 1;
    const double mean = m_means[row];
    QString moved;
    if (const auto& from = m_from[row])
        moved = *from < mean ? tr("up from %1").arg(oneDecimal(*from)) : tr("down from %1").arg(oneDecimal(*from));
    switch (role) {
    case NumberRole:
        return number;
    case TitleRole:
        return FidelityText::title(number);
    case MeanRole:
        return mean;
    case MeanTextRole:
        return oneDecimal(mean);
    case MovedTextRole:
        return moved;
    case AccessibleTextRole: {
        QString text = tr("Item %1, %2: %3 of 5").arg(number).arg(FidelityText::title(number), oneDecimal(mean));
        if (!moved.isEmpty())
            text += QStringLiteral(", ") + moved;
        return text;
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> FidelityMeansModel::roleNames() const
{
    return { { NumberRole, "number" }, { TitleRole, "title" }, { MeanRole, "mean" }, { MeanTextRole, "meanText" },
        { MovedTextRole, "movedText" }, { AccessibleTextRole, "accessibleText" } };
}

void FidelityMeansModel::setRound(const core::FidelityRound& round)
{
    std::vector<std::optional<double>> from(round.itemMeans.size());
    for (const auto& m : round.moved)
        if (m.item >= 1 && static_cast<std::size_t>(m.item) <= from.size())
            from[static_cast<std::size_t>(m.item - 1)] = m.from;
    const bool reset = m_means.size() != round.itemMeans.size();
    if (reset)
        beginResetModel();
    m_means = round.itemMeans;
    m_from = std::move(from);
    if (reset) {
        endResetModel();
        emit countChanged();
    } else if (!m_means.empty()) {
        emit dataChanged(index(0), index(rowCount() - 1));
    }
}

} // namespace fieldnotes::app
