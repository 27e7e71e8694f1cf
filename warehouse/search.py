"""Offline full-text search over goal, measure and indicator texts, with Swedish stemming.

Why not DuckDB's fts extension: `INSTALL fts` downloads at run time, and the packages that ship
it on PyPI (duckdb-extension-fts 1.5.5, duckdb-ext-fts 1.4.4) are built for older DuckDB
versions; an extension binary loads only into the exact DuckDB version it was built for, and
koto runs on DuckDB 2.0. So this module is the equivalent, in plain SQL:

* `koto_stem` pipeline: the Snowball Swedish stemmer (snowballstem.org, version 3.1, the same
  rules as the `snowballstemmer` package, checked word for word in tests/report), written as SQL
  so that the query side runs inside DuckDB too; then a *match key* folds ä→a, ö→o, é→e, so that
  umlaut plurals meet their singular (bostäder → bostäd → bostad).
* `search_terms(stem, kind, item_id, program_id)`: the inverted index (stem = match key), built by
  `build_index(con)` from the view `search_items` (every goal, measure and indicator).
* `koto_search(q)`: a table macro stored in the database, usable from `koto query`:
  ``SELECT * FROM koto_search('bostad')``. A query word matches an indexed key when the keys are
  equal (weight 1), when the indexed key extends the query key (compounds and longer
  inflections: bostad → bostadsutbud, bostaden; weight 0.7, query key of 4+ letters), or when
  the query key extends the indexed key by at most two letters (Snowball strips the -ad of
  "bostad" but not of "bostaden"; weight 0.8, indexed key of 4+ letters). Scores add
  weight × idf over the query words; items matching more of the words come first.

Everything is built in the database the connection points to; on a read-only connection the
same objects are created as TEMP objects (they shadow the stored ones), so search works on any
database, indexed at ingest or not.
"""

from __future__ import annotations

from typing import Any

import duckdb

__all__ = ["build_index", "ensure_index", "search", "index_is_current", "stem_words"]

_V = "aeiouyäåö"  # Snowball Swedish vowels

# Step 1 suffixes of Snowball Swedish 3.1, longest first (find_among_b takes the longest match).
_STEP1 = sorted(
    """a arna erna heterna orna ad e ade ande arne are aste en anden aren heten ern ar er heter
    or s as arnas ernas ornas es ades andes ens arens hetens erns at et andet het ast""".split(),
    key=lambda s: (-len(s), s),
)
_STEP3 = ["fullt", "lig", "els", "öst", "ig"]  # longest first
_ET_EXCEPTIONS = ["fab", "h", "pak", "rak", "stak", "kom", "iet", "cit", "dit", "alit", "ilit",
                  "mit", "nit", "pit", "rit", "sit", "tit", "uit", "ivit", "kvit", "xit"]
_S_ENDING = "bcdfghjklmnoprtvy"
_OST_ENDING = "iklnprtuv"

STOPWORDS = sorted(set("""
och i att det som en på är av för med till den har de inte om ett men var sig så vi kan man när
från ska skall eller vid också hur efter mot under genom alla dem deras sin sina sitt detta denna
dessa samt hos ut upp in mer nu bl ex fl ca t.ex dvs el vara blir bli finns där vilka vilket
vilken än ju även andra annat annan egen egna olika varje både
""".split()))

_TOKEN_RE = r"[\p{L}\p{N}]+"


def _sql_list(items: list[str]) -> str:
    return "[" + ", ".join("'" + s.replace("'", "''") + "'" for s in items) + "]"


