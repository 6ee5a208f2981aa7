"""Roll calls read by their shape (extract.vote_shapes): a run of rows, each a person and one
vote, under heads in any words or none. Each case below is one printed form of the same roll
call (five or six members, stated voters), most of them forms no template here prints; the
negative cases are lists of people that are no roll call."""
from __future__ import annotations

from collections import Counter

import pytest

from meetbook.extract.vote_shapes import lists_by_shape
from meetbook.model import Line, VoteChoice, Voter
from tests.pagemaker import line, row

JA, NEJ, AVST, FRANV = VoteChoice.JA, VoteChoice.NEJ, VoteChoice.AVSTAR, VoteChoice.FRANVARANDE

PEOPLE = [("Anna", "Berg", "S"), ("Per", "Ek", "M"), ("Karin", "Lund", "C"),
          ("Olof", "Nyström", "SD"), ("Eva", "Sjöholm", "V"), ("Lars", "Holm", "KD")]
VOTES = [JA, NEJ, JA, NEJ, AVST, JA]
WORDS = {JA: "Ja", NEJ: "Nej", AVST: "Avstår", FRANV: "Frånvarande"}


def _want(votes=VOTES, parties=True, turned=False):
    return [Voter(f"{s} {g}" if turned else f"{g} {s}", p if parties else None, v)
            for (g, s, p), v in zip(PEOPLE, votes)]


def _lead(text="Omröstning begärs och genomförs.", top=60.0):
    return [line(text, top)]


def _rows(cells, votes=VOTES, top=100.0, page=1):
    """One line per member: cells(given, surname, party, vote, seat) -> [(x, text), ...]."""
    return [row(top + 14 * k, *cells(g, s, p, v, k + 1), page=page)
            for k, ((g, s, p), v) in enumerate(zip(PEOPLE, votes))]


def _mark_cells(x_by_vote, mark="X", empty=None, name=lambda g, s: f"{g} {s}"):
    def cells(g, s, p, v, _):
        out = [(60, name(g, s)), (220, p)]
        for choice, x in x_by_vote.items():
            if choice == v:
                out.append((x, mark))
            elif empty:
                out.append((x, empty))
        return out
    return cells


COLS3 = {JA: 380, NEJ: 420, AVST: 460}
COLS4 = {JA: 380, NEJ: 420, AVST: 460, FRANV: 500}


