"""The model assembled from what `segment` finds and `extract` reads (pure).

- `items`: a meeting's items: a book's agenda entries with their papers, a protocol's §§;
- `decision`: a Decision from its block: points, body, date, amounts, uppdrag, rättelse;
- `paragraph`: the decisions of a §; `meeting_parts`: of a § written meeting by meeting,
  and the earlier treatments such a § tells;
- `case_papers`: the proposals of a tjänsteskrivelse, the decisions of a protokollsutdrag;
- `table_proposals`: the proposals of an agenda table's Förslag column;
- `procedure`: a decision's yrkanden, votes, reservations and statements;
- `bodies`: the names of deciding bodies; `aterremiss`: whether a decision sends a case back;
- `conventions`: what the municipality's profile adds (its name, currency, dnr prefixes).
"""
