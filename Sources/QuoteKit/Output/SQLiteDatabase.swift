import CSQLite

/// One connection to an SQLite database (the system libsqlite3, through the CSQLite C target). Not
/// thread-safe: use it from one thread at a time.
final class SQLiteDatabase {
    let handle: OpaquePointer
    /// The database file.
    let path: String

    /// Opens `path`, creating it unless `readOnly`.
    init(path: String, readOnly: Bool = false) throws {
        self.path = path
        var db: OpaquePointer?
        let rc = qk_db_open(path, readOnly ? 1 : 0, &db)
        guard rc == QK_SQL_OK, let db else {
            let message = db.map { String(cString: qk_db_errmsg($0)) } ?? "out of memory"
            if let db { qk_db_close(db) }
            throw SQLiteError(path: path, code: rc, message: message, sql: nil)
        }
        handle = db
        // Another process (a reader, a test) may hold the database briefly: wait rather than fail.
        qk_db_busy_timeout(handle, 5000)
    }

    deinit { qk_db_close(handle) }

    /// Runs SQL that returns no rows (one or more statements).
    func execute(_ sql: String) throws {
        let rc = qk_db_exec(handle, sql)
        guard rc == QK_SQL_OK else { throw error(rc, sql: sql) }
    }

    /// A prepared statement for `sql`.
    func prepare(_ sql: String) throws -> SQLiteStatement {
        var stmt: OpaquePointer?
        let rc = qk_stmt_prepare(handle, sql, &stmt)
        guard rc == QK_SQL_OK, let stmt else { throw error(rc, sql: sql) }
        return SQLiteStatement(database: self, handle: stmt, sql: sql)
    }

    /// The first column of the first row of `sql`, as an integer (nil when there is no row or it is NULL).
    func integer(_ sql: String) throws -> Int? {
        let s = try prepare(sql)
        return try s.step() ? s.int(0) : nil
    }

    /// The rowid of the last row inserted.
    var lastInsertRowID: Int { Int(qk_db_last_insert_rowid(handle)) }

    func error(_ code: Int32, sql: String?) -> SQLiteError {
        SQLiteError(path: path, code: code, message: String(cString: qk_db_errmsg(handle)), sql: sql)
    }

    /// The SQLite library's version.
    static var version: String { String(cString: qk_sqlite_version()) }
}

/// A prepared statement: bind parameters (1-based), step through rows, read columns (0-based).
final class SQLiteStatement {
    private let database: SQLiteDatabase
    private let handle: OpaquePointer
    private let sql: String

    init(database: SQLiteDatabase, handle: OpaquePointer, sql: String) {
        self.database = database
        self.handle = handle
        self.sql = sql
    }

    deinit { qk_stmt_finalize(handle) }

    /// Binds an integer, or NULL.
    func bind(_ index: Int32, _ value: Int?) {
        if let value { qk_stmt_bind_int64(handle, index, Int64(value)) } else { qk_stmt_bind_null(handle, index) }
    }

    /// Binds a double, or NULL.
    func bind(_ index: Int32, _ value: Double?) {
        if let value, value.isFinite { qk_stmt_bind_double(handle, index, value) } else { qk_stmt_bind_null(handle, index) }
    }

    /// Binds text, or NULL.
    func bind(_ index: Int32, _ value: String?) {
        guard var value else { qk_stmt_bind_null(handle, index); return }
        _ = value.withUTF8 { qk_stmt_bind_text(handle, index, $0.baseAddress, Int64($0.count)) }
    }

    /// Binds text given as UTF-8 bytes, or NULL.
    func bind(_ index: Int32, utf8 value: [UInt8]?) {
        guard let value else { qk_stmt_bind_null(handle, index); return }
        _ = value.withUnsafeBufferPointer { qk_stmt_bind_text(handle, index, $0.baseAddress, Int64($0.count)) }
    }

    /// Binds text given as UTF-8 bytes in memory the caller keeps alive during the call (copied).
    func bind(_ index: Int32, utf8 value: UnsafeBufferPointer<UInt8>) {
        qk_stmt_bind_text(handle, index, value.baseAddress, Int64(value.count))
    }

    /// Binds text without copying it: the bytes must stay in place, unchanged, until the statement has run
    /// (``SQLiteRowText`` keeps them so).
    func bind(_ index: Int32, inPlace value: UnsafeBufferPointer<UInt8>) {
        qk_stmt_bind_text_in_place(handle, index, value.baseAddress, Int64(value.count))
    }

    /// Runs a statement that returns no rows, then resets it for the next use. Its bindings stay: bind
    /// every parameter before each run (the row inserts do; a NULL is bound as NULL, never left out).
    func run() throws {
        let rc = qk_stmt_step(handle)
        qk_stmt_rewind(handle)
        guard rc == QK_SQL_DONE || rc == QK_SQL_ROW else { throw database.error(rc, sql: sql) }
    }

    /// Advances to the next row: true when there is one, false at the end.
    func step() throws -> Bool {
        let rc = qk_stmt_step(handle)
        if rc == QK_SQL_ROW { return true }
        if rc == QK_SQL_DONE { return false }
        throw database.error(rc, sql: sql)
    }

    /// Resets the statement (and its bindings) to run again.
    func reset() { qk_stmt_reset(handle) }

    /// Whether column `index` of the current row is NULL.
    func isNull(_ index: Int32) -> Bool { qk_stmt_column_type(handle, index) == QK_SQL_NULL }
    /// Column `index` as an integer (nil for NULL).
    func int(_ index: Int32) -> Int? { isNull(index) ? nil : Int(qk_stmt_column_int64(handle, index)) }
    /// Column `index` as a double (nil for NULL).
    func double(_ index: Int32) -> Double? { isNull(index) ? nil : qk_stmt_column_double(handle, index) }
    /// Column `index` as text (nil for NULL).
    func string(_ index: Int32) -> String? {
        var length: Int32 = 0
        guard let p = qk_stmt_column_text(handle, index, &length) else { return nil }
        return String(decoding: UnsafeBufferPointer(start: p, count: Int(length)), as: UTF8.self)
    }
    /// Appends column `index` as UTF-8 text to `out` (nothing for NULL), without making a `String`.
    func appendText(_ index: Int32, to out: inout [UInt8]) {
        var length: Int32 = 0
        guard let p = qk_stmt_column_text(handle, index, &length) else { return }
        out.append(contentsOf: UnsafeBufferPointer(start: p, count: Int(length)))
    }
}

/// An error from SQLite, naming the database file and the statement.
struct SQLiteError: Error, CustomStringConvertible {
    /// The database file.
    let path: String
    /// SQLite's result code.
    let code: Int32
    /// SQLite's message.
    let message: String
    /// The statement that failed, if one did.
    let sql: String?

    var description: String {
        let statement = sql.map { ": in \($0.prefix(80))" } ?? ""
        return "\(path): SQLite error \(code): \(message)\(statement)"
    }
}
