// Licensed under the Apache License, Version 2.0. See CICU.h for why this facade exists.
#include "CICU.h"

#include <stdlib.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>
#include <unicode/utext.h>

struct cicu_sentence_breaker {
    UBreakIterator *iterator;
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
    *status = 0;
    return breaker;
}

void cicu_sentence_breaker_close(cicu_sentence_breaker *breaker) {
    if (breaker == NULL) return;
    ubrk_close(breaker->iterator);
    free(breaker);
}

int32_t cicu_sentence_breaks_utf8(cicu_sentence_breaker *breaker, const char *text, int32_t text_len,
                                  int32_t *boundaries, int32_t cap, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    UText *utext = utext_openUTF8(NULL, text, text_len, &err);
    if (U_FAILURE(err)) { *status = (int32_t)err; return 0; }
    ubrk_setUText(breaker->iterator, utext, &err);
    if (U_FAILURE(err)) { utext_close(utext); *status = (int32_t)err; return 0; }
    int32_t count = 0;
    for (int32_t b = ubrk_first(breaker->iterator); b != UBRK_DONE; b = ubrk_next(breaker->iterator)) {
        if (b == 0) continue;
        if (count < cap) boundaries[count] = b;
        count++;
    }
    // Detach the iterator from the caller's text before the UText goes away.
    static const UChar empty[1] = {0};
    err = U_ZERO_ERROR;
    ubrk_setText(breaker->iterator, empty, 0, &err);
    utext_close(utext);
    *status = count > cap ? -1 : 0;
    return count;
}
