out/helpers.bc.tmp: out/helpers.c \
  /tmp/kr\ capture/helpers/out/rust_helper.h \
  /tmp/kr\ capture/helpers/src/main/helpers/refcount.c \
  /tmp/kr\ capture/helpers/include\ dir/lin$$ux/refcount.h
