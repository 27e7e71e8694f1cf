"""Tables of figures: key figures, population and comparison tables ('Indikator | Exempelby
2024 | Hela landet 2024', 'Språk | Antal 2023 | Förändring'). Every cell beside the first
column is a number, a share or a change ('6,2 %', '1 402', '+88', '–'): the table reports
the state of things, and its rows are no actions, whatever layout the programme's other
tables without a header have."""

from __future__ import annotations

import re

# a figure: digits with spaces or a decimal comma, a sign, a percent or per-mille sign,
# or a dash for no figure
_FIGURE_RE = re.compile(r"^[+\-–−]?\s*\d[\d\s]*(?:[,.]\d+)?\s*(?:%|‰|st\.?)?$|^[–—-]$")


def figures_beside_names(rows: list[list[str]]) -> bool:
    """Every filled cell of the rows outside the first column is a figure, and there is one
    at least: a table of figures."""
    cells = [c.strip() for row in rows for c in row[1:] if c and c.strip()]
    return bool(cells) and all(_FIGURE_RE.match(c) for c in cells)
