"""What a page's content streams inflate to, measured before pdfium parses the page.

pdfium inflates a page's content streams whole when it loads the page: 2 MB of compressed
whitespace become 2 GB in memory. The guard reads the same streams with pikepdf first, inflates
them in bounded steps and refuses the page once they pass the limit. Content large enough to
matter is also scanned for the strings it shows, which bound the glyphs pdfium would lay out.
"""
from __future__ import annotations

import base64
import logging
import re
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from meetbook.pdf.limits import MB, Limits, over

log = logging.getLogger(__name__)

# the most a filter can multiply a stream's size by (zlib's ceiling is 1032:1)
GROWTH = {"/FlateDecode": 1032, "/ASCII85Decode": 5, "/ASCIIHexDecode": 1,
          "/RunLengthDecode": 128, "/LZWDecode": 4096}
STEP = MB  # inflated in steps of this size
SCAN_FROM = 2 * MB  # inflated content this large is scanned for the text it shows
# a literal string "(Beslut att)" or a hex string "<0041>" in a content stream
STRING = re.compile(rb"\((?:[^()\\]|\\.)*\)|<[0-9A-Fa-f\s]*>")


class Unmeasured(Exception):
    """A stream whose size cannot be known without inflating it whole."""


class ContentGuard:
    """Checks each page's content streams with pikepdf before pdfium loads the page.

    A file pikepdf cannot open is left to pdfium and pdfminer, which give their own errors."""

    def __init__(self, path: str | Path, limits: Limits):
        self.path = path
        self.limits = limits
        self.pdf: Any = None
        try:
            import pikepdf

            self.pdf = pikepdf.open(path)
        except Exception as e:  # damaged or encrypted: pdfium and pdfminer say which
            log.debug("%s: content guard off (%s)", path, e)

    def check(self, index: int) -> None:
        """Raise OverLimit when page index (0-based) inflates beyond the limits."""
        if self.pdf is None:
            return
        try:
            page = self.pdf.pages[index]
        except Exception:  # a page pikepdf cannot find: pdfium decides
            return
        budget = self.limits.page_content_bytes
        chunks: list[bytes] = []
        for stream in _streams(page.obj):
            try:
                data = _inflate(stream, budget)
            except Unmeasured:
                raise over(self.path, f"page {index + 1}: a content stream in "
                                      f"{'+'.join(_filters(stream))} may inflate beyond "
                                      f"{_amount(self.limits.page_content_bytes)}") from None
            if data is None:
                raise over(self.path, f"page {index + 1}: content streams inflate beyond "
                                      f"{_amount(self.limits.page_content_bytes)}")
            budget -= len(data)
            chunks.append(data)
        used = self.limits.page_content_bytes - budget
        if used >= SCAN_FROM:
            self._check_strings(index, b"\n".join(chunks))

    def _check_strings(self, index: int, content: bytes) -> None:
        shown = sum(len(m) - 2 for m in STRING.findall(content))
        # a glyph takes one or two bytes of a string: half the bytes is the least it shows
        if shown // 2 > self.limits.page_glyphs:
            raise over(self.path, f"page {index + 1} shows about {shown // 2} glyphs or more, "
                                  f"limit {self.limits.page_glyphs}")

    def close(self) -> None:
        if self.pdf is not None:
            self.pdf.close()


def _amount(size: int) -> str:
    return f"{size // MB} MB" if size >= MB else f"{size} bytes"


def _streams(page: Any) -> Iterator[Any]:
    """The page's content streams, then every form XObject its resources reach (once each)."""
    import pikepdf

    contents = page.get("/Contents")
    if isinstance(contents, pikepdf.Array):
        yield from (s for s in contents if isinstance(s, pikepdf.Stream))
    elif isinstance(contents, pikepdf.Stream):
        yield contents
    seen: set[tuple[int, int]] = set()
    todo = [_resources(page)]
    while todo:
        resources = todo.pop()
        xobjects = resources.get("/XObject") if resources is not None else None
        if not isinstance(xobjects, pikepdf.Dictionary):
            continue
        for _, form in xobjects.items():
            if not isinstance(form, pikepdf.Stream) or form.get("/Subtype") != "/Form":
                continue
            if form.objgen in seen:
                continue
            seen.add(form.objgen)
            yield form
            todo.append(form.get("/Resources"))


def _resources(page: Any) -> Any:
    """The page's resources, inherited from the page tree when the page has none."""
    node, hops = page, 0
    while node is not None and hops < 64:
        resources = node.get("/Resources")
        if resources is not None:
            return resources
        node, hops = node.get("/Parent"), hops + 1
    return None


def _filters(stream: Any) -> list[str]:
    import pikepdf

    value = stream.get("/Filter")
    if value is None:
        return []
    return [str(f) for f in value] if isinstance(value, pikepdf.Array) else [str(value)]


def _inflate(stream: Any, budget: int) -> bytes | None:
    """The stream decoded, or None when it decodes to more than budget bytes."""
    try:
        raw = stream.read_raw_bytes()
    except Exception:  # pdfium reports a stream it cannot read
        return b""
    filters = _filters(stream)
    growth = 1
    for name in filters:
        growth *= GROWTH.get(name, 0)
    if not filters:
        return raw if len(raw) <= budget else None
    if 0 < len(raw) * growth <= budget:
        return _decoded(stream, raw)  # cannot pass the budget: decoded in one go
    if all(f in ("/ASCII85Decode", "/ASCIIHexDecode") for f in filters[:-1]) and \
            filters[-1] == "/FlateDecode":
        return _inflate_stepwise(_ascii(raw, filters[:-1]), budget)
    raise Unmeasured  # may be larger than the budget, in filters not inflated step by step


def _decoded(stream: Any, raw: bytes) -> bytes:
    try:
        return bytes(stream.read_bytes())
    except Exception:  # undecodable: pdfium will see no content there either
        return raw


def _ascii(raw: bytes, filters: list[str]) -> bytes:
    data = raw
    for name in filters:
        try:
            data = _a85(data) if name == "/ASCII85Decode" else _ahx(data)
        except ValueError:
            return b""
    return data


def _a85(data: bytes) -> bytes:
    body = data.split(b"~>", 1)[0].strip()
    body = body[2:] if body.startswith(b"<~") else body
    return base64.a85decode(body, ignorechars=b" \t\n\r\x0b\x0c")


def _ahx(data: bytes) -> bytes:
    digits = bytes(c for c in data.split(b">", 1)[0] if c not in b" \t\n\r\x0b\x0c")
    return bytes.fromhex(digits.decode("ascii") + ("0" if len(digits) % 2 else ""))


def _inflate_stepwise(data: bytes, budget: int) -> bytes | None:
    """zlib-inflated data in steps of STEP bytes, given up once it passes budget."""
    inflater = zlib.decompressobj()
    out: list[bytes] = []
    size = 0
    try:
        while data:
            piece = inflater.decompress(data, STEP)
            size += len(piece)
            if size > budget:
                return None
            out.append(piece)
            data = inflater.unconsumed_tail
            if not piece and not data:
                break
    except zlib.error:  # a damaged stream: pdfium reads what it can, as much as here
        pass
    return b"".join(out)