def _stem_pipeline(src: str) -> str:
    """SQL that stems the column `word` of the relation `src` (lower-case words).

    Yields (word, stem, key). Each Snowball step is one projection, so no expression is
    expanded more than once per step."""
    v = _V
    et_ok = (
        "(length({b}) >= 3 AND regexp_matches({b}, '[" + v + "][^" + v + "]$') "
        "AND len(list_filter(" + _sql_list(_ET_EXCEPTIONS) + ", lambda x: suffix({b}, x))) = 0)"
    )
    return f"""
    SELECT word, stem,
           replace(replace(replace(stem, 'ä', 'a'), 'ö', 'o'), 'é', 'e') AS key
    FROM (
      -- step 3: other suffixes in R1
      SELECT word,
             CASE WHEN s3 IS NULL THEN w2
                  WHEN s3 = 'fullt' THEN left(w2, length(w2) - 5) || 'full'
                  WHEN s3 = 'öst' THEN
                       CASE WHEN length(w2) >= 4
                                 AND contains('{_OST_ENDING}', substring(w2, length(w2) - 3, 1))
                            THEN left(w2, length(w2) - 3) || 'ös' ELSE w2 END
                  ELSE left(w2, length(w2) - length(s3)) END AS stem
      FROM (
        SELECT word, w2,
               list_filter({_sql_list(_STEP3)},
                           lambda s: suffix(w2, s) AND length(w2) - length(s) >= p1)[1] AS s3
        FROM (
          -- step 2: consonant pair in R1 loses its last letter
          SELECT word, p1,
                 CASE WHEN length(w1) - 2 >= p1
                           AND list_contains(['dd','gd','nn','dt','gt','kt','tt'], right(w1, 2))
                      THEN left(w1, length(w1) - 1) ELSE w1 END AS w2
          FROM (
            -- step 1: main suffix, the longest that lies in R1
            SELECT word, p1,
                   CASE WHEN s1 IS NULL THEN word
                        WHEN s1 = 's' THEN
                             CASE WHEN suffix(word, 'ets')
                                       AND {et_ok.format(b="left(word, length(word) - 3)")}
                                  THEN left(word, length(word) - 3)
                                  WHEN length(word) >= 2
                                       AND contains('{_S_ENDING}', substring(word, length(word) - 1, 1))
                                  THEN left(word, length(word) - 1)
                                  ELSE word END
                        WHEN s1 = 'et' THEN
                             CASE WHEN {et_ok.format(b="left(word, length(word) - 2)")}
                                  THEN left(word, length(word) - 2) ELSE word END
                        ELSE left(word, length(word) - length(s1)) END AS w1
            FROM (
              SELECT word, p1,
                     list_filter({_sql_list(_STEP1)},
                                 lambda s: suffix(word, s) AND length(word) - length(s) >= p1)[1] AS s1
              FROM (
                -- R1: after the first non-vowel that follows a vowel, at least 3 letters in
                SELECT word,
                       CASE WHEN length(word) < 3 THEN length(word)
                            WHEN length(regexp_extract(word, '^.*?[{v}][^{v}]')) = 0 THEN length(word)
                            ELSE greatest(3, length(regexp_extract(word, '^.*?[{v}][^{v}]'))) END AS p1
                FROM {src}
              )
            )
          )
        )
      )
    )"""


def _tokens_sql(text_expr: str) -> str:
    return (f"list_filter(regexp_extract_all(lower({text_expr}), '{_TOKEN_RE}'), "
            f"lambda t: length(t) >= 2 AND NOT list_contains({_sql_list(STOPWORDS)}, t))")


_ITEMS_VIEW = """
CREATE OR REPLACE {temp} VIEW search_items AS
SELECT 'goal' AS kind, goal_id AS item_id, program_id, text, page FROM goals
UNION ALL
SELECT 'measure', measure_id, program_id, text, page FROM measures
UNION ALL
SELECT 'indicator', indicator_id, program_id, text, page FROM indicators
"""


def _search_macro(temp: str) -> str:
    q_words = (f"(SELECT DISTINCT unnest({_tokens_sql('q')}) AS word)")
    return f"""
CREATE OR REPLACE {temp} MACRO koto_search(q) AS TABLE
WITH qk AS (SELECT DISTINCT key AS qk FROM ({_stem_pipeline(q_words)})),
vocab AS (SELECT DISTINCT stem FROM search_terms),
m AS (
  SELECT qk.qk, vocab.stem,
         CASE WHEN vocab.stem = qk.qk THEN 1.0
              WHEN starts_with(qk.qk, vocab.stem) THEN 0.8
              ELSE 0.7 END AS w
  FROM qk JOIN vocab
    ON vocab.stem = qk.qk
    OR (length(qk.qk) >= 4 AND starts_with(vocab.stem, qk.qk))
    OR (length(vocab.stem) >= 4 AND starts_with(qk.qk, vocab.stem)
        AND length(qk.qk) - length(vocab.stem) <= 2)
),
hits AS (
  SELECT st.kind, st.item_id, st.program_id, m.qk, max(m.w) AS w
  FROM m JOIN search_terms st ON st.stem = m.stem
  GROUP BY st.kind, st.item_id, st.program_id, m.qk
),
df AS (SELECT qk, count(*) AS df FROM hits GROUP BY qk),
n AS (SELECT greatest(count(DISTINCT item_id), 1) AS n FROM search_terms),
scored AS (
  SELECT h.kind, h.item_id, h.program_id, count(*) AS matched,
         sum(h.w * ln(1 + n.n / df.df)) AS score
  FROM hits h JOIN df USING (qk) CROSS JOIN n
  GROUP BY h.kind, h.item_id, h.program_id
)
SELECT s.kind, i.text, p.municipality, i.page, round(s.score, 4) AS score, s.matched,
       s.item_id, s.program_id
FROM scored s
JOIN search_items i ON i.item_id = s.item_id AND i.kind = s.kind
LEFT JOIN programs p ON p.program_id = s.program_id
ORDER BY s.matched DESC, s.score DESC, p.municipality, i.page, s.item_id
"""


