"""meetbook: Swedish municipal meeting documents into a searchable, auditable decision register.

Public names: `import_files`, `open_register` and the model types in `meetbook.model`.
Heavy libraries load only when used.
"""
from __future__ import annotations

__version__ = "0.1.0"


def import_files(*args, **kwargs):
    from meetbook.importer import import_files as _import_files

    return _import_files(*args, **kwargs)


def open_register(*args, **kwargs):
    from meetbook.register import open_register as _open_register

    return _open_register(*args, **kwargs)
