/* testlib.c: a small C library for the ctypes conformance tests (tests/py/ctypes).
 * Built into libpjtest.so by build.sh. Every exported name starts with pj_.
 * Plain C99, no dependencies beyond libc; no output is ever written by this library. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <wchar.h>

/* ---- scalars ---------------------------------------------------------------------- */
int pj_add_int(int a, int b) { return a + b; }
unsigned int pj_add_uint(unsigned int a, unsigned int b) { return a + b; }
double pj_add_double(double a, double b) { return a + b; }
float pj_scale_float(float x, float k) { return x * k; }
long long pj_mul_ll(long long a, long long b) { return a * b; }
int64_t pj_neg_i64(int64_t x) { return -x; }
uint32_t pj_u32_max(void) { return 0xFFFFFFFFu; }
unsigned char pj_uchar_inc(unsigned char c) { return (unsigned char)(c + 1); }
short pj_short_id(short s) { return s; }
int pj_bool_not(_Bool b) { return !b; }
double pj_mix_args(char c, short s, int i, long l, float f, double d)
{
    return (double)c + s + i + (double)l + f + d;
}
/* Nine integer and nine double arguments: more than fit in registers. */
long pj_many_args(long a, long b, long c, long d, long e, long f, long g, long h, long i,
                  double da, double db, double dc, double dd, double de, double df,
                  double dg, double dh, double di)
{
    return a + 2 * b + 3 * c + 4 * d + 5 * e + 6 * f + 7 * g + 8 * h + 9 * i +
           (long)(da + db + dc + dd + de + df + dg + dh + di);
}
void pj_nothing(void) {}

/* ---- strings ---------------------------------------------------------------------- */
const char *pj_greeting(void) { return "hello from C"; }
size_t pj_strlen(const char *s) { return s ? strlen(s) : (size_t)-1; }
/* Upper-cases in place, returns its argument. */
char *pj_upper(char *s)
{
    for (char *p = s; *p; p++)
        if (*p >= 'a' && *p <= 'z') *p = (char)(*p - 'a' + 'A');
    return s;
}
int pj_count_char(const char *s, char c)
{
    int n = 0;
    for (; *s; s++) n += (*s == c);
    return n;
}
/* Writes min(n - 1, strlen(src)) bytes plus a NUL into dst; returns strlen(src). */
int pj_copy_string(char *dst, size_t n, const char *src)
{
    size_t len = strlen(src);
    if (n) {
        size_t k = len < n - 1 ? len : n - 1;
        memcpy(dst, src, k);
        dst[k] = 0;
    }
    return (int)len;
}
/* Returns NULL for unknown codes. */
const char *pj_error_name(int code)
{
    switch (code) {
    case 0: return "OK";
    case 1: return "NOT_FOUND";
    case 2: return "DENIED";
    default: return NULL;
    }
}
size_t pj_wide_len(const wchar_t *s) { return wcslen(s); }
const wchar_t *pj_wide_greeting(void) { return L"gr\u00fc\u00dfe \u20ac"; }

