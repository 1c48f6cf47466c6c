// One finalized journal entry in full: a visit note with its observations and agreed actions, or
// a mentor's natural-support entry. Entries are final; a correction is a new entry. The
// observation of the person (sensitive) stays hidden until tapped.
//
// The author of a visit no later entry corrects may correct its purpose and note (core/visits.h
// correctVisit); the page then shows the correction, which names the original (correctsId) so
// that it can still be read.
#pragma once

#include "screencontroller.h"

namespace fieldnotes::app {

class JournalEntryController : public fieldnotes::app::ScreenController {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString entryId READ entryId WRITE setEntryId NOTIFY entryIdChanged)
    Q_PROPERTY(QString table READ table WRITE setTable NOTIFY entryIdChanged)
    Q_PROPERTY(bool isVisit READ isVisit NOTIFY entryIdChanged)
    Q_PROPERTY(QString title READ title NOTIFY detailsChanged)
    Q_PROPERTY(QString whenText READ whenText NOTIFY detailsChanged)
    Q_PROPERTY(QString authorText READ authorText NOTIFY detailsChanged)
    Q_PROPERTY(QString participantName READ participantName NOTIFY detailsChanged)
    Q_PROPERTY(QString employerName READ employerName NOTIFY detailsChanged)
    Q_PROPERTY(QString placeText READ placeText NOTIFY detailsChanged)
    Q_PROPERTY(QString attendeesText READ attendeesText NOTIFY detailsChanged)
    Q_PROPERTY(QString purpose READ purpose NOTIFY detailsChanged)
    Q_PROPERTY(QString stepsText READ stepsText NOTIFY detailsChanged)
    Q_PROPERTY(QString obsTask READ obsTask NOTIFY detailsChanged)
    Q_PROPERTY(QString obsEnvironment READ obsEnvironment NOTIFY detailsChanged)
    Q_PROPERTY(QString obsPerson READ obsPerson NOTIFY revealedChanged)
    Q_PROPERTY(bool obsPersonRevealed READ obsPersonRevealed NOTIFY revealedChanged)
    Q_PROPERTY(QString note READ note NOTIFY detailsChanged)
    Q_PROPERTY(QString nextVisitText READ nextVisitText NOTIFY detailsChanged)
    Q_PROPERTY(QString audienceText READ audienceText NOTIFY detailsChanged)
    Q_PROPERTY(QStringList actions READ actions NOTIFY detailsChanged)
    Q_PROPERTY(QString situation READ situation NOTIFY detailsChanged)
    Q_PROPERTY(QString handledWell READ handledWell NOTIFY detailsChanged)
    Q_PROPERTY(QString needsWork READ needsWork NOTIFY detailsChanged)
    Q_PROPERTY(QString expectedBehaviour READ expectedBehaviour NOTIFY detailsChanged)
    Q_PROPERTY(bool needsSpecialist READ needsSpecialist NOTIFY detailsChanged)
    Q_PROPERTY(bool corrected READ corrected NOTIFY detailsChanged)
    Q_PROPERTY(QString correctsId READ correctsId NOTIFY detailsChanged)
    Q_PROPERTY(bool canCorrect READ canCorrect NOTIFY detailsChanged)
    Q_PROPERTY(bool correcting READ correcting NOTIFY correctingChanged)

public:
    explicit JournalEntryController(QObject* parent = nullptr);

    QString entryId() const { return m_entryId; }
    void setEntryId(const QString& id);
    QString table() const { return m_table; }
    void setTable(const QString& table);
    bool isVisit() const { return m_table == QLatin1String("visits"); }

    QString title() const { return m_title; }
    QString whenText() const { return m_whenText; }
    QString authorText() const { return m_authorText; }
    QString participantName() const { return m_participantName; }
    QString employerName() const { return m_employerName; }
    QString placeText() const { return m_placeText; }
    QString attendeesText() const { return m_attendeesText; }
    QString purpose() const { return m_purpose; }
    QString stepsText() const { return m_stepsText; }
    QString obsTask() const { return m_obsTask; }
    QString obsEnvironment() const { return m_obsEnvironment; }
    QString obsPerson() const { return m_obsPerson; }
    bool obsPersonRevealed() const { return m_obsPersonRevealed; }
    QString note() const { return m_note; }
    QString nextVisitText() const { return m_nextVisitText; }
    QString audienceText() const { return m_audienceText; }
    QStringList actions() const { return m_actions; }
    QString situation() const { return m_situation; }
    QString handledWell() const { return m_handledWell; }
    QString needsWork() const { return m_needsWork; }
    QString expectedBehaviour() const { return m_expectedBehaviour; }
    bool needsSpecialist() const { return m_needsSpecialist; }
    bool corrected() const { return m_corrected; }
    QString correctsId() const { return m_correctsId; }
    bool canCorrect() const { return m_canCorrect; }
    bool correcting() const { return m_correcting; }

    Q_INVOKABLE void revealObservation();
    Q_INVOKABLE void hideObservation();
    // Appends a correction of this visit with `purpose` and `note` (the rest kept); `correctionSaved`
    // follows, and the page shows the correction.
    Q_INVOKABLE void correct(const QString& purpose, const QString& note);

signals:
    void entryIdChanged();
    void detailsChanged();
    void revealedChanged();
    void correctingChanged();
    void correctionSaved(const QString& entryId);

protected:
    void load() override;
    bool canLoad() const override { return !m_entryId.isEmpty() && !m_table.isEmpty(); }

private:
    QString m_entryId, m_table;
    QString m_title, m_whenText, m_authorText, m_participantName, m_employerName, m_placeText, m_attendeesText;
    QString m_purpose, m_stepsText, m_obsTask, m_obsEnvironment, m_obsPerson, m_note, m_nextVisitText, m_audienceText;
    QStringList m_actions;
    QString m_situation, m_handledWell, m_needsWork, m_expectedBehaviour;
    bool m_needsSpecialist = false;
    bool m_corrected = false;
    QString m_correctsId;
    bool m_canCorrect = false;
    bool m_correcting = false;
    bool m_obsPersonRevealed = false;
};

} // namespace fieldnotes::app
