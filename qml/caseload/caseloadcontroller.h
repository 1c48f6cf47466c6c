// The caseload screen (home of a job specialist): the participants with their step, status and
// next contact, what needs attention, unfinished drafts, and search across names and notes.
// The same with 20 participants or 2,000: everything is read on the store thread, and the lists
// are virtualised.
#pragma once

#include "attentionmodel.h"
#include "caseloadmodel.h"
#include "draftsmodel.h"
#include "screencontroller.h"
#include "searchmodel.h"

#include <QTimer>

namespace fieldnotes::app {

class CaseloadController : public fieldnotes::app::ScreenController {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(fieldnotes::app::CaseloadModel* participants READ participants CONSTANT)
    Q_PROPERTY(fieldnotes::app::AttentionModel* attention READ attention CONSTANT)
    Q_PROPERTY(fieldnotes::app::DraftsModel* drafts READ drafts CONSTANT)
    Q_PROPERTY(fieldnotes::app::SearchModel* searchResults READ searchResults CONSTANT)
    Q_PROPERTY(QString searchText READ searchText WRITE setSearchText NOTIFY searchTextChanged)
    Q_PROPERTY(bool searching READ searching NOTIFY searchingChanged)
    Q_PROPERTY(QString summaryText READ summaryText NOTIFY summaryChanged)
    Q_PROPERTY(bool paired READ paired NOTIFY summaryChanged)
    // Only the people the person holding the tablet follows themselves (a lead's own caseload, beside
    // the team's participants their tablet holds in the team view).
    Q_PROPERTY(bool ownOnly READ ownOnly WRITE setOwnOnly NOTIFY ownOnlyChanged)

public:
    explicit CaseloadController(QObject* parent = nullptr);

    CaseloadModel* participants() { return &m_participants; }
    AttentionModel* attention() { return &m_attention; }
    DraftsModel* drafts() { return &m_drafts; }
    SearchModel* searchResults() { return &m_search; }
    QString searchText() const { return m_searchText; }
    void setSearchText(const QString& text);
    bool searching() const { return !m_searchText.trimmed().isEmpty(); }
    QString summaryText() const;
    bool paired() const { return m_paired; }
    bool ownOnly() const { return m_ownOnly; }
    void setOwnOnly(bool ownOnly);

    // Runs the pending search now instead of after the typing pause.
    Q_INVOKABLE void searchNow();

signals:
    void searchTextChanged();
    void searchingChanged();
    void summaryChanged();
    void ownOnlyChanged();

protected:
    void load() override;

private:
    CaseloadModel m_participants;
    AttentionModel m_attention;
    DraftsModel m_drafts;
    SearchModel m_search;
    QString m_searchText;
    QTimer m_searchPause;
    int m_searchSerial = 0;
    bool m_paired = true;
    bool m_ownOnly = false;
};

} // namespace fieldnotes::app
