-- koto warehouse schema. The tables and columns of DESIGN.md's contract are kept exactly;
-- everything else here is an addition. Every statement is idempotent (IF NOT EXISTS), so
-- opening an existing database re-applies it harmlessly, and a newer koto can add tables.
-- Ids of rows that belong to a program are "<program_id>:<id in the extraction>", so they
-- are unique across programs and stable when the same file is loaded again.

CREATE TABLE IF NOT EXISTS programs (
    program_id       VARCHAR PRIMARY KEY,
    sha256           VARCHAR NOT NULL UNIQUE,
    source_file      VARCHAR,
    municipality     VARCHAR,
    title            VARCHAR,
    period_start     INTEGER,
    period_end       INTEGER,
    language         VARCHAR,
    page_count       INTEGER,
    ocr_pages        INTEGER,
    ingested_at      TIMESTAMP,
    pipeline_version VARCHAR,
    run_id           VARCHAR
);
COMMENT ON TABLE programs IS 'One row per loaded source file (an integration program); identified by the sha256 of its bytes.';
COMMENT ON COLUMN programs.program_id IS 'First 16 hex digits of sha256; every other table refers to the program by this id.';
COMMENT ON COLUMN programs.sha256 IS 'SHA-256 of the source file bytes; a file whose sha256 is present is skipped by koto ingest unless --force.';
COMMENT ON COLUMN programs.source_file IS 'Path of the source file as given to koto ingest.';
COMMENT ON COLUMN programs.municipality IS 'Municipality that issued the program (Swedish name, e.g. Borgå), as found on the first pages.';
COMMENT ON COLUMN programs.title IS 'Title of the program as printed.';
COMMENT ON COLUMN programs.period_start IS 'First year the program covers.';
COMMENT ON COLUMN programs.period_end IS 'Last year the program covers.';
COMMENT ON COLUMN programs.language IS 'Language of the document text (ISO 639-1, normally sv).';
COMMENT ON COLUMN programs.page_count IS 'Number of pages of the source (form-feed separated pages for .txt).';
COMMENT ON COLUMN programs.ocr_pages IS 'How many pages were read by OCR rather than from the text layer.';
COMMENT ON COLUMN programs.ingested_at IS 'UTC time the program was loaded.';
COMMENT ON COLUMN programs.pipeline_version IS 'koto pipeline version that produced the rows (pipeline/version.py).';
COMMENT ON COLUMN programs.run_id IS 'ingest_runs.run_id of the run that loaded it (NULL when loaded outside a run).';

CREATE TABLE IF NOT EXISTS pages (
    program_id     VARCHAR NOT NULL,
    page_no        INTEGER NOT NULL,
    text           VARCHAR,
    raw_text       VARCHAR,
    source         VARCHAR,
    ocr_confidence DOUBLE
);
COMMENT ON TABLE pages IS 'The text of every page, repaired and as read.';
COMMENT ON COLUMN pages.program_id IS 'programs.program_id';
COMMENT ON COLUMN pages.page_no IS 'Page number, 1-based, as in the PDF viewer.';
COMMENT ON COLUMN pages.text IS 'Page text after normalization and repair, running headers/footers removed.';
COMMENT ON COLUMN pages.raw_text IS 'Page text exactly as the source (text layer, OCR or .txt) gave it.';
COMMENT ON COLUMN pages.source IS 'Where the text came from: text-layer, ocr or text-file.';
COMMENT ON COLUMN pages.ocr_confidence IS 'Mean OCR word confidence 0..1 when source = ocr, else NULL.';

CREATE TABLE IF NOT EXISTS sections (
    section_id VARCHAR PRIMARY KEY,
    program_id VARCHAR NOT NULL,
    parent_id  VARCHAR,
    number     VARCHAR,
    heading    VARCHAR,
    level      INTEGER,
    page_start INTEGER,
    page_end   INTEGER
);
COMMENT ON TABLE sections IS 'The section tree of each program, from its headings.';
COMMENT ON COLUMN sections.section_id IS 'Unique id: <program_id>:<section id in the extraction>.';
COMMENT ON COLUMN sections.program_id IS 'programs.program_id';
COMMENT ON COLUMN sections.parent_id IS 'sections.section_id of the enclosing section; NULL at top level.';
COMMENT ON COLUMN sections.number IS 'Section number as printed (4, 4.2, Mål 1); NULL when unnumbered.';
COMMENT ON COLUMN sections.heading IS 'Heading text.';
COMMENT ON COLUMN sections.level IS 'Depth in the tree, 1 = top level.';
COMMENT ON COLUMN sections.page_start IS 'Page where the section starts.';
COMMENT ON COLUMN sections.page_end IS 'Page where the section ends.';

