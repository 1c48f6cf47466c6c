#include "reviewmodels.h"

#include "format.h"

#include <algorithm>

namespace fieldnotes::app {

ReviewQueueModel::ReviewQueueModel(QObject* parent)
    : LocalizedListModel(parent)
{
}

int ReviewQueueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant ReviewQueueModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::ReviewItem& item = m_rows[static_cast<std::size_t>(index.row())];
    const core::CaseReview& r = item.review;
    switch (role) {
    case ReviewIdRole:
        return QString::fromStdString(r.id);
    case SectionRole:
        return r.isDiscussed() ? tr("Discussed") : tr("Waiting for the review");
    case Qt::DisplayRole:
    case AboutRole:
        return r.participantId ? QString::fromStdString(item.participantName) : tr("From the reflection log");
    case ReflectionTextRole:
        if (!r.reflectionId)
            return QString();
        return item.reflectionGone ? tr("The entry was deleted since.")
                                   : QString::fromStdString(item.reflectionSituation);
    case AskedTextRole:
        return tr("Asked by %1, %2")
            .arg(item.askedByName.empty() ? tr("someone no longer on the team")
                                          : QString::fromStdString(item.askedByName),
                Format::date(toQDate(r.askedOn)));
    case QuestionRole:
        return QString::fromStdString(r.question);
    case AdviceRole:
        return QString::fromStdString(r.advice);
    case AdviceTextRole:
        return r.advisedOn ? tr("Advice from %1, %2")
                                 .arg(QString::fromStdString(item.advisedByName), Format::date(toQDate(*r.advisedOn)))
                           : QString();
    case DiscussedRole:
        return r.isDiscussed();
    case MineRole:
        return !m_me.empty() && r.askedBy == m_me;
    default:
        return {};
    }
}

QHash<int, QByteArray> ReviewQueueModel::roleNames() const
{
    return { { ReviewIdRole, "reviewId" }, { SectionRole, "section" }, { AboutRole, "about" },
        { ReflectionTextRole, "reflectionText" }, { AskedTextRole, "askedText" }, { QuestionRole, "question" },
        { AdviceRole, "advice" }, { AdviceTextRole, "adviceText" }, { DiscussedRole, "discussed" },
        { MineRole, "mine" } };
}

void ReviewQueueModel::setItems(std::vector<core::ReviewItem> items, const core::Id& me)
{
    m_me = me;
    replaceRows(m_rows, std::move(items),
        [](const core::ReviewItem& i) { return std::make_pair(i.review.id, i.review.isDiscussed()); });
}

int ReviewQueueModel::openCount() const
{
    return static_cast<int>(
        std::count_if(m_rows.begin(), m_rows.end(), [](const core::ReviewItem& i) { return i.review.isOpen(); }));
}

} // namespace fieldnotes::app
