struct flags { unsigned int a : 3, b : 5; unsigned long long c : 40; };
int rust_helper_flags_b(struct flags *f);
void rust_helper_flags_set_c(struct flags *f, unsigned long long c);