CREATE TABLE IF NOT EXISTS goals (
    goal_id        VARCHAR PRIMARY KEY,
    program_id     VARCHAR NOT NULL,
    parent_goal_id VARCHAR,
    section_id     VARCHAR,
    theme          VARCHAR,
    theme_code     VARCHAR,
    theme_code_alt VARCHAR,
    text           VARCHAR,
    page           INTEGER
);
-- a database of schema_version 1 has the table without it (CREATE TABLE IF NOT EXISTS leaves an
-- existing table as it is): add it before the comments below name it
ALTER TABLE goals ADD COLUMN IF NOT EXISTS theme_code_alt VARCHAR;
COMMENT ON TABLE goals IS 'Goals (Mål, Målsättning) and sub-goals (Tyngdpunkt) of each program.';
COMMENT ON COLUMN goals.goal_id IS 'Unique id: <program_id>:<goal id in the extraction>.';
COMMENT ON COLUMN goals.program_id IS 'programs.program_id';
COMMENT ON COLUMN goals.parent_goal_id IS 'goals.goal_id of the goal this one is a sub-goal (Tyngdpunkt) of; NULL for top-level goals.';
COMMENT ON COLUMN goals.section_id IS 'sections.section_id where the goal is printed.';
COMMENT ON COLUMN goals.theme IS 'The document''s own theme heading (Arbete, Boende, ...).';
COMMENT ON COLUMN goals.theme_code IS 'Ager & Strang (2008) domain: employment, housing, education, health, social_bridges, social_bonds, social_links, language_culture, safety_stability, rights_citizenship or other.';
COMMENT ON COLUMN goals.theme_code_alt IS 'The runner-up domain the goal''s words (or its heading) also support, NULL when they point to one domain only: people label about half the items of new programs as ambiguous between two domains, so a query can take either (docs/themes.md).';
COMMENT ON COLUMN goals.text IS 'Goal text, repaired.';
COMMENT ON COLUMN goals.page IS 'Page where the goal is printed.';

CREATE TABLE IF NOT EXISTS measures (
    measure_id VARCHAR PRIMARY KEY,
    program_id VARCHAR NOT NULL,
    goal_id    VARCHAR,
    section_id VARCHAR,
    theme      VARCHAR,
    theme_code VARCHAR,
    theme_code_alt VARCHAR,
    text       VARCHAR,
    schedule   VARCHAR,
    start_year INTEGER,
    end_year   INTEGER,
    page       INTEGER
);
ALTER TABLE measures ADD COLUMN IF NOT EXISTS theme_code_alt VARCHAR;  -- as for goals
-- added in schema_version 3, after the columns above, in a new database as in an older one
ALTER TABLE measures ADD COLUMN IF NOT EXISTS printed_text VARCHAR;
COMMENT ON TABLE measures IS 'Measures (Åtgärd, Metod) of each program; all goals of a measure are in measure_goals.';
COMMENT ON COLUMN measures.measure_id IS 'Unique id: <program_id>:<measure id in the extraction>.';
COMMENT ON COLUMN measures.program_id IS 'programs.program_id';
COMMENT ON COLUMN measures.goal_id IS 'goals.goal_id of the (first) goal the measure serves; see measure_goals for all.';
COMMENT ON COLUMN measures.section_id IS 'sections.section_id where the measure is printed.';
COMMENT ON COLUMN measures.theme IS 'The document''s own theme heading for the measure.';
COMMENT ON COLUMN measures.theme_code IS 'Ager & Strang (2008) domain of the measure (see goals.theme_code).';
COMMENT ON COLUMN measures.theme_code_alt IS 'The runner-up domain the measure''s words, its goal or its heading also support; NULL when they point to one domain only (see goals.theme_code_alt).';
COMMENT ON COLUMN measures.text IS 'Measure text, repaired: the action (''Språkcafé på biblioteket varannan vecka''); a responsibility/schedule tail cut off it is in printed_text.';
COMMENT ON COLUMN measures.printed_text IS 'The measure as printed, tail included (''Språkcafé på biblioteket varannan vecka (biblioteket, från hösten 2025)''), when a responsibility/schedule tail was cut off text; NULL when text is all that was printed. Programme writers differ on which of the two is the measure, so both are kept (tests/data/blind_programs/README.md).';
COMMENT ON COLUMN measures.schedule IS 'Schedule as printed (2023, 2023–2024, Fortlöpande).';
COMMENT ON COLUMN measures.start_year IS 'First year of the schedule, when it names one; NULL for an open start (''senast 2026'', ''inför valet 2026'', ''till 2026''; ''före 2026'' ends in 2025). Convention and blind accuracy: tests/classifiers/schedule_labels.md, bench.schedule_years.';
COMMENT ON COLUMN measures.end_year IS 'Last year of the schedule, when it names one; NULL for an open end (''från 2025'', ''2025 och framåt'', ''sedan 2019'', ''från och med läsåret 2025–2026'').';
COMMENT ON COLUMN measures.page IS 'Page where the measure is printed.';

