"""The screen language: Qt Linguist translators, and translation of texts from desktop/."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from desktop.errors import DomainError

TRANSLATIONS_DIR = Path(__file__).resolve().parent.parent / "resources" / "translations"
LANGUAGES = {"id": "Bahasa Indonesia", "en": "English"}
DEFAULT_LANGUAGE = "id"

_installed: list[QTranslator] = []

LABEL_PARAMS = {"role", "action"}


def install_language(code: str) -> str:
    """Make *code* the screen language (English texts are the source and need no file)."""
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    code = code if code in LANGUAGES else DEFAULT_LANGUAGE
    if code != "en":
        translator = QTranslator(app)
        if translator.load(str(TRANSLATIONS_DIR / f"berdaya_{code}.qm")):
            app.installTranslator(translator)
            _installed.append(translator)
    QLocale.setDefault(QLocale(QLocale.Language.Indonesian if code == "id" else QLocale.Language.English,
                               QLocale.Country.Indonesia))
    return code


def label(text: str) -> str:
    """A label from desktop/ (a role, stage, office...) in the screen language."""
    return QCoreApplication.translate("Labels", text)


def message(error: DomainError) -> str:
    """A refused operation's message in the screen language, with its values filled in."""
    text = QCoreApplication.translate("Errors", error.message)
    # Only codes' labels are translated; names of people and groups are shown as written.
    params = {k: label(v) if k in LABEL_PARAMS else v for k, v in error.params.items()}
    try:
        return text.format(**params)
    except (KeyError, IndexError, ValueError):
        return error.message.format(**params)
