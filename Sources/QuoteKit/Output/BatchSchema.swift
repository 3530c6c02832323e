/// The schema of `quotekit.sqlite`, the database a batch run writes (format version in `user_version`).
///
/// Offsets are Unicode scalars into the document text, as in the JSON output. Every input item has a
/// `documents` row (processed, skipped or failed); the sentiment and stance columns of `quotes` stay
/// NULL until the pipeline scores quotes, and the `speakers` aggregates and views follow them.
enum BatchSchema {
    /// The schema version written to `PRAGMA user_version`.
    static let version = 3

    /// Creates every table and view (idempotent).
    static let sql = """
    CREATE TABLE IF NOT EXISTS runs (
        id INTEGER PRIMARY KEY,
        started TEXT NOT NULL,               -- ISO 8601, UTC
        finished TEXT,
        status TEXT NOT NULL,                -- running, finished, interrupted (killed; a later run resumed)
        resumed INTEGER NOT NULL,            -- 1 when this run finished an interrupted one
        workers INTEGER NOT NULL,
        inputs TEXT NOT NULL,                -- JSON array of the input arguments
        options TEXT NOT NULL,               -- JSON object of the options that change results
        quotekit TEXT NOT NULL,              -- QuoteKit and ICU versions
        units_already_done INTEGER NOT NULL, -- input units accounted for by earlier runs
        processed INTEGER, skipped INTEGER, failed INTEGER, quotes INTEGER,   -- by this run
        seconds REAL,
        peak_memory_bytes INTEGER            -- VmHWM of the process, where the system tells it
    );
    CREATE TABLE IF NOT EXISTS progress (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        units INTEGER NOT NULL,              -- input units fully written (a prefix of the input order)
        items INTEGER NOT NULL,              -- documents rows written
        quotes_jsonl_bytes INTEGER NOT NULL, -- sizes of the appended files at this checkpoint: quotes.jsonl,
        quotes_csv_bytes INTEGER NOT NULL,   -- quotes.csv and the report's quote section (.report-quotes.part)
        report_quotes_bytes INTEGER NOT NULL,
        complete INTEGER NOT NULL            -- 1 once every input was read
    );
    CREATE TABLE IF NOT EXISTS documents (
        seq INTEGER PRIMARY KEY,             -- position in the input order, from 0
        unit INTEGER NOT NULL,               -- the input unit (JSONL line or file), from 0
        item INTEGER NOT NULL,               -- index within the unit (JSON arrays), from 0
        id TEXT,                             -- document id (NULL when a failed input names none)
        file TEXT NOT NULL,
        line INTEGER NOT NULL,               -- 1-based JSONL line, 0 for a whole file
        status TEXT NOT NULL CHECK (status IN ('processed', 'skipped', 'failed')),
        reason TEXT,
        title TEXT, date TEXT, source TEXT, url TEXT,
        fields TEXT,                         -- the input's other fields, a JSON object (NULL when none)
        day TEXT,                            -- date as YYYY-MM-DD when it is one, else NULL
        characters INTEGER NOT NULL,         -- text length in Unicode scalars
        quotes INTEGER NOT NULL,
        warnings TEXT,                       -- JSON array, NULL when none
        run INTEGER NOT NULL REFERENCES runs(id)
    );
    CREATE TABLE IF NOT EXISTS quotes (
        id INTEGER PRIMARY KEY,              -- position over the whole run, from 1
        doc INTEGER NOT NULL REFERENCES documents(seq),
        document_id TEXT NOT NULL,
        quote_id TEXT NOT NULL,              -- q1, q2, ... as in quotes.jsonl
        kind TEXT NOT NULL,                  -- direct, partial, indirect, mention
        text TEXT NOT NULL,
        start_char INTEGER NOT NULL, end_char INTEGER NOT NULL,
        pieces TEXT NOT NULL,                -- JSON [[start, end], ...]
        speaker TEXT, speaker_id TEXT, speaker_method TEXT, speaker_confidence REAL,
        mention TEXT, mention_start INTEGER, mention_end INTEGER,
        cue TEXT, cue_start INTEGER, cue_end INTEGER, cue_class TEXT,
        confidence REAL NOT NULL,
        context TEXT NOT NULL,               -- the sentences around quote, mention and cue
        context_start INTEGER NOT NULL,
        sentiment_compound REAL, sentiment_pos REAL, sentiment_neg REAL, sentiment_neu REAL,
        sentiment_evidence TEXT,             -- JSON [{"text","start","end","weight"}, ...]
        stance_target TEXT, stance_score REAL, stance_label TEXT,
        stance_evidence TEXT,
        within_quote TEXT                    -- a partial quote inside its speaker's statement: that quote_id
    );
    CREATE VIRTUAL TABLE IF NOT EXISTS quotes_fts USING fts5(text, content='quotes', content_rowid='id');
    CREATE TABLE IF NOT EXISTS document_speakers (
        doc INTEGER NOT NULL REFERENCES documents(seq),
        speaker_id TEXT NOT NULL,            -- registry id, or doc:... for a name found in that document
        name TEXT NOT NULL, kind TEXT NOT NULL, role TEXT, organisation TEXT,
        quotes INTEGER NOT NULL
    );
    CREATE TABLE IF NOT EXISTS mentions (
        doc INTEGER NOT NULL REFERENCES documents(seq),
        speaker_id TEXT NOT NULL,
        start_char INTEGER NOT NULL, end_char INTEGER NOT NULL,
        text TEXT NOT NULL
    );
    -- The per-document indexes are kept up to date row by row: rows come in document order, so each
    -- entry goes at the end of its index, which costs the writer little; built at the end of a 200 MB
    -- run they were a serial second of scanning and sorting (the other indexes: see `indexes`).
    CREATE INDEX IF NOT EXISTS quotes_doc ON quotes(doc);
    CREATE INDEX IF NOT EXISTS document_speakers_doc ON document_speakers(doc);
    CREATE INDEX IF NOT EXISTS mentions_doc ON mentions(doc);
    CREATE TABLE IF NOT EXISTS speakers (    -- aggregates over the corpus, rebuilt at the end of a run
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL, kind TEXT, role TEXT, organisation TEXT,   -- as the latest dated document gives them
        quotes INTEGER NOT NULL,             -- statements attributed (kind mention, and partial quotes inside
                                             -- the speaker's own statement, within_quote, excluded)
        direct INTEGER NOT NULL, partial INTEGER NOT NULL, indirect INTEGER NOT NULL,
        documents INTEGER NOT NULL,          -- documents quoting the speaker
        mentioned_in INTEGER NOT NULL,       -- documents naming the speaker
        mentions INTEGER NOT NULL,
        first_date TEXT, last_date TEXT,     -- days of the first and last document quoting the speaker
        sentiment_quotes INTEGER NOT NULL, sentiment_mean REAL,
        stance_quotes INTEGER NOT NULL, stance_mean REAL,
        stance_favor INTEGER NOT NULL, stance_against INTEGER NOT NULL, stance_none INTEGER NOT NULL
    );
    CREATE VIEW IF NOT EXISTS speaker_months AS
        SELECT q.speaker_id, substr(d.day, 1, 7) AS month, COUNT(*) AS quotes,
               COUNT(q.sentiment_compound) AS sentiment_quotes, AVG(q.sentiment_compound) AS sentiment_mean,
               COUNT(q.stance_score) AS stance_quotes, AVG(q.stance_score) AS stance_mean
        FROM quotes q JOIN documents d ON d.seq = q.doc
        WHERE q.speaker_id IS NOT NULL AND d.day IS NOT NULL AND q.kind != 'mention' AND q.within_quote IS NULL
        GROUP BY q.speaker_id, month;
    CREATE VIEW IF NOT EXISTS speaker_stance AS
        SELECT speaker_id, stance_target AS target, COUNT(*) AS quotes, AVG(stance_score) AS mean,
               SUM(stance_label = 'favor') AS favor, SUM(stance_label = 'against') AS against,
               SUM(stance_label = 'none') AS none
        FROM quotes WHERE speaker_id IS NOT NULL AND stance_score IS NOT NULL AND within_quote IS NULL
        GROUP BY speaker_id, stance_target;
    """

