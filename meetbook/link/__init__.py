"""The link pass: ärenden → programme priorities and tilläggsuppdrag (the only spaCy importer).

- ``components``: the spaCy components (factories meetbook_lemmatizer, meetbook_compounds,
  meetbook_references, meetbook_linker), registered on import and as entry points;
- ``pipeline``: assembly from installed packages, saving, loading (models/ or the user cache);
- ``vocabulary``: each programme's words, from package data (pure);
- ``scoring``: items' texts → links to a programme's targets;
- ``relink``: the pass over the register (programmes in force, OCR titles restored);
- ``evaluate``: precision, recall and F1 against a hand-annotated gold set;
- ``build``: ``python -m meetbook.link.build [PATH]`` assembles the pipeline.

Importing this package loads nothing heavy: spaCy loads with components, pipeline and scoring.
"""
from __future__ import annotations

THRESHOLD = 0.5  # a link scoring this or more reads as relevant

# the factories as installs made before meetbook.link became a package name them in their
# spacy_factories entry points ("meetbook.link:make_linker"): spaCy loads every entry point,
# so a stale one would break every pipeline until `make setup` reinstalls
_FACTORIES = ("make_lemmatizer", "make_compounds", "make_references", "make_linker")


def __getattr__(name: str):
    if name in _FACTORIES:
        from meetbook.link import components

        return getattr(components, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
