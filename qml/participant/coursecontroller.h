// A participant's course on the tablet: the small forms of the Overview tab that change the steps
// worked on, the status, pause and resume, and extend the measure, each with the day it takes
// effect. Saving goes through the one rule in core (core/casecourse.h); this controller writes no
// records of its own.
//
// begin(form) fills a form from what holds now ("steps": the steps worked on; "resume": the status
// before the pause; "extend": the current end plus six months) before its dialog opens.
#pragma once

#include "screencontroller.h"

#include <QDate>
#include <QStringList>

namespace fieldnotes::app {

class CourseController : public fieldnotes::app::ScreenController {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString participantId READ participantId WRITE setParticipantId NOTIFY participantIdChanged)
    // What holds now.
    Q_PROPERTY(QString currentStatus READ currentStatus NOTIFY courseChanged)
    Q_PROPERTY(bool paused READ paused NOTIFY courseChanged)
    Q_PROPERTY(bool discharged READ discharged NOTIFY courseChanged)
    Q_PROPERTY(QString statusBeforePause READ statusBeforePause NOTIFY courseChanged) // "" when not known
    Q_PROPERTY(QString measureEndText READ measureEndText NOTIFY courseChanged)
    Q_PROPERTY(QString pauseText READ pauseText NOTIFY courseChanged) // "Paused from …: why", while paused
    // The forms.
    Q_PROPERTY(QStringList steps READ steps NOTIFY formChanged) // "1".."5"
    Q_PROPERTY(QString status READ status WRITE setStatus NOTIFY formChanged)
    Q_PROPERTY(QDate day READ day WRITE setDay NOTIFY formChanged) // the day the change takes effect
    Q_PROPERTY(QString dayText READ dayText NOTIFY formChanged)
    Q_PROPERTY(QString reason READ reason WRITE setReason NOTIFY formChanged)
    Q_PROPERTY(QDate until READ until WRITE setUntil NOTIFY formChanged)
    Q_PROPERTY(QString untilText READ untilText NOTIFY formChanged)
    Q_PROPERTY(QString justification READ justification WRITE setJustification NOTIFY formChanged)
    Q_PROPERTY(QDate decidedOn READ decidedOn WRITE setDecidedOn NOTIFY formChanged)
    Q_PROPERTY(QString decidedText READ decidedText NOTIFY formChanged)
    Q_PROPERTY(bool saving READ saving NOTIFY savingChanged)

public:
    explicit CourseController(QObject* parent = nullptr);

    QString participantId() const { return m_participantId; }
    void setParticipantId(const QString& id);
    QString currentStatus() const { return m_currentStatus; }
    bool paused() const { return m_currentStatus == QLatin1String("paused"); }
    bool discharged() const { return m_currentStatus == QLatin1String("discharged"); }
    QString statusBeforePause() const { return m_statusBeforePause; }
    QString measureEndText() const;
    QString pauseText() const { return m_pauseText; }

    QStringList steps() const { return m_steps; }
    QString status() const { return m_status; }
    void setStatus(const QString& code);
    QDate day() const { return m_day; }
    void setDay(const QDate& day);
    QString dayText() const;
    QString reason() const { return m_reason; }
    void setReason(const QString& text);
    QDate until() const { return m_until; }
    void setUntil(const QDate& day);
    QString untilText() const;
    QString justification() const { return m_justification; }
    void setJustification(const QString& text);
    QDate decidedOn() const { return m_decidedOn; }
    void setDecidedOn(const QDate& day);
    QString decidedText() const;
    bool saving() const { return m_saving; }

    // Fills the form `form` ("steps", "status", "pause", "resume" or "extend") from what holds now.
    Q_INVOKABLE void begin(const QString& form);
    Q_INVOKABLE void toggleStep(const QString& step);
    // Each saves its form through core; `saved` follows, or why it was refused is shown.
    Q_INVOKABLE void saveSteps();
    Q_INVOKABLE void saveStatus();
    Q_INVOKABLE void pause();
    Q_INVOKABLE void resume();
    Q_INVOKABLE void extend();

signals:
    void participantIdChanged();
    void courseChanged();
    void formChanged();
    void savingChanged();
    void saved();

protected:
    void load() override;
    bool canLoad() const override { return !m_participantId.isEmpty(); }

private:
    template<class R> void save(std::function<R(core::Store&)> work);

    QString m_participantId;
    QString m_currentStatus;
    QString m_statusBeforePause;
    QString m_pauseText;
    QStringList m_currentSteps;
    QDate m_measureEnd, m_referredOn;

    QStringList m_steps;
    QString m_status, m_reason, m_justification;
    QDate m_day, m_until, m_decidedOn;
    bool m_saving = false;
};

} // namespace fieldnotes::app
