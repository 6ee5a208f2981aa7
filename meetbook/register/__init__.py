"""The register: the only package that touches SQLite (through sqlite-utils).

`open_register` is loaded on first use: a look at what a register holds (`peek`) needs
neither sqlite-utils nor the schema, which take a third of a second to load."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from meetbook.register.db import open_register

__all__ = ["open_register"]


def __getattr__(name: str) -> Any:
    if name == "open_register":
        from meetbook.register.db import open_register

        return open_register
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
