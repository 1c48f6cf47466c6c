<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>ActionEditor</name>
        <message>
            <source>What was agreed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Agreed action %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove agreed action %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who does agreed action %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>By %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Due date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Due date for agreed action %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AppPage</name>
        <message>
            <source>Back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Working</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AttentionItemActions</name>
        <message>
            <source>Done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark done: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move the meeting: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel the meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why? (required)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why? (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why it is cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep it</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CaseReviewPage</name>
        <message>
            <source>Case review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Case review queue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing is up for the case review yet. A specialist puts a participant up from their page, or brings an entry of their reflection log.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Advice for %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The advice the review gave</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record the advice</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CaseloadPage</name>
        <message>
            <source>My caseload</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search names and notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clear</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clear the search</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This tablet is not paired with the office yet, so nothing is backed up.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pair now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pair this tablet with the office</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search results</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing found for “%1”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Participants</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Needs attention (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only those needing attention</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nobody needs attention right now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Needs attention</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing needs attention.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>+ New visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>+ New participant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Take on a new participant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No participants on this tablet yet. Take someone on with “New participant”, or sync with the office to bring your caseload.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ConflictCard</name>
        <message>
            <source>Sensitive: tap to show both values</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show both values of %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In the record now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep this</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep %1 for %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set aside</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use this instead</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use %1 for %2 instead</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ConsentNotice</name>
        <message>
            <source>Consent: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Before you note anything for this employer</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ConsentPage</name>
        <message>
            <source>Record consent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Something may be told</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Takes part voluntarily</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consent to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What may be told</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>To whom</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the mentor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the employer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mentor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Employer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The NAV counsellor's name (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>NAV counsellor's name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What it is for, e.g. adapting the tasks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Purpose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Given on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Yesterday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How it was given</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What the person was shown, in plain language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Plain-language summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read the summary together. The participant can revoke the consent at any time; it then takes effect at once.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ConsentsTab</name>
        <message>
            <source>Consents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing about the participant goes to an employer or a mentor without an active consent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 with %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Purpose: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No consents recorded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record consent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record consent for %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Revoke consent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Revoking takes effect at once, on every tablet at its next sync, and cannot be undone. If the participant agrees again later, record a new consent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Withdrawn on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Yesterday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Revoke</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Revoke consent: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CourseDialog</name>
        <message>
            <source>Steps worked on with %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change the status of %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pause the follow-up of %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Resume the follow-up of %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Extend the measure for %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Which steps are you working on now? Several at once is fine; the order is yours.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Steps worked on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Returns to the status before the pause</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Which status do they return to?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why is the follow-up paused?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In a few words, e.g. in hospital, travelling home for a month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why the follow-up is paused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paused from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Resumed on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Yesterday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The measure now ends %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The measure has no end date yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New end of the measure</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Justification</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why the measure goes on, as agreed with NAV</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Justification for the extension</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Decided on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pause</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Resume</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Extend</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DateField</name>
        <message>
            <source>Choose a date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2. Change the date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: choose a date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: remove the date</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DatePopup</name>
        <message>
            <source>Previous month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel choosing a date</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DraftStrip</name>
        <message>
            <source>Unfinished</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Continue %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EmployerFormPage</name>
        <message>
            <source>Register employer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name of the employer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sector</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Organisation number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What they need, what would it take to hire</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What they need</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow-up preference</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Register</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Register the employer</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EmployerPage</name>
        <message>
            <source>+ New visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New visit at %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sector</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Organisation number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What they need</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Culture, tone and pace</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Inclusion experience</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Accommodation options</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow-up preference</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contact people</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New contact person's name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New contact person's role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New contact person's phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add the contact person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Workplaces and tasks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contact history</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add mentor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A colleague at %1 who gives the new worker natural support.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The mentor's name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The mentor's phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The mentor's e-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mentor training (course, year)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The mentor's training</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mentors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No mentors registered here yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mentor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a mentor at %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EmployersPage</name>
        <message>
            <source>Employers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>+ Register employer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Register a new employer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Find an employer or sector</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No employers here yet.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EntryPage</name>
        <message>
            <source>A later entry corrects this one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Participant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Employer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Place</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who was there</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Purpose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Steps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Observations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The tasks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The environment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who may read it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Agreed actions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What happened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Handled well</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Needs work</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Expected behaviour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The mentor asks the specialist to follow this up.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Correct</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Correct this visit note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Corrected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This note replaces an earlier one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show original</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Correct the note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The correction is shown in place of this note; the original can still be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save correction</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ErrorBanner</name>
        <message>
            <source>OK</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dismiss the message</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ErrorText</name>
        <message numerus="yes">
            <source>Wait %n minute(s) before the next try.</source>
            <translation>
                <numerusform>Wait %n minute before the next try.</numerusform>
                <numerusform>Wait %n minutes before the next try.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Wait %n second(s) before the next try.</source>
            <translation>
                <numerusform>Wait %n second before the next try.</numerusform>
                <numerusform>Wait %n seconds before the next try.</numerusform>
            </translation>
        </message>
        <message>
            <source>That passphrase is not right.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Too soon after a wrong passphrase.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Too many wrong passphrases: the data on this tablet can no longer be opened. Pair the tablet with the office again to get your synced work back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no case store on this tablet yet. Set one up first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This is already saved on this tablet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The case store on this tablet is damaged. Contact support; synced work can be restored by pairing again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The tablet does not allow saving here. Check the storage settings, then try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The tablet's storage is full. Free some space, then try again; nothing typed is lost.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The case store is busy. Try again in a moment.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The tablet could not read or write its storage. Try again; if it keeps happening, contact support.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This record is no longer on this tablet. It may have been removed; go back and refresh.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Something in the form is not valid. Check what you typed and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This is final and cannot be changed. Add a correction instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This case store was written by a newer fieldnotes. Update the app.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The tablet is locked. Unlock it and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The office could not be reached. Check the network and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The office answered something unexpected. Try again later; your work stays on the tablet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The office did not accept this tablet. Ask the office to pair it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This tablet has been removed from the office. Its data will be wiped.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Something went wrong. Try again; if it keeps happening, contact support.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This tablet's clock is ahead of the office's, so it did not sync. Set the tablet's date, time and time zone (automatic is best), then sync again. Nothing is lost: your changes wait on the tablet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This tablet is not paired with the office yet, so nobody would follow the new participant. Pair the tablet first (Sync), then try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only the specialist who follows this participant, or a team lead, can do this.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This participant is no longer on this tablet. Go back and refresh.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write the participant's name. A first name, or a name they choose, is enough.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The consent text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” holds an 11-digit number, written like a national ID number (fødselsnummer). fieldnotes never keeps national ID numbers: remove it and save again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The referral date is in the future. Choose the day NAV referred the person: today or earlier.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The measure cannot end before the referral date. Check the end date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The Norwegian level's date is in the future. Choose the day it was assessed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consent is recorded on the day it is given: choose today or an earlier date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This participant is already discharged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The discharge date is in the future. Choose the day it happened: today or earlier.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The discharge date is before the participant was referred. Check the date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This employer is not in the directory on this tablet. Choose one from the list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That workplace belongs to another employer. Choose one of this employer's workplaces.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This participant is discharged. Take them on again before starting a job.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The position must be between 1 and 100 %.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A paid job needs its contract kind: permanent, temporary or on call. A trial has none.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An end or review date is before the job starts. Check the dates.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The subsidy must be between 1 and 100 %, and mentor hours above 0.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This placement is no longer on this tablet. Go back and refresh.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This placement has already ended.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The end date is in the future. Choose the day the job ended: today or earlier.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The end date is before the job started. Check the date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write why the job ended, in a few words.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose what may be told.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose who may be told: an employer, a mentor or the NAV counsellor.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This employer or mentor is not on this tablet. Choose one from the list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write what the information is for.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This consent is no longer on this tablet. Go back and refresh.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This consent has already been revoked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The revocation date is in the future. Revoke on the day the person withdraws: today or earlier.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The revocation date is before the consent was given. Check the date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This action or reminder is no longer on this tablet. Go back and refresh.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This was already marked done.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This was already cancelled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This meeting is no longer on this tablet. Go back and refresh.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A visit already kept this meeting, so there is nothing to move or cancel.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The follow-up ended before this meeting (the job ended or the participant was discharged).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write why the meeting is cancelled, in a few words.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose today or a later day. A meeting that was held is logged as a visit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A meeting that late no longer counts for this follow-up. Choose an earlier day, or cancel the meeting with a reason.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write the situation: what happened, in a sentence or two.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The date is in the future. Choose the day it happened: today or earlier.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose one of the five steps, or none.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This entry was changed or deleted since. Go back and open the log again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove the name: the reflection log is never tied to a participant. Write about the situation, not the person.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A new plan says something: write the goal of the cooperation, the schedule or the tapering plan.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The day the plan was agreed is in the future. Choose the day it was agreed: today or earlier.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write the goal, in the participant's own words if you can.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This goal is no longer on this tablet. Go back and refresh.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That main goal is no longer in the plan. Choose another one, or none.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That goal is itself a sub-goal. Put the new goal under its main goal.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The goal is already marked so; nothing changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This participant is discharged: their plan and goals stay as they were.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write the mentor's name. A first name and a surname is enough.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This mentor is not on this tablet. Choose one from the list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This mentor assignment is no longer on this tablet. Go back and refresh.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The mentor works at another employer than this job. Choose a mentor at the job's employer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The structured talk is held every 7 to 56 days; every other week is the model.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This mentor is already assigned to the participant.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That is the current mentor. Choose the colleague who takes over.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This mentor assignment has already ended.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The date is before the mentor started. Check the date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write the learning goal in a few words.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That colleague is not on the team list on this tablet. Sync, then choose from the list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A mentor does not follow participants. Choose a specialist or a team lead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That colleague already follows this participant. Choose who takes over.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The hand-over date is in the future. Hand over on the day the colleague takes over.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This participant is discharged: their steps, status and measure stay as they were.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose at least one step. Several at once is fine.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>These are the steps worked on already; nothing changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The participant already has this status; nothing changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pause and discharge have their own buttons, which record why.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The participant is paused. Resume first; you can choose the status they return to.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The day is in the future. Choose the day it happened: today or earlier.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The day is before the participant was referred. Check the date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The day is before the last change of the same kind. Check the date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This participant is paused already.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This participant is not paused.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write why the follow-up is paused, in a few words.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The status before this pause was not recorded. Choose the status the participant returns to.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The new end must be after the current end of the measure. Check the date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The day the extension was decided is in the future. Choose today or an earlier day.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write why the measure is extended: an extension needs its justification.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose who the visit was with: a participant, an employer, or both.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the employer you visited.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A visit note is for something that has happened: choose today or an earlier date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write the time as hours and minutes, for example 09:30.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The duration is in minutes, up to a day. Leave it empty if you do not know it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The next visit must come after this one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write what the visit was about: a note, or at least its purpose.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This visit is no longer on this tablet. Go back and refresh.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This is a mentor's natural-support entry, not a visit: only the mentor corrects it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This visit has been corrected already. Open the correction and correct that instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was changed. Change the position, the contract, a date, the tasks or the accommodations.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This participant is discharged; their placements stay as they were.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The new position cannot count from before the job started. Choose the day it changes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The position was last changed on that day or later. Choose a later day for the new position.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The position is that % already. Write the new %.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A job tasting has no contract. If it led to a job, end the tasting and start the job.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A permanent contract has no end date. Leave the contract end out, or choose a temporary contract.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write the employer's name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The organisation number is not a valid one: it has nine digits, the last a check digit. Copy it from the Brønnøysund register (brreg.no), or leave it empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An employer with this organisation number is already registered. Open that employer in the list and add a workplace there instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write the contact person's name, then add them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write the workplace's name, then add it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write what the task is, then add it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This person is not assigned to you as a mentor. Ask the job specialist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose today or an earlier date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write a few words about what happened.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The time is in minutes, up to a day.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This is not a field of the profile. Go back and refresh.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wanted hours is a percentage from 0 to 100.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A date is before the measure or its new period begins. Check the dates.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This support measure is no longer on this tablet. Go back and refresh.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This measure has a later period. Change the latest one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A new period starts after the current one began. Choose a later day.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The measure had ended by that day. Choose a day while it ran, or start a new period.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The measure already ends by that day. Choose an earlier last day, or start a new period to make it longer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record the review once it is held: today or earlier. A coming review is the next review date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The next review comes after the one held. Choose a later day.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The review is after the measure's period ends. Choose a day by the end, or start a new period.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The position has not changed since the start: there is no change to correct.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The fidelity form has 19 items. Go back and refresh the form.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose one of the item's five options.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tick only the practices the item lists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write what you want to discuss at the case review, in a sentence or two.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This is in the case review's queue already and not yet discussed. Add to that question at the review, or withdraw it first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This item is no longer in the case review's queue on this tablet. Go back and refresh.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This item was withdrawn and is no longer in the queue.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This item has been discussed and its advice stands. Put it up again for a new question.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write the advice the review gave: it reaches the specialist who asked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record the advice on the day it was given: today or earlier.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The advice cannot be from before the item was put up. Check the day of the review.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ExportPage</name>
        <message>
            <source>Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Protection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sealed to the office's key (best: only the office can open it)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This tablet has no office key yet (it comes with pairing), so the file is protected with a passphrase.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Make up a passphrase for me (shown once)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>I choose the passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Passphrase (at least 12 characters)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The same passphrase again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export passphrase again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Making the file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Make the encrypted file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The encrypted file is saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The passphrase. Write it down now: it is shown only this once.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FidelityForm</name>
        <message>
            <source>Caseload size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How many participants do you follow at the moment?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>41 or more</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>31 to 40</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>26 to 30</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>21 to 25</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>20 or fewer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time on participant work</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What share of your position goes to work for participants (employer contact, their network, records and coordination included)?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Under 60 %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>60 to 74 %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>75 to 89 %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>90 to 95 %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>96 % or more</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tasks you do yourself</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Which parts of the service do you do yourself? Tick all that apply.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a) Refer participants on to other suitable programmes (recorded, not scored)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>b) Take part in deciding who gets the programme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>c) Assess whether a participant suits the programme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>d) Find suitable workplaces</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e) Give one-to-one guidance at the workplace</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>f) Give continuous support to the participant in the job</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contact with the NAV counsellor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How often do you and the NAV counsellor talk about shared participants and measures (phone, e-mail or in person)?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Less often than every three months</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>At least every three months</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Monthly</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Planned meetings at least every quarter, or informal contact every week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Planned meetings at least monthly and informal contact every week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How the team is organised</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Which statement describes best how you job specialists are organised?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not a team of our own</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A team lead, but no group meetings and no covering for each other</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A team lead, a weekly case talk among us, and we cover for each other when needed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>At least two of us and a lead as a unit of our own, with case supervision 2 to 3 times a month and covering for each other</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>As the one before, with case supervision every week or more often</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who is offered a job specialist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who is offered a job specialist, and does losing a job close the door?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Formal criteria leave out people judged not ready for work</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Most are not offered a job specialist, because counsellors judge them not ready</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Some are not offered a job specialist, for that reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No criteria leave anyone out, but people are sent elsewhere when we are full; help towards a new job after a job loss</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Everyone who wants one is offered a job specialist, and gets help towards a new job after every job loss</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Promoting ordinary work</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Which of these hold at your office? Tick all that apply.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a) The three-way talk (counsellor, job specialist and participant) covers the participant's wish to work</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>b) The wish to work is revisited and the plan revised at least once a year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>c) Information about jobs and supported work is on show in the waiting area</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>d) Participants meet to share experiences at least twice a year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e) Job specialists measure their placement results at least every quarter and share them with leaders and the office</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Support from leaders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a) Leaders and middle managers show they know the principles of supported employment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>b) Leaders check the service against those principles and use what they find to improve it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>c) At least one job specialist and one manager meet at least every six months to review fidelity and propose changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>d) The head of the office tells all staff at least once a year what the job specialist does and aims for</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e) The team lead reports to the management at least twice a year on what helps or hinders the work</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Getting to know the participant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What describes best how participants are assessed and placements prepared?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Assessment before any placement, with NAV's own criteria and standard tests</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A route in steps through work trials or a sheltered firm before the ordinary labour market</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Help into ordinary jobs without a planned look at interests, strengths or earlier job losses</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>2 to 3 meetings explore jobs, employers and support needs from the participant's interests and strengths; nothing written in a profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Several meetings; a written profile (wishes, experience, skills, adaptations, strengths, contacts) guides the search and is updated after each job</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Job search from the participant's wishes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contact with an employer can start from a vacancy or from the participant. How often does it start from the participant's wishes and strengths?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Under 25 %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>25 to 49 %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>50 to 74 %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>90 to 100 %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Employer meetings, written down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How many employer meetings do you usually have a week, and are they written down?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fewer than two</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>2 to 3, or the contacts are not written down in the profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>At least 4, written down in a profile you go through with the team lead every month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>At least 5, with the profile gone through every week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>6 or more, with the profile gone through every week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind of employer contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What describes best how you are in touch with employers?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>I meet employers with the participant when an application is handed in, rarely otherwise</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>I contact employers to gather vacancies and pass them on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>I follow up advertised vacancies, present myself and the programme, and ask for interviews</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>I book meetings whether or not there are vacancies, present the participant's strengths and ask for interviews</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>I build relationships through repeated, planned visits: I learn the employer's needs, explain the programme and present participants' strengths</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Different kinds of jobs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For what share of participants do you help towards several different kinds of job, not just one?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Under 50 %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>50 to 59 %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>60 to 69 %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>70 to 84 %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>85 to 100 %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A new offer after a job ends</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What share of participants are given a new job offer after a first try that ended or did not fit?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Under 65 %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>65 to 74 %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>75 to 84 %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>85 to 94 %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>95 to 100 %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Offers in the ordinary labour market</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What share of the job offers you propose are in the ordinary labour market (not work trials or sheltered firms)?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Support once in work</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What describes best the support participants get once they are in work?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Most get no support once they are in work</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About half get some support (phone, e-mail or a meeting), mostly from me</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Most get such support, mostly from me</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Support fits the job, the participant's wishes and needs; the employer is supported if the participant wants it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Regular, varied support and guidance on site as needed, support to the employer if wanted, and help towards a better job or education</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Meetings after the job starts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How do you meet participants after they start a job?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No meetings in person after the first month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>I meet fewer than half of them after four months</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>I meet at least half of them after four months</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every week in the first month, then at least monthly through the first year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In the week before the start, within 3 days after it, every week in month 1, then at least monthly through year 1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time at employers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What share of your working week do you spend at employers, finding openings and following up participants in work?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Under 30 %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>30 to 39 %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>40 to 49 %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>50 to 64 %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>65 % or more</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reaching out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Which of these fit your work? Tick all that apply. (The printed form repeats its fourth practice; we split it into d and e.)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a) Follow-up is not ended because of missed appointments or lack of time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>b) Attempts to reach out are written down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>c) Reaching out is done together by the job specialist, the NAV counsellor and a contact at the workplace</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>d) The participant gets active follow-up through visits at home and at work</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e) That follow-up is coordinated with the people around the participant (our split of the printed fourth point)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FidelityFormPage</name>
        <message>
            <source>Fidelity self-assessment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For %1. Answer for your work as it is today; items 5 to 9 are about the team and the office.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You have sent answers for this month: sending again replaces them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your choices are kept on this tablet as you go. Send them when all 19 are answered.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1. %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Item %1, option %2: %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Item %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>None of these</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Item %1: none of these practices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send my answers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send my answers to the fidelity form</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FidelityTeamPage</name>
        <message>
            <source>Fidelity: the team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>My answers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Answer the fidelity form yourself</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No answers to the fidelity form on this tablet yet. They arrive with the next sync once the team has sent theirs.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What moved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The total over time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hollow points: the team's scores recorded before the form was answered person by person.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mean per item (of 5)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FiguresPage</name>
        <message>
            <source>Team figures</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>My figures</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Previous month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Previous week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This week</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Averages and shares for the team's %n specialist(s), from what they logged. Never per person.</source>
            <translation>
                <numerusform>Averages and shares for the team's %n specialist, from what they logged. Never per person.</numerusform>
                <numerusform>Averages and shares for the team's %n specialists, from what they logged. Never per person.</numerusform>
            </translation>
        </message>
        <message>
            <source>From what you logged, with nothing to type. Travel is not logged, so the time out of the office was a little more than shown.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This month is not over yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This week is not over yet.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FirstStartPage</name>
        <message>
            <source>Welcome to fieldnotes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Everything you note is stored encrypted on this tablet. Choose a passphrase to protect it: you type it each time you open fieldnotes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Passphrase strength: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Strength: %1. %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The same passphrase again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Repeat the passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Setting up…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Protect this tablet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Protect this tablet with the passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next, pair the tablet with the office using the pairing file you were given.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Format</name>
        <message>
            <source>%1 min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 h</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 h %2 min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>tomorrow</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>yesterday</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>in %n day(s)</source>
            <translation>
                <numerusform>in %n day</numerusform>
                <numerusform>in %n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) ago</source>
            <translation>
                <numerusform>%n day ago</numerusform>
                <numerusform>%n days ago</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>IntakePage</name>
        <message>
            <source>New participant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Take on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Take on the new participant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Never write a national ID number (fødselsnummer). A first name, or a name the person chooses, is enough.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Other ways to reach them</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Referral</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Programme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Referred on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Yesterday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why NAV referred them, in their words where you can</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reason for referral</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Measure ends</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In 6 months</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In a year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preferred language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Needs an interpreter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Norwegian level (CEFR)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not assessed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Norwegian level not assessed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Norwegian level</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What to plan around</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Childcare</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shifts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Transport</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tasks they will not do</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>They have agreed to take part, of their own free will (participation consent, today)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>New employer visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Employer follow-up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Workplace follow-up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Three-way meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Job-tasting day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SMS</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Home visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outreach attempt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Referred</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Engagement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vocational profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Job search</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Job tasting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In work, with follow-up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Discharged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Extended follow-up (Utvidet oppfølging)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>IPS</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Jobbsjansen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Introduction programme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Other programme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Participant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Employer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mentor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Interpreter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>NAV counsellor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Me (specialist)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Task training</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Social</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Feedback</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Structured talk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow-up meeting due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow-up meeting %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow-up meeting missed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A follow-up meeting was due %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Planned visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Visit planned %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Employer not contacted for long</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Employer contact was due %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No answer: reach out again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not reached since %1: reach out, do not close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deadline to extend the measure</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Extension must be asked for %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mentor talk due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mentor talk due %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tapering plan not agreed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tapering plan not agreed (due %1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contact details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language and interpreter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Support needs and accommodations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Learning goals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Work history and skills</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow-up plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Health information</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow-up on site</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Meetings only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No risk noted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Risk: undeclared work</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Risk: exploitation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Work trial</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paid job</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Permanent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Temporary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>On call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Achieved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dropped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wage subsidy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mentor subsidy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Inclusion subsidy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Job specialist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Workplace mentor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Team lead</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The team following the participant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only me</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Participation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sharing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Work</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Education</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Health treatment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back to the NAV counsellor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Other reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow-up overdue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No contact for a long time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Trial period ending</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contract ending</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wage subsidy review due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Measure ending</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mentor asks for you</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Agreed action due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reminder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Conflicting edits to decide</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow-up was planned %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No contact: one was due %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Trial period ends %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contract ends %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wage subsidy review %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Measure ends %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mentor flagged an entry %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Agreed action due %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reminder due %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Two edits crossed: decide which to keep</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No step</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Step %1</source>
            <comment>EUSE steps; %1 is a list like 2, 3, 4</comment>
            <translation>
                <numerusform>Step %1</numerusform>
                <numerusform>Steps %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Other contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Programme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Referred on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reason for referral</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Measure ends</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Steps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Discharge reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Discharged on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preferred language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Interpreter needed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Childcare</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shifts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Transport</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tasks they will not do</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Interests</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skills</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Experience</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Strengths</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What matters at work</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Support needs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Must be there</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Must avoid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dream job</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wanted hours (%)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Can do today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Needs to learn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Organisation number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sector</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Needs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Culture, tone and pace</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Inclusion experience</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Accommodation options</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow-up preference</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Responsible specialist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Risk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Risk note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lunch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>If late</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reporting absence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Task</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Description</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Job title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind of placement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contract</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Trial period ends</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contract ends</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ended</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why it ended</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Carved tasks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Accommodations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Goal of the cooperation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Agreed schedule</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tapering plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Goal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Goal status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Goal due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Learning goal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Learning goal status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Revoked on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Granted on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Purpose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Agreed action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who does it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mentor's name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mentor training</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mentor's mandate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Days between structured talks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mentoring ends</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Subsidy (%)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Review date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Subsidy ends</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Position (%)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New end date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Justification</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Norwegian level</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Device name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Employer contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Workplace</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Task at a workplace</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Placement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Position size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Support measure</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mentor assignment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Measure extension</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fidelity self-assessment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Staff member</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Device</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Visit note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Natural support entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reflection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mentor's entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In writing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Orally</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>On the tablet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Job finding</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Employer engagement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Support on and off the job</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Place</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The tasks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The environment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why paused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change of steps or status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Followed since</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last reviewed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1, due %2</source>
            <comment>its own words, then when it is due</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fidelity form answers</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LeadNavigation</name>
        <message>
            <source>Case review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>My caseload</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Figures</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Team figures</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fidelity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fidelity: the team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reflection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reflection log</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Team: overview and hand-over</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LeadShell</name>
        <message>
            <source>Hand a participant over</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Main</name>
        <message>
            <source>fieldnotes</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MentorEntryPage</name>
        <message>
            <source>Support for %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Log support</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind of support</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What happened?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What happened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What went well?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What went well</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What needs work?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What needs work</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Minutes spent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Yesterday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The job specialist should follow this up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saving…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Structured talk with %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Log structured talk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Go through the learning goals together:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What did you talk about?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What you talked about</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What is going well?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What to practise over the next weeks?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What did you agree? (what is expected, and by when)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What you agreed</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MentorHomePage</name>
        <message>
            <source>My people at work</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You see only the people assigned to you, and only what they have agreed to share.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Continue: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>People assigned to you</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>+ Log support</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Log support for %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nobody is assigned to you right now. The job specialist assigns people at the office.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your task: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Learning goals shared with you</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No learning goals are shared with you.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Log structured talk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Log a structured talk with %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MentorNavigation</name>
        <message>
            <source>My people</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lock</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MentorParticipantPage</name>
        <message>
            <source>+ Log support</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Log support for %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Workplace</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next structured talk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Learning goals shared with you</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No learning goals are shared with you.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your entries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Handled well: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Needs work: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You asked the specialist to follow up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You have not logged anything for this person yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Log structured talk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Log a structured talk with %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your task</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The talk is overdue: hold it soon, then log it here.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Navigation</name>
        <message>
            <source>New visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Caseload</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Employers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reflection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reflection log</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Figures</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>My figures</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NoteField</name>
        <message>
            <source>Sensitive: hidden in lists</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OverviewTab</name>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Programme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Referred on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Measure ends</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Constraints</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reason for referral</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Childcare</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Steps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change the steps worked on with %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change the status of %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Resume</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pause</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Resume the follow-up of %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pause the follow-up of %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Extend measure</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Extend the measure for %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Followed by</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PairingPage</name>
        <message>
            <source>Pair with the office</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the pairing file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pairing files (*.json *.fnpair)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The office gives each tablet a pairing file. Pairing lets this tablet send your notes to the office and receive your caseload; it names you as the tablet's user.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pairing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose pairing file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Later</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pair later</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ParticipantDelegate</name>
        <message numerus="yes">
            <source>%1 (and %n more)</source>
            <translation>
                <numerusform>%1 (and %n more)</numerusform>
                <numerusform>%1 (and %n more)</numerusform>
            </translation>
        </message>
        <message>
            <source>Visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New visit with %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ParticipantPage</name>
        <message>
            <source>+ New visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New visit with %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Plan and goals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Work</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Placements</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Timeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What is shared</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What is shared about %1, to show them</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Discharge</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Discharge %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why does the follow-up end?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why the follow-up ends</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Discharged on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Yesterday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hand over</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hand %1 over to another specialist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hand %1 over</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Followed by %1 now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who takes over?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hand over to %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No other specialist is on the team list on this tablet. Sync, then try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Their records go to the new specialist's tablet at the next sync. What the current specialist has written and not yet sent still reaches the office, and their drafts stay with them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Put up for case review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Put %1 up for the team's case review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Put %1 up for case review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What do you want to discuss with the team?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No national ID numbers. The team lead sees this question.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Up for the case review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You asked: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Withdraw</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Withdraw from the case review</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PassphraseStrength</name>
        <message>
            <source>Too short</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Weak</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fair</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Good</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Strong</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Use at least %n characters. A short sentence is easy to remember and hard to guess.</source>
            <translation>
                <numerusform>Use at least %n character. A short sentence is easy to remember and hard to guess.</numerusform>
                <numerusform>Use at least %n characters. A short sentence is easy to remember and hard to guess.</numerusform>
            </translation>
        </message>
        <message>
            <source>Acceptable. One or two more words make it much stronger.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hard to guess. Make sure you remember it: it cannot be recovered.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Easy to guess: a common word, name, date or keyboard pattern. Add a few more ordinary words.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PickerDialog</name>
        <message>
            <source>Type to find</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type to find %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>None</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No match.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel choosing</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PlacementPage</name>
        <message>
            <source>Start a job</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start the job</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Employer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the employer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind of job</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contract</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Job title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The tasks, as agreed with the employer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tasks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Position %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Starts on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In a week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Trial period ends</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In 6 months</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contract ends</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In a year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wage subsidy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Subsidy % (0 for none)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wage subsidy %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Subsidy reviewed on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Starting the job plans the follow-up meetings: one the week before, one within three days after, weekly in the first month and monthly in the first year.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PlacementsTab</name>
        <message>
            <source>Placements</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open employer %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Support</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Carved tasks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Accommodations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No placements yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start a job</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start a job for %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>End %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A job that ends is a step on the way: write what was learnt for the next one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ended on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Yesterday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why it ended</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What was learnt, for the next job</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What was learnt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>End the job</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>End</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every other week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every four weeks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change mentor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Assign mentor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 hands over to the mentor you choose. The learning goals go along.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A colleague at the workplace who gives natural support.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mentor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No other mentor is registered at this employer. Add one on the employer's page.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mandate: what the mentor does, and what stays with you</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The mentor's mandate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Structured talk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Takes over on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tomorrow</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In a week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>End %1 as mentor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The learning goals stay with the participant, for the next mentor.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>End mentoring</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mandate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change mentor for %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Assign a mentor for %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Learning goal with %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 sees this goal only while %2's consent to share learning goals with %1 is in force. Without that consent, or once it is withdrawn, the goal stays with you.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The learning goal, as the participant agreed it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Learning goal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add learning goal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only what you change is saved. A new position counts from its day; a change agreed for next month can be recorded now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Position %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The new position counts from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In a month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contract (the trial becomes a paid job)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contract</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Trial period ends</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In 6 months</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contract ends</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In a year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The tasks, as agreed with the employer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tasks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Accommodations at the workplace</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Position</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a learning goal with %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Correct the last change at %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For a change entered with the wrong day or %. A new change is recorded with Change.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The change counts from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the correction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Review held</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>End early</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Support measure at %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Support measure</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>until %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>review %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What happened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The review with the employer and NAV was held. Set the next one, if there is one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The current period ends the day before the new one and stays in the history.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The measure stops after its last day. A review after that day is dropped.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Review held on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In 3 months</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New period from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hours a month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Subsidy %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Until</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record the review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start the new period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>End the measure</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Correct the last change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Correct the last position change at %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Learning goals</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PlanPage</name>
        <message>
            <source>Change plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Goal of the cooperation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What the participant wants to reach, in their own words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Agreed schedule</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How often you meet, and where</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tapering plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How support moves to the mentor and colleagues over time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Agreed with the participant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Yesterday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Agreed with the employer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write the plan together with the participant. Leave a day empty until the person or the employer has agreed.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PlanTab</name>
        <message>
            <source>Goal of the cooperation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Agreed schedule</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tapering plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No plan written yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Goals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No goals yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add goal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add goal for %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark “%1” done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Drop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Drop “%1”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reopen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open “%1” again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The goal, in the participant's own words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Goal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Part of</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit “%1”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit goal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save goal</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ProfileFieldDelegate</name>
        <message>
            <source>Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sensitive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not written yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel editing %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ProfileTab</name>
        <message>
            <source>Vocational profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Written together with the participant. Tap Edit to change a field; every change is saved with your name and the time.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReflectionFormPage</name>
        <message>
            <source>Reflection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New reflection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete this entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About the situation, never about a person: no names of participants.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Yesterday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Process step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Theme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A few words the lead can group by, e.g. employer doubts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Situation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What happened, in a sentence or two</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What I did</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Result</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What could be done differently</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What worked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete this entry?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The entry is removed from your log and from the team's.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bring to case review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bring this entry to the team's case review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What would you like the team to discuss? (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Brought to the case review. The lead's advice will reach you after a sync.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReflectionLogPage</name>
        <message>
            <source>Reflection log</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>+ New entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New entry in the reflection log</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>My entries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No entries yet. After a visit or a meeting that taught you something, write down the situation, what you did and what worked: it takes two minutes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The team's entries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What I did</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Result</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What could be done differently</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What worked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No entries from the team on this tablet yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fidelity form</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The fidelity self-assessment</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RefusedCard</name>
        <message>
            <source>Show what you wrote</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show what you wrote for %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done: remove from the list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove the refused change to %1 from the list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refused %1: %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SensitiveText</name>
        <message>
            <source>Hidden: tap to show</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(empty)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hide</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hide %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>Settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Locking</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lock after</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lock now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lock the tablet now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Current passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The new passphrase again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Repeat the new passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changing…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change the passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The tablet locks when it goes to the background or the app switcher, and after a while without use. Nothing you typed is lost.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Also re-encrypt the case file under a new key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Then no copy of the old key file can open it, with any passphrase. Takes about a minute; leave the new passphrase empty to keep the current one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Re-encrypting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Re-encrypt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Re-encrypt the case file</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SharedAboutMePage</name>
        <message>
            <source>What is shared about me</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show in:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Take it along</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A copy of this page (PDF)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Make an encrypted copy of this page, as a PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Everything we hold about you</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Make an encrypted copy of everything held about this person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Individual report, for the office</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Make the individual report for the office</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every copy is an encrypted file. The office opens it; nothing readable is left on this tablet.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SyncPage</name>
        <message>
            <source>Sync and conflicts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pair with the office</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pair this tablet with the office</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Syncing…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Conflicts to decide</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No conflicts. When two people change the same thing, both versions show up here for you to choose.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You can keep working while it syncs: what you save now goes with the next sync.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Conflicts (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Conflicts to decide: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>To send (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Waiting to be sent: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refused (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refused by the office: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Waiting to be sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing waits to be sent. What you save on this tablet goes to the office with the next sync.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refused by the office</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The office did not take these changes. Nothing you wrote is lost: it stays here until you remove it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The office has refused nothing from this tablet.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TeamOverviewPage</name>
        <message>
            <source>Team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Everyone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Everyone on the team, to hand over</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>On the team's caseload</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Referred and not discharged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Waiting for a specialist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No one follows them yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Placements started / ended</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last 4 weeks, %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Placements in the last 4 weeks: %1 started, %2 ended</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Started: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ended: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow-up slipping</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No one is in follow-up after a job start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 of %2 in follow-up missed a meeting in the last 4 weeks; %3 of %4 meetings due were kept</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>By status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>By step (a person may be in more than one)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Everyone on the team's caseload has a specialist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1, %2. Hand over</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hand over</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hand over someone else on the team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Counts and shares for the whole team; no figure here is per specialist.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TimelineList</name>
        <message>
            <source>Timeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Needs the specialist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing noted yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Corrected</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>UnlockPage</name>
        <message>
            <source>fieldnotes is locked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type your passphrase to open your notes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Passphrase</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n more wrong passphrase(s) and the data on this tablet is wiped for good.</source>
            <translation>
                <numerusform>One more wrong passphrase and the data on this tablet is wiped for good.</numerusform>
                <numerusform>%n more wrong passphrases and the data on this tablet is wiped for good.</numerusform>
            </translation>
        </message>
        <message>
            <source>Unlocking…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unlock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unlocking</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>VisitPage</name>
        <message>
            <source>New visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Participant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Employer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose participant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Participant: %1. Change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose employer (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Employer: %1. Change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose employer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind of contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Yesterday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time, e.g. 09:30</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Place</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How long</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who was there</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Purpose of the contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Observations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How they seemed, what they said, what they managed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The tasks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What they did and how it went</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The environment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Colleagues, pace, tone, noise</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Agreed actions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>+ Add an agreed action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add an agreed action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In a week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In 2 weeks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In a month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Anything else worth remembering</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only I may read this note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Counts as time in the field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Discard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Discard this note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saving…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Finalize</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Finalize the visit note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Discard this note?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What you typed will be deleted from this tablet.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WorkplaceCard</name>
        <message>
            <source>A task at this workplace</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New task at %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add task</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add the task to %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>fieldnotes::app::AttentionActions</name>
        <message>
            <source>Choose the day to move the meeting to.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>fieldnotes::app::CaseloadController</name>
        <message numerus="yes">
            <source>%n participant(s)</source>
            <translation>
                <numerusform>%n participant</numerusform>
                <numerusform>%n participants</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n need(s) attention</source>
            <translation>
                <numerusform>%n needs attention</numerusform>
                <numerusform>%n need attention</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>fieldnotes::app::CaseloadModel</name>
        <message>
            <source>Last contact %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No contact yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No next contact planned</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>fieldnotes::app::ConflictsModel</name>
        <message>
            <source>(empty)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>you, on this tablet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1, on this tablet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1, on %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a tablet this one does not know</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 · %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One person removed this record while another changed it. Keep it removed, or bring it back with the change.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The consent was revoked while someone changed it. A revoked consent stays revoked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Two people changed this at the same time. Choose the value to keep.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Removed</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>fieldnotes::app::ConsentController</name>
        <message>
            <source>Choose what may be told.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose who may be told.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the employer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the mentor.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write what the information is for.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>fieldnotes::app::ConsentsModel</name>
        <message>
            <source>Takes part voluntarily</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Revoked %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Given %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not given</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Given %1, %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>fieldnotes::app::CourseController</name>
        <message>
            <source>Paused from %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the new status.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the new end of the measure.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>fieldnotes::app::DraftsModel</name>
        <message>
            <source>Visit note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mentor entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New employer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unfinished form</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 – %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New participant</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>fieldnotes::app::EmployerController</name>
        <message>
            <source>Write what the task is, then add it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write the contact person's name, then add them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write the workplace's name, then add it.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>fieldnotes::app::EmployerFormController</name>
        <message>
            <source>Write the employer's name.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>fieldnotes::app::EmployerMentorsController</name>
        <message>
            <source>Write the mentor's name.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>fieldnotes::app::EmployersModel</name>
        <message>
            <source>Last contact %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No contact yet</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n contact(s)</source>
            <translation>
                <numerusform>%n contact</numerusform>
                <numerusform>%n contacts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n in work here</source>
            <translation>
                <numerusform>%n in work here</numerusform>
                <numerusform>%n in work here</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>fieldnotes::app::ExportController</name>
        <message>
            <source>Everything held about %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Individual report: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What is shared about %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Everything this tablet holds about %1: what is shared and with whom, the individual report, and every record in words, as a PDF to read; and every record as stored (CSV).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The individual report for %1 (background, pathway, status and outcome) as a PDF, and as one row of a spreadsheet (CSV) for the office's own records.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What is shared about %1, with whom and since when, what has been handed over, and how to say no: as a PDF to read and keep, and as data (CSV).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The passphrase needs at least 12 characters, because the file may travel. Or let fieldnotes make one up.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The two passphrases are not the same.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only the office can open this file, with the office's own key; not even this tablet can. Bring it to the office however suits you (a memory stick or the office's shared folder is fine: the file is encrypted). There it is opened with: fieldnotes-cli open-export %1 --data-dir &lt;office store&gt; --out &lt;folder&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give the office the file and the passphrase separately: read the passphrase out on the phone or hand it over on paper, never together with the file. There it is opened with: fieldnotes-cli open-export %1 --out &lt;folder&gt;, and the passphrase.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The exports folder %1 cannot be made. Check that the tablet has space, then try again.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>fieldnotes::app::FidelityFormController</name>
        <message>
            <source>%1 of %2 answered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your total: %1 of 95</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Answer all 19 items before sending: %1 still open.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>fieldnotes::app::FidelityItemsModel</name>
        <message>
            <source>Choose the one option that fits best: it scores 1 to 5.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tick all that apply: each of b) to f) scores 1, up to 5; a) is recorded and scores nothing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tick all that apply: each practice ticked scores 1, from 0 to 5.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scores %1 of 5</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>fieldnotes::app::FidelityMeansModel</name>
        <message>
            <source>up from %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>down from %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Item %1, %2: %3 of 5</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>fieldnotes::app::FidelityTeamController</name>
        <message>
            <source>Exemplary (85 to 95)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Good (70 to 84)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fair (44 to 69)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not supported employment (43 or less)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Incomplete: no answer has all 19 items yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 of 95</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recorded for the team as a whole</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n answered</source>
            <translation>
                <numerusform>%n answered</numerusform>
                <numerusform>%n answered</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n incomplete, left out</source>
            <translation>
                <numerusform>%n incomplete, left out</numerusform>
                <numerusform>%n incomplete, left out</numerusform>
            </translation>
        </message>
        <message>
            <source>Unchanged since %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Up %1 since %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Down %1 since %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Item %1, %2: %3 → %4</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2 of 95</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The team's total over time: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>fieldnotes::app::FiguresController</name>
        <message>
            <source>Week %1: %2 – %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Weeks %1 – %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There are no specialists on this tablet's team yet. Sync with the office, then try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Team figures are for the team lead. Your own figures are under Figures.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A mentor follows no caseload, so there are no figures to show here.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>fieldnotes::app::FiguresModel</name>
        <message>
            <source>%1 %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>none</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>The last %n week(s), oldest first: %1.</source>
            <translation>
                <numerusform>The last week: %1.</numerusform>
                <numerusform>The last %n weeks, oldest first: %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>No contracted hours are recorded for the team in this period, so there is no share to show. The office records them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No contracted hours are recorded for you in this period, so there is no share to show. The office records them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time in the field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 in the field of %2 contracted, the team together.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 in the field of %2 contracted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The method aims for at least %1 of the week out of the office.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n field contact(s) without a duration add nothing here yet. Adding the durations makes the figure complete.</source>
            <translation>
                <numerusform>%n field contact without a duration adds nothing here yet. Adding its duration makes the figure complete.</numerusform>
                <numerusform>%n field contacts without a duration add nothing here yet. Adding the durations makes the figure complete.</numerusform>
            </translation>
        </message>
        <message>
            <source>Time at employers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 at employers: band %2 of 5 on the fidelity form.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Item 18 of the fidelity form: from %1 a 3, from %2 a 4, from %3 a 5.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New employer contacts</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>A week per specialist on average; %n in all for the team.</source>
            <translation>
                <numerusform>A week per specialist on average; %n in all for the team.</numerusform>
                <numerusform>A week per specialist on average; %n in all for the team.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>A week on average; %n in the month.</source>
            <translation>
                <numerusform>A week on average; %n in the month.</numerusform>
                <numerusform>A week on average; %n in the month.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new employer visit(s) this week.</source>
            <translation>
                <numerusform>%n new employer visit this week.</numerusform>
                <numerusform>%n new employer visits this week.</numerusform>
            </translation>
        </message>
        <message>
            <source>The method aims for about %1 a week.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contacts per participant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No one was on the team's caseload at the end of this period.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No one was on your caseload at the end of this period.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n contact(s) with participants; the team follows %1 people.</source>
            <translation>
                <numerusform>%n contact with participants; the team follows %1 people.</numerusform>
                <numerusform>%n contacts with participants; the team follows %1 people.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n contact(s) with participants; you follow %1 people.</source>
            <translation>
                <numerusform>%n contact with participants; you follow %1 people.</numerusform>
                <numerusform>%n contacts with participants; you follow %1 people.</numerusform>
            </translation>
        </message>
        <message>
            <source>Follow-up after a job start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 of %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No follow-up meetings after a job start were due in this period.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 of the meetings due in this period were held in their window.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Item 17 of the fidelity form: a meeting in the week before the start, within 3 days after it, weekly in the first month, then at least monthly through the first year.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Each participant's page shows the next meeting and its window.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>all</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Placements started</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>None started in this period.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>People in work</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In a paid job on the period's last day, of the people the team follows.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In a paid job on the period's last day, of the people you follow.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>fieldnotes::app::GoalsModel</name>
        <message>
            <source>By %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>fieldnotes::app::IntakeController</name>
        <message>
            <source>Write the participant's name. A first name, or a name they choose, is enough.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Voluntary participation in Supported Employment: the job specialist helps you find and keep ordinary work, and nothing about you is shared without your agreement.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You take part because you want to. You can stop when you want.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>fieldnotes::app::JournalEntryController</name>
        <message>
            <source>Written by %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>by %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Natural support: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>fieldnotes::app::MentorAssignController</name>
        <message>
            <source>Register a mentor on the employer's page first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the mentor.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the mentor's last day.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>fieldnotes::app::MentorCasesModel</name>
        <message>
            <source>Next structured talk %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your last entry %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No entries from you yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Structured talk overdue since %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Structured talk due today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No structured talk logged yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last structured talk %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (achieved)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>fieldnotes::app::MentorEntryController</name>
        <message>
            <source>Choose who the support was for.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write a few words about what happened.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose today or an earlier date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write a few words about what you talked about.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>fieldnotes::app::MentorParticipantController</name>
        <message>
            <source>Overdue since %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>fieldnotes::app::ParticipantController</name>
        <message>
            <source>needs an interpreter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Agreed with the participant %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>with the employer %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Discharged on %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose why the participant is discharged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the day the job ended.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the day the participant withdrew the consent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No main goal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the colleague who takes over.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the day the new position counts from.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 since %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the day the review was held.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the day the new period starts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the measure's last day.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>fieldnotes::app::PlacementController</name>
        <message>
            <source>Choose the employer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The position must be between 1 and 100 %.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the contract kind: permanent, temporary or on call.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>fieldnotes::app::PlacementsModel</name>
        <message>
            <source>%1 % position</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 – %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Since %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Trial period ends %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contract ends %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 h/month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>review %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Structured talk every week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Structured talk every other week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Structured talk every four weeks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Structured talk every %1 days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>from %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 % from %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>reviewed %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>fieldnotes::app::ProfileModel</name>
        <message>
            <source>this tablet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>someone on another tablet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Written by %1, %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>fieldnotes::app::RefusedModel</name>
        <message>
            <source>What you wrote is kept on this tablet (shown below). If it belongs with someone you follow, write it again there; otherwise give it to the office. Then remove it from this list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The record is back as the office has it. If your change is still needed, ask the office or the participant's own specialist to make it. Then remove it from this list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This participant is not followed by you.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This employer is not linked to your caseload.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who follows a participant is decided at the office.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A new participant can only be followed by the person who adds them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Entries are written in your own name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Staff and tablets are managed at the office.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>These are another person's own records.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A mentor's tablet may only add natural-support entries.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This participant is not assigned to you as a mentor.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>fieldnotes::app::ReviewQueueModel</name>
        <message>
            <source>Discussed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Waiting for the review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From the reflection log</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The entry was deleted since.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Asked by %1, %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>someone no longer on the team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Advice from %1, %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>fieldnotes::app::SettingsController</name>
        <message>
            <source>Strength: %1. %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>fieldnotes %1, Qt %2</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>After %n minute(s) without use</source>
            <translation>
                <numerusform>After %n minute without use</numerusform>
                <numerusform>After %n minutes without use</numerusform>
            </translation>
        </message>
        <message>
            <source>User: %1 (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Device: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Case store: %1, format %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Everything on this tablet is encrypted. The passphrase cannot be recovered: if it is lost, pair the tablet again to get synced work back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type your current passphrase.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The two new passphrases are not the same. Type the same passphrase twice.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changing the passphrase…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The passphrase is changed. Use the new one from now on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The current passphrase is not right.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Re-encrypting the case file… Keep the tablet on; this takes a minute.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The case file is re-encrypted under a new key. Copies of the key file made before no longer open it.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>fieldnotes::app::SyncActivity</name>
        <message>
            <source>Connecting to the office…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sending your changes… %1 of %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sending your changes…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Receiving news from the office… %1 of %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Receiving news from the office…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saving what arrived…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>fieldnotes::app::SyncController</name>
        <message>
            <source>This version of fieldnotes cannot reach the office yet: syncing and pairing come with the office connection. Your notes are safe on this tablet meanwhile.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Everything has been sent.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n change(s) wait to be sent.</source>
            <translation>
                <numerusform>%n change waits to be sent.</numerusform>
                <numerusform>%n changes wait to be sent.</numerusform>
            </translation>
        </message>
        <message>
            <source>This tablet has not synced yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last synced %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Synced: %1 sent, %2 received.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the pairing file you were given at the office.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This tablet is paired with the office.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>The office refused %n change(s): see the Refused tab.</source>
            <translation>
                <numerusform>The office refused %n change: see the Refused tab.</numerusform>
                <numerusform>The office refused %n changes: see the Refused tab.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>…and %n more record(s), sent with the same sync.</source>
            <translation>
                <numerusform>…and %n more record, sent with the same sync.</numerusform>
                <numerusform>…and %n more records, sent with the same sync.</numerusform>
            </translation>
        </message>
        <message>
            <source>This tablet's case file was restored from a backup or copied from another tablet. What it sent before came back, and nothing sent now is lost or counted twice. If a copy is in use on another tablet, ask the office to withdraw one of them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This tablet's clock is behind the office's. Set the date, time and time zone (automatic is best).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Handed over to a colleague by the team lead: %1; their records are no longer on this tablet, and what you had finished about them was sent to the office first.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n unfinished draft(s) about them stay on this tablet: finish or discard them, or pass them on to the new job specialist.</source>
            <translation>
                <numerusform>%n unfinished draft about them stays on this tablet: finish or discard it, or pass it on to the new job specialist.</numerusform>
                <numerusform>%n unfinished drafts about them stay on this tablet: finish or discard them, or pass them on to the new job specialist.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>fieldnotes::app::TeamOverviewController</name>
        <message>
            <source>The team overview is for the team lead. Your own people are under My caseload.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No step recorded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 – %2</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Referred %1, waiting %n day(s)</source>
            <translation>
                <numerusform>Referred %1, waiting %n day</numerusform>
                <numerusform>Referred %1, waiting %n days</numerusform>
            </translation>
        </message>
        <message>
            <source>No referral date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>their specialist has left the team</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>fieldnotes::app::TeamReflectionsModel</name>
        <message>
            <source>%1: %2</source>
            <comment>reflection group: the step, then the theme</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No theme</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>fieldnotes::app::TimelineModel</name>
        <message>
            <source>Natural support: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow-up paused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Resumed: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>fieldnotes::app::UnlockController</name>
        <message>
            <source>That passphrase is not right.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Too soon after a wrong passphrase.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type your passphrase, then tap Unlock.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The two passphrases are not the same. Type the same passphrase twice.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>fieldnotes::app::VisitFormController</name>
        <message>
            <source>%1 has not agreed to share anything with %2. Tell the employer nothing about %1 that they do not already know.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 has agreed to share only this with %2:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not saved yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Draft saved %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose who the visit was with: a participant, an employer, or both.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the employer you visited.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A visit note is for something that has happened: choose today or an earlier date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write the time as hours and minutes, for example 09:30.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The next visit must come after this one.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>fieldnotes::app::WaitingModel</name>
        <message>
            <source>New</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Written</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Removed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Conflict decided</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changed: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
