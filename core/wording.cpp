#include "wording.h"

#include <algorithm>
#include <array>

namespace fieldnotes::core {

namespace {

struct Words {
    std::string_view key;
    std::string_view nb;
    std::string_view en;
};

// Keys are "<kind>.<code>" for codes and "<table>.<column>" for columns.
constexpr Words words[] = {
    // Participant status
    { "status.referred", "Henvist", "Referred" },
    { "status.engagement", "Samarbeidsavtale", "Engagement" },
    { "status.profiling", "Kartlegging", "Vocational profiling" },
    { "status.job_search", "Jobbsøking", "Job search" },
    { "status.job_tasting", "Jobbsmak", "Job tasting" },
    { "status.in_work", "I arbeid med oppfølging", "In work with follow-up" },
    { "status.paused", "Pause", "Paused" },
    { "status.discharged", "Avsluttet", "Discharged" },
    // Programme
    { "programme.utvidet_oppfolging", "Utvidet oppfølging", "Utvidet oppfølging" },
    { "programme.ips", "IPS", "IPS" },
    { "programme.jobbsjansen", "Jobbsjansen", "Jobbsjansen" },
    { "programme.introduction_programme", "Introduksjonsprogrammet", "Introduction programme" },
    { "programme.other", "Annet", "Other" },
    // Discharge reason
    { "discharge.work", "Arbeid", "Work" },
    { "discharge.education", "Utdanning", "Education" },
    { "discharge.health_treatment", "Helsebehandling", "Health treatment" },
    { "discharge.back_to_nav_counsellor", "Tilbake til NAV-veileder", "Back to the NAV counsellor" },
    { "discharge.no_contact", "Ingen kontakt", "No contact" },
    { "discharge.other", "Annet", "Other" },
    // Placement kind and contract
    { "placement.job_tasting", "Jobbsmak", "Job tasting" },
    { "placement.work_trial", "Arbeidstrening", "Work trial" },
    { "placement.paid_job", "Lønnet arbeid", "Paid job" },
    { "contract.permanent", "Fast ansettelse", "Permanent" },
    { "contract.temporary", "Midlertidig ansettelse", "Temporary" },
    { "contract.on_call", "Tilkallingsvikar", "On call" },
    // Recipients and channels
    { "recipient.employer", "Arbeidsgiver", "Employer" },
    { "recipient.mentor", "Fadder/mentor", "Mentor" },
    { "recipient.nav_counsellor", "NAV-veileder", "NAV counsellor" },
    { "consent_how.written", "Skriftlig", "In writing" },
    { "consent_how.oral", "Muntlig", "Orally" },
    { "consent_how.tablet", "På nettbrettet", "On the tablet" },
    { "channel.export", "Dokument", "Document" },
    { "channel.printout", "Utskrift", "Printout" },
    { "channel.conversation", "Samtale", "Conversation" },
    // Goals and support measures
    { "goal.open", "Pågår", "Open" },
    { "goal.achieved", "Nådd", "Achieved" },
    { "goal.dropped", "Lagt bort", "Dropped" },
    { "measure.wage_subsidy", "Lønnstilskudd", "Wage subsidy" },
    { "measure.mentor_subsidy", "Mentortilskudd", "Mentor subsidy" },
    { "measure.inclusion_subsidy", "Inkluderingstilskudd", "Inclusion subsidy" },
    // Columns a recipient may be shown
    { "participants.phone", "Telefon", "Phone" },
    { "participants.email", "E-post", "E-mail" },
    { "participants.other_contact", "Annen kontakt", "Other contact" },
    { "participants.preferred_language", "Foretrukket språk", "Preferred language" },
    { "participants.interpreter_needed", "Trenger tolk", "Needs an interpreter" },
    { "participants.refused_tasks", "Oppgaver som ikke passer", "Tasks that do not suit" },
    { "profiles.support_needs", "Hva som hjelper i arbeidet", "What helps at work" },
    { "profiles.must_have", "Må være på plass", "Must be in place" },
    { "profiles.must_avoid", "Bør unngås", "Should be avoided" },
    { "profiles.experience", "Arbeidserfaring", "Work experience" },
    { "profiles.skills", "Ferdigheter", "Skills" },
    { "profiles.can_today", "Kan i dag", "Can do today" },
    { "profiles.needs_to_learn", "Skal lære", "Is learning" },
    { "placements.accommodations", "Tilrettelegging", "Accommodations" },
    { "placements.carved_tasks", "Arbeidsoppgaver", "Tasks" },
    { "learning_goals.text", "Læringsmål", "Learning goal" },
    { "learning_goals.status", "Status for læringsmål", "Learning goal status" },
    { "plans.summary", "Mål for oppfølgingen", "Aim of the follow-up" },
    { "plans.schedule", "Møteplan", "Meeting schedule" },
    { "plans.tapering", "Nedtrapping", "Tapering" },
    { "follow_up_meetings.slot", "Oppfølgingsmøte", "Follow-up meeting" },
    { "follow_up_meetings.proposed_on", "Planlagt dato", "Planned date" },
    { "tapering_steps.from_on", "Fra dato", "From" },
    { "tapering_steps.specialist_interval_days", "Jobbspesialisten kommer hver (dager)",
        "The specialist comes every (days)" },
    { "tapering_steps.specialist_role", "Jobbspesialistens rolle", "The specialist's role" },
    { "tapering_steps.mentor_role", "Fadderens rolle", "The mentor's role" },
    { "tapering_steps.colleagues_role", "Kollegenes rolle", "The colleagues' role" },
};

struct ItemWords {
    DisclosureItem item;
    std::string_view nb;
    std::string_view nbPlain;
    std::string_view en;
};

constexpr ItemWords itemWords[] = {
    { DisclosureItem::ContactDetails, "Kontaktinformasjon (telefon og e-post)", "Telefonnummeret og e-posten din",
        "Contact details (phone and e-mail)" },
    { DisclosureItem::Language, "Språk og behov for tolk", "Hvilket språk du snakker, og om du trenger tolk",
        "Language and interpreter needs" },
    { DisclosureItem::SupportNeeds, "Tilretteleggingsbehov: hva som hjelper i arbeidet, og hva som bør unngås",
        "Hva som hjelper deg på jobben, og hva du vil unngå", "Support needs: what helps at work, and what to avoid" },
    { DisclosureItem::LearningGoals, "Læringsmål og arbeidsoppgaver", "Hva du skal lære på jobben",
        "Learning goals and tasks" },
    { DisclosureItem::WorkHistory, "Arbeidserfaring og ferdigheter", "Jobbene du har hatt, og hva du kan",
        "Work experience and skills" },
    { DisclosureItem::FollowUpPlan, "Oppfølgingsplan: møter og nedtrapping",
        "Når vi møtes, og hvordan hjelpen fra meg blir mindre over tid", "Follow-up plan: meetings and tapering" },
    { DisclosureItem::HealthInformation, "Helseopplysninger", "Opplysninger om helsen din", "Health information" },
};

std::string_view lookup(std::string_view prefix, std::string_view code, Language language)
{
    for (const Words& w : words) {
        const std::string_view k = w.key;
        if (k.size() == prefix.size() + 1 + code.size() && k.substr(0, prefix.size()) == prefix
            && k[prefix.size()] == '.' && k.substr(prefix.size() + 1) == code)
            return language == Language::Norwegian ? w.nb : w.en;
    }
    return code; // a code without words shows as itself rather than as nothing
}

} // namespace

std::string_view languageCode(Language language)
{
    return language == Language::Norwegian ? "nb" : "en";
}

std::string_view itemLabel(DisclosureItem item, Language language, bool plain)
{
    for (const ItemWords& w : itemWords)
        if (w.item == item)
            return language == Language::English ? w.en : (plain ? w.nbPlain : w.nb);
    return codeOf(item);
}

std::string_view columnLabel(std::string_view table, std::string_view column, Language language)
{
    const std::string_view found = lookup(table, column, language);
    return found == column ? std::string_view {} : found;
}

std::string_view label(ParticipantStatus v, Language l)
{
    return lookup("status", codeOf(v), l);
}
std::string_view label(Programme v, Language l)
{
    return lookup("programme", codeOf(v), l);
}
std::string_view label(DischargeReason v, Language l)
{
    return lookup("discharge", codeOf(v), l);
}
std::string_view label(PlacementKind v, Language l)
{
    return lookup("placement", codeOf(v), l);
}
std::string_view label(ContractType v, Language l)
{
    return lookup("contract", codeOf(v), l);
}
std::string_view label(RecipientKind v, Language l)
{
    return lookup("recipient", codeOf(v), l);
}
std::string_view label(ConsentManner v, Language l)
{
    return lookup("consent_how", codeOf(v), l);
}
std::string_view label(DisclosureChannel v, Language l)
{
    return lookup("channel", codeOf(v), l);
}
std::string_view label(GoalStatus v, Language l)
{
    return lookup("goal", codeOf(v), l);
}
std::string_view label(SupportMeasureKind v, Language l)
{
    return lookup("measure", codeOf(v), l);
}

std::string slotLabel(int slotIndex, Language l)
{
    const bool nb = l == Language::Norwegian;
    if (slotIndex == 0)
        return nb ? "Før oppstart" : "Before the start";
    if (slotIndex == 1)
        return nb ? "De første dagene" : "The first days";
    if (slotIndex >= 2 && slotIndex <= 4)
        return (nb ? "Uke " : "Week ") + std::to_string(slotIndex);
    if (slotIndex >= 5 && slotIndex <= 15)
        return (nb ? "Måned " : "Month ") + std::to_string(slotIndex - 3);
    return std::to_string(slotIndex);
}

std::string_view yesNo(bool value, Language l)
{
    if (l == Language::Norwegian)
        return value ? "Ja" : "Nei";
    return value ? "Yes" : "No";
}

} // namespace fieldnotes::core
