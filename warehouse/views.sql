-- Views for researchers. CREATE OR REPLACE so a newer koto redefines them on open.

-- One row per measure, with what a reader of the program's summary table would see next to it.
-- `indicators` lists the indicators that follow the measure itself plus those that follow its
-- goal(s) without naming a measure: programs print indicators at either level.
CREATE OR REPLACE VIEW measures_overview AS
WITH ind AS (
    SELECT m.measure_id, i.indicator_id, i.text
    FROM measures m JOIN indicators i ON i.measure_id = m.measure_id
    UNION
    SELECT mg.measure_id, i.indicator_id, i.text
    FROM measure_goals mg
    JOIN indicator_goals ig ON ig.goal_id = mg.goal_id
    JOIN indicators i ON i.indicator_id = ig.indicator_id AND i.measure_id IS NULL
),
ind_agg AS (
    SELECT measure_id, string_agg(text, ' | ' ORDER BY indicator_id) AS indicators,
           count(*) AS n_indicators
    FROM ind GROUP BY measure_id
),
act AS (
    SELECT ma.measure_id,
           string_agg(a.name, ', ' ORDER BY a.name) FILTER (WHERE ma.role = 'responsible') AS responsible,
           string_agg(a.name, ', ' ORDER BY a.name) FILTER (WHERE ma.role = 'partner') AS partners
    FROM measure_actors ma JOIN actors a USING (actor_id)
    GROUP BY ma.measure_id
)
SELECT
    p.municipality,
    CASE WHEN p.period_start IS NULL THEN NULL
         WHEN p.period_end IS NULL OR p.period_end = p.period_start THEN CAST(p.period_start AS VARCHAR)
         ELSE CAST(p.period_start AS VARCHAR) || '–' || CAST(p.period_end AS VARCHAR) END AS period,
    coalesce(m.theme, g.theme) AS theme,
    g.text AS goal,
    m.text AS measure,
    ia.indicators,
    act.responsible,
    -- additions after the issue's seven columns
    coalesce(m.theme_code, g.theme_code) AS theme_code,
    act.partners,
    m.schedule,
    m.start_year,
    m.end_year,
    coalesce(ia.n_indicators, 0) AS n_indicators,
    m.page,
    m.program_id,
    m.goal_id,
    m.measure_id,
    -- the runner-up domain (measures.theme_code_alt), added after the columns above
    CASE WHEN m.theme_code IS NOT NULL THEN m.theme_code_alt ELSE g.theme_code_alt END AS theme_code_alt
FROM measures m
JOIN programs p USING (program_id)
LEFT JOIN goals g ON g.goal_id = m.goal_id
LEFT JOIN ind_agg ia ON ia.measure_id = m.measure_id
LEFT JOIN act ON act.measure_id = m.measure_id;

-- One row per program with the counts a researcher checks first.
CREATE OR REPLACE VIEW program_summary AS
SELECT
    p.program_id, p.municipality, p.period_start, p.period_end, p.title, p.page_count, p.ocr_pages,
    (SELECT count(*) FROM goals g WHERE g.program_id = p.program_id) AS goals,
    (SELECT count(*) FROM measures m WHERE m.program_id = p.program_id) AS measures,
    (SELECT count(*) FROM indicators i WHERE i.program_id = p.program_id) AS indicators,
    (SELECT count(*) FROM repairs r WHERE r.program_id = p.program_id) AS repairs,
    p.source_file, p.ingested_at
FROM programs p;
