// Who may see and write what: the office's scope rules, computed from its own data at the moment
// of asking. The office enforces them; a tablet never filters for security.
//
// - A specialist holds the team ('t': staff, devices, fidelity), their own 'u:<staff>', each
//   participant they follow ('p:<id>': specialist_id is them, or unassigned and created on one of
//   their devices), and each employer they own, created, or that is linked to their caseload by a
//   placement, a visit, an agreed action or a mentor assignment ('e:<id>'). They may name in such a
//   record only an employer they hold already: employers are not the team's shared directory
//   (sync/README.md says why), and naming one must not be a way to read it.
// - A lead holds the team, their own 'u:', every employer, and in full the participants they follow
//   themselves (as a specialist does). Of every other participant they hold the team view
//   (ScopeView::team): what the team overview, a hand-over and the team's figures need (the
//   participant's name, step, status, programme, dates and who follows them; the date, kind, length
//   and authors of contacts; placements' kind and dates; follow-up meetings' slots and dates; the
//   case review's items about them, with the question the specialist wants discussed), never
//   contact details, notes, profiles, plans, consents, disclosures or mentors' entries. In a team
//   view a lead writes only the hand-over (participants.specialist_id), the work they distribute
//   (a placement and its follow-up meetings, without free text) and the case review's advice;
//   a person the lead's tablet created for a colleague is the lead's own work in the push batch
//   that brings them to the office, so the intake's records sent with them are taken. Of
//   each colleague's own 'u:' (a specialist or another lead), only the reflection log (reflections),
//   which the lead reads grouped by step and theme, the reflection entries brought to the case review
//   (case_reviews, where the lead writes the advice), and the working hours the team's figures are
//   measured against. A colleague's reminders stay theirs.
// - The reflection log is never a colleague's or a mentor's to read: a specialist holds only their
//   own 'u:', a mentor writes no reflections and holds no one else's 'u:'.
// - A mentor (a staff user linked from mentors.staff_id) holds their own 'u:'; for each employer
//   of one of their mentor records, a restricted view of it: the employer's name and their own
//   mentor records there; and, for each participant with an active assignment to one of their
//   mentor records, a restricted view: the display name, their assignment rows, the natural-support
//   entries they wrote or that name one of their mentor records, the consents that name them, and
//   only the fields whose disclosure item the participant has actively consented to share with them
//   (consent.h sharedItems), on today's date.
// - A visit whose audience is 'author' goes only to its author.
// - A hand-over (a lead's tablet or the office sets participants.specialist_id) moves the person's
//   scope to the new specialist at once. The former specialist's journal entries about the person
//   (visits, natural-support entries) written in their own name before the hand-over reached the
//   office are still taken from their tablet, for handOverGrace after it (sync/README.md).
// - Journal entries are written in your own name, and a correction (corrects_id) only by the author
//   of the entry it corrects: no one, a lead included, rewrites a colleague's note.
// A scope's fingerprint names the view a device got; it changes whenever what the view includes
// changes (a consent revoked or granted, an assignment made or moved, a mentor record linked to or
// unlinked from the person's login), and a device holding an older fingerprint is told to drop the
// scope and take it again.
#pragma once

#include "audit.h"
#include "changes.h"
#include "store.h"

#include <chrono>
#include <map>
#include <optional>
#include <set>
#include <string>

namespace fieldnotes::sync {

// How long after a hand-over the former specialist's tablet may still deliver the journal entries it
// wrote about the person before it: four weeks covers a holiday or sick leave without a sync.
inline constexpr std::chrono::hours handOverGrace { 24 * 28 };

struct ScopeView {
    std::string scope;
    std::string fingerprint;
    bool restricted = false; // a mentor's view; the sets below apply only to it
    // A lead's view of a colleague's own 'u:': reflection log, its case review items, working hours and
    // fidelity answers.
    bool reflectionsOnly = false;
    bool team = false; // a lead's view of a participant someone else follows: the team's figures only
    core::Id participantId; // a participant's restricted view
    core::Id employerId; // an employer's restricted view (a mentor's own employer)
    std::set<core::Id> mentors; // the person's mentor records with an active assignment here (at this employer)
    std::set<core::Id> assignments; // every assignment row between those records and the participant
    std::set<core::Id> consents; // the consents that name one of those records
    std::set<core::Id> placements; // the placements of the active assignments
    std::set<core::DisclosureItem> items; // shared with one of those records today
};

class Viewer {
public:
    // The person, as the office knows them now. Unauthorized if they are not on the staff list.
    static core::Result<Viewer> load(core::Store& office, const core::Id& staffId);

    const core::Id& staffId() const { return m_staffId; }
    core::StaffRole role() const { return m_role; }
    const std::map<std::string, ScopeView>& scopes() const { return m_scopes; }
    const ScopeView* view(const std::string& scope) const;

    // The row as this person may receive it (a projection for a restricted view), or nullopt.
    core::Result<std::optional<core::RowState>> project(core::Store& office, const core::RowState& row) const;

    // Why this person may not make `change`, whose scope at the office is `scope`; empty if they
    // may. Evaluated against the office's current state (a participant created earlier in the same
    // batch counts, and a lead's records sent with a participant she created for a colleague are
    // taken), so call it just before applying the change, with one Viewer per push batch.
    core::Result<std::string> mayWrite(core::Store& office, const core::Change& change, const std::string& scope);

private:
    core::Result<bool> holdsNow(core::Store& office, const std::string& scope);
    // Held, and not as a lead's team view: what a specialist who follows the participant holds.
    core::Result<bool> holdsWhole(core::Store& office, const std::string& scope);
    // A journal entry in this person's own name about a participant handed over from them, written
    // before the hand-over reached the office, and arriving within handOverGrace of it.
    core::Result<bool> writtenBeforeHandOver(core::Store& office, const core::Change& change, const std::string& scope);
    // The employer a change links to the participant's caseload (by a placement, visit, agreed
    // action or mentor assignment naming it); empty if none.
    static core::Result<std::string> employerNamed(core::Store& office, const core::Change& c);

    core::Id m_staffId;
    core::StaffRole m_role = core::StaffRole::Specialist;
    std::map<std::string, ScopeView> m_scopes;
    std::set<core::Id> m_mentorRecords; // for a mentor: every mentor record linked to them
    // The scopes of the participants and employers created by the changes judged so far (one push
    // batch: a Viewer lives for one). A lead's records about a person she created followed by a
    // colleague are hers until the person reaches the office, so they travel with the creation.
    std::set<std::string> m_openedByThisPush;
};

} // namespace fieldnotes::sync