/* ---- pointers, out-parameters, arrays --------------------------------------------- */
void pj_divmod(int a, int b, int *q, int *r)
{
    *q = a / b;
    *r = a % b;
}
int pj_minmax(const double *a, int n, double *lo, double *hi)
{
    if (n <= 0) return -1;
    *lo = *hi = a[0];
    for (int i = 1; i < n; i++) {
        if (a[i] < *lo) *lo = a[i];
        if (a[i] > *hi) *hi = a[i];
    }
    return 0;
}
int pj_set_string_out(int which, const char **out)
{
    *out = which ? "second" : "first";
    return which ? 6 : 5;
}
long pj_sum_ints(const int *a, int n)
{
    long s = 0;
    for (int i = 0; i < n; i++) s += a[i];
    return s;
}
double pj_sum_doubles(const double *a, size_t n)
{
    double s = 0;
    for (size_t i = 0; i < n; i++) s += a[i];
    return s;
}
void pj_reverse_ints(int *a, int n)
{
    for (int i = 0, j = n - 1; i < j; i++, j--) {
        int t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}
/* Fills a[i] = start + i * step. */
void pj_fill_range(int *a, int n, int start, int step)
{
    for (int i = 0; i < n; i++) a[i] = start + i * step;
}
int pj_matrix_trace(int m[3][3])
{
    return m[0][0] + m[1][1] + m[2][2];
}
int pj_is_null(const void *p) { return p == NULL; }
void *pj_identity_ptr(void *p) { return p; }
/* Returns a pointer into a static array of 5 ints: 10, 20, 30, 40, 50. */
int *pj_static_ints(void)
{
    static int data[5] = {10, 20, 30, 40, 50};
    return data;
}

/* ---- global variables (for in_dll) ------------------------------------------------ */
int pj_global_counter = 42;
double pj_global_ratio = 0.25;
char pj_global_name[16] = "testlib";
int pj_bump_counter(int by) { return pj_global_counter += by; }

/* ---- structures ------------------------------------------------------------------- */
typedef struct { int x, y; } PjPoint;
typedef struct { PjPoint tl, br; } PjRect;
typedef struct { double x, y, z; } PjVec3;
typedef struct { char tag; double value; short count; } PjMixed;
typedef struct { char name[12]; int scores[3]; } PjRecord;
typedef struct PjNode { int value; struct PjNode *next; } PjNode;
typedef struct { unsigned int a : 3; unsigned int b : 5; int c : 4; unsigned int d : 20; } PjBits;
typedef union { int i; float f; unsigned char b[4]; } PjIntFloat;

int pj_point_sum(PjPoint p) { return p.x + p.y; }
void pj_point_scale(PjPoint *p, int k)
{
    p->x *= k;
    p->y *= k;
}
PjPoint pj_make_point(int x, int y)
{
    PjPoint p = {x, y};
    return p;
}
int pj_rect_area(PjRect r) { return (r.br.x - r.tl.x) * (r.br.y - r.tl.y); }
PjRect pj_make_rect(PjPoint a, PjPoint b)
{
    PjRect r;
    r.tl.x = a.x < b.x ? a.x : b.x;
    r.tl.y = a.y < b.y ? a.y : b.y;
    r.br.x = a.x < b.x ? b.x : a.x;
    r.br.y = a.y < b.y ? b.y : a.y;
    return r;
}
/* 24 bytes: returned through hidden memory on x86-64 and aarch64. */
PjVec3 pj_vec3_cross(PjVec3 a, PjVec3 b)
{
    PjVec3 r = {a.y * b.z - a.z * b.y, a.z * b.x - a.x * b.z, a.x * b.y - a.y * b.x};
    return r;
}
double pj_vec3_dot(const PjVec3 *a, const PjVec3 *b) { return a->x * b->x + a->y * b->y + a->z * b->z; }
double pj_mixed_total(PjMixed m) { return m.tag + m.value + m.count; }
size_t pj_sizeof_mixed(void) { return sizeof(PjMixed); }
size_t pj_offsetof_mixed_value(void) { return offsetof(PjMixed, value); }
size_t pj_sizeof_record(void) { return sizeof(PjRecord); }
int pj_record_total(const PjRecord *r) { return r->scores[0] + r->scores[1] + r->scores[2]; }
void pj_record_init(PjRecord *r, const char *name, int base)
{
    strncpy(r->name, name, sizeof r->name - 1);
    r->name[sizeof r->name - 1] = 0;
    for (int i = 0; i < 3; i++) r->scores[i] = base + i;
}
int pj_list_sum(const PjNode *n)
{
    int s = 0;
    for (; n; n = n->next) s += n->value;
    return s;
}
int pj_list_len(const PjNode *n)
{
    int k = 0;
    for (; n; n = n->next) k++;
    return k;
}
/* a + 10*b + 100*c + 1000*d, using the C compiler's bit-field layout. */
long pj_bits_value(const PjBits *b) { return b->a + 10L * b->b + 100L * b->c + 1000L * b->d; }
void pj_bits_set(PjBits *b, unsigned a, unsigned bb, int c, unsigned d)
{
    b->a = a;
    b->b = bb;
    b->c = c;
    b->d = d;
}
size_t pj_sizeof_bits(void) { return sizeof(PjBits); }
unsigned int pj_float_bits(float f)
{
    PjIntFloat u;
    u.f = f;
    return (unsigned int)u.i;
}
float pj_union_float(const PjIntFloat *u) { return u->f; }

/* ---- callbacks -------------------------------------------------------------------- */
typedef int (*pj_int_fn)(int);
typedef double (*pj_fold_fn)(double, double);
typedef void (*pj_word_fn)(const char *, int);
typedef int (*pj_point_fn)(PjPoint *);

int pj_apply(pj_int_fn f, int x) { return f(x); }
int pj_apply_twice(pj_int_fn f, int x) { return f(f(x)); }
long pj_map_sum(pj_int_fn f, const int *a, int n)
{
    long s = 0;
    for (int i = 0; i < n; i++) s += f(a[i]);
    return s;
}
double pj_fold(pj_fold_fn f, const double *a, int n, double init)
{
    for (int i = 0; i < n; i++) init = f(init, a[i]);
    return init;
}
/* Calls cb(word, index) for every space-separated word of s; returns the word count. */
int pj_each_word(const char *s, pj_word_fn cb)
{
    char word[64];
    int count = 0;
    while (*s) {
        while (*s == ' ') s++;
        if (!*s) break;
        size_t k = 0;
        while (s[k] && s[k] != ' ') k++;
        size_t m = k < sizeof word - 1 ? k : sizeof word - 1;
        memcpy(word, s, m);
        word[m] = 0;
        cb(word, count++);
        s += k;
    }
    return count;
}
int pj_visit_point(pj_point_fn f, int x, int y)
{
    PjPoint p = {x, y};
    int r = f(&p);
    return r * 1000 + p.x + p.y;
}
static pj_int_fn stored_fn;
void pj_store_callback(pj_int_fn f) { stored_fn = f; }
int pj_call_stored(int x) { return stored_fn ? stored_fn(x) : -1; }

/* ---- variadic --------------------------------------------------------------------- */
/* Sums n ints passed after n. */
long pj_sum_va(int n, ...)
{
    va_list ap;
    long s = 0;
    va_start(ap, n);
    for (int i = 0; i < n; i++) s += va_arg(ap, int);
    va_end(ap);
    return s;
}
/* Sums n doubles passed after n. */
double pj_sum_va_double(int n, ...)
{
    va_list ap;
    double s = 0;
    va_start(ap, n);
    for (int i = 0; i < n; i++) s += va_arg(ap, double);
    va_end(ap);
    return s;
}
