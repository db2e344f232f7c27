; ModuleID = 'refcount.bc'
source_filename = "refcount.2f436fa724da1037-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; Function Attrs: nounwind nonlazybind uwtable
define noundef zeroext i1 @rust_atomic_add_unless(ptr noundef %v, i32 noundef %a, i32 noundef %u) unnamed_addr #0 {
start:
  %_0 = tail call noundef zeroext i1 @rust_helper_atomic_add_unless(ptr noundef %v, i32 noundef %a, i32 noundef %u) #1
  ret i1 %_0
}

; Function Attrs: nounwind nonlazybind uwtable
define noundef i64 @rust_atomic_add_unless_loop(ptr noundef %v, i32 noundef %u, i64 noundef %n) unnamed_addr #0 {
start:
  %_53.not = icmp eq i64 %n, 0
  br i1 %_53.not, label %bb6, label %bb2

bb6:                                              ; preds = %bb2, %start
  %added.sroa.0.0.lcssa = phi i64 [ 0, %start ], [ %spec.select, %bb2 ]
  ret i64 %added.sroa.0.0.lcssa

bb2:                                              ; preds = %bb2, %start
  %added.sroa.0.05 = phi i64 [ %spec.select, %bb2 ], [ 0, %start ]
  %i.sroa.0.04 = phi i64 [ %_9, %bb2 ], [ 0, %start ]
  %_7 = tail call noundef zeroext i1 @rust_helper_atomic_add_unless(ptr noundef %v, i32 noundef 1, i32 noundef %u) #1
  %_8 = zext i1 %_7 to i64
  %spec.select = add i64 %added.sroa.0.05, %_8
  %_9 = add nuw i64 %i.sroa.0.04, 1
  %exitcond.not = icmp eq i64 %_9, %n
  br i1 %exitcond.not, label %bb6, label %bb2
}

; Function Attrs: nounwind nonlazybind uwtable
define noundef i64 @rust_bit_set_clear_loop(ptr noundef %addr, i64 noundef %mask, i64 noundef %n) unnamed_addr #0 {
start:
  %_54.not = icmp eq i64 %n, 0
  br i1 %_54.not, label %bb9, label %bb2

bb9:                                              ; preds = %bb2, %start
  %hits.sroa.0.0.lcssa = phi i64 [ 0, %start ], [ %spec.select, %bb2 ]
  ret i64 %hits.sroa.0.0.lcssa

bb2:                                              ; preds = %bb2, %start
  %hits.sroa.0.06 = phi i64 [ %spec.select, %bb2 ], [ 0, %start ]
  %i.sroa.0.05 = phi i64 [ %_14, %bb2 ], [ 0, %start ]
  %nr = and i64 %i.sroa.0.05, %mask
  tail call void @rust_helper_set_bit(i64 noundef %nr, ptr noundef %addr) #1
  %_10 = tail call noundef zeroext i1 @rust_helper_test_bit(i64 noundef %nr, ptr noundef %addr) #1
  %_12 = zext i1 %_10 to i64
  %spec.select = add i64 %hits.sroa.0.06, %_12
  tail call void @rust_helper_clear_bit(i64 noundef %nr, ptr noundef %addr) #1
  %_14 = add nuw i64 %i.sroa.0.05, 1
  %exitcond.not = icmp eq i64 %_14, %n
  br i1 %exitcond.not, label %bb9, label %bb2
}

; Function Attrs: nounwind nonlazybind uwtable
define void @rust_clear_bit(i64 noundef %nr, ptr noundef %addr) unnamed_addr #0 {
start:
  tail call void @rust_helper_clear_bit(i64 noundef %nr, ptr noundef %addr) #1
  ret void
}

; Function Attrs: nounwind nonlazybind uwtable
define void @rust_list_add(ptr noundef %new, ptr noundef %head) unnamed_addr #0 {
start:
  tail call void @rust_helper_list_add(ptr noundef %new, ptr noundef %head) #1
  ret void
}

; Function Attrs: nounwind nonlazybind uwtable
define void @rust_list_add_del_loop(ptr noundef %head, ptr noundef %node, i64 noundef %n) unnamed_addr #0 {
start:
  %_52.not = icmp eq i64 %n, 0
  br i1 %_52.not, label %bb5, label %bb2

