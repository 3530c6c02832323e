// Thin C layer over the system ICU. Only stdint types and opaque handles cross this boundary, so the
// ICU headers never meet Foundation's bundled ICU in a Swift module.
#ifndef CICU_H
#define CICU_H

#include <stdint.h>

/// An ICU break iterator bound to UTF-8 text (opaque).
typedef struct qk_break qk_break;

/// Break iterator kinds.
enum { QK_BREAK_WORD = 0, QK_BREAK_SENTENCE = 1 };

/// Opens a break iterator of `kind` for `locale` (e.g. "en", "en@ss=standard"). NULL on failure, with
/// the ICU error code in *status.
qk_break *qk_break_open(int32_t kind, const char *locale, int32_t *status);
/// A cheap copy of `prototype` with no text set. NULL on failure.
qk_break *qk_break_clone(const qk_break *prototype, int32_t *status);
/// Releases the iterator.
void qk_break_close(qk_break *iterator);
/// Sets UTF-8 text (not copied: it must outlive the iterator's use). Returns 0 or an ICU error code.
int32_t qk_break_set_utf8(qk_break *iterator, const uint8_t *text, int64_t length);
/// Sets UTF-8 text as a UTF-16 copy held by the iterator (ICU's own encoding: iterating every boundary
/// is faster than through UText's UTF-8 access, even with the copy). Boundaries are still UTF-8 offsets,
/// but only qk_break_next works on such text (qk_break_following returns -1). Text that is not
/// well-formed UTF-8 is set as by qk_break_set_utf8. Returns 0 or an ICU error code.
int32_t qk_break_set_utf8_as_utf16(qk_break *iterator, const uint8_t *text, int64_t length);
/// The next boundary as a UTF-8 byte offset, or -1 at the end.
int32_t qk_break_next(qk_break *iterator);
/// Reads up to `capacity` next boundaries into `ends` (UTF-8 offsets) with their rule statuses in
/// `statuses` (as qk_break_rule_status gives them, except 0 without asking ICU for a segment that
/// starts with ASCII white space, to which ICU's word rules give none). Returns how many were read:
/// fewer than `capacity` only at the end. One call per run of boundaries instead of two per boundary.
int32_t qk_break_next_run(qk_break *iterator, const uint8_t *text, int32_t *ends, int32_t *statuses, int32_t capacity);
/// The first boundary after UTF-8 offset `offset`, or -1 at the end (and always after
/// qk_break_set_utf8_as_utf16). Only the text near `offset` is read.
int32_t qk_break_following(qk_break *iterator, int32_t offset);
/// Like qk_break_following on the UTF-8 window `start..<end` (offsets at scalar boundaries; `offset`
/// inside), but read from the UTF-16 copy that `source` holds (set by qk_break_set_utf8_as_utf16 on
/// the same text): ICU's boundaries do not depend on the encoding, and it reads UTF-16 natively. The
/// boundary is a UTF-8 offset into the whole text, or -1 at the window's end; -2 when `source` holds no
/// UTF-16 copy (the caller then sets the UTF-8 window with qk_break_set_utf8).
int32_t qk_break_following_in_copy(qk_break *iterator, const qk_break *source, int32_t start, int32_t end,
                                   int32_t offset);
/// The rule status of the boundary last returned (word kinds: 0 none, 100 number, 200 letter, 300 kana,
/// 400 ideographic).
int32_t qk_break_rule_status(const qk_break *iterator);

/// Normalisation forms.
enum { QK_NFC = 0, QK_NFKC = 1, QK_NFKC_CASEFOLD = 2, QK_CASEFOLD = 3 };

/// Normalises UTF-8 `src` into `dest` (capacity `capacity` bytes). Returns the UTF-8 length of the
/// result (which may exceed `capacity`: call again with a larger buffer), or -1 on error.
int32_t qk_normalize_utf8(int32_t form, const uint8_t *src, int32_t length, uint8_t *dest, int32_t capacity);

/// The columns a terminal gives code point `c`: 2 for East Asian wide and fullwidth characters (漢字,
/// かな), 0 for combining marks, 1 otherwise (ICU's East_Asian_Width and general category).
int32_t qk_display_width(uint32_t c);

/// The ICU version string, e.g. "72.1".
const char *qk_icu_version(void);

#endif
