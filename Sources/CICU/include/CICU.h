// CICU — a plain-C facade over the system ICU (libicu 72).
//
// Why: Swift code that sees ICU's own headers and Foundation's bundled ICU (_FoundationICU) in one compile fails
// with "'UErrorCode' has different definitions in different modules". This header therefore exposes only plain C
// types and opaque handles; cicu.c alone includes <unicode/...>.
//
// Strings cross the boundary as UTF-8 bytes; offsets are UTF-8 byte offsets.
// Status: 0 means success; a negative value means "buffer too small" (the return value is then the needed size);
// a positive value is ICU's UErrorCode.
#ifndef CICU_H
#define CICU_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Unicode normalisation forms offered by cicu_normalize_utf8.
typedef enum {
    CICU_NFC = 0,
    CICU_NFD = 1,
    CICU_NFKC = 2,
    CICU_NFKC_CASEFOLD = 3
} cicu_form;

/// Normalises UTF-8 `src` into `dst` (capacity `dst_cap` bytes). Returns the length of the result in bytes.
/// When the result does not fit, nothing useful is in `dst`, `*status` is -1 and the return value is the size needed.
int32_t cicu_normalize_utf8(cicu_form form, const char *src, int32_t src_len, char *dst, int32_t dst_cap,
                            int32_t *status);

/// Returns 1 if UTF-8 `src` is already in the given form (quick check says "yes"), 0 otherwise.
int32_t cicu_is_normalized_utf8(cicu_form form, const char *src, int32_t src_len, int32_t *status);

/// Full Unicode case folding of UTF-8 `src` into `dst`; same size contract as cicu_normalize_utf8.
int32_t cicu_fold_case_utf8(const char *src, int32_t src_len, char *dst, int32_t dst_cap, int32_t *status);

/// An ICU sentence break iterator. Not thread-safe: use one per thread or guard it.
typedef struct cicu_sentence_breaker cicu_sentence_breaker;

/// Opens a sentence break iterator for `locale` (e.g. "fr@ss=standard"). Returns NULL and sets *status on failure.
cicu_sentence_breaker *cicu_sentence_breaker_open(const char *locale, int32_t *status);

/// Closes a break iterator from cicu_sentence_breaker_open.
void cicu_sentence_breaker_close(cicu_sentence_breaker *breaker);

/// Writes the UTF-8 byte offsets of the sentence boundaries of `text` (excluding 0, including `text_len`) into
/// `boundaries`. `text` must be valid UTF-8 (Swift strings always are); it is not checked. Returns their number; when more than `cap` exist, *status is -1 and the return value is the count
/// needed.
int32_t cicu_sentence_breaks_utf8(cicu_sentence_breaker *breaker, const char *text, int32_t text_len,
                                  int32_t *boundaries, int32_t cap, int32_t *status);

#ifdef __cplusplus
}
#endif

#endif