bb5:                                              ; preds = %bb2, %start
  ret void

bb2:                                              ; preds = %bb2, %start
  %i.sroa.0.03 = phi i64 [ %_9, %bb2 ], [ 0, %start ]
  tail call void @rust_helper_list_add(ptr noundef %node, ptr noundef %head) #1
  tail call void @rust_helper_list_del(ptr noundef %node) #1
  %_9 = add nuw i64 %i.sroa.0.03, 1
  %exitcond.not = icmp eq i64 %_9, %n
  br i1 %exitcond.not, label %bb5, label %bb2
}

; Function Attrs: nounwind nonlazybind uwtable
define noundef i64 @rust_list_count(ptr noundef %head) unnamed_addr #0 {
start:
  %_2 = tail call noundef zeroext i1 @rust_helper_list_empty(ptr noundef %head) #1
  br i1 %_2, label %bb7, label %bb4

bb4:                                              ; preds = %bb4, %start
  %p.sroa.0.0.in = phi ptr [ %p.sroa.0.0, %bb4 ], [ %head, %start ]
  %count.sroa.0.0 = phi i64 [ %_7, %bb4 ], [ 0, %start ]
  %p.sroa.0.0 = load ptr, ptr %p.sroa.0.0.in, align 8, !noundef !3
  %_5 = icmp eq ptr %p.sroa.0.0, %head
  %_7 = add i64 %count.sroa.0.0, 1
  br i1 %_5, label %bb7, label %bb4

bb7:                                              ; preds = %bb4, %start
  %count.sroa.0.1 = phi i64 [ 0, %start ], [ %count.sroa.0.0, %bb4 ]
  ret i64 %count.sroa.0.1
}

; Function Attrs: nounwind nonlazybind uwtable
define void @rust_list_del(ptr noundef %entry) unnamed_addr #0 {
start:
  tail call void @rust_helper_list_del(ptr noundef %entry) #1
  ret void
}

; Function Attrs: nounwind nonlazybind uwtable
define void @rust_list_init(ptr noundef %head) unnamed_addr #0 {
start:
  tail call void @rust_helper_INIT_LIST_HEAD(ptr noundef %head) #1
  ret void
}

; Function Attrs: nounwind nonlazybind uwtable
define noundef zeroext i1 @rust_list_is_empty(ptr noundef %head) unnamed_addr #0 {
start:
  %_0 = tail call noundef zeroext i1 @rust_helper_list_empty(ptr noundef %head) #1
  ret i1 %_0
}

; Function Attrs: nounwind nonlazybind uwtable
define noundef i64 @rust_refcount_get_put_loop(ptr noundef %r, i64 noundef %n) unnamed_addr #0 {
start:
  %_43.not = icmp eq i64 %n, 0
  br i1 %_43.not, label %bb7, label %bb2

bb7:                                              ; preds = %bb2, %start
  %zeros.sroa.0.0.lcssa = phi i64 [ 0, %start ], [ %spec.select, %bb2 ]
  ret i64 %zeros.sroa.0.0.lcssa

bb2:                                              ; preds = %bb2, %start
  %zeros.sroa.0.05 = phi i64 [ %spec.select, %bb2 ], [ 0, %start ]
  %i.sroa.0.04 = phi i64 [ %_9, %bb2 ], [ 0, %start ]
  tail call void @rust_helper_refcount_inc(ptr noundef %r) #1
  %_7 = tail call noundef zeroext i1 @rust_helper_refcount_dec_and_test(ptr noundef %r) #1
  %_8 = zext i1 %_7 to i64
  %spec.select = add i64 %zeros.sroa.0.05, %_8
  %_9 = add nuw i64 %i.sroa.0.04, 1
  %exitcond.not = icmp eq i64 %_9, %n
  br i1 %exitcond.not, label %bb7, label %bb2
}

; Function Attrs: nounwind nonlazybind uwtable
define void @rust_refcount_inc_loop(ptr noundef %r, i64 noundef %n) unnamed_addr #0 {
start:
  %_42.not = icmp eq i64 %n, 0
  br i1 %_42.not, label %bb4, label %bb2

