#!/usr/bin/env bash
# Refresh the Indonesian translation source from the code, then compile it for the program.
#
#   tools/update_translations.sh
#
# lupdate reads every .py file in desktop/ and ui/ (db/, tests/ and tools/ have no screen
# texts) into resources/translations/berdaya_id.ts, dropping texts the code no longer has and
# storing no line numbers, so the file changes only when a text does. New texts come in
# unfinished: translate them in Qt Linguist (pyside6-linguist) or by editing the .ts, then run
# this again. lrelease then writes resources/translations/berdaya_id.qm, which the program loads.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

if [[ -x .venv/bin/pyside6-lupdate ]]; then
    lupdate=.venv/bin/pyside6-lupdate
    lrelease=.venv/bin/pyside6-lrelease
else
    lupdate=pyside6-lupdate
    lrelease=pyside6-lrelease
fi

ts=resources/translations/berdaya_id.ts
qm=resources/translations/berdaya_id.qm
mkdir -p resources/translations

mapfile -t sources < <(find desktop ui -name '*.py' -type f | LC_ALL=C sort)

"$lupdate" -no-obsolete -locations none -source-language en -target-language id \
    "${sources[@]}" -ts "$ts"
"$lrelease" "$ts" -qm "$qm"
