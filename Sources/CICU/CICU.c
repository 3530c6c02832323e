// The only file that includes ICU. Every function is a thin wrapper (with, for word breaking, a UTF-16
// copy of the text and its offset map); policy lives in Swift.
#include "CICU.h"

#include <stdlib.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/utext.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>
#include <unicode/uchar.h>
#include <unicode/uversion.h>

struct qk_break {
    UBreakIterator *bi;
    UText *text;
    // The UTF-16 copy made by qk_break_set_utf8_as_utf16, and where its offsets part from the UTF-8
    // ones: after UTF-16 offset shiftAt[i] (the end of a non-ASCII scalar), the UTF-8 offset is the
    // UTF-16 offset + shiftBy[i], until the next shift. Between shifts the text is ASCII.
    int utf16;
    UChar *units;
    int64_t unitsCapacity;
    int32_t *shiftAt, *shiftBy;
    int64_t shiftCount, shiftCapacity;
    // For qk_break_next: the next shift to pass and the current difference.
    int64_t nextShift;
    int32_t delta;
    // For qk_break_next_run: the UTF-8 offset of the boundary last read.
    int32_t lastBoundary;
};

qk_break *qk_break_open(int32_t kind, const char *locale, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    UBreakIterator *bi = ubrk_open(kind == QK_BREAK_SENTENCE ? UBRK_SENTENCE : UBRK_WORD, locale, NULL, 0, &err);
    if (U_FAILURE(err)) { if (status) *status = err; return NULL; }
    qk_break *it = calloc(1, sizeof(qk_break));
    if (!it) { ubrk_close(bi); if (status) *status = U_MEMORY_ALLOCATION_ERROR; return NULL; }
    it->bi = bi;
    if (status) *status = 0;
    return it;
}

qk_break *qk_break_clone(const qk_break *prototype, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    UBreakIterator *bi = ubrk_clone(prototype->bi, &err);
    if (U_FAILURE(err)) { if (status) *status = err; return NULL; }
    qk_break *it = calloc(1, sizeof(qk_break));
    if (!it) { ubrk_close(bi); if (status) *status = U_MEMORY_ALLOCATION_ERROR; return NULL; }
    it->bi = bi;
    if (status) *status = 0;
    return it;
}

void qk_break_close(qk_break *it) {
    if (!it) return;
    ubrk_close(it->bi);
    if (it->text) utext_close(it->text);
    free(it->units);
    free(it->shiftAt);
    free(it->shiftBy);
    free(it);
}

int32_t qk_break_set_utf8(qk_break *it, const uint8_t *text, int64_t length) {
    UErrorCode err = U_ZERO_ERROR;
    // utext_openUTF8 reuses the UText when one is passed in, so no allocation per document.
    it->text = utext_openUTF8(it->text, (const char *)text, length, &err);
    if (U_FAILURE(err)) return err;
    ubrk_setUText(it->bi, it->text, &err);
    if (U_FAILURE(err)) return err;
    it->utf16 = 0;
    it->lastBoundary = 0;
    return 0;
}

// Notes that UTF-16 offset `at` is UTF-8 offset at + by. 0 or -1 when out of memory.
static int add_shift(qk_break *it, int64_t at, int64_t by) {
    if (it->shiftCount == it->shiftCapacity) {
        int64_t capacity = it->shiftCapacity ? it->shiftCapacity * 2 : 256;
        int32_t *a = realloc(it->shiftAt, sizeof(int32_t) * capacity);
        if (!a) return -1;
        it->shiftAt = a;
        int32_t *b = realloc(it->shiftBy, sizeof(int32_t) * capacity);
        if (!b) return -1;
        it->shiftBy = b;
        it->shiftCapacity = capacity;
    }
    it->shiftAt[it->shiftCount] = (int32_t)at;
    it->shiftBy[it->shiftCount] = (int32_t)by;
    it->shiftCount++;
    return 0;
}

