// Licensed under the Apache License, Version 2.0. See CICU.h for why this facade exists.
#include "CICU.h"

#include <stdlib.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/uset.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>

struct cicu_sentence_breaker {
    UBreakIterator *iterator;
    UChar *units;      // UTF-16 copy of the text being broken, reused from call to call
    int32_t capacity;  // in UChars
};

static const UNormalizer2 *normalizer_for(cicu_form form, UErrorCode *err) {
    switch (form) {
    case CICU_NFC: return unorm2_getNFCInstance(err);
    case CICU_NFD: return unorm2_getNFDInstance(err);
    case CICU_NFKC: return unorm2_getNFKCInstance(err);
    case CICU_NFKC_CASEFOLD: return unorm2_getNFKCCasefoldInstance(err);
    }
    *err = U_ILLEGAL_ARGUMENT_ERROR;
    return NULL;
}

/// UTF-8 → freshly allocated UTF-16. Returns NULL on failure (status set).
static UChar *to_utf16(const char *src, int32_t src_len, int32_t *out_len, UErrorCode *err) {
    int32_t cap = src_len + 1; // UTF-16 units never exceed UTF-8 bytes.
    UChar *buffer = (UChar *)malloc(sizeof(UChar) * (size_t)cap);
    if (buffer == NULL) { *err = U_MEMORY_ALLOCATION_ERROR; return NULL; }
    u_strFromUTF8WithSub(buffer, cap, out_len, src, src_len, 0xFFFD, NULL, err);
    if (U_FAILURE(*err)) { free(buffer); return NULL; }
    return buffer;
}

/// UTF-16 → UTF-8 into dst; returns the needed length, with *status -1 when it does not fit.
static int32_t from_utf16(const UChar *src, int32_t src_len, char *dst, int32_t dst_cap, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    int32_t needed = 0;
    u_strToUTF8WithSub(dst, dst_cap, &needed, src, src_len, 0xFFFD, NULL, &err);
    if (err == U_BUFFER_OVERFLOW_ERROR || err == U_STRING_NOT_TERMINATED_WARNING) {
        *status = needed > dst_cap ? -1 : 0;
        return needed;
    }
    *status = U_FAILURE(err) ? (int32_t)err : 0;
    return needed;
}

int32_t cicu_normalize_utf8(cicu_form form, const char *src, int32_t src_len, char *dst, int32_t dst_cap,
                            int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    const UNormalizer2 *normalizer = normalizer_for(form, &err);
    if (U_FAILURE(err)) { *status = (int32_t)err; return 0; }
    int32_t utf16_len = 0;
    UChar *utf16 = to_utf16(src, src_len, &utf16_len, &err);
    if (utf16 == NULL) { *status = (int32_t)err; return 0; }
    int32_t span = unorm2_spanQuickCheckYes(normalizer, utf16, utf16_len, &err);
    if (U_SUCCESS(err) && span == utf16_len) {
        free(utf16);
        if (src_len > dst_cap) { *status = -1; return src_len; }
        memcpy(dst, src, (size_t)src_len);
        *status = 0;
        return src_len;
    }
    err = U_ZERO_ERROR;
    int32_t out_cap = utf16_len * 3 + 16;
    UChar *out = (UChar *)malloc(sizeof(UChar) * (size_t)out_cap);
    if (out == NULL) { free(utf16); *status = U_MEMORY_ALLOCATION_ERROR; return 0; }
    int32_t out_len = unorm2_normalize(normalizer, utf16, utf16_len, out, out_cap, &err);
    free(utf16);
    if (U_FAILURE(err)) { free(out); *status = (int32_t)err; return 0; }
    int32_t result = from_utf16(out, out_len, dst, dst_cap, status);
    free(out);
    return result;
}

int32_t cicu_is_normalized_utf8(cicu_form form, const char *src, int32_t src_len, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    const UNormalizer2 *normalizer = normalizer_for(form, &err);
    if (U_FAILURE(err)) { *status = (int32_t)err; return 0; }
    int32_t utf16_len = 0;
    UChar *utf16 = to_utf16(src, src_len, &utf16_len, &err);
    if (utf16 == NULL) { *status = (int32_t)err; return 0; }
    int32_t span = unorm2_spanQuickCheckYes(normalizer, utf16, utf16_len, &err);
    free(utf16);
    *status = U_FAILURE(err) ? (int32_t)err : 0;
    return span == utf16_len ? 1 : 0;
}

