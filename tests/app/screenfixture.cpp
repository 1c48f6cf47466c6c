// Makes the stores the screenshots are taken from (see screenshots.sh): the demo caseload of
// invented people with the real Argon2id cost, one crossing edit received as a conflict, one change
// the office refused and one unfinished visit note (specialist), or the same caseload seen by the
// demo's workplace mentor, or by a team lead (the team's reflection log).
// Prints the ids of records worth opening, one "name=id" per line.
//
//   fieldnotes-screen-fixture --data-dir DIR --passphrase-file FILE --kind specialist|mentor|lead
#include "appfixture.h"
#include "demo.h"
#include "fileio.h"
#include "mentorview.h"
#include "storeinternals.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <sodium.h>

#include <cstdio>

using namespace fieldnotes;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (sodium_init() < 0)
        return 1;
    QString dir, passFile, kind = QStringLiteral("specialist");
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--data-dir"))
            dir = args[i + 1];
        else if (args[i] == QLatin1String("--passphrase-file"))
            passFile = args[i + 1];
        else if (args[i] == QLatin1String("--kind"))
            kind = args[i + 1];
    }
    auto text = core::readFile(passFile.toStdString(), 4096);
    if (dir.isEmpty() || !text) {
        std::fprintf(stderr,
            "usage: fieldnotes-screen-fixture --data-dir DIR --passphrase-file FILE --kind specialist|mentor|lead\n");
        return 2;
    }
    const std::string passphrase = text->substr(0, text->find('\n'));
    auto fail = [](const core::Error& e) {
        std::fprintf(stderr, "fieldnotes-screen-fixture: %s\n", e.message.c_str());
        return 1;
    };
    if (auto st = core::Store::create(dir.toStdString(), passphrase); !st)
        return fail(st.error());
    auto opened = core::Store::open(dir.toStdString(), passphrase);
    if (!opened)
        return fail(opened.error());
    core::Store& store = **opened;
    auto demo = core::loadDemo(store);
    if (!demo)
        return fail(demo.error());

    auto inWork
        = core::StoreInternals::select<core::Participant>(store, "status = 'in_work'", {}, "display_name LIMIT 1");
    auto employer = core::StoreInternals::select<core::Employer>(store, "1", {}, "name LIMIT 1");
    if (!inWork || !employer || inWork->empty() || employer->empty())
        return 1;
    std::printf("participant=%s\nemployer=%s\n", inWork->front().id.c_str(), employer->front().id.c_str());
    auto visits = core::StoreInternals::select<core::Visit>(
        store, "participant_id = ? AND obs_person <> ''", { inWork->front().id }, "occurred_on DESC LIMIT 1");
    if (visits && !visits->empty())
        std::printf("visit=%s\n", visits->front().id.c_str());
    // Someone still followed whose running job has a support measure: the Support measure dialog's
    // screen (a discharged participant's card offers no changes).
    auto measures = core::StoreInternals::select<core::SupportMeasure>(store,
        "placement_id IN (SELECT id FROM placements WHERE ended_on IS NULL)"
        " AND participant_id IN (SELECT id FROM participants WHERE status <> 'discharged')",
        {}, "participant_id LIMIT 1");
    if (measures && !measures->empty())
        std::printf("measure-participant=%s\n", measures->front().participantId.c_str());

    if (kind == QLatin1String("mentor")) {
        if (auto st = store.setStaffId(demo->staff.mentorUser); !st)
            return fail(st.error());
        if (auto st = store.setRole(core::StaffRole::Mentor); !st)
            return fail(st.error());
        auto cases = core::mentorCaseload(store, store.staffId(), store.today());
        if (cases && !cases->empty())
            std::printf("mentor-participant=%s\n", cases->front().participantId.c_str());
        return 0;
    }

    if (kind == QLatin1String("lead")) {
        if (auto st = store.setRole(core::StaffRole::Lead); !st)
            return fail(st.error());
        // Two invented people referred to the team whom no one follows yet: the team overview's
        // waiting list.
        for (const auto& [name, days] : { std::pair { "Wenche Venter", 19 }, std::pair { "Oskar Ny", 4 } }) {
            core::Participant p;
            p.displayName = name;
            p.referralOn = core::addDays(store.today(), -days);
            p.status = core::ParticipantStatus::Referred;
            if (auto made = store.create(p); !made)
                return fail(made.error());
        }
        return 0;
    }

    test::TempStore office("00000000-0000-4000-8000-0000000000f0", 99);
    if (auto conflict = test::receiveConflict(store, *office); !conflict)
        return fail(conflict.error());
    core::Draft draft;
    draft.id = "00000000-0000-4000-8000-00000000d0af";
    draft.kind = "visit";
    draft.participantId = inWork->front().id;
    draft.payload
        = QJsonDocument(QJsonObject { { QStringLiteral("participantId"), QString::fromStdString(inWork->front().id) },
                            { QStringLiteral("contactType"), QStringLiteral("workplace_follow_up") },
                            { QStringLiteral("obsTask"), QStringLiteral("Lærer kassen raskt.") } })
              .toJson(QJsonDocument::Compact)
              .toStdString();
    if (auto st = store.saveDraft(draft); !st)
        return fail(st.error());
    std::printf("draft=%s\n", draft.id.c_str());

    // A visit note the office refused (as a push answer records it): the sync screen's third list.
    auto refused = core::StoreInternals::db(store).prepare(
        "INSERT INTO rejected_changes(seq, op, tbl, row_id, scope, col, value, payload, reason, rejected_ms)"
        " VALUES (1, 'append', 'visits', '00000000-0000-4000-8000-00000000d0b0', ?, NULL, NULL, ?,"
        " 'this participant is not followed by you', ?)");
    if (!refused)
        return fail(refused.error());
    const std::string payload = "{\"participant_id\":\"" + inWork->front().id
        + "\",\"note\":\"Avtalte ny arbeidstid med leder fra neste uke.\"}";
    if (auto st = (*refused)->bind(1, "p:" + inWork->front().id).bind(2, payload).bind(3, store.clock().nowMs()).run();
        !st)
        return fail(st.error());
    return 0;
}
