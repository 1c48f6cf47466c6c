// The reflection log on the tablet: the log page's controller (own entries newest first; the
// team's grouped by step and theme when core lets this person read them) and the entry form's
// (write, change, delete, and core's refusals under the field concerned), through
// core/reflection.h. The tablet's clock stands at 2026-03-02. Invented people only.
#include "appfixture.h"
#include "modeltest.h"
#include "reflectionformcontroller.h"
#include "reflectionlogcontroller.h"
#include "storeinternals.h"

using namespace fieldnotes;
using namespace fieldnotes::app;
using namespace fieldnotes::test;

namespace {

QStringList entryIds(ReflectionsModel& m)
{
    QStringList ids;
    for (int row = 0; row < m.rowCount(); ++row)
        ids << roleValue(m, row, "entryId").toString();
    return ids;
}

std::optional<std::string> participantName(AppFixture& f)
{
    auto r = f.onStore<std::string>([](core::Store& s) -> core::Result<std::string> {
        FN_TRY_ASSIGN(
            auto ps, core::StoreInternals::select<core::Participant>(s, "_deleted = 0", {}, "display_name LIMIT 1"));
        return ps.empty() ? std::string() : ps.front().displayName;
    });
    if (!r || r->empty())
        return std::nullopt;
    return *r;
}

} // namespace

class TestReflectionLog : public QObject {
    Q_OBJECT

private slots:
    void writesChangesAndDeletesOwnEntry()
    {
        AppFixture f;
        QVERIFY(f.unlock());
        ReflectionLogController log;
        watchModel(*log.entries());
        watchModel(*log.team());
        complete(log);
        QVERIFY(waitFor([&] { return log.ready(); }));
        QVERIFY(!log.teamShown()); // a specialist reads only their own log
        QCOMPARE(log.team()->rowCount(), 0);
        const int before = log.entries()->rowCount();
        QVERIFY(before > 0); // the demo specialist keeps a log

        ReflectionFormController form;
        complete(form);
        QVERIFY(waitFor([&] { return form.ready(); }));
        QVERIFY(!form.editing());
        QCOMPARE(form.occurredOn(), QDate(2026, 3, 2)); // today unless chosen
        form.setSituation(QStringLiteral("Arbeidsgiveren tvilte på om deltid kunne fungere.\nVi snakket lenge."));
        form.setWhatIDid(QStringLiteral("Spurte hva som skal til."));
        form.setResult(QStringLiteral("Prøveperiode på fire uker."));
        form.setWhatWorked(QStringLiteral("Konkrete oppgaver på bordet."));
        form.setStep(QStringLiteral("4"));
        form.setTheme(QStringLiteral("Deltid"));
        QSignalSpy saved(&form, &ReflectionFormController::saved);
        form.save();
        QVERIFY(waitFor([&] { return saved.count() == 1; }));
        const QString first = saved.first().first().toString();
        QVERIFY(!first.isEmpty());

        // Newest first: today's entry heads the list, with its date, step, theme and first line.
        QVERIFY(waitFor([&] { return log.entries()->rowCount() == before + 1; }));
        QCOMPARE(entryIds(*log.entries()).first(), first);
        QCOMPARE(roleValue(*log.entries(), 0, "firstLine").toString(),
            QStringLiteral("Arbeidsgiveren tvilte på om deltid kunne fungere."));
        QCOMPARE(roleValue(*log.entries(), 0, "theme").toString(), QStringLiteral("Deltid"));
        QVERIFY(roleValue(*log.entries(), 0, "stepText").toString().contains(QStringLiteral("Employer engagement")));
        QCOMPARE(roleValue(*log.entries(), 0, "dateText").toString(), QStringLiteral("02/03/2026"));

        // Opened again: the form holds the entry; a change replaces it in the list.
        ReflectionFormController open;
        open.setEntryId(first);
        complete(open);
        QVERIFY(waitFor([&] { return open.ready() && !open.situation().isEmpty(); }));
        QVERIFY(open.editing());
        QCOMPARE(open.step(), QStringLiteral("4"));
        QCOMPARE(open.theme(), QStringLiteral("Deltid"));
        QCOMPARE(open.whatIDid(), QStringLiteral("Spurte hva som skal til."));
        open.setSituation(QStringLiteral("Arbeidsgiveren tvilte på deltid."));
        open.setStep(QStringLiteral("4")); // a second tap clears the step
        QVERIFY(open.step().isEmpty());
        QSignalSpy changed(&open, &ReflectionFormController::saved);
        open.save();
        QVERIFY(waitFor([&] { return changed.count() == 1; }));
        const QString second = changed.first().first().toString();
        QVERIFY(second != first);
        QVERIFY(waitFor([&] { return entryIds(*log.entries()).first() == second; }));
        QCOMPARE(log.entries()->rowCount(), before + 1);
        QVERIFY(!entryIds(*log.entries()).contains(first));
        QCOMPARE(
            roleValue(*log.entries(), 0, "firstLine").toString(), QStringLiteral("Arbeidsgiveren tvilte på deltid."));
        QCOMPARE(roleValue(*log.entries(), 0, "stepText").toString(), QStringLiteral("No step"));

        // The replaced entry is no longer one's to open.
        ReflectionFormController stale;
        stale.setEntryId(first);
        complete(stale);
        QVERIFY(waitFor([&] { return !stale.errorText().isEmpty(); }));
        QVERIFY2(stale.errorText().contains(QStringLiteral("changed or deleted")), qPrintable(stale.errorText()));

        // Deleted: gone from the list.
        ReflectionFormController doomed;
        doomed.setEntryId(second);
        complete(doomed);
        QVERIFY(waitFor([&] { return doomed.ready() && !doomed.situation().isEmpty(); }));
        QSignalSpy removed(&doomed, &ReflectionFormController::removed);
        doomed.remove();
        QVERIFY(waitFor([&] { return removed.count() == 1; }));
        QVERIFY(waitFor([&] { return log.entries()->rowCount() == before; }));
        QVERIFY(!entryIds(*log.entries()).contains(second));
    }

