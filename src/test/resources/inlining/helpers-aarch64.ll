; ModuleID = 'helpers.bc'
source_filename = "helpers.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

@rust_helper_static_ptr = dso_local local_unnamed_addr constant ptr @rust_helper_static, align 8
@rust_helper_extern_ptr = dso_local local_unnamed_addr constant ptr @rust_helper_extern_inline, align 8

; Function Attrs: alwaysinline mustprogress nofree norecurse nounwind null_pointer_is_valid willreturn memory(argmem: readwrite) uwtable
define dso_local void @rust_helper_refcount_inc(ptr noundef captures(none) %0) local_unnamed_addr #0 !kcfi_type !13 {
  %2 = atomicrmw add ptr %0, i32 1 monotonic, align 4
  ret void
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind null_pointer_is_valid willreturn memory(none) uwtable
define dso_local i32 @rust_helper_plain(i32 noundef %0) local_unnamed_addr #1 !kcfi_type !14 {
  %2 = mul nsw i32 %0, 3
  %3 = tail call range(i32 0, 33) i32 @llvm.ctpop.i32(i32 %0)
  %4 = add nsw i32 %2, %3
  ret i32 %4
}

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.ctpop.i32(i32) #2

; Function Attrs: alwaysinline mustprogress nofree norecurse nosync nounwind null_pointer_is_valid willreturn memory(none) uwtable
define dso_local noundef i64 @rust_helper_unused(i64 noundef returned %0) local_unnamed_addr #3 !kcfi_type !15 {
  ret i64 %0
}

; Function Attrs: alwaysinline mustprogress nofree norecurse nosync nounwind null_pointer_is_valid willreturn memory(none) uwtable
define internal range(i32 -2147483637, -2147483648) i32 @rust_helper_static(i32 noundef %0) #3 !kcfi_type !14 {
  %2 = add nsw i32 %0, 11
  ret i32 %2
}

; Function Attrs: alwaysinline nounwind null_pointer_is_valid uwtable
define available_externally i32 @rust_helper_extern_inline(i32 noundef %0) #4 !kcfi_type !14 {
  %2 = add nsw i32 %0, -1
  ret i32 %2
}

attributes #0 = { alwaysinline mustprogress nofree norecurse nounwind null_pointer_is_valid willreturn memory(argmem: readwrite) uwtable "frame-pointer"="non-leaf-no-reserve" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+outline-atomics,+v8a,-fmv,-fp-armv8,-neon" }
attributes #1 = { mustprogress nofree norecurse nosync nounwind null_pointer_is_valid willreturn memory(none) uwtable "frame-pointer"="non-leaf-no-reserve" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+outline-atomics,+v8a,-fmv,-fp-armv8,-neon" }
attributes #2 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { alwaysinline mustprogress nofree norecurse nosync nounwind null_pointer_is_valid willreturn memory(none) uwtable "frame-pointer"="non-leaf-no-reserve" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+outline-atomics,+v8a,-fmv,-fp-armv8,-neon" }
attributes #4 = { alwaysinline nounwind null_pointer_is_valid uwtable "frame-pointer"="non-leaf-no-reserve" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+outline-atomics,+v8a,-fmv,-fp-armv8,-neon" }

!llvm.module.flags = !{!0, !1, !2, !3, !4, !5, !6, !7}
!llvm.ident = !{!8}
!llvm.errno.tbaa = !{!9}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 4, !"kcfi", i32 1}
!2 = !{i32 4, !"kcfi-hash", !"xxHash64"}
!3 = !{i32 8, !"PIC Level", i32 2}
!4 = !{i32 7, !"PIE Level", i32 2}
!5 = !{i32 7, !"uwtable", i32 2}
!6 = !{i32 7, !"frame-pointer", i32 4}
!7 = !{i32 1, !"EnableSplitLTOUnit", i32 0}
!8 = !{!"Debian clang version 22.1.8 (1~deb12u1)"}
!9 = !{!10, !10, i64 0}
!10 = !{!"int", !11, i64 0}
!11 = !{!"omnipotent char", !12, i64 0}
!12 = !{!"Simple C/C++ TBAA"}
!13 = !{i32 -97266298}
!14 = !{i32 329620}
!15 = !{i32 -1288064587}

^0 = module: (path: "helpers.bc", hash: (1732270899, 623227588, 2576166217, 3942303140, 3262704493))
^1 = gv: (name: "rust_helper_extern_ptr", summaries: (variable: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), varFlags: (readonly: 1, writeonly: 0, constant: 1), refs: (^7)))) ; guid = 3668769413315751047
^2 = gv: (name: "rust_helper_plain", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 4, funcFlags: (readNone: 1, readOnly: 0, noRecurse: 1, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0)))) ; guid = 3739327323048325360
^3 = gv: (name: "rust_helper_static", summaries: (function: (module: ^0, flags: (linkage: internal, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 2, funcFlags: (readNone: 1, readOnly: 0, noRecurse: 1, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 1, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0)))) ; guid = 9151275629642415087
^4 = gv: (name: "llvm.ctpop.i32") ; guid = 10956606204485869642
^5 = gv: (name: "rust_helper_unused", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 1, funcFlags: (readNone: 1, readOnly: 0, noRecurse: 1, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 1, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0)))) ; guid = 14085714149709496218
^6 = gv: (name: "rust_helper_refcount_inc", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 2, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 1, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 1, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0)))) ; guid = 16380537026767383013
^7 = gv: (name: "rust_helper_extern_inline", summaries: (function: (module: ^0, flags: (linkage: available_externally, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 0, canAutoHide: 0, importType: definition), insts: 2, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 1, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0)))) ; guid = 16803749435752823736
^8 = gv: (name: "rust_helper_static_ptr", summaries: (variable: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), varFlags: (readonly: 1, writeonly: 0, constant: 1), refs: (^3)))) ; guid = 17436054317758590078
^9 = blockcount: 0
