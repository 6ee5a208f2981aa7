"""The register's schema, created and changed only by numbered migrations."""
from __future__ import annotations

from collections.abc import Callable

import sqlite_utils

MIGRATIONS: list[tuple[int, str, Callable[[sqlite_utils.Database], None]]] = []


def migration(number: int, name: str):
    def wrap(fn):
        MIGRATIONS.append((number, name, fn))
        return fn
    return wrap


@migration(1, "files, meetings, items, documents, decisions")
def _m001(db: sqlite_utils.Database) -> None:
    db.executescript("""
    CREATE TABLE files (sha256 TEXT PRIMARY KEY, name TEXT, path TEXT, kind TEXT, pages INTEGER,
        ocr INTEGER, problems TEXT, imported_at TEXT);
    CREATE TABLE meetings (id TEXT PRIMARY KEY, sha256 TEXT REFERENCES files(sha256), seq INTEGER,
        municipality TEXT, body TEXT, date TEXT, place TEXT, first_page INTEGER, last_page INTEGER,
        attendance TEXT);
    CREATE TABLE items (id TEXT PRIMARY KEY, meeting_id TEXT REFERENCES meetings(id), seq INTEGER,
        number TEXT, title TEXT, section TEXT, dnr TEXT, dnr_raw TEXT, first_page INTEGER,
        last_page INTEGER, history TEXT, text TEXT);
    CREATE TABLE item_dnr (item_id TEXT REFERENCES items(id), dnr TEXT, key TEXT);
    CREATE INDEX item_dnr_key ON item_dnr(key);
    CREATE TABLE documents (item_id TEXT REFERENCES items(id), seq INTEGER, kind TEXT, title TEXT,
        date TEXT, dnr TEXT, first_page INTEGER, last_page INTEGER);
    CREATE TABLE decisions (id TEXT PRIMARY KEY, item_id TEXT REFERENCES items(id), seq INTEGER,
        kind TEXT, body TEXT, date TEXT, paragraph INTEGER, dnr TEXT, dnr_key TEXT, page INTEGER,
        refers_back INTEGER, corrects TEXT, text TEXT, clauses TEXT, motions TEXT, votes TEXT,
        reservations TEXT, statements TEXT, amounts TEXT);
    CREATE INDEX decisions_dnr_key ON decisions(dnr_key);
    CREATE INDEX decisions_date ON decisions(date);
    CREATE TABLE assignments (id TEXT PRIMARY KEY, decision_id TEXT REFERENCES decisions(id),
        seq INTEGER, assignee TEXT, text TEXT, clause INTEGER, page INTEGER);
    CREATE TABLE persons (id INTEGER PRIMARY KEY, name TEXT, folded TEXT, party TEXT);
    CREATE INDEX persons_folded ON persons(folded);
    CREATE TABLE positions (person_id INTEGER REFERENCES persons(id), decision_id TEXT
        REFERENCES decisions(id), role TEXT, position TEXT, name TEXT, party TEXT, clauses TEXT,
        page INTEGER, text TEXT);
    CREATE INDEX positions_person ON positions(person_id);
    CREATE INDEX positions_party ON positions(party);
    CREATE INDEX positions_decision ON positions(decision_id);
    CREATE VIRTUAL TABLE item_fts USING fts5(item_id UNINDEXED, text,
        tokenize = 'unicode61 remove_diacritics 2');
    """)


@migration(2, "programs, reports and links")
def _m002(db: sqlite_utils.Database) -> None:
    db.executescript("""
    CREATE TABLE programs (sha256 TEXT PRIMARY KEY REFERENCES files(sha256), municipality TEXT,
        title TEXT, first_year INTEGER, last_year INTEGER, parsed TEXT);
    CREATE TABLE priorities (program_sha256 TEXT REFERENCES programs(sha256), seq INTEGER,
        number TEXT, title TEXT, title_as_printed TEXT, focus_area INTEGER, responsible TEXT,
        description TEXT, page INTEGER);
    CREATE TABLE program_assignments (program_sha256 TEXT REFERENCES programs(sha256),
        seq INTEGER, id TEXT, text TEXT, focus_areas TEXT, page INTEGER);
    CREATE TABLE reports (sha256 TEXT PRIMARY KEY REFERENCES files(sha256), municipality TEXT,
        title TEXT, year INTEGER);
    CREATE TABLE report_statuses (report_sha256 TEXT REFERENCES reports(sha256), seq INTEGER,
        target TEXT, status TEXT, text TEXT, page INTEGER);
    CREATE TABLE report_citations (report_sha256 TEXT REFERENCES reports(sha256), seq INTEGER,
        target TEXT, text TEXT, page INTEGER);
    CREATE TABLE links (decision_id TEXT REFERENCES decisions(id), seq INTEGER, target TEXT,
        kind TEXT, score REAL, evidence TEXT, program TEXT);
    CREATE INDEX links_decision ON links(decision_id);
    CREATE INDEX links_target ON links(target);
    """)


