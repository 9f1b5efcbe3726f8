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

/// Unicode sentence-break classes (UAX #29) that decide where ICU's sentence rules may end a sentence, as ICU's
/// own property data gives them. Everything else is CICU_SB_OTHER.
typedef enum {
    CICU_SB_OTHER = 0,
    /// STerm or ATerm: `.` `?` `!` and their counterparts in other scripts.
    CICU_SB_TERMINATOR = 1,
    /// Close: quotation marks, brackets and parentheses (opening ones too).
    CICU_SB_CLOSE = 2,
    /// Sp: spaces other than line and paragraph separators.
    CICU_SB_SPACE = 3,
    /// Sep, CR, LF: paragraph separators.
    CICU_SB_SEPARATOR = 4,
    /// Extend or Format: marks that belong to the character before them.
    CICU_SB_IGNORED = 5,
    /// SContinue: `,` `-` `:` and their counterparts, after which a terminator never ends a sentence.
    CICU_SB_CONTINUATION = 6,
    /// Numeric.
    CICU_SB_NUMERIC = 7
} cicu_sentence_class;

/// The sentence-break class of Unicode scalar `c`.
cicu_sentence_class cicu_sentence_break_class(uint32_t c);

/// A frozen ICU UnicodeSet: immutable, so safe to share between threads.
typedef struct cicu_char_set cicu_char_set;

/// Opens a set from an ICU pattern in UTF-8 (e.g. "[[:Sentence_Break=STerm:]-[.?!]]"). Returns NULL and sets
/// *status on failure.
cicu_char_set *cicu_char_set_open(const char *pattern, int32_t *status);

/// Closes a set from cicu_char_set_open.
void cicu_char_set_close(cicu_char_set *set);

/// Returns 1 when Unicode scalar `c` is a member of `set`, 0 otherwise (a bit-table look-up in the BMP).
int32_t cicu_char_set_contains(const cicu_char_set *set, uint32_t c);

#ifdef __cplusplus
}
#endif

#endif