    /// FTS5's `hashsize` for `quotes_fts`: FTS5 gathers terms in memory and writes a segment each time they
    /// pass it (1 MiB by default), merging segments as they pile up. 16 MiB meant fewer segments to write
    /// and merge, and a quarter less time to index a 40 MB corpus's quotes. (Stored with the index.)
    static let fullTextHashSize = 16 << 20

    /// The full-text index as ``FullTextIndexBuilder`` builds it in its scratch database: the same table
    /// name and column, so its shadow tables (`quotes_fts_data`, `_idx`, `_docsize`) are copied as they
    /// are; contentless, since only the index is wanted.
    static let fullTextScratch = "CREATE VIRTUAL TABLE quotes_fts USING fts5(text, content='')"

    /// The secondary indexes whose keys come in no order (ids, days, speakers). Created when a run's rows
    /// are all written (see ``BatchDatabase/finishRows()``): keeping them up to date row by row made the
    /// writer about twice as slow. The per-document ones are created with the tables (see ``sql``) and
    /// are listed here too for a database begun by an earlier QuoteKit, which created them at the end.
    static let indexes = """
    CREATE INDEX IF NOT EXISTS documents_id ON documents(id);
    CREATE INDEX IF NOT EXISTS documents_day ON documents(day);
    CREATE INDEX IF NOT EXISTS documents_status ON documents(status);
    CREATE INDEX IF NOT EXISTS quotes_doc ON quotes(doc);
    CREATE INDEX IF NOT EXISTS quotes_speaker ON quotes(speaker_id);
    CREATE INDEX IF NOT EXISTS document_speakers_doc ON document_speakers(doc);
    CREATE INDEX IF NOT EXISTS document_speakers_speaker ON document_speakers(speaker_id);
    CREATE INDEX IF NOT EXISTS mentions_doc ON mentions(doc);
    CREATE INDEX IF NOT EXISTS mentions_speaker ON mentions(speaker_id);
    """

