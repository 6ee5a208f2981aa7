"""The decisions of a § (pure).

In a protokoll, the minuted body's decision: the block its own label opens ("Beslut",
"Kommunfullmäktiges beslut", "4. Miljö- och byggnämndens beslut:"), or the proposal that
block adopts ("Enligt förslag."), with its procedure; its decision to propose to another body
("Kommunstyrelsens förslag till kommunfullmäktige"); the decisions it makes for its own part;
where the § prints no label at all, the paragraphs that decide ("Nämnden utser X till
justerare.", "Dagordningen godkänns.": `unlabelled`).
A proposal printed in the minutes ("Förvaltningens förslag:", "Kommunstyrelsens förslag" in
fullmäktige's minutes) is the source of an adoption, not a decision of its own: the contract's
förslag is a proposal no body has decided yet, and the minutes record that the body decided it.
A case paper filed inside the § (a tjänsteutlåtande after it) keeps its proposals as such.

In a mötesbok or föredragningslista, the proposals (förslag). A § written meeting by meeting
goes to `meeting_parts`. Running headers and footers left in the text are taken out first.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from meetbook.assemble import bodies as bodies_mod
from meetbook.assemble.bodies import known_body
from meetbook.assemble.by_content import decided_lines
from meetbook.assemble.decision import decision, decisions
from meetbook.assemble.furniture import without_furniture
from meetbook.assemble.meeting_parts import part_decisions
from meetbook.assemble.procedure import decided_points, tables_on, with_procedure
from meetbook.assemble.unlabelled import unlabelled_lines
from meetbook.bodies import generic_abbreviations
from meetbook.extract import clauses, treatments
from meetbook.extract.labels import DECISION, PROCEDURE, PROPOSAL, Label, labelled_parts
from meetbook.extract.procedure import Told, dialect_of
from meetbook.lexicon import bodies
from meetbook.lexicon import labels as label_words
from meetbook.model import Decision, DecisionKind, DocumentKind, Line
from meetbook.pdf.pages import Page
from meetbook.segment.appendices import stamped_appendices
from meetbook.segment.cover import Cover
from meetbook.segment.documents import subdocuments
from meetbook.segment.paragraphs import Paragraph
from meetbook.text import fold

Labelled = list[tuple[Label, clauses.Block]]


def paragraph_decisions(para: Paragraph, cover: Cover, pages: Sequence[Page],
                        kind: DecisionKind) -> list[Decision]:
    """The §'s decisions of the kind the file makes them (beslut in minutes, förslag in a
    book), and the proposals of the case papers filed inside it."""
    para = replace(para, lines=without_furniture(para.lines, pages))
    papers = _paper_pages(para, pages) if kind == DecisionKind.BESLUT else set()
    minutes = replace(para, lines=tuple(ln for ln in para.lines if ln.page not in papers))
    # the pages stamped as appendices ("Bilaga 1 till protokoll 2026-01-20, § 2") hold no
    # decision point, though what they list (a roll call) is the procedure's
    stamped = _appendix_pages(pages, para)
    labelled = [ln for ln in minutes.lines if ln.page not in stamped]
    found = labelled_parts(labelled, headings_end=True)
    dnr = para.dnr[0][0] if para.dnr else None
    if _in_parts(minutes.lines, found):
        out = part_decisions(minutes, cover, pages, kind)
    elif kind == DecisionKind.BESLUT:
        out = _minuted(minutes, found, cover, pages, labelled)
    else:
        out = _proposals(minutes.lines, dnr, cover)
    paper_lines = [ln for ln in para.lines if ln.page in papers]
    return out + (_proposals(paper_lines, dnr, cover) if paper_lines else [])


def _in_parts(lines: Sequence[Line], found: Labelled) -> bool:
    """Whether the § is written as labelled parts (meeting by meeting, or labels the heading
    reading cannot tell because the text layer garbled them)."""
    if treatments.has_parts(lines):
        return True
    if any(lb.kind == DECISION for lb, _ in found):
        return False
    labelled = [k for k, _ in treatments.labelled_blocks(treatments.Part(None, None, None,
                                                                         tuple(lines)))]
    proposals = [b for lb, b in found if lb.kind == PROPOSAL]
    return bool(labelled) and (not any(clauses.clauses(b) for b in proposals)
                               or DECISION in labelled)


def _appendix_pages(pages: Sequence[Page], para: Paragraph) -> set[int]:
    """The § 's pages stamped as an appendix of the minutes."""
    return {n for runs in stamped_appendices(pages).values() for a, b in runs
            for n in range(a, b + 1) if para.first <= n <= para.last}


