"""Pages → what the file is, its cover, its agenda, its documents and its paragraphs (pure).

Nothing here reads a PDF: every function takes Pages (or Lines) and returns plain data, so it
can be tested with lines made from text.

- `cover`: the file's kind, its cover (municipality, body, date, place), the cover's lines,
  and a file split where a meeting comes again;
- `agenda/`: the agenda's entries, one class per layout it is printed in (`agenda.LAYOUTS`);
- `paragraphs`: the protocol's §§, each with its number, title, diarienummer and lines;
  `paragraph_layouts`: one class per way a § line is printed (`paragraph_layouts.LAYOUTS`);
- `documents`: the documents of a file or inside a §: pages, kind, title, date, diarienummer;
- `appendices`: the pages stamped as a §'s appendix;
- `vote_appendix`: the lists of voters printed apart from their § (voting appendices), which no §
  holds;
- `papers`: an item's case papers: a book's documents (or § pages), a §'s appendices;
- `heads`: a page's first lines, and the diarienummer a heading carries.

The § line and the words of headings are `meetbook.headings`, shared with the pdf layer.
"""
