"""Marking text for translation without depending on Qt.

Texts are written in English in the code and marked with ``QT_TRANSLATE_NOOP(context, text)``;
Qt Linguist's ``lupdate`` finds the marker by name, and the screen layer translates the text
when it shows it (Indonesian by default). The marker itself returns the text unchanged.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - lupdate looks for this name
    return text


# lupdate reads the context only as a string literal, so texts are marked with the literal
# contexts "Errors" (messages of refused operations) and "Labels" (names of listed codes).