def _shapes():
    """(id, lines, voters wanted) for each printed form."""
    yield "word column, no heads", _lead() + _rows(
        lambda g, s, p, v, _: [(60, f"{g} {s}"), (220, p), (300, WORDS[v])]), _want()
    yield "word column under heads in other words", _lead() + [
        row(85, (60, "Förtroendevald"), (220, "Grupp"), (300, "Ställning"))] + _rows(
        lambda g, s, p, v, _: [(60, f"{g} {s}"), (220, p), (300, WORDS[v])]), _want()
    yield "surname first with a comma", _lead() + _rows(
        lambda g, s, p, v, _: [(60, f"{s}, {g}"), (220, p), (300, WORDS[v].upper())]), _want()
    yield "surname first without a comma, party in brackets", _lead() + _rows(
        lambda g, s, p, v, _: [(60, f"{s} {g} ({p})"), (300, WORDS[v].lower())]), \
        _want(turned=True)
    yield "seat number first", _lead() + _rows(
        lambda g, s, p, v, k: [(50, str(k)), (70, f"{g} {s}"), (220, p), (300, WORDS[v])]), \
        _want()
    yield "party first", _lead() + _rows(
        lambda g, s, p, v, _: [(60, p), (100, f"{g} {s}"), (300, WORDS[v])]), _want()
    yield "party written out", _lead() + _rows(
        lambda g, s, p, v, _: [(60, f"{g} {s}"), (200, _PARTY_NAMES[p]), (330, WORDS[v])]), \
        _want()
    yield "a role after the name", _lead() + _rows(
        lambda g, s, p, v, k: [(60, f"{g} {s} ({p})" + (", ordförande" if k == 1 else "")),
                               (300, WORDS[v])]), _want()
    yield "letters J N A", _lead() + [line("J = ja, N = nej, A = avstår", 75)] + _rows(
        lambda g, s, p, v, _: [(60, f"{g} {s}"), (220, p), (300, "JNA"[[JA, NEJ, AVST].index(v)])]), \
        _want()
    yield "X under heads in other words", _lead() + [
        row(85, (60, "Ledamot"), (220, "Parti"), (372, "Förslag"), (414, "Motf."), (452, "Avst"))] \
        + _rows(_mark_cells(COLS3)), _want()
    yield "X without heads", _lead("Votering begärs. Omröstningen utfaller enligt följande.") \
        + _rows(_mark_cells(COLS3, empty="–")), _want()
    yield "check marks under four heads, nobody away", _lead() + [
        row(85, (60, "Namn"), (220, "Parti"), (372, "Alt A"), (414, "Alt B"), (452, "Blank"),
            (492, "Borta"))] + _rows(_mark_cells(COLS4, mark="✓")), _want()
    yield "1 under the vote, 0 under the others", _lead() + _rows(
        _mark_cells(COLS3, mark="1", empty="0")), _want()
    yield "Bifall and Avslag written out", _lead() + _rows(
        lambda g, s, p, v, _: [(60, f"{g} {s}"), (220, p),
                               (300, {JA: "Bifall", NEJ: "Avslag", AVST: "Avstår"}[v])]), _want()
    yield "För and Emot written out", _lead("Omröstning om återremiss.") + _rows(
        lambda g, s, p, v, _: [(60, f"{g} {s}"), (220, p),
                               (300, {JA: "För", NEJ: "Emot", AVST: "Avstod"}[v])]), _want()
    yield "two lists side by side", _lead() + [
        row(100, (60, "Anna Berg"), (170, "S"), (200, "Ja"), (300, "Per Ek"), (410, "M"),
            (440, "Nej")),
        row(114, (60, "Karin Lund"), (170, "C"), (200, "Ja"), (300, "Olof Nyström"), (410, "SD"),
            (440, "Nej")),
        row(128, (60, "Eva Sjöholm"), (170, "V"), (200, "Avstår"), (300, "Lars Holm"),
            (410, "KD"), (440, "Ja"))], _want()
    yield "two lists side by side, letters, the last line half", _lead() + [
        row(100, (60, "Anna Berg (S)"), (200, "J"), (300, "Per Ek (M)"), (440, "N")),
        row(114, (60, "Karin Lund (C)"), (200, "J"), (300, "Olof Nyström (SD)"), (440, "–")),
        row(128, (60, "Eva Sjöholm (V)"), (200, "A"))], \
        _want([JA, NEJ, JA, FRANV, AVST])
    yield "a seat and a function column between the party and the vote", _lead() + _rows(
        lambda g, s, p, v, k: [(60, f"{g} {s}"), (200, p), (240, str(10 + k)),
                               (270, "Ledamot" if k != 3 else "Tjänstgörande ersättare"),
                               (420, WORDS[v])]), _want()
    yield "party codes in lower case, after a dash", _lead() + _rows(
        lambda g, s, p, v, k: [(60, f"{g} {s} - {p.lower()}" if k % 2 else f"{g} {s} ({p.lower()})"),
                               (300, WORDS[v] + ".")]), \
        [Voter(x.name, x.party, x.vote) for x in _want()]
    yield "names with particles and hyphens", _lead() + [
        row(100 + 14 * k, (60, n), (220, p), (300, w)) for k, (n, p, w) in enumerate([
            ("Karin af Klercker", "M", "Nej"), ("Johan von Platen", "L", "Ja"),
            ("Anna-Karin Lind Bergström", "S", "Ja"), ("Per-Olof de Geer", "KD", "Avstått")])], \
        [Voter("Karin af Klercker", "M", NEJ), Voter("Johan von Platen", "L", JA),
         Voter("Anna-Karin Lind Bergström", "S", JA), Voter("Per-Olof de Geer", "KD", AVST)]
    yield "the vote before the name", _lead() + _rows(
        lambda g, s, p, v, _: [(60, WORDS[v].upper()), (130, f"{g} {s} ({p})")]), _want()
    yield "rows under their party's subheading", _lead() + [
        line("Socialdemokraterna", 86, bold=True), row(100, (60, "Anna Berg"), (300, "Ja")),
        line("Moderaterna", 114, bold=True), row(128, (60, "Per Ek"), (300, "Nej")),
        line("Centerpartiet", 142, bold=True), row(156, (60, "Karin Lund"), (300, "Ja")),
        line("SD", 170, bold=True), row(184, (60, "Olof Nyström"), (300, "Nej"))], \
        _want(VOTES[:4])
    yield "the substitute who sat in a column after the member", _lead() + [
        row(85, (60, "Ordinarie"), (200, "Grupp"), (240, "I stället"), (400, "Avgivet"))] + _rows(
        lambda g, s, p, v, k: [(60, f"{g} {s}" if k != 2 else "Tove Ahlberg"), (200, p),
                               *([(240, f"{g} {s}")] if k == 2 else []), (400, WORDS[v])]), \
        _want()
    yield "surname and given name in two columns", _lead() + _rows(
        lambda g, s, p, v, _: [(60, s), (140, g), (220, p), (300, WORDS[v])]), _want(turned=True)
    yield "over a page break", _lead() + _rows(
        lambda g, s, p, v, _: [(60, f"{g} {s}"), (220, p), (300, WORDS[v])],
        votes=VOTES)[:3] + [line("Sida 4 (9)", 800), line("KOMMUNSTYRELSEN 2026-05-04", 40, page=2)] \
        + [row(60 + 14 * k, (60, f"{g} {s}"), (220, p), (300, WORDS[v]), page=2)
           for k, ((g, s, p), v) in enumerate(zip(PEOPLE[3:], VOTES[3:]))], _want()
    yield "Frånvarande and blank written out", _lead() + _rows(
        lambda g, s, p, v, _: [(60, f"{g} {s}"), (220, p), (300, WORDS[v] if v != AVST else "Blank")],
        votes=[JA, NEJ, JA, FRANV, AVST, NEJ]), _want([JA, NEJ, JA, FRANV, AVST, NEJ])
    yield "initials after the surname", _lead() + _rows(
        lambda g, s, p, v, _: [(60, f"{s}, {g[0]}."), (220, p), (300, WORDS[v])]), \
        [Voter(f"{g[0]}. {s}", p, v) for (g, s, p), v in zip(PEOPLE, VOTES)]
    yield "Finland-Swedish parties", _lead() + [
        row(100 + 14 * k, (60, n), (220, p), (300, w)) for k, (n, p, w) in enumerate([
            ("Mikael Grönroos", "SFP", "Ja"), ("Tiina Salo", "SDP", "Nej"),
            ("Jukka Rantala", "Saml.", "Ja"), ("Hanna Ek", "Gröna", "Blank")])], \
        [Voter("Mikael Grönroos", "SFP", JA), Voter("Tiina Salo", "SDP", NEJ),
         Voter("Jukka Rantala", "Saml", JA), Voter("Hanna Ek", "Gröna", AVST)]
    yield "a substitute marked tjg. after the name", _lead() + _rows(
        lambda g, s, p, v, k: [(60, f"{g} {s}" + (" (tjg. ers.)" if k == 2 else "")), (220, p),
                               (300, WORDS[v])]), _want()
    yield "X in a column with a Summa row", _lead() + _rows(_mark_cells(COLS3)) + [
        row(190, (60, "Summa"), (380, "3"), (420, "2"), (460, "1"))], _want()


