// The right of access as a document a person can read: every row this device holds about the
// participant, table by table, each field with its name and its value in words. The CSV tables of
// the access export carry the same rows as stored; this is them for a human reader.
#include "catalogue.h"
#include "reports.h"
#include "storeinternals.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <map>

namespace fieldnotes::core {

namespace {

std::string say(Language l, std::string_view nb, std::string_view en)
{
    return std::string(l == Language::Norwegian ? nb : en);
}

std::string shownDate(const Date& d, Language l)
{
    if (l == Language::English)
        return formatDate(d);
    char buf[16];
    std::snprintf(buf, sizeof buf, "%02u.%02u.%04d", static_cast<unsigned>(d.day()), static_cast<unsigned>(d.month()),
        static_cast<int>(d.year()));
    return buf;
}

// How a column's value is shown.
enum class Shown {
    Text,
    Number,
    Date,
    YesNo,
    Percent,
    Skip, // a link to another row that says nothing to the reader (the participant's own id, say)
    Staff, // a staff id (or a device's id): the person's name
    EmployerRef,
    WorkplaceRef,
    MentorRef,
    Steps,
    Items,
    Attendees,
    Slot,
    // Codes, in words:
    Programme,
    Status,
    Discharge,
    Cefr,
    ConsentKindCode,
    Item,
    Recipient,
    ConsentHow,
    PlacementKindCode,
    Contract,
    Measure,
    Goal,
    Owner,
    Contact,
    AudienceCode,
    Support,
    Channel,
};

struct ColumnWords {
    std::string_view table;
    std::string_view column;
    std::string_view nb;
    std::string_view en;
    Shown shown;
};

// Every column of every table that can hold something about a participant. tst_reports checks that
// none is missing, so a new column gets words here before it can be exported.
constexpr ColumnWords columnWords[] = {
    { "participants", "display_name", "Navn", "Name", Shown::Text },
    { "participants", "phone", "Telefon", "Phone", Shown::Text },
    { "participants", "email", "E-post", "E-mail", Shown::Text },
    { "participants", "other_contact", "Annen kontakt", "Other contact", Shown::Text },
    { "participants", "programme", "Program", "Programme", Shown::Programme },
    { "participants", "referral_on", "Henvist", "Referred on", Shown::Date },
    { "participants", "referral_reason", "Henvisningsgrunn", "Referral reason", Shown::Text },
    { "participants", "measure_end_on", "Tiltaket varer til", "Measure ends", Shown::Date },
    { "participants", "steps", "Steg det arbeides med", "Steps worked on", Shown::Steps },
    { "participants", "status", "Status", "Status", Shown::Status },
    { "participants", "discharge_reason", "Grunn til avslutning", "Discharge reason", Shown::Discharge },
    { "participants", "discharged_on", "Avsluttet", "Discharged on", Shown::Date },
    { "participants", "preferred_language", "Foretrukket språk", "Preferred language", Shown::Text },
    { "participants", "interpreter_needed", "Trenger tolk", "Needs an interpreter", Shown::YesNo },
    { "participants", "childcare_constraint", "Barnepass", "Childcare", Shown::Text },
    { "participants", "shift_constraint", "Arbeidstid og skift", "Working hours and shifts", Shown::Text },
    { "participants", "transport_constraint", "Transport", "Transport", Shown::Text },
    { "participants", "refused_tasks", "Oppgaver som ikke passer", "Tasks that do not suit", Shown::Text },
    { "participants", "specialist_id", "Jobbspesialist", "Job specialist", Shown::Staff },
    { "participants", "followed_since", "Fulgt opp av jobbspesialisten siden", "Followed by the specialist since",
        Shown::Date },
    { "measure_extensions", "participant_id", "", "", Shown::Skip },
    { "measure_extensions", "decided_on", "Bestemt", "Decided on", Shown::Date },
    { "measure_extensions", "new_end_on", "Ny sluttdato", "New end date", Shown::Date },
    { "measure_extensions", "justification", "Begrunnelse", "Justification", Shown::Text },
    { "language_levels", "participant_id", "", "", Shown::Skip },
    { "language_levels", "assessed_on", "Vurdert", "Assessed on", Shown::Date },
    { "language_levels", "level", "Nivå", "Level", Shown::Cefr },
    { "language_levels", "note", "Merknad", "Note", Shown::Text },
    { "consents", "participant_id", "", "", Shown::Skip },
    { "consents", "kind", "Samtykke til", "Consent to", Shown::ConsentKindCode },
    { "consents", "item", "Hva", "What", Shown::Item },
    { "consents", "recipient_kind", "Til hvem", "To whom", Shown::Recipient },
    { "consents", "recipient_id", "", "", Shown::Skip },
    { "consents", "recipient_name", "Mottaker", "Recipient", Shown::Text },
    { "consents", "purpose", "Formål", "Purpose", Shown::Text },
    { "consents", "granted_on", "Gitt", "Given on", Shown::Date },
    { "consents", "revoked_on", "Trukket tilbake", "Withdrawn on", Shown::Date },
    { "consents", "summary", "Forklaring", "Explanation", Shown::Text },
    { "consents", "summary_simple", "Forklaring på enkel norsk", "Explanation in plain Norwegian", Shown::Text },
    { "consents", "granted_how", "Gitt som", "Given as", Shown::ConsentHow },
    { "profiles", "participant_id", "", "", Shown::Skip },
    { "profiles", "interests", "Interesser", "Interests", Shown::Text },
    { "profiles", "skills", "Ferdigheter", "Skills", Shown::Text },
    { "profiles", "experience", "Arbeidserfaring", "Work experience", Shown::Text },
    { "profiles", "strengths", "Styrker", "Strengths", Shown::Text },
    { "profiles", "work_values", "Hva som er viktig i en jobb", "What matters in a job", Shown::Text },
    { "profiles", "support_needs", "Hva som hjelper i arbeidet", "What helps at work", Shown::Text },
    { "profiles", "must_have", "Må være på plass", "Must be in place", Shown::Text },
    { "profiles", "must_avoid", "Bør unngås", "Should be avoided", Shown::Text },
    { "profiles", "dream_job", "Drømmejobb", "Dream job", Shown::Text },
    { "profiles", "wanted_hours_pct", "Ønsket stillingsprosent", "Wanted position", Shown::Percent },
    { "profiles", "can_today", "Kan i dag", "Can do today", Shown::Text },
    { "profiles", "needs_to_learn", "Skal lære", "Is learning", Shown::Text },
    { "placements", "participant_id", "", "", Shown::Skip },
    { "placements", "employer_id", "Arbeidsgiver", "Employer", Shown::EmployerRef },
    { "placements", "workplace_id", "Arbeidssted", "Workplace", Shown::WorkplaceRef },
    { "placements", "kind", "Type", "Kind", Shown::PlacementKindCode },
    { "placements", "contract", "Ansettelse", "Contract", Shown::Contract },
    { "placements", "title", "Stilling", "Job", Shown::Text },
    { "placements", "start_on", "Start", "Start", Shown::Date },
    { "placements", "trial_end_on", "Prøvetid til", "Trial period ends", Shown::Date },
    { "placements", "contract_end_on", "Kontrakt til", "Contract ends", Shown::Date },
    { "placements", "ended_on", "Sluttet", "Ended", Shown::Date },
    { "placements", "end_reason", "Grunn til at det sluttet", "Why it ended", Shown::Text },
    { "placements", "carved_tasks", "Arbeidsoppgaver", "Tasks", Shown::Text },
    { "placements", "accommodations", "Tilrettelegging", "Accommodations", Shown::Text },
    { "position_changes", "participant_id", "", "", Shown::Skip },
    { "position_changes", "placement_id", "", "", Shown::Skip },
    { "position_changes", "from_on", "Fra", "From", Shown::Date },
    { "position_changes", "percent", "Stillingsprosent", "Position", Shown::Percent },
    { "support_measures", "participant_id", "", "", Shown::Skip },
    { "support_measures", "placement_id", "", "", Shown::Skip },
    { "support_measures", "kind", "Virkemiddel", "Support measure", Shown::Measure },
    { "support_measures", "percent", "Prosent", "Percent", Shown::Percent },
    { "support_measures", "hours_per_month", "Timer per måned", "Hours a month", Shown::Number },
    { "support_measures", "from_on", "Fra", "From", Shown::Date },
    { "support_measures", "to_on", "Til", "To", Shown::Date },
    { "support_measures", "review_on", "Vurderes", "Review", Shown::Date },
    { "support_measures", "reviewed_on", "Sist vurdert", "Last reviewed", Shown::Date },
    { "plans", "participant_id", "", "", Shown::Skip },
    { "plans", "summary", "Mål for oppfølgingen", "Aim of the follow-up", Shown::Text },
    { "plans", "schedule", "Møteplan", "Meeting schedule", Shown::Text },
    { "plans", "tapering", "Nedtrapping", "Tapering", Shown::Text },
    { "plans", "agreed_participant_on", "Du sa ja til planen", "You agreed to the plan", Shown::Date },
    { "plans", "agreed_employer_on", "Arbeidsgiver sa ja til planen", "The employer agreed to the plan", Shown::Date },
    { "goals", "participant_id", "", "", Shown::Skip },
    { "goals", "parent_id", "", "", Shown::Skip },
    { "goals", "text", "Mål", "Goal", Shown::Text },
    { "goals", "status", "Status", "Status", Shown::Goal },
    { "goals", "due_on", "Frist", "Due", Shown::Date },
    { "mentor_assignments", "participant_id", "", "", Shown::Skip },
    { "mentor_assignments", "mentor_id", "Fadder/mentor", "Mentor", Shown::MentorRef },
    { "mentor_assignments", "placement_id", "", "", Shown::Skip },
    { "mentor_assignments", "from_on", "Fra", "From", Shown::Date },
    { "mentor_assignments", "to_on", "Til", "To", Shown::Date },
    { "mentor_assignments", "mandate", "Fadderens oppgave", "The mentor's mandate", Shown::Text },
    { "mentor_assignments", "talk_interval_days", "Strukturert samtale hver (dager)", "Structured talk every (days)",
        Shown::Number },
    { "mentor_assignments", "handover_on", "Fadderen tok over", "The mentor took over", Shown::Date },
    { "learning_goals", "participant_id", "", "", Shown::Skip },
    { "learning_goals", "assignment_id", "", "", Shown::Skip },
    { "learning_goals", "text", "Læringsmål", "Learning goal", Shown::Text },
    { "learning_goals", "status", "Status", "Status", Shown::Goal },
    { "agreed_actions", "participant_id", "", "", Shown::Skip },
    { "agreed_actions", "employer_id", "Arbeidsgiver", "Employer", Shown::EmployerRef },
    { "agreed_actions", "visit_id", "", "", Shown::Skip },
    { "agreed_actions", "text", "Avtalt", "Agreed", Shown::Text },
    { "agreed_actions", "owner", "Hvem gjør det", "Who does it", Shown::Owner },
    { "agreed_actions", "due_on", "Frist", "Due", Shown::Date },
    { "agreed_actions", "done_on", "Gjort", "Done", Shown::Date },
    { "reminders", "participant_id", "", "", Shown::Skip },
    { "reminders", "author_id", "Skrevet av", "Written by", Shown::Staff },
    { "reminders", "due_on", "Frist", "Due", Shown::Date },
    { "reminders", "text", "Påminnelse", "Reminder", Shown::Text },
    { "reminders", "done_on", "Gjort", "Done", Shown::Date },
    { "visits", "participant_id", "", "", Shown::Skip },
    { "visits", "employer_id", "Arbeidsgiver", "Employer", Shown::EmployerRef },
    { "visits", "workplace_id", "Arbeidssted", "Workplace", Shown::WorkplaceRef },
    { "visits", "author_id", "Skrevet av", "Written by", Shown::Staff },
    { "visits", "contact_type", "Type kontakt", "Kind of contact", Shown::Contact },
    { "visits", "occurred_on", "Dato", "Date", Shown::Date },
    { "visits", "start_time", "Klokken", "Time", Shown::Text },
    { "visits", "duration_min", "Varighet (minutter)", "Duration (minutes)", Shown::Number },
    { "visits", "place", "Sted", "Place", Shown::Text },
    { "visits", "attendees", "Til stede", "Present", Shown::Attendees },
    { "visits", "purpose", "Formål", "Purpose", Shown::Text },
    { "visits", "steps", "Steg", "Steps", Shown::Steps },
    { "visits", "obs_person", "Observasjon: personen", "Observation: the person", Shown::Text },
    { "visits", "obs_task", "Observasjon: oppgaven", "Observation: the task", Shown::Text },
    { "visits", "obs_environment", "Observasjon: miljøet", "Observation: the setting", Shown::Text },
    { "visits", "next_visit_on", "Neste besøk", "Next visit", Shown::Date },
    { "visits", "note", "Notat", "Note", Shown::Text },
    { "visits", "audience", "Hvem kan lese notatet", "Who may read the note", Shown::AudienceCode },
    { "visits", "field_time", "Ute i felten", "Out in the field", Shown::YesNo },
    { "visits", "corrects_id", "", "", Shown::Skip },
    { "natural_support_entries", "participant_id", "", "", Shown::Skip },
    { "natural_support_entries", "mentor_id", "Fadder/mentor", "Mentor", Shown::MentorRef },
    { "natural_support_entries", "author_id", "Skrevet av", "Written by", Shown::Staff },
    { "natural_support_entries", "occurred_on", "Dato", "Date", Shown::Date },
    { "natural_support_entries", "minutes", "Minutter", "Minutes", Shown::Number },
    { "natural_support_entries", "kind", "Type støtte", "Kind of support", Shown::Support },
    { "natural_support_entries", "situation", "Hva skjedde", "What happened", Shown::Text },
    { "natural_support_entries", "handled_well", "Det som gikk bra", "What went well", Shown::Text },
    { "natural_support_entries", "needs_work", "Det som skal øves på", "What needs work", Shown::Text },
    { "natural_support_entries", "expected_behaviour", "Det som er avtalt", "What was agreed", Shown::Text },
    { "natural_support_entries", "needs_specialist", "Jobbspesialisten bør følge opp",
        "The job specialist should follow up", Shown::YesNo },
    { "natural_support_entries", "corrects_id", "", "", Shown::Skip },
    { "follow_up_meetings", "participant_id", "", "", Shown::Skip },
    { "follow_up_meetings", "placement_id", "", "", Shown::Skip },
    { "follow_up_meetings", "slot", "Oppfølgingsmøte", "Follow-up meeting", Shown::Slot },
    { "follow_up_meetings", "proposed_on", "Planlagt dato", "Planned date", Shown::Date },
    { "follow_up_meetings", "note", "Merknad", "Note", Shown::Text },
    { "tapering_steps", "participant_id", "", "", Shown::Skip },
    { "tapering_steps", "placement_id", "", "", Shown::Skip },
    { "tapering_steps", "from_on", "Fra", "From", Shown::Date },
    { "tapering_steps", "specialist_interval_days", "Jobbspesialisten kommer hver (dager)",
        "The specialist comes every (days)", Shown::Number },
    { "tapering_steps", "specialist_role", "Jobbspesialistens rolle", "The specialist's role", Shown::Text },
    { "tapering_steps", "mentor_role", "Fadderens rolle", "The mentor's role", Shown::Text },
    { "tapering_steps", "colleagues_role", "Kollegenes rolle", "The colleagues' role", Shown::Text },
    { "disclosures", "participant_id", "", "", Shown::Skip },
    { "disclosures", "recipient_kind", "Til hvem", "To whom", Shown::Recipient },
    { "disclosures", "recipient_id", "", "", Shown::Skip },
    { "disclosures", "recipient_name", "Mottaker", "Recipient", Shown::Text },
    { "disclosures", "items", "Hva", "What", Shown::Items },
    { "disclosures", "channel", "Hvordan", "How", Shown::Channel },
    { "disclosures", "purpose", "Formål", "Purpose", Shown::Text },
    { "disclosures", "occurred_on", "Dato", "Date", Shown::Date },
    { "disclosures", "author_id", "Gitt videre av", "Handed over by", Shown::Staff },
    { "course_changes", "participant_id", "", "", Shown::Skip },
    { "course_changes", "author_id", "Registrert av", "Recorded by", Shown::Staff },
    { "course_changes", "changed_on", "Fra og med", "From", Shown::Date },
    { "course_changes", "steps", "Steg det arbeides med", "Steps worked on", Shown::Steps },
    { "course_changes", "status", "Status", "Status", Shown::Status },
    { "course_changes", "status_before", "Status før", "Status before", Shown::Status },
    { "course_changes", "reason", "Grunn til pause", "Why paused", Shown::Text },
    { "case_reviews", "participant_id", "", "", Shown::Skip },
    { "case_reviews", "reflection_id", "", "", Shown::Skip },
    { "case_reviews", "asked_by", "Tatt opp av", "Brought up by", Shown::Staff },
    { "case_reviews", "asked_on", "Dato", "Date", Shown::Date },
    { "case_reviews", "question", "Hva som skulle drøftes", "What was to be discussed", Shown::Text },
    { "case_reviews", "advice", "Råd fra drøftingen", "Advice from the review", Shown::Text },
    { "case_reviews", "advised_by", "Råd gitt av", "Advice given by", Shown::Staff },
    { "case_reviews", "advised_on", "Drøftet", "Discussed", Shown::Date },
    { "case_reviews", "withdrawn_on", "Trukket", "Withdrawn", Shown::Date },
};

struct TableWords {
    std::string_view table;
    std::string_view nb;
    std::string_view en;
};

constexpr TableWords tableWords[] = {
    { "participants", "Om deg", "About you" },
    { "measure_extensions", "Forlengelser av tiltaket", "Extensions of the measure" },
    { "language_levels", "Norsknivå", "Norwegian level" },
    { "consents", "Samtykker", "Consents" },
    { "profiles", "Yrkesprofil", "Vocational profile" },
    { "placements", "Utplasseringer og jobber", "Placements and jobs" },
    { "position_changes", "Stillingsprosent", "Position percentage" },
    { "support_measures", "Virkemidler", "Support measures" },
    { "plans", "Oppfølgingsplan", "Follow-up plan" },
    { "goals", "Mål", "Goals" },
    { "mentor_assignments", "Fadder/mentor", "Mentors" },
    { "learning_goals", "Læringsmål", "Learning goals" },
    { "agreed_actions", "Avtaler", "Agreed actions" },
    { "reminders", "Påminnelser", "Reminders" },
    { "visits", "Kontakter og besøk", "Contacts and visits" },
    { "natural_support_entries", "Støtte fra fadderen", "Support from the mentor" },
    { "follow_up_meetings", "Planlagte oppfølgingsmøter", "Planned follow-up meetings" },
    { "tapering_steps", "Nedtrappingsplan", "Tapering plan" },
    { "disclosures", "Dette er gitt videre", "What has been handed over" },
    { "course_changes", "Steg og status over tid", "Steps and status over time" },
    { "case_reviews", "Drøftet i teamets kasusdrøfting", "Discussed at the team's case review" },
    { "conflicts", "Uenige endringer", "Changes that crossed" },
};

struct CodeWords {
    std::string_view code;
    std::string_view nb;
    std::string_view en;
};

constexpr CodeWords contactWords[] = {
    { "new_employer_visit", "Nytt arbeidsgiverbesøk", "New employer visit" },
    { "employer_follow_up", "Oppfølging av arbeidsgiver", "Employer follow-up" },
    { "workplace_follow_up", "Oppfølging på arbeidsplassen", "Workplace follow-up" },
    { "three_way_meeting", "Trepartsmøte", "Three-way meeting" },
    { "job_tasting_day", "Jobbsmak-dag", "Job-tasting day" },
    { "phone", "Telefon", "Phone call" },
    { "sms", "SMS", "SMS" },
    { "email", "E-post", "E-mail" },
    { "home_visit", "Hjemmebesøk", "Home visit" },
    { "outreach_attempt", "Forsøk på å få kontakt", "Outreach attempt" },
};

constexpr CodeWords supportWords[] = {
    { "task_training", "Opplæring i oppgaver", "Task training" },
    { "language", "Språk", "Language" },
    { "social", "Det sosiale", "Social" },
    { "feedback", "Tilbakemelding", "Feedback" },
    { "structured_talk", "Strukturert samtale", "Structured talk" },
};

constexpr CodeWords attendeeWords[] = {
    { "participant", "Deg", "You" },
    { "employer", "Arbeidsgiver", "Employer" },
    { "mentor", "Fadder/mentor", "Mentor" },
    { "interpreter", "Tolk", "Interpreter" },
    { "nav_counsellor", "NAV-veileder", "NAV counsellor" },
};

constexpr CodeWords ownerWords[] = {
    { "specialist", "Jobbspesialisten", "The job specialist" },
    { "participant", "Du", "You" },
    { "employer", "Arbeidsgiveren", "The employer" },
    { "mentor", "Fadderen", "The mentor" },
    { "nav_counsellor", "NAV-veilederen", "The NAV counsellor" },
};

constexpr CodeWords audienceWords[] = {
    { "team", "Teamet som følger deg opp", "The team that follows you" },
    { "author", "Bare den som skrev det", "Only the person who wrote it" },
};

constexpr CodeWords consentKindWords[] = {
    { "participation", "Å være med", "Taking part" },
    { "disclosure", "Deling", "Sharing" },
};

template<std::size_t N> std::string codeWords(const CodeWords (&words)[N], std::string_view code, Language l)
{
    for (const CodeWords& w : words)
        if (w.code == code)
            return say(l, w.nb, w.en);
    return std::string(code);
}

template<class E> bool decoded(const Value& v, E& out)
{
    return Codec<E>::decode(v, out);
}

// Names of rows a value points to, read once per id.
class Names {
public:
    explicit Names(Store& store)
        : m_store(store)
    {
    }

