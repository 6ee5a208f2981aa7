"""A party group's motion: the parties it stands for (pure). Apart from `motions` so that the
register, which records each party's position, does not load the readers' patterns."""
from __future__ import annotations

from meetbook.lexicon import parties
from meetbook.model import Motion


def party_group_of(motion: Motion) -> list[str]:
    """The parties of a party group's motion (`Yrkande från M, D, L och KD`), else []."""
    if motion.movers:
        return []
    return list(motion.parties) or parties.party_group(motion.text.split("\n")[0])
