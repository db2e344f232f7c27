/* Every nm symbol type the kernel's export awk program has to sort out. */
int data_counter = 42;                                   /* D */
int bss_buffer[16];                                      /* B */
const int rodata_table[4] = {1, 2, 3, 4};                /* R */
static int static_data = 3;                              /* d */
static int static_bss[4];                                /* b */
static const int static_ro[2] = {5, 6};                  /* r */
int common_sym __attribute__((common));                  /* C */
int __attribute__((weak)) weak_var = 1;                  /* V */
__attribute__((noinline)) static int local_helper(int x) { return x * 7 + static_data + static_bss[x & 3] + static_ro[x & 1]; } /* t */
int __attribute__((weak)) weak_hook(int x) { return x; } /* W: excluded by $2~/(T|R|D|B)/ */
void __pfx_foo(void) {}                                  /* T, excluded: __pfx */
int x__cfi_mid(int x) { return x + 1; }                  /* T, excluded: __cfi anywhere */
int __odr_asan_gen_v = 5;                                /* D, excluded: __odr_asan */
int exported_fn(int x) { return local_helper(x) + bss_buffer[x & 15]; }  /* T */
int (*exported_ptr)(int) = exported_fn;                  /* D */
static int impl(int x) { return x; }
static int (*resolve(void))(int) { return impl; }
int ifunc_fn(int) __attribute__((ifunc("resolve")));     /* i */
void bump(int x) { static_data += x; static_bss[x & 3] = x; }  /* T */
int second_fn(int x) { return exported_fn(x) + weak_hook(x) + x__cfi_mid(x) + common_sym + weak_var + ifunc_fn(x); }
__asm__(".globl abs_sym\n.set abs_sym, 0x1234");         /* A */