int32_t cicu_fold_case_utf8(const char *src, int32_t src_len, char *dst, int32_t dst_cap, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    int32_t utf16_len = 0;
    UChar *utf16 = to_utf16(src, src_len, &utf16_len, &err);
    if (utf16 == NULL) { *status = (int32_t)err; return 0; }
    int32_t out_cap = utf16_len * 3 + 16;
    UChar *out = (UChar *)malloc(sizeof(UChar) * (size_t)out_cap);
    if (out == NULL) { free(utf16); *status = U_MEMORY_ALLOCATION_ERROR; return 0; }
    int32_t out_len = u_strFoldCase(out, out_cap, utf16, utf16_len, U_FOLD_CASE_DEFAULT, &err);
    free(utf16);
    if (U_FAILURE(err)) { free(out); *status = (int32_t)err; return 0; }
    int32_t result = from_utf16(out, out_len, dst, dst_cap, status);
    free(out);
    return result;
}

cicu_sentence_breaker *cicu_sentence_breaker_open(const char *locale, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    UBreakIterator *iterator = ubrk_open(UBRK_SENTENCE, locale, NULL, 0, &err);
    if (U_FAILURE(err)) { *status = (int32_t)err; return NULL; }
    cicu_sentence_breaker *breaker = (cicu_sentence_breaker *)malloc(sizeof(cicu_sentence_breaker));
    if (breaker == NULL) { ubrk_close(iterator); *status = U_MEMORY_ALLOCATION_ERROR; return NULL; }
    breaker->iterator = iterator;
    breaker->units = NULL;
    breaker->capacity = 0;
    *status = 0;
    return breaker;
}

void cicu_sentence_breaker_close(cicu_sentence_breaker *breaker) {
    if (breaker == NULL) return;
    ubrk_close(breaker->iterator);
    free(breaker->units);
    free(breaker);
}

/// Buffers larger than this are freed after use, so that one huge paragraph does not pin its copy.
static const int32_t kKeptUnits = 1 << 21;

/// How many bytes of a word have their top bit set, given the word masked with 0x80 in every byte. (A multiply
/// instead of a population count, which the baseline x86-64 target lacks.)
static inline int32_t count_top_bits(uint64_t mask_of_top_bits) {
    return (int32_t)(((mask_of_top_bits >> 7) * 0x0101010101010101ULL) >> 56);
}

/// Valid UTF-8 → UTF-16 into `units` (room for `text_len` units); returns the number of units. Eight ASCII bytes
/// are widened at a time; faster than ICU's general converter on French text, where a two-byte letter comes every
/// few words.
static int32_t utf8_to_utf16(const unsigned char *text, int32_t text_len, UChar *units) {
    int32_t i = 0, n = 0;
    while (i < text_len) {
        if (i + 8 <= text_len) {
            uint64_t word;
            memcpy(&word, text + i, 8);
            uint64_t high = word & 0x8080808080808080ULL;
            if (high == 0) {
                for (int k = 0; k < 8; k++) units[n + k] = text[i + k];
                i += 8;
                n += 8;
                continue;
            }
            // Copy the ASCII bytes before the first non-ASCII one, then decode that one below.
            int ascii = __builtin_ctzll(high) >> 3;
            for (int k = 0; k < ascii; k++) units[n + k] = text[i + k];
            i += ascii;
            n += ascii;
        }
        unsigned char lead = text[i];
        if (lead < 0x80) {
            units[n++] = lead;
            i += 1;
        } else if (lead < 0xE0) {
            units[n++] = (UChar)(((lead & 0x1F) << 6) | (text[i + 1] & 0x3F));
            i += 2;
        } else if (lead < 0xF0) {
            units[n++] = (UChar)(((lead & 0x0F) << 12) | ((text[i + 1] & 0x3F) << 6) | (text[i + 2] & 0x3F));
            i += 3;
        } else {
            uint32_t scalar = ((uint32_t)(lead & 0x07) << 18) | ((uint32_t)(text[i + 1] & 0x3F) << 12)
                            | ((uint32_t)(text[i + 2] & 0x3F) << 6) | (uint32_t)(text[i + 3] & 0x3F);
            scalar -= 0x10000;
            units[n++] = (UChar)(0xD800 | (scalar >> 10));
            units[n++] = (UChar)(0xDC00 | (scalar & 0x3FF));
            i += 4;
        }
    }
    return n;
}

/// Advances from (`*byte`, `*unit`) to the UTF-8 offset of UTF-16 offset `target` (a scalar boundary). Eight bytes
/// are counted at a time: each byte that is not a continuation byte starts one UTF-16 unit, or two if it leads a
/// four-byte sequence.
static void advance_to_unit(const unsigned char *text, int32_t text_len, int32_t target, int32_t *byte,
                            int32_t *unit) {
    int32_t i = *byte, u = *unit;
    while (i + 8 <= text_len) {
        uint64_t word;
        memcpy(&word, text + i, 8);
        uint64_t continuation = word & ~(word << 1) & 0x8080808080808080ULL;
        uint64_t four = word & (word << 1) & (word << 2) & (word << 3) & 0x8080808080808080ULL;
        int32_t units = 8 - count_top_bits(continuation) + count_top_bits(four);
        if (u + units >= target) break;
        u += units;
        i += 8;
    }
    while (i < text_len) {
        unsigned char c = text[i];
        if ((c & 0xC0) != 0x80) {
            if (u >= target) break;
            u += c >= 0xF0 ? 2 : 1;
        }
        i++;
    }
    *byte = i;
    *unit = u;
}

