#include "reflection.h"

#include "storeinternals.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <utility>

namespace fieldnotes::core {

namespace {

std::optional<CaseError> checkWriter(const Actor& actor)
{
    return checkCaseWriter(actor, "the entry has an author", "A mentor's device keeps no reflection log.");
}

// Entries nothing has corrected (changed or deleted) since, with text: what is shown.
constexpr std::string_view currentSql = "situation <> '' AND NOT EXISTS (SELECT 1 FROM reflections c WHERE "
                                        "c.corrects_id = reflections.id)";

// Lower case for comparing names: ASCII and the Norwegian letters Æ, Ø, Å (UTF-8).
std::string folded(std::string_view text)
{
    std::string out(text);
    for (std::size_t i = 0; i < out.size(); ++i) {
        const auto c = static_cast<unsigned char>(out[i]);
        if (c < 0x80) {
            out[i] = static_cast<char>(std::tolower(c));
        } else if (c == 0xC3 && i + 1 < out.size()) {
            const auto next = static_cast<unsigned char>(out[i + 1]);
            if (next == 0x86 || next == 0x98 || next == 0x85)
                out[i + 1] = static_cast<char>(next + 0x20);
            ++i;
        }
    }
    return out;
}

bool isWordByte(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return u >= 0x80 || std::isalnum(u) != 0;
}

// True if `text` holds `name` as whole words (both already folded).
bool containsName(const std::string& text, const std::string& name)
{
    if (name.empty())
        return false;
    for (std::size_t at = text.find(name); at != std::string::npos; at = text.find(name, at + 1)) {
        const bool startsWord = at == 0 || !isWordByte(text[at - 1]);
        const std::size_t end = at + name.size();
        const bool endsWord = end == text.size() || !isWordByte(text[end]);
        if (startsWord && endsWord)
            return true;
    }
    return false;
}

Result<std::vector<std::string>> participantNames(Store& store)
{
    FN_TRY_ASSIGN(
        Statement * st, StoreInternals::db(store).prepare("SELECT display_name FROM participants WHERE _deleted = 0"));
    std::vector<std::string> names;
    for (;;) {
        FN_TRY_ASSIGN(const bool row, st->step());
        if (!row)
            break;
        if (std::string name = folded(trimmedText(st->text(0))); !name.empty())
            names.push_back(std::move(name));
    }
    st->reset();
    return names;
}

// The entry as it will be stored, or why it may not be.
CaseResult<Reflection> checked(Store& store, const Actor& actor, const ReflectionEntry& entry)
{
    Reflection r;
    r.authorId = actor.staffId;
    r.situation = trimmedText(entry.situation);
    r.whatIDid = trimmedText(entry.whatIDid);
    r.result = trimmedText(entry.result);
    r.couldDoDifferently = trimmedText(entry.couldDoDifferently);
    r.whatWorked = trimmedText(entry.whatWorked);
    r.theme = trimmedText(entry.theme);
    r.step = entry.step;

    if (r.situation.empty())
        return tl::unexpected(caseRefusal(Refusal::SituationMissing,
            "Write the situation: what happened, in a sentence or two (without the person's name).", "situation"));
    const Date today = store.today();
    r.occurredOn = entry.occurredOn.value_or(today);
    if (r.occurredOn > today)
        return tl::unexpected(caseRefusal(Refusal::ReflectionInFuture,
            "The entry's date is in the future. Write the day it happened (today or earlier).", "occurred_on"));
    if (r.step && (*r.step < 1 || *r.step > 5))
        return tl::unexpected(caseRefusal(
            Refusal::StepOutOfRange, "The process step is one of the five steps, 1 to 5 (or none).", "step"));

    const std::pair<std::string_view, const std::string*> texts[] = {
        { "situation", &r.situation },
        { "what_i_did", &r.whatIDid },
        { "result", &r.result },
        { "could_do_differently", &r.couldDoDifferently },
        { "what_worked", &r.whatWorked },
        { "theme", &r.theme },
    };
    auto label = [](std::string_view column) -> std::string {
        if (column == "what_i_did")
            return "\"what I did\"";
        if (column == "could_do_differently")
            return "\"what could be done differently\"";
        if (column == "what_worked")
            return "\"what worked\"";
        return std::string(column);
    };
    for (const auto& [column, text] : texts)
        if (containsNationalIdNumber(*text))
            return tl::unexpected(caseRefusal(Refusal::NationalIdNumber,
                "The " + label(column)
                    + " holds an 11-digit number, written like a national ID number. fieldnotes never keeps national "
                      "ID numbers: remove it.",
                std::string(column)));
    auto names = participantNames(store);
    if (!names)
        return tl::unexpected(CaseError { Refusal::StoreFailed, {}, std::move(names).error() });
    for (const auto& [column, text] : texts) {
        const std::string text_ = folded(*text);
        for (const std::string& name : *names)
            if (containsName(text_, name))
                return tl::unexpected(caseRefusal(Refusal::NamesParticipant,
                    "The " + label(column)
                        + " holds the name of a participant. The reflection log is never tied to a person: write "
                          "about the situation, not the person's name.",
                    std::string(column)));
    }
    return r;
}

// One's own current entry `id`, or why it cannot be changed.
CaseResult<Reflection> ownCurrent(Store& store, const Actor& actor, const Id& id)
{
    auto found = StoreInternals::select<Reflection>(store, "id = ? AND " + std::string(currentSql), { Value(id) });
    if (!found)
        return tl::unexpected(CaseError { Refusal::StoreFailed, {}, std::move(found).error() });
    if (found->empty())
        return tl::unexpected(caseRefusal(Refusal::ReflectionNotFound,
            "There is no such entry in the reflection log on this device, or it was changed or deleted since. "
            "Open the log again (fieldnotes-cli reflection list)."));
    if (found->front().authorId != actor.staffId)
        return tl::unexpected(caseRefusal(
            Refusal::NotAllowed, "Only the person who wrote an entry in the reflection log can change it."));
    return std::move(found->front());
}

CaseResult<Id> appended(Store& store, Reflection r)
{
    Id id;
    auto written = store.transaction([&]() -> Status {
        FN_TRY_ASSIGN(id, store.append(std::move(r)));
        return {};
    });
    if (!written)
        return tl::unexpected(CaseError { Refusal::StoreFailed, {}, std::move(written).error() });
    return id;
}

} // namespace

CaseResult<Id> writeReflection(Store& store, const Actor& actor, const ReflectionEntry& entry)
{
    if (auto refused = checkWriter(actor))
        return tl::unexpected(std::move(*refused));
    auto r = checked(store, actor, entry);
    if (!r)
        return tl::unexpected(std::move(r).error());
    return appended(store, std::move(*r));
}

CaseResult<Id> changeReflection(Store& store, const Actor& actor, const Id& id, const ReflectionEntry& entry)
{
    if (auto refused = checkWriter(actor))
        return tl::unexpected(std::move(*refused));
    auto old = ownCurrent(store, actor, id);
    if (!old)
        return tl::unexpected(std::move(old).error());
    auto r = checked(store, actor, entry);
    if (!r)
        return tl::unexpected(std::move(r).error());
    r->correctsId = id;
    return appended(store, std::move(*r));
}

CaseResult<void> deleteReflection(Store& store, const Actor& actor, const Id& id)
{
    if (auto refused = checkWriter(actor))
        return tl::unexpected(std::move(*refused));
    auto old = ownCurrent(store, actor, id);
    if (!old)
        return tl::unexpected(std::move(old).error());
    Reflection withdrawal;
    withdrawal.authorId = actor.staffId;
    withdrawal.occurredOn = old->occurredOn;
    withdrawal.correctsId = id;
    auto written = appended(store, std::move(withdrawal));
    if (!written)
        return tl::unexpected(std::move(written).error());
    return {};
}

Result<std::vector<Reflection>> ownReflections(Store& store, const Actor& actor)
{
    return StoreInternals::select<Reflection>(
        store, "author_id = ? AND " + std::string(currentSql), { Value(actor.staffId) }, "occurred_on DESC, _hlc DESC");
}

CaseResult<void> checkNamesNoParticipant(
    Store& store, std::string_view column, std::string_view label, const std::string& text)
{
    auto names = participantNames(store);
    if (!names)
        return tl::unexpected(CaseError { Refusal::StoreFailed, {}, std::move(names).error() });
    const std::string folded_ = folded(text);
    for (const std::string& name : *names)
        if (containsName(folded_, name))
            return tl::unexpected(caseRefusal(Refusal::NamesParticipant,
                "The " + std::string(label)
                    + " holds the name of a participant. The reflection log is never tied to a person: write "
                      "about the situation, not the person's name.",
                std::string(column)));
    return {};
}

CaseResult<std::vector<ReflectionGroup>> teamReflections(Store& store, const Actor& actor)
{
    if (actor.role != StaffRole::Lead)
        return tl::unexpected(caseRefusal(
            Refusal::NotAllowed, "Only a team lead reads the team's reflection log; yours is under your own."));
    auto all = StoreInternals::select<Reflection>(store, std::string(currentSql), {}, "occurred_on DESC, _hlc DESC");
    if (!all)
        return tl::unexpected(CaseError { Refusal::StoreFailed, {}, std::move(all).error() });
    // Key: step (none after 5), theme folded (no theme last), then the theme as first written.
    using Key = std::tuple<int, bool, std::string>;
    std::map<Key, ReflectionGroup> groups;
    for (Reflection& r : *all) {
        std::string theme;
        for (char c : folded(r.theme))
            if (!std::isspace(static_cast<unsigned char>(c)))
                theme += c;
        const Key key { r.step.value_or(6), theme.empty(), theme };
        ReflectionGroup& g = groups[key];
        if (g.entries.empty()) {
            g.step = r.step;
            g.theme = r.theme;
        }
        g.entries.push_back(TeamReflection { std::move(r.id), r.occurredOn, std::move(r.situation),
            std::move(r.whatIDid), std::move(r.result), std::move(r.couldDoDifferently), std::move(r.whatWorked) });
    }
    std::vector<ReflectionGroup> out;
    out.reserve(groups.size());
    for (auto& [key, g] : groups)
        out.push_back(std::move(g));
    return out;
}

} // namespace fieldnotes::core
