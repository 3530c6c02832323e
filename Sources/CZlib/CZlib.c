// The only file that includes zlib.h. Every function is a thin wrapper; policy lives in Swift.
#include "CZlib.h"

#include <stddef.h>
#include <zlib.h>

// qk_gz stays an incomplete type: the handle is zlib's own gzFile, cast at the boundary.

qk_gz *qk_gz_open(const char *path) {
    gzFile f = gzopen(path, "rb");
    if (!f) return NULL;
    // 128 KiB of buffer (zlib's default is 8 KiB): fewer read(2) calls on large corpora.
    gzbuffer(f, 1 << 17);
    return (qk_gz *)f;
}

int64_t qk_gz_read(qk_gz *f, uint8_t *buffer, int32_t capacity) {
    int n = gzread((gzFile)f, buffer, (unsigned)capacity);
    if (n < 0) return -1;
    if (n == 0) {
        // gzread reports a truncated stream as end of file; the error tells the two apart.
        int err = Z_OK;
        gzerror((gzFile)f, &err);
        if (err != Z_OK && err != Z_STREAM_END) return -1;
    }
    return n;
}

const char *qk_gz_error(qk_gz *f) {
    int err = Z_OK;
    const char *message = gzerror((gzFile)f, &err);
    return err == Z_OK ? "" : message;
}

int64_t qk_gz_compressed_offset(qk_gz *f) { return (int64_t)gzoffset((gzFile)f); }
void qk_gz_close(qk_gz *f) { gzclose((gzFile)f); }