_PARTY_NAMES = {"S": "Socialdemokraterna", "M": "Moderaterna", "C": "Centerpartiet",
                "SD": "Sverigedemokraterna", "V": "Vänsterpartiet", "KD": "Kristdemokraterna"}
SHAPES = list(_shapes())


@pytest.mark.parametrize("lines, voters", [(ls, v) for _, ls, v in SHAPES],
                         ids=[i for i, _, _ in SHAPES])
def test_a_roll_call_read_by_its_shape(lines: list[Line], voters: list[Voter]):
    found = lists_by_shape(lines)
    assert len(found) == 1
    assert list(found[0].voters) == voters
    assert not found[0].notes


def test_the_counts_under_the_list_are_checked_never_fixed():
    lines = _lead() + _rows(_mark_cells(COLS3)) + [
        row(190, (60, "Summa"), (380, "4"), (420, "2"), (460, "0"))]
    found = lists_by_shape(lines)
    assert len(found) == 1
    assert Counter(v.vote for v in found[0].voters) == Counter({JA: 3, NEJ: 2, AVST: 1})
    assert dict(found[0].printed) == {JA: 4, NEJ: 2, AVST: 0}


def _rows_of(texts, top=100.0):
    return [row(top + 14 * k, *cells) for k, cells in enumerate(texts)]