    void aParticipantsNameIsRefusedUnderItsField()
    {
        AppFixture f;
        QVERIFY(f.unlock());
        const auto name = participantName(f);
        QVERIFY(name);
        const QString qname = QString::fromStdString(*name);
        ReflectionFormController form;
        complete(form);
        QVERIFY(waitFor([&] { return form.ready(); }));
        form.setSituation(QStringLiteral("Et møte om vakter som ble vanskelig."));
        form.setWhatIDid(QStringLiteral("Snakket med ") + qname + QStringLiteral(" om vaktene."));
        QSignalSpy saved(&form, &ReflectionFormController::saved);
        form.save();
        QVERIFY(waitFor([&] { return !form.refusalText().isEmpty(); }));
        QCOMPARE(form.refusedField(), QStringLiteral("what_i_did"));
        QVERIFY2(
            form.refusalText().contains(QStringLiteral("never tied to a participant")), qPrintable(form.refusalText()));
        QVERIFY2(form.refusalText().contains(QStringLiteral("Remove the name")), qPrintable(form.refusalText()));
        QVERIFY(!form.refusalText().contains(qname));
        QVERIFY(form.errorText().isEmpty()); // said under the field, not again above the form
        QCOMPARE(saved.count(), 0);

        // Without the name it is saved, and the refusal is gone.
        form.setWhatIDid(QStringLiteral("Snakket med deltakeren om vaktene."));
        form.save();
        QVERIFY(waitFor([&] { return saved.count() == 1; }));
        QVERIFY(form.refusalText().isEmpty());
        QVERIFY(form.refusedField().isEmpty());

        // No situation: said under the situation.
        ReflectionFormController empty;
        complete(empty);
        QVERIFY(waitFor([&] { return empty.ready(); }));
        empty.save();
        QVERIFY(waitFor([&] { return !empty.refusalText().isEmpty(); }));
        QCOMPARE(empty.refusedField(), QStringLiteral("situation"));
    }

    void aLeadSeesTheTeamsEntriesGroupedByStepAndTheme()
    {
        AppFixture f(AppFixture::Content::Demo, core::StaffRole::Lead);
        QVERIFY(f.unlock());
        ReflectionLogController log;
        watchModel(*log.entries());
        watchModel(*log.team());
        complete(log);
        QVERIFY(waitFor([&] { return log.ready(); }));
        QVERIFY(log.teamShown());
        TeamReflectionsModel& team = *log.team();
        QVERIFY(team.rowCount() > 1);
        // Each group is one run of rows (a list section), in core's order: steps 1 to 5, then none.
        QStringList seen;
        QString previous;
        int lastStep = 0;
        bool sawNoStep = false;
        for (int row = 0; row < team.rowCount(); ++row) {
            const QString title = roleValue(team, row, "groupTitle").toString();
            QVERIFY(!title.isEmpty());
            QVERIFY(!roleValue(team, row, "situation").toString().isEmpty());
            if (title == previous)
                continue;
            QVERIFY2(!seen.contains(title), qPrintable(title));
            seen << title;
            previous = title;
            const int step = title.left(1).toInt(); // "2 · Vocational profile: ..."; 0 for "No step"
            QVERIFY(step == 0 || (step >= lastStep && !sawNoStep));
            if (step > 0)
                lastStep = step;
            else
                sawNoStep = true;
        }
        QVERIFY(seen.size() > 1);
        QVERIFY(!team.roleNames().values().contains("author"));

        // A new entry reaches the team's view with its step and theme.
        ReflectionFormController form;
        complete(form);
        QVERIFY(waitFor([&] { return form.ready(); }));
        form.setSituation(QStringLiteral("Første dag med tolk på arbeidsplassen."));
        form.setStep(QStringLiteral("5"));
        form.setTheme(QStringLiteral("Tolk på jobb"));
        QSignalSpy saved(&form, &ReflectionFormController::saved);
        form.save();
        QVERIFY(waitFor([&] { return saved.count() == 1; }));
        QVERIFY(waitFor([&] {
            for (int row = 0; row < team.rowCount(); ++row)
                if (roleValue(team, row, "entryId").toString() == saved.first().first().toString())
                    return roleValue(team, row, "groupTitle").toString().endsWith(QStringLiteral(": Tolk på jobb"));
            return false;
        }));
    }
};

QTEST_GUILESS_MAIN(TestReflectionLog)
#include "tst_reflectionlog.moc"