@migration(3, "indexes for searching a large register")
def _m003(db: sqlite_utils.Database) -> None:
    # Without decisions(item_id) every search built a temporary index over all decisions
    # (seconds at a million); upper(party) is the expression the party filter compares.
    for sql in ("CREATE INDEX decisions_item ON decisions(item_id)",
                "CREATE INDEX items_meeting ON items(meeting_id)",
                "CREATE INDEX positions_party_upper ON positions(upper(party))"):
        db.execute(sql)


@migration(4, "full-text rows keyed newest first")
def _m004(db: sqlite_utils.Database) -> None:
    # item_fts's rowid becomes fts_key(meeting date, item rowid), so that a text search walks
    # its matches newest first and stops after a page instead of sorting every match.
    db.executescript("""
    CREATE TEMP TABLE _fts AS SELECT item_id, text FROM item_fts;
    DELETE FROM item_fts;
    INSERT INTO item_fts (rowid, item_id, text)
        SELECT coalesce(CAST(replace(m.date, '-', '') AS INTEGER), 0) * 1000000000 + i.rowid,
               t.item_id, t.text
        FROM _fts t JOIN items i ON i.id = t.item_id JOIN meetings m ON m.id = i.meeting_id;
    DROP TABLE _fts;
    """)


@migration(5, "the body a decision proposes its points to")
def _m005(db: sqlite_utils.Database) -> None:
    db.execute("ALTER TABLE decisions ADD COLUMN proposed_to TEXT")


@migration(6, "files as units: link work left to do, indexes for taking out one file's rows")
def _m006(db: sqlite_utils.Database) -> None:
    # link_work: the municipalities whose decisions or programs changed since they were last
    # linked, written in the same transaction as the change, so that links a killed import
    # never computed are computed by the next one. version tells a linker that started before
    # a newer change not to clear it. Registers from before this migration relink once.
    # (execute, not executescript, which would commit the migration's transaction.)
    for sql in (
        "CREATE TABLE link_work (municipality TEXT PRIMARY KEY, restore INTEGER NOT NULL "
        "DEFAULT 0, version INTEGER NOT NULL DEFAULT 1)",
        "INSERT INTO link_work (municipality, restore) "
        "SELECT municipality, 1 FROM meetings WHERE municipality IS NOT NULL "
        "UNION SELECT municipality, 1 FROM programs WHERE municipality IS NOT NULL",
        "CREATE INDEX meetings_sha256 ON meetings(sha256)",
        "CREATE INDEX meetings_body_date ON meetings(body, date)",
        "CREATE INDEX item_dnr_item ON item_dnr(item_id)",
        "CREATE INDEX documents_item ON documents(item_id)",
    ):
        db.execute(sql)


@migration(7, "uppdrag keyed by the decision (so by the file) that gave them; events on them")
def _m007(db: sqlite_utils.Database) -> None:
    # Rows were keyed by a natural id (dnr, body, date, §, clause) and written INSERT OR
    # REPLACE: a second file with the same decision took the first file's rows. Now each row
    # belongs to its decision; the id stays as the uppdrag's natural key, shared by the copies.
    # One statement at a time: executescript would commit the migration's transaction.
    for sql in (
        """CREATE TABLE assignments_by_decision (id TEXT, decision_id TEXT NOT NULL
            REFERENCES decisions(id) ON DELETE CASCADE, seq INTEGER NOT NULL, assignee TEXT,
            text TEXT, clause INTEGER, page INTEGER, due TEXT, due_text TEXT,
            PRIMARY KEY (decision_id, seq))""",
        """INSERT OR IGNORE INTO assignments_by_decision
            (id, decision_id, seq, assignee, text, clause, page)
            SELECT id, decision_id, seq, assignee, text, clause, page FROM assignments
            WHERE decision_id IN (SELECT id FROM decisions)""",
        "DROP TABLE assignments",
        "ALTER TABLE assignments_by_decision RENAME TO assignments",
        "CREATE INDEX assignments_id ON assignments(id)",
        """CREATE TABLE assignment_events (decision_id TEXT NOT NULL REFERENCES decisions(id)
            ON DELETE CASCADE, seq INTEGER NOT NULL, body TEXT, date TEXT, paragraph INTEGER,
            point INTEGER, event TEXT, assignee TEXT, task TEXT, text TEXT, clause INTEGER,
            page INTEGER, partial INTEGER, due TEXT, due_text TEXT, new_assignee TEXT,
            PRIMARY KEY (decision_id, seq))""",
        "CREATE INDEX assignment_events_cited ON assignment_events(date, paragraph)",
    ):
        db.execute(sql)
    from meetbook.register.write import backfill_trail  # write imports this module

    backfill_trail(db)