NEGATIVE = {
    "attendance under Närvarande / Frånvarande": [
        row(85, (60, "Namn"), (220, "Parti"), (372, "Närvarande"), (452, "Frånvarande"))]
        + _rows_of([[(60, f"{g} {s}"), (220, p), (380 if k != 3 else 460, "X")]
                    for k, (g, s, p) in enumerate(PEOPLE)]),
    "attendance grid Närv. / Tjg": [
        row(85, (60, "Ledamot"), (220, "Parti"), (372, "Närv."), (414, "Ersättare"), (520, "Tjg"))]
        + _rows_of([[(60, f"{g} {s}"), (220, p), (380 if k % 3 else 520, "X")]
                    for k, (g, s, p) in enumerate(PEOPLE)]),
    "attendance X without heads and no votering": [line("Närvarande ledamöter", 80)]
        + _rows_of([[(60, f"{g} {s}"), (220, p), (380 if k != 3 else 420, "X")]
                    for k, (g, s, p) in enumerate(PEOPLE)]),
    "present marked Ja": [line("Omröstning", 60),
                          row(85, (60, "Namn"), (220, "Parti"), (300, "Närvarande"))]
        + _rows_of([[(60, f"{g} {s}"), (220, p), (300, "Ja" if k != 2 else "Nej")]
                    for k, (g, s, p) in enumerate(PEOPLE)]),
    "counts per party": _lead() + _rows_of([
        [(60, "Socialdemokraterna"), (380, "5"), (420, "0"), (460, "0")],
        [(60, "Moderaterna"), (380, "0"), (420, "4"), (460, "0")],
        [(60, "Centerpartiet"), (380, "1"), (420, "0"), (460, "1")],
        [(60, "S"), (380, "5"), (420, "0"), (460, "0")]]),
    "names with roles": _lead() + _rows_of([
        [(60, "Anna Berg (S)"), (300, "ordförande")], [(60, "Per Ek (M)"), (300, "vice ordförande")],
        [(60, "Karin Lund (C)"), (300, "ledamot")], [(60, "Olof Nyström (SD)"), (300, "ledamot")]]),
    "numbered att-satser": _lead("Kommunfullmäktige beslutar") + _rows_of([
        [(60, "1."), (80, "Kommunfullmäktige godkänner avtalet.")],
        [(60, "2."), (80, "Avslag på motionen.")], [(60, "3."), (80, "Ja")],
        [(60, "4."), (80, "Nej")]]),
    "tjänstgörande ersättare": [line("Tjänstgörande ersättare", 80)] + _rows_of([
        [(60, "Per Ek (M)"), (220, "för Anna Berg (M)")],
        [(60, "Karin Lund (C)"), (220, "för Olof Nyström (C)")],
        [(60, "Eva Sjöholm (V)"), (220, "för Lars Holm (V)"), (400, "§§ 12–17")]]),
    "yrkanden one a line": [line("Yrkanden", 80)] + _rows_of([
        [(60, "Anna Berg (S):"), (160, "Bifall till motionen.")],
        [(60, "Per Ek (M):"), (160, "Avslag på motionen.")],
        [(60, "Karin Lund (C):"), (160, "Bifall till kommunstyrelsens förslag.")]]),
    "a delegation list": [line("Delegationsbeslut", 80)] + _rows_of([
        [(60, "Bygglov Norrby 2:7"), (220, "Anna Berg"), (330, "Bifall")],
        [(60, "Bygglov Söderby 1:3"), (220, "Per Ek"), (330, "Avslag")],
        [(60, "Strandskydd Ön 4:1"), (220, "Karin Lund"), (330, "Bifall")]]),
    "dated decisions by officials after a votering": _lead() + _rows_of([
        [(60, "2026-01-12"), (160, "Anna Berg"), (330, "Bifall")],
        [(60, "2026-01-19"), (160, "Per Ek"), (330, "Avslag")],
        [(60, "2026-02-02"), (160, "Karin Lund"), (330, "Bifall")]]),
    "decisions by officials without a votering": [line("Anmälan av delegationsbeslut", 80)] + _rows_of([
        [(60, "Anna Berg"), (220, "Bifall")], [(60, "Per Ek"), (220, "Avslag")],
        [(60, "Karin Lund"), (220, "Bifall")], [(60, "Olof Nyström"), (220, "Avslag")]]),
    "labels run into one name each": _lead("Omröstning") + [
        line("Ja: Anna Berg (S)", 100), line("Nej: Per Ek (M)", 114),
        line("Avstår: Karin Lund (C)", 128)],
    "two members only": _lead() + _rows_of([
        [(60, "Anna Berg"), (220, "S"), (300, "Ja")], [(60, "Per Ek"), (220, "M"), (300, "Nej")]]),
    "signatures": _lead() + _rows_of([
        [(60, "Anna Berg"), (300, "Per Ek")], [(60, "Ordförande"), (300, "Justerare")]]),
}


@pytest.mark.parametrize("lines", list(NEGATIVE.values()), ids=list(NEGATIVE))
def test_a_list_of_people_that_is_no_roll_call(lines: list[Line]):
    assert lists_by_shape(lines) == []