    std::string of(std::string_view table, std::string_view column, const std::string& id)
    {
        const std::string key = std::string(table) + "/" + id;
        if (auto it = m_names.find(key); it != m_names.end())
            return it->second;
        std::string name;
        auto st = StoreInternals::db(m_store).prepare(
            "SELECT " + std::string(column) + " FROM " + std::string(table) + " WHERE id = ?");
        if (st) {
            (*st)->bind(1, id);
            if (auto row = (*st)->step(); row && *row)
                name = (*st)->text(0);
            (*st)->reset();
        }
        m_names.emplace(key, name);
        return name;
    }

private:
    Store& m_store;
    std::map<std::string, std::string> m_names;
};

std::string joined(const std::vector<std::string>& parts)
{
    std::string out;
    for (const auto& p : parts)
        out += (out.empty() ? "" : ", ") + p;
    return out;
}

// The value in words; empty if there is nothing to show.
std::string shown(const ColumnWords& c, const Value& v, Language l, Names& names)
{
    if (isNull(v))
        return {};
    const std::string* text = std::get_if<std::string>(&v);
    switch (c.shown) {
    case Shown::Skip:
        return {};
    case Shown::Text:
        return text ? *text : std::string {};
    case Shown::Number:
        if (const auto* i = std::get_if<std::int64_t>(&v))
            return std::to_string(*i);
        return {};
    case Shown::Percent:
        if (const auto* i = std::get_if<std::int64_t>(&v))
            return std::to_string(*i) + (l == Language::Norwegian ? " %" : "%");
        return {};
    case Shown::Date: {
        Date d {};
        return decoded(v, d) ? shownDate(d, l) : std::string {};
    }
    case Shown::YesNo: {
        bool b = false;
        return decoded(v, b) ? std::string(yesNo(b, l)) : std::string {};
    }
    case Shown::Staff: {
        if (!text)
            return {};
        const std::string name = names.of("staff", "name", *text);
        return name.empty() ? say(l, "(ukjent)", "(unknown)") : name;
    }
    case Shown::EmployerRef:
        return text ? names.of("employers", "name", *text) : std::string {};
    case Shown::WorkplaceRef:
        return text ? names.of("workplaces", "name", *text) : std::string {};
    case Shown::MentorRef:
        return text ? names.of("mentors", "name", *text) : std::string {};
    case Shown::Steps: {
        std::set<int> steps;
        if (!decoded(v, steps))
            return {};
        std::vector<std::string> parts;
        for (int s : steps)
            parts.push_back(std::to_string(s));
        return joined(parts);
    }
    case Shown::Items: {
        std::set<DisclosureItem> items;
        if (!decoded(v, items))
            return {};
        std::vector<std::string> parts;
        for (DisclosureItem i : items)
            parts.emplace_back(itemLabel(i, l));
        return joined(parts);
    }
    case Shown::Attendees: {
        std::set<Attendee> who;
        if (!decoded(v, who))
            return {};
        std::vector<std::string> parts;
        for (Attendee a : who)
            parts.push_back(codeWords(attendeeWords, codeOf(a), l));
        return joined(parts);
    }
    case Shown::Slot: {
        int slot = 0;
        return decoded(v, slot) ? slotLabel(slot, l) : std::string {};
    }
    case Shown::Programme: {
        Programme e {};
        return decoded(v, e) ? std::string(label(e, l)) : std::string {};
    }
    case Shown::Status: {
        ParticipantStatus e {};
        return decoded(v, e) ? std::string(label(e, l)) : std::string {};
    }
    case Shown::Discharge: {
        DischargeReason e {};
        return decoded(v, e) ? std::string(label(e, l)) : std::string {};
    }
    case Shown::Cefr: {
        CefrLevel e {};
        if (!decoded(v, e))
            return {};
        std::string code(codeOf(e));
        for (char& ch : code)
            ch = static_cast<char>(ch >= 'a' && ch <= 'z' ? ch - 'a' + 'A' : ch);
        return code;
    }
    case Shown::ConsentKindCode:
        return text ? codeWords(consentKindWords, *text, l) : std::string {};
    case Shown::Item: {
        DisclosureItem e {};
        return decoded(v, e) ? std::string(itemLabel(e, l)) : std::string {};
    }
    case Shown::Recipient: {
        RecipientKind e {};
        return decoded(v, e) ? std::string(label(e, l)) : std::string {};
    }
    case Shown::ConsentHow: {
        ConsentManner e {};
        return decoded(v, e) ? std::string(label(e, l)) : std::string {};
    }
    case Shown::PlacementKindCode: {
        PlacementKind e {};
        return decoded(v, e) ? std::string(label(e, l)) : std::string {};
    }
    case Shown::Contract: {
        ContractType e {};
        return decoded(v, e) ? std::string(label(e, l)) : std::string {};
    }
    case Shown::Measure: {
        SupportMeasureKind e {};
        return decoded(v, e) ? std::string(label(e, l)) : std::string {};
    }
    case Shown::Goal: {
        GoalStatus e {};
        return decoded(v, e) ? std::string(label(e, l)) : std::string {};
    }
    case Shown::Owner:
        return text ? codeWords(ownerWords, *text, l) : std::string {};
    case Shown::Contact:
        return text ? codeWords(contactWords, *text, l) : std::string {};
    case Shown::AudienceCode:
        return text ? codeWords(audienceWords, *text, l) : std::string {};
    case Shown::Support:
        return text ? codeWords(supportWords, *text, l) : std::string {};
    case Shown::Channel: {
        DisclosureChannel e {};
        return decoded(v, e) ? std::string(label(e, l)) : std::string {};
    }
    }
    return {};
}

const ColumnWords* wordsFor(std::string_view table, std::string_view column)
{
    for (const ColumnWords& c : columnWords)
        if (c.table == table && c.column == column)
            return &c;
    return nullptr;
}

std::string tableTitle(std::string_view table, Language l)
{
    for (const TableWords& t : tableWords)
        if (t.table == table)
            return say(l, t.nb, t.en);
    return std::string(table);
}

// A stored value as text, for the two sides of a conflict.
std::string rawText(const Value& v)
{
    if (const auto* s = std::get_if<std::string>(&v))
        return *s;
    if (const auto* i = std::get_if<std::int64_t>(&v))
        return std::to_string(*i);
    if (const auto* f = std::get_if<double>(&v))
        return std::to_string(*f);
    return {};
}

} // namespace

std::vector<std::string> accessColumnsWithoutWords()
{
    std::vector<std::string> out;
    for (const TableInfo& t : catalogue()) {
        const bool aboutParticipants = t.name == "participants"
            || std::any_of(t.scope.begin(), t.scope.end(), [](const ScopeRule& r) { return r.prefix == 'p'; });
        if (!aboutParticipants || t.recordClass == RecordClass::Conflict)
            continue;
        for (const ColumnInfo& c : t.columns)
            if (!wordsFor(t.name, c.name))
                out.push_back(std::string(t.name) + "." + std::string(c.name));
    }
    return out;
}

Result<Document> rightOfAccessDocument(Store& store, const Id& participantId, const Date& asOf, const ReportOptions& o)
{
    const Language l = o.language;
    FN_TRY_ASSIGN(const Participant p, store.get<Participant>(participantId));
    Document d;
    d.kind = "right_of_access";
    d.language = languageCode(l);
    d.title = say(l, "Innsyn: alt som er lagret om deg", "Right of access: everything held about you");
    d.subtitle = p.displayName;
    d.notice = say(l,
        "Dette er alt dette nettbrettet har lagret om deg den dagen dokumentet ble laget, også det som er fjernet men "
        "fortsatt lagret. Kontoret kan ha mer: be kontoret om deres kopi.",
        "This is everything this tablet holds about you on the day this document was made, including what was "
        "removed but is still held. The office may hold more: ask the office for its copy.");
    d.createdOn = asOf;
    d.sections.push_back({ say(l, "Dine rettigheter", "Your rights"),
        { Paragraph { say(l,
              "Du har rett til å se alt som er lagret om deg, og til å få feil rettet. Si fra til jobbspesialisten din "
              "om noe er feil eller mangler.",
              "You have the right to see everything held about you, and to have mistakes corrected. Tell your job "
              "specialist if something is wrong or missing.") },
            Paragraph { say(l,
                "Notater fra besøk kan inneholde opplysninger om helse. De er lagret kryptert og deles ikke uten "
                "samtykke fra deg.",
                "Notes from visits may hold health information. They are stored encrypted and not shared without "
                "your consent.") } } });

    Names names(store);
    const std::string scope = "p:" + participantId;
    for (const TableInfo& t : catalogue()) {
        if (t.recordClass == RecordClass::Conflict)
            continue;
        const bool removable = t.recordClass != RecordClass::Journal;
        std::string sql = "SELECT id";
        for (const ColumnInfo& c : t.columns)
            sql += ", " + std::string(c.name);
        sql += removable ? ", _deleted" : ", 0";
        sql += " FROM " + std::string(t.name) + " WHERE _scope = ? ORDER BY _hlc, id";
        FN_TRY_ASSIGN(Statement * st, StoreInternals::db(store).prepare(sql));
        st->bind(1, scope);
        std::vector<std::vector<Value>> rows;
        for (;;) {
            FN_TRY_ASSIGN(const bool row, st->step());
            if (!row)
                break;
            std::vector<Value> values;
            for (int i = 0; i <= static_cast<int>(t.columns.size()) + 1; ++i)
                values.push_back(st->column(i));
            rows.push_back(std::move(values));
        }
        st->reset();
        if (rows.empty())
            continue;
        Section s { tableTitle(t.name, l), {} };
        for (const auto& values : rows) {
            FieldList fields;
            for (std::size_t i = 0; i < t.columns.size(); ++i) {
                const ColumnWords* words = wordsFor(t.name, t.columns[i].name);
                if (!words) // a column without words yet: shown by its name rather than left out
                    fields.fields.emplace_back(std::string(t.columns[i].name), rawText(values[i + 1]));
                else if (std::string text = shown(*words, values[i + 1], l, names); !text.empty())
                    fields.fields.emplace_back(say(l, words->nb, words->en), std::move(text));
            }
            if (const auto* removed = std::get_if<std::int64_t>(&values.back()); removed && *removed)
                fields.fields.emplace_back(
                    say(l, "Fjernet", "Removed"), say(l, "Ja, men fortsatt lagret", "Yes, but still held"));
            s.blocks.push_back(std::move(fields));
        }
        d.sections.push_back(std::move(s));
    }

    // Conflicts: two changes to one field crossed; both values are held until someone decides.
    FN_TRY_ASSIGN(Statement * conflicts,
        StoreInternals::db(store).prepare(
            "SELECT tbl, col, kept_value, other_value, resolution FROM conflicts WHERE _scope = ?"
            " ORDER BY _hlc, id"));
    conflicts->bind(1, scope);
    Section crossed { tableTitle("conflicts", l), {} };
    for (;;) {
        FN_TRY_ASSIGN(const bool row, conflicts->step());
        if (!row)
            break;
        const std::string table = conflicts->text(0), column = conflicts->text(1);
        const ColumnWords* words = wordsFor(table, column);
        const std::string field
            = tableTitle(table, l) + (column.empty() ? "" : ": ") + (words ? say(l, words->nb, words->en) : column);
        crossed.blocks.push_back(FieldList { {
            { say(l, "Gjelder", "About"), field },
            { say(l, "Verdien som står", "The value kept"), rawText(conflicts->column(2)) },
            { say(l, "Den andre verdien", "The other value"), rawText(conflicts->column(3)) },
            { say(l, "Avgjort", "Decided"), std::string(yesNo(!conflicts->isNull(4), l)) },
        } });
    }
    conflicts->reset();
    if (!crossed.blocks.empty())
        d.sections.push_back(std::move(crossed));

    FN_TRY_ASSIGN(const auto drafts, store.drafts());
    Section unsaved { say(l, "Utkast på dette nettbrettet", "Drafts on this tablet"), {} };
    for (const Draft& draft : drafts) {
        if (draft.participantId != participantId)
            continue;
        FieldList fields;
        const auto form = nlohmann::json::parse(draft.payload, nullptr, false);
        if (form.is_object())
            for (const auto& [key, value] : form.items())
                if (value.is_string() && !value.get<std::string>().empty())
                    fields.fields.emplace_back(key, value.get<std::string>());
        if (fields.fields.empty())
            fields.fields.emplace_back(say(l, "Utkast", "Draft"), say(l, "(tomt)", "(empty)"));
        unsaved.blocks.push_back(std::move(fields));
    }
    if (!unsaved.blocks.empty())
        d.sections.push_back(std::move(unsaved));
    return d;
}

} // namespace fieldnotes::core
