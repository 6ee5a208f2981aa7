"""The agenda: its entries as each layout prints them (entry, layout, the layouts, reading)."""
from meetbook.segment.agenda.entry import AgendaEntry, is_toc_page, number_of
from meetbook.segment.agenda.layout import AgendaLayout
from meetbook.segment.agenda.reading import LAYOUTS, agenda, agenda_pages, layout_of

__all__ = ["LAYOUTS", "AgendaEntry", "AgendaLayout", "agenda", "agenda_pages", "is_toc_page",
           "layout_of", "number_of"]
