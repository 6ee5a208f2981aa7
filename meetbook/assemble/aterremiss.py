"""Återremiss (pure): whether a decision sends its case back for more preparation, as opposed
to telling of someone's motion to send it back."""
from __future__ import annotations

import re

from meetbook.lexicon.sentences import sentences

REFERS_BACK = re.compile(r"återremit|återremiss", re.IGNORECASE)  # "återremiterades" garbled
# sentences that tell of someone's motion: an återremiss they moved is no återremiss decided
MOVED = re.compile(r"\b(?:föreslog|yrkar|yrkade|understödd\w*|motförslag)\b", re.IGNORECASE)


def refers_back(text: str) -> bool:
    """Whether the decision sends the case back (återremiss), not only mentions a motion to."""
    return any(REFERS_BACK.search(s) and not MOVED.search(s)
               and not re.search(r"avslå\w* återremiss", s, re.IGNORECASE)
               for s in sentences(text, stops=".:", capital=False, quotes=False))
