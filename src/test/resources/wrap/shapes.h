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
