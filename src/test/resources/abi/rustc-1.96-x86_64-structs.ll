; ModuleID = 'l-x86_64-linux-gnu.bc'
source_filename = "l.9195efa1e289ddb-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; Function Attrs: nounwind nonlazybind uwtable
define noundef i32 @use_all(ptr noundef captures(none) %p, ptr noundef captures(none) %b, ptr noundef captures(none) %s, ptr noundef captures(none) %f, ptr noundef captures(none) %m) unnamed_addr #0 {
start:
  %_8 = alloca [24 x i8], align 8
  %_7.0 = load i64, ptr %p, align 8, !noundef !3
  %0 = getelementptr inbounds nuw i8, ptr %p, i64 8
  %_7.1 = load i64, ptr %0, align 8, !noundef !3
  %.fca.0.insert = insertvalue { i64, i64 } poison, i64 %_7.0, 0
  %.fca.1.insert = insertvalue { i64, i64 } %.fca.0.insert, i64 %_7.1, 1
  %1 = tail call { i64, i64 } @f_pair({ i64, i64 } %.fca.1.insert) #3
  %.fca.0.extract = extractvalue { i64, i64 } %1, 0
  %.fca.1.extract = extractvalue { i64, i64 } %1, 1
  store i64 %.fca.0.extract, ptr %p, align 8
  store i64 %.fca.1.extract, ptr %0, align 8
  call void @llvm.lifetime.start.p0(ptr nonnull %_8)
  call void @f_big(ptr noalias noundef nonnull sret([24 x i8]) align 8 captures(address) dereferenceable(24) %_8, ptr noalias noundef nonnull byval([24 x i8]) align 8 captures(address) dereferenceable(24) %b) #3
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(24) %b, ptr noundef nonnull align 8 dereferenceable(24) %_8, i64 24, i1 false)
  call void @llvm.lifetime.end.p0(ptr nonnull %_8)
  %_11.0 = load i32, ptr %s, align 4, !noundef !3
  %2 = getelementptr inbounds nuw i8, ptr %s, i64 4
  %_11.1 = load i8, ptr %2, align 4, !noundef !3
  %.sroa.49.0.insert.ext = zext i8 %_11.1 to i64
  %.sroa.49.0.insert.shift = shl nuw nsw i64 %.sroa.49.0.insert.ext, 32
  %.sroa.08.0.insert.ext = zext i32 %_11.0 to i64
  %.sroa.08.0.insert.insert = or disjoint i64 %.sroa.49.0.insert.shift, %.sroa.08.0.insert.ext
  %3 = call i64 @f_small(i64 %.sroa.08.0.insert.insert) #3
  %.sroa.012.0.extract.trunc = trunc i64 %3 to i32
  %.sroa.413.0.extract.shift = lshr i64 %3, 32
  %.sroa.413.0.extract.trunc = trunc i64 %.sroa.413.0.extract.shift to i8
  store i32 %.sroa.012.0.extract.trunc, ptr %s, align 4
  store i8 %.sroa.413.0.extract.trunc, ptr %2, align 4
  %_13.0 = load double, ptr %f, align 8, !noundef !3
  %4 = getelementptr inbounds nuw i8, ptr %f, i64 8
  %_13.1 = load double, ptr %4, align 8, !noundef !3
  %.fca.0.insert18 = insertvalue { double, double } poison, double %_13.0, 0
  %.fca.1.insert19 = insertvalue { double, double } %.fca.0.insert18, double %_13.1, 1
  %5 = call { double, double } @f_fl({ double, double } %.fca.1.insert19) #3
  %.fca.0.extract24 = extractvalue { double, double } %5, 0
  %.fca.1.extract25 = extractvalue { double, double } %5, 1
  store double %.fca.0.extract24, ptr %f, align 8
  store double %.fca.1.extract25, ptr %4, align 8
  %_15.0 = load i64, ptr %m, align 4
  %6 = call i64 @f_mix(i64 %_15.0) #3
  store i64 %6, ptr %m, align 4
  %_19 = call noundef i8 @f_u8(i8 noundef zeroext 1, i8 noundef signext 2, i16 noundef signext 3, i16 noundef zeroext 4) #3
  %_18 = zext i8 %_19 to i32
  %_21 = call noundef zeroext i1 @f_bool(i1 noundef zeroext true) #3
  %_20 = zext i1 %_21 to i32
  %_17 = add nuw nsw i32 %_20, %_18
  %_22 = call noundef i32 (i32, ...) @f_var(i32 noundef 1, i32 noundef 2) #3
  %_16 = add i32 %_17, %_22
  %_24 = call noundef i8 @f_char(i8 noundef signext 3) #3
  %_23 = sext i8 %_24 to i32
  %_0 = add i32 %_16, %_23
  ret i32 %_0
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #2

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: nounwind nonlazybind uwtable
declare { i64, i64 } @f_pair({ i64, i64 }) unnamed_addr #0

