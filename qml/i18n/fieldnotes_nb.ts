<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
    <context>
        <name>ActionEditor</name>
        <message>
            <source>What was agreed</source>
            <translation>Hva som ble avtalt</translation>
        </message>
        <message>
            <source>Agreed action %1</source>
            <translation>Avtalt tiltak %1</translation>
        </message>
        <message>
            <source>Remove agreed action %1</source>
            <translation>Fjern avtalt tiltak %1</translation>
        </message>
        <message>
            <source>Who does agreed action %1</source>
            <translation>Hvem gjør avtalt tiltak %1</translation>
        </message>
        <message>
            <source>By %1</source>
            <translation>Innen %1</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>Frist</translation>
        </message>
        <message>
            <source>Due date for agreed action %1</source>
            <translation>Frist for avtalt tiltak %1</translation>
        </message>
    </context>
    <context>
        <name>AppPage</name>
        <message>
            <source>Back</source>
            <translation>Tilbake</translation>
        </message>
        <message>
            <source>Working</source>
            <translation>Arbeider</translation>
        </message>
    </context>
    <context>
        <name>AttentionItemActions</name>
        <message>
            <source>Done</source>
            <translation>Utført</translation>
        </message>
        <message>
            <source>Mark done: %1</source>
            <translation>Merk som gjort: %1</translation>
        </message>
        <message>
            <source>Move</source>
            <translation>Flytt</translation>
        </message>
        <message>
            <source>Move the meeting: %1</source>
            <translation>Flytt møtet: %1</translation>
        </message>
        <message>
            <source>Cancel it</source>
            <translation>Avlys</translation>
        </message>
        <message>
            <source>Cancel: %1</source>
            <translation>Avlys: %1</translation>
        </message>
        <message>
            <source>Cancel the meeting</source>
            <translation>Avlys møtet</translation>
        </message>
        <message>
            <source>Why? (required)</source>
            <translation>Hvorfor? (må fylles ut)</translation>
        </message>
        <message>
            <source>Why? (optional)</source>
            <translation>Hvorfor? (valgfritt)</translation>
        </message>
        <message>
            <source>Why it is cancelled</source>
            <translation>Hvorfor det avlyses</translation>
        </message>
        <message>
            <source>Keep it</source>
            <translation>Behold</translation>
        </message>
    </context>
    <context>
        <name>CaseReviewPage</name>
        <message>
            <source>Case review</source>
            <translation>Kasusdrøfting</translation>
        </message>
        <message>
            <source>Case review queue</source>
            <translation>Saker til kasusdrøfting</translation>
        </message>
        <message>
            <source>Nothing is up for the case review yet. A specialist puts a participant up from their page, or brings an entry of their reflection log.</source>
            <translation>Ingen saker er meldt opp til kasusdrøfting ennå. En jobbspesialist melder opp en deltaker fra deltakerens side, eller tar med et notat fra refleksjonsloggen.</translation>
        </message>
        <message>
            <source>Advice for %1</source>
            <translation>Råd om %1</translation>
        </message>
        <message>
            <source>The advice the review gave</source>
            <translation>Rådet fra drøftingen</translation>
        </message>
        <message>
            <source>Record the advice</source>
            <translation>Registrer rådet</translation>
        </message>
    </context>
    <context>
        <name>CaseloadPage</name>
        <message>
            <source>My caseload</source>
            <translation>Mine deltakere</translation>
        </message>
        <message>
            <source>Search names and notes</source>
            <translation>Søk i navn og notater</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Tøm</translation>
        </message>
        <message>
            <source>Clear the search</source>
            <translation>Tøm søket</translation>
        </message>
        <message>
            <source>This tablet is not paired with the office yet, so nothing is backed up.</source>
            <translation>Nettbrettet er ikke koblet til kontoret ennå, så ingenting er sikkerhetskopiert.</translation>
        </message>
        <message>
            <source>Pair now</source>
            <translation>Koble til nå</translation>
        </message>
        <message>
            <source>Pair this tablet with the office</source>
            <translation>Koble nettbrettet til kontoret</translation>
        </message>
        <message>
            <source>Search results</source>
            <translation>Søkeresultater</translation>
        </message>
        <message>
            <source>Nothing found for “%1”.</source>
            <translation>Fant ingenting for «%1».</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Deltakere</translation>
        </message>
        <message>
            <source>Needs attention (%1)</source>
            <translation>Trenger oppmerksomhet (%1)</translation>
        </message>
        <message>
            <source>Only those needing attention</source>
            <translation>Bare de som trenger oppmerksomhet</translation>
        </message>
        <message>
            <source>Nobody needs attention right now.</source>
            <translation>Ingen trenger oppmerksomhet akkurat nå.</translation>
        </message>
        <message>
            <source>Needs attention</source>
            <translation>Trenger oppmerksomhet</translation>
        </message>
        <message>
            <source>Nothing needs attention.</source>
            <translation>Ingenting trenger oppmerksomhet.</translation>
        </message>
        <message>
            <source>+ New visit</source>
            <translation>+ Nytt besøk</translation>
        </message>
        <message>
            <source>New visit</source>
            <translation>Nytt besøk</translation>
        </message>
        <message>
            <source>+ New participant</source>
            <translation>+ Ny deltaker</translation>
        </message>
        <message>
            <source>Take on a new participant</source>
            <translation>Ta inn en ny deltaker</translation>
        </message>
        <message>
            <source>No participants on this tablet yet. Take someone on with “New participant”, or sync with the office to bring your caseload.</source>
            <translation>Ingen deltakere på nettbrettet ennå. Ta inn en person med «Ny deltaker», eller synkroniser med kontoret for å hente deltakerne dine.</translation>
        </message>
    </context>
    <context>
        <name>ConflictCard</name>
        <message>
            <source>Sensitive: tap to show both values</source>
            <translation>Sensitivt: trykk for å vise begge verdiene</translation>
        </message>
        <message>
            <source>Show both values of %1</source>
            <translation>Vis begge verdiene for %1</translation>
        </message>
        <message>
            <source>In the record now</source>
            <translation>Lagret nå</translation>
        </message>
        <message>
            <source>Keep this</source>
            <translation>Behold denne</translation>
        </message>
        <message>
            <source>Keep %1 for %2</source>
            <translation>Behold %1 for %2</translation>
        </message>
        <message>
            <source>Set aside</source>
            <translation>Lagt til side</translation>
        </message>
        <message>
            <source>Use this instead</source>
            <translation>Bruk denne i stedet</translation>
        </message>
        <message>
            <source>Use %1 for %2 instead</source>
            <translation>Bruk %1 for %2 i stedet</translation>
        </message>
    </context>
    <context>
        <name>ConsentNotice</name>
        <message>
            <source>Consent: %1</source>
            <translation>Samtykke: %1</translation>
        </message>
        <message>
            <source>Before you note anything for this employer</source>
            <translation>Før du noterer noe for denne arbeidsgiveren</translation>
        </message>
    </context>
    <context>
        <name>ConsentPage</name>
        <message>
            <source>Record consent</source>
            <translation>Registrer samtykke</translation>
        </message>
        <message>
            <source>Something may be told</source>
            <translation>At noe kan fortelles</translation>
        </message>
        <message>
            <source>Takes part voluntarily</source>
            <translation>Deltar frivillig</translation>
        </message>
        <message>
            <source>Consent to</source>
            <translation>Samtykke til</translation>
        </message>
        <message>
            <source>What may be told</source>
            <translation>Hva som kan fortelles</translation>
        </message>
        <message>
            <source>To whom</source>
            <translation>Til hvem</translation>
        </message>
        <message>
            <source>Choose the mentor</source>
            <translation>Velg fadder/mentor</translation>
        </message>
        <message>
            <source>Choose the employer</source>
            <translation>Velg arbeidsgiver</translation>
        </message>
        <message>
            <source>Mentor</source>
            <translation>Mentor</translation>
        </message>
        <message>
            <source>Employer</source>
            <translation>Arbeidsgiver</translation>
        </message>
        <message>
            <source>The NAV counsellor's name (optional)</source>
            <translation>Navnet på NAV-veilederen (valgfritt)</translation>
        </message>
        <message>
            <source>NAV counsellor's name</source>
            <translation>Navnet på NAV-veilederen</translation>
        </message>
        <message>
            <source>What it is for, e.g. adapting the tasks</source>
            <translation>Hva det skal brukes til, f.eks. å tilpasse oppgavene</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Formål</translation>
        </message>
        <message>
            <source>Given on</source>
            <translation>Gitt</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>I dag</translation>
        </message>
        <message>
            <source>Yesterday</source>
            <translation>I går</translation>
        </message>
        <message>
            <source>How it was given</source>
            <translation>Hvordan det ble gitt</translation>
        </message>
        <message>
            <source>What the person was shown, in plain language</source>
            <translation>Det personen fikk se, på enkelt språk</translation>
        </message>
        <message>
            <source>Plain-language summary</source>
            <translation>Sammendrag på enkelt språk</translation>
        </message>
        <message>
            <source>Read the summary together. The participant can revoke the consent at any time; it then takes effect at once.</source>
            <translation>Les sammendraget sammen. Deltakeren kan trekke samtykket tilbake når som helst; det gjelder da med en gang.</translation>
        </message>
    </context>
    <context>
        <name>ConsentsTab</name>
        <message>
            <source>Consents</source>
            <translation>Samtykker</translation>
        </message>
        <message>
            <source>Nothing about the participant goes to an employer or a mentor without an active consent.</source>
            <translation>Ingenting om deltakeren går til en arbeidsgiver eller mentor uten et gyldig samtykke.</translation>
        </message>
        <message>
            <source>%1 with %2</source>
            <translation>%1 med %2</translation>
        </message>
        <message>
            <source>Purpose: %1</source>
            <translation>Formål: %1</translation>
        </message>
        <message>
            <source>No consents recorded.</source>
            <translation>Ingen samtykker registrert.</translation>
        </message>
        <message>
            <source>Record consent</source>
            <translation>Registrer samtykke</translation>
        </message>
        <message>
            <source>Record consent for %1</source>
            <translation>Registrer samtykke for %1</translation>
        </message>
        <message>
            <source>Revoke consent</source>
            <translation>Trekk tilbake samtykke</translation>
        </message>
        <message>
            <source>Revoking takes effect at once, on every tablet at its next sync, and cannot be undone. If the participant agrees again later, record a new consent.</source>
            <translation>Tilbaketrekkingen gjelder med en gang, på hvert nettbrett ved neste synkronisering, og kan ikke angres. Hvis deltakeren sier ja igjen senere, registrerer du et nytt samtykke.</translation>
        </message>
        <message>
            <source>Withdrawn on</source>
            <translation>Trukket tilbake</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>I dag</translation>
        </message>
        <message>
            <source>Yesterday</source>
            <translation>I går</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <source>Revoke</source>
            <translation>Trekk tilbake</translation>
        </message>
        <message>
            <source>Revoke consent: %1</source>
            <translation>Trekk tilbake samtykke: %1</translation>
        </message>
    </context>
    <context>
        <name>CourseDialog</name>
        <message>
            <source>Steps worked on with %1</source>
            <translation>Steg det arbeides med sammen med %1</translation>
        </message>
        <message>
            <source>Change the status of %1</source>
            <translation>Endre status for %1</translation>
        </message>
        <message>
            <source>Pause the follow-up of %1</source>
            <translation>Sett oppfølgingen av %1 på pause</translation>
        </message>
        <message>
            <source>Resume the follow-up of %1</source>
            <translation>Gjenoppta oppfølgingen av %1</translation>
        </message>
        <message>
            <source>Extend the measure for %1</source>
            <translation>Forleng tiltaket for %1</translation>
        </message>
        <message>
            <source>Which steps are you working on now? Several at once is fine; the order is yours.</source>
            <translation>Hvilke steg jobber dere med nå? Flere samtidig går fint; rekkefølgen bestemmer dere.</translation>
        </message>
        <message>
            <source>Steps worked on</source>
            <translation>Steg det arbeides med</translation>
        </message>
        <message>
            <source>New status</source>
            <translation>Ny status</translation>
        </message>
        <message>
            <source>Returns to the status before the pause</source>
            <translation>Går tilbake til statusen før pausen</translation>
        </message>
        <message>
            <source>Which status do they return to?</source>
            <translation>Hvilken status går deltakeren tilbake til?</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Why is the follow-up paused?</source>
            <translation>Hvorfor settes oppfølgingen på pause?</translation>
        </message>
        <message>
            <source>In a few words, e.g. in hospital, travelling home for a month</source>
            <translation>Med noen få ord, f.eks. innlagt, reiser hjem en måned</translation>
        </message>
        <message>
            <source>Why the follow-up is paused</source>
            <translation>Hvorfor oppfølgingen er på pause</translation>
        </message>
        <message>
            <source>Paused from</source>
            <translation>På pause fra</translation>
        </message>
        <message>
            <source>Resumed on</source>
            <translation>Gjenopptatt</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Fra</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>I dag</translation>
        </message>
        <message>
            <source>Yesterday</source>
            <translation>I går</translation>
        </message>
        <message>
            <source>The measure now ends %1.</source>
            <translation>Tiltaket slutter nå %1.</translation>
        </message>
        <message>
            <source>The measure has no end date yet.</source>
            <translation>Tiltaket har ingen sluttdato ennå.</translation>
        </message>
        <message>
            <source>New end of the measure</source>
            <translation>Ny sluttdato for tiltaket</translation>
        </message>
        <message>
            <source>Justification</source>
            <translation>Begrunnelse</translation>
        </message>
        <message>
            <source>Why the measure goes on, as agreed with NAV</source>
            <translation>Hvorfor tiltaket fortsetter, slik det er avtalt med NAV</translation>
        </message>
        <message>
            <source>Justification for the extension</source>
            <translation>Begrunnelse for forlengelsen</translation>
        </message>
        <message>
            <source>Decided on</source>
            <translation>Bestemt</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Sett på pause</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Gjenoppta</translation>
        </message>
        <message>
            <source>Extend</source>
            <translation>Forleng</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Lagre</translation>
        </message>
    </context>
    <context>
        <name>DateField</name>
        <message>
            <source>Choose a date</source>
            <translation>Velg dato</translation>
        </message>
        <message>
            <source>%1: %2. Change the date</source>
            <translation>%1: %2. Endre datoen</translation>
        </message>
        <message>
            <source>%1: choose a date</source>
            <translation>%1: velg dato</translation>
        </message>
        <message>
            <source>No date</source>
            <translation>Ingen dato</translation>
        </message>
        <message>
            <source>%1: remove the date</source>
            <translation>%1: fjern datoen</translation>
        </message>
    </context>
    <context>
        <name>DatePopup</name>
        <message>
            <source>Previous month</source>
            <translation>Forrige måned</translation>
        </message>
        <message>
            <source>Next month</source>
            <translation>Neste måned</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <source>Cancel choosing a date</source>
            <translation>Avbryt valg av dato</translation>
        </message>
    </context>
    <context>
        <name>DraftStrip</name>
        <message>
            <source>Unfinished</source>
            <translation>Ikke ferdig</translation>
        </message>
        <message>
            <source>Continue %1</source>
            <translation>Fortsett %1</translation>
        </message>
    </context>
    <context>
        <name>EmployerFormPage</name>
        <message>
            <source>Register employer</source>
            <translation>Registrer arbeidsgiver</translation>
        </message>
        <message>
            <source>Name of the employer</source>
            <translation>Navn på arbeidsgiveren</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>Bransje</translation>
        </message>
        <message>
            <source>Organisation number</source>
            <translation>Organisasjonsnummer</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>What they need, what would it take to hire</source>
            <translation>Hva de trenger, hva som skal til for å ansette</translation>
        </message>
        <message>
            <source>What they need</source>
            <translation>Hva de trenger</translation>
        </message>
        <message>
            <source>Follow-up preference</source>
            <translation>Ønsket oppfølging</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notater</translation>
        </message>
        <message>
            <source>Register</source>
            <translation>Registrer</translation>
        </message>
        <message>
            <source>Register the employer</source>
            <translation>Registrer arbeidsgiveren</translation>
        </message>
    </context>
    <context>
        <name>EmployerPage</name>
        <message>
            <source>+ New visit</source>
            <translation>+ Nytt besøk</translation>
        </message>
        <message>
            <source>New visit at %1</source>
            <translation>Nytt besøk hos %1</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>Bransje</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>Organisation number</source>
            <translation>Organisasjonsnummer</translation>
        </message>
        <message>
            <source>What they need</source>
            <translation>Hva de trenger</translation>
        </message>
        <message>
            <source>Culture, tone and pace</source>
            <translation>Kultur, tone og tempo</translation>
        </message>
        <message>
            <source>Inclusion experience</source>
            <translation>Erfaring med inkludering</translation>
        </message>
        <message>
            <source>Accommodation options</source>
            <translation>Muligheter for tilrettelegging</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notater</translation>
        </message>
        <message>
            <source>Follow-up preference</source>
            <translation>Ønsket oppfølging</translation>
        </message>
        <message>
            <source>Contact people</source>
            <translation>Kontaktpersoner</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Navn</translation>
        </message>
        <message>
            <source>New contact person's name</source>
            <translation>Navn på ny kontaktperson</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <source>New contact person's role</source>
            <translation>Rollen til ny kontaktperson</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>New contact person's phone</source>
            <translation>Telefon til ny kontaktperson</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Legg til</translation>
        </message>
        <message>
            <source>Add the contact person</source>
            <translation>Legg til kontaktpersonen</translation>
        </message>
        <message>
            <source>Workplaces and tasks</source>
            <translation>Arbeidsplasser og oppgaver</translation>
        </message>
        <message>
            <source>Contact history</source>
            <translation>Kontakthistorikk</translation>
        </message>
        <message>
            <source>Add mentor</source>
            <translation>Legg til mentor</translation>
        </message>
        <message>
            <source>A colleague at %1 who gives the new worker natural support.</source>
            <translation>En kollega hos %1 som gir den nye arbeidstakeren naturlig bistand.</translation>
        </message>
        <message>
            <source>The mentor's name</source>
            <translation>Navnet til mentoren</translation>
        </message>
        <message>
            <source>The mentor's phone</source>
            <translation>Telefonnummeret til mentoren</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-post</translation>
        </message>
        <message>
            <source>The mentor's e-mail</source>
            <translation>E-postadressen til mentoren</translation>
        </message>
        <message>
            <source>Mentor training (course, year)</source>
            <translation>Mentoropplæring (kurs, år)</translation>
        </message>
        <message>
            <source>The mentor's training</source>
            <translation>Opplæringen til mentoren</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <source>Mentors</source>
            <translation>Mentorer</translation>
        </message>
        <message>
            <source>No mentors registered here yet.</source>
            <translation>Ingen mentorer er registrert her ennå.</translation>
        </message>
        <message>
            <source>Mentor</source>
            <translation>Mentor</translation>
        </message>
        <message>
            <source>Add a mentor at %1</source>
            <translation>Legg til en mentor hos %1</translation>
        </message>
    </context>
    <context>
        <name>EmployersPage</name>
        <message>
            <source>Employers</source>
            <translation>Arbeidsgivere</translation>
        </message>
        <message>
            <source>+ Register employer</source>
            <translation>+ Registrer arbeidsgiver</translation>
        </message>
        <message>
            <source>Register a new employer</source>
            <translation>Registrer en ny arbeidsgiver</translation>
        </message>
        <message>
            <source>Find an employer or sector</source>
            <translation>Finn arbeidsgiver eller bransje</translation>
        </message>
        <message>
            <source>No employers here yet.</source>
            <translation>Ingen arbeidsgivere her ennå.</translation>
        </message>
    </context>
    <context>
        <name>EntryPage</name>
        <message>
            <source>A later entry corrects this one.</source>
            <translation>En senere oppføring retter denne.</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Når</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>Deltaker</translation>
        </message>
        <message>
            <source>Employer</source>
            <translation>Arbeidsgiver</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Sted</translation>
        </message>
        <message>
            <source>Who was there</source>
            <translation>Hvem var til stede</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Formål</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>Steg</translation>
        </message>
        <message>
            <source>Observations</source>
            <translation>Observasjoner</translation>
        </message>
        <message>
            <source>The person</source>
            <translation>Personen</translation>
        </message>
        <message>
            <source>The tasks</source>
            <translation>Oppgavene</translation>
        </message>
        <message>
            <source>The environment</source>
            <translation>Miljøet</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notat</translation>
        </message>
        <message>
            <source>Next visit</source>
            <translation>Neste besøk</translation>
        </message>
        <message>
            <source>Who may read it</source>
            <translation>Hvem kan lese det</translation>
        </message>
        <message>
            <source>Agreed actions</source>
            <translation>Avtalte tiltak</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>Hva skjedde</translation>
        </message>
        <message>
            <source>Handled well</source>
            <translation>Taklet godt</translation>
        </message>
        <message>
            <source>Needs work</source>
            <translation>Trenger arbeid</translation>
        </message>
        <message>
            <source>Expected behaviour</source>
            <translation>Forventet atferd</translation>
        </message>
        <message>
            <source>The mentor asks the specialist to follow this up.</source>
            <translation>Mentoren ber jobbspesialisten følge opp dette.</translation>
        </message>
        <message>
            <source>Correct</source>
            <translation>Rett</translation>
        </message>
        <message>
            <source>Correct this visit note</source>
            <translation>Rett dette besøksnotatet</translation>
        </message>
        <message>
            <source>Corrected</source>
            <translation>Rettet</translation>
        </message>
        <message>
            <source>This note replaces an earlier one.</source>
            <translation>Dette notatet erstatter et tidligere.</translation>
        </message>
        <message>
            <source>Show original</source>
            <translation>Vis originalen</translation>
        </message>
        <message>
            <source>Correct the note</source>
            <translation>Rett notatet</translation>
        </message>
        <message>
            <source>The correction is shown in place of this note; the original can still be read.</source>
            <translation>Rettelsen vises i stedet for dette notatet; originalen kan fortsatt leses.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <source>Save correction</source>
            <translation>Lagre rettelsen</translation>
        </message>
    </context>
    <context>
        <name>ErrorBanner</name>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Dismiss the message</source>
            <translation>Lukk meldingen</translation>
        </message>
    </context>
    <context>
        <name>ErrorText</name>
        <message numerus="yes">
            <source>Wait %n minute(s) before the next try.</source>
            <translation>
                <numerusform>Vent %n minutt før neste forsøk.</numerusform>
                <numerusform>Vent %n minutter før neste forsøk.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Wait %n second(s) before the next try.</source>
            <translation>
                <numerusform>Vent %n sekund før neste forsøk.</numerusform>
                <numerusform>Vent %n sekunder før neste forsøk.</numerusform>
            </translation>
        </message>
        <message>
            <source>That passphrase is not right.</source>
            <translation>Passfrasen er ikke riktig.</translation>
        </message>
        <message>
            <source>Too soon after a wrong passphrase.</source>
            <translation>For tidlig etter en feil passfrase.</translation>
        </message>
        <message>
            <source>Too many wrong passphrases: the data on this tablet can no longer be opened. Pair the tablet with the office again to get your synced work back.</source>
            <translation>For mange feil passfraser: dataene på nettbrettet kan ikke lenger åpnes. Koble nettbrettet til kontoret på nytt for å få tilbake det som er synkronisert.</translation>
        </message>
        <message>
            <source>There is no case store on this tablet yet. Set one up first.</source>
            <translation>Det finnes ingen saksmappe på nettbrettet ennå. Sett opp en først.</translation>
        </message>
        <message>
            <source>This is already saved on this tablet.</source>
            <translation>Dette er allerede lagret på nettbrettet.</translation>
        </message>
        <message>
            <source>The case store on this tablet is damaged. Contact support; synced work can be restored by pairing again.</source>
            <translation>Saksmappen på nettbrettet er skadet. Kontakt brukerstøtte; det som er synkronisert kan hentes tilbake ved å koble til på nytt.</translation>
        </message>
        <message>
            <source>The tablet does not allow saving here. Check the storage settings, then try again.</source>
            <translation>Nettbrettet tillater ikke lagring her. Sjekk innstillingene for lagring og prøv igjen.</translation>
        </message>
        <message>
            <source>The tablet's storage is full. Free some space, then try again; nothing typed is lost.</source>
            <translation>Lagringsplassen på nettbrettet er full. Frigjør plass og prøv igjen; ingenting du har skrevet går tapt.</translation>
        </message>
        <message>
            <source>The case store is busy. Try again in a moment.</source>
            <translation>Saksmappen er opptatt. Prøv igjen om et øyeblikk.</translation>
        </message>
        <message>
            <source>The tablet could not read or write its storage. Try again; if it keeps happening, contact support.</source>
            <translation>Nettbrettet fikk ikke lest eller skrevet til lagringen. Prøv igjen; kontakt brukerstøtte hvis det skjer flere ganger.</translation>
        </message>
        <message>
            <source>This record is no longer on this tablet. It may have been removed; go back and refresh.</source>
            <translation>Dette finnes ikke lenger på nettbrettet. Det kan være fjernet; gå tilbake og oppdater.</translation>
        </message>
        <message>
            <source>Something in the form is not valid. Check what you typed and try again.</source>
            <translation>Noe i skjemaet er ikke gyldig. Sjekk det du skrev og prøv igjen.</translation>
        </message>
        <message>
            <source>This is final and cannot be changed. Add a correction instead.</source>
            <translation>Dette er endelig og kan ikke endres. Legg til en rettelse i stedet.</translation>
        </message>
        <message>
            <source>This case store was written by a newer fieldnotes. Update the app.</source>
            <translation>Saksmappen er laget av en nyere fieldnotes. Oppdater appen.</translation>
        </message>
        <message>
            <source>The tablet is locked. Unlock it and try again.</source>
            <translation>Nettbrettet er låst. Lås det opp og prøv igjen.</translation>
        </message>
        <message>
            <source>The office could not be reached. Check the network and try again.</source>
            <translation>Fikk ikke kontakt med kontoret. Sjekk nettet og prøv igjen.</translation>
        </message>
        <message>
            <source>The office answered something unexpected. Try again later; your work stays on the tablet.</source>
            <translation>Kontoret svarte noe uventet. Prøv igjen senere; arbeidet ditt blir liggende på nettbrettet.</translation>
        </message>
        <message>
            <source>The office did not accept this tablet. Ask the office to pair it again.</source>
            <translation>Kontoret godtok ikke nettbrettet. Be kontoret om å koble det til på nytt.</translation>
        </message>
        <message>
            <source>This tablet has been removed from the office. Its data will be wiped.</source>
            <translation>Nettbrettet er fjernet fra kontoret. Dataene på det blir slettet.</translation>
        </message>
        <message>
            <source>Something went wrong. Try again; if it keeps happening, contact support.</source>
            <translation>Noe gikk galt. Prøv igjen; kontakt brukerstøtte hvis det skjer flere ganger.</translation>
        </message>
        <message>
            <source>This tablet's clock is ahead of the office's, so it did not sync. Set the tablet's date, time and time zone (automatic is best), then sync again. Nothing is lost: your changes wait on the tablet.</source>
            <translation>Klokken på dette nettbrettet går foran kontorets, så det ble ikke synkronisert. Still inn dato, klokkeslett og tidssone (helst automatisk), og synkroniser igjen. Ingenting er tapt: endringene dine venter på nettbrettet.</translation>
        </message>
        <message>
            <source>This tablet is not paired with the office yet, so nobody would follow the new participant. Pair the tablet first (Sync), then try again.</source>
            <translation>Nettbrettet er ikke koblet til kontoret ennå, så ingen ville fulgt opp den nye deltakeren. Koble til nettbrettet først (Synkroniser), og prøv igjen.</translation>
        </message>
        <message>
            <source>Only the specialist who follows this participant, or a team lead, can do this.</source>
            <translation>Bare jobbspesialisten som følger opp denne deltakeren, eller en teamleder, kan gjøre dette.</translation>
        </message>
        <message>
            <source>This participant is no longer on this tablet. Go back and refresh.</source>
            <translation>Denne deltakeren er ikke lenger på nettbrettet. Gå tilbake og oppdater.</translation>
        </message>
        <message>
            <source>Write the participant's name. A first name, or a name they choose, is enough.</source>
            <translation>Skriv navnet til deltakeren. Et fornavn, eller et navn personen velger selv, er nok.</translation>
        </message>
        <message>
            <source>The consent text</source>
            <translation>Samtykketeksten</translation>
        </message>
        <message>
            <source>“%1” holds an 11-digit number, written like a national ID number (fødselsnummer). fieldnotes never keeps national ID numbers: remove it and save again.</source>
            <translation>«%1» inneholder et tall med 11 sifre, skrevet som et fødselsnummer. fieldnotes lagrer aldri fødselsnumre: fjern det og lagre på nytt.</translation>
        </message>
        <message>
            <source>The referral date is in the future. Choose the day NAV referred the person: today or earlier.</source>
            <translation>Henvisningsdatoen er fram i tid. Velg dagen NAV henviste personen: i dag eller tidligere.</translation>
        </message>
        <message>
            <source>The measure cannot end before the referral date. Check the end date.</source>
            <translation>Tiltaket kan ikke slutte før henvisningsdatoen. Sjekk sluttdatoen.</translation>
        </message>
        <message>
            <source>The Norwegian level's date is in the future. Choose the day it was assessed.</source>
            <translation>Datoen for norsknivået er fram i tid. Velg dagen nivået ble vurdert.</translation>
        </message>
        <message>
            <source>Consent is recorded on the day it is given: choose today or an earlier date.</source>
            <translation>Samtykke registreres den dagen det gis: velg i dag eller en tidligere dato.</translation>
        </message>
        <message>
            <source>This participant is already discharged.</source>
            <translation>Denne deltakeren er allerede avsluttet.</translation>
        </message>
        <message>
            <source>The discharge date is in the future. Choose the day it happened: today or earlier.</source>
            <translation>Avslutningsdatoen er fram i tid. Velg dagen det skjedde: i dag eller tidligere.</translation>
        </message>
        <message>
            <source>The discharge date is before the participant was referred. Check the date.</source>
            <translation>Avslutningsdatoen er før deltakeren ble henvist. Sjekk datoen.</translation>
        </message>
        <message>
            <source>This employer is not in the directory on this tablet. Choose one from the list.</source>
            <translation>Denne arbeidsgiveren er ikke i registeret på nettbrettet. Velg en fra listen.</translation>
        </message>
        <message>
            <source>That workplace belongs to another employer. Choose one of this employer's workplaces.</source>
            <translation>Det arbeidsstedet hører til en annen arbeidsgiver. Velg et av denne arbeidsgiverens arbeidssteder.</translation>
        </message>
        <message>
            <source>This participant is discharged. Take them on again before starting a job.</source>
            <translation>Denne deltakeren er avsluttet. Ta personen inn igjen før en jobb startes.</translation>
        </message>
        <message>
            <source>The position must be between 1 and 100 %.</source>
            <translation>Stillingsprosenten må være mellom 1 og 100 %.</translation>
        </message>
        <message>
            <source>A paid job needs its contract kind: permanent, temporary or on call. A trial has none.</source>
            <translation>En lønnet jobb trenger ansettelsesform: fast, midlertidig eller tilkalling. En arbeidsutprøving har ingen.</translation>
        </message>
        <message>
            <source>An end or review date is before the job starts. Check the dates.</source>
            <translation>En slutt- eller vurderingsdato er før jobben starter. Sjekk datoene.</translation>
        </message>
        <message>
            <source>The subsidy must be between 1 and 100 %, and mentor hours above 0.</source>
            <translation>Tilskuddet må være mellom 1 og 100 %, og mentortimer over 0.</translation>
        </message>
        <message>
            <source>This placement is no longer on this tablet. Go back and refresh.</source>
            <translation>Dette arbeidsforholdet er ikke lenger på nettbrettet. Gå tilbake og oppdater.</translation>
        </message>
        <message>
            <source>This placement has already ended.</source>
            <translation>Dette arbeidsforholdet er allerede avsluttet.</translation>
        </message>
        <message>
            <source>The end date is in the future. Choose the day the job ended: today or earlier.</source>
            <translation>Sluttdatoen er fram i tid. Velg dagen jobben sluttet: i dag eller tidligere.</translation>
        </message>
        <message>
            <source>The end date is before the job started. Check the date.</source>
            <translation>Sluttdatoen er før jobben startet. Sjekk datoen.</translation>
        </message>
        <message>
            <source>Write why the job ended, in a few words.</source>
            <translation>Skriv kort hvorfor jobben sluttet.</translation>
        </message>
        <message>
            <source>Choose what may be told.</source>
            <translation>Velg hva som kan fortelles.</translation>
        </message>
        <message>
            <source>Choose who may be told: an employer, a mentor or the NAV counsellor.</source>
            <translation>Velg hvem som kan få vite det: en arbeidsgiver, en fadder/mentor eller NAV-veilederen.</translation>
        </message>
        <message>
            <source>This employer or mentor is not on this tablet. Choose one from the list.</source>
            <translation>Denne arbeidsgiveren eller fadderen finnes ikke på dette nettbrettet. Velg en fra listen.</translation>
        </message>
        <message>
            <source>Write what the information is for.</source>
            <translation>Skriv hva opplysningene skal brukes til.</translation>
        </message>
        <message>
            <source>This consent is no longer on this tablet. Go back and refresh.</source>
            <translation>Dette samtykket finnes ikke lenger på dette nettbrettet. Gå tilbake og oppdater.</translation>
        </message>
        <message>
            <source>This consent has already been revoked.</source>
            <translation>Dette samtykket er allerede trukket tilbake.</translation>
        </message>
        <message>
            <source>The revocation date is in the future. Revoke on the day the person withdraws: today or earlier.</source>
            <translation>Datoen for tilbaketrekking er fram i tid. Trekk tilbake den dagen personen trekker seg: i dag eller tidligere.</translation>
        </message>
        <message>
            <source>The revocation date is before the consent was given. Check the date.</source>
            <translation>Datoen for tilbaketrekking er før samtykket ble gitt. Sjekk datoen.</translation>
        </message>
        <message>
            <source>This action or reminder is no longer on this tablet. Go back and refresh.</source>
            <translation>Dette tiltaket eller denne påminnelsen er ikke lenger på nettbrettet. Gå tilbake og oppdater.</translation>
        </message>
        <message>
            <source>This was already marked done.</source>
            <translation>Dette er allerede merket som gjort.</translation>
        </message>
        <message>
            <source>This was already cancelled.</source>
            <translation>Dette er allerede avlyst.</translation>
        </message>
        <message>
            <source>This meeting is no longer on this tablet. Go back and refresh.</source>
            <translation>Dette møtet er ikke lenger på nettbrettet. Gå tilbake og oppdater.</translation>
        </message>
        <message>
            <source>A visit already kept this meeting, so there is nothing to move or cancel.</source>
            <translation>Et besøk har allerede dekket dette møtet, så det er ikke noe å flytte eller avlyse.</translation>
        </message>
        <message>
            <source>The follow-up ended before this meeting (the job ended or the participant was discharged).</source>
            <translation>Oppfølgingen sluttet før dette møtet (jobben sluttet eller deltakeren ble avsluttet).</translation>
        </message>
        <message>
            <source>Write why the meeting is cancelled, in a few words.</source>
            <translation>Skriv med noen få ord hvorfor møtet avlyses.</translation>
        </message>
        <message>
            <source>Choose today or a later day. A meeting that was held is logged as a visit.</source>
            <translation>Velg i dag eller en senere dag. Et møte som er holdt, føres som et besøk.</translation>
        </message>
        <message>
            <source>A meeting that late no longer counts for this follow-up. Choose an earlier day, or cancel the meeting with a reason.</source>
            <translation>Et så sent møte teller ikke lenger for denne oppfølgingen. Velg en tidligere dag, eller avlys møtet med en begrunnelse.</translation>
        </message>
        <message>
            <source>Write the situation: what happened, in a sentence or two.</source>
            <translation>Skriv situasjonen: hva som skjedde, med en setning eller to.</translation>
        </message>
        <message>
            <source>The date is in the future. Choose the day it happened: today or earlier.</source>
            <translation>Datoen er fram i tid. Velg dagen det skjedde: i dag eller tidligere.</translation>
        </message>
        <message>
            <source>Choose one of the five steps, or none.</source>
            <translation>Velg ett av de fem trinnene, eller ingen.</translation>
        </message>
        <message>
            <source>This entry was changed or deleted since. Go back and open the log again.</source>
            <translation>Dette notatet er endret eller slettet siden. Gå tilbake og åpne loggen på nytt.</translation>
        </message>
        <message>
            <source>Remove the name: the reflection log is never tied to a participant. Write about the situation, not the person.</source>
            <translation>Fjern navnet: refleksjonsloggen knyttes aldri til en deltaker. Skriv om situasjonen, ikke om personen.</translation>
        </message>
        <message>
            <source>A new plan says something: write the goal of the cooperation, the schedule or the tapering plan.</source>
            <translation>En ny plan må si noe: skriv målet for samarbeidet, møteavtalen eller nedtrappingsplanen.</translation>
        </message>
        <message>
            <source>The day the plan was agreed is in the future. Choose the day it was agreed: today or earlier.</source>
            <translation>Dagen planen ble avtalt, er fram i tid. Velg dagen den ble avtalt: i dag eller tidligere.</translation>
        </message>
        <message>
            <source>Write the goal, in the participant's own words if you can.</source>
            <translation>Skriv målet, gjerne med deltakerens egne ord.</translation>
        </message>
        <message>
            <source>This goal is no longer on this tablet. Go back and refresh.</source>
            <translation>Dette målet finnes ikke lenger på nettbrettet. Gå tilbake og oppdater.</translation>
        </message>
        <message>
            <source>That main goal is no longer in the plan. Choose another one, or none.</source>
            <translation>Det hovedmålet er ikke lenger i planen. Velg et annet, eller ingen.</translation>
        </message>
        <message>
            <source>That goal is itself a sub-goal. Put the new goal under its main goal.</source>
            <translation>Det målet er selv et delmål. Legg det nye målet under hovedmålet.</translation>
        </message>
        <message>
            <source>The goal is already marked so; nothing changed.</source>
            <translation>Målet er allerede markert slik; ingenting ble endret.</translation>
        </message>
        <message>
            <source>This participant is discharged: their plan and goals stay as they were.</source>
            <translation>Deltakeren er avsluttet: planen og målene blir stående som de var.</translation>
        </message>
        <message>
            <source>Write the mentor's name. A first name and a surname is enough.</source>
            <translation>Skriv navnet til mentoren. Fornavn og etternavn er nok.</translation>
        </message>
        <message>
            <source>This mentor is not on this tablet. Choose one from the list.</source>
            <translation>Denne mentoren er ikke på nettbrettet. Velg en fra listen.</translation>
        </message>
        <message>
            <source>This mentor assignment is no longer on this tablet. Go back and refresh.</source>
            <translation>Denne mentoravtalen er ikke lenger på nettbrettet. Gå tilbake og oppdater.</translation>
        </message>
        <message>
            <source>The mentor works at another employer than this job. Choose a mentor at the job's employer.</source>
            <translation>Mentoren jobber hos en annen arbeidsgiver enn denne jobben. Velg en mentor hos arbeidsgiveren til jobben.</translation>
        </message>
        <message>
            <source>The structured talk is held every 7 to 56 days; every other week is the model.</source>
            <translation>Den strukturerte samtalen holdes hver 7. til 56. dag; annenhver uke er modellen.</translation>
        </message>
        <message>
            <source>This mentor is already assigned to the participant.</source>
            <translation>Denne mentoren er allerede knyttet til deltakeren.</translation>
        </message>
        <message>
            <source>That is the current mentor. Choose the colleague who takes over.</source>
            <translation>Det er den nåværende mentoren. Velg kollegaen som tar over.</translation>
        </message>
        <message>
            <source>This mentor assignment has already ended.</source>
            <translation>Denne mentoravtalen er allerede avsluttet.</translation>
        </message>
        <message>
            <source>The date is before the mentor started. Check the date.</source>
            <translation>Datoen er før mentoren startet. Sjekk datoen.</translation>
        </message>
        <message>
            <source>Write the learning goal in a few words.</source>
            <translation>Skriv læringsmålet med noen få ord.</translation>
        </message>
        <message>
            <source>That colleague is not on the team list on this tablet. Sync, then choose from the list.</source>
            <translation>Den kollegaen står ikke på teamlisten på dette nettbrettet. Synkroniser, og velg fra listen.</translation>
        </message>
        <message>
            <source>A mentor does not follow participants. Choose a specialist or a team lead.</source>
            <translation>En mentor følger ikke opp deltakere. Velg en jobbspesialist eller en teamleder.</translation>
        </message>
        <message>
            <source>That colleague already follows this participant. Choose who takes over.</source>
            <translation>Den kollegaen følger allerede opp denne deltakeren. Velg hvem som tar over.</translation>
        </message>
        <message>
            <source>The hand-over date is in the future. Hand over on the day the colleague takes over.</source>
            <translation>Overføringsdatoen er fram i tid. Overfør på dagen kollegaen tar over.</translation>
        </message>
        <message>
            <source>This participant is discharged: their steps, status and measure stay as they were.</source>
            <translation>Deltakeren er avsluttet: steg, status og tiltak blir stående som de var.</translation>
        </message>
        <message>
            <source>Choose at least one step. Several at once is fine.</source>
            <translation>Velg minst ett steg. Flere samtidig går fint.</translation>
        </message>
        <message>
            <source>These are the steps worked on already; nothing changed.</source>
            <translation>Det er disse stegene det arbeides med allerede; ingenting ble endret.</translation>
        </message>
        <message>
            <source>The participant already has this status; nothing changed.</source>
            <translation>Deltakeren har allerede denne statusen; ingenting ble endret.</translation>
        </message>
        <message>
            <source>Pause and discharge have their own buttons, which record why.</source>
            <translation>Pause og avslutning har egne knapper, som tar med hvorfor.</translation>
        </message>
        <message>
            <source>The participant is paused. Resume first; you can choose the status they return to.</source>
            <translation>Deltakeren er på pause. Gjenoppta først; du kan velge statusen deltakeren går tilbake til.</translation>
        </message>
        <message>
            <source>The day is in the future. Choose the day it happened: today or earlier.</source>
            <translation>Dagen er fram i tid. Velg dagen det skjedde: i dag eller tidligere.</translation>
        </message>
        <message>
            <source>The day is before the participant was referred. Check the date.</source>
            <translation>Dagen er før deltakeren ble henvist. Sjekk datoen.</translation>
        </message>
        <message>
            <source>The day is before the last change of the same kind. Check the date.</source>
            <translation>Dagen er før forrige endring av samme slag. Sjekk datoen.</translation>
        </message>
        <message>
            <source>This participant is paused already.</source>
            <translation>Deltakeren er allerede på pause.</translation>
        </message>
        <message>
            <source>This participant is not paused.</source>
            <translation>Deltakeren er ikke på pause.</translation>
        </message>
        <message>
            <source>Write why the follow-up is paused, in a few words.</source>
            <translation>Skriv med noen få ord hvorfor oppfølgingen settes på pause.</translation>
        </message>
        <message>
            <source>The status before this pause was not recorded. Choose the status the participant returns to.</source>
            <translation>Statusen før denne pausen ble ikke registrert. Velg statusen deltakeren går tilbake til.</translation>
        </message>
        <message>
            <source>The new end must be after the current end of the measure. Check the date.</source>
            <translation>Den nye sluttdatoen må være etter dagens sluttdato for tiltaket. Sjekk datoen.</translation>
        </message>
        <message>
            <source>The day the extension was decided is in the future. Choose today or an earlier day.</source>
            <translation>Dagen forlengelsen ble bestemt, er fram i tid. Velg i dag eller en tidligere dag.</translation>
        </message>
        <message>
            <source>Write why the measure is extended: an extension needs its justification.</source>
            <translation>Skriv hvorfor tiltaket forlenges: en forlengelse må begrunnes.</translation>
        </message>
        <message>
            <source>Choose who the visit was with: a participant, an employer, or both.</source>
            <translation>Velg hvem besøket var med: en deltaker, en arbeidsgiver eller begge.</translation>
        </message>
        <message>
            <source>Choose the employer you visited.</source>
            <translation>Velg arbeidsgiveren du besøkte.</translation>
        </message>
        <message>
            <source>A visit note is for something that has happened: choose today or an earlier date.</source>
            <translation>Et besøksnotat gjelder noe som har skjedd: velg i dag eller en tidligere dato.</translation>
        </message>
        <message>
            <source>Write the time as hours and minutes, for example 09:30.</source>
            <translation>Skriv klokkeslettet som timer og minutter, for eksempel 09:30.</translation>
        </message>
        <message>
            <source>The duration is in minutes, up to a day. Leave it empty if you do not know it.</source>
            <translation>Varigheten er i minutter, opptil et døgn. La den stå tom hvis du ikke vet den.</translation>
        </message>
        <message>
            <source>The next visit must come after this one.</source>
            <translation>Neste besøk må være etter dette.</translation>
        </message>
        <message>
            <source>Write what the visit was about: a note, or at least its purpose.</source>
            <translation>Skriv hva besøket handlet om: et notat, eller i det minste formålet.</translation>
        </message>
        <message>
            <source>This visit is no longer on this tablet. Go back and refresh.</source>
            <translation>Dette besøket er ikke lenger på nettbrettet. Gå tilbake og oppdater.</translation>
        </message>
        <message>
            <source>This is a mentor's natural-support entry, not a visit: only the mentor corrects it.</source>
            <translation>Dette er mentorens notat om naturlig bistand, ikke et besøk: bare mentoren kan rette det.</translation>
        </message>
        <message>
            <source>This visit has been corrected already. Open the correction and correct that instead.</source>
            <translation>Dette besøket er allerede rettet. Åpne rettelsen og rett den i stedet.</translation>
        </message>
        <message>
            <source>Nothing was changed. Change the position, the contract, a date, the tasks or the accommodations.</source>
            <translation>Ingenting er endret. Endre stillingsprosent, kontrakt, en dato, arbeidsoppgavene eller tilretteleggingen.</translation>
        </message>
        <message>
            <source>This participant is discharged; their placements stay as they were.</source>
            <translation>Denne deltakeren er avsluttet; arbeidsforholdene blir stående som de var.</translation>
        </message>
        <message>
            <source>The new position cannot count from before the job started. Choose the day it changes.</source>
            <translation>Ny stillingsprosent kan ikke gjelde fra før jobben startet. Velg dagen den endres.</translation>
        </message>
        <message>
            <source>The position was last changed on that day or later. Choose a later day for the new position.</source>
            <translation>Stillingsprosenten ble sist endret den dagen eller senere. Velg en senere dag for den nye stillingsprosenten.</translation>
        </message>
        <message>
            <source>The position is that % already. Write the new %.</source>
            <translation>Stillingen har allerede den prosenten. Skriv den nye prosenten.</translation>
        </message>
        <message>
            <source>A job tasting has no contract. If it led to a job, end the tasting and start the job.</source>
            <translation>En jobbsmak har ingen kontrakt. Førte den til en jobb, avslutt jobbsmaken og start jobben.</translation>
        </message>
        <message>
            <source>A permanent contract has no end date. Leave the contract end out, or choose a temporary contract.</source>
            <translation>En fast kontrakt har ingen sluttdato. La kontraktsslutt stå tom, eller velg midlertidig kontrakt.</translation>
        </message>
        <message>
            <source>Write the employer's name.</source>
            <translation>Skriv navnet på arbeidsgiveren.</translation>
        </message>
        <message>
            <source>The organisation number is not a valid one: it has nine digits, the last a check digit. Copy it from the Brønnøysund register (brreg.no), or leave it empty.</source>
            <translation>Organisasjonsnummeret er ikke gyldig: det har ni sifre, og det siste er et kontrollsiffer. Kopier det fra Brønnøysundregistrene (brreg.no), eller la feltet stå tomt.</translation>
        </message>
        <message>
            <source>An employer with this organisation number is already registered. Open that employer in the list and add a workplace there instead.</source>
            <translation>En arbeidsgiver med dette organisasjonsnummeret er allerede registrert. Åpne den arbeidsgiveren i listen og legg til en arbeidsplass der i stedet.</translation>
        </message>
        <message>
            <source>Write the contact person's name, then add them.</source>
            <translation>Skriv navnet til kontaktpersonen, og legg personen til.</translation>
        </message>
        <message>
            <source>Write the workplace's name, then add it.</source>
            <translation>Skriv navnet på arbeidsplassen, og legg den til.</translation>
        </message>
        <message>
            <source>Write what the task is, then add it.</source>
            <translation>Skriv hva oppgaven er, og legg den til.</translation>
        </message>
        <message>
            <source>This person is not assigned to you as a mentor. Ask the job specialist.</source>
            <translation>Denne personen er ikke tildelt deg som mentor. Spør jobbspesialisten.</translation>
        </message>
        <message>
            <source>Choose today or an earlier date.</source>
            <translation>Velg i dag eller en tidligere dato.</translation>
        </message>
        <message>
            <source>Write a few words about what happened.</source>
            <translation>Skriv noen ord om hva som skjedde.</translation>
        </message>
        <message>
            <source>The time is in minutes, up to a day.</source>
            <translation>Tiden skrives i minutter, opptil ett døgn.</translation>
        </message>
        <message>
            <source>This is not a field of the profile. Go back and refresh.</source>
            <translation>Dette er ikke et felt i profilen. Gå tilbake og oppdater.</translation>
        </message>
        <message>
            <source>Wanted hours is a percentage from 0 to 100.</source>
            <translation>Ønsket stillingsprosent er et tall fra 0 til 100.</translation>
        </message>
        <message>
            <source>A date is before the measure or its new period begins. Check the dates.</source>
            <translation>En dato er før virkemiddelet eller den nye perioden begynner. Sjekk datoene.</translation>
        </message>
        <message>
            <source>This support measure is no longer on this tablet. Go back and refresh.</source>
            <translation>Dette virkemiddelet er ikke lenger på nettbrettet. Gå tilbake og oppdater.</translation>
        </message>
        <message>
            <source>This measure has a later period. Change the latest one.</source>
            <translation>Dette virkemiddelet har en senere periode. Endre den siste.</translation>
        </message>
        <message>
            <source>A new period starts after the current one began. Choose a later day.</source>
            <translation>En ny periode starter etter at den nåværende begynte. Velg en senere dag.</translation>
        </message>
        <message>
            <source>The measure had ended by that day. Choose a day while it ran, or start a new period.</source>
            <translation>Virkemiddelet var avsluttet den dagen. Velg en dag mens det gjaldt, eller start en ny periode.</translation>
        </message>
        <message>
            <source>The measure already ends by that day. Choose an earlier last day, or start a new period to make it longer.</source>
            <translation>Virkemiddelet slutter allerede innen den dagen. Velg en tidligere siste dag, eller start en ny periode for å forlenge det.</translation>
        </message>
        <message>
            <source>Record the review once it is held: today or earlier. A coming review is the next review date.</source>
            <translation>Registrer vurderingen når den er holdt: i dag eller tidligere. En kommende vurdering settes som neste vurderingsdato.</translation>
        </message>
        <message>
            <source>The next review comes after the one held. Choose a later day.</source>
            <translation>Neste vurdering kommer etter den som er holdt. Velg en senere dag.</translation>
        </message>
        <message>
            <source>The review is after the measure's period ends. Choose a day by the end, or start a new period.</source>
            <translation>Vurderingen er etter at virkemiddelets periode slutter. Velg en dag innen slutten, eller start en ny periode.</translation>
        </message>
        <message>
            <source>The position has not changed since the start: there is no change to correct.</source>
            <translation>Stillingen er ikke endret siden start: det er ingen endring å rette.</translation>
        </message>
        <message>
            <source>The fidelity form has 19 items. Go back and refresh the form.</source>
            <translation>Skjemaet for metodetroskap har 19 punkter. Gå tilbake og last inn skjemaet på nytt.</translation>
        </message>
        <message>
            <source>Choose one of the item's five options.</source>
            <translation>Velg ett av punktets fem alternativer.</translation>
        </message>
        <message>
            <source>Tick only the practices the item lists.</source>
            <translation>Kryss bare av for praksisene punktet nevner.</translation>
        </message>
        <message>
            <source>Write what you want to discuss at the case review, in a sentence or two.</source>
            <translation>Skriv hva du vil drøfte i kasusdrøftingen, med en setning eller to.</translation>
        </message>
        <message>
            <source>This is in the case review's queue already and not yet discussed. Add to that question at the review, or withdraw it first.</source>
            <translation>Dette står allerede i køen til kasusdrøftingen og er ikke drøftet ennå. Legg til i det spørsmålet i drøftingen, eller trekk det først.</translation>
        </message>
        <message>
            <source>This item is no longer in the case review's queue on this tablet. Go back and refresh.</source>
            <translation>Saken er ikke lenger i køen til kasusdrøftingen på nettbrettet. Gå tilbake og oppdater.</translation>
        </message>
        <message>
            <source>This item was withdrawn and is no longer in the queue.</source>
            <translation>Saken er trukket og står ikke lenger i køen.</translation>
        </message>
        <message>
            <source>This item has been discussed and its advice stands. Put it up again for a new question.</source>
            <translation>Saken er drøftet, og rådet står. Meld den opp på nytt for et nytt spørsmål.</translation>
        </message>
        <message>
            <source>Write the advice the review gave: it reaches the specialist who asked.</source>
            <translation>Skriv rådet fra drøftingen: det går til jobbspesialisten som spurte.</translation>
        </message>
        <message>
            <source>Record the advice on the day it was given: today or earlier.</source>
            <translation>Registrer rådet på dagen det ble gitt: i dag eller tidligere.</translation>
        </message>
        <message>
            <source>The advice cannot be from before the item was put up. Check the day of the review.</source>
            <translation>Rådet kan ikke være fra før saken ble meldt opp. Sjekk dagen for drøftingen.</translation>
        </message>
    </context>
    <context>
        <name>ExportPage</name>
        <message>
            <source>Language</source>
            <translation>Språk</translation>
        </message>
        <message>
            <source>Protection</source>
            <translation>Beskyttelse</translation>
        </message>
        <message>
            <source>Sealed to the office's key (best: only the office can open it)</source>
            <translation>Låst med kontorets nøkkel (best: bare kontoret kan åpne den)</translation>
        </message>
        <message>
            <source>This tablet has no office key yet (it comes with pairing), so the file is protected with a passphrase.</source>
            <translation>Nettbrettet har ingen kontornøkkel ennå (den kommer med tilkoblingen), så filen beskyttes med en passfrase.</translation>
        </message>
        <message>
            <source>Make up a passphrase for me (shown once)</source>
            <translation>Lag en passfrase for meg (vises én gang)</translation>
        </message>
        <message>
            <source>I choose the passphrase</source>
            <translation>Jeg velger passfrasen selv</translation>
        </message>
        <message>
            <source>Passphrase (at least 12 characters)</source>
            <translation>Passfrase (minst 12 tegn)</translation>
        </message>
        <message>
            <source>Export passphrase</source>
            <translation>Passfrase for eksporten</translation>
        </message>
        <message>
            <source>The same passphrase again</source>
            <translation>Samme passfrase én gang til</translation>
        </message>
        <message>
            <source>Export passphrase again</source>
            <translation>Passfrasen for eksporten en gang til</translation>
        </message>
        <message>
            <source>Making the file…</source>
            <translation>Lager filen …</translation>
        </message>
        <message>
            <source>Make the encrypted file</source>
            <translation>Lag den krypterte filen</translation>
        </message>
        <message>
            <source>The encrypted file is saved.</source>
            <translation>Den krypterte filen er lagret.</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Fil</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>Mappe</translation>
        </message>
        <message>
            <source>The passphrase. Write it down now: it is shown only this once.</source>
            <translation>Passfrasen. Skriv den ned nå: den vises bare denne ene gangen.</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Utført</translation>
        </message>
    </context>
    <context>
        <name>FidelityForm</name>
        <message>
            <source>Caseload size</source>
            <translation>Antall deltakere</translation>
        </message>
        <message>
            <source>How many participants do you follow at the moment?</source>
            <translation>Hvor mange deltakere følger du opp nå?</translation>
        </message>
        <message>
            <source>41 or more</source>
            <translation>41 eller flere</translation>
        </message>
        <message>
            <source>31 to 40</source>
            <translation>31 til 40</translation>
        </message>
        <message>
            <source>26 to 30</source>
            <translation>26 til 30</translation>
        </message>
        <message>
            <source>21 to 25</source>
            <translation>21 til 25</translation>
        </message>
        <message>
            <source>20 or fewer</source>
            <translation>20 eller færre</translation>
        </message>
        <message>
            <source>Time on participant work</source>
            <translation>Tid til deltakerarbeid</translation>
        </message>
        <message>
            <source>What share of your position goes to work for participants (employer contact, their network, records and coordination included)?</source>
            <translation>Hvor stor del av stillingen din går til arbeid for deltakerne (kontakt med arbeidsgivere, nettverket deres, dokumentasjon og samordning medregnet)?</translation>
        </message>
        <message>
            <source>Under 60 %</source>
            <translation>Under 60 %</translation>
        </message>
        <message>
            <source>60 to 74 %</source>
            <translation>60 til 74 %</translation>
        </message>
        <message>
            <source>75 to 89 %</source>
            <translation>75 til 89 %</translation>
        </message>
        <message>
            <source>90 to 95 %</source>
            <translation>90 til 95 %</translation>
        </message>
        <message>
            <source>96 % or more</source>
            <translation>96 % eller mer</translation>
        </message>
        <message>
            <source>Tasks you do yourself</source>
            <translation>Oppgaver du gjør selv</translation>
        </message>
        <message>
            <source>Which parts of the service do you do yourself? Tick all that apply.</source>
            <translation>Hvilke deler av tjenesten gjør du selv? Kryss av for alt som passer.</translation>
        </message>
        <message>
            <source>a) Refer participants on to other suitable programmes (recorded, not scored)</source>
            <translation>a) Henviser deltakere videre til andre passende tiltak (registreres, gir ikke poeng)</translation>
        </message>
        <message>
            <source>b) Take part in deciding who gets the programme</source>
            <translation>b) Er med på å avgjøre hvem som får tiltaket</translation>
        </message>
        <message>
            <source>c) Assess whether a participant suits the programme</source>
            <translation>c) Vurderer om deltakeren passer for tiltaket</translation>
        </message>
        <message>
            <source>d) Find suitable workplaces</source>
            <translation>d) Finner passende arbeidsplasser</translation>
        </message>
        <message>
            <source>e) Give one-to-one guidance at the workplace</source>
            <translation>e) Gir individuell veiledning på arbeidsplassen</translation>
        </message>
        <message>
            <source>f) Give continuous support to the participant in the job</source>
            <translation>f) Gir løpende støtte til deltakeren i jobben</translation>
        </message>
        <message>
            <source>Contact with the NAV counsellor</source>
            <translation>Kontakt med NAV-veilederen</translation>
        </message>
        <message>
            <source>How often do you and the NAV counsellor talk about shared participants and measures (phone, e-mail or in person)?</source>
            <translation>Hvor ofte snakker du og NAV-veilederen om felles deltakere og tiltak (telefon, e-post eller møte)?</translation>
        </message>
        <message>
            <source>Less often than every three months</source>
            <translation>Sjeldnere enn hver tredje måned</translation>
        </message>
        <message>
            <source>At least every three months</source>
            <translation>Minst hver tredje måned</translation>
        </message>
        <message>
            <source>Monthly</source>
            <translation>Hver måned</translation>
        </message>
        <message>
            <source>Planned meetings at least every quarter, or informal contact every week</source>
            <translation>Planlagte møter minst hvert kvartal, eller uformell kontakt hver uke</translation>
        </message>
        <message>
            <source>Planned meetings at least monthly and informal contact every week</source>
            <translation>Planlagte møter minst hver måned og uformell kontakt hver uke</translation>
        </message>
        <message>
            <source>How the team is organised</source>
            <translation>Hvordan teamet er organisert</translation>
        </message>
        <message>
            <source>Which statement describes best how you job specialists are organised?</source>
            <translation>Hvilket utsagn beskriver best hvordan dere jobbspesialister er organisert?</translation>
        </message>
        <message>
            <source>Not a team of our own</source>
            <translation>Ikke et eget team</translation>
        </message>
        <message>
            <source>A team lead, but no group meetings and no covering for each other</source>
            <translation>En teamleder, men ingen gruppemøter og ingen som dekker for hverandre</translation>
        </message>
        <message>
            <source>A team lead, a weekly case talk among us, and we cover for each other when needed</source>
            <translation>En teamleder, ukentlig saksdrøfting oss imellom, og vi dekker for hverandre ved behov</translation>
        </message>
        <message>
            <source>At least two of us and a lead as a unit of our own, with case supervision 2 to 3 times a month and covering for each other</source>
            <translation>Minst to av oss og en leder som egen enhet, med saksveiledning 2 til 3 ganger i måneden og dekning for hverandre</translation>
        </message>
        <message>
            <source>As the one before, with case supervision every week or more often</source>
            <translation>Som forrige, med saksveiledning hver uke eller oftere</translation>
        </message>
        <message>
            <source>Who is offered a job specialist</source>
            <translation>Hvem som får tilbud om jobbspesialist</translation>
        </message>
        <message>
            <source>Who is offered a job specialist, and does losing a job close the door?</source>
            <translation>Hvem får tilbud om jobbspesialist, og stenges døren når noen mister en jobb?</translation>
        </message>
        <message>
            <source>Formal criteria leave out people judged not ready for work</source>
            <translation>Formelle kriterier holder ute dem som vurderes som ikke klare for arbeid</translation>
        </message>
        <message>
            <source>Most are not offered a job specialist, because counsellors judge them not ready</source>
            <translation>De fleste får ikke tilbud, fordi veilederne mener de ikke er klare</translation>
        </message>
        <message>
            <source>Some are not offered a job specialist, for that reason</source>
            <translation>Noen får ikke tilbud, av samme grunn</translation>
        </message>
        <message>
            <source>No criteria leave anyone out, but people are sent elsewhere when we are full; help towards a new job after a job loss</source>
            <translation>Ingen kriterier holder noen ute, men folk sendes videre når vi er fulle; hjelp til ny jobb etter et jobbtap</translation>
        </message>
        <message>
            <source>Everyone who wants one is offered a job specialist, and gets help towards a new job after every job loss</source>
            <translation>Alle som ønsker det får jobbspesialist, og får hjelp til ny jobb etter hvert jobbtap</translation>
        </message>
        <message>
            <source>Promoting ordinary work</source>
            <translation>Arbeid for ordinært arbeid</translation>
        </message>
        <message>
            <source>Which of these hold at your office? Tick all that apply.</source>
            <translation>Hvilke av disse stemmer ved kontoret ditt? Kryss av for alt som passer.</translation>
        </message>
        <message>
            <source>a) The three-way talk (counsellor, job specialist and participant) covers the participant's wish to work</source>
            <translation>a) Trekantsamtalen (veileder, jobbspesialist og deltaker) tar opp deltakerens ønske om arbeid</translation>
        </message>
        <message>
            <source>b) The wish to work is revisited and the plan revised at least once a year</source>
            <translation>b) Ønsket om arbeid tas opp igjen og planen revideres minst én gang i året</translation>
        </message>
        <message>
            <source>c) Information about jobs and supported work is on show in the waiting area</source>
            <translation>c) Informasjon om jobber og arbeid med bistand er synlig på venterommet</translation>
        </message>
        <message>
            <source>d) Participants meet to share experiences at least twice a year</source>
            <translation>d) Deltakerne møtes for å dele erfaringer minst to ganger i året</translation>
        </message>
        <message>
            <source>e) Job specialists measure their placement results at least every quarter and share them with leaders and the office</source>
            <translation>e) Jobbspesialistene måler resultatene sine minst hvert kvartal og deler dem med ledere og kontoret</translation>
        </message>
        <message>
            <source>Support from leaders</source>
            <translation>Støtte fra ledelsen</translation>
        </message>
        <message>
            <source>a) Leaders and middle managers show they know the principles of supported employment</source>
            <translation>a) Ledere og mellomledere viser at de kjenner prinsippene for arbeid med bistand</translation>
        </message>
        <message>
            <source>b) Leaders check the service against those principles and use what they find to improve it</source>
            <translation>b) Ledere kvalitetssikrer tjenesten mot prinsippene og bruker funnene til å forbedre den</translation>
        </message>
        <message>
            <source>c) At least one job specialist and one manager meet at least every six months to review fidelity and propose changes</source>
            <translation>c) Minst én jobbspesialist og én leder møtes minst hvert halvår for å gå gjennom metodetroskapen og foreslå endringer</translation>
        </message>
        <message>
            <source>d) The head of the office tells all staff at least once a year what the job specialist does and aims for</source>
            <translation>d) Kontorsjefen forteller alle ansatte minst én gang i året hva jobbspesialisten gjør og har som mål</translation>
        </message>
        <message>
            <source>e) The team lead reports to the management at least twice a year on what helps or hinders the work</source>
            <translation>e) Teamlederen rapporterer til ledelsen minst to ganger i året om hva som hjelper eller hindrer arbeidet</translation>
        </message>
        <message>
            <source>Getting to know the participant</source>
            <translation>Kartlegging</translation>
        </message>
        <message>
            <source>What describes best how participants are assessed and placements prepared?</source>
            <translation>Hva beskriver best hvordan deltakerne kartlegges og jobber forberedes?</translation>
        </message>
        <message>
            <source>Assessment before any placement, with NAV's own criteria and standard tests</source>
            <translation>Kartlegging før utplassering, med NAVs egne kriterier og standardiserte tester</translation>
        </message>
        <message>
            <source>A route in steps through work trials or a sheltered firm before the ordinary labour market</source>
            <translation>Et løp i trinn gjennom arbeidstrening eller skjermet virksomhet før det ordinære arbeidslivet</translation>
        </message>
        <message>
            <source>Help into ordinary jobs without a planned look at interests, strengths or earlier job losses</source>
            <translation>Hjelp inn i ordinære jobber uten en planlagt gjennomgang av interesser, styrker eller tidligere jobbtap</translation>
        </message>
        <message>
            <source>2 to 3 meetings explore jobs, employers and support needs from the participant's interests and strengths; nothing written in a profile</source>
            <translation>2 til 3 møter utforsker jobber, arbeidsgivere og behov for støtte ut fra deltakerens interesser og styrker; ingenting skrives i en profil</translation>
        </message>
        <message>
            <source>Several meetings; a written profile (wishes, experience, skills, adaptations, strengths, contacts) guides the search and is updated after each job</source>
            <translation>Flere møter; en skriftlig profil (ønsker, erfaring, ferdigheter, tilrettelegging, styrker, kontakter) styrer søket og oppdateres etter hver jobb</translation>
        </message>
        <message>
            <source>Job search from the participant's wishes</source>
            <translation>Jobbsøk ut fra deltakerens ønsker</translation>
        </message>
        <message>
            <source>Contact with an employer can start from a vacancy or from the participant. How often does it start from the participant's wishes and strengths?</source>
            <translation>Kontakt med en arbeidsgiver kan starte fra en ledig stilling eller fra deltakeren. Hvor ofte starter den fra deltakerens ønsker og styrker?</translation>
        </message>
        <message>
            <source>Under 25 %</source>
            <translation>Under 25 %</translation>
        </message>
        <message>
            <source>25 to 49 %</source>
            <translation>25 til 49 %</translation>
        </message>
        <message>
            <source>50 to 74 %</source>
            <translation>50 til 74 %</translation>
        </message>
        <message>
            <source>90 to 100 %</source>
            <translation>90 til 100 %</translation>
        </message>
        <message>
            <source>Employer meetings, written down</source>
            <translation>Arbeidsgivermøter, dokumentert</translation>
        </message>
        <message>
            <source>How many employer meetings do you usually have a week, and are they written down?</source>
            <translation>Hvor mange arbeidsgivermøter har du vanligvis i uken, og skrives de ned?</translation>
        </message>
        <message>
            <source>Fewer than two</source>
            <translation>Færre enn to</translation>
        </message>
        <message>
            <source>2 to 3, or the contacts are not written down in the profile</source>
            <translation>2 til 3, eller kontaktene skrives ikke ned i profilen</translation>
        </message>
        <message>
            <source>At least 4, written down in a profile you go through with the team lead every month</source>
            <translation>Minst 4, skrevet ned i en profil du går gjennom med teamlederen hver måned</translation>
        </message>
        <message>
            <source>At least 5, with the profile gone through every week</source>
            <translation>Minst 5, og profilen gjennomgås hver uke</translation>
        </message>
        <message>
            <source>6 or more, with the profile gone through every week</source>
            <translation>6 eller flere, og profilen gjennomgås hver uke</translation>
        </message>
        <message>
            <source>Kind of employer contact</source>
            <translation>Type arbeidsgiverkontakt</translation>
        </message>
        <message>
            <source>What describes best how you are in touch with employers?</source>
            <translation>Hva beskriver best hvordan du har kontakt med arbeidsgivere?</translation>
        </message>
        <message>
            <source>I meet employers with the participant when an application is handed in, rarely otherwise</source>
            <translation>Jeg møter arbeidsgivere sammen med deltakeren når en søknad leveres, ellers sjelden</translation>
        </message>
        <message>
            <source>I contact employers to gather vacancies and pass them on</source>
            <translation>Jeg kontakter arbeidsgivere for å samle ledige stillinger og gir dem videre</translation>
        </message>
        <message>
            <source>I follow up advertised vacancies, present myself and the programme, and ask for interviews</source>
            <translation>Jeg følger opp utlyste stillinger, presenterer meg og tiltaket, og ber om intervju</translation>
        </message>
        <message>
            <source>I book meetings whether or not there are vacancies, present the participant's strengths and ask for interviews</source>
            <translation>Jeg avtaler møter enten det er ledige stillinger eller ikke, presenterer deltakerens styrker og ber om intervju</translation>
        </message>
        <message>
            <source>I build relationships through repeated, planned visits: I learn the employer's needs, explain the programme and present participants' strengths</source>
            <translation>Jeg bygger relasjoner gjennom gjentatte, planlagte besøk: lærer arbeidsgiverens behov, forklarer tiltaket og presenterer deltakernes styrker</translation>
        </message>
        <message>
            <source>Different kinds of jobs</source>
            <translation>Ulike typer jobber</translation>
        </message>
        <message>
            <source>For what share of participants do you help towards several different kinds of job, not just one?</source>
            <translation>For hvor stor andel av deltakerne hjelper du til flere ulike typer jobber, ikke bare én?</translation>
        </message>
        <message>
            <source>Under 50 %</source>
            <translation>Under 50 %</translation>
        </message>
        <message>
            <source>50 to 59 %</source>
            <translation>50 til 59 %</translation>
        </message>
        <message>
            <source>60 to 69 %</source>
            <translation>60 til 69 %</translation>
        </message>
        <message>
            <source>70 to 84 %</source>
            <translation>70 til 84 %</translation>
        </message>
        <message>
            <source>85 to 100 %</source>
            <translation>85 til 100 %</translation>
        </message>
        <message>
            <source>A new offer after a job ends</source>
            <translation>Nytt tilbud når en jobb tar slutt</translation>
        </message>
        <message>
            <source>What share of participants are given a new job offer after a first try that ended or did not fit?</source>
            <translation>Hvor stor andel av deltakerne får et nytt jobbtilbud etter et første forsøk som tok slutt eller ikke passet?</translation>
        </message>
        <message>
            <source>Under 65 %</source>
            <translation>Under 65 %</translation>
        </message>
        <message>
            <source>65 to 74 %</source>
            <translation>65 til 74 %</translation>
        </message>
        <message>
            <source>75 to 84 %</source>
            <translation>75 til 84 %</translation>
        </message>
        <message>
            <source>85 to 94 %</source>
            <translation>85 til 94 %</translation>
        </message>
        <message>
            <source>95 to 100 %</source>
            <translation>95 til 100 %</translation>
        </message>
        <message>
            <source>Offers in the ordinary labour market</source>
            <translation>Tilbud i det ordinære arbeidslivet</translation>
        </message>
        <message>
            <source>What share of the job offers you propose are in the ordinary labour market (not work trials or sheltered firms)?</source>
            <translation>Hvor stor andel av jobbtilbudene du foreslår er i det ordinære arbeidslivet (ikke arbeidstrening eller skjermet virksomhet)?</translation>
        </message>
        <message>
            <source>Support once in work</source>
            <translation>Støtte i jobben</translation>
        </message>
        <message>
            <source>What describes best the support participants get once they are in work?</source>
            <translation>Hva beskriver best støtten deltakerne får når de er i jobb?</translation>
        </message>
        <message>
            <source>Most get no support once they are in work</source>
            <translation>De fleste får ingen støtte når de er i jobb</translation>
        </message>
        <message>
            <source>About half get some support (phone, e-mail or a meeting), mostly from me</source>
            <translation>Omtrent halvparten får noe støtte (telefon, e-post eller møte), mest fra meg</translation>
        </message>
        <message>
            <source>Most get such support, mostly from me</source>
            <translation>De fleste får slik støtte, mest fra meg</translation>
        </message>
        <message>
            <source>Support fits the job, the participant's wishes and needs; the employer is supported if the participant wants it</source>
            <translation>Støtten tilpasses jobben, deltakerens ønsker og behov; arbeidsgiveren får støtte hvis deltakeren vil</translation>
        </message>
        <message>
            <source>Regular, varied support and guidance on site as needed, support to the employer if wanted, and help towards a better job or education</source>
            <translation>Jevnlig, variert støtte og veiledning på stedet ved behov, støtte til arbeidsgiveren om ønskelig, og hjelp videre til bedre jobb eller utdanning</translation>
        </message>
        <message>
            <source>Meetings after the job starts</source>
            <translation>Møter etter jobbstart</translation>
        </message>
        <message>
            <source>How do you meet participants after they start a job?</source>
            <translation>Hvordan møter du deltakerne etter at de har begynt i jobb?</translation>
        </message>
        <message>
            <source>No meetings in person after the first month</source>
            <translation>Ingen møter ansikt til ansikt etter første måned</translation>
        </message>
        <message>
            <source>I meet fewer than half of them after four months</source>
            <translation>Jeg møter færre enn halvparten etter fire måneder</translation>
        </message>
        <message>
            <source>I meet at least half of them after four months</source>
            <translation>Jeg møter minst halvparten etter fire måneder</translation>
        </message>
        <message>
            <source>Every week in the first month, then at least monthly through the first year</source>
            <translation>Hver uke den første måneden, deretter minst hver måned det første året</translation>
        </message>
        <message>
            <source>In the week before the start, within 3 days after it, every week in month 1, then at least monthly through year 1</source>
            <translation>Uken før start, innen 3 dager etter, hver uke den første måneden, deretter minst hver måned det første året</translation>
        </message>
        <message>
            <source>Time at employers</source>
            <translation>Tid hos arbeidsgivere</translation>
        </message>
        <message>
            <source>What share of your working week do you spend at employers, finding openings and following up participants in work?</source>
            <translation>Hvor stor del av arbeidsuken bruker du hos arbeidsgivere, på å finne muligheter og følge opp deltakere i jobb?</translation>
        </message>
        <message>
            <source>Under 30 %</source>
            <translation>Under 30 %</translation>
        </message>
        <message>
            <source>30 to 39 %</source>
            <translation>30 til 39 %</translation>
        </message>
        <message>
            <source>40 to 49 %</source>
            <translation>40 til 49 %</translation>
        </message>
        <message>
            <source>50 to 64 %</source>
            <translation>50 til 64 %</translation>
        </message>
        <message>
            <source>65 % or more</source>
            <translation>65 % eller mer</translation>
        </message>
        <message>
            <source>Reaching out</source>
            <translation>Oppsøkende arbeid</translation>
        </message>
        <message>
            <source>Which of these fit your work? Tick all that apply. (The printed form repeats its fourth practice; we split it into d and e.)</source>
            <translation>Hvilke av disse passer for arbeidet ditt? Kryss av for alt som passer. (Det trykte skjemaet gjentar sitt fjerde punkt; vi har delt det i d og e.)</translation>
        </message>
        <message>
            <source>a) Follow-up is not ended because of missed appointments or lack of time</source>
            <translation>a) Oppfølgingen avsluttes ikke på grunn av uteblitte avtaler eller tidspress</translation>
        </message>
        <message>
            <source>b) Attempts to reach out are written down</source>
            <translation>b) Forsøk på å nå deltakeren dokumenteres</translation>
        </message>
        <message>
            <source>c) Reaching out is done together by the job specialist, the NAV counsellor and a contact at the workplace</source>
            <translation>c) Oppsøkende arbeid gjøres sammen av jobbspesialisten, NAV-veilederen og en kontaktperson på arbeidsplassen</translation>
        </message>
        <message>
            <source>d) The participant gets active follow-up through visits at home and at work</source>
            <translation>d) Deltakeren får aktiv oppfølging gjennom besøk hjemme og på jobb</translation>
        </message>
        <message>
            <source>e) That follow-up is coordinated with the people around the participant (our split of the printed fourth point)</source>
            <translation>e) Oppfølgingen samordnes med dem rundt deltakeren (vår deling av det trykte fjerde punktet)</translation>
        </message>
    </context>
    <context>
        <name>FidelityFormPage</name>
        <message>
            <source>Fidelity self-assessment</source>
            <translation>Egenvurdering av metodetrohet</translation>
        </message>
        <message>
            <source>For %1. Answer for your work as it is today; items 5 to 9 are about the team and the office.</source>
            <translation>For %1. Svar for arbeidet ditt slik det er i dag; punkt 5 til 9 gjelder teamet og kontoret.</translation>
        </message>
        <message>
            <source>You have sent answers for this month: sending again replaces them.</source>
            <translation>Du har sendt svar for denne måneden: sender du igjen, erstattes de.</translation>
        </message>
        <message>
            <source>Your choices are kept on this tablet as you go. Send them when all 19 are answered.</source>
            <translation>Valgene dine lagres på nettbrettet underveis. Send dem når alle 19 er besvart.</translation>
        </message>
        <message>
            <source>%1. %2</source>
            <translation>%1. %2</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Åpen</translation>
        </message>
        <message>
            <source>Item %1, option %2: %3</source>
            <translation>Punkt %1, alternativ %2: %3</translation>
        </message>
        <message>
            <source>Item %1: %2</source>
            <translation>Punkt %1: %2</translation>
        </message>
        <message>
            <source>None of these</source>
            <translation>Ingen av disse</translation>
        </message>
        <message>
            <source>Item %1: none of these practices</source>
            <translation>Punkt %1: ingen av disse praksisene</translation>
        </message>
        <message>
            <source>Send my answers</source>
            <translation>Send svarene mine</translation>
        </message>
        <message>
            <source>Send my answers to the fidelity form</source>
            <translation>Send svarene mine på skjemaet for metodetroskap</translation>
        </message>
    </context>
    <context>
        <name>FidelityTeamPage</name>
        <message>
            <source>Fidelity: the team</source>
            <translation>Metodetroskap: teamet</translation>
        </message>
        <message>
            <source>My answers</source>
            <translation>Mine svar</translation>
        </message>
        <message>
            <source>Answer the fidelity form yourself</source>
            <translation>Svar på skjemaet for metodetroskap selv</translation>
        </message>
        <message>
            <source>No answers to the fidelity form on this tablet yet. They arrive with the next sync once the team has sent theirs.</source>
            <translation>Ingen svar på skjemaet for metodetroskap på nettbrettet ennå. De kommer med neste synkronisering når teamet har sendt sine.</translation>
        </message>
        <message>
            <source>What moved</source>
            <translation>Hva som endret seg</translation>
        </message>
        <message>
            <source>The total over time</source>
            <translation>Summen over tid</translation>
        </message>
        <message>
            <source>Hollow points: the team's scores recorded before the form was answered person by person.</source>
            <translation>Hule punkter: teamets poeng registrert før skjemaet ble besvart av hver enkelt.</translation>
        </message>
        <message>
            <source>Mean per item (of 5)</source>
            <translation>Gjennomsnitt per punkt (av 5)</translation>
        </message>
    </context>
    <context>
        <name>FiguresPage</name>
        <message>
            <source>Team figures</source>
            <translation>Teamets tall</translation>
        </message>
        <message>
            <source>My figures</source>
            <translation>Mine tall</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Periode</translation>
        </message>
        <message>
            <source>Week</source>
            <translation>Uke</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Måned</translation>
        </message>
        <message>
            <source>Previous month</source>
            <translation>Forrige måned</translation>
        </message>
        <message>
            <source>Previous week</source>
            <translation>Forrige uke</translation>
        </message>
        <message>
            <source>Next month</source>
            <translation>Neste måned</translation>
        </message>
        <message>
            <source>Next week</source>
            <translation>Neste uke</translation>
        </message>
        <message>
            <source>This month</source>
            <translation>Denne måneden</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>Denne uken</translation>
        </message>
        <message numerus="yes">
            <source>Averages and shares for the team's %n specialist(s), from what they logged. Never per person.</source>
            <translation>
                <numerusform>Snitt og andeler for teamets %n jobbspesialist, fra det som er registrert. Aldri per person.</numerusform>
                <numerusform>Snitt og andeler for teamets %n jobbspesialister, fra det de har registrert. Aldri per person.</numerusform>
            </translation>
        </message>
        <message>
            <source>From what you logged, with nothing to type. Travel is not logged, so the time out of the office was a little more than shown.</source>
            <translation>Fra det du har registrert, uten noe å skrive inn. Reisetid registreres ikke, så tiden utenfor kontoret var litt mer enn vist.</translation>
        </message>
        <message>
            <source>This month is not over yet.</source>
            <translation>Måneden er ikke over ennå.</translation>
        </message>
        <message>
            <source>This week is not over yet.</source>
            <translation>Uken er ikke over ennå.</translation>
        </message>
    </context>
    <context>
        <name>FirstStartPage</name>
        <message>
            <source>Welcome to fieldnotes</source>
            <translation>Velkommen til fieldnotes</translation>
        </message>
        <message>
            <source>Everything you note is stored encrypted on this tablet. Choose a passphrase to protect it: you type it each time you open fieldnotes.</source>
            <translation>Alt du noterer lagres kryptert på nettbrettet. Velg en passfrase som beskytter det: du skriver den hver gang du åpner fieldnotes.</translation>
        </message>
        <message>
            <source>New passphrase</source>
            <translation>Ny passfrase</translation>
        </message>
        <message>
            <source>Passphrase strength: %1</source>
            <translation>Passfrasens styrke: %1</translation>
        </message>
        <message>
            <source>Strength: %1. %2</source>
            <translation>Styrke: %1. %2</translation>
        </message>
        <message>
            <source>The same passphrase again</source>
            <translation>Samme passfrase én gang til</translation>
        </message>
        <message>
            <source>Repeat the passphrase</source>
            <translation>Gjenta passfrasen</translation>
        </message>
        <message>
            <source>Setting up…</source>
            <translation>Setter opp …</translation>
        </message>
        <message>
            <source>Protect this tablet</source>
            <translation>Beskytt nettbrettet</translation>
        </message>
        <message>
            <source>Protect this tablet with the passphrase</source>
            <translation>Beskytt nettbrettet med passfrasen</translation>
        </message>
        <message>
            <source>Next, pair the tablet with the office using the pairing file you were given.</source>
            <translation>Deretter kobler du nettbrettet til kontoret med tilkoblingsfilen du har fått.</translation>
        </message>
    </context>
    <context>
        <name>Format</name>
        <message>
            <source>%1 min</source>
            <translation>%1 min</translation>
        </message>
        <message>
            <source>%1 h</source>
            <translation>%1 t</translation>
        </message>
        <message>
            <source>%1 h %2 min</source>
            <translation>%1 t %2 min</translation>
        </message>
        <message>
            <source>today</source>
            <translation>i dag</translation>
        </message>
        <message>
            <source>tomorrow</source>
            <translation>i morgen</translation>
        </message>
        <message>
            <source>yesterday</source>
            <translation>i går</translation>
        </message>
        <message numerus="yes">
            <source>in %n day(s)</source>
            <translation>
                <numerusform>om %n dag</numerusform>
                <numerusform>om %n dager</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) ago</source>
            <translation>
                <numerusform>for %n dag siden</numerusform>
                <numerusform>for %n dager siden</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>IntakePage</name>
        <message>
            <source>New participant</source>
            <translation>Ny deltaker</translation>
        </message>
        <message>
            <source>Take on</source>
            <translation>Ta inn</translation>
        </message>
        <message>
            <source>Take on the new participant</source>
            <translation>Ta inn den nye deltakeren</translation>
        </message>
        <message>
            <source>Never write a national ID number (fødselsnummer). A first name, or a name the person chooses, is enough.</source>
            <translation>Skriv aldri fødselsnummer. Et fornavn, eller et navn personen velger selv, er nok.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Navn</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-post</translation>
        </message>
        <message>
            <source>Other ways to reach them</source>
            <translation>Andre måter å nå personen på</translation>
        </message>
        <message>
            <source>Referral</source>
            <translation>Henvisning</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>Program</translation>
        </message>
        <message>
            <source>Referred on</source>
            <translation>Henvist</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>I dag</translation>
        </message>
        <message>
            <source>Yesterday</source>
            <translation>I går</translation>
        </message>
        <message>
            <source>Why NAV referred them, in their words where you can</source>
            <translation>Hvorfor NAV henviste personen, med personens egne ord der du kan</translation>
        </message>
        <message>
            <source>Reason for referral</source>
            <translation>Grunn til henvisning</translation>
        </message>
        <message>
            <source>Measure ends</source>
            <translation>Tiltaket slutter</translation>
        </message>
        <message>
            <source>In 6 months</source>
            <translation>Om 6 måneder</translation>
        </message>
        <message>
            <source>In a year</source>
            <translation>Om ett år</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Språk</translation>
        </message>
        <message>
            <source>Preferred language</source>
            <translation>Foretrukket språk</translation>
        </message>
        <message>
            <source>Needs an interpreter</source>
            <translation>Trenger tolk</translation>
        </message>
        <message>
            <source>Norwegian level (CEFR)</source>
            <translation>Norsknivå (CEFR)</translation>
        </message>
        <message>
            <source>Not assessed</source>
            <translation>Ikke vurdert</translation>
        </message>
        <message>
            <source>Norwegian level not assessed</source>
            <translation>Norsknivå ikke vurdert</translation>
        </message>
        <message>
            <source>Norwegian level</source>
            <translation>Norsknivå</translation>
        </message>
        <message>
            <source>What to plan around</source>
            <translation>Hva det må tas hensyn til</translation>
        </message>
        <message>
            <source>Childcare</source>
            <translation>Barnepass</translation>
        </message>
        <message>
            <source>Shifts</source>
            <translation>Skift</translation>
        </message>
        <message>
            <source>Transport</source>
            <translation>Transport</translation>
        </message>
        <message>
            <source>Tasks they will not do</source>
            <translation>Oppgaver de ikke vil gjøre</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>Samtykke</translation>
        </message>
        <message>
            <source>They have agreed to take part, of their own free will (participation consent, today)</source>
            <translation>Personen har sagt ja til å delta, helt frivillig (samtykke til deltakelse, i dag)</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>New employer visit</source>
            <translation>Nytt arbeidsgiverbesøk</translation>
        </message>
        <message>
            <source>Employer follow-up</source>
            <translation>Oppfølging av arbeidsgiver</translation>
        </message>
        <message>
            <source>Workplace follow-up</source>
            <translation>Oppfølging på arbeidsplassen</translation>
        </message>
        <message>
            <source>Three-way meeting</source>
            <translation>Trepartsmøte</translation>
        </message>
        <message>
            <source>Job-tasting day</source>
            <translation>Jobbsmak-dag</translation>
        </message>
        <message>
            <source>Phone call</source>
            <translation>Telefonsamtale</translation>
        </message>
        <message>
            <source>SMS</source>
            <translation>SMS</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-post</translation>
        </message>
        <message>
            <source>Home visit</source>
            <translation>Hjemmebesøk</translation>
        </message>
        <message>
            <source>Outreach attempt</source>
            <translation>Oppsøkende forsøk</translation>
        </message>
        <message>
            <source>Referred</source>
            <translation>Henvist</translation>
        </message>
        <message>
            <source>Engagement</source>
            <translation>Oppstart og samarbeid</translation>
        </message>
        <message>
            <source>Vocational profile</source>
            <translation>Yrkesprofil</translation>
        </message>
        <message>
            <source>Job search</source>
            <translation>Jobbsøk</translation>
        </message>
        <message>
            <source>Job tasting</source>
            <translation>Jobbsmak</translation>
        </message>
        <message>
            <source>In work, with follow-up</source>
            <translation>I arbeid, med oppfølging</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>På pause</translation>
        </message>
        <message>
            <source>Discharged</source>
            <translation>Avsluttet</translation>
        </message>
        <message>
            <source>Extended follow-up (Utvidet oppfølging)</source>
            <translation>Utvidet oppfølging</translation>
        </message>
        <message>
            <source>IPS</source>
            <translation>IPS</translation>
        </message>
        <message>
            <source>Jobbsjansen</source>
            <translation>Jobbsjansen</translation>
        </message>
        <message>
            <source>Introduction programme</source>
            <translation>Introduksjonsprogrammet</translation>
        </message>
        <message>
            <source>Other programme</source>
            <translation>Annet program</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>Deltaker</translation>
        </message>
        <message>
            <source>Employer</source>
            <translation>Arbeidsgiver</translation>
        </message>
        <message>
            <source>Mentor</source>
            <translation>Mentor</translation>
        </message>
        <message>
            <source>Interpreter</source>
            <translation>Tolk</translation>
        </message>
        <message>
            <source>NAV counsellor</source>
            <translation>NAV-veileder</translation>
        </message>
        <message>
            <source>Me (specialist)</source>
            <translation>Meg (jobbspesialist)</translation>
        </message>
        <message>
            <source>Task training</source>
            <translation>Opplæring i oppgaver</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Språk</translation>
        </message>
        <message>
            <source>Social</source>
            <translation>Sosialt</translation>
        </message>
        <message>
            <source>Feedback</source>
            <translation>Tilbakemelding</translation>
        </message>
        <message>
            <source>Structured talk</source>
            <translation>Strukturert samtale</translation>
        </message>
        <message>
            <source>Follow-up meeting due</source>
            <translation>Oppfølgingsmøte nærmer seg</translation>
        </message>
        <message>
            <source>Follow-up meeting %1</source>
            <translation>Oppfølgingsmøte %1</translation>
        </message>
        <message>
            <source>Follow-up meeting missed</source>
            <translation>Oppfølgingsmøte ikke holdt</translation>
        </message>
        <message>
            <source>A follow-up meeting was due %1</source>
            <translation>Et oppfølgingsmøte skulle vært holdt %1</translation>
        </message>
        <message>
            <source>Planned visit</source>
            <translation>Planlagt besøk</translation>
        </message>
        <message>
            <source>Visit planned %1</source>
            <translation>Besøk planlagt %1</translation>
        </message>
        <message>
            <source>Employer not contacted for long</source>
            <translation>Arbeidsgiver ikke kontaktet på lenge</translation>
        </message>
        <message>
            <source>Employer contact was due %1</source>
            <translation>Kontakt med arbeidsgiver var ventet %1</translation>
        </message>
        <message>
            <source>No answer: reach out again</source>
            <translation>Ikke nådd: ta kontakt igjen</translation>
        </message>
        <message>
            <source>Not reached since %1: reach out, do not close</source>
            <translation>Ikke nådd siden %1: ta kontakt, ikke avslutt</translation>
        </message>
        <message>
            <source>Deadline to extend the measure</source>
            <translation>Frist for å forlenge tiltaket</translation>
        </message>
        <message>
            <source>Extension must be asked for %1</source>
            <translation>Forlengelse må søkes %1</translation>
        </message>
        <message>
            <source>Mentor talk due</source>
            <translation>Mentorsamtale forfaller</translation>
        </message>
        <message>
            <source>Mentor talk due %1</source>
            <translation>Mentorsamtale %1</translation>
        </message>
        <message>
            <source>Tapering plan not agreed</source>
            <translation>Nedtrappingsplan ikke avtalt</translation>
        </message>
        <message>
            <source>Tapering plan not agreed (due %1)</source>
            <translation>Nedtrappingsplan ikke avtalt (frist %1)</translation>
        </message>
        <message>
            <source>Contact details</source>
            <translation>Kontaktinformasjon</translation>
        </message>
        <message>
            <source>Language and interpreter</source>
            <translation>Språk og tolk</translation>
        </message>
        <message>
            <source>Support needs and accommodations</source>
            <translation>Behov for støtte og tilrettelegging</translation>
        </message>
        <message>
            <source>Learning goals</source>
            <translation>Læringsmål</translation>
        </message>
        <message>
            <source>Work history and skills</source>
            <translation>Arbeidserfaring og ferdigheter</translation>
        </message>
        <message>
            <source>Follow-up plan</source>
            <translation>Oppfølgingsplan</translation>
        </message>
        <message>
            <source>Health information</source>
            <translation>Helseopplysninger</translation>
        </message>
        <message>
            <source>Follow-up on site</source>
            <translation>Oppfølging på stedet</translation>
        </message>
        <message>
            <source>Meetings only</source>
            <translation>Bare møter</translation>
        </message>
        <message>
            <source>No risk noted</source>
            <translation>Ingen risiko notert</translation>
        </message>
        <message>
            <source>Risk: undeclared work</source>
            <translation>Risiko: svart arbeid</translation>
        </message>
        <message>
            <source>Risk: exploitation</source>
            <translation>Risiko: utnyttelse</translation>
        </message>
        <message>
            <source>Work trial</source>
            <translation>Arbeidsutprøving</translation>
        </message>
        <message>
            <source>Paid job</source>
            <translation>Lønnet arbeid</translation>
        </message>
        <message>
            <source>Permanent</source>
            <translation>Fast</translation>
        </message>
        <message>
            <source>Temporary</source>
            <translation>Midlertidig</translation>
        </message>
        <message>
            <source>On call</source>
            <translation>Tilkalling</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Åpen</translation>
        </message>
        <message>
            <source>Achieved</source>
            <translation>Nådd</translation>
        </message>
        <message>
            <source>Dropped</source>
            <translation>Droppet</translation>
        </message>
        <message>
            <source>Wage subsidy</source>
            <translation>Lønnstilskudd</translation>
        </message>
        <message>
            <source>Mentor subsidy</source>
            <translation>Mentortilskudd</translation>
        </message>
        <message>
            <source>Inclusion subsidy</source>
            <translation>Inkluderingstilskudd</translation>
        </message>
        <message>
            <source>Job specialist</source>
            <translation>Jobbspesialist</translation>
        </message>
        <message>
            <source>Workplace mentor</source>
            <translation>Mentor på arbeidsplassen</translation>
        </message>
        <message>
            <source>Team lead</source>
            <translation>Teamleder</translation>
        </message>
        <message>
            <source>The team following the participant</source>
            <translation>Teamet som følger deltakeren</translation>
        </message>
        <message>
            <source>Only me</source>
            <translation>Bare meg</translation>
        </message>
        <message>
            <source>Participation</source>
            <translation>Deltakelse</translation>
        </message>
        <message>
            <source>Sharing</source>
            <translation>Deling</translation>
        </message>
        <message>
            <source>Work</source>
            <translation>Arbeid</translation>
        </message>
        <message>
            <source>Education</source>
            <translation>Utdanning</translation>
        </message>
        <message>
            <source>Health treatment</source>
            <translation>Helsebehandling</translation>
        </message>
        <message>
            <source>Back to the NAV counsellor</source>
            <translation>Tilbake til NAV-veilederen</translation>
        </message>
        <message>
            <source>No contact</source>
            <translation>Ingen kontakt</translation>
        </message>
        <message>
            <source>Other reason</source>
            <translation>Annen grunn</translation>
        </message>
        <message>
            <source>Follow-up overdue</source>
            <translation>Oppfølging på overtid</translation>
        </message>
        <message>
            <source>No contact for a long time</source>
            <translation>Ingen kontakt på lenge</translation>
        </message>
        <message>
            <source>Trial period ending</source>
            <translation>Prøvetiden går ut</translation>
        </message>
        <message>
            <source>Contract ending</source>
            <translation>Kontrakten går ut</translation>
        </message>
        <message>
            <source>Wage subsidy review due</source>
            <translation>Lønnstilskudd skal vurderes</translation>
        </message>
        <message>
            <source>Measure ending</source>
            <translation>Tiltaket slutter</translation>
        </message>
        <message>
            <source>Mentor asks for you</source>
            <translation>Mentoren spør etter deg</translation>
        </message>
        <message>
            <source>Agreed action due</source>
            <translation>Avtalt tiltak har frist</translation>
        </message>
        <message>
            <source>Reminder</source>
            <translation>Påminnelse</translation>
        </message>
        <message>
            <source>Conflicting edits to decide</source>
            <translation>Motstridende endringer å avgjøre</translation>
        </message>
        <message>
            <source>Follow-up was planned %1</source>
            <translation>Oppfølging var planlagt %1</translation>
        </message>
        <message>
            <source>No contact: one was due %1</source>
            <translation>Ingen kontakt: det skulle vært kontakt %1</translation>
        </message>
        <message>
            <source>Trial period ends %1</source>
            <translation>Prøvetiden går ut %1</translation>
        </message>
        <message>
            <source>Contract ends %1</source>
            <translation>Kontrakten slutter %1</translation>
        </message>
        <message>
            <source>Wage subsidy review %1</source>
            <translation>Vurdering av lønnstilskudd %1</translation>
        </message>
        <message>
            <source>Measure ends %1</source>
            <translation>Tiltaket slutter %1</translation>
        </message>
        <message>
            <source>Mentor flagged an entry %1</source>
            <translation>Mentoren flagget en oppføring %1</translation>
        </message>
        <message>
            <source>Agreed action due %1</source>
            <translation>Frist for avtalt tiltak %1</translation>
        </message>
        <message>
            <source>Reminder due %1</source>
            <translation>Påminnelse %1</translation>
        </message>
        <message>
            <source>Two edits crossed: decide which to keep</source>
            <translation>To endringer krysset hverandre: avgjør hvilken som skal gjelde</translation>
        </message>
        <message>
            <source>No step</source>
            <translation>Intet steg</translation>
        </message>
        <message numerus="yes">
            <source>Step %1</source>
            <comment>EUSE steps; %1 is a list like 2, 3, 4</comment>
            <translation>
                <numerusform>Steg %1</numerusform>
                <numerusform>Steg %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Navn</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>Other contact</source>
            <translation>Annen kontakt</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>Program</translation>
        </message>
        <message>
            <source>Referred on</source>
            <translation>Henvist</translation>
        </message>
        <message>
            <source>Reason for referral</source>
            <translation>Grunn til henvisning</translation>
        </message>
        <message>
            <source>Measure ends</source>
            <translation>Tiltaket slutter</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>Steg</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Discharge reason</source>
            <translation>Grunn til avslutning</translation>
        </message>
        <message>
            <source>Discharged on</source>
            <translation>Avsluttet</translation>
        </message>
        <message>
            <source>Preferred language</source>
            <translation>Foretrukket språk</translation>
        </message>
        <message>
            <source>Interpreter needed</source>
            <translation>Trenger tolk</translation>
        </message>
        <message>
            <source>Childcare</source>
            <translation>Barnepass</translation>
        </message>
        <message>
            <source>Shifts</source>
            <translation>Skift</translation>
        </message>
        <message>
            <source>Transport</source>
            <translation>Transport</translation>
        </message>
        <message>
            <source>Tasks they will not do</source>
            <translation>Oppgaver de ikke vil gjøre</translation>
        </message>
        <message>
            <source>Interests</source>
            <translation>Interesser</translation>
        </message>
        <message>
            <source>Skills</source>
            <translation>Ferdigheter</translation>
        </message>
        <message>
            <source>Experience</source>
            <translation>Erfaring</translation>
        </message>
        <message>
            <source>Strengths</source>
            <translation>Styrker</translation>
        </message>
        <message>
            <source>What matters at work</source>
            <translation>Hva som er viktig i jobben</translation>
        </message>
        <message>
            <source>Support needs</source>
            <translation>Behov for støtte</translation>
        </message>
        <message>
            <source>Must be there</source>
            <translation>Må være der</translation>
        </message>
        <message>
            <source>Must avoid</source>
            <translation>Må unngås</translation>
        </message>
        <message>
            <source>Dream job</source>
            <translation>Drømmejobb</translation>
        </message>
        <message>
            <source>Wanted hours (%)</source>
            <translation>Ønsket stillingsprosent</translation>
        </message>
        <message>
            <source>Can do today</source>
            <translation>Kan i dag</translation>
        </message>
        <message>
            <source>Needs to learn</source>
            <translation>Trenger å lære</translation>
        </message>
        <message>
            <source>Organisation number</source>
            <translation>Organisasjonsnummer</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>Bransje</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>Needs</source>
            <translation>Behov</translation>
        </message>
        <message>
            <source>Culture, tone and pace</source>
            <translation>Kultur, tone og tempo</translation>
        </message>
        <message>
            <source>Inclusion experience</source>
            <translation>Erfaring med inkludering</translation>
        </message>
        <message>
            <source>Accommodation options</source>
            <translation>Muligheter for tilrettelegging</translation>
        </message>
        <message>
            <source>Follow-up preference</source>
            <translation>Ønsket oppfølging</translation>
        </message>
        <message>
            <source>Responsible specialist</source>
            <translation>Ansvarlig jobbspesialist</translation>
        </message>
        <message>
            <source>Risk</source>
            <translation>Risiko</translation>
        </message>
        <message>
            <source>Risk note</source>
            <translation>Notat om risiko</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notater</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <source>Lunch</source>
            <translation>Lunsj</translation>
        </message>
        <message>
            <source>If late</source>
            <translation>Ved forsinkelse</translation>
        </message>
        <message>
            <source>Reporting absence</source>
            <translation>Melde fravær</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>Oppgave</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beskrivelse</translation>
        </message>
        <message>
            <source>Job title</source>
            <translation>Stillingstittel</translation>
        </message>
        <message>
            <source>Kind of placement</source>
            <translation>Type plassering</translation>
        </message>
        <message>
            <source>Contract</source>
            <translation>Kontrakt</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Oppstart</translation>
        </message>
        <message>
            <source>Trial period ends</source>
            <translation>Prøvetiden går ut</translation>
        </message>
        <message>
            <source>Contract ends</source>
            <translation>Kontrakten slutter</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>Avsluttet</translation>
        </message>
        <message>
            <source>Why it ended</source>
            <translation>Hvorfor det ble avsluttet</translation>
        </message>
        <message>
            <source>Carved tasks</source>
            <translation>Tilpassede oppgaver</translation>
        </message>
        <message>
            <source>Accommodations</source>
            <translation>Tilrettelegging</translation>
        </message>
        <message>
            <source>Goal of the cooperation</source>
            <translation>Målet med samarbeidet</translation>
        </message>
        <message>
            <source>Agreed schedule</source>
            <translation>Avtalt plan for oppfølging</translation>
        </message>
        <message>
            <source>Tapering plan</source>
            <translation>Plan for nedtrapping</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>Mål</translation>
        </message>
        <message>
            <source>Goal status</source>
            <translation>Status for målet</translation>
        </message>
        <message>
            <source>Goal due</source>
            <translation>Frist for målet</translation>
        </message>
        <message>
            <source>Learning goal</source>
            <translation>Læringsmål</translation>
        </message>
        <message>
            <source>Learning goal status</source>
            <translation>Status for læringsmålet</translation>
        </message>
        <message>
            <source>Revoked on</source>
            <translation>Trukket tilbake</translation>
        </message>
        <message>
            <source>Granted on</source>
            <translation>Gitt</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Formål</translation>
        </message>
        <message>
            <source>Agreed action</source>
            <translation>Avtalt tiltak</translation>
        </message>
        <message>
            <source>Who does it</source>
            <translation>Hvem gjør det</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Frist</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Utført</translation>
        </message>
        <message>
            <source>Mentor's name</source>
            <translation>Mentorens navn</translation>
        </message>
        <message>
            <source>Mentor training</source>
            <translation>Mentoropplæring</translation>
        </message>
        <message>
            <source>Mentor's mandate</source>
            <translation>Mentorens mandat</translation>
        </message>
        <message>
            <source>Days between structured talks</source>
            <translation>Dager mellom strukturerte samtaler</translation>
        </message>
        <message>
            <source>Mentoring ends</source>
            <translation>Mentorordningen slutter</translation>
        </message>
        <message>
            <source>Subsidy (%)</source>
            <translation>Tilskudd (%)</translation>
        </message>
        <message>
            <source>Review date</source>
            <translation>Vurderingsdato</translation>
        </message>
        <message>
            <source>Subsidy ends</source>
            <translation>Tilskuddet slutter</translation>
        </message>
        <message>
            <source>Position (%)</source>
            <translation>Stillingsprosent</translation>
        </message>
        <message>
            <source>New end date</source>
            <translation>Ny sluttdato</translation>
        </message>
        <message>
            <source>Justification</source>
            <translation>Begrunnelse</translation>
        </message>
        <message>
            <source>Norwegian level</source>
            <translation>Norsknivå</translation>
        </message>
        <message>
            <source>Device name</source>
            <translation>Navn på enheten</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>Samtykke</translation>
        </message>
        <message>
            <source>Employer contact</source>
            <translation>Kontaktperson hos arbeidsgiver</translation>
        </message>
        <message>
            <source>Workplace</source>
            <translation>Arbeidsplass</translation>
        </message>
        <message>
            <source>Task at a workplace</source>
            <translation>Oppgave på en arbeidsplass</translation>
        </message>
        <message>
            <source>Placement</source>
            <translation>Plassering</translation>
        </message>
        <message>
            <source>Position size</source>
            <translation>Stillingsstørrelse</translation>
        </message>
        <message>
            <source>Support measure</source>
            <translation>Støttetiltak</translation>
        </message>
        <message>
            <source>Mentor assignment</source>
            <translation>Mentoroppdrag</translation>
        </message>
        <message>
            <source>Measure extension</source>
            <translation>Forlengelse av tiltaket</translation>
        </message>
        <message>
            <source>Fidelity self-assessment</source>
            <translation>Egenvurdering av metodetrohet</translation>
        </message>
        <message>
            <source>Staff member</source>
            <translation>Ansatt</translation>
        </message>
        <message>
            <source>Device</source>
            <translation>Enhet</translation>
        </message>
        <message>
            <source>Visit note</source>
            <translation>Besøksnotat</translation>
        </message>
        <message>
            <source>Natural support entry</source>
            <translation>Oppføring om naturlig bistand</translation>
        </message>
        <message>
            <source>Reflection</source>
            <translation>Refleksjon</translation>
        </message>
        <message>
            <source>Mentor's entry</source>
            <translation>Mentorens oppføring</translation>
        </message>
        <message>
            <source>In writing</source>
            <translation>Skriftlig</translation>
        </message>
        <message>
            <source>Orally</source>
            <translation>Muntlig</translation>
        </message>
        <message>
            <source>On the tablet</source>
            <translation>På nettbrettet</translation>
        </message>
        <message>
            <source>Job finding</source>
            <translation>Jobbsøk</translation>
        </message>
        <message>
            <source>Employer engagement</source>
            <translation>Arbeidsgiverkontakt</translation>
        </message>
        <message>
            <source>Support on and off the job</source>
            <translation>Oppfølging på og utenfor jobben</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Sted</translation>
        </message>
        <message>
            <source>The person</source>
            <translation>Personen</translation>
        </message>
        <message>
            <source>The tasks</source>
            <translation>Oppgavene</translation>
        </message>
        <message>
            <source>The environment</source>
            <translation>Miljøet</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notat</translation>
        </message>
        <message>
            <source>Why paused</source>
            <translation>Grunn til pause</translation>
        </message>
        <message>
            <source>Change of steps or status</source>
            <translation>Endring av steg eller status</translation>
        </message>
        <message>
            <source>Followed since</source>
            <translation>Fulgt opp siden</translation>
        </message>
        <message>
            <source>Last reviewed</source>
            <translation>Sist vurdert</translation>
        </message>
        <message>
            <source>%1, due %2</source>
            <comment>its own words, then when it is due</comment>
            <translation>%1, frist %2</translation>
        </message>
        <message>
            <source>Fidelity form answers</source>
            <translation>Svar på skjemaet for metodetroskap</translation>
        </message>
    </context>
    <context>
        <name>LeadNavigation</name>
        <message>
            <source>Case review</source>
            <translation>Kasusdrøfting</translation>
        </message>
        <message>
            <source>My caseload</source>
            <translation>Mine deltakere</translation>
        </message>
        <message>
            <source>Figures</source>
            <translation>Tall</translation>
        </message>
        <message>
            <source>Team figures</source>
            <translation>Teamets tall</translation>
        </message>
        <message>
            <source>Fidelity</source>
            <translation>Metodetroskap</translation>
        </message>
        <message>
            <source>Fidelity: the team</source>
            <translation>Metodetroskap: teamet</translation>
        </message>
        <message>
            <source>Reflection</source>
            <translation>Refleksjon</translation>
        </message>
        <message>
            <source>Reflection log</source>
            <translation>Refleksjonslogg</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Synk</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Innstillinger</translation>
        </message>
        <message>
            <source>Lock</source>
            <translation>Lås</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Teamet</translation>
        </message>
        <message>
            <source>Team: overview and hand-over</source>
            <translation>Teamet: oversikt og overføring</translation>
        </message>
    </context>
    <context>
        <name>LeadShell</name>
        <message>
            <source>Hand a participant over</source>
            <translation>Overfør en deltaker</translation>
        </message>
    </context>
    <context>
        <name>Main</name>
        <message>
            <source>fieldnotes</source>
            <translation>fieldnotes</translation>
        </message>
    </context>
    <context>
        <name>MentorEntryPage</name>
        <message>
            <source>Support for %1</source>
            <translation>Bistand til %1</translation>
        </message>
        <message>
            <source>Log support</source>
            <translation>Noter bistand</translation>
        </message>
        <message>
            <source>Kind of support</source>
            <translation>Type bistand</translation>
        </message>
        <message>
            <source>What happened?</source>
            <translation>Hva skjedde?</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>Hva skjedde</translation>
        </message>
        <message>
            <source>What went well?</source>
            <translation>Hva gikk bra?</translation>
        </message>
        <message>
            <source>What went well</source>
            <translation>Hva gikk bra</translation>
        </message>
        <message>
            <source>What needs work?</source>
            <translation>Hva må jobbes mer med?</translation>
        </message>
        <message>
            <source>What needs work</source>
            <translation>Hva må jobbes mer med</translation>
        </message>
        <message>
            <source>Minutes spent</source>
            <translation>Minutter brukt</translation>
        </message>
        <message>
            <source>%1 minutes</source>
            <translation>%1 minutter</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Dato</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>I dag</translation>
        </message>
        <message>
            <source>Yesterday</source>
            <translation>I går</translation>
        </message>
        <message>
            <source>The job specialist should follow this up</source>
            <translation>Jobbspesialisten bør følge opp dette</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Lagrer …</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Lagre</translation>
        </message>
        <message>
            <source>Save the entry</source>
            <translation>Lagre oppføringen</translation>
        </message>
        <message>
            <source>Structured talk with %1</source>
            <translation>Strukturert samtale med %1</translation>
        </message>
        <message>
            <source>Log structured talk</source>
            <translation>Registrer strukturert samtale</translation>
        </message>
        <message>
            <source>Go through the learning goals together:</source>
            <translation>Gå gjennom læringsmålene sammen:</translation>
        </message>
        <message>
            <source>What did you talk about?</source>
            <translation>Hva snakket dere om?</translation>
        </message>
        <message>
            <source>What you talked about</source>
            <translation>Hva dere snakket om</translation>
        </message>
        <message>
            <source>What is going well?</source>
            <translation>Hva går bra?</translation>
        </message>
        <message>
            <source>What to practise over the next weeks?</source>
            <translation>Hva skal øves på de neste ukene?</translation>
        </message>
        <message>
            <source>What did you agree? (what is expected, and by when)</source>
            <translation>Hva ble dere enige om? (hva som forventes, og til når)</translation>
        </message>
        <message>
            <source>What you agreed</source>
            <translation>Hva dere ble enige om</translation>
        </message>
    </context>
    <context>
        <name>MentorHomePage</name>
        <message>
            <source>My people at work</source>
            <translation>Mine folk på jobben</translation>
        </message>
        <message>
            <source>You see only the people assigned to you, and only what they have agreed to share.</source>
            <translation>Du ser bare dem du er mentor for, og bare det de har samtykket til å dele.</translation>
        </message>
        <message>
            <source>Continue: %1</source>
            <translation>Fortsett: %1</translation>
        </message>
        <message>
            <source>People assigned to you</source>
            <translation>Dem du er mentor for</translation>
        </message>
        <message>
            <source>+ Log support</source>
            <translation>+ Noter bistand</translation>
        </message>
        <message>
            <source>Log support for %1</source>
            <translation>Noter bistand til %1</translation>
        </message>
        <message>
            <source>Nobody is assigned to you right now. The job specialist assigns people at the office.</source>
            <translation>Du er ikke mentor for noen akkurat nå. Jobbspesialisten fordeler dette på kontoret.</translation>
        </message>
        <message>
            <source>Your task: %1</source>
            <translation>Din oppgave: %1</translation>
        </message>
        <message>
            <source>Learning goals shared with you</source>
            <translation>Læringsmål som er delt med deg</translation>
        </message>
        <message>
            <source>No learning goals are shared with you.</source>
            <translation>Ingen læringsmål er delt med deg.</translation>
        </message>
        <message>
            <source>Log structured talk</source>
            <translation>Registrer strukturert samtale</translation>
        </message>
        <message>
            <source>Log a structured talk with %1</source>
            <translation>Registrer en strukturert samtale med %1</translation>
        </message>
    </context>
    <context>
        <name>MentorNavigation</name>
        <message>
            <source>My people</source>
            <translation>Mine folk</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Synk</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Innstillinger</translation>
        </message>
        <message>
            <source>Lock</source>
            <translation>Lås</translation>
        </message>
    </context>
    <context>
        <name>MentorParticipantPage</name>
        <message>
            <source>+ Log support</source>
            <translation>+ Noter bistand</translation>
        </message>
        <message>
            <source>Log support for %1</source>
            <translation>Noter bistand til %1</translation>
        </message>
        <message>
            <source>Workplace</source>
            <translation>Arbeidsplass</translation>
        </message>
        <message>
            <source>Next structured talk</source>
            <translation>Neste strukturerte samtale</translation>
        </message>
        <message>
            <source>Learning goals shared with you</source>
            <translation>Læringsmål som er delt med deg</translation>
        </message>
        <message>
            <source>No learning goals are shared with you.</source>
            <translation>Ingen læringsmål er delt med deg.</translation>
        </message>
        <message>
            <source>Your entries</source>
            <translation>Dine oppføringer</translation>
        </message>
        <message>
            <source>Handled well: %1</source>
            <translation>Taklet godt: %1</translation>
        </message>
        <message>
            <source>Needs work: %1</source>
            <translation>Må jobbes med: %1</translation>
        </message>
        <message>
            <source>You asked the specialist to follow up</source>
            <translation>Du ba jobbspesialisten følge opp</translation>
        </message>
        <message>
            <source>You have not logged anything for this person yet.</source>
            <translation>Du har ikke notert noe for denne personen ennå.</translation>
        </message>
        <message>
            <source>Log structured talk</source>
            <translation>Registrer strukturert samtale</translation>
        </message>
        <message>
            <source>Log a structured talk with %1</source>
            <translation>Registrer en strukturert samtale med %1</translation>
        </message>
        <message>
            <source>Your task</source>
            <translation>Din oppgave</translation>
        </message>
        <message>
            <source>The talk is overdue: hold it soon, then log it here.</source>
            <translation>Samtalen er på overtid: hold den snart, og registrer den her.</translation>
        </message>
    </context>
    <context>
        <name>Navigation</name>
        <message>
            <source>New visit</source>
            <translation>Nytt besøk</translation>
        </message>
        <message>
            <source>Caseload</source>
            <translation>Deltakere</translation>
        </message>
        <message>
            <source>Employers</source>
            <translation>Arbeidsgivere</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Synk</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Innstillinger</translation>
        </message>
        <message>
            <source>Lock</source>
            <translation>Lås</translation>
        </message>
        <message>
            <source>Reflection</source>
            <translation>Refleksjon</translation>
        </message>
        <message>
            <source>Reflection log</source>
            <translation>Refleksjonslogg</translation>
        </message>
        <message>
            <source>Figures</source>
            <translation>Tall</translation>
        </message>
        <message>
            <source>My figures</source>
            <translation>Mine tall</translation>
        </message>
    </context>
    <context>
        <name>NoteField</name>
        <message>
            <source>Sensitive: hidden in lists</source>
            <translation>Sensitivt: skjult i lister</translation>
        </message>
    </context>
    <context>
        <name>OverviewTab</name>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>Program</translation>
        </message>
        <message>
            <source>Referred on</source>
            <translation>Henvist</translation>
        </message>
        <message>
            <source>Measure ends</source>
            <translation>Tiltaket slutter</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Kontakt</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Språk</translation>
        </message>
        <message>
            <source>Constraints</source>
            <translation>Begrensninger</translation>
        </message>
        <message>
            <source>Reason for referral</source>
            <translation>Grunn til henvisning</translation>
        </message>
        <message>
            <source>Childcare</source>
            <translation>Barnepass</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>Steg</translation>
        </message>
        <message>
            <source>Change the steps worked on with %1</source>
            <translation>Endre stegene det arbeides med sammen med %1</translation>
        </message>
        <message>
            <source>Change the status of %1</source>
            <translation>Endre status for %1</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Gjenoppta</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Sett på pause</translation>
        </message>
        <message>
            <source>Resume the follow-up of %1</source>
            <translation>Gjenoppta oppfølgingen av %1</translation>
        </message>
        <message>
            <source>Pause the follow-up of %1</source>
            <translation>Sett oppfølgingen av %1 på pause</translation>
        </message>
        <message>
            <source>Extend measure</source>
            <translation>Forleng tiltaket</translation>
        </message>
        <message>
            <source>Extend the measure for %1</source>
            <translation>Forleng tiltaket for %1</translation>
        </message>
        <message>
            <source>Followed by</source>
            <translation>Fulgt opp av</translation>
        </message>
    </context>
    <context>
        <name>PairingPage</name>
        <message>
            <source>Pair with the office</source>
            <translation>Koble til kontoret</translation>
        </message>
        <message>
            <source>Choose the pairing file</source>
            <translation>Velg tilkoblingsfilen</translation>
        </message>
        <message>
            <source>Pairing files (*.json *.fnpair)</source>
            <translation>Tilkoblingsfiler (*.json *.fnpair)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Alle filer (*)</translation>
        </message>
        <message>
            <source>The office gives each tablet a pairing file. Pairing lets this tablet send your notes to the office and receive your caseload; it names you as the tablet's user.</source>
            <translation>Kontoret gir hvert nettbrett en tilkoblingsfil. Når nettbrettet er koblet til, kan det sende notatene dine til kontoret og hente deltakerne dine; du blir registrert som nettbrettets bruker.</translation>
        </message>
        <message>
            <source>Pairing</source>
            <translation>Kobler til</translation>
        </message>
        <message>
            <source>Choose pairing file</source>
            <translation>Velg tilkoblingsfil</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>Senere</translation>
        </message>
        <message>
            <source>Pair later</source>
            <translation>Koble til senere</translation>
        </message>
    </context>
    <context>
        <name>ParticipantDelegate</name>
        <message numerus="yes">
            <source>%1 (and %n more)</source>
            <translation>
                <numerusform>%1 (og %n til)</numerusform>
                <numerusform>%1 (og %n til)</numerusform>
            </translation>
        </message>
        <message>
            <source>Visit</source>
            <translation>Besøk</translation>
        </message>
        <message>
            <source>New visit with %1</source>
            <translation>Nytt besøk med %1</translation>
        </message>
    </context>
    <context>
        <name>ParticipantPage</name>
        <message>
            <source>+ New visit</source>
            <translation>+ Nytt besøk</translation>
        </message>
        <message>
            <source>New visit with %1</source>
            <translation>Nytt besøk med %1</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Oversikt</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation>Profil</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <source>Plan and goals</source>
            <translation>Plan og mål</translation>
        </message>
        <message>
            <source>Work</source>
            <translation>Arbeid</translation>
        </message>
        <message>
            <source>Placements</source>
            <translation>Plasseringer</translation>
        </message>
        <message>
            <source>Consents</source>
            <translation>Samtykker</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Tidslinje</translation>
        </message>
        <message>
            <source>What is shared</source>
            <translation>Dette deles</translation>
        </message>
        <message>
            <source>What is shared about %1, to show them</source>
            <translation>Dette deles om %1, til å vise personen</translation>
        </message>
        <message>
            <source>Discharge</source>
            <translation>Avslutt</translation>
        </message>
        <message>
            <source>Discharge %1</source>
            <translation>Avslutt %1</translation>
        </message>
        <message>
            <source>Why does the follow-up end?</source>
            <translation>Hvorfor avsluttes oppfølgingen?</translation>
        </message>
        <message>
            <source>Why the follow-up ends</source>
            <translation>Hvorfor oppfølgingen avsluttes</translation>
        </message>
        <message>
            <source>Discharged on</source>
            <translation>Avsluttet</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>I dag</translation>
        </message>
        <message>
            <source>Yesterday</source>
            <translation>I går</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <source>Hand over</source>
            <translation>Overfør</translation>
        </message>
        <message>
            <source>Hand %1 over to another specialist</source>
            <translation>Overfør %1 til en annen jobbspesialist</translation>
        </message>
        <message>
            <source>Hand %1 over</source>
            <translation>Overfør %1</translation>
        </message>
        <message>
            <source>Followed by %1 now.</source>
            <translation>Følges nå av %1.</translation>
        </message>
        <message>
            <source>Who takes over?</source>
            <translation>Hvem tar over?</translation>
        </message>
        <message>
            <source>Hand over to %1</source>
            <translation>Overfør til %1</translation>
        </message>
        <message>
            <source>No other specialist is on the team list on this tablet. Sync, then try again.</source>
            <translation>Ingen andre jobbspesialister står på teamlisten på dette nettbrettet. Synkroniser, og prøv igjen.</translation>
        </message>
        <message>
            <source>Their records go to the new specialist's tablet at the next sync. What the current specialist has written and not yet sent still reaches the office, and their drafts stay with them.</source>
            <translation>Opplysningene går til den nye jobbspesialistens nettbrett ved neste synkronisering. Det den nåværende jobbspesialisten har skrevet og ennå ikke sendt, kommer likevel fram til kontoret, og utkastene blir hos dem.</translation>
        </message>
        <message>
            <source>Put up for case review</source>
            <translation>Meld opp til kasusdrøfting</translation>
        </message>
        <message>
            <source>Put %1 up for the team's case review</source>
            <translation>Meld opp %1 til teamets kasusdrøfting</translation>
        </message>
        <message>
            <source>Put %1 up for case review</source>
            <translation>Meld opp %1 til kasusdrøfting</translation>
        </message>
        <message>
            <source>What do you want to discuss with the team?</source>
            <translation>Hva vil du drøfte med teamet?</translation>
        </message>
        <message>
            <source>No national ID numbers. The team lead sees this question.</source>
            <translation>Ikke skriv fødselsnummer. Teamlederen ser dette spørsmålet.</translation>
        </message>
        <message>
            <source>Up for the case review</source>
            <translation>Meldt opp til kasusdrøfting</translation>
        </message>
        <message>
            <source>You asked: %1</source>
            <translation>Du spurte: %1</translation>
        </message>
        <message>
            <source>Withdraw</source>
            <translation>Trekk</translation>
        </message>
        <message>
            <source>Withdraw from the case review</source>
            <translation>Trekk fra kasusdrøftingen</translation>
        </message>
    </context>
    <context>
        <name>PassphraseStrength</name>
        <message>
            <source>Too short</source>
            <translation>For kort</translation>
        </message>
        <message>
            <source>Weak</source>
            <translation>Svak</translation>
        </message>
        <message>
            <source>Fair</source>
            <translation>Middels</translation>
        </message>
        <message>
            <source>Good</source>
            <translation>God</translation>
        </message>
        <message>
            <source>Strong</source>
            <translation>Sterk</translation>
        </message>
        <message numerus="yes">
            <source>Use at least %n characters. A short sentence is easy to remember and hard to guess.</source>
            <translation>
                <numerusform>Bruk minst %n tegn. En kort setning er lett å huske og vanskelig å gjette.</numerusform>
                <numerusform>Bruk minst %n tegn. En kort setning er lett å huske og vanskelig å gjette.</numerusform>
            </translation>
        </message>
        <message>
            <source>Acceptable. One or two more words make it much stronger.</source>
            <translation>Godkjent. Ett eller to ord til gjør den mye sterkere.</translation>
        </message>
        <message>
            <source>Hard to guess. Make sure you remember it: it cannot be recovered.</source>
            <translation>Vanskelig å gjette. Sørg for at du husker den: den kan ikke gjenopprettes.</translation>
        </message>
        <message>
            <source>Easy to guess: a common word, name, date or keyboard pattern. Add a few more ordinary words.</source>
            <translation>Lett å gjette: et vanlig ord, navn, dato eller tastaturmønster. Legg til noen flere vanlige ord.</translation>
        </message>
    </context>
    <context>
        <name>PickerDialog</name>
        <message>
            <source>Type to find</source>
            <translation>Skriv for å finne</translation>
        </message>
        <message>
            <source>Type to find %1</source>
            <translation>Skriv for å finne %1</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Ingen</translation>
        </message>
        <message>
            <source>No %1</source>
            <translation>Ingen %1</translation>
        </message>
        <message>
            <source>No match.</source>
            <translation>Ingen treff.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <source>Cancel choosing</source>
            <translation>Avbryt valget</translation>
        </message>
    </context>
    <context>
        <name>PlacementPage</name>
        <message>
            <source>Start a job</source>
            <translation>Start en jobb</translation>
        </message>
        <message>
            <source>Start the job</source>
            <translation>Start jobben</translation>
        </message>
        <message>
            <source>Employer</source>
            <translation>Arbeidsgiver</translation>
        </message>
        <message>
            <source>Choose the employer</source>
            <translation>Velg arbeidsgiver</translation>
        </message>
        <message>
            <source>Kind of job</source>
            <translation>Type jobb</translation>
        </message>
        <message>
            <source>Contract</source>
            <translation>Kontrakt</translation>
        </message>
        <message>
            <source>Job title</source>
            <translation>Stillingstittel</translation>
        </message>
        <message>
            <source>The tasks, as agreed with the employer</source>
            <translation>Arbeidsoppgavene, slik de er avtalt med arbeidsgiveren</translation>
        </message>
        <message>
            <source>Tasks</source>
            <translation>Arbeidsoppgaver</translation>
        </message>
        <message>
            <source>Position %</source>
            <translation>Stillingsprosent</translation>
        </message>
        <message>
            <source>Starts on</source>
            <translation>Starter</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>I dag</translation>
        </message>
        <message>
            <source>In a week</source>
            <translation>Om en uke</translation>
        </message>
        <message>
            <source>Trial period ends</source>
            <translation>Prøvetiden går ut</translation>
        </message>
        <message>
            <source>In 6 months</source>
            <translation>Om 6 måneder</translation>
        </message>
        <message>
            <source>Contract ends</source>
            <translation>Kontrakten slutter</translation>
        </message>
        <message>
            <source>In a year</source>
            <translation>Om ett år</translation>
        </message>
        <message>
            <source>Wage subsidy</source>
            <translation>Lønnstilskudd</translation>
        </message>
        <message>
            <source>Subsidy % (0 for none)</source>
            <translation>Tilskudd i % (0 for ingen)</translation>
        </message>
        <message>
            <source>Wage subsidy %</source>
            <translation>Lønnstilskudd i %</translation>
        </message>
        <message>
            <source>Subsidy reviewed on</source>
            <translation>Tilskuddet vurderes</translation>
        </message>
        <message>
            <source>Starting the job plans the follow-up meetings: one the week before, one within three days after, weekly in the first month and monthly in the first year.</source>
            <translation>Når jobben startes, planlegges oppfølgingsmøtene: ett møte uken før, ett innen tre dager etter, ukentlig den første måneden og månedlig det første året.</translation>
        </message>
    </context>
    <context>
        <name>PlacementsTab</name>
        <message>
            <source>Placements</source>
            <translation>Plasseringer</translation>
        </message>
        <message>
            <source>Open employer %1</source>
            <translation>Åpne arbeidsgiver %1</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>Datoer</translation>
        </message>
        <message>
            <source>Support</source>
            <translation>Støtte</translation>
        </message>
        <message>
            <source>Carved tasks</source>
            <translation>Tilpassede oppgaver</translation>
        </message>
        <message>
            <source>Accommodations</source>
            <translation>Tilrettelegging</translation>
        </message>
        <message>
            <source>No placements yet.</source>
            <translation>Ingen plasseringer ennå.</translation>
        </message>
        <message>
            <source>Start a job</source>
            <translation>Start en jobb</translation>
        </message>
        <message>
            <source>Start a job for %1</source>
            <translation>Start en jobb for %1</translation>
        </message>
        <message>
            <source>End %1</source>
            <translation>Avslutt %1</translation>
        </message>
        <message>
            <source>A job that ends is a step on the way: write what was learnt for the next one.</source>
            <translation>En jobb som slutter er et steg på veien: skriv hva dere lærte til neste gang.</translation>
        </message>
        <message>
            <source>Ended on</source>
            <translation>Sluttet</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>I dag</translation>
        </message>
        <message>
            <source>Yesterday</source>
            <translation>I går</translation>
        </message>
        <message>
            <source>Why it ended</source>
            <translation>Hvorfor det ble avsluttet</translation>
        </message>
        <message>
            <source>What was learnt, for the next job</source>
            <translation>Hva dere lærte, til neste jobb</translation>
        </message>
        <message>
            <source>What was learnt</source>
            <translation>Hva dere lærte</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <source>End the job</source>
            <translation>Avslutt jobben</translation>
        </message>
        <message>
            <source>End</source>
            <translation>Avslutt</translation>
        </message>
        <message>
            <source>Every week</source>
            <translation>Hver uke</translation>
        </message>
        <message>
            <source>Every other week</source>
            <translation>Annenhver uke</translation>
        </message>
        <message>
            <source>Every four weeks</source>
            <translation>Hver fjerde uke</translation>
        </message>
        <message>
            <source>Change mentor</source>
            <translation>Bytt mentor</translation>
        </message>
        <message>
            <source>Assign mentor</source>
            <translation>Knytt til mentor</translation>
        </message>
        <message>
            <source>%1 hands over to the mentor you choose. The learning goals go along.</source>
            <translation>%1 overlater til mentoren du velger. Læringsmålene følger med.</translation>
        </message>
        <message>
            <source>A colleague at the workplace who gives natural support.</source>
            <translation>En kollega på arbeidsplassen som gir naturlig bistand.</translation>
        </message>
        <message>
            <source>Mentor</source>
            <translation>Mentor</translation>
        </message>
        <message>
            <source>No other mentor is registered at this employer. Add one on the employer's page.</source>
            <translation>Ingen annen mentor er registrert hos denne arbeidsgiveren. Legg til en på siden til arbeidsgiveren.</translation>
        </message>
        <message>
            <source>Mandate: what the mentor does, and what stays with you</source>
            <translation>Mandat: hva mentoren gjør, og hva som blir hos deg</translation>
        </message>
        <message>
            <source>The mentor's mandate</source>
            <translation>Mandatet til mentoren</translation>
        </message>
        <message>
            <source>Structured talk</source>
            <translation>Strukturert samtale</translation>
        </message>
        <message>
            <source>Takes over on</source>
            <translation>Tar over</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Fra</translation>
        </message>
        <message>
            <source>Tomorrow</source>
            <translation>I morgen</translation>
        </message>
        <message>
            <source>In a week</source>
            <translation>Om en uke</translation>
        </message>
        <message>
            <source>End %1 as mentor</source>
            <translation>Avslutt %1 som mentor</translation>
        </message>
        <message>
            <source>The learning goals stay with the participant, for the next mentor.</source>
            <translation>Læringsmålene blir hos deltakeren, til neste mentor.</translation>
        </message>
        <message>
            <source>Last day</source>
            <translation>Siste dag</translation>
        </message>
        <message>
            <source>End mentoring</source>
            <translation>Avslutt mentoravtalen</translation>
        </message>
        <message>
            <source>Mandate</source>
            <translation>Mandat</translation>
        </message>
        <message>
            <source>Change mentor for %1</source>
            <translation>Bytt mentor for %1</translation>
        </message>
        <message>
            <source>Assign a mentor for %1</source>
            <translation>Knytt en mentor til %1</translation>
        </message>
        <message>
            <source>Learning goal with %1</source>
            <translation>Læringsmål med %1</translation>
        </message>
        <message>
            <source>%1 sees this goal only while %2's consent to share learning goals with %1 is in force. Without that consent, or once it is withdrawn, the goal stays with you.</source>
            <translation>%1 ser dette målet bare så lenge %2 har samtykket til å dele læringsmål med %1. Uten samtykket, eller når det trekkes tilbake, blir målet hos deg.</translation>
        </message>
        <message>
            <source>The learning goal, as the participant agreed it</source>
            <translation>Læringsmålet, slik deltakeren ble enig om det</translation>
        </message>
        <message>
            <source>Learning goal</source>
            <translation>Læringsmål</translation>
        </message>
        <message>
            <source>Add learning goal</source>
            <translation>Legg til læringsmål</translation>
        </message>
        <message>
            <source>Change %1</source>
            <translation>Endre %1</translation>
        </message>
        <message>
            <source>Only what you change is saved. A new position counts from its day; a change agreed for next month can be recorded now.</source>
            <translation>Bare det du endrer, lagres. En ny stillingsprosent gjelder fra sin dag; en endring avtalt for neste måned kan føres nå.</translation>
        </message>
        <message>
            <source>Position %</source>
            <translation>Stillingsprosent</translation>
        </message>
        <message>
            <source>The new position counts from</source>
            <translation>Ny stillingsprosent gjelder fra</translation>
        </message>
        <message>
            <source>In a month</source>
            <translation>Om en måned</translation>
        </message>
        <message>
            <source>Contract (the trial becomes a paid job)</source>
            <translation>Kontrakt (utprøvingen blir en lønnet jobb)</translation>
        </message>
        <message>
            <source>Contract</source>
            <translation>Kontrakt</translation>
        </message>
        <message>
            <source>Trial period ends</source>
            <translation>Prøvetiden går ut</translation>
        </message>
        <message>
            <source>In 6 months</source>
            <translation>Om 6 måneder</translation>
        </message>
        <message>
            <source>Contract ends</source>
            <translation>Kontrakten slutter</translation>
        </message>
        <message>
            <source>In a year</source>
            <translation>Om ett år</translation>
        </message>
        <message>
            <source>The tasks, as agreed with the employer</source>
            <translation>Arbeidsoppgavene, slik de er avtalt med arbeidsgiveren</translation>
        </message>
        <message>
            <source>Tasks</source>
            <translation>Arbeidsoppgaver</translation>
        </message>
        <message>
            <source>Accommodations at the workplace</source>
            <translation>Tilrettelegging på arbeidsplassen</translation>
        </message>
        <message>
            <source>Save the change</source>
            <translation>Lagre endringen</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Stilling</translation>
        </message>
        <message>
            <source>Add a learning goal with %1</source>
            <translation>Legg til et læringsmål med %1</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Endre</translation>
        </message>
        <message>
            <source>Correct the last change at %1</source>
            <translation>Rett siste endring ved %1</translation>
        </message>
        <message>
            <source>For a change entered with the wrong day or %. A new change is recorded with Change.</source>
            <translation>For en endring registrert med feil dag eller prosent. En ny endring registreres med Endre.</translation>
        </message>
        <message>
            <source>The change counts from</source>
            <translation>Endringen gjelder fra</translation>
        </message>
        <message>
            <source>Save the correction</source>
            <translation>Lagre rettingen</translation>
        </message>
        <message>
            <source>Review held</source>
            <translation>Vurdering holdt</translation>
        </message>
        <message>
            <source>New period</source>
            <translation>Ny periode</translation>
        </message>
        <message>
            <source>End early</source>
            <translation>Avslutt tidligere</translation>
        </message>
        <message>
            <source>Support measure at %1</source>
            <translation>Virkemiddel ved %1</translation>
        </message>
        <message>
            <source>Support measure</source>
            <translation>Støttetiltak</translation>
        </message>
        <message>
            <source>until %1</source>
            <translation>til %1</translation>
        </message>
        <message>
            <source>review %1</source>
            <translation>vurdering %1</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>Hva skjedde</translation>
        </message>
        <message>
            <source>The review with the employer and NAV was held. Set the next one, if there is one.</source>
            <translation>Vurderingen med arbeidsgiver og NAV er holdt. Sett dato for neste, hvis det blir en.</translation>
        </message>
        <message>
            <source>The current period ends the day before the new one and stays in the history.</source>
            <translation>Perioden som gjelder nå, slutter dagen før den nye og blir stående i historikken.</translation>
        </message>
        <message>
            <source>The measure stops after its last day. A review after that day is dropped.</source>
            <translation>Virkemiddelet stopper etter siste dag. En vurdering etter den dagen faller bort.</translation>
        </message>
        <message>
            <source>Review held on</source>
            <translation>Vurdering holdt</translation>
        </message>
        <message>
            <source>Next review</source>
            <translation>Neste vurdering</translation>
        </message>
        <message>
            <source>In 3 months</source>
            <translation>Om 3 måneder</translation>
        </message>
        <message>
            <source>New period from</source>
            <translation>Ny periode fra</translation>
        </message>
        <message>
            <source>Hours a month</source>
            <translation>Timer per måned</translation>
        </message>
        <message>
            <source>Subsidy %</source>
            <translation>Tilskudd %</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>Til</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Vurdering</translation>
        </message>
        <message>
            <source>Record the review</source>
            <translation>Registrer vurderingen</translation>
        </message>
        <message>
            <source>Start the new period</source>
            <translation>Start den nye perioden</translation>
        </message>
        <message>
            <source>End the measure</source>
            <translation>Avslutt virkemiddelet</translation>
        </message>
        <message>
            <source>Correct the last change</source>
            <translation>Rett siste endring</translation>
        </message>
        <message>
            <source>Correct the last position change at %1</source>
            <translation>Rett siste stillingsendring ved %1</translation>
        </message>
        <message>
            <source>Learning goals</source>
            <translation>Læringsmål</translation>
        </message>
    </context>
    <context>
        <name>PlanPage</name>
        <message>
            <source>Change plan</source>
            <translation>Endre plan</translation>
        </message>
        <message>
            <source>Write plan</source>
            <translation>Skriv plan</translation>
        </message>
        <message>
            <source>Save plan</source>
            <translation>Lagre plan</translation>
        </message>
        <message>
            <source>Goal of the cooperation</source>
            <translation>Målet med samarbeidet</translation>
        </message>
        <message>
            <source>What the participant wants to reach, in their own words</source>
            <translation>Hva deltakeren vil oppnå, med egne ord</translation>
        </message>
        <message>
            <source>Agreed schedule</source>
            <translation>Avtalt plan for oppfølging</translation>
        </message>
        <message>
            <source>How often you meet, and where</source>
            <translation>Hvor ofte dere møtes, og hvor</translation>
        </message>
        <message>
            <source>Tapering plan</source>
            <translation>Plan for nedtrapping</translation>
        </message>
        <message>
            <source>How support moves to the mentor and colleagues over time</source>
            <translation>Hvordan støtten over tid går over til mentor og kolleger</translation>
        </message>
        <message>
            <source>Agreed with the participant</source>
            <translation>Avtalt med deltakeren</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>I dag</translation>
        </message>
        <message>
            <source>Yesterday</source>
            <translation>I går</translation>
        </message>
        <message>
            <source>Agreed with the employer</source>
            <translation>Avtalt med arbeidsgiveren</translation>
        </message>
        <message>
            <source>Write the plan together with the participant. Leave a day empty until the person or the employer has agreed.</source>
            <translation>Skriv planen sammen med deltakeren. La en dato stå tom til personen eller arbeidsgiveren har sagt ja.</translation>
        </message>
    </context>
    <context>
        <name>PlanTab</name>
        <message>
            <source>Goal of the cooperation</source>
            <translation>Målet med samarbeidet</translation>
        </message>
        <message>
            <source>Agreed schedule</source>
            <translation>Avtalt plan for oppfølging</translation>
        </message>
        <message>
            <source>Tapering plan</source>
            <translation>Plan for nedtrapping</translation>
        </message>
        <message>
            <source>No plan written yet.</source>
            <translation>Ingen plan skrevet ennå.</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>Mål</translation>
        </message>
        <message>
            <source>No goals yet.</source>
            <translation>Ingen mål ennå.</translation>
        </message>
        <message>
            <source>Change plan</source>
            <translation>Endre plan</translation>
        </message>
        <message>
            <source>Write plan</source>
            <translation>Skriv plan</translation>
        </message>
        <message>
            <source>Add goal</source>
            <translation>Legg til mål</translation>
        </message>
        <message>
            <source>Add goal for %1</source>
            <translation>Legg til mål for %1</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Utført</translation>
        </message>
        <message>
            <source>Mark “%1” done</source>
            <translation>Marker «%1» som nådd</translation>
        </message>
        <message>
            <source>Drop</source>
            <translation>Dropp</translation>
        </message>
        <message>
            <source>Drop “%1”</source>
            <translation>Dropp «%1»</translation>
        </message>
        <message>
            <source>Reopen</source>
            <translation>Åpne igjen</translation>
        </message>
        <message>
            <source>Open “%1” again</source>
            <translation>Åpne «%1» igjen</translation>
        </message>
        <message>
            <source>The goal, in the participant's own words</source>
            <translation>Målet, med deltakerens egne ord</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>Mål</translation>
        </message>
        <message>
            <source>Part of</source>
            <translation>Del av</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Frist</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Endre</translation>
        </message>
        <message>
            <source>Edit “%1”</source>
            <translation>Endre «%1»</translation>
        </message>
        <message>
            <source>Edit goal</source>
            <translation>Endre mål</translation>
        </message>
        <message>
            <source>Save goal</source>
            <translation>Lagre målet</translation>
        </message>
    </context>
    <context>
        <name>ProfileFieldDelegate</name>
        <message>
            <source>Edit</source>
            <translation>Endre</translation>
        </message>
        <message>
            <source>Edit %1</source>
            <translation>Endre %1</translation>
        </message>
        <message>
            <source>Sensitive</source>
            <translation>Sensitivt</translation>
        </message>
        <message>
            <source>Not written yet</source>
            <translation>Ikke skrevet ennå</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <source>Cancel editing %1</source>
            <translation>Avbryt endring av %1</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Lagre</translation>
        </message>
        <message>
            <source>Save %1</source>
            <translation>Lagre %1</translation>
        </message>
    </context>
    <context>
        <name>ProfileTab</name>
        <message>
            <source>Vocational profile</source>
            <translation>Yrkesprofil</translation>
        </message>
        <message>
            <source>Written together with the participant. Tap Edit to change a field; every change is saved with your name and the time.</source>
            <translation>Skrevet sammen med deltakeren. Trykk Endre for å endre et felt; hver endring lagres med navnet ditt og tidspunktet.</translation>
        </message>
    </context>
    <context>
        <name>ReflectionFormPage</name>
        <message>
            <source>Reflection</source>
            <translation>Refleksjon</translation>
        </message>
        <message>
            <source>New reflection</source>
            <translation>Nytt refleksjonsnotat</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Slett</translation>
        </message>
        <message>
            <source>Delete this entry</source>
            <translation>Slett dette notatet</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Lagre</translation>
        </message>
        <message>
            <source>Save the entry</source>
            <translation>Lagre oppføringen</translation>
        </message>
        <message>
            <source>About the situation, never about a person: no names of participants.</source>
            <translation>Om situasjonen, aldri om en person: ingen navn på deltakere.</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Når</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>I dag</translation>
        </message>
        <message>
            <source>Yesterday</source>
            <translation>I går</translation>
        </message>
        <message>
            <source>Process step</source>
            <translation>Trinn i prosessen</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Tema</translation>
        </message>
        <message>
            <source>A few words the lead can group by, e.g. employer doubts</source>
            <translation>Noen få ord lederen kan samle etter, f.eks. skeptisk arbeidsgiver</translation>
        </message>
        <message>
            <source>Situation</source>
            <translation>Situasjon</translation>
        </message>
        <message>
            <source>What happened, in a sentence or two</source>
            <translation>Hva som skjedde, med en setning eller to</translation>
        </message>
        <message>
            <source>What I did</source>
            <translation>Hva jeg gjorde</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Resultat</translation>
        </message>
        <message>
            <source>What could be done differently</source>
            <translation>Hva kunne vært gjort annerledes</translation>
        </message>
        <message>
            <source>What worked</source>
            <translation>Hva som virket</translation>
        </message>
        <message>
            <source>Delete this entry?</source>
            <translation>Slette dette notatet?</translation>
        </message>
        <message>
            <source>The entry is removed from your log and from the team's.</source>
            <translation>Notatet fjernes fra loggen din og fra teamets.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <source>Bring to case review</source>
            <translation>Ta med til kasusdrøfting</translation>
        </message>
        <message>
            <source>Bring this entry to the team's case review</source>
            <translation>Ta med dette notatet til teamets kasusdrøfting</translation>
        </message>
        <message>
            <source>What would you like the team to discuss? (optional)</source>
            <translation>Hva vil du at teamet skal drøfte? (valgfritt)</translation>
        </message>
        <message>
            <source>Brought to the case review. The lead's advice will reach you after a sync.</source>
            <translation>Tatt med til kasusdrøftingen. Rådet fra lederen kommer til deg etter en synkronisering.</translation>
        </message>
    </context>
    <context>
        <name>ReflectionLogPage</name>
        <message>
            <source>Reflection log</source>
            <translation>Refleksjonslogg</translation>
        </message>
        <message>
            <source>+ New entry</source>
            <translation>+ Nytt notat</translation>
        </message>
        <message>
            <source>New entry in the reflection log</source>
            <translation>Nytt notat i refleksjonsloggen</translation>
        </message>
        <message>
            <source>My entries</source>
            <translation>Mine notater</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Teamet</translation>
        </message>
        <message>
            <source>No entries yet. After a visit or a meeting that taught you something, write down the situation, what you did and what worked: it takes two minutes.</source>
            <translation>Ingen notater ennå. Etter et besøk eller et møte du lærte noe av: skriv ned situasjonen, hva du gjorde og hva som virket. Det tar to minutter.</translation>
        </message>
        <message>
            <source>The team's entries</source>
            <translation>Teamets notater</translation>
        </message>
        <message>
            <source>What I did</source>
            <translation>Hva jeg gjorde</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Resultat</translation>
        </message>
        <message>
            <source>What could be done differently</source>
            <translation>Hva kunne vært gjort annerledes</translation>
        </message>
        <message>
            <source>What worked</source>
            <translation>Hva som virket</translation>
        </message>
        <message>
            <source>No entries from the team on this tablet yet.</source>
            <translation>Ingen notater fra teamet på dette nettbrettet ennå.</translation>
        </message>
        <message>
            <source>Fidelity form</source>
            <translation>Metodetroskap</translation>
        </message>
        <message>
            <source>The fidelity self-assessment</source>
            <translation>Egenvurderingen av metodetroskap</translation>
        </message>
    </context>
    <context>
        <name>RefusedCard</name>
        <message>
            <source>Show what you wrote</source>
            <translation>Vis det du skrev</translation>
        </message>
        <message>
            <source>Show what you wrote for %1</source>
            <translation>Vis det du skrev for %1</translation>
        </message>
        <message>
            <source>Done: remove from the list</source>
            <translation>Ferdig: fjern fra listen</translation>
        </message>
        <message>
            <source>Remove the refused change to %1 from the list</source>
            <translation>Fjern den avviste endringen av %1 fra listen</translation>
        </message>
        <message>
            <source>Refused %1: %2</source>
            <translation>Avvist %1: %2</translation>
        </message>
    </context>
    <context>
        <name>SensitiveText</name>
        <message>
            <source>Hidden: tap to show</source>
            <translation>Skjult: trykk for å vise</translation>
        </message>
        <message>
            <source>Show %1</source>
            <translation>Vis %1</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(tomt)</translation>
        </message>
        <message>
            <source>Hide</source>
            <translation>Skjul</translation>
        </message>
        <message>
            <source>Hide %1</source>
            <translation>Skjul %1</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>Settings</source>
            <translation>Innstillinger</translation>
        </message>
        <message>
            <source>Locking</source>
            <translation>Låsing</translation>
        </message>
        <message>
            <source>Lock after</source>
            <translation>Lås etter</translation>
        </message>
        <message>
            <source>Lock now</source>
            <translation>Lås nå</translation>
        </message>
        <message>
            <source>Lock the tablet now</source>
            <translation>Lås nettbrettet nå</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Språk</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Passfrase</translation>
        </message>
        <message>
            <source>Current passphrase</source>
            <translation>Nåværende passfrase</translation>
        </message>
        <message>
            <source>New passphrase</source>
            <translation>Ny passfrase</translation>
        </message>
        <message>
            <source>The new passphrase again</source>
            <translation>Den nye passfrasen én gang til</translation>
        </message>
        <message>
            <source>Repeat the new passphrase</source>
            <translation>Gjenta den nye passfrasen</translation>
        </message>
        <message>
            <source>Changing…</source>
            <translation>Endrer …</translation>
        </message>
        <message>
            <source>Change passphrase</source>
            <translation>Endre passfrase</translation>
        </message>
        <message>
            <source>Change the passphrase</source>
            <translation>Endre passfrasen</translation>
        </message>
        <message>
            <source>About</source>
            <translation>Om</translation>
        </message>
        <message>
            <source>The tablet locks when it goes to the background or the app switcher, and after a while without use. Nothing you typed is lost.</source>
            <translation>Nettbrettet låses når appen går i bakgrunnen eller til appveksleren, og etter en stund uten bruk. Ingenting du har skrevet går tapt.</translation>
        </message>
        <message>
            <source>Also re-encrypt the case file under a new key</source>
            <translation>Krypter også saksfilen på nytt med en ny nøkkel</translation>
        </message>
        <message>
            <source>Then no copy of the old key file can open it, with any passphrase. Takes about a minute; leave the new passphrase empty to keep the current one.</source>
            <translation>Da kan ingen kopi av den gamle nøkkelfilen åpne den, uansett passfrase. Tar omtrent et minutt; la ny passfrase stå tom for å beholde den du har.</translation>
        </message>
        <message>
            <source>Re-encrypting</source>
            <translation>Krypterer på nytt</translation>
        </message>
        <message>
            <source>Re-encrypt</source>
            <translation>Krypter på nytt</translation>
        </message>
        <message>
            <source>Re-encrypt the case file</source>
            <translation>Krypter saksfilen på nytt</translation>
        </message>
    </context>
    <context>
        <name>SharedAboutMePage</name>
        <message>
            <source>What is shared about me</source>
            <translation>Dette deles om meg</translation>
        </message>
        <message>
            <source>Show in:</source>
            <translation>Vis på:</translation>
        </message>
        <message>
            <source>Take it along</source>
            <translation>Ta med</translation>
        </message>
        <message>
            <source>A copy of this page (PDF)</source>
            <translation>En kopi av denne siden (PDF)</translation>
        </message>
        <message>
            <source>Make an encrypted copy of this page, as a PDF</source>
            <translation>Lag en kryptert kopi av denne siden, som PDF</translation>
        </message>
        <message>
            <source>Everything we hold about you</source>
            <translation>Alt vi har lagret om deg</translation>
        </message>
        <message>
            <source>Make an encrypted copy of everything held about this person</source>
            <translation>Lag en kryptert kopi av alt som er lagret om personen</translation>
        </message>
        <message>
            <source>Individual report, for the office</source>
            <translation>Individuell rapport, til kontoret</translation>
        </message>
        <message>
            <source>Make the individual report for the office</source>
            <translation>Lag den individuelle rapporten til kontoret</translation>
        </message>
        <message>
            <source>Every copy is an encrypted file. The office opens it; nothing readable is left on this tablet.</source>
            <translation>Hver kopi er en kryptert fil. Kontoret åpner den; ingenting lesbart blir liggende på nettbrettet.</translation>
        </message>
    </context>
    <context>
        <name>SyncPage</name>
        <message>
            <source>Sync and conflicts</source>
            <translation>Synkronisering og konflikter</translation>
        </message>
        <message>
            <source>Pair with the office</source>
            <translation>Koble til kontoret</translation>
        </message>
        <message>
            <source>Pair this tablet with the office</source>
            <translation>Koble nettbrettet til kontoret</translation>
        </message>
        <message>
            <source>Syncing…</source>
            <translation>Synkroniserer …</translation>
        </message>
        <message>
            <source>Sync now</source>
            <translation>Synkroniser nå</translation>
        </message>
        <message>
            <source>Sync progress</source>
            <translation>Fremdrift for synkronisering</translation>
        </message>
        <message>
            <source>Conflicts to decide</source>
            <translation>Konflikter å avgjøre</translation>
        </message>
        <message>
            <source>No conflicts. When two people change the same thing, both versions show up here for you to choose.</source>
            <translation>Ingen konflikter. Når to personer endrer det samme, vises begge versjonene her, så du kan velge.</translation>
        </message>
        <message>
            <source>You can keep working while it syncs: what you save now goes with the next sync.</source>
            <translation>Du kan jobbe videre mens det synkroniseres: det du lagrer nå, blir med neste gang.</translation>
        </message>
        <message>
            <source>Conflicts (%1)</source>
            <translation>Konflikter (%1)</translation>
        </message>
        <message>
            <source>Conflicts to decide: %1</source>
            <translation>Konflikter å avgjøre: %1</translation>
        </message>
        <message>
            <source>To send (%1)</source>
            <translation>Skal sendes (%1)</translation>
        </message>
        <message>
            <source>Waiting to be sent: %1</source>
            <translation>Venter på å bli sendt: %1</translation>
        </message>
        <message>
            <source>Refused (%1)</source>
            <translation>Avvist (%1)</translation>
        </message>
        <message>
            <source>Refused by the office: %1</source>
            <translation>Avvist av kontoret: %1</translation>
        </message>
        <message>
            <source>Waiting to be sent</source>
            <translation>Venter på å bli sendt</translation>
        </message>
        <message>
            <source>Nothing waits to be sent. What you save on this tablet goes to the office with the next sync.</source>
            <translation>Ingenting venter på å bli sendt. Det du lagrer på nettbrettet, går til kontoret ved neste synkronisering.</translation>
        </message>
        <message>
            <source>Refused by the office</source>
            <translation>Avvist av kontoret</translation>
        </message>
        <message>
            <source>The office did not take these changes. Nothing you wrote is lost: it stays here until you remove it.</source>
            <translation>Kontoret tok ikke imot disse endringene. Ingenting du skrev, er tapt: det blir liggende her til du fjerner det.</translation>
        </message>
        <message>
            <source>The office has refused nothing from this tablet.</source>
            <translation>Kontoret har ikke avvist noe fra dette nettbrettet.</translation>
        </message>
    </context>
    <context>
        <name>TeamOverviewPage</name>
        <message>
            <source>Team</source>
            <translation>Teamet</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>Alle</translation>
        </message>
        <message>
            <source>Everyone on the team, to hand over</source>
            <translation>Alle i teamet, for overføring</translation>
        </message>
        <message>
            <source>On the team's caseload</source>
            <translation>I teamets oppfølging</translation>
        </message>
        <message>
            <source>Referred and not discharged</source>
            <translation>Henvist og ikke avsluttet</translation>
        </message>
        <message>
            <source>Waiting for a specialist</source>
            <translation>Venter på jobbspesialist</translation>
        </message>
        <message>
            <source>No one follows them yet</source>
            <translation>Ingen følger dem opp ennå</translation>
        </message>
        <message>
            <source>Placements started / ended</source>
            <translation>Plasseringer startet / avsluttet</translation>
        </message>
        <message>
            <source>Last 4 weeks, %1</source>
            <translation>Siste 4 uker, %1</translation>
        </message>
        <message>
            <source>Placements in the last 4 weeks: %1 started, %2 ended</source>
            <translation>Plasseringer de siste 4 ukene: %1 startet, %2 avsluttet</translation>
        </message>
        <message>
            <source>Started: %1</source>
            <translation>Startet: %1</translation>
        </message>
        <message>
            <source>Ended: %1</source>
            <translation>Avsluttet: %1</translation>
        </message>
        <message>
            <source>Follow-up slipping</source>
            <translation>Oppfølging som glipper</translation>
        </message>
        <message>
            <source>No one is in follow-up after a job start</source>
            <translation>Ingen er i oppfølging etter jobbstart</translation>
        </message>
        <message>
            <source>%1 of %2 in follow-up missed a meeting in the last 4 weeks; %3 of %4 meetings due were kept</source>
            <translation>%1 av %2 i oppfølging har gått glipp av et møte de siste 4 ukene; %3 av %4 møter som skulle holdes, ble holdt</translation>
        </message>
        <message>
            <source>By status</source>
            <translation>Etter status</translation>
        </message>
        <message>
            <source>By step (a person may be in more than one)</source>
            <translation>Etter trinn (en person kan være i flere)</translation>
        </message>
        <message>
            <source>Everyone on the team's caseload has a specialist.</source>
            <translation>Alle i teamets oppfølging har en jobbspesialist.</translation>
        </message>
        <message>
            <source>%1, %2. Hand over</source>
            <translation>%1, %2. Overfør</translation>
        </message>
        <message>
            <source>Hand over</source>
            <translation>Overfør</translation>
        </message>
        <message>
            <source>Hand over someone else on the team</source>
            <translation>Overfør noen andre i teamet</translation>
        </message>
        <message>
            <source>Counts and shares for the whole team; no figure here is per specialist.</source>
            <translation>Antall og andeler for hele teamet; ingen tall her er per jobbspesialist.</translation>
        </message>
    </context>
    <context>
        <name>TimelineList</name>
        <message>
            <source>Timeline</source>
            <translation>Tidslinje</translation>
        </message>
        <message>
            <source>Needs the specialist</source>
            <translation>Trenger jobbspesialisten</translation>
        </message>
        <message>
            <source>Nothing noted yet.</source>
            <translation>Ingenting notert ennå.</translation>
        </message>
        <message>
            <source>Corrected</source>
            <translation>Rettet</translation>
        </message>
    </context>
    <context>
        <name>UnlockPage</name>
        <message>
            <source>fieldnotes is locked</source>
            <translation>fieldnotes er låst</translation>
        </message>
        <message>
            <source>Type your passphrase to open your notes.</source>
            <translation>Skriv passfrasen for å åpne notatene dine.</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Passfrase</translation>
        </message>
        <message numerus="yes">
            <source>%n more wrong passphrase(s) and the data on this tablet is wiped for good.</source>
            <translation>
                <numerusform>Én feil passfrase til, og dataene på nettbrettet slettes for godt.</numerusform>
                <numerusform>%n feil passfraser til, og dataene på nettbrettet slettes for godt.</numerusform>
            </translation>
        </message>
        <message>
            <source>Unlocking…</source>
            <translation>Låser opp …</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Lås opp</translation>
        </message>
        <message>
            <source>Unlocking</source>
            <translation>Låser opp</translation>
        </message>
    </context>
    <context>
        <name>VisitPage</name>
        <message>
            <source>New visit</source>
            <translation>Nytt besøk</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>Deltaker</translation>
        </message>
        <message>
            <source>Employer</source>
            <translation>Arbeidsgiver</translation>
        </message>
        <message>
            <source>Choose participant</source>
            <translation>Velg deltaker</translation>
        </message>
        <message>
            <source>Participant: %1. Change</source>
            <translation>Deltaker: %1. Endre</translation>
        </message>
        <message>
            <source>Choose employer (optional)</source>
            <translation>Velg arbeidsgiver (valgfritt)</translation>
        </message>
        <message>
            <source>Employer: %1. Change</source>
            <translation>Arbeidsgiver: %1. Endre</translation>
        </message>
        <message>
            <source>Choose employer</source>
            <translation>Velg arbeidsgiver</translation>
        </message>
        <message>
            <source>Kind of contact</source>
            <translation>Type kontakt</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Dato</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>I dag</translation>
        </message>
        <message>
            <source>Yesterday</source>
            <translation>I går</translation>
        </message>
        <message>
            <source>Time, e.g. 09:30</source>
            <translation>Klokkeslett, f.eks. 09:30</translation>
        </message>
        <message>
            <source>Start time</source>
            <translation>Starttid</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Sted</translation>
        </message>
        <message>
            <source>How long</source>
            <translation>Varighet</translation>
        </message>
        <message>
            <source>%1 min</source>
            <translation>%1 min</translation>
        </message>
        <message>
            <source>%1 minutes</source>
            <translation>%1 minutter</translation>
        </message>
        <message>
            <source>Who was there</source>
            <translation>Hvem var til stede</translation>
        </message>
        <message>
            <source>Purpose of the contact</source>
            <translation>Formålet med kontakten</translation>
        </message>
        <message>
            <source>Observations</source>
            <translation>Observasjoner</translation>
        </message>
        <message>
            <source>The person</source>
            <translation>Personen</translation>
        </message>
        <message>
            <source>How they seemed, what they said, what they managed</source>
            <translation>Hvordan de virket, hva de sa, hva de fikk til</translation>
        </message>
        <message>
            <source>The tasks</source>
            <translation>Oppgavene</translation>
        </message>
        <message>
            <source>What they did and how it went</source>
            <translation>Hva de gjorde og hvordan det gikk</translation>
        </message>
        <message>
            <source>The environment</source>
            <translation>Miljøet</translation>
        </message>
        <message>
            <source>Colleagues, pace, tone, noise</source>
            <translation>Kolleger, tempo, tone, støy</translation>
        </message>
        <message>
            <source>Agreed actions</source>
            <translation>Avtalte tiltak</translation>
        </message>
        <message>
            <source>+ Add an agreed action</source>
            <translation>+ Legg til et avtalt tiltak</translation>
        </message>
        <message>
            <source>Add an agreed action</source>
            <translation>Legg til et avtalt tiltak</translation>
        </message>
        <message>
            <source>Next visit</source>
            <translation>Neste besøk</translation>
        </message>
        <message>
            <source>In a week</source>
            <translation>Om en uke</translation>
        </message>
        <message>
            <source>In 2 weeks</source>
            <translation>Om 2 uker</translation>
        </message>
        <message>
            <source>In a month</source>
            <translation>Om en måned</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notat</translation>
        </message>
        <message>
            <source>Anything else worth remembering</source>
            <translation>Annet som er verdt å huske</translation>
        </message>
        <message>
            <source>Only I may read this note</source>
            <translation>Bare jeg kan lese dette notatet</translation>
        </message>
        <message>
            <source>Counts as time in the field</source>
            <translation>Teller som tid ute i felten</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Forkast</translation>
        </message>
        <message>
            <source>Discard this note</source>
            <translation>Forkast dette notatet</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Lagrer …</translation>
        </message>
        <message>
            <source>Finalize</source>
            <translation>Fullfør</translation>
        </message>
        <message>
            <source>Finalize the visit note</source>
            <translation>Fullfør besøksnotatet</translation>
        </message>
        <message>
            <source>Discard this note?</source>
            <translation>Forkaste dette notatet?</translation>
        </message>
        <message>
            <source>What you typed will be deleted from this tablet.</source>
            <translation>Det du har skrevet blir slettet fra nettbrettet.</translation>
        </message>
    </context>
    <context>
        <name>WorkplaceCard</name>
        <message>
            <source>A task at this workplace</source>
            <translation>En oppgave på denne arbeidsplassen</translation>
        </message>
        <message>
            <source>New task at %1</source>
            <translation>Ny oppgave hos %1</translation>
        </message>
        <message>
            <source>Add task</source>
            <translation>Legg til oppgave</translation>
        </message>
        <message>
            <source>Add the task to %1</source>
            <translation>Legg oppgaven til %1</translation>
        </message>
    </context>
    <context>
        <name>fieldnotes::app::AttentionActions</name>
        <message>
            <source>Choose the day to move the meeting to.</source>
            <translation>Velg dagen møtet skal flyttes til.</translation>
        </message>
    </context>
    <context>
        <name>fieldnotes::app::CaseloadController</name>
        <message numerus="yes">
            <source>%n participant(s)</source>
            <translation>
                <numerusform>%n deltaker</numerusform>
                <numerusform>%n deltakere</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n need(s) attention</source>
            <translation>
                <numerusform>%n trenger oppmerksomhet</numerusform>
                <numerusform>%n trenger oppmerksomhet</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>fieldnotes::app::CaseloadModel</name>
        <message>
            <source>Last contact %1</source>
            <translation>Siste kontakt %1</translation>
        </message>
        <message>
            <source>No contact yet</source>
            <translation>Ingen kontakt ennå</translation>
        </message>
        <message>
            <source>Next %1</source>
            <translation>Neste %1</translation>
        </message>
        <message>
            <source>No next contact planned</source>
            <translation>Ingen neste kontakt planlagt</translation>
        </message>
    </context>
    <context>
        <name>fieldnotes::app::ConflictsModel</name>
        <message>
            <source>(empty)</source>
            <translation>(tomt)</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Nei</translation>
        </message>
        <message>
            <source>you, on this tablet</source>
            <translation>deg, på dette nettbrettet</translation>
        </message>
        <message>
            <source>%1, on this tablet</source>
            <translation>%1, på dette nettbrettet</translation>
        </message>
        <message>
            <source>%1, on %2</source>
            <translation>%1, på %2</translation>
        </message>
        <message>
            <source>a tablet this one does not know</source>
            <translation>et nettbrett dette ikke kjenner</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>One person removed this record while another changed it. Keep it removed, or bring it back with the change.</source>
            <translation>Én person fjernet dette mens en annen endret det. La det være fjernet, eller hent det tilbake med endringen.</translation>
        </message>
        <message>
            <source>The consent was revoked while someone changed it. A revoked consent stays revoked.</source>
            <translation>Samtykket ble trukket tilbake mens noen endret det. Et tilbaketrukket samtykke forblir tilbaketrukket.</translation>
        </message>
        <message>
            <source>Two people changed this at the same time. Choose the value to keep.</source>
            <translation>To personer endret dette samtidig. Velg verdien som skal gjelde.</translation>
        </message>
        <message>
            <source>Removed</source>
            <translation>Fjernet</translation>
        </message>
    </context>
    <context>
        <name>fieldnotes::app::ConsentController</name>
        <message>
            <source>Choose what may be told.</source>
            <translation>Velg hva som kan fortelles.</translation>
        </message>
        <message>
            <source>Choose who may be told.</source>
            <translation>Velg hvem som kan få vite det.</translation>
        </message>
        <message>
            <source>Choose the employer.</source>
            <translation>Velg arbeidsgiveren.</translation>
        </message>
        <message>
            <source>Choose the mentor.</source>
            <translation>Velg mentor.</translation>
        </message>
        <message>
            <source>Write what the information is for.</source>
            <translation>Skriv hva opplysningene skal brukes til.</translation>
        </message>
    </context>
    <context>
        <name>fieldnotes::app::ConsentsModel</name>
        <message>
            <source>Takes part voluntarily</source>
            <translation>Deltar frivillig</translation>
        </message>
        <message>
            <source>Revoked %1</source>
            <translation>Trukket tilbake %1</translation>
        </message>
        <message>
            <source>Given %1</source>
            <translation>Gitt %1</translation>
        </message>
        <message>
            <source>Not given</source>
            <translation>Ikke gitt</translation>
        </message>
        <message>
            <source>Given %1, %2</source>
            <translation>Gitt %1, %2</translation>
        </message>
    </context>
    <context>
        <name>fieldnotes::app::CourseController</name>
        <message>
            <source>Paused from %1: %2</source>
            <translation>På pause fra %1: %2</translation>
        </message>
        <message>
            <source>Choose the new status.</source>
            <translation>Velg ny status.</translation>
        </message>
        <message>
            <source>Choose the new end of the measure.</source>
            <translation>Velg ny sluttdato for tiltaket.</translation>
        </message>
    </context>
    <context>
        <name>fieldnotes::app::DraftsModel</name>
        <message>
            <source>Visit note</source>
            <translation>Besøksnotat</translation>
        </message>
        <message>
            <source>Mentor entry</source>
            <translation>Mentoroppføring</translation>
        </message>
        <message>
            <source>New employer</source>
            <translation>Ny arbeidsgiver</translation>
        </message>
        <message>
            <source>Unfinished form</source>
            <translation>Uferdig skjema</translation>
        </message>
        <message>
            <source>%1 – %2</source>
            <translation>%1 – %2</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>Lagret %1</translation>
        </message>
        <message>
            <source>New participant</source>
            <translation>Ny deltaker</translation>
        </message>
    </context>
    <context>
        <name>fieldnotes::app::EmployerController</name>
        <message>
            <source>Write what the task is, then add it.</source>
            <translation>Skriv hva oppgaven er, og legg den til.</translation>
        </message>
        <message>
            <source>Write the contact person's name, then add them.</source>
            <translation>Skriv navnet til kontaktpersonen, og legg personen til.</translation>
        </message>
        <message>
            <source>Write the workplace's name, then add it.</source>
            <translation>Skriv navnet på arbeidsplassen, og legg den til.</translation>
        </message>
    </context>
    <context>
        <name>fieldnotes::app::EmployerFormController</name>
        <message>
            <source>Write the employer's name.</source>
            <translation>Skriv navnet på arbeidsgiveren.</translation>
        </message>
    </context>
    <context>
        <name>fieldnotes::app::EmployerMentorsController</name>
        <message>
            <source>Write the mentor's name.</source>
            <translation>Skriv navnet til mentoren.</translation>
        </message>
    </context>
    <context>
        <name>fieldnotes::app::EmployersModel</name>
        <message>
            <source>Last contact %1</source>
            <translation>Siste kontakt %1</translation>
        </message>
        <message>
            <source>No contact yet</source>
            <translation>Ingen kontakt ennå</translation>
        </message>
        <message numerus="yes">
            <source>%n contact(s)</source>
            <translation>
                <numerusform>%n kontakt</numerusform>
                <numerusform>%n kontakter</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n in work here</source>
            <translation>
                <numerusform>%n i arbeid her</numerusform>
                <numerusform>%n i arbeid her</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>fieldnotes::app::ExportController</name>
        <message>
            <source>Everything held about %1</source>
            <translation>Alt som er lagret om %1</translation>
        </message>
        <message>
            <source>Individual report: %1</source>
            <translation>Individuell rapport: %1</translation>
        </message>
        <message>
            <source>What is shared about %1</source>
            <translation>Dette deles om %1</translation>
        </message>
        <message>
            <source>Everything this tablet holds about %1: what is shared and with whom, the individual report, and every record in words, as a PDF to read; and every record as stored (CSV).</source>
            <translation>Alt dette nettbrettet har lagret om %1: hva som deles og med hvem, den individuelle rapporten og hver registrering i ord, som PDF å lese; og hver registrering slik den er lagret (CSV).</translation>
        </message>
        <message>
            <source>The individual report for %1 (background, pathway, status and outcome) as a PDF, and as one row of a spreadsheet (CSV) for the office's own records.</source>
            <translation>Den individuelle rapporten for %1 (bakgrunn, forløp, status og resultat) som PDF, og som én rad i et regneark (CSV) til kontorets egne oversikter.</translation>
        </message>
        <message>
            <source>What is shared about %1, with whom and since when, what has been handed over, and how to say no: as a PDF to read and keep, and as data (CSV).</source>
            <translation>Hva som deles om %1, med hvem og fra når, hva som er gitt videre, og hvordan man sier nei: som PDF å lese og ta vare på, og som data (CSV).</translation>
        </message>
        <message>
            <source>The passphrase needs at least 12 characters, because the file may travel. Or let fieldnotes make one up.</source>
            <translation>Passfrasen må ha minst 12 tegn, fordi filen kan bli sendt videre. Eller la fieldnotes lage en.</translation>
        </message>
        <message>
            <source>The two passphrases are not the same.</source>
            <translation>De to passfrasene er ikke like.</translation>
        </message>
        <message>
            <source>Only the office can open this file, with the office's own key; not even this tablet can. Bring it to the office however suits you (a memory stick or the office's shared folder is fine: the file is encrypted). There it is opened with: fieldnotes-cli open-export %1 --data-dir &lt;office store&gt; --out &lt;folder&gt;</source>
            <translation>Bare kontoret kan åpne denne filen, med kontorets egen nøkkel; ikke engang dette nettbrettet kan det. Ta den med til kontoret slik det passer (en minnepinne eller kontorets fellesmappe går fint: filen er kryptert). Der åpnes den med: fieldnotes-cli open-export %1 --data-dir &lt;kontorets lager&gt; --out &lt;mappe&gt;</translation>
        </message>
        <message>
            <source>Give the office the file and the passphrase separately: read the passphrase out on the phone or hand it over on paper, never together with the file. There it is opened with: fieldnotes-cli open-export %1 --out &lt;folder&gt;, and the passphrase.</source>
            <translation>Gi kontoret filen og passfrasen hver for seg: les passfrasen opp i telefonen eller gi den på papir, aldri sammen med filen. Der åpnes den med: fieldnotes-cli open-export %1 --out &lt;mappe&gt;, og passfrasen.</translation>
        </message>
        <message>
            <source>The exports folder %1 cannot be made. Check that the tablet has space, then try again.</source>
            <translation>Mappen for eksporter, %1, kan ikke lages. Sjekk at nettbrettet har plass, og prøv igjen.</translation>
        </message>
    </context>
    <context>
        <name>fieldnotes::app::FidelityFormController</name>
        <message>
            <source>%1 of %2 answered</source>
            <translation>%1 av %2 besvart</translation>
        </message>
        <message>
            <source>Your total: %1 of 95</source>
            <translation>Din sum: %1 av 95</translation>
        </message>
        <message>
            <source>Answer all 19 items before sending: %1 still open.</source>
            <translation>Svar på alle 19 punktene før du sender: %1 står åpne.</translation>
        </message>
    </context>
    <context>
        <name>fieldnotes::app::FidelityItemsModel</name>
        <message>
            <source>Choose the one option that fits best: it scores 1 to 5.</source>
            <translation>Velg det ene alternativet som passer best: det gir 1 til 5 poeng.</translation>
        </message>
        <message>
            <source>Tick all that apply: each of b) to f) scores 1, up to 5; a) is recorded and scores nothing.</source>
            <translation>Kryss av for alt som passer: hver av b) til f) gir 1 poeng, opptil 5; a) registreres, men gir ikke poeng.</translation>
        </message>
        <message>
            <source>Tick all that apply: each practice ticked scores 1, from 0 to 5.</source>
            <translation>Kryss av for alt som passer: hver praksis du krysser av gir 1 poeng, fra 0 til 5.</translation>
        </message>
        <message>
            <source>Scores %1 of 5</source>
            <translation>Gir %1 av 5</translation>
        </message>
    </context>
    <context>
        <name>fieldnotes::app::FidelityMeansModel</name>
        <message>
            <source>up from %1</source>
            <translation>opp fra %1</translation>
        </message>
        <message>
            <source>down from %1</source>
            <translation>ned fra %1</translation>
        </message>
        <message>
            <source>Item %1, %2: %3 of 5</source>
            <translation>Punkt %1, %2: %3 av 5</translation>
        </message>
    </context>
    <context>
        <name>fieldnotes::app::FidelityTeamController</name>
        <message>
            <source>Exemplary (85 to 95)</source>
            <translation>Eksemplarisk (85 til 95)</translation>
        </message>
        <message>
            <source>Good (70 to 84)</source>
            <translation>God (70 til 84)</translation>
        </message>
        <message>
            <source>Fair (44 to 69)</source>
            <translation>Rimelig (44 til 69)</translation>
        </message>
        <message>
            <source>Not supported employment (43 or less)</source>
            <translation>Ikke arbeid med bistand (43 eller lavere)</translation>
        </message>
        <message>
            <source>Incomplete: no answer has all 19 items yet</source>
            <translation>Ufullstendig: ingen svar har alle 19 punktene ennå</translation>
        </message>
        <message>
            <source>%1 of 95</source>
            <translation>%1 av 95</translation>
        </message>
        <message>
            <source>Recorded for the team as a whole</source>
            <translation>Registrert for teamet samlet</translation>
        </message>
        <message numerus="yes">
            <source>%n answered</source>
            <translation>
                <numerusform>%n har svart</numerusform>
                <numerusform>%n har svart</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n incomplete, left out</source>
            <translation>
                <numerusform>%n ufullstendig, holdt utenfor</numerusform>
                <numerusform>%n ufullstendige, holdt utenfor</numerusform>
            </translation>
        </message>
        <message>
            <source>Unchanged since %1</source>
            <translation>Uendret siden %1</translation>
        </message>
        <message>
            <source>Up %1 since %2</source>
            <translation>Opp %1 siden %2</translation>
        </message>
        <message>
            <source>Down %1 since %2</source>
            <translation>Ned %1 siden %2</translation>
        </message>
        <message>
            <source>Item %1, %2: %3 → %4</source>
            <translation>Punkt %1, %2: %3 → %4</translation>
        </message>
        <message>
            <source>%1: %2 of 95</source>
            <translation>%1: %2 av 95</translation>
        </message>
        <message>
            <source>The team's total over time: %1</source>
            <translation>Teamets sum over tid: %1</translation>
        </message>
    </context>
    <context>
        <name>fieldnotes::app::FiguresController</name>
        <message>
            <source>Week %1: %2 – %3</source>
            <translation>Uke %1: %2 – %3</translation>
        </message>
        <message>
            <source>Weeks %1 – %2</source>
            <translation>Uke %1 – %2</translation>
        </message>
        <message>
            <source>There are no specialists on this tablet's team yet. Sync with the office, then try again.</source>
            <translation>Det er ingen jobbspesialister i teamet på dette nettbrettet ennå. Synkroniser med kontoret, og prøv igjen.</translation>
        </message>
        <message>
            <source>Team figures are for the team lead. Your own figures are under Figures.</source>
            <translation>Teamets tall er for teamlederen. Dine egne tall finner du under Tall.</translation>
        </message>
        <message>
            <source>A mentor follows no caseload, so there are no figures to show here.</source>
            <translation>En mentor følger ingen deltakere selv, så det er ingen tall å vise her.</translation>
        </message>
    </context>
    <context>
        <name>fieldnotes::app::FiguresModel</name>
        <message>
            <source>%1 %</source>
            <translation>%1 %</translation>
        </message>
        <message>
            <source>%1 min</source>
            <translation>%1 min</translation>
        </message>
        <message>
            <source>none</source>
            <translation>ingen verdi</translation>
        </message>
        <message numerus="yes">
            <source>The last %n week(s), oldest first: %1.</source>
            <translation>
                <numerusform>Siste %n uke, eldste først: %1.</numerusform>
                <numerusform>Siste %n uker, eldste først: %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>No contracted hours are recorded for the team in this period, so there is no share to show. The office records them.</source>
            <translation>Det er ikke registrert avtalt arbeidstid for teamet i denne perioden, så det er ingen andel å vise. Kontoret registrerer arbeidstiden.</translation>
        </message>
        <message>
            <source>No contracted hours are recorded for you in this period, so there is no share to show. The office records them.</source>
            <translation>Det er ikke registrert avtalt arbeidstid for deg i denne perioden, så det er ingen andel å vise. Kontoret registrerer arbeidstiden.</translation>
        </message>
        <message>
            <source>Time in the field</source>
            <translation>Tid ute i felt</translation>
        </message>
        <message>
            <source>%1 in the field of %2 contracted, the team together.</source>
            <translation>%1 ute i felt av %2 avtalt arbeidstid, teamet samlet.</translation>
        </message>
        <message>
            <source>%1 in the field of %2 contracted.</source>
            <translation>%1 ute i felt av %2 avtalt arbeidstid.</translation>
        </message>
        <message>
            <source>The method aims for at least %1 of the week out of the office.</source>
            <translation>Metoden sikter mot minst %1 av uken utenfor kontoret.</translation>
        </message>
        <message numerus="yes">
            <source>%n field contact(s) without a duration add nothing here yet. Adding the durations makes the figure complete.</source>
            <translation>
                <numerusform>%n kontakt i felt uten varighet teller ikke med her ennå. Fyll inn varigheten, så blir tallet komplett.</numerusform>
                <numerusform>%n kontakter i felt uten varighet teller ikke med her ennå. Fyll inn varighetene, så blir tallet komplett.</numerusform>
            </translation>
        </message>
        <message>
            <source>Time at employers</source>
            <translation>Tid hos arbeidsgivere</translation>
        </message>
        <message>
            <source>%1 at employers: band %2 of 5 on the fidelity form.</source>
            <translation>%1 hos arbeidsgivere: nivå %2 av 5 på fidelityskalaen.</translation>
        </message>
        <message>
            <source>Item 18 of the fidelity form: from %1 a 3, from %2 a 4, from %3 a 5.</source>
            <translation>Punkt 18 på fidelityskalaen: fra %1 gir 3, fra %2 gir 4, fra %3 gir 5.</translation>
        </message>
        <message>
            <source>New employer contacts</source>
            <translation>Nye arbeidsgiverkontakter</translation>
        </message>
        <message numerus="yes">
            <source>A week per specialist on average; %n in all for the team.</source>
            <translation>
                <numerusform>I uken per jobbspesialist i snitt; %n i alt for teamet.</numerusform>
                <numerusform>I uken per jobbspesialist i snitt; %n i alt for teamet.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>A week on average; %n in the month.</source>
            <translation>
                <numerusform>I uken i snitt; %n i måneden.</numerusform>
                <numerusform>I uken i snitt; %n i måneden.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new employer visit(s) this week.</source>
            <translation>
                <numerusform>%n nytt arbeidsgiverbesøk denne uken.</numerusform>
                <numerusform>%n nye arbeidsgiverbesøk denne uken.</numerusform>
            </translation>
        </message>
        <message>
            <source>The method aims for about %1 a week.</source>
            <translation>Metoden sikter mot rundt %1 i uken.</translation>
        </message>
        <message>
            <source>Contacts per participant</source>
            <translation>Kontakter per deltaker</translation>
        </message>
        <message>
            <source>No one was on the team's caseload at the end of this period.</source>
            <translation>Teamet fulgte ingen deltakere ved slutten av perioden.</translation>
        </message>
        <message>
            <source>No one was on your caseload at the end of this period.</source>
            <translation>Du fulgte ingen deltakere ved slutten av perioden.</translation>
        </message>
        <message numerus="yes">
            <source>%n contact(s) with participants; the team follows %1 people.</source>
            <translation>
                <numerusform>%n kontakt med deltakere; teamet følger %1 personer.</numerusform>
                <numerusform>%n kontakter med deltakere; teamet følger %1 personer.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n contact(s) with participants; you follow %1 people.</source>
            <translation>
                <numerusform>%n kontakt med deltakere; du følger %1 personer.</numerusform>
                <numerusform>%n kontakter med deltakere; du følger %1 personer.</numerusform>
            </translation>
        </message>
        <message>
            <source>Follow-up after a job start</source>
            <translation>Oppfølging etter jobbstart</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 av %2</translation>
        </message>
        <message>
            <source>No follow-up meetings after a job start were due in this period.</source>
            <translation>Ingen oppfølgingsmøter etter jobbstart skulle holdes i denne perioden.</translation>
        </message>
        <message>
            <source>%1 of the meetings due in this period were held in their window.</source>
            <translation>%1 av møtene som skulle holdes i perioden, ble holdt i tide.</translation>
        </message>
        <message>
            <source>Item 17 of the fidelity form: a meeting in the week before the start, within 3 days after it, weekly in the first month, then at least monthly through the first year.</source>
            <translation>Punkt 17 på fidelityskalaen: et møte uken før oppstart, innen 3 dager etter, ukentlig den første måneden, deretter minst månedlig det første året.</translation>
        </message>
        <message>
            <source>Each participant's page shows the next meeting and its window.</source>
            <translation>Hver deltakers side viser neste møte og når det bør holdes.</translation>
        </message>
        <message>
            <source>all</source>
            <translation>alle</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Placements started</source>
            <translation>Plasseringer startet</translation>
        </message>
        <message>
            <source>None started in this period.</source>
            <translation>Ingen startet i denne perioden.</translation>
        </message>
        <message>
            <source>People in work</source>
            <translation>I arbeid</translation>
        </message>
        <message>
            <source>In a paid job on the period's last day, of the people the team follows.</source>
            <translation>I lønnet jobb på periodens siste dag, av dem teamet følger.</translation>
        </message>
        <message>
            <source>In a paid job on the period's last day, of the people you follow.</source>
            <translation>I lønnet jobb på periodens siste dag, av dem du følger.</translation>
        </message>
    </context>
    <context>
        <name>fieldnotes::app::GoalsModel</name>
        <message>
            <source>By %1</source>
            <translation>Innen %1</translation>
        </message>
    </context>
    <context>
        <name>fieldnotes::app::IntakeController</name>
        <message>
            <source>Write the participant's name. A first name, or a name they choose, is enough.</source>
            <translation>Skriv navnet til deltakeren. Et fornavn, eller et navn personen velger selv, er nok.</translation>
        </message>
        <message>
            <source>Voluntary participation in Supported Employment: the job specialist helps you find and keep ordinary work, and nothing about you is shared without your agreement.</source>
            <translation>Frivillig deltakelse i Supported Employment: jobbspesialisten hjelper deg å finne og beholde en vanlig jobb, og ingenting om deg deles uten at du har sagt ja.</translation>
        </message>
        <message>
            <source>You take part because you want to. You can stop when you want.</source>
            <translation>Du er med fordi du vil. Du kan slutte når du vil.</translation>
        </message>
    </context>
    <context>
        <name>fieldnotes::app::JournalEntryController</name>
        <message>
            <source>Written by %1</source>
            <translation>Skrevet av %1</translation>
        </message>
        <message>
            <source>by %1</source>
            <translation>innen %1</translation>
        </message>
        <message>
            <source>Natural support: %1</source>
            <translation>Naturlig bistand: %1</translation>
        </message>
    </context>
    <context>
        <name>fieldnotes::app::MentorAssignController</name>
        <message>
            <source>Register a mentor on the employer's page first.</source>
            <translation>Registrer en mentor på siden til arbeidsgiveren først.</translation>
        </message>
        <message>
            <source>Choose the mentor.</source>
            <translation>Velg mentor.</translation>
        </message>
        <message>
            <source>Choose the mentor's last day.</source>
            <translation>Velg siste dag for mentoren.</translation>
        </message>
    </context>
    <context>
        <name>fieldnotes::app::MentorCasesModel</name>
        <message>
            <source>Next structured talk %1</source>
            <translation>Neste strukturerte samtale %1</translation>
        </message>
        <message>
            <source>Your last entry %1</source>
            <translation>Din siste oppføring %1</translation>
        </message>
        <message>
            <source>No entries from you yet</source>
            <translation>Ingen oppføringer fra deg ennå</translation>
        </message>
        <message>
            <source>Structured talk overdue since %1</source>
            <translation>Strukturert samtale på overtid siden %1</translation>
        </message>
        <message>
            <source>Structured talk due today</source>
            <translation>Strukturert samtale i dag</translation>
        </message>
        <message>
            <source>No structured talk logged yet</source>
            <translation>Ingen strukturert samtale registrert ennå</translation>
        </message>
        <message>
            <source>Last structured talk %1</source>
            <translation>Siste strukturerte samtale %1</translation>
        </message>
        <message>
            <source>%1 (achieved)</source>
            <translation>%1 (nådd)</translation>
        </message>
    </context>
    <context>
        <name>fieldnotes::app::MentorEntryController</name>
        <message>
            <source>Choose who the support was for.</source>
            <translation>Velg hvem bistanden gjaldt.</translation>
        </message>
        <message>
            <source>Write a few words about what happened.</source>
            <translation>Skriv noen ord om hva som skjedde.</translation>
        </message>
        <message>
            <source>Choose today or an earlier date.</source>
            <translation>Velg i dag eller en tidligere dato.</translation>
        </message>
        <message>
            <source>Write a few words about what you talked about.</source>
            <translation>Skriv noen ord om hva dere snakket om.</translation>
        </message>
    </context>
    <context>
        <name>fieldnotes::app::MentorParticipantController</name>
        <message>
            <source>Overdue since %1</source>
            <translation>På overtid siden %1</translation>
        </message>
    </context>
    <context>
        <name>fieldnotes::app::ParticipantController</name>
        <message>
            <source>needs an interpreter</source>
            <translation>trenger tolk</translation>
        </message>
        <message>
            <source>Agreed with the participant %1</source>
            <translation>Avtalt med deltakeren %1</translation>
        </message>
        <message>
            <source>with the employer %1</source>
            <translation>med arbeidsgiveren %1</translation>
        </message>
        <message>
            <source>Discharged on %1: %2</source>
            <translation>Avsluttet %1: %2</translation>
        </message>
        <message>
            <source>Choose why the participant is discharged.</source>
            <translation>Velg hvorfor deltakeren avsluttes.</translation>
        </message>
        <message>
            <source>Choose the day the job ended.</source>
            <translation>Velg dagen jobben sluttet.</translation>
        </message>
        <message>
            <source>Choose the day the participant withdrew the consent.</source>
            <translation>Velg dagen deltakeren trakk samtykket tilbake.</translation>
        </message>
        <message>
            <source>No main goal</source>
            <translation>Intet hovedmål</translation>
        </message>
        <message>
            <source>Choose the colleague who takes over.</source>
            <translation>Velg kollegaen som tar over.</translation>
        </message>
        <message>
            <source>Choose the day the new position counts from.</source>
            <translation>Velg dagen den nye stillingsprosenten gjelder fra.</translation>
        </message>
        <message>
            <source>%1 since %2</source>
            <translation>%1 siden %2</translation>
        </message>
        <message>
            <source>Choose the day the review was held.</source>
            <translation>Velg dagen vurderingen ble holdt.</translation>
        </message>
        <message>
            <source>Choose the day the new period starts.</source>
            <translation>Velg dagen den nye perioden starter.</translation>
        </message>
        <message>
            <source>Choose the measure's last day.</source>
            <translation>Velg virkemiddelets siste dag.</translation>
        </message>
    </context>
    <context>
        <name>fieldnotes::app::PlacementController</name>
        <message>
            <source>Choose the employer.</source>
            <translation>Velg arbeidsgiveren.</translation>
        </message>
        <message>
            <source>The position must be between 1 and 100 %.</source>
            <translation>Stillingsprosenten må være mellom 1 og 100 %.</translation>
        </message>
        <message>
            <source>Choose the contract kind: permanent, temporary or on call.</source>
            <translation>Velg ansettelsesform: fast, midlertidig eller tilkalling.</translation>
        </message>
    </context>
    <context>
        <name>fieldnotes::app::PlacementsModel</name>
        <message>
            <source>%1 % position</source>
            <translation>%1 % stilling</translation>
        </message>
        <message>
            <source>%1 – %2</source>
            <translation>%1 – %2</translation>
        </message>
        <message>
            <source>Since %1</source>
            <translation>Siden %1</translation>
        </message>
        <message>
            <source>Trial period ends %1</source>
            <translation>Prøvetiden går ut %1</translation>
        </message>
        <message>
            <source>Contract ends %1</source>
            <translation>Kontrakten slutter %1</translation>
        </message>
        <message>
            <source>%1 %</source>
            <translation>%1 %</translation>
        </message>
        <message>
            <source>%1 h/month</source>
            <translation>%1 t/måned</translation>
        </message>
        <message>
            <source>review %1</source>
            <translation>vurdering %1</translation>
        </message>
        <message>
            <source>Structured talk every week</source>
            <translation>Strukturert samtale hver uke</translation>
        </message>
        <message>
            <source>Structured talk every other week</source>
            <translation>Strukturert samtale annenhver uke</translation>
        </message>
        <message>
            <source>Structured talk every four weeks</source>
            <translation>Strukturert samtale hver fjerde uke</translation>
        </message>
        <message>
            <source>Structured talk every %1 days</source>
            <translation>Strukturert samtale hver %1. dag</translation>
        </message>
        <message>
            <source>from %1</source>
            <translation>fra %1</translation>
        </message>
        <message>
            <source>%1 % from %2</source>
            <translation>%1 % fra %2</translation>
        </message>
        <message>
            <source>reviewed %1</source>
            <translation>vurdert %1</translation>
        </message>
    </context>
    <context>
        <name>fieldnotes::app::ProfileModel</name>
        <message>
            <source>this tablet</source>
            <translation>dette nettbrettet</translation>
        </message>
        <message>
            <source>someone on another tablet</source>
            <translation>noen på et annet nettbrett</translation>
        </message>
        <message>
            <source>Written by %1, %2</source>
            <translation>Skrevet av %1, %2</translation>
        </message>
    </context>
    <context>
        <name>fieldnotes::app::RefusedModel</name>
        <message>
            <source>What you wrote is kept on this tablet (shown below). If it belongs with someone you follow, write it again there; otherwise give it to the office. Then remove it from this list.</source>
            <translation>Det du skrev, er tatt vare på her på nettbrettet (vist nedenfor). Hører det til noen du følger opp, skriver du det inn på nytt der; ellers gir du det til kontoret. Fjern det så fra listen.</translation>
        </message>
        <message>
            <source>The record is back as the office has it. If your change is still needed, ask the office or the participant's own specialist to make it. Then remove it from this list.</source>
            <translation>Opplysningen er tilbake slik kontoret har den. Trengs endringen din fortsatt, ber du kontoret eller deltakerens egen jobbspesialist gjøre den. Fjern den så fra listen.</translation>
        </message>
        <message>
            <source>This participant is not followed by you.</source>
            <translation>Denne deltakeren følges ikke opp av deg.</translation>
        </message>
        <message>
            <source>This employer is not linked to your caseload.</source>
            <translation>Denne arbeidsgiveren er ikke knyttet til deltakerne dine.</translation>
        </message>
        <message>
            <source>Who follows a participant is decided at the office.</source>
            <translation>Hvem som følger opp en deltaker, bestemmes på kontoret.</translation>
        </message>
        <message>
            <source>A new participant can only be followed by the person who adds them.</source>
            <translation>En ny deltaker kan bare følges opp av den som legger den inn.</translation>
        </message>
        <message>
            <source>Entries are written in your own name.</source>
            <translation>Registreringer skrives i ditt eget navn.</translation>
        </message>
        <message>
            <source>Staff and tablets are managed at the office.</source>
            <translation>Ansatte og nettbrett styres fra kontoret.</translation>
        </message>
        <message>
            <source>These are another person's own records.</source>
            <translation>Dette er en annen persons egne registreringer.</translation>
        </message>
        <message>
            <source>A mentor's tablet may only add natural-support entries.</source>
            <translation>Et mentornettbrett kan bare legge inn registreringer av naturlig bistand.</translation>
        </message>
        <message>
            <source>This participant is not assigned to you as a mentor.</source>
            <translation>Denne deltakeren er ikke tildelt deg som mentor.</translation>
        </message>
    </context>
    <context>
        <name>fieldnotes::app::ReviewQueueModel</name>
        <message>
            <source>Discussed</source>
            <translation>Drøftet</translation>
        </message>
        <message>
            <source>Waiting for the review</source>
            <translation>Venter på drøfting</translation>
        </message>
        <message>
            <source>From the reflection log</source>
            <translation>Fra refleksjonsloggen</translation>
        </message>
        <message>
            <source>The entry was deleted since.</source>
            <translation>Notatet er slettet siden.</translation>
        </message>
        <message>
            <source>Asked by %1, %2</source>
            <translation>Meldt opp av %1, %2</translation>
        </message>
        <message>
            <source>someone no longer on the team</source>
            <translation>en som ikke lenger er i teamet</translation>
        </message>
        <message>
            <source>Advice from %1, %2</source>
            <translation>Råd fra %1, %2</translation>
        </message>
    </context>
    <context>
        <name>fieldnotes::app::SettingsController</name>
        <message>
            <source>Strength: %1. %2</source>
            <translation>Styrke: %1. %2</translation>
        </message>
        <message>
            <source>fieldnotes %1, Qt %2</source>
            <translation>fieldnotes %1, Qt %2</translation>
        </message>
        <message numerus="yes">
            <source>After %n minute(s) without use</source>
            <translation>
                <numerusform>Etter %n minutt uten bruk</numerusform>
                <numerusform>Etter %n minutter uten bruk</numerusform>
            </translation>
        </message>
        <message>
            <source>User: %1 (%2)</source>
            <translation>Bruker: %1 (%2)</translation>
        </message>
        <message>
            <source>Device: %1</source>
            <translation>Enhet: %1</translation>
        </message>
        <message>
            <source>Case store: %1, format %2</source>
            <translation>Saksmappe: %1, format %2</translation>
        </message>
        <message>
            <source>Everything on this tablet is encrypted. The passphrase cannot be recovered: if it is lost, pair the tablet again to get synced work back.</source>
            <translation>Alt på nettbrettet er kryptert. Passfrasen kan ikke gjenopprettes: mister du den, kobler du nettbrettet til på nytt for å få tilbake det som er synkronisert.</translation>
        </message>
        <message>
            <source>Type your current passphrase.</source>
            <translation>Skriv den nåværende passfrasen.</translation>
        </message>
        <message>
            <source>The two new passphrases are not the same. Type the same passphrase twice.</source>
            <translation>De to nye passfrasene er ikke like. Skriv den samme passfrasen to ganger.</translation>
        </message>
        <message>
            <source>Changing the passphrase…</source>
            <translation>Endrer passfrasen …</translation>
        </message>
        <message>
            <source>The passphrase is changed. Use the new one from now on.</source>
            <translation>Passfrasen er endret. Bruk den nye fra nå av.</translation>
        </message>
        <message>
            <source>The current passphrase is not right.</source>
            <translation>Den nåværende passfrasen er ikke riktig.</translation>
        </message>
        <message>
            <source>Re-encrypting the case file… Keep the tablet on; this takes a minute.</source>
            <translation>Krypterer saksfilen på nytt … La nettbrettet være på; dette tar et minutt.</translation>
        </message>
        <message>
            <source>The case file is re-encrypted under a new key. Copies of the key file made before no longer open it.</source>
            <translation>Saksfilen er kryptert på nytt med en ny nøkkel. Kopier av nøkkelfilen fra før åpner den ikke lenger.</translation>
        </message>
    </context>
    <context>
        <name>fieldnotes::app::SyncActivity</name>
        <message>
            <source>Connecting to the office…</source>
            <translation>Kobler til kontoret …</translation>
        </message>
        <message>
            <source>Sending your changes… %1 of %2</source>
            <translation>Sender endringene dine … %1 av %2</translation>
        </message>
        <message>
            <source>Sending your changes…</source>
            <translation>Sender endringene dine …</translation>
        </message>
        <message>
            <source>Receiving news from the office… %1 of %2</source>
            <translation>Henter nytt fra kontoret … %1 av %2</translation>
        </message>
        <message>
            <source>Receiving news from the office…</source>
            <translation>Henter nytt fra kontoret …</translation>
        </message>
        <message>
            <source>Saving what arrived…</source>
            <translation>Lagrer det som kom …</translation>
        </message>
    </context>
    <context>
        <name>fieldnotes::app::SyncController</name>
        <message>
            <source>This version of fieldnotes cannot reach the office yet: syncing and pairing come with the office connection. Your notes are safe on this tablet meanwhile.</source>
            <translation>Denne versjonen av fieldnotes kan ikke nå kontoret ennå: synkronisering og tilkobling kommer med kontorforbindelsen. Notatene dine er trygge på nettbrettet så lenge.</translation>
        </message>
        <message>
            <source>Everything has been sent.</source>
            <translation>Alt er sendt.</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) wait to be sent.</source>
            <translation>
                <numerusform>%n endring venter på å bli sendt.</numerusform>
                <numerusform>%n endringer venter på å bli sendt.</numerusform>
            </translation>
        </message>
        <message>
            <source>This tablet has not synced yet.</source>
            <translation>Nettbrettet har ikke synkronisert ennå.</translation>
        </message>
        <message>
            <source>Last synced %1</source>
            <translation>Sist synkronisert %1</translation>
        </message>
        <message>
            <source>Synced: %1 sent, %2 received.</source>
            <translation>Synkronisert: %1 sendt, %2 mottatt.</translation>
        </message>
        <message>
            <source>Choose the pairing file you were given at the office.</source>
            <translation>Velg tilkoblingsfilen du fikk på kontoret.</translation>
        </message>
        <message>
            <source>This tablet is paired with the office.</source>
            <translation>Nettbrettet er koblet til kontoret.</translation>
        </message>
        <message numerus="yes">
            <source>The office refused %n change(s): see the Refused tab.</source>
            <translation>
                <numerusform>Kontoret avviste %n endring: se fanen Avvist.</numerusform>
                <numerusform>Kontoret avviste %n endringer: se fanen Avvist.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>…and %n more record(s), sent with the same sync.</source>
            <translation>
                <numerusform>… og %n til, som sendes med samme synkronisering.</numerusform>
                <numerusform>… og %n til, som sendes med samme synkronisering.</numerusform>
            </translation>
        </message>
        <message>
            <source>This tablet's case file was restored from a backup or copied from another tablet. What it sent before came back, and nothing sent now is lost or counted twice. If a copy is in use on another tablet, ask the office to withdraw one of them.</source>
            <translation>Journalen på dette nettbrettet er hentet fra en sikkerhetskopi eller kopiert fra et annet nettbrett. Det som ble sendt før, er hentet tilbake, og ingenting som sendes nå, går tapt eller telles to ganger. Hvis en kopi er i bruk på et annet nettbrett, be kontoret om å trekke tilbake ett av dem.</translation>
        </message>
        <message>
            <source>This tablet's clock is behind the office's. Set the date, time and time zone (automatic is best).</source>
            <translation>Klokken på dette nettbrettet går etter kontorets. Still inn dato, klokkeslett og tidssone (helst automatisk).</translation>
        </message>
        <message>
            <source>Handed over to a colleague by the team lead: %1; their records are no longer on this tablet, and what you had finished about them was sent to the office first.</source>
            <translation>Overført til en kollega av teamlederen: %1. Opplysningene er ikke lenger på dette nettbrettet, og det du hadde gjort ferdig om dem, ble sendt til kontoret først.</translation>
        </message>
        <message numerus="yes">
            <source>%n unfinished draft(s) about them stay on this tablet: finish or discard them, or pass them on to the new job specialist.</source>
            <translation>
                <numerusform>%n uferdig utkast om dem blir på dette nettbrettet: gjør det ferdig eller forkast det, eller gi det videre til den nye jobbspesialisten.</numerusform>
                <numerusform>%n uferdige utkast om dem blir på dette nettbrettet: gjør dem ferdige eller forkast dem, eller gi dem videre til den nye jobbspesialisten.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>fieldnotes::app::TeamOverviewController</name>
        <message>
            <source>The team overview is for the team lead. Your own people are under My caseload.</source>
            <translation>Teamoversikten er for teamlederen. Dine egne deltakere finner du under Mine deltakere.</translation>
        </message>
        <message>
            <source>No step recorded</source>
            <translation>Ingen trinn registrert</translation>
        </message>
        <message>
            <source>%1 – %2</source>
            <translation>%1 – %2</translation>
        </message>
        <message numerus="yes">
            <source>Referred %1, waiting %n day(s)</source>
            <translation>
                <numerusform>Henvist %1, venter %n dag</numerusform>
                <numerusform>Henvist %1, venter %n dager</numerusform>
            </translation>
        </message>
        <message>
            <source>No referral date</source>
            <translation>Ingen henvisningsdato</translation>
        </message>
        <message>
            <source>their specialist has left the team</source>
            <translation>jobbspesialisten har sluttet i teamet</translation>
        </message>
    </context>
    <context>
        <name>fieldnotes::app::TeamReflectionsModel</name>
        <message>
            <source>%1: %2</source>
            <comment>reflection group: the step, then the theme</comment>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>No theme</source>
            <translation>Uten tema</translation>
        </message>
    </context>
    <context>
        <name>fieldnotes::app::TimelineModel</name>
        <message>
            <source>Natural support: %1</source>
            <translation>Naturlig bistand: %1</translation>
        </message>
        <message>
            <source>Follow-up paused</source>
            <translation>Satt på pause</translation>
        </message>
        <message>
            <source>Status: %1</source>
            <translation>Status: %1</translation>
        </message>
        <message>
            <source>Resumed: %1</source>
            <translation>Gjenopptatt: %1</translation>
        </message>
    </context>
    <context>
        <name>fieldnotes::app::UnlockController</name>
        <message>
            <source>That passphrase is not right.</source>
            <translation>Passfrasen er ikke riktig.</translation>
        </message>
        <message>
            <source>Too soon after a wrong passphrase.</source>
            <translation>For tidlig etter en feil passfrase.</translation>
        </message>
        <message>
            <source>Type your passphrase, then tap Unlock.</source>
            <translation>Skriv passfrasen og trykk Lås opp.</translation>
        </message>
        <message>
            <source>The two passphrases are not the same. Type the same passphrase twice.</source>
            <translation>De to passfrasene er ikke like. Skriv den samme passfrasen to ganger.</translation>
        </message>
    </context>
    <context>
        <name>fieldnotes::app::VisitFormController</name>
        <message>
            <source>%1 has not agreed to share anything with %2. Tell the employer nothing about %1 that they do not already know.</source>
            <translation>%1 har ikke samtykket til å dele noe med %2. Ikke fortell arbeidsgiveren noe om %1 som de ikke allerede vet.</translation>
        </message>
        <message>
            <source>%1 has agreed to share only this with %2:</source>
            <translation>%1 har samtykket til å dele bare dette med %2:</translation>
        </message>
        <message>
            <source>Not saved yet</source>
            <translation>Ikke lagret ennå</translation>
        </message>
        <message>
            <source>Draft saved %1</source>
            <translation>Utkast lagret %1</translation>
        </message>
        <message>
            <source>Choose who the visit was with: a participant, an employer, or both.</source>
            <translation>Velg hvem besøket var med: en deltaker, en arbeidsgiver eller begge.</translation>
        </message>
        <message>
            <source>Choose the employer you visited.</source>
            <translation>Velg arbeidsgiveren du besøkte.</translation>
        </message>
        <message>
            <source>A visit note is for something that has happened: choose today or an earlier date.</source>
            <translation>Et besøksnotat gjelder noe som har skjedd: velg i dag eller en tidligere dato.</translation>
        </message>
        <message>
            <source>Write the time as hours and minutes, for example 09:30.</source>
            <translation>Skriv klokkeslettet som timer og minutter, for eksempel 09:30.</translation>
        </message>
        <message>
            <source>The next visit must come after this one.</source>
            <translation>Neste besøk må være etter dette.</translation>
        </message>
    </context>
    <context>
        <name>fieldnotes::app::WaitingModel</name>
        <message>
            <source>New</source>
            <translation>Ny</translation>
        </message>
        <message>
            <source>Written</source>
            <translation>Skrevet</translation>
        </message>
        <message>
            <source>Removed</source>
            <translation>Fjernet</translation>
        </message>
        <message>
            <source>Conflict decided</source>
            <translation>Konflikt avgjort</translation>
        </message>
        <message>
            <source>Changed: %1</source>
            <translation>Endret: %1</translation>
        </message>
    </context>
</TS>
