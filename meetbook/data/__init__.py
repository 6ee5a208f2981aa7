"""meetbook's knowledge as package data: municipality profiles, municipality names and the
link pass's vocabularies (README.md here gives each file's schema).

Files are read with importlib.resources, so an installed wheel reads the same files as the
checkout. A missing or malformed file is a DataError, never an empty default.
"""
from __future__ import annotations

import json
from importlib.resources import files
from importlib.resources.abc import Traversable
from typing import Any

from meetbook.errors import DataError


def resource(*parts: str) -> Traversable:
    """meetbook/data/<parts> as importlib.resources sees it (a file or a directory)."""
    return files(__name__).joinpath(*parts)


def read_json(*parts: str) -> Any:
    """The JSON value of meetbook/data/<parts>."""
    name = "/".join(parts)
    try:
        text = resource(*parts).read_text(encoding="utf-8")
    except (FileNotFoundError, NotADirectoryError):
        raise DataError(f"meetbook data {name}: missing (is meetbook installed completely?)") \
            from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as e:
        raise DataError(f"meetbook data {name}: not valid JSON ({e.msg}, line {e.lineno})") \
            from None


def json_names(*parts: str) -> list[str]:
    """The names of the JSON files in the directory meetbook/data/<parts>, sorted."""
    folder = resource(*parts)
    if not folder.is_dir():
        raise DataError(f"meetbook data {'/'.join(parts)}/: missing "
                        "(is meetbook installed completely?)")
    return sorted(f.name for f in folder.iterdir() if f.name.endswith(".json"))


def expect(ok: bool, where: str, what: str) -> None:
    """Raise DataError naming the file and the key when ok is false."""
    if not ok:
        raise DataError(f"meetbook data {where}: {what}")
