"""Reading PDFs: the only place that imports pdfplumber, pypdfium2 or pikepdf.

`read_pdf(path)` gives the file's pages as plain data: each page's lines with position,
font size and boldness, and with the running header and footer bands set apart. `Limits`
bound the work one file may cause.
"""
from meetbook.pdf.limits import Limits
from meetbook.pdf.pages import Page, Table, split_bands
from meetbook.pdf.reader import BACKENDS, OCR_MODES, read_pdf, read_raw_pages, sha256_of

__all__ = ["BACKENDS", "OCR_MODES", "Limits", "Page", "Table", "read_pdf", "read_raw_pages",
           "sha256_of", "split_bands"]
