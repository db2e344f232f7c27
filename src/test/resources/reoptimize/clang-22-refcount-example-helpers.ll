; ModuleID = 'helpers.bc'
source_filename = "target/kernel-rust/helpers.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; Function Attrs: alwaysinline mustprogress nofree norecurse nounwind null_pointer_is_valid willreturn memory(argmem: readwrite) uwtable
define dso_local i32 @rust_helper_atomic_read(ptr noundef readonly captures(none) %0) local_unnamed_addr #0 {
  %2 = load atomic i32, ptr %0 monotonic, align 4
  ret i32 %2
}

; Function Attrs: alwaysinline mustprogress nofree norecurse nounwind null_pointer_is_valid willreturn memory(argmem: readwrite) uwtable
define dso_local void @rust_helper_atomic_set(ptr noundef writeonly captures(none) %0, i32 noundef %1) local_unnamed_addr #0 {
  store atomic i32 %1, ptr %0 monotonic, align 4
  ret void
}

; Function Attrs: alwaysinline nofree norecurse nounwind null_pointer_is_valid memory(argmem: readwrite) uwtable
define dso_local noundef zeroext i1 @rust_helper_atomic_add_unless(ptr noundef captures(none) %0, i32 noundef %1, i32 noundef %2) local_unnamed_addr #1 {
  %4 = load atomic i32, ptr %0 monotonic, align 4
  %5 = icmp eq i32 %4, %2
  br i1 %5, label %14, label %6, !prof !9

6:                                                ; preds = %3, %6
  %7 = phi i32 [ %11, %6 ], [ %4, %3 ]
  %8 = add i32 %7, %1
  %9 = cmpxchg ptr %0, i32 %7, i32 %8 seq_cst monotonic, align 4
  %10 = extractvalue { i32, i1 } %9, 1
  %11 = extractvalue { i32, i1 } %9, 0
  %12 = icmp eq i32 %11, %2
  %13 = select i1 %10, i1 true, i1 %12, !prof !10
  br i1 %13, label %14, label %6, !prof !10

14:                                               ; preds = %6, %3
  %15 = phi i1 [ false, %3 ], [ %10, %6 ]
  ret i1 %15
}

; Function Attrs: alwaysinline mustprogress nofree norecurse nounwind null_pointer_is_valid willreturn memory(argmem: readwrite, inaccessiblemem: readwrite) uwtable
define dso_local void @rust_helper_set_bit(i64 noundef %0, ptr noundef %1) local_unnamed_addr #2 {
  %3 = lshr i64 %0, 6
  %4 = getelementptr inbounds nuw i64, ptr %1, i64 %3
  %5 = and i64 %0, 63
  %6 = shl nuw i64 1, %5
  %7 = atomicrmw volatile or ptr %4, i64 %6 monotonic, align 8
  ret void
}

; Function Attrs: alwaysinline mustprogress nofree norecurse nounwind null_pointer_is_valid willreturn memory(argmem: readwrite, inaccessiblemem: readwrite) uwtable
define dso_local void @rust_helper_clear_bit(i64 noundef %0, ptr noundef %1) local_unnamed_addr #2 {
  %3 = lshr i64 %0, 6
  %4 = getelementptr inbounds nuw i64, ptr %1, i64 %3
  %5 = and i64 %0, 63
  %6 = shl nuw i64 1, %5
  %7 = xor i64 %6, -1
  %8 = atomicrmw volatile and ptr %4, i64 %7 monotonic, align 8
  ret void
}

; Function Attrs: alwaysinline mustprogress nofree norecurse nounwind null_pointer_is_valid willreturn memory(argmem: readwrite, inaccessiblemem: readwrite) uwtable
define dso_local zeroext i1 @rust_helper_test_bit(i64 noundef %0, ptr noundef %1) local_unnamed_addr #2 {
  %3 = lshr i64 %0, 6
  %4 = getelementptr inbounds nuw i64, ptr %1, i64 %3
  %5 = load volatile i64, ptr %4, align 8, !tbaa !11
  %6 = and i64 %0, 63
  %7 = shl nuw i64 1, %6
  %8 = and i64 %5, %7
  %9 = icmp ne i64 %8, 0
  ret i1 %9
}

; Function Attrs: alwaysinline mustprogress nofree norecurse nounwind null_pointer_is_valid willreturn memory(argmem: readwrite, inaccessiblemem: readwrite) uwtable
define dso_local zeroext i1 @rust_helper_test_and_set_bit(i64 noundef %0, ptr noundef %1) local_unnamed_addr #2 {
  %3 = and i64 %0, 63
  %4 = shl nuw i64 1, %3
  %5 = lshr i64 %0, 6
  %6 = getelementptr inbounds nuw i64, ptr %1, i64 %5
  %7 = atomicrmw volatile or ptr %6, i64 %4 seq_cst, align 8
  %8 = and i64 %7, %4
  %9 = icmp ne i64 %8, 0
  ret i1 %9
}

