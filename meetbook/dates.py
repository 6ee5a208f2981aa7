"""Dates as printed → YYYY-MM-DD: kept here for the modules that import it; the grammar is the
lexicon's (meetbook.lexicon.dates)."""
from meetbook.lexicon.dates import MONTHS, find_date, find_dates

__all__ = ["MONTHS", "find_date", "find_dates"]
