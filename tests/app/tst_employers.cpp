// Employers: the list with last contact, one employer with contacts, workplaces and tasks and
// its contact history, the follow-up preference, and registering a new employer from a draft.
#include "appfixture.h"
#include "employerformcontroller.h"
#include "employermodels.h"
#include "employerscontroller.h"
#include "modeltest.h"
#include "storeinternals.h"

using namespace fieldnotes;
using namespace fieldnotes::app;
using namespace fieldnotes::test;

class TestEmployers : public QObject {
    Q_OBJECT

private slots:
    void listsEveryEmployerAndFiltersByNameOrSector()
    {
        AppFixture f;
        QVERIFY(f.unlock());
        EmployersController c;
        watchModel(*c.employers());
        complete(c);
        QVERIFY(waitFor([&] { return c.ready(); }));
        QCOMPARE(c.employers()->rowCount(), f.demo().employers);
        QVERIFY(roleValue(*c.employers(), 0, "lastContactText").toString().length() > 0);
        c.employers()->setFilterText(QStringLiteral("bakeri"));
        QVERIFY(c.employers()->rowCount() >= 2);
        QVERIFY(c.employers()->rowCount() < f.demo().employers);
        c.employers()->setFilterText({});
        QCOMPARE(c.employers()->rowCount(), f.demo().employers);
    }

    void showsAnEmployerAndRecordsItsTasksAndPreference()
    {
        AppFixture f;
        QVERIFY(f.unlock());
        auto employers = f.onStore<std::vector<core::Employer>>(
            [](core::Store& s) { return core::StoreInternals::select<core::Employer>(s, "1", {}, "name"); });
        QVERIFY(employers && !employers->empty());
        const core::Employer& e = employers->front();
        EmployerController c;
        watchModel(*c.contacts());
        watchModel(*c.workplaces());
        watchModel(*c.history());
        c.setEmployerId(QString::fromStdString(e.id));
        complete(c);
        QVERIFY(waitFor([&] { return c.ready(); }));
        QCOMPARE(c.name(), QString::fromStdString(e.name));
        QCOMPARE(c.contacts()->rowCount(), 1);
        QCOMPARE(c.workplaces()->rowCount(), 1);
        QCOMPARE(roleValue(*c.workplaces(), 0, "tasks").toStringList().size(), 3);
        QVERIFY(c.history()->rowCount() > 0);

        const QString workplace = roleValue(*c.workplaces(), 0, "workplaceId").toString();
        c.addTask(workplace, QStringLiteral("Brette servietter"));
        QVERIFY(waitFor([&] {
            return roleValue(*c.workplaces(), 0, "tasks").toStringList().contains(QStringLiteral("Brette servietter"));
        }));
        const QString other = c.followUpPreference() == QLatin1String("on_site") ? QStringLiteral("meetings_only")
                                                                                 : QStringLiteral("on_site");
        c.setFollowUpPreference(other);
        QVERIFY(waitFor([&] { return c.followUpPreference() == other; }));
        c.addContact(QStringLiteral("Kari Eksempel"), QStringLiteral("Verneombud"), QString());
        QVERIFY(waitFor([&] { return c.contacts()->rowCount() == 2; }));
        c.addTask(workplace, QStringLiteral("  "));
        QVERIFY(!c.errorText().isEmpty());
    }

    void aContactPersonsPhoneIsNeverANationalIdNumber()
    {
        AppFixture f;
        QVERIFY(f.unlock());
        auto employers = f.onStore<std::vector<core::Employer>>(
            [](core::Store& s) { return core::StoreInternals::select<core::Employer>(s, "1", {}, "name"); });
        QVERIFY(employers && !employers->empty());
        const core::Id id = employers->front().id;
        EmployerController c;
        watchModel(*c.contacts());
        c.setEmployerId(QString::fromStdString(id));
        complete(c);
        QVERIFY(waitFor([&] { return c.ready(); }));
        const int before = c.contacts()->rowCount();
        c.addContact(QStringLiteral("Kari Eksempel"), QStringLiteral("Verneombud"), QStringLiteral("01019012345"));
        QVERIFY(waitFor([&] { return !c.errorText().isEmpty(); }));
        QVERIFY2(c.errorText().contains(QStringLiteral("national ID")), qPrintable(c.errorText()));
        auto contacts = f.onStore<std::vector<core::EmployerContact>>([id](core::Store& s) {
            return core::StoreInternals::select<core::EmployerContact>(s, "employer_id = ?", { id }, "name");
        });
        QVERIFY(contacts);
        QCOMPARE(static_cast<int>(contacts->size()), before);
    }

    void registersANewEmployerFromItsDraft()
    {
        AppFixture f;
        QVERIFY(f.unlock());
        QString draftId;
        {
            EmployerFormController form;
            complete(form);
            QVERIFY(!form.missingText().isEmpty());
            form.setName(QStringLiteral("Testbyen Sykkel AS"));
            form.setSector(QStringLiteral("verksted"));
            form.setFollowUpPreference(QStringLiteral("meetings_only"));
            QVERIFY(waitFor([&] { return !form.draftId().isEmpty(); }));
            draftId = form.draftId();
        } // leaving the form keeps the draft
        EmployerFormController again;
        again.setDraftId(draftId);
        complete(again);
        QVERIFY(waitFor([&] { return again.name() == QStringLiteral("Testbyen Sykkel AS"); }));
        QCOMPARE(again.followUpPreference(), QStringLiteral("meetings_only"));
        QSignalSpy saved(&again, &EmployerFormController::saved);
        again.save();
        QVERIFY(waitFor([&] { return saved.count() == 1; }));
        const std::string id = saved.first().first().toString().toStdString();
        auto employer = f.onStore<core::Employer>([id](core::Store& s) { return s.get<core::Employer>(id); });
        QVERIFY(employer);
        QCOMPARE(employer->followUpPreference, core::FollowUpPreference::MeetingsOnly);
        QCOMPARE(employer->ownerId, core::OptId(f.demo().staff.specialist));
        auto draft
            = f.onStore<std::optional<core::Draft>>([d = draftId.toStdString()](core::Store& s) { return s.draft(d); });
        QVERIFY(draft && !*draft);
    }
};

QTEST_GUILESS_MAIN(TestEmployers)
#include "tst_employers.moc"
