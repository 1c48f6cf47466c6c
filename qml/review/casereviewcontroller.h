// The case review on the tablet (core/casereview.h): the lead's queue (open items newest asked
// first, then the discussed ones) where the advice is recorded, and on a participant's page the
// items about them with "Put up for case review"; the reflection log's "Bring to case review".
// Who may do what is core's rule; a refusal is shown in words (ErrorText).
#pragma once

#include "reviewmodels.h"
#include "screencontroller.h"

namespace fieldnotes::app {

class CaseReviewController : public fieldnotes::app::ScreenController {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(fieldnotes::app::ReviewQueueModel* items READ items CONSTANT)
    // Empty: the whole queue on this tablet; a participant's id: the items about them only.
    Q_PROPERTY(QString participantId READ participantId WRITE setParticipantId NOTIFY participantIdChanged)
    Q_PROPERTY(int openCount READ openCount NOTIFY itemsChanged)
    // The participant has an item not yet discussed (their page offers no second one then).
    Q_PROPERTY(bool hasOpen READ hasOpen NOTIFY itemsChanged)

public:
    explicit CaseReviewController(QObject* parent = nullptr);

    ReviewQueueModel* items() { return &m_items; }
    QString participantId() const { return m_participantId; }
    void setParticipantId(const QString& id);
    int openCount() const { return m_items.openCount(); }
    bool hasOpen() const { return m_items.openCount() > 0; }

    // Each emits saved() when done, or shows why it was refused (errorText).
    Q_INVOKABLE void putUp(const QString& participantId, const QString& question);
    Q_INVOKABLE void bringReflection(const QString& reflectionId, const QString& question);
    Q_INVOKABLE void advise(const QString& reviewId, const QString& advice);
    Q_INVOKABLE void withdraw(const QString& reviewId);

signals:
    void participantIdChanged();
    void itemsChanged();
    void saved();

protected:
    void load() override;

private:
    void run(std::function<core::CaseResult<void>(core::Store&)> work);

    ReviewQueueModel m_items;
    QString m_participantId;
};

} // namespace fieldnotes::app
