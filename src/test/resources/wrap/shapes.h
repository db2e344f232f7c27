/* Shapes of static inline functions for WrapSource: see README.md. */
struct pt { int x, y; };
static inline int apply(int (*f)(int), int x) { return f(x); }
static inline void fill(int a[4], int v) { a[0] = v; }
static inline struct pt mkpt(int x, int y) { struct pt p = { x, y }; return p; }
static inline int (*pick(int which))(int) { (void)which; return 0; }
static inline int noproto() { return 1; }
static inline int sum(int n, ...) { return n; }
static inline int unnamed_param(int, int b) { return b; }
static int plain_static(int x) { return x + 1; }
int plain_decl(int);
int plain_def(int x) { return x; }
#define MACRO_FN(x) ((x) + 1)
static inline int shadowed(int count) { return count; }
#define count 7
typedef union { int *i; long *l; } __attribute__((__transparent_union__)) num_ptr_t;
static inline int deref(num_ptr_t p) { return *p.i; }
union tagged_ptr { struct pt *p; void *v; } __attribute__((transparent_union));
static inline int tagged(union tagged_ptr u) { return u.p->x; }
typedef union { const char *c; unsigned char *u; } text_t __attribute__((transparent_union));
static inline char first(text_t t) { return t.c[0]; }
typedef union { int *i; long *l; } opaque_ptr_t;
static inline int opaque(opaque_ptr_t p) { return *p.i; }
