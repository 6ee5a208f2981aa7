"""Atom feeds of decisions (RFC 4287), built from search rows (pure)."""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import UTC, datetime

ATOM = "http://www.w3.org/2005/Atom"
CONTENT_TYPE = "application/atom+xml; charset=utf-8"
# characters XML 1.0 cannot carry; PDFs put form feeds and other controls into text
NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


@dataclass(frozen=True)
class Entry:
    """One decision in a feed: its permanent URL is its id."""

    url: str
    title: str
    updated: str          # RFC 3339: when the file that brought it was imported
    summary: str
    pdf_url: str | None = None
    published: str | None = None   # the decision's date, when printed
    category: str | None = None    # the diarienummer


def atom(title: str, feed_url: str, page_url: str, entries: list[Entry]) -> str:
    """The feed as XML text."""
    ET.register_namespace("", ATOM)
    feed = ET.Element(f"{{{ATOM}}}feed", {"{http://www.w3.org/XML/1998/namespace}lang": "sv"})
    _text(feed, "title", title)
    _text(feed, "id", feed_url)
    _link(feed, feed_url, "self", "application/atom+xml")
    _link(feed, page_url, "alternate", "text/html")
    _text(feed, "updated", max((e.updated for e in entries), default=now()))
    author = ET.SubElement(feed, f"{{{ATOM}}}author")
    _text(author, "name", "meetbook")
    _text(feed, "generator", "meetbook")
    for e in entries:
        _entry(feed, e)
    return ET.tostring(feed, encoding="unicode", xml_declaration=True)


def _entry(feed: ET.Element, e: Entry) -> None:
    entry = ET.SubElement(feed, f"{{{ATOM}}}entry")
    _text(entry, "id", e.url)
    _text(entry, "title", e.title)
    _text(entry, "updated", e.updated)
    if e.published:
        _text(entry, "published", e.published)
    _link(entry, e.url, "alternate", "text/html")
    if e.pdf_url:
        _link(entry, e.pdf_url, "related", "application/pdf")
    if e.category:
        ET.SubElement(entry, f"{{{ATOM}}}category", {"term": _clean(e.category)})
    _text(entry, "summary", e.summary)


def _text(parent: ET.Element, tag: str, text: str) -> None:
    ET.SubElement(parent, f"{{{ATOM}}}{tag}").text = _clean(text)


def _link(parent: ET.Element, href: str, rel: str, kind: str) -> None:
    ET.SubElement(parent, f"{{{ATOM}}}link", {"href": href, "rel": rel, "type": kind})


def _clean(text: str) -> str:
    return NOT_XML.sub(" ", text)


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def day(date: str | None) -> str | None:
    """A decision's date as an RFC 3339 time (midnight UTC), or None."""
    return f"{date}T00:00:00+00:00" if date else None