// Converts well-formed UTF-8 into it->units, noting the shifts. The number of units, or -1 when the
// text is not well-formed UTF-8 (or memory runs out).
static int64_t to_utf16(qk_break *it, const uint8_t *s, int64_t n) {
    if (it->unitsCapacity < n + 1) {
        UChar *u = realloc(it->units, sizeof(UChar) * (n + 1));
        if (!u) return -1;
        it->units = u;
        it->unitsCapacity = n + 1;
    }
    UChar *u = it->units;
    int64_t i = 0, k = 0;
    it->shiftCount = 0;
    while (i < n) {
        uint64_t word;
        if (i + 8 <= n && (memcpy(&word, s + i, 8), (word & 0x8080808080808080ULL) == 0)) {
            for (int j = 0; j < 8; j++) u[k + j] = s[i + j];
            i += 8; k += 8;
            continue;
        }
        uint8_t c = s[i];
        if (c < 0x80) { u[k++] = c; i++; continue; }
        uint32_t cp;
        int length;
        if (c >= 0xC2 && c <= 0xDF) { cp = c & 0x1F; length = 2; }
        else if (c >= 0xE0 && c <= 0xEF) { cp = c & 0x0F; length = 3; }
        else if (c >= 0xF0 && c <= 0xF4) { cp = c & 0x07; length = 4; }
        else return -1;
        if (i + length > n) return -1;
        for (int j = 1; j < length; j++) {
            if ((s[i + j] & 0xC0) != 0x80) return -1;
            cp = (cp << 6) | (s[i + j] & 0x3F);
        }
        if ((length == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) || (length == 4 && (cp < 0x10000 || cp > 0x10FFFF)))
            return -1;
        if (cp >= 0x10000) {
            u[k++] = (UChar)(0xD7C0 + (cp >> 10));
            u[k++] = (UChar)(0xDC00 | (cp & 0x3FF));
        } else {
            u[k++] = (UChar)cp;
        }
        i += length;
        if (add_shift(it, k, i - k) != 0) return -1;
    }
    return k;
}

int32_t qk_break_set_utf8_as_utf16(qk_break *it, const uint8_t *text, int64_t length) {
    int64_t units = length <= INT32_MAX ? to_utf16(it, text, length) : -1;
    if (units < 0) return qk_break_set_utf8(it, text, length);
    UErrorCode err = U_ZERO_ERROR;
    ubrk_setText(it->bi, it->units, (int32_t)units, &err);
    if (U_FAILURE(err)) return qk_break_set_utf8(it, text, length);
    it->utf16 = 1;
    it->nextShift = 0;
    it->delta = 0;
    it->lastBoundary = 0;
    return 0;
}

int32_t qk_break_next(qk_break *it) {
    int32_t b = ubrk_next(it->bi);
    if (b == UBRK_DONE) return -1;
    if (it->utf16) {
        // Boundaries come in increasing order: pass the shifts up to this one.
        while (it->nextShift < it->shiftCount && it->shiftAt[it->nextShift] <= b) {
            it->delta = it->shiftBy[it->nextShift];
            it->nextShift++;
        }
        b += it->delta;
    }
    return b;
}

int32_t qk_break_next_run(qk_break *it, const uint8_t *text, int32_t *ends, int32_t *statuses, int32_t capacity) {
    int32_t n = 0;
    int32_t start = it->lastBoundary;
    while (n < capacity) {
        int32_t b = qk_break_next(it);
        if (b < 0) break;
        uint8_t c = text[start];
        ends[n] = b;
        statuses[n] = c == 0x20 || (c >= 0x09 && c <= 0x0D) ? 0 : ubrk_getRuleStatus(it->bi);
        start = b;
        n++;
    }
    it->lastBoundary = start;
    return n;
}

int32_t qk_break_following(qk_break *it, int32_t offset) {
    if (it->utf16) return -1;
    int32_t b = ubrk_following(it->bi, offset);
    return b == UBRK_DONE ? -1 : b;
}

// The UTF-16 offset of UTF-8 offset `offset` (at a scalar boundary) in the iterator's UTF-16 copy,
// and in *passed the number of shifts at or before it.
static int64_t utf16_offset(const qk_break *it, int32_t offset, int64_t *passed) {
    int64_t lo = 0, hi = it->shiftCount;
    while (lo < hi) {  // the first shift whose UTF-8 offset lies after `offset`
        int64_t mid = (lo + hi) / 2;
        if ((int64_t)it->shiftAt[mid] + it->shiftBy[mid] <= offset) lo = mid + 1; else hi = mid;
    }
    *passed = lo;
    return offset - (lo > 0 ? it->shiftBy[lo - 1] : 0);
}

