// The only file that includes sqlite3.h. Every function is a thin wrapper; policy lives in Swift.
#include "CSQLite.h"

#include <stddef.h>
#include <sqlite3.h>

// qk_db and qk_stmt stay incomplete types: the handles are SQLite's own pointers, cast at the boundary.

int32_t qk_db_open(const char *path, int32_t readonly, qk_db **out) {
    sqlite3 *db = NULL;
    int flags = readonly ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    int rc = sqlite3_open_v2(path, &db, flags | SQLITE_OPEN_NOMUTEX, NULL);
    *out = (qk_db *)db;
    return rc;
}

int32_t qk_db_close(qk_db *db) { return sqlite3_close((sqlite3 *)db); }
const char *qk_db_errmsg(qk_db *db) { return sqlite3_errmsg((sqlite3 *)db); }
int32_t qk_db_exec(qk_db *db, const char *sql) { return sqlite3_exec((sqlite3 *)db, sql, NULL, NULL, NULL); }
int32_t qk_db_busy_timeout(qk_db *db, int32_t ms) { return sqlite3_busy_timeout((sqlite3 *)db, ms); }
int64_t qk_db_last_insert_rowid(qk_db *db) { return sqlite3_last_insert_rowid((sqlite3 *)db); }
const char *qk_sqlite_version(void) { return sqlite3_libversion(); }

int32_t qk_stmt_prepare(qk_db *db, const char *sql, qk_stmt **out) {
    sqlite3_stmt *stmt = NULL;
    int rc = sqlite3_prepare_v2((sqlite3 *)db, sql, -1, &stmt, NULL);
    *out = (qk_stmt *)stmt;
    return rc;
}

int32_t qk_stmt_bind_int64(qk_stmt *s, int32_t i, int64_t v) { return sqlite3_bind_int64((sqlite3_stmt *)s, i, v); }
int32_t qk_stmt_bind_double(qk_stmt *s, int32_t i, double v) { return sqlite3_bind_double((sqlite3_stmt *)s, i, v); }
int32_t qk_stmt_bind_null(qk_stmt *s, int32_t i) { return sqlite3_bind_null((sqlite3_stmt *)s, i); }

int32_t qk_stmt_bind_text(qk_stmt *s, int32_t i, const uint8_t *text, int64_t length) {
    // Swift hands a NULL base address for an empty string; SQLite would store that as NULL.
    if (!text) { text = (const uint8_t *)""; length = 0; }
    return sqlite3_bind_text64((sqlite3_stmt *)s, i, (const char *)text, (sqlite3_uint64)length, SQLITE_TRANSIENT, SQLITE_UTF8);
}

int32_t qk_stmt_bind_text_in_place(qk_stmt *s, int32_t i, const uint8_t *text, int64_t length) {
    if (!text) { text = (const uint8_t *)""; length = 0; }
    return sqlite3_bind_text64((sqlite3_stmt *)s, i, (const char *)text, (sqlite3_uint64)length, SQLITE_STATIC, SQLITE_UTF8);
}

int32_t qk_stmt_step(qk_stmt *s) { return sqlite3_step((sqlite3_stmt *)s); }

int32_t qk_stmt_reset(qk_stmt *s) {
    sqlite3_clear_bindings((sqlite3_stmt *)s);
    return sqlite3_reset((sqlite3_stmt *)s);
}

int32_t qk_stmt_rewind(qk_stmt *s) { return sqlite3_reset((sqlite3_stmt *)s); }

int32_t qk_stmt_finalize(qk_stmt *s) { return sqlite3_finalize((sqlite3_stmt *)s); }
int32_t qk_stmt_column_count(qk_stmt *s) { return sqlite3_column_count((sqlite3_stmt *)s); }
int32_t qk_stmt_column_type(qk_stmt *s, int32_t i) { return sqlite3_column_type((sqlite3_stmt *)s, i); }
int64_t qk_stmt_column_int64(qk_stmt *s, int32_t i) { return sqlite3_column_int64((sqlite3_stmt *)s, i); }
double qk_stmt_column_double(qk_stmt *s, int32_t i) { return sqlite3_column_double((sqlite3_stmt *)s, i); }

const uint8_t *qk_stmt_column_text(qk_stmt *s, int32_t i, int32_t *length) {
    const unsigned char *text = sqlite3_column_text((sqlite3_stmt *)s, i);
    *length = sqlite3_column_bytes((sqlite3_stmt *)s, i);
    return text;
}
