; Hand-written IR (not captured): function attributes written on the define line itself.
; llvm-as 22 accepts it; llvm-dis would move the attributes into #N groups.
target triple = "x86_64-unknown-linux-gnu"

define void @rust_helper_inline_attr(ptr %p) alwaysinline nounwind {
  ret void
}

define i32 @rust_helper_noinline_attr(i32 %x) nounwind {
  ret i32 %x
}

define internal i32 @rust_helper_group_and_inline(i32 %x) #0 {
  ret i32 %x
}

define dso_local i32 @rust_helper_group_without(i32 %x) local_unnamed_addr #1 {
  ret i32 %x
}

attributes #0 = { nounwind alwaysinline }
attributes #1 = { nounwind "alwaysinline-but-a-string"="1" }