; Function Attrs: alwaysinline nofree norecurse nounwind null_pointer_is_valid memory(argmem: readwrite, inaccessiblemem: readwrite) uwtable
define dso_local void @rust_helper_INIT_LIST_HEAD(ptr noundef %0) local_unnamed_addr #3 {
  store volatile ptr %0, ptr %0, align 8, !tbaa !13
  %2 = getelementptr inbounds nuw i8, ptr %0, i64 8
  store volatile ptr %0, ptr %2, align 8, !tbaa !13
  ret void
}

; Function Attrs: alwaysinline nofree norecurse nounwind null_pointer_is_valid memory(write, argmem: readwrite, inaccessiblemem: readwrite, target_mem0: none, target_mem1: none) uwtable
define dso_local void @rust_helper_list_add(ptr noundef %0, ptr noundef %1) local_unnamed_addr #4 {
  %3 = load ptr, ptr %1, align 8, !tbaa !16
  %4 = getelementptr inbounds nuw i8, ptr %3, i64 8
  store ptr %0, ptr %4, align 8, !tbaa !18
  store ptr %3, ptr %0, align 8, !tbaa !16
  %5 = getelementptr inbounds nuw i8, ptr %0, i64 8
  store ptr %1, ptr %5, align 8, !tbaa !18
  store volatile ptr %0, ptr %1, align 8, !tbaa !13
  ret void
}

; Function Attrs: alwaysinline nofree norecurse nounwind null_pointer_is_valid memory(readwrite, target_mem0: none, target_mem1: none) uwtable
define dso_local void @rust_helper_list_del(ptr noundef captures(none) %0) local_unnamed_addr #5 {
  %2 = getelementptr inbounds nuw i8, ptr %0, i64 8
  %3 = load ptr, ptr %2, align 8, !tbaa !18
  %4 = load ptr, ptr %0, align 8, !tbaa !16
  %5 = getelementptr inbounds nuw i8, ptr %4, i64 8
  store ptr %3, ptr %5, align 8, !tbaa !18
  store volatile ptr %4, ptr %3, align 8, !tbaa !13
  store ptr inttoptr (i64 256 to ptr), ptr %0, align 8, !tbaa !16
  store ptr inttoptr (i64 290 to ptr), ptr %2, align 8, !tbaa !18
  ret void
}

; Function Attrs: alwaysinline mustprogress nofree norecurse nounwind null_pointer_is_valid willreturn memory(argmem: readwrite, inaccessiblemem: readwrite) uwtable
define dso_local zeroext i1 @rust_helper_list_empty(ptr noundef %0) local_unnamed_addr #2 {
  %2 = load volatile ptr, ptr %0, align 8, !tbaa !13
  %3 = icmp eq ptr %2, %0
  ret i1 %3
}

; Function Attrs: cold mustprogress nofree noinline norecurse nounwind null_pointer_is_valid optsize willreturn memory(argmem: readwrite) uwtable
define dso_local void @refcount_warn_saturate(ptr noundef writeonly captures(none) %0, i32 %1) local_unnamed_addr #6 {
  store atomic i32 -1073741824, ptr %0 monotonic, align 4
  ret void
}

; Function Attrs: alwaysinline mustprogress nofree norecurse nounwind null_pointer_is_valid willreturn memory(argmem: readwrite) uwtable
define dso_local void @rust_helper_refcount_set(ptr noundef writeonly captures(none) %0, i32 noundef %1) local_unnamed_addr #0 {
  store atomic i32 %1, ptr %0 monotonic, align 4
  ret void
}

; Function Attrs: alwaysinline mustprogress nofree norecurse nounwind null_pointer_is_valid willreturn memory(argmem: readwrite) uwtable
define dso_local i32 @rust_helper_refcount_read(ptr noundef readonly captures(none) %0) local_unnamed_addr #0 {
  %2 = load atomic i32, ptr %0 monotonic, align 4
  ret i32 %2
}

; Function Attrs: alwaysinline mustprogress nofree norecurse nounwind null_pointer_is_valid willreturn memory(argmem: readwrite) uwtable
define dso_local void @rust_helper_refcount_inc(ptr noundef captures(none) %0) local_unnamed_addr #0 {
  %2 = atomicrmw add ptr %0, i32 1 monotonic, align 4
  %3 = icmp eq i32 %2, 0
  br i1 %3, label %8, label %4, !prof !19

4:                                                ; preds = %1
  %5 = add i32 %2, 1
  %6 = or i32 %5, %2
  %7 = icmp sgt i32 %6, -1
  br i1 %7, label %9, label %8, !prof !20

8:                                                ; preds = %4, %1
  tail call void @refcount_warn_saturate(ptr noundef %0, i32 poison) #10
  br label %9

9:                                                ; preds = %4, %8
  ret void
}

; Function Attrs: alwaysinline mustprogress nofree norecurse nounwind null_pointer_is_valid willreturn uwtable
define dso_local noundef zeroext i1 @rust_helper_refcount_dec_and_test(ptr noundef captures(none) %0) local_unnamed_addr #7 {
  %2 = atomicrmw sub ptr %0, i32 1 release, align 4
  %3 = icmp eq i32 %2, 1
  br i1 %3, label %4, label %5

