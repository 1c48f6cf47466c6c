// The fidelity form's wording, in the app's own words after ../shared/fidelity-form.md (the
// published Norwegian wording is not shipped). English is the source; Norwegian is in i18n/nb.py.
// The scoring rules are core's (core/fidelity.h); only the words are here.
#include "fidelitytext.h"

#include <QCoreApplication>

namespace fieldnotes::app {

namespace {

struct ItemText {
    const char* title;
    const char* question;
    std::vector<const char*> options; // lowest first; tick-all items: the practices a), b), ...
};

const std::vector<ItemText>& texts()
{
    static const std::vector<ItemText> all {
        { QT_TRANSLATE_NOOP("FidelityForm", "Caseload size"),
            QT_TRANSLATE_NOOP("FidelityForm", "How many participants do you follow at the moment?"),
            {
                QT_TRANSLATE_NOOP("FidelityForm", "41 or more"),
                QT_TRANSLATE_NOOP("FidelityForm", "31 to 40"),
                QT_TRANSLATE_NOOP("FidelityForm", "26 to 30"),
                QT_TRANSLATE_NOOP("FidelityForm", "21 to 25"),
                QT_TRANSLATE_NOOP("FidelityForm", "20 or fewer"),
            } },
        { QT_TRANSLATE_NOOP("FidelityForm", "Time on participant work"),
            QT_TRANSLATE_NOOP("FidelityForm",
                "What share of your position goes to work for participants (employer contact, their network, records "
                "and coordination included)?"),
            {
                QT_TRANSLATE_NOOP("FidelityForm", "Under 60 %"),
                QT_TRANSLATE_NOOP("FidelityForm", "60 to 74 %"),
                QT_TRANSLATE_NOOP("FidelityForm", "75 to 89 %"),
                QT_TRANSLATE_NOOP("FidelityForm", "90 to 95 %"),
                QT_TRANSLATE_NOOP("FidelityForm", "96 % or more"),
            } },
        { QT_TRANSLATE_NOOP("FidelityForm", "Tasks you do yourself"),
            QT_TRANSLATE_NOOP("FidelityForm", "Which parts of the service do you do yourself? Tick all that apply."),
            {
                QT_TRANSLATE_NOOP(
                    "FidelityForm", "a) Refer participants on to other suitable programmes (recorded, not scored)"),
                QT_TRANSLATE_NOOP("FidelityForm", "b) Take part in deciding who gets the programme"),
                QT_TRANSLATE_NOOP("FidelityForm", "c) Assess whether a participant suits the programme"),
                QT_TRANSLATE_NOOP("FidelityForm", "d) Find suitable workplaces"),
                QT_TRANSLATE_NOOP("FidelityForm", "e) Give one-to-one guidance at the workplace"),
                QT_TRANSLATE_NOOP("FidelityForm", "f) Give continuous support to the participant in the job"),
            } },
        { QT_TRANSLATE_NOOP("FidelityForm", "Contact with the NAV counsellor"),
            QT_TRANSLATE_NOOP("FidelityForm",
                "How often do you and the NAV counsellor talk about shared participants and measures (phone, e-mail or "
                "in person)?"),
            {
                QT_TRANSLATE_NOOP("FidelityForm", "Less often than every three months"),
                QT_TRANSLATE_NOOP("FidelityForm", "At least every three months"),
                QT_TRANSLATE_NOOP("FidelityForm", "Monthly"),
                QT_TRANSLATE_NOOP(
                    "FidelityForm", "Planned meetings at least every quarter, or informal contact every week"),
                QT_TRANSLATE_NOOP("FidelityForm", "Planned meetings at least monthly and informal contact every week"),
            } },
        { QT_TRANSLATE_NOOP("FidelityForm", "How the team is organised"),
            QT_TRANSLATE_NOOP("FidelityForm", "Which statement describes best how you job specialists are organised?"),
            {
                QT_TRANSLATE_NOOP("FidelityForm", "Not a team of our own"),
                QT_TRANSLATE_NOOP("FidelityForm", "A team lead, but no group meetings and no covering for each other"),
                QT_TRANSLATE_NOOP("FidelityForm",
                    "A team lead, a weekly case talk among us, and we cover for each other when needed"),
                QT_TRANSLATE_NOOP("FidelityForm",
                    "At least two of us and a lead as a unit of our own, with case supervision 2 to 3 times a month "
                    "and covering for each other"),
                QT_TRANSLATE_NOOP("FidelityForm", "As the one before, with case supervision every week or more often"),
            } },
        { QT_TRANSLATE_NOOP("FidelityForm", "Who is offered a job specialist"),
            QT_TRANSLATE_NOOP("FidelityForm", "Who is offered a job specialist, and does losing a job close the door?"),
            {
                QT_TRANSLATE_NOOP("FidelityForm", "Formal criteria leave out people judged not ready for work"),
                QT_TRANSLATE_NOOP(
                    "FidelityForm", "Most are not offered a job specialist, because counsellors judge them not ready"),
                QT_TRANSLATE_NOOP("FidelityForm", "Some are not offered a job specialist, for that reason"),
                QT_TRANSLATE_NOOP("FidelityForm",
                    "No criteria leave anyone out, but people are sent elsewhere when we are full; help towards a new "
                    "job after a job loss"),
                QT_TRANSLATE_NOOP("FidelityForm",
                    "Everyone who wants one is offered a job specialist, and gets help towards a new job after every "
                    "job loss"),
            } },
        { QT_TRANSLATE_NOOP("FidelityForm", "Promoting ordinary work"),
            QT_TRANSLATE_NOOP("FidelityForm", "Which of these hold at your office? Tick all that apply."),
            {
                QT_TRANSLATE_NOOP("FidelityForm",
                    "a) The three-way talk (counsellor, job specialist and participant) covers the participant's wish "
                    "to work"),
                QT_TRANSLATE_NOOP(
                    "FidelityForm", "b) The wish to work is revisited and the plan revised at least once a year"),
                QT_TRANSLATE_NOOP(
                    "FidelityForm", "c) Information about jobs and supported work is on show in the waiting area"),
                QT_TRANSLATE_NOOP("FidelityForm", "d) Participants meet to share experiences at least twice a year"),
                QT_TRANSLATE_NOOP("FidelityForm",
                    "e) Job specialists measure their placement results at least every quarter and share them with "
                    "leaders and the office"),
            } },
        { QT_TRANSLATE_NOOP("FidelityForm", "Support from leaders"),
            QT_TRANSLATE_NOOP("FidelityForm", "Which of these hold at your office? Tick all that apply."),
            {
                QT_TRANSLATE_NOOP("FidelityForm",
                    "a) Leaders and middle managers show they know the principles of supported employment"),
                QT_TRANSLATE_NOOP("FidelityForm",
                    "b) Leaders check the service against those principles and use what they find to improve it"),
                QT_TRANSLATE_NOOP("FidelityForm",
                    "c) At least one job specialist and one manager meet at least every six months to review fidelity "
                    "and propose changes"),
                QT_TRANSLATE_NOOP("FidelityForm",
                    "d) The head of the office tells all staff at least once a year what the job specialist does and "
                    "aims for"),
                QT_TRANSLATE_NOOP("FidelityForm",
                    "e) The team lead reports to the management at least twice a year on what helps or hinders the "
                    "work"),
            } },
        { QT_TRANSLATE_NOOP("FidelityForm", "Getting to know the participant"),
            QT_TRANSLATE_NOOP(
                "FidelityForm", "What describes best how participants are assessed and placements prepared?"),
            {
                QT_TRANSLATE_NOOP(
                    "FidelityForm", "Assessment before any placement, with NAV's own criteria and standard tests"),
                QT_TRANSLATE_NOOP("FidelityForm",
                    "A route in steps through work trials or a sheltered firm before the ordinary labour market"),
                QT_TRANSLATE_NOOP("FidelityForm",
                    "Help into ordinary jobs without a planned look at interests, strengths or earlier job losses"),
                QT_TRANSLATE_NOOP("FidelityForm",
                    "2 to 3 meetings explore jobs, employers and support needs from the participant's interests and "
                    "strengths; nothing written in a profile"),
                QT_TRANSLATE_NOOP("FidelityForm",
                    "Several meetings; a written profile (wishes, experience, skills, adaptations, strengths, "
                    "contacts) guides the search and is updated after each job"),
            } },
        { QT_TRANSLATE_NOOP("FidelityForm", "Job search from the participant's wishes"),
            QT_TRANSLATE_NOOP("FidelityForm",
                "Contact with an employer can start from a vacancy or from the participant. How often does it start "
                "from the participant's wishes and strengths?"),
            {
                QT_TRANSLATE_NOOP("FidelityForm", "Under 25 %"),
                QT_TRANSLATE_NOOP("FidelityForm", "25 to 49 %"),
                QT_TRANSLATE_NOOP("FidelityForm", "50 to 74 %"),
                QT_TRANSLATE_NOOP("FidelityForm", "75 to 89 %"),
                QT_TRANSLATE_NOOP("FidelityForm", "90 to 100 %"),
            } },
        { QT_TRANSLATE_NOOP("FidelityForm", "Employer meetings, written down"),
            QT_TRANSLATE_NOOP(
                "FidelityForm", "How many employer meetings do you usually have a week, and are they written down?"),
            {
                QT_TRANSLATE_NOOP("FidelityForm", "Fewer than two"),
                QT_TRANSLATE_NOOP("FidelityForm", "2 to 3, or the contacts are not written down in the profile"),
                QT_TRANSLATE_NOOP("FidelityForm",
                    "At least 4, written down in a profile you go through with the team lead every month"),
                QT_TRANSLATE_NOOP("FidelityForm", "At least 5, with the profile gone through every week"),
                QT_TRANSLATE_NOOP("FidelityForm", "6 or more, with the profile gone through every week"),
            } },
        { QT_TRANSLATE_NOOP("FidelityForm", "Kind of employer contact"),
            QT_TRANSLATE_NOOP("FidelityForm", "What describes best how you are in touch with employers?"),
            {
                QT_TRANSLATE_NOOP("FidelityForm",
                    "I meet employers with the participant when an application is handed in, rarely otherwise"),
                QT_TRANSLATE_NOOP("FidelityForm", "I contact employers to gather vacancies and pass them on"),
                QT_TRANSLATE_NOOP("FidelityForm",
                    "I follow up advertised vacancies, present myself and the programme, and ask for interviews"),
                QT_TRANSLATE_NOOP("FidelityForm",
                    "I book meetings whether or not there are vacancies, present the participant's strengths and ask "
                    "for interviews"),
                QT_TRANSLATE_NOOP("FidelityForm",
                    "I build relationships through repeated, planned visits: I learn the employer's needs, explain the "
                    "programme and present participants' strengths"),
            } },
        { QT_TRANSLATE_NOOP("FidelityForm", "Different kinds of jobs"),
            QT_TRANSLATE_NOOP("FidelityForm",
                "For what share of participants do you help towards several different kinds of job, not just one?"),
            {
                QT_TRANSLATE_NOOP("FidelityForm", "Under 50 %"),
                QT_TRANSLATE_NOOP("FidelityForm", "50 to 59 %"),
                QT_TRANSLATE_NOOP("FidelityForm", "60 to 69 %"),
                QT_TRANSLATE_NOOP("FidelityForm", "70 to 84 %"),
                QT_TRANSLATE_NOOP("FidelityForm", "85 to 100 %"),
            } },
        { QT_TRANSLATE_NOOP("FidelityForm", "A new offer after a job ends"),
            QT_TRANSLATE_NOOP("FidelityForm",
                "What share of participants are given a new job offer after a first try that ended or did not fit?"),
            {
                QT_TRANSLATE_NOOP("FidelityForm", "Under 65 %"),
                QT_TRANSLATE_NOOP("FidelityForm", "65 to 74 %"),
                QT_TRANSLATE_NOOP("FidelityForm", "75 to 84 %"),
                QT_TRANSLATE_NOOP("FidelityForm", "85 to 94 %"),
                QT_TRANSLATE_NOOP("FidelityForm", "95 to 100 %"),
            } },
        { QT_TRANSLATE_NOOP("FidelityForm", "Offers in the ordinary labour market"),
            QT_TRANSLATE_NOOP("FidelityForm",
                "What share of the job offers you propose are in the ordinary labour market (not work trials or "
                "sheltered firms)?"),
            {
                QT_TRANSLATE_NOOP("FidelityForm", "Under 65 %"),
                QT_TRANSLATE_NOOP("FidelityForm", "65 to 74 %"),
                QT_TRANSLATE_NOOP("FidelityForm", "75 to 84 %"),
                QT_TRANSLATE_NOOP("FidelityForm", "85 to 94 %"),
                QT_TRANSLATE_NOOP("FidelityForm", "95 to 100 %"),
            } },
        { QT_TRANSLATE_NOOP("FidelityForm", "Support once in work"),
            QT_TRANSLATE_NOOP(
                "FidelityForm", "What describes best the support participants get once they are in work?"),
            {
                QT_TRANSLATE_NOOP("FidelityForm", "Most get no support once they are in work"),
                QT_TRANSLATE_NOOP(
                    "FidelityForm", "About half get some support (phone, e-mail or a meeting), mostly from me"),
                QT_TRANSLATE_NOOP("FidelityForm", "Most get such support, mostly from me"),
                QT_TRANSLATE_NOOP("FidelityForm",
                    "Support fits the job, the participant's wishes and needs; the employer is supported if the "
                    "participant wants it"),
                QT_TRANSLATE_NOOP("FidelityForm",
                    "Regular, varied support and guidance on site as needed, support to the employer if wanted, and "
                    "help towards a better job or education"),
            } },
        { QT_TRANSLATE_NOOP("FidelityForm", "Meetings after the job starts"),
            QT_TRANSLATE_NOOP("FidelityForm", "How do you meet participants after they start a job?"),
            {
                QT_TRANSLATE_NOOP("FidelityForm", "No meetings in person after the first month"),
                QT_TRANSLATE_NOOP("FidelityForm", "I meet fewer than half of them after four months"),
                QT_TRANSLATE_NOOP("FidelityForm", "I meet at least half of them after four months"),
                QT_TRANSLATE_NOOP(
                    "FidelityForm", "Every week in the first month, then at least monthly through the first year"),
                QT_TRANSLATE_NOOP("FidelityForm",
                    "In the week before the start, within 3 days after it, every week in month 1, then at least "
                    "monthly through year 1"),
            } },
        { QT_TRANSLATE_NOOP("FidelityForm", "Time at employers"),
            QT_TRANSLATE_NOOP("FidelityForm",
                "What share of your working week do you spend at employers, finding openings and following up "
                "participants in work?"),
            {
                QT_TRANSLATE_NOOP("FidelityForm", "Under 30 %"),
                QT_TRANSLATE_NOOP("FidelityForm", "30 to 39 %"),
                QT_TRANSLATE_NOOP("FidelityForm", "40 to 49 %"),
                QT_TRANSLATE_NOOP("FidelityForm", "50 to 64 %"),
                QT_TRANSLATE_NOOP("FidelityForm", "65 % or more"),
            } },
        { QT_TRANSLATE_NOOP("FidelityForm", "Reaching out"),
            QT_TRANSLATE_NOOP("FidelityForm",
                "Which of these fit your work? Tick all that apply. (The printed form repeats its fourth practice; we "
                "split it into d and e.)"),
            {
                QT_TRANSLATE_NOOP(
                    "FidelityForm", "a) Follow-up is not ended because of missed appointments or lack of time"),
                QT_TRANSLATE_NOOP("FidelityForm", "b) Attempts to reach out are written down"),
                QT_TRANSLATE_NOOP("FidelityForm",
                    "c) Reaching out is done together by the job specialist, the NAV counsellor and a contact at the "
                    "workplace"),
                QT_TRANSLATE_NOOP(
                    "FidelityForm", "d) The participant gets active follow-up through visits at home and at work"),
                QT_TRANSLATE_NOOP("FidelityForm",
                    "e) That follow-up is coordinated with the people around the participant (our split of the printed "
                    "fourth point)"),
            } },
    };
    return all;
}

const ItemText* at(int item)
{
    if (item < 1 || item > static_cast<int>(texts().size()))
        return nullptr;
    return &texts()[static_cast<std::size_t>(item - 1)];
}

} // namespace

QString FidelityText::title(int item)
{
    const ItemText* t = at(item);
    return t ? QCoreApplication::translate("FidelityForm", t->title) : QString();
}

QString FidelityText::question(int item)
{
    const ItemText* t = at(item);
    return t ? QCoreApplication::translate("FidelityForm", t->question) : QString();
}

QStringList FidelityText::options(int item)
{
    QStringList out;
    if (const ItemText* t = at(item))
        for (const char* o : t->options)
            out << QCoreApplication::translate("FidelityForm", o);
    return out;
}

} // namespace fieldnotes::app
