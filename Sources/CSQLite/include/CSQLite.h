// Thin C layer over the system SQLite (libsqlite3). Only stdint types and opaque handles cross this
// boundary, like CICU: Swift never sees sqlite3.h, so no module map of the toolchain can clash with it.
#ifndef CSQLITE_H
#define CSQLITE_H

#include <stdint.h>

/// An open database connection (opaque).
typedef struct qk_db qk_db;
/// A prepared statement (opaque).
typedef struct qk_stmt qk_stmt;

/// Result codes passed through from SQLite (SQLITE_OK, SQLITE_ROW, SQLITE_DONE).
enum { QK_SQL_OK = 0, QK_SQL_ROW = 100, QK_SQL_DONE = 101 };
/// Column types (SQLITE_INTEGER ... SQLITE_NULL).
enum { QK_SQL_INTEGER = 1, QK_SQL_FLOAT = 2, QK_SQL_TEXT = 3, QK_SQL_BLOB = 4, QK_SQL_NULL = 5 };

/// Opens (creating when `readonly` is 0) the database at `path`. Returns a result code; on failure
/// *out may still hold a handle to read the message from, which must be closed.
int32_t qk_db_open(const char *path, int32_t readonly, qk_db **out);
/// Closes the connection (finalize every statement first). Returns a result code.
int32_t qk_db_close(qk_db *db);
/// The message of the connection's last error (UTF-8, owned by SQLite).
const char *qk_db_errmsg(qk_db *db);
/// Runs one or more SQL statements that return no rows. Returns a result code.
int32_t qk_db_exec(qk_db *db, const char *sql);
/// Waits up to `milliseconds` for a lock held by another connection.
int32_t qk_db_busy_timeout(qk_db *db, int32_t milliseconds);
/// The rowid of the last row inserted on this connection.
int64_t qk_db_last_insert_rowid(qk_db *db);
/// The SQLite library version, e.g. "3.40.1".
const char *qk_sqlite_version(void);

/// Prepares one statement. Returns a result code; *out is NULL on failure.
int32_t qk_stmt_prepare(qk_db *db, const char *sql, qk_stmt **out);
/// Binds a 64-bit integer to parameter `index` (1-based).
int32_t qk_stmt_bind_int64(qk_stmt *stmt, int32_t index, int64_t value);
/// Binds a double.
int32_t qk_stmt_bind_double(qk_stmt *stmt, int32_t index, double value);
/// Binds UTF-8 text of `length` bytes (copied; a NULL pointer binds the empty string, not NULL).
int32_t qk_stmt_bind_text(qk_stmt *stmt, int32_t index, const uint8_t *text, int64_t length);
/// Binds UTF-8 text of `length` bytes without copying it: the bytes must stay where they are, unchanged,
/// until the statement has run and been reset.
int32_t qk_stmt_bind_text_in_place(qk_stmt *stmt, int32_t index, const uint8_t *text, int64_t length);
/// Binds NULL.
int32_t qk_stmt_bind_null(qk_stmt *stmt, int32_t index);
/// Runs the statement one step: QK_SQL_ROW, QK_SQL_DONE or an error code.
int32_t qk_stmt_step(qk_stmt *stmt);
/// Resets the statement and clears its bindings, ready to run again.
int32_t qk_stmt_reset(qk_stmt *stmt);
/// Resets the statement to run again, keeping its bindings (for a statement whose every parameter is
/// bound before each run).
int32_t qk_stmt_rewind(qk_stmt *stmt);
/// Releases the statement.
int32_t qk_stmt_finalize(qk_stmt *stmt);
/// The number of columns in a result row.
int32_t qk_stmt_column_count(qk_stmt *stmt);
/// The type of column `index` (0-based) in the current row.
int32_t qk_stmt_column_type(qk_stmt *stmt, int32_t index);
/// Column `index` as a 64-bit integer.
int64_t qk_stmt_column_int64(qk_stmt *stmt, int32_t index);
/// Column `index` as a double.
double qk_stmt_column_double(qk_stmt *stmt, int32_t index);
/// Column `index` as UTF-8 text (valid until the next step, reset or finalize); its byte length in
/// *length. NULL for a NULL value.
const uint8_t *qk_stmt_column_text(qk_stmt *stmt, int32_t index, int32_t *length);

#endif
