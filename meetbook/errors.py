"""Errors a user can cause: each says in one line what is wrong with which file."""
from __future__ import annotations


class MeetbookError(Exception):
    """Base of every error meetbook reports to a user as one line."""


class BadInput(MeetbookError, ValueError):
    """A file that cannot be imported."""

    reason = "cannot be read"

    def __init__(self, path: str, detail: str | None = None):
        self.path = path
        self.detail = detail
        super().__init__(f"{path}: {self.reason}" + (f" ({detail})" if detail else ""))


class NotFound(BadInput):
    reason = "no such file"


class NotAFile(BadInput):
    """A directory, FIFO, device or symbolic-link loop given where a PDF was expected."""

    reason = "not a regular file"


class NoAccess(BadInput):
    reason = "permission denied"


class NotAPdf(BadInput):
    reason = "not a PDF"


class EmptyFile(BadInput):
    reason = "empty file"


class Unreadable(BadInput):
    reason = "damaged or truncated PDF"


class Encrypted(BadInput):
    reason = "password-protected PDF"


class NoPages(BadInput):
    reason = "PDF has no pages"


class NoText(BadInput):
    reason = "no text layer (scanned?) and OCR is off or failed"


class TooLarge(BadInput):
    reason = "too large"


class OverLimit(TooLarge):
    """A file whose reading would take more memory or time than meetbook allows one file: the
    detail names the limit (content that inflates beyond it, too many glyphs or lines, an
    image too large to OCR, OCR that runs too long)."""

    reason = "refused: exceeds a safety limit"


class NotRecognised(BadInput):
    reason = "not a meeting document, programme or follow-up that meetbook recognises"


class NoSuchSource(MeetbookError):
    """A name, path or sha256 that matches no imported file, or more than one."""


class QueryError(MeetbookError):
    """A search or lookup that cannot be answered."""


class RegisterError(MeetbookError):
    """A --db path that cannot be used as the register: missing where one must exist, another
    application's file, unreadable, or in a folder that does not exist."""


class DataError(MeetbookError):
    """meetbook's own package data (profiles, vocabularies) is missing or invalid: a broken
    install or a bad edit of a data file, never a user's document."""
