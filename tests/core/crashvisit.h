// The visits the crash writer saves: every field a function of the visit's number, so that after a
// crash the test can tell a complete visit from a partial or altered one. Invented content only.
#pragma once

#include "records.h"

#include <charconv>
#include <cstdio>
#include <optional>
#include <string>

namespace fieldnotes::test {

inline std::string crashVisitMarker(int n)
{
    return "merke" + std::to_string(n) + "x";
}

inline core::Visit crashVisit(int n, const core::Id& participant, const core::Id& employer)
{
    using namespace fieldnotes::core;
    Visit v;
    v.participantId = participant;
    if (n % 3 == 0)
        v.employerId = employer;
    v.authorId = "staff-crash-writer";
    v.contactType = allOf<ContactType>()[static_cast<std::size_t>(n) % allOf<ContactType>().size()];
    v.occurredOn = addDays(*parseDate("2024-01-01"), n % 700);
    char time[8];
    std::snprintf(time, sizeof time, "%02d:%02d", 8 + n % 9, (n * 7) % 60);
    v.startTime = time;
    v.durationMin = 15 + n % 120;
    v.place = "Arbeidsplass " + std::to_string(n % 17);
    v.attendees = { Attendee::Participant };
    if (n % 2)
        v.attendees.insert(Attendee::Employer);
    if (n % 5 == 0)
        v.attendees.insert(Attendee::Mentor);
    v.purpose = "Oppfølging nummer " + std::to_string(n);
    v.steps = { 1 + n % 5 };
    v.obsPerson = "Trivdes i dag (" + std::to_string(n) + ").";
    v.obsTask = "Gjorde oppgavene i riktig rekkefølge.";
    v.obsEnvironment = "Rolig på lageret.";
    if (n % 4)
        v.nextVisitOn = addDays(v.occurredOn, 7);
    char number[16];
    std::snprintf(number, sizeof number, "%06d", n);
    v.note = std::string("Besøk ") + number + " " + crashVisitMarker(n) + ". "
        + std::string(static_cast<std::size_t>(n % 7) * 120, 'n');
    v.audience = n % 6 == 0 ? Audience::Author : Audience::Team;
    v.fieldTime = n % 2 == 0;
    return v;
}

// The number a saved visit's note begins with, if it is one of the crash writer's.
inline std::optional<int> crashVisitNumber(const std::string& note)
{
    const std::string prefix = "Besøk ";
    if (note.compare(0, prefix.size(), prefix) != 0 || note.size() < prefix.size() + 6)
        return std::nullopt;
    int n = 0;
    const char* begin = note.data() + prefix.size();
    if (std::from_chars(begin, begin + 6, n).ec != std::errc())
        return std::nullopt;
    return n;
}

} // namespace fieldnotes::test
