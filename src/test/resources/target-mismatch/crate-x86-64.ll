; ModuleID = 'crc.bc'
source_filename = "crc.1922937fe44bc20f-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; Function Attrs: nofree norecurse noreturn nosync nounwind nonlazybind memory(none) uwtable
define void @_RNvCsfLfy6EI15iL_7___rustc17rust_begin_unwind(ptr noalias noundef readonly align 8 captures(none) dereferenceable(24) %_1) unnamed_addr #0 {
start:
  br label %bb1

bb1:                                              ; preds = %bb1, %start
  br label %bb1
}

; Function Attrs: nounwind nonlazybind uwtable
define noundef i64 @crc_all({ i64, i64 } %0) unnamed_addr #1 {
start:
  %.fca.0.extract = extractvalue { i64, i64 } %0, 0
  %.fca.1.extract = extractvalue { i64, i64 } %0, 1
  %1 = inttoptr i64 %.fca.0.extract to ptr
  %2 = icmp ne i64 %.fca.0.extract, 0
  tail call void @llvm.assume(i1 %2)
  %_11.idx = shl nuw nsw i64 %.fca.1.extract, 3
  %_11 = getelementptr inbounds nuw i8, ptr %1, i64 %_11.idx
  %_183 = icmp eq i64 %.fca.1.extract, 0
  br i1 %_183, label %bb3, label %bb4

bb4:                                              ; preds = %bb4, %start
  %iter.sroa.0.05 = phi ptr [ %_24, %bb4 ], [ %1, %start ]
  %c.sroa.0.04 = phi i64 [ %3, %bb4 ], [ 0, %start ]
  %_24 = getelementptr inbounds nuw i8, ptr %iter.sroa.0.05, i64 8
  %x = load i64, ptr %iter.sroa.0.05, align 8, !noundef !3
  %3 = tail call noundef i64 @rust_helper_rte_crc32_u64(i64 noundef %c.sroa.0.04, i64 noundef %x) #3
  %_18 = icmp eq ptr %_24, %_11
  br i1 %_18, label %bb3, label %bb4

bb3:                                              ; preds = %bb4, %start
  %c.sroa.0.0.lcssa = phi i64 [ 0, %start ], [ %3, %bb4 ]
  ret i64 %c.sroa.0.0.lcssa
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write)
declare void @llvm.assume(i1 noundef) #2

; Function Attrs: nounwind nonlazybind uwtable
declare noundef i64 @rust_helper_rte_crc32_u64(i64 noundef, i64 noundef) unnamed_addr #1

attributes #0 = { nofree norecurse noreturn nosync nounwind nonlazybind memory(none) uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #1 = { nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #2 = { nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write) }
attributes #3 = { nounwind }

!llvm.module.flags = !{!0, !1}
!llvm.ident = !{!2}

!0 = !{i32 8, !"PIC Level", i32 2}
!1 = !{i32 2, !"RtLibUseGOT", i32 1}
!2 = !{!"rustc version 1.95.0 (59807616e 2026-04-14)"}
!3 = !{}

^0 = module: (path: "crc.bc", hash: (1918279589, 3208204290, 3600566789, 3795302166, 3548737357))
^1 = gv: (name: "rust_helper_rte_crc32_u64") ; guid = 402352583383777005
^2 = gv: (name: "_RNvCsfLfy6EI15iL_7___rustc17rust_begin_unwind", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 0, canAutoHide: 0, importType: definition), insts: 2, funcFlags: (readNone: 1, readOnly: 0, noRecurse: 1, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0)))) ; guid = 2205424255181102646
^3 = gv: (name: "llvm.assume") ; guid = 6385187066495850096
^4 = gv: (name: "crc_all", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 0, canAutoHide: 0, importType: definition), insts: 18, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^1, tail: 1))))) ; guid = 9895244333904596164
^5 = blockcount: 0