# A meetbook register says so in its header (PRAGMA application_id): "meet".
APPLICATION_ID = int.from_bytes(b"meet", "big")


def dnr_number_sql(column: str) -> str:
    """SQL for the year and serial of a diarienummer key, without its series prefix:
    "ks-2025/00667" and "nkby/667/00.05.01/2025" give "2025/00667"; other forms give NULL.
    Indexed by migration 8; a query must write the same expression to use the index."""
    return (f"(CASE WHEN {column} GLOB '*[^0-9]-[12][0-9][0-9][0-9]/[0-9]*' "
            f"THEN substr({column}, instr({column}, '/') - 4) "
            f"WHEN {column} GLOB '*[^0-9/]/[0-9]*/*/[12][0-9][0-9][0-9]' "
            f"THEN substr({column}, -4) || '/' || "
            f"printf('%05d', CAST(substr({column}, instr({column}, '/') + 1) AS INTEGER)) END)")


@migration(8, "registers marked as such; case numbers without prefix; attendance")
def _m008(db: sqlite_utils.Database) -> None:
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db.execute(f"CREATE INDEX item_dnr_number ON item_dnr({dnr_number_sql('key')})")
    db.execute(f"CREATE INDEX decisions_dnr_number ON decisions({dnr_number_sql('dnr_key')})")
    # who was at a meeting, one row per person, with the §§ the cover says they took part in
    # (JSON lists; NULL: all), were away from, or were jäviga at
    db.execute("CREATE TABLE attendance (meeting_id TEXT REFERENCES meetings(id) ON DELETE "
               "CASCADE, seq INTEGER, name TEXT, folded TEXT, party TEXT, role TEXT, "
               "replaces TEXT, function TEXT, note TEXT, only_paragraphs TEXT, "
               "absent_paragraphs TEXT, jav_paragraphs TEXT)")
    db.execute("CREATE INDEX attendance_folded ON attendance(folded)")
    db.execute("CREATE INDEX attendance_meeting ON attendance(meeting_id)")
    from meetbook.register.attendance import backfill

    backfill(db)


@migration(9, "a meeting's problems: what its file could not read")
def _m009(db: sqlite_utils.Database) -> None:
    db.execute("ALTER TABLE meetings ADD COLUMN problems TEXT")


def fts_key(meeting_date: str | None, item_rowid: int) -> int:
    """The full-text row key of an item: its meeting date (YYYYMMDD), then its rowid."""
    day = int(meeting_date.replace("-", "")) if meeting_date else 0
    return day * 1_000_000_000 + item_rowid


def migrate(db: sqlite_utils.Database) -> list[int]:
    """Apply the migrations not yet applied, each in its own transaction; return their numbers."""
    db.execute("CREATE TABLE IF NOT EXISTS _migrations (number INTEGER PRIMARY KEY, name TEXT)")
    done = {r[0] for r in db.execute("SELECT number FROM _migrations").fetchall()}
    applied = []
    for number, name, fn in sorted(MIGRATIONS, key=lambda m: m[0]):
        if number in done:
            continue
        with db.conn:
            db.execute("BEGIN IMMEDIATE")
            if not db.execute("SELECT 1 FROM _migrations WHERE number = ?", [number]).fetchone():
                fn(db)
                db.execute("INSERT INTO _migrations VALUES (?, ?)", [number, name])
                applied.append(number)
    return applied