def _paper_pages(para: Paragraph, pages: Sequence[Page]) -> set[int]:
    """The pages of the case papers filed inside the § (a tjänsteutlåtande after it)."""
    return {n for d in subdocuments(para, pages) if d.kind == DocumentKind.TJANSTESKRIVELSE
            and d.pages for n in range(d.pages[0], d.pages[1] + 1)}


def _proposals(lines: Sequence[Line], dnr: str | None, cover: Cover) -> list[Decision]:
    """The proposals of a book's § or a case paper, each a förslag."""
    return [decision(b, DecisionKind.FORSLAG, dnr, cover, None, None)
            for b in clauses.blocks(lines, clauses.FORSLAG_HEADING) if clauses.clauses(b)]


def _minuted(para: Paragraph, found: Labelled, cover: Cover, pages: Sequence[Page],
             labelled: Sequence[Line] | None = None) -> list[Decision]:
    """The minuted body's decisions in a § printed with headings or labels: the first with the
    §'s procedure, the others (for its own part, or besides its proposal) on their own.

    Where no label names a decision of the meeting, its decision heading is sought by word class
    (`labels.word_class_heading`, in the `labelled` lines), and where there is none either, the
    decision by its content and position (`by_content`)."""
    dnr = para.dnr[0][0] if para.dnr else None
    earlier = [_earlier(lb, b, cover, dnr) for lb, b in found
               if _of_earlier_meeting(lb, cover) and clauses.clauses(b)]
    decided = [b for lb, b in found if lb.kind == DECISION and _minuted_body(lb, cover)]
    # "Förslag till kommunfullmäktige" (no owner) adopted by the decision under it
    # ("Kommunstyrelsen beslutar enligt förslaget.") is what the decision proposes, not a
    # decision of its own beside it
    adopting = [b for b in decided if treatments.adopts_proposal(b)]
    own = [(lb, b) for lb, b in found
           if _minuted_body(lb, cover) and not (adopting and _ownerless(lb) and _before(b, adopting[0]))
           or not decided and _own_proposal(lb, cover)]
    own = [(lb, b) for lb, b in own if b.lines] or own  # an empty block is a stray heading
    if not own and labelled is not None:
        wide = labelled_parts(labelled, headings_end=True, wide=True)
        if any(lb.kind == DECISION and _minuted_body(lb, cover) for lb, _ in wide):
            return _minuted(para, wide, cover, pages)
    if not own:
        # a § with no decision or proposal label at all may print its decision under none
        if not any(lb.kind in (DECISION, PROPOSAL) for lb, _ in found):
            return earlier or _unlabelled(para, cover, pages)
        return earlier or _by_content(para, found, cover, pages)
    own.sort(key=lambda pair: pair[0].own_part)  # "för egen del" after the main decision
    cover = _with_heading_body(cover, own[0][0])
    mine = {id(b) for _, b in own}
    proposals = [(lb.owner, b) for lb, b in found if lb.kind == PROPOSAL and id(b) not in mine]
    main_label, main = own[0]
    source = _source(main, main_label, proposals)
    groups = clauses.clause_groups(source)
    if source is not main and not groups[0][0] and clauses.intro(main)[1]:
        # "Kommunstyrelsen föreslår kommunfullmäktige besluta enligt nämndens förslag.": the
        # adopted points, proposed on to the body the adoption names
        groups[0] = (clauses.intro(main)[1], groups[0][1])
    if source is main and main_label.kind == PROPOSAL and main_label.to:
        # "Arbetsutskottets förslag till kommunstyrelsen" over "Kommunstyrelsen föreslår
        # kommunfullmäktige att …": the label says whom the body proposes to; the text is the
        # wording it proposes that body to adopt, which may name the next body
        groups[0] = (main_label.to, groups[0][1])
    dialect = dialect_of(para.lines, main.lines)
    if source is main and dialect.told == Told.BLOCK:
        groups[0] = decided_points(groups[0])  # the block also tells the procedure
    first, *proposed = [decision(source, DecisionKind.BESLUT, dnr, cover, para.paragraph,
                                 cover.date, g) for g in groups]
    told = main
    if dialect.told == Told.BLOCK:  # and the sections of the procedure beside it ("Jäv:")
        told = replace(main, lines=main.lines + tuple(
            ln for lb, b in found if lb.kind == PROCEDURE for ln in b.lines))
    skip = {id(ln) for _, b in own[1:] for ln in b.lines}
    out = with_procedure(first, [ln for ln in para.lines if id(ln) not in skip], told,
                         tables_on(para, pages), dialect) + proposed
    for label, block in own[1:]:
        out += decisions(_source(block, label, proposals), DecisionKind.BESLUT, dnr, cover,
                         para.paragraph, cover.date)
    return earlier + out