bb4:                                              ; preds = %bb2, %start
  ret void

bb2:                                              ; preds = %bb2, %start
  %i.sroa.0.03 = phi i64 [ %_7, %bb2 ], [ 0, %start ]
  tail call void @rust_helper_refcount_inc(ptr noundef %r) #1
  %_7 = add nuw i64 %i.sroa.0.03, 1
  %exitcond.not = icmp eq i64 %_7, %n
  br i1 %exitcond.not, label %bb4, label %bb2
}

; Function Attrs: nounwind nonlazybind uwtable
define noundef zeroext i1 @rust_refcount_put(ptr noundef %r) unnamed_addr #0 {
start:
  %_0 = tail call noundef zeroext i1 @rust_helper_refcount_dec_and_test(ptr noundef %r) #1
  ret i1 %_0
}

; Function Attrs: nounwind nonlazybind uwtable
define noundef i32 @rust_refcount_read(ptr noundef %r) unnamed_addr #0 {
start:
  %_0 = tail call noundef i32 @rust_helper_refcount_read(ptr noundef %r) #1
  ret i32 %_0
}

; Function Attrs: nounwind nonlazybind uwtable
define void @rust_refcount_set(ptr noundef %r, i32 noundef %n) unnamed_addr #0 {
start:
  tail call void @rust_helper_refcount_set(ptr noundef %r, i32 noundef %n) #1
  ret void
}

; Function Attrs: nounwind nonlazybind uwtable
define void @rust_set_bit(i64 noundef %nr, ptr noundef %addr) unnamed_addr #0 {
start:
  tail call void @rust_helper_set_bit(i64 noundef %nr, ptr noundef %addr) #1
  ret void
}

; Function Attrs: nounwind nonlazybind uwtable
define void @rust_spin_lock_unlock_loop(ptr noundef %lock, ptr noundef captures(none) %counter, i64 noundef %n) unnamed_addr #0 {
start:
  %_52.not = icmp eq i64 %n, 0
  br i1 %_52.not, label %bb5, label %bb2

bb5:                                              ; preds = %bb2, %start
  ret void

bb2:                                              ; preds = %bb2, %start
  %i.sroa.0.03 = phi i64 [ %_11, %bb2 ], [ 0, %start ]
  tail call void @rust_helper_spin_lock(ptr noundef %lock) #1
  %_9 = load i64, ptr %counter, align 8, !noundef !3
  %_8 = add i64 %_9, 1
  store i64 %_8, ptr %counter, align 8
  tail call void @rust_helper_spin_unlock(ptr noundef %lock) #1
  %_11 = add nuw i64 %i.sroa.0.03, 1
  %exitcond.not = icmp eq i64 %_11, %n
  br i1 %exitcond.not, label %bb5, label %bb2
}

; Function Attrs: nounwind nonlazybind uwtable
define noundef i64 @rust_test_and_set_bit_loop(ptr noundef %addr, i64 noundef %mask, i64 noundef %n) unnamed_addr #0 {
start:
  %_54.not = icmp eq i64 %n, 0
  br i1 %_54.not, label %bb7, label %bb2

bb7:                                              ; preds = %bb2, %start
  %newly.sroa.0.0.lcssa = phi i64 [ 0, %start ], [ %spec.select, %bb2 ]
  ret i64 %newly.sroa.0.0.lcssa

bb2:                                              ; preds = %bb2, %start
  %newly.sroa.0.06 = phi i64 [ %spec.select, %bb2 ], [ 0, %start ]
  %i.sroa.0.05 = phi i64 [ %_11, %bb2 ], [ 0, %start ]
  %_8 = and i64 %i.sroa.0.05, %mask
  %_7 = tail call noundef zeroext i1 @rust_helper_test_and_set_bit(i64 noundef %_8, ptr noundef %addr) #1
  %not._7 = xor i1 %_7, true
  %_10 = zext i1 %not._7 to i64
  %spec.select = add i64 %newly.sroa.0.06, %_10
  %_11 = add nuw i64 %i.sroa.0.05, 1
  %exitcond.not = icmp eq i64 %_11, %n
  br i1 %exitcond.not, label %bb7, label %bb2
}

