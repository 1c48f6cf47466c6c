// The QML tests' window into the fixture: which store they run against (chosen per test file by
// FIELDNOTES_QML_FIXTURE: none, locked, demo, mentor, lead), ids to open, and test-only controls
// (the idle clock, reading what was saved). Registered as the singleton Fieldnotes.Test/Fixture.
#pragma once

#include "appfixture.h"

#include <QObject>

namespace fieldnotes::test {

class Fixture : public QObject {
    Q_OBJECT
    Q_PROPERTY(QString passphrase READ passphrase CONSTANT)
public:
    explicit Fixture(const QString& kind);

    QString passphrase() const { return QString::fromLatin1(test::passphrase); }

    // Moves the idle clock on and lets the idle monitor look at it (instead of waiting minutes).
    Q_INVOKABLE void advanceIdle(int minutes);
    Q_INVOKABLE QString participantInWork();
    Q_INVOKABLE QString firstEmployer();
    Q_INVOKABLE QString mentorParticipant();
    Q_INVOKABLE int visitCount(const QString& participantId);
    Q_INVOKABLE QString lastVisitNote(const QString& participantId);
    // A visit with a note the tablet's own person wrote and nothing corrects yet.
    Q_INVOKABLE QString ownVisit();
    Q_INVOKABLE QString participantOfVisit(const QString& visitId);
    Q_INVOKABLE int naturalSupportCount(const QString& participantId);
    Q_INVOKABLE int draftCount();
    // Two edits of a participant's phone cross at the office; the tablet receives the conflict.
    Q_INVOKABLE bool makeConflict();
    Q_INVOKABLE QString participantPhone(const QString& participantId);
    // Where a test may leave screenshots to look at by eye (FIELDNOTES_SHOTS); empty: none.
    Q_INVOKABLE QString shotsFolder() const { return qEnvironmentVariable("FIELDNOTES_SHOTS"); }
    // Exports written to the tablet's exports folder (sealed files).
    Q_INVOKABLE int exportFileCount() const;
    // The office refused a change to a participant's phone (as a push answer records it).
    Q_INVOKABLE bool addRefusal();
    Q_INVOKABLE int refusedCount();
    // Structured talks logged for the participant.
    Q_INVOKABLE int talkCount(const QString& participantId);
    // A participant's display name (the reflection log must refuse it).
    Q_INVOKABLE QString participantName(const QString& participantId);
    // Who follows the participant (their staff id), as the store has it now.
    Q_INVOKABLE QString specialistOf(const QString& participantId);
    // Participants not discharged that the tablet's person follows (or no one yet): a lead's own caseload.
    Q_INVOKABLE int ownParticipantCount();
    // A participant referred `daysAgo` days ago whom no one follows yet (the team overview's waiting
    // list); returns the id.
    Q_INVOKABLE QString addWaitingParticipant(const QString& name, int daysAgo);
    // The store's today (the fixture's clock, not the machine's), as the screens write a date.
    Q_INVOKABLE QString todayText() const;
    // What a screen reader says for an item (its accessible name).
    Q_INVOKABLE QString accessibleName(QObject* item) const;
    // A contact with the first employer that the tablet's own person logged today (the figures
    // page's known visits): `minutes` < 0 for none; `newEmployer` a new employer visit, else an
    // employer follow-up.
    Q_INVOKABLE bool logEmployerContact(bool newEmployer, int minutes, bool field);

private:
    std::unique_ptr<AppFixture> m_app;
    std::unique_ptr<TempStore> m_office;
    qint64 m_idleNow = 0;
};

} // namespace fieldnotes::test
