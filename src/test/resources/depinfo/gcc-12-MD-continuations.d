out/helpers.o.tmp: out/helpers.c /usr/include/stdc-predef.h \
 /tmp/kr\ capture/helpers/out/rust_helper.h \
 /tmp/kr\ capture/helpers/src/main/helpers/refcount.c \
 /tmp/kr\ capture/helpers/include\ dir/lin$$ux/refcount.h