; Function Attrs: nounwind nonlazybind uwtable
define noundef zeroext i1 @rust_test_bit(i64 noundef %nr, ptr noundef %addr) unnamed_addr #0 {
start:
  %_0 = tail call noundef zeroext i1 @rust_helper_test_bit(i64 noundef %nr, ptr noundef %addr) #1
  ret i1 %_0
}

; Function Attrs: nounwind nonlazybind uwtable
declare noundef zeroext i1 @rust_helper_atomic_add_unless(ptr noundef, i32 noundef, i32 noundef) unnamed_addr #0

; Function Attrs: nounwind nonlazybind uwtable
declare void @rust_helper_set_bit(i64 noundef, ptr noundef) unnamed_addr #0

; Function Attrs: nounwind nonlazybind uwtable
declare noundef zeroext i1 @rust_helper_test_bit(i64 noundef, ptr noundef) unnamed_addr #0

; Function Attrs: nounwind nonlazybind uwtable
declare void @rust_helper_clear_bit(i64 noundef, ptr noundef) unnamed_addr #0

; Function Attrs: nounwind nonlazybind uwtable
declare void @rust_helper_list_add(ptr noundef, ptr noundef) unnamed_addr #0

; Function Attrs: nounwind nonlazybind uwtable
declare void @rust_helper_list_del(ptr noundef) unnamed_addr #0

; Function Attrs: nounwind nonlazybind uwtable
declare noundef zeroext i1 @rust_helper_list_empty(ptr noundef) unnamed_addr #0

; Function Attrs: nounwind nonlazybind uwtable
declare void @rust_helper_INIT_LIST_HEAD(ptr noundef) unnamed_addr #0

; Function Attrs: nounwind nonlazybind uwtable
declare void @rust_helper_refcount_inc(ptr noundef) unnamed_addr #0

; Function Attrs: nounwind nonlazybind uwtable
declare noundef zeroext i1 @rust_helper_refcount_dec_and_test(ptr noundef) unnamed_addr #0

; Function Attrs: nounwind nonlazybind uwtable
declare noundef i32 @rust_helper_refcount_read(ptr noundef) unnamed_addr #0

; Function Attrs: nounwind nonlazybind uwtable
declare void @rust_helper_refcount_set(ptr noundef, i32 noundef) unnamed_addr #0

; Function Attrs: nounwind nonlazybind uwtable
declare void @rust_helper_spin_lock(ptr noundef) unnamed_addr #0

; Function Attrs: nounwind nonlazybind uwtable
declare void @rust_helper_spin_unlock(ptr noundef) unnamed_addr #0

; Function Attrs: nounwind nonlazybind uwtable
declare noundef zeroext i1 @rust_helper_test_and_set_bit(i64 noundef, ptr noundef) unnamed_addr #0

attributes #0 = { nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #1 = { nounwind }

!llvm.module.flags = !{!0, !1}
!llvm.ident = !{!2}

!0 = !{i32 8, !"PIC Level", i32 2}
!1 = !{i32 2, !"RtLibUseGOT", i32 1}
!2 = !{!"rustc version 1.95.0 (59807616e 2026-04-14)"}
!3 = !{}

