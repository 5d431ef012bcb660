#!/usr/bin/env python3
"""Reads an export of Podwarden back with Python's own csv and json modules (issue 19, item 4).

usage: read_export.py FILE LIST_KEY ID_FIELD

Prints one JSON object: the number of items, the SHA-256 of their ids sorted and joined by
newlines, the columns (CSV header, or the first item's keys), and what broke the format (rows of
the wrong width, a missing id), so a test can compare the file with the service's own list.
"""
import csv
import hashlib
import json
import sys


def main():
    path, list_key, id_field = sys.argv[1:4]
    problems = []
    if path.endswith(".json"):
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
        items = data[list_key]
        columns = list(items[0].keys()) if items else []
        if "exportedAt" not in data:
            problems.append("no exportedAt")
    else:
        with open(path, encoding="utf-8", newline="") as f:
            raw = f.read()
        if raw and not raw.endswith("\r\n"):
            problems.append("records do not end in CRLF")
        rows = list(csv.reader(raw.splitlines(keepends=True)))
        columns = rows[0] if rows else []
        items = []
        for n, row in enumerate(rows[1:], start=2):
            if len(row) != len(columns):
                problems.append("row %d has %d fields, the header %d" % (n, len(row), len(columns)))
                continue
            items.append(dict(zip(columns, row)))
    ids = []
    for item in items:
        if not item.get(id_field):
            problems.append("an item without %s" % id_field)
        ids.append(item.get(id_field, ""))
    digest = hashlib.sha256("\n".join(sorted(ids)).encode("utf-8")).hexdigest()
    print(json.dumps({"count": len(items), "ids": digest, "columns": columns, "unique": len(set(ids)),
                      "problems": problems[:10]}))


if __name__ == "__main__":
    main()
