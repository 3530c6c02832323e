// Thin C layer over the system zlib, for reading gzip files. Only stdint types and an opaque handle
// cross this boundary.
#ifndef CZLIB_H
#define CZLIB_H

#include <stdint.h>

/// A gzip file open for reading (opaque). Plain (uncompressed) files read through unchanged.
typedef struct qk_gz qk_gz;

/// Opens `path` for reading. NULL when the file cannot be opened.
qk_gz *qk_gz_open(const char *path);
/// Reads up to `capacity` decompressed bytes into `buffer`. Returns the count, 0 at the end, -1 on a
/// data error (read the message with qk_gz_error).
int64_t qk_gz_read(qk_gz *file, uint8_t *buffer, int32_t capacity);
/// The message of the last error, or "" when there was none.
const char *qk_gz_error(qk_gz *file);
/// How many compressed bytes have been consumed so far (for progress).
int64_t qk_gz_compressed_offset(qk_gz *file);
/// Closes the file.
void qk_gz_close(qk_gz *file);

#endif