^0 = module: (path: "refcount.bc", hash: (2202282317, 1000017595, 3611604999, 1809262728, 655425121))
^1 = gv: (name: "rust_helper_refcount_read") ; guid = 56275199274024403
^2 = gv: (name: "rust_list_is_empty", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 0, canAutoHide: 0, importType: definition), insts: 2, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^17, tail: 1))))) ; guid = 426114349862381384
^3 = gv: (name: "rust_helper_test_bit") ; guid = 1362850488447044482
^4 = gv: (name: "rust_test_and_set_bit_loop", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 0, canAutoHide: 0, importType: definition), insts: 14, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^18, tail: 1))))) ; guid = 2395043073453250763
^5 = gv: (name: "rust_atomic_add_unless", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 0, canAutoHide: 0, importType: definition), insts: 2, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^27, tail: 1))))) ; guid = 3287210770420444891
^6 = gv: (name: "rust_list_del", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 0, canAutoHide: 0, importType: definition), insts: 2, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^8, tail: 1))))) ; guid = 4832487661202458640
^7 = gv: (name: "rust_set_bit", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 0, canAutoHide: 0, importType: definition), insts: 2, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^30, tail: 1))))) ; guid = 4883363944704026035
^8 = gv: (name: "rust_helper_list_del") ; guid = 5790578673816340111
^9 = gv: (name: "rust_clear_bit", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 0, canAutoHide: 0, importType: definition), insts: 2, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^34, tail: 1))))) ; guid = 7293925918409503905
^10 = gv: (name: "rust_helper_list_add") ; guid = 8491675943399918941
^11 = gv: (name: "rust_helper_spin_unlock") ; guid = 8765815314456189035
^12 = gv: (name: "rust_refcount_set", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 0, canAutoHide: 0, importType: definition), insts: 2, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^15, tail: 1))))) ; guid = 9087430942313587509
^13 = gv: (name: "rust_refcount_get_put_loop", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 0, canAutoHide: 0, importType: definition), insts: 13, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^29, tail: 1), (callee: ^21, tail: 1))))) ; guid = 9629331423276755947
^14 = gv: (name: "rust_helper_INIT_LIST_HEAD") ; guid = 9968485536636801315
^15 = gv: (name: "rust_helper_refcount_set") ; guid = 10913467094123540548
^16 = gv: (name: "rust_refcount_inc_loop", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 0, canAutoHide: 0, importType: definition), insts: 8, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^29, tail: 1))))) ; guid = 10931307159833757933
^17 = gv: (name: "rust_helper_list_empty") ; guid = 11032905407010025646
^18 = gv: (name: "rust_helper_test_and_set_bit") ; guid = 11789799763768992126
^19 = gv: (name: "rust_bit_set_clear_loop", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 0, canAutoHide: 0, importType: definition), insts: 15, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^30, tail: 1), (callee: ^3, tail: 1), (callee: ^34, tail: 1))))) ; guid = 12097812315656354574
^20 = gv: (name: "rust_helper_spin_lock") ; guid = 12626462505235041769
^21 = gv: (name: "rust_helper_refcount_dec_and_test") ; guid = 13439100216622380028
^22 = gv: (name: "rust_spin_lock_unlock_loop", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 0, canAutoHide: 0, importType: definition), insts: 12, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^20, tail: 1), (callee: ^11, tail: 1))))) ; guid = 13658254851766279652
^23 = gv: (name: "rust_atomic_add_unless_loop", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 0, canAutoHide: 0, importType: definition), insts: 12, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^27, tail: 1))))) ; guid = 14069805860315582674
^24 = gv: (name: "rust_list_init", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 0, canAutoHide: 0, importType: definition), insts: 2, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^14, tail: 1))))) ; guid = 14268768474527024956
^25 = gv: (name: "rust_list_count", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 0, canAutoHide: 0, importType: definition), insts: 10, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^17, tail: 1))))) ; guid = 14988661290510806093
^26 = gv: (name: "rust_refcount_read", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 0, canAutoHide: 0, importType: definition), insts: 2, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^1, tail: 1))))) ; guid = 15687218751627821352
^27 = gv: (name: "rust_helper_atomic_add_unless") ; guid = 15853026054484426489
^28 = gv: (name: "rust_test_bit", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 0, canAutoHide: 0, importType: definition), insts: 2, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^3, tail: 1))))) ; guid = 16113813193189873837
^29 = gv: (name: "rust_helper_refcount_inc") ; guid = 16380537026767383013
^30 = gv: (name: "rust_helper_set_bit") ; guid = 16714375570181824414
^31 = gv: (name: "rust_refcount_put", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 0, canAutoHide: 0, importType: definition), insts: 2, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^21, tail: 1))))) ; guid = 16903754441848485414
^32 = gv: (name: "rust_list_add_del_loop", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 0, canAutoHide: 0, importType: definition), insts: 9, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^10, tail: 1), (callee: ^8, tail: 1))))) ; guid = 16995206065659670554
^33 = gv: (name: "rust_list_add", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 0, canAutoHide: 0, importType: definition), insts: 2, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^10, tail: 1))))) ; guid = 17131477168110171197
^34 = gv: (name: "rust_helper_clear_bit") ; guid = 17503324933135723739
^35 = blockcount: 0
