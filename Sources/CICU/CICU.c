// The only file that includes ICU. Every function is a thin wrapper; policy lives in Swift.
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
    free(it);
}

int32_t qk_break_set_utf8(qk_break *it, const uint8_t *text, int64_t length) {
    UErrorCode err = U_ZERO_ERROR;
    // utext_openUTF8 reuses the UText when one is passed in, so no allocation per document.
    it->text = utext_openUTF8(it->text, (const char *)text, length, &err);
    if (U_FAILURE(err)) return err;
    ubrk_setUText(it->bi, it->text, &err);
    if (U_FAILURE(err)) return err;
    return 0;
}

int32_t qk_break_next(qk_break *it) {
    int32_t b = ubrk_next(it->bi);
    return b == UBRK_DONE ? -1 : b;
}

int32_t qk_break_following(qk_break *it, int32_t offset) {
    int32_t b = ubrk_following(it->bi, offset);
    return b == UBRK_DONE ? -1 : b;
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

const char *qk_icu_version(void) {
    static char buffer[U_MAX_VERSION_STRING_LENGTH];
    UVersionInfo v;
    u_getVersion(v);
    u_versionToString(v, buffer);
    return buffer;
}
