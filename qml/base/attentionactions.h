// What a tap on an attention item does to it: an agreed action or a reminder marked done or
// cancelled, a planned follow-up meeting moved or cancelled with a reason. The caseload and the
// participant page both use it beside their attention list; the rules are core's (actions.h). A
// closed item leaves `model` at once, before the list is read again.
#pragma once

#include "attentionmodel.h"
#include "intake.h"
#include "screencontroller.h"

#include <QDate>
#include <QPointer>

namespace fieldnotes::app {

class AttentionActions : public fieldnotes::app::ScreenController {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(fieldnotes::app::AttentionModel* model READ model WRITE setModel NOTIFY modelChanged)

public:
    explicit AttentionActions(QObject* parent = nullptr);

    AttentionModel* model() const { return m_model; }
    void setModel(AttentionModel* model);

    // Which of the three a row offers, by its subject table.
    Q_INVOKABLE static bool canMarkDone(const QString& subjectTable);
    Q_INVOKABLE static bool canMove(const QString& subjectTable);
    Q_INVOKABLE static bool canCancel(const QString& subjectTable);
    Q_INVOKABLE static bool reasonRequired(const QString& subjectTable);

    Q_INVOKABLE void markDone(const QString& subjectId);
    // An action, a reminder or a meeting, by its table; a meeting needs the reason.
    Q_INVOKABLE void cancel(const QString& subjectTable, const QString& subjectId, const QString& reason);
    Q_INVOKABLE void move(const QString& meetingId, const QDate& to);

    Q_INVOKABLE QDate today() const;
    Q_INVOKABLE QString dayText(const QDate& day) const;

signals:
    void modelChanged();
    void done(const QString& subjectId); // the change is written
    void refused(const QString& text); // a rule stopped it; also in errorText

protected:
    void load() override { markReady(); }

private:
    void write(std::function<core::CaseResult<void>(core::Store&)> work, const QString& subjectId, bool leaves);

    QPointer<AttentionModel> m_model;
};

} // namespace fieldnotes::app
