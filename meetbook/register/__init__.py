"""The register: the only package that touches SQLite (through sqlite-utils)."""
from meetbook.register.db import open_register

__all__ = ["open_register"]