def _unlabelled(para: Paragraph, cover: Cover, pages: Sequence[Page]) -> list[Decision]:
    """The decisions a § prints under no label ("Nämnden utser X (C) till justerare.",
    "Dagordningen godkänns."), the first with the §'s procedure; its own part apart from what it
    proposes ("… föreslår kommunfullmäktige besluta" / "att …" / "… beslutar för egen del att …")."""
    lines = [ln for ln in para.lines if not _heading_line(ln, para)]
    found = unlabelled_lines(lines) or unlabelled_lines(lines, past=True, body=cover.body)
    if not found:
        return []
    block = clauses.Block("", found, found[0].page)
    if _proposed_by_another(block, cover):
        # "Utskottet föreslår nämnden besluta" / "att …" printed in the nämnd's minutes: the
        # nämnd's decision is what it says after it, unless that only adopts the proposal
        after = lines[lines.index(found[-1]) + 1:]
        then = unlabelled_lines(after) or unlabelled_lines(after, past=True, body=cover.body)
        if then and not treatments.adopts_proposal(clauses.Block("", then, then[0].page)):
            found = then
            block = clauses.Block("", found, found[0].page)
    dnr = para.dnr[0][0] if para.dnr else None
    first, *rest = decisions(block, DecisionKind.BESLUT, dnr, cover, para.paragraph, cover.date)
    return with_procedure(first, lines, block, tables_on(para, pages),
                          dialect_of(lines, ())) + rest


def _with_heading_body(cover: Cover, label: Label) -> Cover:
    """The meeting with the body its decision heading names ("Beslut i direktionen",
    "Förbundsstyrelsens beslut", "KS:s beslut") where the minutes named it nowhere else."""
    owner = (label.owner or "").strip()
    if cover.body or label.kind != DECISION or not owner:
        return cover
    said = owner.removesuffix(":s")
    if said != owner and said.upper() in generic_abbreviations():
        return replace(cover, body=generic_abbreviations()[said.upper()])
    said = bodies.nominative(owner)
    if not bodies.is_body_word(said.split()[-1]) or fold(said) in label_words.UNNAMED:
        return cover  # "Nämndens", "Kommunens": a word for the meeting's own, no name
    return replace(cover, body=said[:1].upper() + said[1:])


def _by_content(para: Paragraph, found: Labelled, cover: Cover,
                pages: Sequence[Page]) -> list[Decision]:
    """The decision of a § whose labels name proposals but no decision, found by what it is and
    where it stands (`by_content.decided_lines`): the § 's last run of paragraphs deciding for
    its body, outside the proposals' own wording and the decisions labelled as other bodies' or
    earlier meetings'; an adoption takes the proposal it adopts."""
    lines = [ln for ln in para.lines if not _heading_line(ln, para)]
    proposals = [(lb.owner, b) for lb, b in found if lb.kind == PROPOSAL]
    others = [b for lb, b in found if lb.kind == DECISION]  # another body's, an earlier meeting's
    run = decided_lines(lines, [b for _, b in proposals], cover.body, others)
    if not run:
        return []
    block = clauses.Block("", run, run[0].page)
    source = _source(block, Label(DECISION), proposals)
    dnr = para.dnr[0][0] if para.dnr else None
    first, *rest = decisions(source, DecisionKind.BESLUT, dnr, cover, para.paragraph, cover.date)
    return with_procedure(first, lines, block, tables_on(para, pages),
                          dialect_of(lines, ())) + rest


def _proposed_by_another(block: clauses.Block, cover: Cover) -> bool:
    """Whether a block is another body's proposal to the minuted body ("Utskottet föreslår
    nämnden besluta", "Arbetsutskottet föreslår kommunstyrelsen besluta" in the minutes of the
    nämnd or the styrelse)."""
    said, to = clauses.intro(block)
    if not said or not to or not cover.body or treatments.same_body(said, cover.body):
        return False
    return bodies_mod.proposed_to(to, cover) == cover.body


def _heading_line(ln: Line, para: Paragraph) -> bool:
    """Whether a line is the §'s heading: its § line, title or case number."""
    text = ln.text.strip()
    return text.startswith("§") or bool(para.title) and text in para.title \
        or any(d[0] in text or d[1] in text for d in para.dnr)


def _of_earlier_meeting(label: Label, cover: Cover) -> bool:
    """Whether a label names an earlier meeting of its owner ("Kommunstyrelsens förslag
    2026-03-17, § 21"): what it opens is that meeting's decision."""
    return bool(label.date and label.owner and label.kind in (DECISION, PROPOSAL)
                and label.date != cover.date)


