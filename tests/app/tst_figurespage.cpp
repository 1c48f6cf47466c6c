// The figures page's controller: the specialist's own week and month (previous, next, back to
// today's), the team's averages for a lead, the page's rows under QAbstractItemModelTester, and the
// figures moving exactly as visits are logged. Through core/figures.h only. The tablet's clock
// stands at Monday 2026-03-02, 09:00; the demo specialist is contracted for 37.5 h a week.
#include "appfixture.h"
#include "figurescontroller.h"
#include "modeltest.h"
#include "storeinternals.h"

using namespace fieldnotes;
using namespace fieldnotes::app;
using namespace fieldnotes::test;

namespace {

int rowOf(FiguresModel& m, const QString& key)
{
    for (int row = 0; row < m.rowCount(); ++row)
        if (roleValue(m, row, "key").toString() == key)
            return row;
    return -1;
}

QVariant figure(FiguresModel& m, const QString& key, const QByteArray& role)
{
    return roleValue(m, rowOf(m, key), role);
}

// A contact the tablet's own person logged today.
bool logContact(AppFixture& f, core::ContactType type, std::optional<int> minutes, bool field)
{
    auto r = f.onStore<core::Id>([type, minutes, field](core::Store& s) -> core::Result<core::Id> {
        FN_TRY_ASSIGN(auto employers, core::StoreInternals::select<core::Employer>(s, "1", {}, "name LIMIT 1"));
        core::Visit v;
        v.employerId = employers.front().id;
        v.authorId = s.staffId();
        v.contactType = type;
        v.occurredOn = s.today();
        v.durationMin = minutes;
        v.fieldTime = field;
        return s.append(v);
    });
    if (r)
        f.session().host().announceChange();
    return r.has_value();
}

bool settled(FiguresController& c)
{
    return waitFor([&] { return c.ready() && !c.loading(); });
}

} // namespace

class TestFiguresPage : public QObject {
    Q_OBJECT

private slots:
    void aSpecialistsOwnWeekMovesAsVisitsAreLogged()
    {
        AppFixture f;
        QVERIFY(f.unlock());
        FiguresController c;
        watchModel(*c.figures());
        complete(c);
        QVERIFY(settled(c));
        QVERIFY(c.errorText().isEmpty());
        FiguresModel& m = *c.figures();
        QCOMPARE(m.rowCount(), 7);
        QCOMPARE(c.specialists(), 1);
        QVERIFY(c.current());
        QVERIFY(!c.canGoNext());
        QCOMPARE(c.periodText(), QStringLiteral("Week 10: 02/03/2026 \u2013 08/03/2026"));
        QCOMPARE(c.seriesText(), QStringLiteral("Weeks 3 \u2013 10"));
        QCOMPARE(int(figure(m, "outOfOffice", "series").toList().size()), FiguresController::seriesWeeks);
        QVERIFY(
            figure(m, "outOfOffice", "detailText").toString().contains(QStringLiteral("of 37 h 30 min contracted")));
        QVERIFY(figure(m, "atEmployers", "marks").toList().size() == 3);

        const double share = figure(m, "outOfOffice", "value").toDouble();
        const int newContacts = figure(m, "newEmployerContacts", "valueText").toInt();
        QVERIFY(logContact(f, core::ContactType::NewEmployerVisit, 90, true));
        QVERIFY(waitFor([&] { return figure(m, "newEmployerContacts", "valueText").toInt() == newContacts + 1; }));
        QVERIFY(settled(c));
        QVERIFY(qFuzzyCompare(figure(m, "outOfOffice", "value").toDouble(), share + 90.0 / 2250.0));
        QVERIFY(figure(m, "outOfOffice", "hintText").toString().isEmpty());
        // This week's last point of the series is the week itself.
        QVERIFY(qFuzzyCompare(figure(m, "outOfOffice", "series").toList().last().toDouble(), share + 90.0 / 2250.0));

        // A field contact without a duration is a hint to add it, not a fault.
        QVERIFY(logContact(f, core::ContactType::EmployerFollowUp, std::nullopt, true));
        QVERIFY(waitFor([&] { return !figure(m, "outOfOffice", "hintText").toString().isEmpty(); }));
        // (The English plural comes with the translations, which this test does not load.)
        QVERIFY(figure(m, "outOfOffice", "hintText").toString().startsWith(QStringLiteral("1 field contact")));
        QVERIFY(figure(m, "outOfOffice", "hintText").toString().contains(QStringLiteral("without a duration")));
        QVERIFY(
            figure(m, "outOfOffice", "accessibleText").toString().startsWith(QStringLiteral("Time in the field: ")));
        QVERIFY(figure(m, "outOfOffice", "accessibleText").toString().contains(QStringLiteral("at least 40 %")));
    }

    void previousNextAndTheMonth()
    {
        AppFixture f;
        QVERIFY(f.unlock());
        FiguresController c;
        watchModel(*c.figures());
        complete(c);
        QVERIFY(settled(c));

        c.previous();
        QVERIFY(settled(c));
        QCOMPARE(c.periodText(), QStringLiteral("Week 9: 23/02/2026 \u2013 01/03/2026"));
        QVERIFY(!c.current());
        QVERIFY(c.canGoNext());
        c.next();
        QVERIFY(settled(c));
        QVERIFY(c.current());
        c.next(); // no figures for a week that has not begun
        QVERIFY(c.current());

        c.setMonth(true);
        QVERIFY(settled(c));
        QCOMPARE(c.periodText(), QStringLiteral("March 2026"));
        QVERIFY(figure(*c.figures(), "newEmployerContacts", "detailText")
                    .toString()
                    .startsWith(QStringLiteral("A week on average")));
        c.previous();
        c.previous();
        QVERIFY(settled(c));
        QCOMPARE(c.periodText(), QStringLiteral("January 2026"));
        c.showCurrent();
        QVERIFY(settled(c));
        QCOMPARE(c.periodText(), QStringLiteral("March 2026"));
        c.setMonth(false);
        QVERIFY(settled(c));
        QCOMPARE(c.periodText(), QStringLiteral("Week 10: 02/03/2026 \u2013 08/03/2026"));
    }

    void theTeamIsForTheLead()
    {
        {
            AppFixture f; // a specialist
            QVERIFY(f.unlock());
            FiguresController c;
            c.setTeam(true);
            complete(c);
            QVERIFY(waitFor([&] { return !c.errorText().isEmpty(); }));
            QVERIFY(c.errorText().contains(QStringLiteral("for the team lead")));
            QCOMPARE(c.figures()->rowCount(), 0);
            c.setTeam(false); // their own figures, and the refusal gone
            QVERIFY(waitFor([&] { return c.errorText().isEmpty() && c.figures()->rowCount() == 7; }));
        }
        AppFixture f(AppFixture::Content::Demo, core::StaffRole::Lead);
        QVERIFY(f.unlock());
        FiguresController c;
        watchModel(*c.figures());
        c.setTeam(true);
        complete(c);
        QVERIFY(settled(c));
        QVERIFY(c.errorText().isEmpty());
        QVERIFY(c.specialists() > 1);
        QVERIFY(figure(*c.figures(), "newEmployerContacts", "detailText")
                    .toString()
                    .startsWith(QStringLiteral("A week per specialist on average")));
        QVERIFY(figure(*c.figures(), "contactsPerParticipant", "detailText")
                    .toString()
                    .contains(QStringLiteral("the team follows")));
    }
};

QTEST_GUILESS_MAIN(TestFiguresPage)
#include "tst_figurespage.moc"
