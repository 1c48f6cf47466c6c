// The figures page: a specialist's own week or month, or (with `team`) the team's averages on a
// lead's tablet, with the last 8 weeks beside each figure. Every figure is core's
// (core/figures.h: ownFigures, teamFigures and their weekly series); this controller only picks
// the period and reads on the store thread. Team figures are averages, never a ranking of persons.
#pragma once

#include "figuresmodel.h"
#include "screencontroller.h"

#include <QDate>

namespace fieldnotes::app {

class FiguresController : public fieldnotes::app::ScreenController {
    Q_OBJECT
    QML_ELEMENT
    // The team's figures (a lead) instead of the store user's own.
    Q_PROPERTY(bool team READ team WRITE setTeam NOTIFY teamChanged)
    // A calendar month instead of a week (Monday to Sunday).
    Q_PROPERTY(bool month READ month WRITE setMonth NOTIFY periodChanged)
    Q_PROPERTY(QString periodText READ periodText NOTIFY periodChanged) // "Week 10: 2 – 8 March 2026", "March 2026"
    Q_PROPERTY(bool current READ current NOTIFY periodChanged) // the period holds today
    Q_PROPERTY(bool canGoNext READ canGoNext NOTIFY periodChanged)
    Q_PROPERTY(QString seriesText READ seriesText NOTIFY periodChanged) // "Weeks 3 – 10"
    // How many specialists the team figures average over (0 until read; 1 for one's own).
    Q_PROPERTY(int specialists READ specialists NOTIFY figuresChanged)
    Q_PROPERTY(fieldnotes::app::FiguresModel* figures READ figures CONSTANT)

public:
    static constexpr int seriesWeeks = 8;

    explicit FiguresController(QObject* parent = nullptr);

    bool team() const { return m_team; }
    void setTeam(bool team);
    bool month() const { return m_month; }
    void setMonth(bool month);
    QString periodText() const;
    bool current() const;
    bool canGoNext() const { return !current(); }
    QString seriesText() const;
    int specialists() const { return m_specialists; }
    FiguresModel* figures() { return &m_figures; }

    Q_INVOKABLE void previous();
    Q_INVOKABLE void next();
    // Back to the period that holds today.
    Q_INVOKABLE void showCurrent();

signals:
    void teamChanged();
    void periodChanged();
    void figuresChanged();

protected:
    void load() override;

private:
    core::Period period() const;
    void moveTo(const QDate& day);

    bool m_team = false;
    bool m_month = false;
    QDate m_day; // a day of the period shown; invalid: today's
    int m_specialists = 0;
    FiguresModel m_figures;
};

} // namespace fieldnotes::app