4:                                                ; preds = %1
  fence acquire
  br label %8

5:                                                ; preds = %1
  %6 = icmp sgt i32 %2, 0
  br i1 %6, label %8, label %7, !prof !20

7:                                                ; preds = %5
  tail call void @refcount_warn_saturate(ptr noundef %0, i32 poison) #10
  br label %8

8:                                                ; preds = %4, %5, %7
  ret i1 %3
}

; Function Attrs: alwaysinline nounwind null_pointer_is_valid uwtable
define dso_local void @rust_helper_spin_lock(ptr noundef captures(none) %0) local_unnamed_addr #8 {
  %2 = atomicrmw xchg ptr %0, i32 1 acquire, align 4
  %3 = icmp eq i32 %2, 0
  br i1 %3, label %13, label %7, !prof !21

4:                                                ; preds = %10, %7
  %5 = atomicrmw xchg ptr %0, i32 1 acquire, align 4
  %6 = icmp eq i32 %5, 0
  br i1 %6, label %13, label %7, !prof !22, !llvm.loop !23

7:                                                ; preds = %1, %4
  %8 = load atomic i32, ptr %0 monotonic, align 4
  %9 = icmp eq i32 %8, 0
  br i1 %9, label %4, label %10

10:                                               ; preds = %7, %10
  tail call void @llvm.x86.sse2.pause()
  %11 = load atomic i32, ptr %0 monotonic, align 4
  %12 = icmp eq i32 %11, 0
  br i1 %12, label %4, label %10, !llvm.loop !25

13:                                               ; preds = %4, %1
  ret void
}

; Function Attrs: alwaysinline mustprogress nofree norecurse nounwind null_pointer_is_valid willreturn memory(argmem: readwrite) uwtable
define dso_local void @rust_helper_spin_unlock(ptr noundef writeonly captures(none) %0) local_unnamed_addr #0 {
  store atomic i32 0, ptr %0 release, align 4
  ret void
}

; Function Attrs: nounwind
declare void @llvm.x86.sse2.pause() #9

attributes #0 = { alwaysinline mustprogress nofree norecurse nounwind null_pointer_is_valid willreturn memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-builtin-wcslen" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { alwaysinline nofree norecurse nounwind null_pointer_is_valid memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-builtin-wcslen" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { alwaysinline mustprogress nofree norecurse nounwind null_pointer_is_valid willreturn memory(argmem: readwrite, inaccessiblemem: readwrite) uwtable "min-legal-vector-width"="0" "no-builtin-wcslen" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { alwaysinline nofree norecurse nounwind null_pointer_is_valid memory(argmem: readwrite, inaccessiblemem: readwrite) uwtable "min-legal-vector-width"="0" "no-builtin-wcslen" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { alwaysinline nofree norecurse nounwind null_pointer_is_valid memory(write, argmem: readwrite, inaccessiblemem: readwrite, target_mem0: none, target_mem1: none) uwtable "min-legal-vector-width"="0" "no-builtin-wcslen" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { alwaysinline nofree norecurse nounwind null_pointer_is_valid memory(readwrite, target_mem0: none, target_mem1: none) uwtable "min-legal-vector-width"="0" "no-builtin-wcslen" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { cold mustprogress nofree noinline norecurse nounwind null_pointer_is_valid optsize willreturn memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-builtin-wcslen" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { alwaysinline mustprogress nofree norecurse nounwind null_pointer_is_valid willreturn uwtable "min-legal-vector-width"="0" "no-builtin-wcslen" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #8 = { alwaysinline nounwind null_pointer_is_valid uwtable "min-legal-vector-width"="0" "no-builtin-wcslen" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #9 = { nounwind }
attributes #10 = { cold "no-builtin-wcslen" }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}
!llvm.errno.tbaa = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!"Debian clang version 22.1.8 (1~deb12u1)"}
!5 = !{!6, !6, i64 0}
!6 = !{!"int", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = !{!"branch_weights", i32 1, i32 127}
!10 = !{!"branch_weights", i32 256127, i32 255873}
!11 = !{!12, !12, i64 0}
!12 = !{!"long", !7, i64 0}
!13 = !{!14, !14, i64 0}
!14 = !{!"p1 _ZTS9list_head", !15, i64 0}
!15 = !{!"any pointer", !7, i64 0}
!16 = !{!17, !14, i64 0}
!17 = !{!"list_head", !14, i64 0, !14, i64 8}
!18 = !{!17, !14, i64 8}
!19 = !{!"branch_weights", !"expected", i32 1, i32 2000}
!20 = !{!"branch_weights", !"expected", i32 2000, i32 1}
!21 = !{!"branch_weights", i32 1999, i32 1}
!22 = !{!"branch_weights", i32 1, i32 0}
!23 = distinct !{!23, !24}
!24 = !{!"llvm.loop.mustprogress"}
!25 = distinct !{!25, !24}
