// Follow-up and report commands: attention, schedule, figures, team, fidelity, hours, and the encrypted
// exports (export, open-export, export-key, export-recipient).
//
// Exports are always encrypted files; open-export is for a trusted office machine. A passphrase is
// read from a file or the environment, never from the command line; a generated one is printed to
// the terminal once, to be read out to the office, not e-mailed beside the file.
#include "attention.h"
#include "audit.h"
#include "caseload.h"
#include "cli.h"
#include "exports.h"
#include "fidelity.h"
#include "figures.h"
#include "fileio.h"
#include "placement.h"
#include "reports.h"
#include "schedule.h"
#include "teamoverview.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <set>
#include <tuple>

namespace fieldnotes::cli {

using namespace fieldnotes::core;

namespace {

Result<Date> dateOption(const std::string& text, const char* what, const Date& fallback)
{
    if (text.empty())
        return fallback;
    if (auto d = parseDate(text))
        return *d;
    return fail(ErrorCode::InvalidArgument, std::string(what) + " must be a date written YYYY-MM-DD.");
}

Result<Language> languageOption(const std::string& text)
{
    if (text == "nb")
        return Language::Norwegian;
    if (text == "en")
        return Language::English;
    return fail(ErrorCode::InvalidArgument, "--language takes nb (Norwegian) or en (English).");
}

std::string_view kindName(AttentionKind k)
{
    switch (k) {
    case AttentionKind::FollowUpOverdue:
        return "follow-up overdue";
    case AttentionKind::NoRecentContact:
        return "no recent contact";
    case AttentionKind::TrialPeriodEnding:
        return "trial period ends";
    case AttentionKind::ContractEnding:
        return "contract ends";
    case AttentionKind::WageSubsidyReview:
        return "wage subsidy review";
    case AttentionKind::MeasureEnding:
        return "measure ends";
    case AttentionKind::NeedsSpecialist:
        return "mentor asks for you";
    case AttentionKind::ActionDue:
        return "action due";
    case AttentionKind::ReminderDue:
        return "reminder";
    case AttentionKind::OpenConflict:
        return "conflict to resolve";
    case AttentionKind::FollowUpMeetingDue:
        return "follow-up meeting due";
    case AttentionKind::FollowUpMeetingMissed:
        return "follow-up meeting missed";
    case AttentionKind::PlannedVisit:
        return "planned visit";
    case AttentionKind::EmployerNotContacted:
        return "employer not contacted";
    case AttentionKind::GoneQuiet:
        return "gone quiet: reach out";
    case AttentionKind::ExtensionDeadline:
        return "ask for extension by";
    case AttentionKind::MentorTalkDue:
        return "mentor talk due";
    case AttentionKind::TaperingNotAgreed:
        return "tapering plan not agreed";
    }
    return "?";
}

std::string_view stateName(SlotState s)
{
    switch (s) {
    case SlotState::Upcoming:
        return "upcoming";
    case SlotState::Open:
        return "open";
    case SlotState::Kept:
        return "kept";
    case SlotState::Missed:
        return "missed";
    case SlotState::Dropped:
        return "dropped";
    }
    return "?";
}

Status showAttention(const Context& ctx, const std::string& on)
{
    FN_TRY_ASSIGN(auto store, ctx.openStore());
    FN_TRY_ASSIGN(const Date today, dateOption(on, "--date", store->today()));
    FN_TRY_ASSIGN(const auto items, attention(*store, today));
    for (const auto& a : items) {
        std::string who = "-";
        if (!a.participantId.empty()) {
            FN_TRY_ASSIGN(const auto p, store->find<Participant>(a.participantId));
            who = p ? p->displayName : a.participantId;
        }
        std::printf("%s  %+5d  %-26s %-24s %s %s\n", formatDate(a.due).c_str(), a.daysLeft,
            std::string(kindName(a.kind)).c_str(), who.c_str(), a.subjectTable.c_str(), a.subjectId.c_str());
        if (!a.detail.empty()) { // an agreed action's or a reminder's own words, on one line under it
            std::string words = a.detail;
            std::replace(words.begin(), words.end(), '\n', ' ');
            std::printf("%18s%s\n", "", words.c_str());
        }
    }
    if (items.empty())
        std::printf("Nothing needs attention.\n");
    return {};
}

Status showSchedule(const Context& ctx, const std::string& participant, const std::string& placement, bool propose,
    const std::string& on)
{
    FN_TRY_ASSIGN(auto store, ctx.openStore());
    FN_TRY_ASSIGN(const Date today, dateOption(on, "--date", store->today()));
    std::vector<Placement> placements;
    if (!placement.empty()) {
        FN_TRY_ASSIGN(auto p, store->find<Placement>(placement));
        if (!p)
            return fail(ErrorCode::NotFound,
                "This store holds no placement " + placement
                    + ". Check the id (it was printed when the placement started), or give --participant ID.");
        placements.push_back(std::move(*p));
    } else if (!participant.empty()) {
        FN_TRY_ASSIGN(const auto held, store->find<Participant>(participant));
        if (!held)
            return fail(ErrorCode::NotFound,
                "This store holds no participant " + participant + ". See their ids with: fieldnotes-cli list --all.");
        FN_TRY_ASSIGN(auto records, placementsOf(*store, participant));
        for (auto& record : records)
            placements.push_back(std::move(record.placement));
        // The schedules in the order the placements started.
        std::sort(placements.begin(), placements.end(), [](const Placement& a, const Placement& b) {
            return std::tie(a.startOn, a.id) < std::tie(b.startOn, b.id);
        });
    } else {
        return fail(ErrorCode::InvalidArgument, "Give --participant ID or --placement ID.");
    }
    bool any = false;
    for (const Placement& pl : placements) {
        if (!hasFollowUpSchedule(pl))
            continue;
        any = true;
        if (propose) {
            FN_TRY_ASSIGN(const auto created, proposeFollowUp(*store, pl.id, today));
            std::printf("Proposed %zu meetings.\n", created.size());
        }
        FN_TRY_ASSIGN(const FollowUpTrack track, followUpStatus(*store, pl.id, today));
        std::printf("%s  %s from %s%s\n", pl.id.c_str(), std::string(codeOf(pl.kind)).c_str(),
            formatDate(*pl.startOn).c_str(),
            track.endsOn ? (", schedule ends " + formatDate(*track.endsOn)).c_str() : "");
        for (const SlotStatus& s : track.slotStatus)
            std::printf("  %-16s %s..%s  %-8s kept %-10s proposed %s\n",
                slotLabel(s.slot.index, Language::English).c_str(), formatDate(s.slot.windowFrom).c_str(),
                formatDate(s.slot.windowTo).c_str(), std::string(stateName(s.state)).c_str(),
                s.keptOn ? formatDate(*s.keptOn).c_str() : "-", s.proposedOn ? formatDate(*s.proposedOn).c_str() : "-");
        const CadenceCount c = countCadence(track.slotStatus, addDays(*pl.startOn, -7), today);
        std::printf("  kept %d of %d due so far\n", c.kept, c.due);
    }
    if (!any)
        std::printf("No paid job or work trial with a start date, so no follow-up schedule.\n");
    return {};
}

struct PeriodOptions {
    std::string from, to;
    bool team = false;
};

Result<Period> periodFrom(const PeriodOptions& o, const Date& today)
{
    FN_TRY_ASSIGN(const Date to, dateOption(o.to, "--to", today));
    FN_TRY_ASSIGN(const Date from, dateOption(o.from, "--from", addDays(to, -27)));
    return Period { from, to };
}

Status showFigures(const Context& ctx, const PeriodOptions& o)
{
    FN_TRY_ASSIGN(auto store, ctx.openStore());
    FN_TRY_ASSIGN(const Period period, periodFrom(o, store->today()));
    Result<Figures> figures = o.team ? teamFigures(*store, period) : ownFigures(*store, period);
    FN_TRY(figures);
    const Document d = figuresReport(*figures, store->today(), { Language::English, false });
    const std::string text = documentToText(d);
    std::fwrite(text.data(), 1, text.size(), stdout);
    return {};
}

// The team overview (core/teamoverview.h), as the lead's tablet shows it: counts and shares for
// the whole team, and the people waiting for a specialist, longest waiting first.
Status showTeam(const Context& ctx, const std::string& on)
{
    FN_TRY_ASSIGN(auto store, ctx.openStore());
    FN_TRY_ASSIGN(const Date today, dateOption(on, "--date", store->today()));
    FN_TRY_ASSIGN(const TeamOverview o, teamOverview(*store, today));
    std::printf("Team overview on %s\n", formatDate(o.today).c_str());
    std::printf("On the caseload: %d\n", o.caseload);
    std::printf("By status:\n");
    for (const auto& [status, n] : o.byStatus)
        std::printf("  %-12s %d\n", std::string(codeOf(status)).c_str(), n);
    std::printf("By step (a person may be in more than one):\n");
    for (const auto& [step, n] : o.byStep)
        std::printf("  step %d       %d\n", step, n);
    std::printf("  no step      %d\n", o.withoutStep);
    auto kinds = [](const std::map<PlacementKind, int>& byKind) {
        std::string out;
        for (const auto& [kind, n] : byKind)
            out += (out.empty() ? "" : ", ") + std::string(codeOf(kind)) + " " + std::to_string(n);
        return out;
    };
    std::printf("Placements %s to %s: started %d (%s), ended %d (%s)\n", formatDate(o.recent.from).c_str(),
        formatDate(o.recent.to).c_str(), o.placementsStartedTotal, kinds(o.placementsStarted).c_str(),
        o.placementsEndedTotal, kinds(o.placementsEnded).c_str());
    if (o.slippingShare)
        std::printf(
            "Follow-up slipping: %d of %d in follow-up (%.0f %%)\n", o.slipping, o.inFollowUp, *o.slippingShare * 100);
    else
        std::printf("Follow-up slipping: no one is in follow-up\n");
    std::printf("Follow-up meetings due in the last 4 weeks: %d, kept %d\n", o.recentSlots.due, o.recentSlots.kept);
    std::printf("Waiting for a specialist: %zu\n", o.waiting.size());
    for (const WaitingPerson& w : o.waiting)
        std::printf("  %s  %s  referred %s  %s%s\n", w.participantId.c_str(), w.displayName.c_str(),
            w.referralOn ? formatDate(*w.referralOn).c_str() : "-",
            w.daysWaiting ? (std::to_string(*w.daysWaiting) + " days").c_str() : "-",
            w.specialistLeft ? "  (their specialist has left)" : "");
    return {};
}

Result<Date> roundOption(const std::string& text, const Date& today)
{
    if (text.empty())
        return fidelityRoundOf(today);
    if (auto d = parseDate(text.size() == 7 ? text + "-01" : text))
        return fidelityRoundOf(*d);
    return fail(ErrorCode::InvalidArgument, "--round takes the month answered for, written YYYY-MM.");
}

std::string roundText(const Date& round)
{
    return formatDate(round).substr(0, 7);
}

std::string meanText(double value)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.2f", value);
    return buf;
}

// The 19 answers of --record: separated by spaces (or, with no space at all, by commas).
std::vector<std::string> answerWords(const std::string& text)
{
    const bool spaced = text.find_first_of(" \t") != std::string::npos;
    std::vector<std::string> out;
    std::string word;
    for (char c : text) {
        if (c == ' ' || c == '\t' || (!spaced && c == ',')) {
            if (!word.empty())
                out.push_back(std::move(word));
            word.clear();
        } else {
            word += c;
        }
    }
    if (!word.empty())
        out.push_back(std::move(word));
    return out;
}

struct FidelityOptions {
    std::string record;
    std::vector<std::string> items;
    std::string round;
};

Status recordFidelity(Store& store, const FidelityOptions& o, const Date& round)
{
    const Actor actor = actorOf(store);
    FidelityAnswers answers(fidelityItemCount);
    if (!o.record.empty()) {
        const auto words = answerWords(o.record);
        if (words.size() != static_cast<std::size_t>(fidelityItemCount))
            return fail(ErrorCode::InvalidArgument,
                "--record takes the 19 answers in item order, separated by spaces; this has "
                    + std::to_string(words.size()) + ". Write - for an item left open.");
        for (int i = 0; i < fidelityItemCount; ++i) {
            auto a = parseFidelityItemAnswer(i + 1, words[static_cast<std::size_t>(i)]);
            if (!a)
                return fail(a.error().error);
            answers[static_cast<std::size_t>(i)] = std::move(*a);
        }
    } else {
        auto earlier = ownFidelityAnswers(store, actor, round);
        if (!earlier)
            return fail(earlier.error().error);
        if (*earlier)
            answers = std::move(**earlier);
    }
    for (const std::string& item : o.items) {
        const auto eq = item.find('=');
        int number = 0;
        if (eq != std::string::npos)
            number = std::atoi(item.substr(0, eq).c_str());
        if (eq == std::string::npos || number < 1 || number > fidelityItemCount)
            return fail(ErrorCode::InvalidArgument,
                "--item takes ITEM=ANSWER with an item from 1 to 19, e.g. --item 4=3 or --item 3=b,c,d.");
        auto a = parseFidelityItemAnswer(number, item.substr(eq + 1));
        if (!a)
            return fail(a.error().error);
        answers[static_cast<std::size_t>(number - 1)] = std::move(*a);
    }
    auto id = recordFidelityAnswers(store, actor, round, answers);
    if (!id)
        return fail(id.error().error);
    const auto total = fidelityTotal(answers);
    std::printf(
        "Recorded your answers for %s: %d of 19 answered", roundText(round).c_str(), fidelityAnsweredCount(answers));
    if (total)
        std::printf(", %d/95 %s", *total, std::string(fidelityBandCode(fidelityBand(*total))).c_str());
    std::printf(".\n");
    return {};
}

Status fidelity(const Context& ctx, const FidelityOptions& o)
{
    FN_TRY_ASSIGN(auto store, ctx.openStore());
    FN_TRY_ASSIGN(const Date round, roundOption(o.round, store->today()));
    if (!o.record.empty() || !o.items.empty())
        return recordFidelity(*store, o, round);
    FN_TRY_ASSIGN(const FidelityHistoryView history, fidelityRounds(*store));
    const FidelityRound* shown = nullptr;
    for (const auto& r : history.rounds) {
        std::printf("%s  ", roundText(r.round).c_str());
        if (r.teamRecord)
            std::printf("team record");
        else
            std::printf("%d answered", r.answered);
        if (r.total)
            std::printf("  %s/95  %s", meanText(*r.total).c_str(), std::string(fidelityBandCode(*r.band)).c_str());
        else
            std::printf("  incomplete");
        if (r.change)
            std::printf("  %+.2f", *r.change);
        for (const auto& m : r.moved)
            std::printf("  #%d %s->%s", m.item, meanText(m.from).c_str(), meanText(m.to).c_str());
        if (r.incomplete > 0)
            std::printf("  (%d incomplete, left out)", r.incomplete);
        std::printf("\n");
        if (!r.itemMeans.empty() && (o.round.empty() || r.round == round))
            shown = &r;
    }
    if (history.unreadable > 0)
        std::printf("(%d unreadable records left out)\n", history.unreadable);
    if (history.rounds.empty()) {
        std::printf("No fidelity answers recorded yet.\n");
        return {};
    }
    if (shown) {
        std::printf("\nItem means, %s:\n", roundText(shown->round).c_str());
        for (const FidelityItem& item : fidelityItems())
            std::printf("%3d  %-60s %s\n", item.number, std::string(item.title).c_str(),
                meanText(shown->itemMeans[static_cast<std::size_t>(item.number - 1)]).c_str());
    }
    return {};
}

Status hours(const Context& ctx, const std::string& staff, double perWeek, const std::string& from)
{
    FN_TRY_ASSIGN(auto store, ctx.openStore());
    if (perWeek <= 0 || perWeek > 80)
        return fail(ErrorCode::InvalidArgument, "--hours-per-week must be between 0 and 80.");
    WorkingHours h;
    h.staffId = staff.empty() ? store->staffId() : staff;
    if (h.staffId.empty())
        return fail(ErrorCode::InvalidArgument, "Give --staff ID: this device has no user yet.");
    if (!staff.empty()) {
        FN_TRY_ASSIGN(const auto member, store->find<Staff>(staff));
        if (!member)
            return fail(ErrorCode::NotFound,
                "The team has no staff member " + staff
                    + " on this device. Use a staff id from fieldnotes-office staff, or leave --staff out for your own "
                      "hours.");
    }
    if (!from.empty()) {
        FN_TRY_ASSIGN(h.fromOn, dateOption(from, "--from", store->today()));
    }
    h.minutesPerWeek = static_cast<int>(std::lround(perWeek * 60.0));
    FN_TRY_ASSIGN(const Id id, store->create(h));
    std::printf("%s\n", id.c_str());
    return {};
}

struct ExportOptions {
    std::string kind, out, employer, from, to, language = "nb", dialect = "standard";
    std::vector<std::string> participants;
    std::filesystem::path passphraseFile;
    bool generate = false, plain = false, team = false;
};

Status exportFile(const Context& ctx, const ExportOptions& o)
{
    FN_TRY_ASSIGN(auto store, ctx.openStore());
    FN_TRY_ASSIGN(const Language language, languageOption(o.language));
    const ReportOptions options { language, o.plain };
    const Date today = store->today();
    if (o.out.empty())
        return fail(ErrorCode::InvalidArgument, "Give --out FILE for the encrypted export.");

    // The key: a passphrase from a file or the environment, a generated one, or the office's key.
    std::string passphrase;
    ExportSeal seal = OfficeKeySeal {};
    if (o.generate) {
        passphrase = generateExportPassphrase();
        seal = PassphraseSeal { passphrase };
    } else if (!o.passphraseFile.empty() || std::getenv("FIELDNOTES_EXPORT_PASSPHRASE")) {
        FN_TRY_ASSIGN(
            passphrase, ctx.passphrase("--export-passphrase-file", &o.passphraseFile, "FIELDNOTES_EXPORT_PASSPHRASE"));
        seal = PassphraseSeal { passphrase };
    } else {
        FN_TRY_ASSIGN(const auto recipient, exportRecipient(*store));
        if (!recipient)
            return fail(ErrorCode::InvalidArgument,
                "Choose how to protect the export: --export-passphrase-file FILE, --generate-passphrase, or the "
                "office's export key (export-recipient).");
        seal = OfficeKeySeal { *recipient };
    }

    // Ids that name nothing here are said so before anything is written.
    for (const std::string& participant : o.participants) {
        FN_TRY_ASSIGN(const auto held, store->find<Participant>(participant));
        if (!held)
            return fail(ErrorCode::NotFound,
                "This store holds no participant " + participant + ". See their ids with: fieldnotes-cli list --all.");
    }
    if (!o.employer.empty()) {
        FN_TRY_ASSIGN(const auto held, store->find<Employer>(o.employer));
        if (!held)
            return fail(ErrorCode::NotFound,
                "This store holds no employer " + o.employer + ". See their ids with: fieldnotes-cli list employers.");
    }
    auto one = [&]() -> Result<Id> {
        if (o.participants.size() != 1)
            return fail(ErrorCode::InvalidArgument, "Give one --participant ID for this export.");
        return o.participants.front();
    };
    Status written;
    if (o.kind == "employer-brief") {
        FN_TRY_ASSIGN(const Id participant, one());
        if (o.employer.empty())
            return fail(ErrorCode::InvalidArgument, "Give --employer ID: the brief is for one employer.");
        written = exportEmployerBrief(*store, participant, o.employer, o.out, seal, options);
    } else {
        Result<ExportBundle> bundle = fail(ErrorCode::InvalidArgument,
            "Export one of: individual-report, shared-about-me, access, employer-brief, figures.");
        if (o.kind == "individual-report") {
            std::vector<Id> ids(o.participants.begin(), o.participants.end());
            if (ids.empty()) {
                FN_TRY_ASSIGN(const auto all, allParticipants(*store));
                for (const auto& p : all)
                    ids.push_back(p.id);
            }
            bundle = individualReportExport(*store, ids, today, options);
        } else if (o.kind == "shared-about-me") {
            FN_TRY_ASSIGN(const Id participant, one());
            bundle = sharedAboutMeExport(*store, participant, today, options);
        } else if (o.kind == "access") {
            FN_TRY_ASSIGN(const Id participant, one());
            bundle = rightOfAccessExport(*store, participant, today, options);
        } else if (o.kind == "figures") {
            FN_TRY_ASSIGN(const Period period, periodFrom({ o.from, o.to, o.team }, today));
            Result<Figures> figures = o.team ? teamFigures(*store, period) : ownFigures(*store, period);
            FN_TRY(figures);
            bundle = figuresExport(*figures, today, options,
                o.dialect == "excel-nb" ? CsvDialect::norwegianSpreadsheet() : CsvDialect::standard());
        }
        FN_TRY(bundle);
        written = writeExport(o.out, *bundle, seal);
    }
    if (!written) {
        wipeString(passphrase);
        return written;
    }
    std::printf("Wrote the encrypted export %s\n", o.out.c_str());
    if (o.generate)
        std::fprintf(stderr, "Export passphrase (read it out to the office; do not send it with the file):\n  %s\n",
            passphrase.c_str());
    wipeString(passphrase);
    return {};
}

struct OpenOptions {
    std::string file, out, print;
    std::filesystem::path passphraseFile;
    bool list = false;
};

Status openExportFile(const Context& ctx, const OpenOptions& o)
{
    auto read = readFile(o.file, std::size_t { 1 } << 30);
    if (!read)
        return fail(read.error().code,
            "Cannot read the export " + o.file + ": " + withoutFullStop(read.error().message)
                + ". Check the path to the file.");
    const std::string file = std::move(*read);
    FN_TRY_ASSIGN(const ExportKeyMode mode, exportKeyMode(file));
    Result<ExportBundle> opened = fail(ErrorCode::Internal, "");
    if (mode == ExportKeyMode::Passphrase) {
        FN_TRY_ASSIGN(std::string pass,
            ctx.passphrase("--export-passphrase-file", &o.passphraseFile, "FIELDNOTES_EXPORT_PASSPHRASE"));
        opened = openExport(file, pass);
        wipeString(pass);
    } else {
        if (ctx.dataDir.empty())
            return fail(ErrorCode::InvalidArgument,
                "This export is sealed to the office's key: give --data-dir and --passphrase-file of the office "
                "store.");
        FN_TRY_ASSIGN(auto office, ctx.openStore());
        FN_TRY_ASSIGN(auto keys, officeExportKey(*office));
        opened = openExport(file, keys.first, keys.second);
        // Every opening of an export sealed to the office is an access to what it holds: it is in
        // the office's audit log (what kind, how many entries, never a name) before anything is shown.
        const std::string detail = opened
            ? "kind=" + opened->kind + " entries=" + std::to_string(opened->entries.size())
            : "refused=" + std::string(errorCodeName(opened.error().code));
        FN_TRY(sync::AuditLog(*office).append("open-export", office->deviceId(), "", detail));
    }
    FN_TRY(opened);
    const ExportBundle& bundle = *opened;
    if (o.list || (o.out.empty() && o.print.empty())) {
        std::printf("%s export of %s\n", bundle.kind.c_str(), formatDate(bundle.createdOn).c_str());
        for (const auto& e : bundle.entries)
            std::printf("  %-40s %-18s %zu bytes\n", e.name.c_str(), e.mediaType.c_str(), e.content.size());
    }
    if (!o.print.empty()) {
        for (const auto& e : bundle.entries)
            if (e.name == o.print) {
                std::fwrite(e.content.data(), 1, e.content.size(), stdout);
                return {};
            }
        return fail(ErrorCode::NotFound, "The export has no entry called " + o.print + " (see --list).");
    }
    if (!o.out.empty()) {
        const std::filesystem::path dir = o.out;
        FN_TRY(ensurePrivateDirectory(dir));
        for (const auto& e : bundle.entries)
            if (std::filesystem::exists(dir / e.name))
                return fail(ErrorCode::AlreadyExists,
                    "The folder already holds " + e.name + "; choose an empty folder so nothing is overwritten.");
        for (const auto& e : bundle.entries)
            FN_TRY(writeFileAtomically(dir / e.name, e.content));
        std::printf("Opened %zu files into %s (readable by you only). Delete them when done.\n", bundle.entries.size(),
            dir.c_str());
    }
    return {};
}

} // namespace