int32_t qk_break_following_in_copy(qk_break *it, const qk_break *source, int32_t start, int32_t end, int32_t offset) {
    if (!source->utf16) return -2;
    int64_t shift;
    int64_t start16 = utf16_offset(source, start, &shift);
    int64_t unused;
    int64_t end16 = utf16_offset(source, end, &unused);
    int64_t offset16 = utf16_offset(source, offset, &unused);
    UErrorCode err = U_ZERO_ERROR;
    ubrk_setText(it->bi, source->units + start16, (int32_t)(end16 - start16), &err);
    if (U_FAILURE(err)) return -2;
    it->utf16 = 0;  // this iterator's own copy, if any, is no longer the text
    // Forward from the window's start rather than ubrk_following: the same boundary (ICU's safe-point
    // rules guarantee it), without following's backward pass over the window.
    int32_t target = (int32_t)(offset16 - start16), b = 0;
    while (b != UBRK_DONE && b <= target) b = ubrk_next(it->bi);
    if (b == UBRK_DONE) return -1;
    int64_t b16 = start16 + b;
    while (shift < source->shiftCount && source->shiftAt[shift] <= b16) shift++;
    return (int32_t)(b16 + (shift > 0 ? source->shiftBy[shift - 1] : 0));
}

int32_t qk_break_rule_status(const qk_break *it) {
    return ubrk_getRuleStatus(it->bi);
}

int32_t qk_normalize_utf8(int32_t form, const uint8_t *src, int32_t length, uint8_t *dest, int32_t capacity) {
    UErrorCode err = U_ZERO_ERROR;
    UChar stackIn[256], stackOut[512];
    UChar *in = stackIn, *out = stackOut;
    int32_t inCap = 256, outCap = 512, inLen = 0, outLen = 0, result = -1;

    u_strFromUTF8WithSub(in, inCap, &inLen, (const char *)src, length, 0xFFFD, NULL, &err);
    if (err == U_BUFFER_OVERFLOW_ERROR) {
        err = U_ZERO_ERROR;
        inCap = inLen + 1;
        in = malloc(sizeof(UChar) * inCap);
        if (!in) return -1;
        u_strFromUTF8WithSub(in, inCap, &inLen, (const char *)src, length, 0xFFFD, NULL, &err);
    }
    if (U_FAILURE(err)) goto done;

    if (form == QK_CASEFOLD) {
        outLen = u_strFoldCase(out, outCap, in, inLen, U_FOLD_CASE_DEFAULT, &err);
        if (err == U_BUFFER_OVERFLOW_ERROR) {
            err = U_ZERO_ERROR; outCap = outLen + 1; out = malloc(sizeof(UChar) * outCap);
            if (!out) goto done;
            outLen = u_strFoldCase(out, outCap, in, inLen, U_FOLD_CASE_DEFAULT, &err);
        }
    } else {
        const UNormalizer2 *n2 = form == QK_NFC ? unorm2_getNFCInstance(&err)
                               : form == QK_NFKC ? unorm2_getNFKCInstance(&err)
                               : unorm2_getNFKCCasefoldInstance(&err);
        if (U_FAILURE(err)) goto done;
        outLen = unorm2_normalize(n2, in, inLen, out, outCap, &err);
        if (err == U_BUFFER_OVERFLOW_ERROR) {
            err = U_ZERO_ERROR; outCap = outLen + 1; out = malloc(sizeof(UChar) * outCap);
            if (!out) goto done;
            outLen = unorm2_normalize(n2, in, inLen, out, outCap, &err);
        }
    }
    if (U_FAILURE(err)) goto done;

    {
        int32_t utf8Len = 0;
        UErrorCode e2 = U_ZERO_ERROR;
        u_strToUTF8WithSub((char *)dest, capacity, &utf8Len, out, outLen, 0xFFFD, NULL, &e2);
        if (e2 == U_BUFFER_OVERFLOW_ERROR || e2 == U_STRING_NOT_TERMINATED_WARNING || U_SUCCESS(e2)) result = utf8Len;
    }
done:
    if (in != stackIn) free(in);
    if (out != stackOut) free(out);
    return result;
}

int32_t qk_display_width(uint32_t c) {
    int8_t type = u_charType((UChar32)c);
    if (type == U_NON_SPACING_MARK || type == U_ENCLOSING_MARK || type == U_FORMAT_CHAR) return 0;
    int32_t width = u_getIntPropertyValue((UChar32)c, UCHAR_EAST_ASIAN_WIDTH);
    return (width == U_EA_WIDE || width == U_EA_FULLWIDTH) ? 2 : 1;
}

const char *qk_icu_version(void) {
    static char buffer[U_MAX_VERSION_STRING_LENGTH];
    UVersionInfo v;
    u_getVersion(v);
    u_versionToString(v, buffer);
    return buffer;
}
