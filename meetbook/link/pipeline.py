"""The link pipeline: assembled offline from installed packages, saved, loaded as a user would.

A blank Swedish pipeline (``spacy.blank("sv")``) with meetbook's lemmatizer over the lemma
table of spacy-lookups-data, a sentencizer and meetbook's compounds, references and linker
components (meetbook.link.components). Nothing is downloaded.

Where it lives: ``$MEETBOOK_MODEL`` when set; else ``models/meetbook-sv`` in a checkout (``make
setup`` builds it there); else, for an installed package, the user's cache directory
(``$XDG_CACHE_HOME/meetbook``, by default ``~/.cache/meetbook``), built there on first use
with a one-line notice.
"""
from __future__ import annotations

import logging
import os
import shutil
import tempfile
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import cast

import spacy
from spacy.language import Language
from spacy.lookups import Lookups
from spacy.pipeline import Lemmatizer

from meetbook.errors import MeetbookError
from meetbook.link import components  # noqa: F401  (registers the factories)

NAME = "meetbook-sv"
CHECKOUT = Path(__file__).resolve().parents[2]

log = logging.getLogger(__name__)


def default_path() -> Path:
    """Where meetbook keeps its pipeline (see the module's docstring)."""
    if os.environ.get("MEETBOOK_MODEL"):
        return Path(os.environ["MEETBOOK_MODEL"])
    if (CHECKOUT / "pyproject.toml").is_file() and (CHECKOUT / "meetbook" / "link").is_dir():
        return CHECKOUT / "models" / NAME
    return cache_dir() / f"{NAME}-{_installed_version()}-spacy{spacy.__version__}"


def cache_dir() -> Path:
    """meetbook's directory in the user's cache (XDG)."""
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "meetbook"


def _installed_version() -> str:
    """meetbook's version as installed: a new version builds its own pipeline."""
    try:
        return version("meetbook")
    except PackageNotFoundError:  # run from sources that were never installed
        return "source"


def assemble(lookups: Lookups | None = None) -> Language:
    """The pipeline in memory, with the Swedish lemma table (or the lookups given)."""
    nlp = spacy.blank("sv")
    nlp.add_pipe("meetbook_lemmatizer", name="lemmatizer")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("meetbook_compounds", name="compounds")
    nlp.add_pipe("meetbook_references", name="references")
    nlp.add_pipe("meetbook_linker", name="linker")
    lemmatizer = cast(Lemmatizer, nlp.get_pipe("lemmatizer"))
    lemmatizer.initialize(lookups=lookups if lookups is not None else _lookups())
    return nlp


def build_pipeline(path: str | Path | None = None, replace: bool = True) -> Path:
    """Assemble the pipeline from installed packages only and save it at path; return path.

    It is written beside path and moved into place, so a reader never sees half a pipeline.
    With replace false a pipeline another process moved into place meanwhile is kept."""
    path = Path(path) if path else default_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{path.name}-", dir=path.parent))
    try:
        assemble().to_disk(tmp)
        if replace and path.exists():
            shutil.rmtree(path)
        try:
            os.replace(tmp, path)
        except OSError:  # a non-empty directory is there: another process's pipeline
            if not (path / "config.cfg").exists():
                raise
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return path


def _lookups() -> Lookups:
    """The Swedish lemma table of spacy-lookups-data (installed with meetbook, read offline)."""
    from spacy.lookups import load_lookups

    return load_lookups(lang="sv", tables=["lemma_lookup"])


def load_pipeline(path: str | Path | None = None) -> Language:
    """The saved pipeline, loaded as a user would (spacy.load); built first when missing."""
    path = Path(path) if path else default_path()
    if not (path / "config.cfg").exists():
        log.warning("meetbook: building the link pipeline once, offline, into %s", path)
        try:
            build_pipeline(path, replace=path.exists())  # a half-written leftover is replaced
        except OSError as e:
            raise MeetbookError(f"meetbook: cannot build the link pipeline into {path} "
                                f"({e.strerror or e}); set MEETBOOK_MODEL to a writable "
                                "folder") from e
    return spacy.load(path)