CREATE TABLE IF NOT EXISTS indicators (
    indicator_id VARCHAR PRIMARY KEY,
    program_id   VARCHAR NOT NULL,
    goal_id      VARCHAR,
    measure_id   VARCHAR,
    text         VARCHAR,
    page         INTEGER
);
COMMENT ON TABLE indicators IS 'Indicators (Indikator, Mätare, Uppföljning) of each program; all goals in indicator_goals.';
COMMENT ON COLUMN indicators.indicator_id IS 'Unique id: <program_id>:<indicator id in the extraction>.';
COMMENT ON COLUMN indicators.program_id IS 'programs.program_id';
COMMENT ON COLUMN indicators.goal_id IS 'goals.goal_id of the (first) goal the indicator follows; see indicator_goals for all.';
COMMENT ON COLUMN indicators.measure_id IS 'measures.measure_id the indicator follows, when linked to a measure.';
COMMENT ON COLUMN indicators.text IS 'Indicator text, repaired.';
COMMENT ON COLUMN indicators.page IS 'Page where the indicator is printed.';

CREATE TABLE IF NOT EXISTS measure_goals (
    measure_id VARCHAR NOT NULL,
    goal_id    VARCHAR NOT NULL,
    program_id VARCHAR NOT NULL,
    ord        INTEGER NOT NULL
);
COMMENT ON TABLE measure_goals IS 'Every goal a measure is linked to (a merged table cell can link one measure to several goals).';
COMMENT ON COLUMN measure_goals.measure_id IS 'measures.measure_id';
COMMENT ON COLUMN measure_goals.goal_id IS 'goals.goal_id';
COMMENT ON COLUMN measure_goals.program_id IS 'programs.program_id (for deleting a program''s rows).';
COMMENT ON COLUMN measure_goals.ord IS 'Position of the goal in the measure''s list, 0 = measures.goal_id.';

CREATE TABLE IF NOT EXISTS indicator_goals (
    indicator_id VARCHAR NOT NULL,
    goal_id      VARCHAR NOT NULL,
    program_id   VARCHAR NOT NULL,
    ord          INTEGER NOT NULL
);
COMMENT ON TABLE indicator_goals IS 'Every goal an indicator is linked to.';
COMMENT ON COLUMN indicator_goals.indicator_id IS 'indicators.indicator_id';
COMMENT ON COLUMN indicator_goals.goal_id IS 'goals.goal_id';
COMMENT ON COLUMN indicator_goals.program_id IS 'programs.program_id (for deleting a program''s rows).';
COMMENT ON COLUMN indicator_goals.ord IS 'Position of the goal in the indicator''s list, 0 = indicators.goal_id.';

CREATE TABLE IF NOT EXISTS actors (
    actor_id VARCHAR PRIMARY KEY,
    name     VARCHAR NOT NULL
);
COMMENT ON TABLE actors IS 'Responsible bodies and partners, one row per canonical name, shared by all programs.';
COMMENT ON COLUMN actors.actor_id IS 'Stable id derived from the canonical name (a_ + 16 hex digits of its SHA-1).';
COMMENT ON COLUMN actors.name IS 'Canonical name of the actor.';

CREATE TABLE IF NOT EXISTS measure_actors (
    measure_id VARCHAR NOT NULL,
    actor_id   VARCHAR NOT NULL,
    role       VARCHAR NOT NULL,
    raw_name   VARCHAR,
    program_id VARCHAR NOT NULL
);
-- added in schema_version 4, after the columns above, in a new database as in an older one
ALTER TABLE measure_actors ADD COLUMN IF NOT EXISTS printed_name VARCHAR;
COMMENT ON TABLE measure_actors IS 'Who is responsible for or a partner in each measure.';
COMMENT ON COLUMN measure_actors.measure_id IS 'measures.measure_id';
COMMENT ON COLUMN measure_actors.actor_id IS 'actors.actor_id';
COMMENT ON COLUMN measure_actors.role IS 'responsible or partner.';
COMMENT ON COLUMN measure_actors.raw_name IS 'The name as printed in the program; a short form the program''s legend explains is spelled out as the legend does (''arbetskraftsservicen'' for AKS), the short form is in printed_name.';
COMMENT ON COLUMN measure_actors.program_id IS 'programs.program_id (for deleting a program''s rows).';
COMMENT ON COLUMN measure_actors.printed_name IS 'The short form printed for the actor (''AKS''), when raw_name spells it out from the program''s legend (''Förkortningar: AKS = arbetskraftsservicen''); NULL when raw_name is as printed. Programme writers differ on which of the two is the actor, so both are kept (tests/data/blind_programs/README.md).';

