"""The Swedish of meeting documents, written once: the lexicon every extractor reads.

Each module holds one kind of knowledge, its word lists kept as package data (``data/``) and
compiled into patterns once, here:

- ``names``: person names with particles, hyphens and letters beyond Swedish; the words that
  look like names but are not; roles and titles before a name.
- ``parties``: party marks ("(S)", "(-)(L)"), party codes and names, party groups ("Ledamöterna
  från M, D, L och KD", "S-gruppen").
- ``numbers``: number words ("två", "elva", "ingen").
- ``bodies``: the nouns that name a body (styrelse, nämnd, utskott, fullmäktige …): one
  pattern of "a body" in any form and compound.
- ``dates``: Swedish and Finland-Swedish dates, checked through ``datetime``.
- ``phrases``: the procedural verbs and phrases in their tenses (yrkar/yrkade, reserverar
  sig/reserverade sig, anmäler jäv, antecknas …) and the stances a motion takes.
- ``points``: references to a decision's points ("att-satserna 1–4", "punkterna 2 och 3").
- ``votes``: the words of a votering: votes written out, the heads of a voting list's columns,
  its Transport and Summa rows, the headings of voting appendices and the references to them.
- ``sentences``: the one sentence splitter.
- ``fuzzy``: the one place where printed names are compared with tolerance (rapidfuzz).

Nothing here reads a document's structure: that is segment's and extract's work.
"""
