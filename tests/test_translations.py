"""The Indonesian translation is complete, keeps its placeholders, and is compiled.

Every screen text lupdate finds in desktop/ and ui/ must have a finished translation in
resources/translations/berdaya_id.ts; run tools/update_translations.sh after adding texts,
translate the new ones, and run it again to compile berdaya_id.qm.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
TS = TRANSLATIONS / "berdaya_id.ts"
QM = TRANSLATIONS / "berdaya_id.qm"
SOURCE_DIRS = ("desktop", "ui")
PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)[^{}]*\}")
FIX = "run tools/update_translations.sh, translate the texts in resources/translations/berdaya_id.ts, and run it again"


def _tool(name: str) -> str:
    """A PySide6 tool (pyside6-lupdate...) of the Python running the tests, else from PATH."""
    scripts = Path(sys.executable).parent
    for candidate in (scripts / name, scripts / f"{name}.exe"):
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return str(candidate)
    found = shutil.which(name)
    if found is None:
        pytest.fail(f"{name} not found next to {sys.executable} nor on PATH; install PySide6")
    return found


def _messages(ts: Path) -> dict[tuple[str, str], list[str] | None]:
    """(context, source) -> the translation's forms, or None when unfinished or empty."""
    result: dict[tuple[str, str], list[str] | None] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if message.get("numerus") == "yes":
                forms = [form.text or "" for form in translation.iter("numerusform")]
            else:
                forms = [translation.text or ""]
            finished = translation.get("type") is None and forms and all(f.strip() for f in forms)
            result[(name, source)] = forms if finished else None
    return result


@pytest.fixture(scope="module")
def translations() -> dict[tuple[str, str], list[str] | None]:
    return _messages(TS)


@pytest.fixture(scope="module")
def in_code(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], list[str] | None]:
    """The texts lupdate finds in the code now."""
    target = tmp_path_factory.mktemp("lupdate") / "found.ts"
    sources = sorted(str(p) for d in SOURCE_DIRS for p in (ROOT / d).rglob("*.py"))
    subprocess.run([_tool("pyside6-lupdate"), "-silent", "-no-obsolete", "-locations", "none",
                    "-source-language", "en", "-target-language", "id", *sources, "-ts", str(target)],
                   check=True, capture_output=True, timeout=60)
    return _messages(target)


def test_lupdate_finds_the_texts(in_code):
    assert ("Labels", "Female") in in_code
    assert len(in_code) > 100


def test_every_text_in_the_code_is_translated(in_code, translations):
    untranslated = sorted(key for key in in_code if translations.get(key) is None)
    assert not untranslated, f"untranslated texts (context, source); {FIX}:\n" + "\n".join(
        f"  {context}: {source!r}" for context, source in untranslated)


def test_no_unfinished_messages_in_the_ts(translations):
    unfinished = sorted(key for key, forms in translations.items() if forms is None)
    assert not unfinished, f"unfinished or empty translations; {FIX}:\n" + "\n".join(
        f"  {context}: {source!r}" for context, source in unfinished)


def test_translations_keep_the_placeholders(translations):
    wrong = []
    for (context, source), forms in translations.items():
        for form in forms or []:
            if set(PLACEHOLDER.findall(form)) != set(PLACEHOLDER.findall(source)):
                wrong.append(f"  {context}: {source!r} -> {form!r}")
            if "%n" in source and "%n" not in form:
                wrong.append(f"  {context}: {source!r} -> {form!r} (lost %n)")
    assert not wrong, "translations whose {placeholders} differ from the source:\n" + "\n".join(wrong)


@pytest.fixture(scope="module")
def compiled():
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(QM)), f"cannot load {QM.relative_to(ROOT)}; run tools/update_translations.sh"
    return translator


def test_the_compiled_file_matches_the_ts(translations, compiled):
    stale = []
    for (context, source), forms in translations.items():
        if forms is not None and compiled.translate(context, source, None, 1) != forms[0]:
            stale.append(f"  {context}: {source!r}")
    assert not stale, ("berdaya_id.qm is older than berdaya_id.ts; run tools/update_translations.sh:\n"
                       + "\n".join(stale))


def test_the_compiled_translation_translates(compiled):
    assert compiled.language() == "id"
    assert compiled.translate("Labels", "Female") == "Perempuan"
    assert compiled.translate("Labels", "Male") == "Laki-laki"
    assert compiled.translate("MainWindow", "Groups") == "Kelompok"
    assert compiled.translate("Dialogs", "Cancel") == "Batal"
    text = compiled.translate("Errors", "The NIK must have 16 digits; this one has {n}.")
    assert "{n}" in text and text.startswith("NIK")