; Function Attrs: nounwind nonlazybind uwtable
declare void @f_big(ptr dead_on_unwind noalias noundef writable sret([24 x i8]) align 8 captures(address) dereferenceable(24), ptr noalias noundef byval([24 x i8]) align 8 captures(address) dereferenceable(24)) unnamed_addr #0

; Function Attrs: nounwind nonlazybind uwtable
declare i64 @f_small(i64) unnamed_addr #0

; Function Attrs: nounwind nonlazybind uwtable
declare { double, double } @f_fl({ double, double }) unnamed_addr #0

; Function Attrs: nounwind nonlazybind uwtable
declare i64 @f_mix(i64) unnamed_addr #0

; Function Attrs: nounwind nonlazybind uwtable
declare noundef i8 @f_u8(i8 noundef zeroext, i8 noundef signext, i16 noundef signext, i16 noundef zeroext) unnamed_addr #0

; Function Attrs: nounwind nonlazybind uwtable
declare noundef zeroext i1 @f_bool(i1 noundef zeroext) unnamed_addr #0

; Function Attrs: nounwind nonlazybind uwtable
declare noundef i32 @f_var(i32 noundef, ...) unnamed_addr #0

; Function Attrs: nounwind nonlazybind uwtable
declare noundef i8 @f_char(i8 noundef signext) unnamed_addr #0

attributes #0 = { nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { nounwind }

!llvm.module.flags = !{!0, !1}
!llvm.ident = !{!2}

!0 = !{i32 8, !"PIC Level", i32 2}
!1 = !{i32 2, !"RtLibUseGOT", i32 1}
!2 = !{!"rustc version 1.96.0 (ac68faa20 2026-05-25) (built from a source tarball)"}
!3 = !{}

^0 = module: (path: "l-x86_64-linux-gnu.bc", hash: (1048893875, 2119073880, 1932256547, 2698503583, 2838431927))
^1 = gv: (name: "f_fl") ; guid = 690691120615182003
^2 = gv: (name: "use_all", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 0, canAutoHide: 0, importType: definition), insts: 52, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^8, tail: 1), (callee: ^10), (callee: ^6), (callee: ^1), (callee: ^13), (callee: ^7), (callee: ^5), (callee: ^11), (callee: ^9))))) ; guid = 1197257392775416891
^3 = gv: (name: "llvm.memcpy.p0.p0.i64") ; guid = 2699563562842851132
^4 = gv: (name: "llvm.lifetime.start.p0") ; guid = 4736283418132453162
^5 = gv: (name: "f_bool") ; guid = 5082636391501346122
^6 = gv: (name: "f_small") ; guid = 5896403484834514750
^7 = gv: (name: "f_u8") ; guid = 7961836590190607866
^8 = gv: (name: "f_pair") ; guid = 10211292796501549326
^9 = gv: (name: "f_char") ; guid = 10641752511308053128
^10 = gv: (name: "f_big") ; guid = 11133609917675881519
^11 = gv: (name: "f_var") ; guid = 11832626072429877294
^12 = gv: (name: "llvm.lifetime.end.p0") ; guid = 13244677477227836793
^13 = gv: (name: "f_mix") ; guid = 17240273073320132318
^14 = blockcount: 0
