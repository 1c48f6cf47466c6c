// The employer directory changed by the people who use it: an employer registered with its first
// workplace, its follow-up preference changed, and contact persons, workplaces and tasks added.
// The app's employer form and employer page and `fieldnotes-cli employer` all call these; none of
// them writes employer records of their own.
//
// Who may do what: the directory is the team's, so any specialist or lead registers an employer
// (and owns the employers they register) or adds to one on this device. A mentor's device does
// none of it (intake.h: the same CaseError). The office enforces the same rule on push
// (sync/policy.h: a mentor's tablet adds natural-support entries only).
#pragma once

#include "intake.h"

#include <string>

namespace fieldnotes::core {

// A new employer. Text is stored trimmed; no national ID numbers anywhere.
struct EmployerRegistration {
    std::string name; // required
    // The organisation number (organisasjonsnummer) from the Brønnøysund register, if known: nine
    // digits (spaces allowed, as in "923 609 016"), the last a MOD11 check digit. Stored as the
    // nine digits. Two employers on this device never share one.
    std::string orgNumber;
    std::string sector;
    std::string address; // also the address of the first workplace
    std::string needs;
    std::string notes;
    FollowUpPreference followUpPreference = FollowUpPreference::OnSite;
    OptId draftId; // the draft on this device the form was typed in: removed in the same transaction
};

// A contact person at an employer.
struct EmployerContactEntry {
    Id employerId;
    std::string name; // required
    std::string role;
    std::string phone;
    std::string email;
};

// A workplace (a site, a shop, a department) of an employer.
struct WorkplaceEntry {
    Id employerId;
    std::string name; // required
    std::string address;
};

// A task that can be done at a workplace: what a job can be carved from.
struct WorkplaceTaskEntry {
    Id employerId;
    Id workplaceId; // one of the employer's workplaces
    std::string title; // required
    std::string description;
};

// The nine digits of a valid organisation number written with or without spaces, or nullopt when
// `text` is not one (not nine digits, or the check digit does not add up).
std::optional<std::string> normalizedOrgNumber(std::string_view text);

// Registers an employer owned by the acting person, with a first workplace of the same name and
// address (and removes its draft), in one transaction. Returns the employer's id.
CaseResult<Id> registerEmployer(Store& store, const Actor& actor, const EmployerRegistration& employer);

// How the employer wants to be followed up (on site, meetings only...).
CaseResult<void> setFollowUpPreference(
    Store& store, const Actor& actor, const Id& employerId, FollowUpPreference preference);

// Adds a contact person, a workplace, or a task at a workplace; returns the new record's id.
CaseResult<Id> addEmployerContact(Store& store, const Actor& actor, const EmployerContactEntry& contact);
CaseResult<Id> addWorkplace(Store& store, const Actor& actor, const WorkplaceEntry& workplace);
CaseResult<Id> addWorkplaceTask(Store& store, const Actor& actor, const WorkplaceTaskEntry& task);

} // namespace fieldnotes::core
