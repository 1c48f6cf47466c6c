#!/usr/bin/env bash
# Takes a screenshot of every main screen, in Norwegian Bokmål and English, landscape (1280x800)
# and portrait (800x1280), under Xvfb (Material is drawn as on a tablet; offscreen does not draw
# its backgrounds). The stores hold the invented demo caseload.
#
#   tests/app/screenshots.sh BUILD_DIR OUT_DIR
set -euo pipefail
build=${1:?build folder, e.g. build/dev}
out=${2:?folder for the PNG files}
bin="$build/bin"
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
chmod 700 "$work"
export XDG_RUNTIME_DIR="$work/xdg"
mkdir -m 700 "$XDG_RUNTIME_DIR"
pass="$work/passphrase"
echo "demo passphrase for invented people" >"$pass"
chmod 600 "$pass"

"$bin/fieldnotes-screen-fixture" --data-dir "$work/specialist" --passphrase-file "$pass" --kind specialist >"$work/ids"
"$bin/fieldnotes-screen-fixture" --data-dir "$work/mentor" --passphrase-file "$pass" --kind mentor >"$work/mentor-ids"
"$bin/fieldnotes-screen-fixture" --data-dir "$work/lead" --passphrase-file "$pass" --kind lead >"$work/lead-ids"
participant=$(sed -n 's/^participant=//p' "$work/ids")
employer=$(sed -n 's/^employer=//p' "$work/ids")
visit=$(sed -n 's/^visit=//p' "$work/ids")
measureParticipant=$(sed -n 's/^measure-participant=//p' "$work/ids")
mentorParticipant=$(sed -n 's/^mentor-participant=//p' "$work/mentor-ids")
leadParticipant=$(sed -n 's/^participant=//p' "$work/lead-ids")

shoot() { # name store route [unlock]
    local name=$1 store=$2 route=$3 unlock=${4:-yes}
    for lang in nb en; do
        for size in 1280x800 800x1280; do
            local args=(--data-dir "$work/$store" --settings "$work/prefs.ini" --language "$lang" --size "$size"
                --screenshot "$out/$name-$lang-$size.png")
            [ "$unlock" = yes ] && args+=(--passphrase-file "$pass")
            [ -n "$route" ] && args+=(--open "$route")
            xvfb-run -a -s "-screen 0 1920x1440x24" "$bin/fieldnotes" "${args[@]}" || echo "failed: $name $lang $size" >&2
        done
    done
}

shoot lock specialist "" no
shoot caseload specialist ""
shoot participant specialist "participant:$participant"
shoot visit specialist "visit:$participant"
shoot entry specialist "visit-entry:$visit"
shoot employers specialist employers
shoot employer specialist "employer:$employer"
shoot register-employer specialist register-employer
shoot new-participant specialist new-participant
shoot start-job specialist "start-job:$participant"
shoot record-consent specialist "record-consent:$participant"
shoot participant-plan specialist "participant-plan:$participant"
shoot edit-goal specialist "edit-goal:$participant"
shoot write-plan specialist "write-plan:$participant"
for form in steps status pause extend; do
    shoot "course-$form" specialist "participant-course:$form:$participant"
done
shoot change-job specialist "participant-work:change-job:$participant"
shoot support-measure specialist "participant-work:support-measure:$measureParticipant"
shoot measure-period specialist "participant-work:measure-period:$measureParticipant"
shoot measure-end specialist "participant-work:measure-end:$measureParticipant"
shoot correct-change specialist "participant-work:correct-change:$measureParticipant"
shoot learning-goal specialist "participant-work:learning-goal:$participant"
shoot sync specialist sync
shoot sync-waiting specialist sync:waiting
shoot sync-refused specialist sync:refused
shoot shared specialist "shared:$participant"
shoot export-shared specialist "export-shared:$participant"
shoot export-access specialist "export-access:$participant"
shoot settings specialist settings
shoot reflection specialist reflection
shoot new-reflection specialist new-reflection
shoot reflection-team lead reflection:team
shoot fidelity specialist fidelity
shoot fidelity-team lead fidelity
shoot handover lead "handover:$leadParticipant"
shoot team lead team
shoot team-list lead team:list
shoot figures specialist figures:previous
shoot figures-month specialist figures:month-previous
shoot figures-team lead figures:team-previous
# Correcting a visit: the form, then the correction in place of the original, and the timeline.
shoot correct-visit specialist "correct-visit:$visit"
fix=$("$bin/fieldnotes-cli" visit correct "$visit" --data-dir "$work/specialist" --passphrase-file "$pass" \
    --note "Rettet: møtet var tirsdag, ikke mandag. Avtalte å prøve kassen neste uke.")
shoot corrected-entry specialist "visit-entry:$fix"
shoot corrected-timeline specialist "participant:$participant"
shoot mentor-home mentor ""
shoot mentor-participant mentor "mentor-participant:$mentorParticipant"
shoot mentor-entry mentor "mentor-entry:$mentorParticipant"
shoot mentor-talk mentor "mentor-talk:$mentorParticipant"
mkdir -p "$work/none"
shoot first-start none "" no
echo "screenshots in $out"
