#include "figurescontroller.h"

#include "format.h"

#include <QLocale>

namespace fieldnotes::app {

namespace {

struct Read {
    core::Figures figures;
    std::vector<core::Figures> weeks;
    // Core refused the figures to this person (who may see which is core's rule); the page says why
    // in its own words, since the app's general error texts speak of records and pairing.
    std::optional<core::ErrorCode> refused;
};

} // namespace

FiguresController::FiguresController(QObject* parent)
    : ScreenController(parent)
{
}

void FiguresController::setTeam(bool team)
{
    if (team == m_team)
        return;
    m_team = team;
    emit teamChanged();
    m_figures.clear();
    if (isComplete())
        reload();
}

void FiguresController::setMonth(bool month)
{
    if (month == m_month)
        return;
    m_month = month;
    emit periodChanged();
    if (isComplete())
        reload();
}

core::Period FiguresController::period() const
{
    const QDate day = m_day.isValid() ? m_day : Session::today();
    const core::Date date = fromQDate(day).value_or(core::Date {});
    return m_month ? core::monthOf(date) : core::weekOf(date);
}

bool FiguresController::current() const
{
    const core::Period p = period();
    const QDate today = Session::today();
    return toQDate(p.from) <= today && today <= toQDate(p.to);
}

QString FiguresController::periodText() const
{
    const core::Period p = period();
    const QDate from = toQDate(p.from);
    const QDate to = toQDate(p.to);
    const QLocale locale;
    if (m_month) {
        QString text = locale.toString(from, QStringLiteral("MMMM yyyy"));
        if (!text.isEmpty())
            text[0] = text[0].toUpper();
        return text;
    }
    return tr("Week %1: %2 – %3").arg(from.weekNumber()).arg(Format::date(from), Format::date(to));
}

QString FiguresController::seriesText() const
{
    const QDate last = toQDate(period().to);
    const QDate first = last.addDays(-7 * (seriesWeeks - 1));
    return tr("Weeks %1 – %2").arg(first.weekNumber()).arg(last.weekNumber());
}

void FiguresController::moveTo(const QDate& day)
{
    m_day = day;
    emit periodChanged();
    reload();
}

void FiguresController::previous()
{
    moveTo(toQDate(period().from).addDays(-1));
}

void FiguresController::next()
{
    if (canGoNext())
        moveTo(toQDate(period().to).addDays(1));
}

void FiguresController::showCurrent()
{
    if (!current())
        moveTo(QDate());
}

void FiguresController::load()
{
    const core::Period shown = period();
    const bool team = m_team;
    fetch<Read>(
        [shown, team](core::Store& store) -> core::Result<Read> {
            Read r;
            auto figures = team ? core::teamFigures(store, shown) : core::ownFigures(store, shown);
            if (!figures
                && (figures.error().code == core::ErrorCode::Unauthorized
                    || (team && figures.error().code == core::ErrorCode::NotFound))) {
                r.refused = figures.error().code;
                return r;
            }
            FN_TRY_ASSIGN(r.figures, std::move(figures));
            FN_TRY_ASSIGN(r.weeks,
                team ? core::teamWeeklyFigures(store, shown.to, seriesWeeks)
                     : core::ownWeeklyFigures(store, shown.to, seriesWeeks));
            return r;
        },
        [this, team](Read& r) {
            if (r.refused) {
                m_figures.clear();
                if (*r.refused == core::ErrorCode::NotFound)
                    showError(tr("There are no specialists on this tablet's team yet. Sync with the office, then try "
                                 "again."));
                else if (team)
                    showError(tr("Team figures are for the team lead. Your own figures are under Figures."));
                else
                    showError(tr("A mentor follows no caseload, so there are no figures to show here."));
                return;
            }
            clearError();
            m_specialists = r.figures.specialists;
            m_figures.setFigures(std::move(r.figures), std::move(r.weeks), m_month);
            emit figuresChanged();
        });
}

} // namespace fieldnotes::app