def _earlier(label: Label, block: clauses.Block, cover: Cover, dnr: str | None) -> Decision:
    """The decision of the earlier meeting a dated label names: its owner's, of that date and §;
    a proposal goes to the body it names, else to the minuted body it is printed for."""
    owner = bodies.nominative(label.owner or "")
    body = known_body(cover, lambda b: treatments.same_body(owner, b), with_cover=True) or owner
    origin = replace(cover, body=body, date=label.date, place=None)
    groups = clauses.clause_groups(block)
    to = label.to or groups[0][0] or (cover.body if label.kind == PROPOSAL else None)
    points = [c for _, g in groups for c in g]
    return decision(block, DecisionKind.BESLUT, dnr, origin, label.paragraph, label.date,
                    (to, points))


def _minuted_body(label: Label, cover: Cover) -> bool:
    """Whether a label opens a decision of the minuted body: its decision ("Beslut",
    "Kommunfullmäktiges beslut", "Nämndens beslut", a garbled "Vvllvrdsnvrndens beslut:"), or
    its decision to propose to another body ("Kommunstyrelsens förslag till kommunfullmäktige"
    in the styrelse's minutes). A decision label that names another body is that body's."""
    if _of_earlier_meeting(label, cover):
        return False
    if label.kind == DECISION:
        return not label.owner or not cover.body or _names(label.owner, cover.body) \
            or not _names_a_body(label.owner)
    if label.kind != PROPOSAL or label.to is None:
        return False
    if not label.owner:  # "Förslag till kommunfullmäktige" in the styrelse's minutes
        # ("Förslag till nämndens beslut" in the nämnd's own is the förvaltning's proposal)
        return bool(cover.body) and not treatments.same_body(label.to, cover.body) \
            and bodies_mod.proposed_to(label.to, cover) != cover.body
    return not cover.body or _names(label.owner, cover.body)


def _ownerless(label: Label) -> bool:
    """Whether a label is a proposal to a body that names no owner ("Förslag till
    kommunfullmäktige")."""
    return label.kind == PROPOSAL and not label.owner and label.to is not None


def _own_proposal(label: Label, cover: Cover) -> bool:
    """Whether a label is the minuted body's own proposal naming no body to decide
    ("Socialnämndens förslag" over "Kommunfullmäktige beslutar att …" in the nämnd's minutes,
    "Arbetsutskottets förslag" in the utskott's): where no decision label of its own follows,
    the body's decision to propose what the block says."""
    return label.kind == PROPOSAL and label.to is None and bool(label.owner) \
        and bool(cover.body) and not _of_earlier_meeting(label, cover) \
        and _names_a_body(label.owner or "") and _names(label.owner or "", cover.body or "")


def _names(owner: str, body: str) -> bool:
    """Whether a label's owner ("Miljö- och byggnämndens", "Nämndens") names the body."""
    genitive = owner.strip()
    if genitive.lower() in ("nämndens", "styrelsens", "utskottets", "fullmäktiges"):
        return True  # "Nämndens beslut:" is the minuted nämnd's
    return treatments.same_body(genitive.removesuffix(":s").removesuffix("s"), body) \
        or treatments.same_body(genitive, body + "s") or _short_name(genitive, body)


def _short_name(genitive: str, body: str) -> bool:
    """Whether a one-word owner is the body's name without whose body it is: "Arbetsutskottets"
    in the minutes of "Kommunstyrelsens arbetsutskott" (not "Utskottets" in those of
    "Socialnämndens individutskott": the word is not the name's last)."""
    word = genitive.removesuffix("s")
    if " " in word or not bodies.is_body_word(word):
        return False
    core = re.sub(r"(?:et|en|n)$", "", fold(word))
    return len(core) >= 6 and fold(body).split()[-1].startswith(core)


def _names_a_body(owner: str) -> bool:
    """Whether an owner is a body's name in the genitive ("Stadsstyrelsens", "Kommunstyrelsens
    arbetsutskotts"), not an official's or a name the text layer garbled."""
    return bool(re.fullmatch(bodies.NAME, owner.strip().removesuffix("s")))


def _source(block: clauses.Block, label: Label,
            proposals: list[tuple[str | None, clauses.Block]]) -> clauses.Block:
    """The decision's block, or the proposal it only adopts ("Enligt förslag.",
    "Kommunfullmäktige beslutar enligt kommunstyrelsens förslag."): one printed before it, or,
    where none is, after it."""
    if label.kind == PROPOSAL:
        return block
    printed = [(owner, b) for owner, b in proposals if clauses.clauses(b)]
    before = [(o, b) for o, b in printed if _before(b, block)]
    found = treatments.adopted(block, before or printed[:1]) or \
        treatments.adopted_with_change(block, before or printed[:1])
    return replace(found, page=block.page) if found is not None else block


def _before(a: clauses.Block, b: clauses.Block) -> bool:
    """Whether block a is printed before block b."""
    first_a = a.lines[0] if a.lines else None
    first_b = b.lines[0] if b.lines else None
    if first_a is None or first_b is None:
        return a.page <= b.page
    return (first_a.page, first_a.top) < (first_b.page, first_b.top)
