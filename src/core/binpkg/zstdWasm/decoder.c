/*
 * The official zstd streaming decoder (lib/decompress, built for wasm32 without libc by build.sh) behind four calls.
 * The decoder is static: it lives in one workspace sized for the largest window zstd accepts by default (128 MiB,
 * untouched pages cost nothing), so it never allocates and its memory is the wasm instance's.
 */
#define ZSTD_STATIC_LINKING_ONLY
#include "zstd.h"
#include "decompress/zstd_decompress_internal.h"

#define WINDOW_LOG_MAX 27

extern unsigned char __heap_base;

static ZSTD_DStream *stream;
static ZSTD_inBuffer in;
static ZSTD_outBuffer out;
static unsigned char *inBuf;
static unsigned char *outBuf;

/* Grows the memory to `end` bytes; 0 when the engine refuses. */
static int reserve(unsigned long end) {
  unsigned long have = __builtin_wasm_memory_size(0) * 65536UL;
  if (end <= have) return 1;
  return __builtin_wasm_memory_grow(0, (end - have + 65535) / 65536) != (unsigned long)-1;
}

/* Sets up the buffers and the decoder; returns 0 when the memory could not be had. */
unsigned long zd_init(void) {
  unsigned long p = ((unsigned long)&__heap_base + 15) & ~15UL;
  unsigned long inSize = ZSTD_DStreamInSize(), outSize = ZSTD_DStreamOutSize();
  unsigned long work = ZSTD_estimateDStreamSize((size_t)1 << WINDOW_LOG_MAX);
  if (!reserve(p + inSize + outSize + work + 16)) return 0;
  inBuf = (unsigned char *)p;
  outBuf = inBuf + inSize;
  stream = ZSTD_initStaticDStream((void *)(((unsigned long)(outBuf + outSize) + 15) & ~15UL), work);
  if (!stream) return 0;
  ZSTD_DCtx_setParameter(stream, ZSTD_d_windowLogMax, WINDOW_LOG_MAX);
  out.dst = outBuf;
  out.size = outSize;
  return 1;
}

unsigned char *zd_in(void) { return inBuf; }
unsigned long zd_in_capacity(void) { return ZSTD_DStreamInSize(); }
unsigned char *zd_out(void) { return outBuf; }
unsigned long zd_out_capacity(void) { return ZSTD_DStreamOutSize(); }

/* Input bytes [0, size) of the input buffer are new; decoding starts again at their start. */
void zd_feed(unsigned long size) {
  in.src = inBuf;
  in.size = size;
  in.pos = 0;
}

/*
 * One step: decodes what fits into the output buffer. Returns zstd's answer (0: a frame is complete, an error
 * code, or a hint); the output is [0, zd_out_size()) and zd_in_left() input bytes are still unread.
 */
unsigned long zd_step(void) {
  out.pos = 0;
  return ZSTD_decompressStream(stream, &out, &in);
}

unsigned long zd_out_size(void) { return out.pos; }
unsigned long zd_in_left(void) { return in.size - in.pos; }
unsigned int zd_is_error(unsigned long code) { return ZSTD_isError(code); }
const char *zd_error_name(unsigned long code) { return ZSTD_getErrorName(code); }
unsigned int zd_window_too_large(unsigned long code) { return ZSTD_getErrorCode(code) == ZSTD_error_frameParameter_windowTooLarge; }
/* The window the refused frame asked for, in KiB: from its header when zstd refused it before filling fParams. */
unsigned long zd_window_kib(void) {
  unsigned long long w = stream->fParams.windowSize;
  if (!w && stream->lhSize >= 6 && !(stream->headerBuffer[4] & 0x20)) {
    unsigned char wd = stream->headerBuffer[5];
    unsigned long long base = 1ULL << (10 + (wd >> 3));
    w = base + (base >> 3) * (wd & 7);
  }
  return (unsigned long)(w >> 10);
}

/* libc the decoder links against: memory moves as bulk-memory instructions, no allocator (a static decoder never asks). */
void *memcpy(void *d, const void *s, unsigned long n) { return __builtin_memcpy(d, s, n); }
void *memmove(void *d, const void *s, unsigned long n) { return __builtin_memmove(d, s, n); }
void *memset(void *d, int c, unsigned long n) { return __builtin_memset(d, c, n); }
void *malloc(unsigned long n) { (void)n; return 0; }
void *calloc(unsigned long n, unsigned long s) { (void)n; (void)s; return 0; }
void free(void *p) { (void)p; }
