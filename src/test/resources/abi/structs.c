struct pair { long a, b; };
struct big { long a, b, c; };
struct small { int a; char b; };
struct fl { double x, y; };
struct mix { int a; float b; };
struct pair f_pair(struct pair p) { return p; }
struct big f_big(struct big p) { return p; }
struct small f_small(struct small p) { return p; }
struct fl f_fl(struct fl p) { return p; }
struct mix f_mix(struct mix p) { return p; }
unsigned char f_u8(unsigned char c, signed char s, short h, unsigned short uh) { return c; }
_Bool f_bool(_Bool b) { return b; }
int f_var(int n, ...) { return n; }
char f_char(char c) { return c; }