    /// Rebuilds the `speakers` aggregates from the per-document tables, in one pass over each table: the
    /// definition ``SpeakerTotals`` follows in memory, used instead of it for a corpus of very many speakers.
    /// The latest dated document's name, kind, role and organisation come from one grouping: each value
    /// is prefixed with a 23-character key that orders documents as "latest" means (dated before undated,
    /// then by day, then by input position), the maximum taken and the key cut off again. (Three window
    /// functions did the same with three sorts: the largest part of the end of a 200 MB run.) `quotes`
    /// is read in table order (NOT INDEXED): in speaker order through the new index every row is a jump.
    static let rebuildSpeakers = """
    DELETE FROM speakers;
    INSERT INTO speakers
    WITH dated AS (
        SELECT ds.speaker_id, ds.name, ds.kind, ds.role, ds.organisation, ds.doc,
               (CASE WHEN d.day IS NULL THEN '00000-00-00' ELSE '1' || d.day END) || printf('%012d', d.seq) AS k
        FROM document_speakers ds JOIN documents d ON d.seq = ds.doc
    ),
    named AS (
        SELECT speaker_id,
               substr(MAX(k || name), 24) AS name, substr(MAX(k || kind), 24) AS kind,
               substr(MAX(CASE WHEN role IS NOT NULL THEN k || role END), 24) AS role,
               substr(MAX(CASE WHEN organisation IS NOT NULL THEN k || organisation END), 24) AS organisation,
               COUNT(DISTINCT doc) AS mentioned_in
        FROM dated GROUP BY speaker_id
    ),
    quoted AS (
        SELECT q.speaker_id, MIN(q.speaker) AS name, COUNT(*) AS quotes,
               SUM(q.kind = 'direct') AS direct, SUM(q.kind = 'partial') AS partial, SUM(q.kind = 'indirect') AS indirect,
               COUNT(DISTINCT q.doc) AS documents, MIN(d.day) AS first_date, MAX(d.day) AS last_date,
               COUNT(q.sentiment_compound) AS sentiment_quotes, AVG(q.sentiment_compound) AS sentiment_mean,
               COUNT(q.stance_score) AS stance_quotes, AVG(q.stance_score) AS stance_mean,
               SUM(q.stance_label = 'favor') AS favor, SUM(q.stance_label = 'against') AS against,
               SUM(q.stance_label = 'none') AS none
        FROM quotes q NOT INDEXED JOIN documents d ON d.seq = q.doc
        WHERE q.speaker_id IS NOT NULL AND q.kind != 'mention' AND q.within_quote IS NULL
        GROUP BY q.speaker_id
    ),
    mentioned AS (SELECT speaker_id, COUNT(*) AS mentions FROM mentions GROUP BY speaker_id),
    ids AS (SELECT speaker_id AS id FROM named UNION SELECT speaker_id FROM quoted)
    SELECT ids.id, COALESCE(n.name, q.name, ids.id), n.kind, n.role, n.organisation,
           COALESCE(q.quotes, 0), COALESCE(q.direct, 0), COALESCE(q.partial, 0), COALESCE(q.indirect, 0),
           COALESCE(q.documents, 0), COALESCE(n.mentioned_in, 0), COALESCE(m.mentions, 0),
           q.first_date, q.last_date,
           COALESCE(q.sentiment_quotes, 0), q.sentiment_mean, COALESCE(q.stance_quotes, 0), q.stance_mean,
           COALESCE(q.favor, 0), COALESCE(q.against, 0), COALESCE(q.none, 0)
    FROM ids LEFT JOIN named n ON n.speaker_id = ids.id LEFT JOIN quoted q ON q.speaker_id = ids.id
    LEFT JOIN mentioned m ON m.speaker_id = ids.id;
    """
}
