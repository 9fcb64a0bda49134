"""Load newsprint JSONL as a data team would: declared column types, no
per-row parsing. Exits non-zero, saying why, when a column does not load
as its declared type.

Usage: load.py SCHEMA JSONL...
Prints one JSON summary line on success.
"""
import json
import sys

import pandas as pd

schema = json.load(open(sys.argv[1]))
props = schema["properties"]

INTS = ["schema_version", "word_count", "revision"]
LISTS = ["authors", "tags", "images"]
OBJECTS = ["provenance"]
NULLABLE_OBJECTS = ["warc"]
DATES = ["published_date", "modified_date"]
INSTANTS = ["published_at", "modified_at", "fetched_at"]
STRINGS = [c for c in props if c not in INTS + LISTS + OBJECTS + NULLABLE_OBJECTS]

dtype = {c: "string" for c in STRINGS}
dtype.update({c: "Int64" for c in INTS})

frames = [
    pd.read_json(path, lines=True, dtype=dtype, convert_dates=False, keep_default_dates=False)
    for path in sys.argv[2:]
]
df = pd.concat(frames, ignore_index=True)
problems = []

if sorted(df.columns) != sorted(props):
    problems.append(f"columns {sorted(df.columns)} are not the schema's {sorted(props)}")

for c in STRINGS:
    if c in df and str(df[c].dtype) != "string":
        problems.append(f"{c}: dtype {df[c].dtype}, want string")
    if c in df and (df[c] == "").any():
        problems.append(f"{c}: empty strings where null was meant")
for c in INTS:
    if c in df and str(df[c].dtype) != "Int64":
        problems.append(f"{c}: dtype {df[c].dtype}, want Int64")
for c in LISTS:
    if c in df and not df[c].map(lambda v: isinstance(v, list)).all():
        problems.append(f"{c}: not a list in every row")
for c in OBJECTS:
    if c in df and not df[c].map(lambda v: isinstance(v, dict)).all():
        problems.append(f"{c}: not an object in every row")

# pandas before 2.0 takes a date-only string for a "%Y-%m-%dT%H:%M:%S%z"
# timestamp (its ISO 8601 fast path); a consumer that loads the column as a
# TIMESTAMP must not get midnight for "the day only", so say it exactly.
SHAPES = {c: r"\d{4}-\d\d-\d\d" for c in DATES}
SHAPES.update({c: r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)" for c in INSTANTS})
for c, shape in SHAPES.items():
    if c in df and not df[c].dropna().str.fullmatch(shape).all():
        bad = df[c].dropna()[~df[c].dropna().str.fullmatch(shape)]
        problems.append(f"{c}: values that are not {'an RFC 3339 instant' if c in INSTANTS else 'a YYYY-MM-DD day'}: {list(bad[:3])}")

for c, fmt, utc in [(c, "%Y-%m-%d", False) for c in DATES] + [(c, "%Y-%m-%dT%H:%M:%S%z", True) for c in INSTANTS]:
    try:
        pd.to_datetime(df[c], format=fmt, utc=utc, errors="raise")
    except (ValueError, TypeError, KeyError) as e:
        problems.append(f"{c} does not load as {'TIMESTAMP' if utc else 'DATE'} ({fmt}): {e!r}")

if not problems:
    for day, at in (("published_date", "published_at"), ("modified_date", "modified_at")):
        timed = df[at].notna()
        if (timed & df[day].isna()).any():
            problems.append(f"{at} set without {day}")
        if (df.loc[timed, at].str.slice(0, 10) != df.loc[timed, day]).any():
            problems.append(f"{day} is not the date part of {at}")

if problems:
    print("\n".join(problems), file=sys.stderr)
    sys.exit(1)

print(json.dumps({
    "rows": len(df),
    "dated": int(df.published_date.notna().sum()),
    "timed": int(df.published_at.notna().sum()),
    "day_only": int((df.published_date.notna() & df.published_at.isna()).sum()),
}))
