// Writing, changing and deleting one's own entry in the reflection log: date (today unless
// chosen), situation, what I did, result, what could be done differently, what worked, the
// process step and a theme. Never tied to a participant. Saving goes through core's reflection
// rules (core/reflection.h); their refusals are shown in the person's language.
#pragma once

#include "intake.h"
#include "screencontroller.h"

#include <QDate>

namespace fieldnotes::app {

class ReflectionFormController : public fieldnotes::app::ScreenController {
    Q_OBJECT
    QML_ELEMENT
    // Empty: a new entry. Otherwise one's own current entry, opened to change or delete it.
    Q_PROPERTY(QString entryId READ entryId WRITE setEntryId NOTIFY entryIdChanged)
    Q_PROPERTY(bool editing READ editing NOTIFY entryIdChanged)
    Q_PROPERTY(QDate occurredOn READ occurredOn WRITE setOccurredOn NOTIFY formChanged)
    Q_PROPERTY(QString occurredText READ occurredText NOTIFY formChanged)
    Q_PROPERTY(QString situation READ situation WRITE setSituation NOTIFY formChanged)
    Q_PROPERTY(QString whatIDid READ whatIDid WRITE setWhatIDid NOTIFY formChanged)
    Q_PROPERTY(QString result READ result WRITE setResult NOTIFY formChanged)
    Q_PROPERTY(QString couldDoDifferently READ couldDoDifferently WRITE setCouldDoDifferently NOTIFY formChanged)
    Q_PROPERTY(QString whatWorked READ whatWorked WRITE setWhatWorked NOTIFY formChanged)
    Q_PROPERTY(QString step READ step WRITE setStep NOTIFY formChanged) // "1".."5", or "" for none
    Q_PROPERTY(QString theme READ theme WRITE setTheme NOTIFY formChanged)
    // A refusal about one field, shown under it: the field's core column ("situation",
    // "what_i_did", "result", "could_do_differently", "what_worked", "theme", "occurred_on", "step")
    // and what to do. Other refusals are the screen's errorText.
    Q_PROPERTY(QString refusedField READ refusedField NOTIFY refusalChanged)
    Q_PROPERTY(QString refusalText READ refusalText NOTIFY refusalChanged)

public:
    explicit ReflectionFormController(QObject* parent = nullptr);

    QString entryId() const { return m_entryId; }
    void setEntryId(const QString& id);
    bool editing() const { return !m_entryId.isEmpty(); }
    QDate occurredOn() const { return m_occurredOn; }
    void setOccurredOn(const QDate& day);
    QString occurredText() const;
    QString situation() const { return m_situation; }
    void setSituation(const QString& v) { set(m_situation, v); }
    QString whatIDid() const { return m_whatIDid; }
    void setWhatIDid(const QString& v) { set(m_whatIDid, v); }
    QString result() const { return m_result; }
    void setResult(const QString& v) { set(m_result, v); }
    QString couldDoDifferently() const { return m_couldDoDifferently; }
    void setCouldDoDifferently(const QString& v) { set(m_couldDoDifferently, v); }
    QString whatWorked() const { return m_whatWorked; }
    void setWhatWorked(const QString& v) { set(m_whatWorked, v); }
    QString step() const { return m_step; }
    void setStep(const QString& code);
    QString theme() const { return m_theme; }
    void setTheme(const QString& v) { set(m_theme, v); }
    QString refusedField() const { return m_refusedField; }
    QString refusalText() const { return m_refusalText; }

    // Writes a new entry, or the change of the opened one; `saved` gives the entry's (new) id.
    Q_INVOKABLE void save();
    // Deletes the opened entry; `removed` follows.
    Q_INVOKABLE void remove();

signals:
    void entryIdChanged();
    void formChanged();
    void saved(const QString& entryId);
    void removed();
    void refusalChanged();

protected:
    void load() override;

private:
    void set(QString& member, const QString& value);
    void showRefusal(const core::CaseError& refusal);
    void clearRefusal();

    QString m_entryId;
    QDate m_occurredOn;
    QString m_situation, m_whatIDid, m_result, m_couldDoDifferently, m_whatWorked, m_step, m_theme;
    QString m_refusedField, m_refusalText;
    bool m_filled = false; // the opened entry's text is in the form (not refilled over typing)
    bool m_saving = false;
};

} // namespace fieldnotes::app