CREATE TABLE IF NOT EXISTS repairs (
    program_id VARCHAR NOT NULL,
    page_no    INTEGER,
    original   VARCHAR,
    repaired   VARCHAR,
    rule       VARCHAR,
    confidence DOUBLE
);
COMMENT ON TABLE repairs IS 'Audit trail: every change koto made to letters inside a word.';
COMMENT ON COLUMN repairs.program_id IS 'programs.program_id';
COMMENT ON COLUMN repairs.page_no IS 'Page of the change.';
COMMENT ON COLUMN repairs.original IS 'Text before the change.';
COMMENT ON COLUMN repairs.repaired IS 'Text after the change.';
COMMENT ON COLUMN repairs.rule IS 'Rule that made it (diacritic, lookalike, context, dehyphenate, unicode, ...).';
COMMENT ON COLUMN repairs.confidence IS 'Confidence 0..1 of the change.';

CREATE TABLE IF NOT EXISTS program_warnings (
    program_id VARCHAR NOT NULL,
    ord        INTEGER NOT NULL,
    warning    VARCHAR
);
COMMENT ON TABLE program_warnings IS 'Non-fatal problems met while extracting a program, one line each.';
COMMENT ON COLUMN program_warnings.program_id IS 'programs.program_id';
COMMENT ON COLUMN program_warnings.ord IS 'Order in which the warning was raised.';
COMMENT ON COLUMN program_warnings.warning IS 'The warning, one line.';

CREATE TABLE IF NOT EXISTS ingest_runs (
    run_id           VARCHAR PRIMARY KEY,
    started_at       TIMESTAMP,
    finished_at      TIMESTAMP,
    command          VARCHAR,
    workers          INTEGER,
    pipeline_version VARCHAR,
    files_total      INTEGER,
    loaded           INTEGER,
    skipped          INTEGER,
    failed           INTEGER,
    pages            INTEGER,
    seconds          DOUBLE
);
COMMENT ON TABLE ingest_runs IS 'One row per koto ingest run; finished_at is NULL for a run that was interrupted.';
COMMENT ON COLUMN ingest_runs.run_id IS 'Unique id of the run (UTC timestamp + random suffix).';
COMMENT ON COLUMN ingest_runs.started_at IS 'UTC start time.';
COMMENT ON COLUMN ingest_runs.finished_at IS 'UTC end time; NULL when the run did not finish (crash, kill).';
COMMENT ON COLUMN ingest_runs.command IS 'The command line of the run.';
COMMENT ON COLUMN ingest_runs.workers IS 'Number of worker processes (or Dask cluster address in command).';
COMMENT ON COLUMN ingest_runs.pipeline_version IS 'koto pipeline version of the run.';
COMMENT ON COLUMN ingest_runs.files_total IS 'Files found.';
COMMENT ON COLUMN ingest_runs.loaded IS 'Files loaded in this run.';
COMMENT ON COLUMN ingest_runs.skipped IS 'Files skipped because their sha256 was already loaded.';
COMMENT ON COLUMN ingest_runs.failed IS 'Files that failed (see ingest_failures).';
COMMENT ON COLUMN ingest_runs.pages IS 'Pages of the files loaded in this run.';
COMMENT ON COLUMN ingest_runs.seconds IS 'Wall-clock duration of the run.';

CREATE TABLE IF NOT EXISTS ingest_failures (
    run_id      VARCHAR,
    source_file VARCHAR,
    sha256      VARCHAR,
    reason      VARCHAR,
    "at"        TIMESTAMP
);
COMMENT ON TABLE ingest_failures IS 'Files that could not be loaded, with the one-line reason; a later successful load does not delete the row.';
COMMENT ON COLUMN ingest_failures.run_id IS 'ingest_runs.run_id of the run.';
COMMENT ON COLUMN ingest_failures.source_file IS 'Path of the file as given to koto ingest.';
COMMENT ON COLUMN ingest_failures.sha256 IS 'SHA-256 of the file bytes (NULL when the file could not be read).';
COMMENT ON COLUMN ingest_failures.reason IS 'Why it failed, one line.';
COMMENT ON COLUMN ingest_failures."at" IS 'UTC time of the failure.';

CREATE TABLE IF NOT EXISTS koto_meta (
    key   VARCHAR PRIMARY KEY,
    value VARCHAR
);
COMMENT ON TABLE koto_meta IS 'Facts about the database itself (schema_version).';
COMMENT ON COLUMN koto_meta.key IS 'Name of the fact.';
COMMENT ON COLUMN koto_meta.value IS 'Its value.';
