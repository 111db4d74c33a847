"""The page and its tables, from the document alone: paper and margins, text widths, the tables of
annexes and bodies, and whether they fit. Read by the checks (CCHC-G001) and by every printed format."""