_TERM_COMMENTS = {
    "stem": "Match key of a word: its Snowball Swedish stem with ä, ö, é folded to a, o, e.",
    "kind": "goal, measure or indicator.",
    "item_id": "goals.goal_id, measures.measure_id or indicators.indicator_id.",
    "program_id": "programs.program_id",
}


def _fingerprint(con: duckdb.DuckDBPyConnection) -> str:
    n, h = con.execute(
        "SELECT count(*), coalesce(sum(hash(kind || item_id || coalesce(text, ''))::HUGEINT), 0) "
        "FROM search_items"
    ).fetchone()
    return f"{n}:{h}"


def _read_only(con: duckdb.DuckDBPyConnection) -> bool:
    try:
        # current_setting('access_mode') is 'read_only' for connections opened read-only
        return con.execute("SELECT current_setting('access_mode')").fetchone()[0] == "read_only"
    except duckdb.Error:
        return False


def build_index(con: duckdb.DuckDBPyConnection, *, temp: bool | None = None,
                own_transaction: bool = True) -> int:
    """(Re)build search_items, search_terms and the koto_search macro; returns the number of
    index rows. temp=None: TEMP objects on a read-only connection, stored ones otherwise."""
    if temp is None:
        temp = _read_only(con)
    # Readers see the old index or the new one, never half of it. A caller that already holds
    # a transaction passes own_transaction=False (a second BEGIN would abort the caller's).
    own = own_transaction
    if own:
        con.execute("BEGIN TRANSACTION")
    try:
        n = _build(con, temp)
        if own:
            con.execute("COMMIT")
    except BaseException:
        if own:
            try:
                con.execute("ROLLBACK")
            except duckdb.Error:
                pass
        raise
    return n


def _build(con: duckdb.DuckDBPyConnection, temp: bool) -> int:
    t = "TEMP" if temp else ""
    con.execute(_ITEMS_VIEW.format(temp=t))
    words = f"(SELECT DISTINCT unnest({_tokens_sql('text')}) AS word FROM search_items)"
    con.execute(
        f"""CREATE OR REPLACE {t} TABLE search_terms AS
        WITH stems AS ({_stem_pipeline(words)}),
        toks AS (SELECT DISTINCT kind, item_id, program_id, unnest({_tokens_sql('text')}) AS word
                 FROM search_items)
        SELECT DISTINCT stems.key AS stem, toks.kind, toks.item_id, toks.program_id
        FROM toks JOIN stems USING (word)
        ORDER BY stem, kind, item_id"""
    )
    con.execute(_search_macro(t))
    if not temp:
        con.execute("COMMENT ON TABLE search_terms IS 'Inverted index for koto_search(q): one row "
                    "per Swedish stem (Snowball, ä/ö folded) per goal, measure or indicator.'")
        for col, text in _TERM_COMMENTS.items():
            con.execute(f"COMMENT ON COLUMN search_terms.{col} IS '{text}'")
        con.execute(
            "INSERT INTO koto_meta VALUES ('search_index', ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [_fingerprint(con)],
        )
    return con.execute("SELECT count(*) FROM search_terms").fetchone()[0]


def index_is_current(con: duckdb.DuckDBPyConnection) -> bool:
    """True when the stored index exists and matches the goals, measures and indicators."""
    try:
        row = con.execute("SELECT value FROM koto_meta WHERE key = 'search_index'").fetchone()
        con.execute("SELECT 1 FROM search_terms LIMIT 1")
        return row is not None and row[0] == _fingerprint(con)
    except duckdb.Error:
        return False


def ensure_index(con: duckdb.DuckDBPyConnection) -> None:
    """Make koto_search usable on this connection: rebuild a stale or missing index (as TEMP
    objects when the connection is read-only)."""
    if index_is_current(con):
        return
    build_index(con)


def search(con: duckdb.DuckDBPyConnection, query: str, limit: int = 20) -> list[dict[str, Any]]:
    """Goals, measures and indicators matching `query`, best first: dicts with kind, text,
    municipality, page, score (plus matched, item_id, program_id)."""
    ensure_index(con)
    cur = con.execute("SELECT * FROM koto_search(?) LIMIT ?", [query, int(limit)])
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, r)) for r in cur.fetchall()]


def stem_words(con: duckdb.DuckDBPyConnection, words: list[str]) -> dict[str, str]:
    """Snowball Swedish stems (before ä/ö folding) of lower-case words, computed by the SQL."""
    if not words:
        return {}
    src = "(SELECT unnest(?::VARCHAR[]) AS word)"
    rows = con.execute(f"SELECT word, stem FROM ({_stem_pipeline(src)})", [words]).fetchall()
    return dict(rows)