void registerReportCommands(CLI::App& app, Context& ctx)
{
    {
        auto* cmd = app.add_subcommand("attention", "What needs attention, most urgent first");
        addCommonOptions(*cmd, ctx);
        auto on = std::make_shared<std::string>();
        cmd->add_option("--date", *on, "As of this day (YYYY-MM-DD); default today");
        setAction(*cmd, [&ctx, on] { return showAttention(ctx, *on); });
    }
    {
        auto* cmd
            = app.add_subcommand("schedule", "A job's follow-up schedule, kept and missed (--propose to plan it)");
        addCommonOptions(*cmd, ctx);
        auto participant = std::make_shared<std::string>();
        auto placement = std::make_shared<std::string>();
        auto on = std::make_shared<std::string>();
        auto propose = std::make_shared<bool>(false);
        cmd->add_option("--participant", *participant, "Every job of this participant");
        cmd->add_option("--placement", *placement, "One job");
        cmd->add_option("--date", *on, "As of this day; default today");
        cmd->add_flag("--propose", *propose, "Propose the meetings that are not planned yet");
        setAction(*cmd, [&ctx, cmd, participant, placement, propose, on] {
            if (!cmd->get_subcommands().empty())
                return Status {}; // schedule move|cancel ran (action_commands.cpp)
            return showSchedule(ctx, *participant, *placement, *propose, *on);
        });
    }
    {
        auto* cmd = app.add_subcommand("figures", "Your own figures, or the team's (--team, for the lead)");
        addCommonOptions(*cmd, ctx);
        auto o = std::make_shared<PeriodOptions>();
        cmd->add_option("--from", o->from, "First day (default: four weeks before --to)");
        cmd->add_option("--to", o->to, "Last day (default today)");
        cmd->add_flag("--team", o->team, "Team figures: averages, never per person");
        setAction(*cmd, [&ctx, o] { return showFigures(ctx, *o); });
    }
    // The team overview (core/teamoverview.h).
    {
        auto* cmd = app.add_subcommand(
            "team", "The team overview, for the lead: caseload by status and step, placements, who waits");
        addCommonOptions(*cmd, ctx);
        auto on = std::make_shared<std::string>();
        cmd->add_option("--date", *on, "As of this day; default today");
        cmd->footer("Counts and shares for the whole team, never per specialist. The waiting list names the people "
                    "no one follows yet; hand one over with: handover --participant ID --to STAFF.");
        setAction(*cmd, [&ctx, on] { return showTeam(ctx, *on); });
    }
    {
        auto* cmd = app.add_subcommand("fidelity",
            "The fidelity form: the team's result per round and what moved, or your own answers (--record, --item)");
        addCommonOptions(*cmd, ctx);
        auto o = std::make_shared<FidelityOptions>();
        cmd->add_option("--record", o->record,
            "Your 19 answers in item order, separated by spaces. Single-choice items: the option 1-5. Tick-all items "
            "(3, 7, 8, 19): the letters ticked, e.g. bcd or b,c,d; 0 for none ticked (item 3's a) scores nothing). "
            "- leaves an item open. Example: \"4 3 bcd 4 3 5 0 abc 4 4 3 4 4 3 3 4 4 3 ad\"");
        cmd->add_option("--item", o->items,
            "ITEM=ANSWER for one item, e.g. --item 4=3 --item 3=b,c,d --item 7=0; repeatable. Without --record, "
            "changes your saved answer to the round");
        cmd->add_option("--round", o->round, "The month answered for, YYYY-MM (default: this month)");
        cmd->footer("Without --record or --item: one line per round (how many answered, the total out of 95 as the "
                    "mean of the complete answers, its band, the change and the items whose mean moved), then the "
                    "item means of the latest round (or of --round). No national ID number is asked for: the "
                    "answers are this device's person's.");
        setAction(*cmd, [&ctx, o] { return fidelity(ctx, *o); });
    }
    {
        auto* cmd = app.add_subcommand("hours", "Record contracted working hours (the base of the time shares)");
        addCommonOptions(*cmd, ctx);
        auto staff = std::make_shared<std::string>();
        auto perWeek = std::make_shared<double>(37.5);
        auto from = std::make_shared<std::string>();
        cmd->add_option("--staff", *staff, "Staff id (default: this device's user)");
        cmd->add_option("--hours-per-week", *perWeek, "Contracted hours a week (default 37.5)");
        cmd->add_option("--from", *from, "In force from this day (default: always)");
        setAction(*cmd, [&ctx, staff, perWeek, from] { return hours(ctx, *staff, *perWeek, *from); });
    }
    {
        auto* cmd = app.add_subcommand("export",
            "Write an encrypted export: individual-report, shared-about-me, "
            "access, employer-brief or figures");
        addCommonOptions(*cmd, ctx);
        auto o = std::make_shared<ExportOptions>();
        cmd->add_option("kind", o->kind, "What to export")->required();
        cmd->add_option("--out", o->out, "The encrypted file to write")->required();
        cmd->add_option("--participant", o->participants, "Participant id (repeat for several individual reports)");
        cmd->add_option("--employer", o->employer, "Employer id (employer-brief)");
        cmd->add_option("--from", o->from, "Figures: first day");
        cmd->add_option("--to", o->to, "Figures: last day");
        cmd->add_flag("--team", o->team, "Figures: the team's");
        cmd->add_option("--language", o->language, "nb (default) or en");
        cmd->add_flag("--plain", o->plain, "Plain Norwegian for the participant");
        cmd->add_option("--csv-dialect", o->dialect, "standard (default) or excel-nb (';' and decimal comma)");
        cmd->add_option("--export-passphrase-file", o->passphraseFile,
            "File whose first line is the export passphrase (or FIELDNOTES_EXPORT_PASSPHRASE)");
        cmd->add_flag("--generate-passphrase", o->generate, "Make up a strong passphrase and print it once");
        setAction(*cmd, [&ctx, o] { return exportFile(ctx, *o); });
    }
    {
        auto* cmd = app.add_subcommand("open-export", "Open an encrypted export on a trusted office machine");
        auto o = std::make_shared<OpenOptions>();
        cmd->add_option("file", o->file, "The export file")->required();
        cmd->add_option("--export-passphrase-file", o->passphraseFile, "For a passphrase export");
        cmd->add_option("--data-dir", ctx.dataDir, "The office store, for an export sealed to the office's key");
        cmd->add_option("--passphrase-file", ctx.passphraseFile, "The office store's passphrase");
        cmd->add_flag("--list", o->list, "List what it holds");
        cmd->add_option("--print", o->print, "Print one entry to the terminal");
        cmd->add_option("--out", o->out, "Write every entry into this folder (0700; files 0600)");
        setAction(*cmd, [&ctx, o] { return openExportFile(ctx, *o); });
    }
    {
        auto* cmd = app.add_subcommand("export-key", "Create (once) and show the office's export key");
        addCommonOptions(*cmd, ctx);
        setAction(*cmd, [&ctx]() -> Status {
            FN_TRY_ASSIGN(auto store, ctx.openStore());
            auto created = createOfficeExportKey(*store);
            if (!created && created.error().code != ErrorCode::AlreadyExists)
                return fail(created.error());
            FN_TRY_ASSIGN(const auto keys, officeExportKey(*store));
            std::printf("%s\n", exportKeyText(keys.first).c_str());
            return {};
        });
    }
    {
        auto* cmd = app.add_subcommand("export-recipient", "Seal this device's exports to the office's export key");
        addCommonOptions(*cmd, ctx);
        auto key = std::make_shared<std::string>();
        cmd->add_option("key", *key, "The office's export key (from export-key)")->required();
        setAction(*cmd, [&ctx, key]() -> Status {
            FN_TRY_ASSIGN(auto store, ctx.openStore());
            FN_TRY_ASSIGN(const ExportPublicKey pk, exportKeyFromText(*key));
            FN_TRY(setExportRecipient(*store, pk));
            std::printf("Exports from this device are now sealed to the office's key.\n");
            return {};
        });
    }
}

} // namespace fieldnotes::cli
