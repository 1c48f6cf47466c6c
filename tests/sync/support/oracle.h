// A model of who may see what, kept apart from the code it checks: written from the rules in
// design.md, domain.md and sync/README.md, never calling sync/policy.cpp or Viewer. It takes the
// facts (who follows whom, mentor records and their logins, assignments, consents, erasures) as
// plain rows, decides for one user what their tablet must hold and must never hold, and compares a
// tablet's rows against that. The simulator checks every tablet against it, beside the production
// projection, so a wrong scope rule no longer passes everywhere.
#pragma once

#include "store.h"

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace fieldnotes::test::oracle {

struct Assignment {
    std::string participant, mentor, fromOn, toOn; // dates as stored, "" for none
};

struct ConsentFact {
    std::string participant, kind, item, recipientKind, recipientId, grantedOn, revokedOn;
};

struct EmployerFact {
    std::string id, owner, addedBy; // addedBy: the staff whose tablet created it ("" when the office did)
};

// The facts the rules depend on, read as plain rows (no projection, no scope column).
struct Facts {
    std::string today; // the office's date, YYYY-MM-DD
    std::map<std::string, std::string> followedBy; // participant -> specialist (live participants)
    std::map<std::string, std::string> participantAddedBy; // participant -> staff whose tablet created it
    std::map<std::string, std::string> mentorLogin; // mentor record -> staff id of its login
    std::vector<Assignment> assignments; // live rows
    std::vector<ConsentFact> consents; // live rows
    std::vector<EmployerFact> employers; // live rows
    // Participant -> employer, for each live placement, visit, agreed action or mentor assignment
    // of the participant that names the employer (a mentor assignment through its mentor record).
    std::multimap<std::string, std::string> employerLinks;
    std::map<std::string, std::string> mentorEmployer; // mentor record -> its employer
    std::multimap<std::string, std::string> employerVisitedBy; // author -> employer of a workplace visit
};

Facts factsOf(core::Store& office, const std::string& today);

enum class Role { Specialist, Lead, Mentor };

// What one user may see. A specialist: the participants they follow, whole, and the employers they
// own, added, or that a record of a participant they follow names, whole with the risk note
// (sync/README.md, "Who sees which employer"). A mentor: each participant with an active assignment
// to one of their mentor records, the disclosure items (codes as stored) the participant has
// consented to share with one of those records today, and of the employers of their mentor records
// only the name and their own records there. A lead (sync/README.md, "What a team lead holds"):
// the people they follow, whole; everyone else of the team in the team view (names, steps, status,
// who follows whom; visits and placements without their free text; no other record); every
// employer, whole.
struct Sight {
    bool mentor = false;
    bool lead = false;
    std::string staff;
    std::set<std::string> mentorRecords;
    std::set<std::string> whole;
    std::set<std::string> team; // a lead's: held in the team view
    std::map<std::string, std::set<std::string>> items;
    std::set<std::string> employers; // whole for a specialist, by name alone for a mentor
    bool sees(const std::string& participant) const
    {
        return whole.count(participant) || team.count(participant) || items.count(participant);
    }
};

Sight sightOf(const Facts& facts, const std::string& staff, Role role);

// Nothing on the tablet beyond `allowed` (any of them: a tablet between syncs may hold what it was
// last given or what it is being given now). Empty when the tablet keeps to it.
std::optional<std::string> checkNothingBeyond(core::Store& tablet, const std::vector<Sight>& allowed);

// After everyone has synced: the tablet holds exactly what `sight` gives, with the office's values
// for every field it may see.
std::optional<std::string> checkExactly(core::Store& tablet, core::Store& office, const Sight& sight);

} // namespace fieldnotes::test::oracle