int32_t cicu_sentence_breaks_utf8(cicu_sentence_breaker *breaker, const char *text, int32_t text_len,
                                  int32_t *boundaries, int32_t cap, int32_t *status) {
    // ICU iterates UTF-16 text directly; through a UTF-8 UText (and the ss=standard filter's backward look-ups)
    // it costs about a third more, conversion included.
    UErrorCode err = U_ZERO_ERROR;
    if (text_len >= breaker->capacity) {
        int32_t capacity = text_len + 1; // UTF-16 units never exceed UTF-8 bytes.
        UChar *units = (UChar *)realloc(breaker->units, sizeof(UChar) * (size_t)capacity);
        if (units == NULL) { *status = U_MEMORY_ALLOCATION_ERROR; return 0; }
        breaker->units = units;
        breaker->capacity = capacity;
    }
    int32_t units_len = utf8_to_utf16((const unsigned char *)text, text_len, breaker->units);
    ubrk_setText(breaker->iterator, breaker->units, units_len, &err);
    if (U_FAILURE(err)) { *status = (int32_t)err; return 0; }
    // UTF-16 and UTF-8 lengths agree only for ASCII text, where offsets need no mapping.
    const int ascii = units_len == text_len;
    int32_t count = 0, unit = 0, byte = 0;
    for (int32_t b = ubrk_next(breaker->iterator); b != UBRK_DONE; b = ubrk_next(breaker->iterator)) {
        if (!ascii) advance_to_unit((const unsigned char *)text, text_len, b, &byte, &unit);
        if (count < cap) boundaries[count] = ascii ? b : byte;
        count++;
    }
    // Detach the iterator from the buffer, which may be reallocated or freed before the next call.
    static const UChar empty[1] = {0};
    err = U_ZERO_ERROR;
    ubrk_setText(breaker->iterator, empty, 0, &err);
    if (breaker->capacity > kKeptUnits) {
        free(breaker->units);
        breaker->units = NULL;
        breaker->capacity = 0;
    }
    *status = count > cap ? -1 : 0;
    return count;
}

cicu_sentence_class cicu_sentence_break_class(uint32_t c) {
    switch (u_getIntPropertyValue((UChar32)c, UCHAR_SENTENCE_BREAK)) {
    case U_SB_STERM:
    case U_SB_ATERM: return CICU_SB_TERMINATOR;
    case U_SB_CLOSE: return CICU_SB_CLOSE;
    case U_SB_SP: return CICU_SB_SPACE;
    case U_SB_SEP:
    case U_SB_CR:
    case U_SB_LF: return CICU_SB_SEPARATOR;
    case U_SB_EXTEND:
    case U_SB_FORMAT: return CICU_SB_IGNORED;
    case U_SB_SCONTINUE: return CICU_SB_CONTINUATION;
    case U_SB_NUMERIC: return CICU_SB_NUMERIC;
    default: return CICU_SB_OTHER;
    }
}

struct cicu_char_set {
    USet *set;
    uint8_t bmp[0x10000 / 8]; // members of the Basic Multilingual Plane, one bit each
};

cicu_char_set *cicu_char_set_open(const char *pattern, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    int32_t length = 0;
    UChar *units = to_utf16(pattern, (int32_t)strlen(pattern), &length, &err);
    if (units == NULL) { *status = (int32_t)err; return NULL; }
    USet *set = uset_openPattern(units, length, &err);
    free(units);
    if (U_FAILURE(err)) { *status = (int32_t)err; return NULL; }
    cicu_char_set *result = (cicu_char_set *)calloc(1, sizeof(cicu_char_set));
    if (result == NULL) { uset_close(set); *status = U_MEMORY_ALLOCATION_ERROR; return NULL; }
    // Frozen, the set is immutable and may be read from any thread.
    uset_freeze(set);
    result->set = set;
    int32_t ranges = uset_getRangeCount(set);
    for (int32_t r = 0; r < ranges; r++) {
        UChar32 start = 0, end = 0;
        err = U_ZERO_ERROR;
        uset_getItem(set, r, &start, &end, NULL, 0, &err);
        for (UChar32 c = start; c <= end && c < 0x10000; c++) {
            result->bmp[c >> 3] |= (uint8_t)(1u << (c & 7));
        }
    }
    *status = 0;
    return result;
}

void cicu_char_set_close(cicu_char_set *set) {
    if (set == NULL) return;
    uset_close(set->set);
    free(set);
}

int32_t cicu_char_set_contains(const cicu_char_set *set, uint32_t c) {
    if (c < 0x10000) return (set->bmp[c >> 3] >> (c & 7)) & 1;
    return uset_contains(set->set, (UChar32)c) ? 1 : 0;
}
