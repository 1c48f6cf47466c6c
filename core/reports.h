// The content of the documents that leave the tablet: the office's individual report, the team's
// (or a specialist's own) figures, the participant's "what is shared about me" and right-of-access
// tables, and the brief for an employer. Built from the store under the consent rules; nothing is
// written or shared here (exports.h does that and records each disclosure).
//
// Consent governs everything a recipient gets: recipientView() is the one place that turns the
// consent reading (consent.h) and the catalogue's annotations into values, and the employer brief,
// the "what they can see now" lists and (later) the visit screen at a workplace all read it.
#pragma once

#include "document.h"
#include "figures.h"
#include "store.h"
#include "wording.h"

#include <utility>
#include <vector>

namespace fieldnotes::core {

struct ReportOptions {
    Language language = Language::Norwegian;
    bool plainLanguage = false; // participant-facing text in plain Norwegian, for limited Norwegian
};

// One value a recipient may see.
struct SharedValue {
    DisclosureItem item = DisclosureItem::ContactDetails;
    std::string table;
    Id rowId;
    std::string column;
    std::string label;
    std::string value; // as shown; empty values are left out
};

// What `recipientId` (an employer or mentor record; for the NAV counsellor, the id the consent
// names) may see about the participant on `day`: the columns annotated with a disclosure item the
// participant actively consents to share with exactly this recipient, nothing else. Rows tied to a
// job (placements, proposed meetings, tapering steps for a job) are limited to jobs at the
// recipient's employer - a mentor's is the employer of the mentor record - so what one employer
// may know never reaches another. Ordered by table (catalogue order), then row, then column.
Result<std::vector<SharedValue>> recipientView(Store& store, const Id& participantId, RecipientKind kind,
    const Id& recipientId, const Date& day, Language language = Language::Norwegian);

// The brief an employer receives. Refused (Unauthorized) if the participant shares nothing with
// this employer on `asOf`: then the employer may not even learn that the person is followed up.
Result<Document> employerBrief(
    Store& store, const Id& participantId, const Id& employerId, const Date& asOf, const ReportOptions& options = {});

// The office's individual report: background, referral reason, pathway durations, status, and the
// outcome with contract type and position %. Confidential to the team; not for recipients.
Result<Document> individualReport(
    Store& store, const Id& participantId, const Date& asOf, const ReportOptions& options = {});
// The same facts as one CSV row per participant, with stable codes rather than words.
Result<CsvTable> individualReportTable(Store& store, const std::vector<Id>& participantIds, const Date& asOf);

// For the participant: every consent to share, with whom, for what and when; what each recipient
// can see now; and what has been handed over (the disclosure journal).
Result<Document> sharedAboutMe(
    Store& store, const Id& participantId, const Date& asOf, const ReportOptions& options = {});
Result<CsvTable> sharedAboutMeTable(Store& store, const Id& participantId, const Date& asOf);

// The right of access: every row this device holds in the participant's scope, table by table
// (removed rows included and marked, since their values are still held), and the drafts on this
// device that name them. Raw stored values: the documents above give them in words.
Result<std::vector<std::pair<std::string, CsvTable>>> participantTables(Store& store, const Id& participantId);

// The right of access as a document a person can read: every row this device holds in the
// participant's scope (removed rows included and marked), conflicts about them and drafts that name
// them, each field with its name and its value in words (accessreport.cpp).
Result<Document> rightOfAccessDocument(
    Store& store, const Id& participantId, const Date& asOf, const ReportOptions& options = {});
// "table.column" of every column about participants that has no words in that document yet; a test
// keeps this empty, so a new column is named for the reader before it can be exported.
std::vector<std::string> accessColumnsWithoutWords();

// Figures as a document and as CSV (metric, value, definition).
Document figuresReport(const Figures& figures, const Date& createdOn, const ReportOptions& options = {});
CsvTable figuresTable(const Figures& figures);

} // namespace fieldnotes::core
