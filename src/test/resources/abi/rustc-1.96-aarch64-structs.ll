; ModuleID = 'l.bc'
source_filename = "l.9195efa1e289ddb-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-none"

; Function Attrs: noredzone nounwind uwtable
define dso_local noundef i32 @use_all(ptr noundef captures(none) %p, ptr noundef captures(none) %b, ptr noundef captures(none) %s, ptr noundef captures(none) %f, ptr noundef captures(none) %m) unnamed_addr #0 {
start:
  %_9 = alloca [24 x i8], align 8
  %_8 = alloca [24 x i8], align 8
  %_7.0 = load i64, ptr %p, align 8, !noundef !1
  %0 = getelementptr inbounds nuw i8, ptr %p, i64 8
  %_7.1 = load i64, ptr %0, align 8, !noundef !1
  %.fca.0.insert = insertvalue [2 x i64] poison, i64 %_7.0, 0
  %.fca.1.insert = insertvalue [2 x i64] %.fca.0.insert, i64 %_7.1, 1
  %1 = tail call [2 x i64] @f_pair([2 x i64] %.fca.1.insert) #3
  %.fca.0.extract = extractvalue [2 x i64] %1, 0
  %.fca.1.extract = extractvalue [2 x i64] %1, 1
  store i64 %.fca.0.extract, ptr %p, align 8
  store i64 %.fca.1.extract, ptr %0, align 8
  call void @llvm.lifetime.start.p0(ptr nonnull %_8)
  call void @llvm.lifetime.start.p0(ptr nonnull %_9)
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(24) %_9, ptr noundef nonnull align 8 dereferenceable(24) %b, i64 24, i1 false)
  call void @f_big(ptr noalias noundef nonnull sret([24 x i8]) align 8 captures(address) dereferenceable(24) %_8, ptr noalias noundef nonnull align 8 captures(address) dereferenceable(24) %_9) #3
  call void @llvm.lifetime.end.p0(ptr nonnull %_9)
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(24) %b, ptr noundef nonnull align 8 dereferenceable(24) %_8, i64 24, i1 false)
  call void @llvm.lifetime.end.p0(ptr nonnull %_8)
  %_11.0 = load i32, ptr %s, align 4, !noundef !1
  %2 = getelementptr inbounds nuw i8, ptr %s, i64 4
  %_11.1 = load i8, ptr %2, align 4, !noundef !1
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
  %_13.0 = load double, ptr %f, align 8, !noundef !1
  %4 = getelementptr inbounds nuw i8, ptr %f, i64 8
  %_13.1 = load double, ptr %4, align 8, !noundef !1
  %.fca.0.insert18 = insertvalue [2 x double] poison, double %_13.0, 0
  %.fca.1.insert19 = insertvalue [2 x double] %.fca.0.insert18, double %_13.1, 1
  %5 = call [2 x double] @f_fl([2 x double] %.fca.1.insert19) #3
  %.fca.0.extract24 = extractvalue [2 x double] %5, 0
  %.fca.1.extract25 = extractvalue [2 x double] %5, 1
  store double %.fca.0.extract24, ptr %f, align 8
  store double %.fca.1.extract25, ptr %4, align 8
  %_15.0 = load i32, ptr %m, align 4, !noundef !1
  %6 = getelementptr inbounds nuw i8, ptr %m, i64 4
  %_15.136 = load i32, ptr %6, align 4, !noundef !1
  %.sroa.431.0.insert.ext = zext i32 %_15.136 to i64
  %.sroa.431.0.insert.shift = shl nuw i64 %.sroa.431.0.insert.ext, 32
  %.sroa.030.0.insert.ext = zext i32 %_15.0 to i64
  %.sroa.030.0.insert.insert = or disjoint i64 %.sroa.431.0.insert.shift, %.sroa.030.0.insert.ext
  %7 = call i64 @f_mix(i64 %.sroa.030.0.insert.insert) #3
  %.sroa.034.0.extract.trunc = trunc i64 %7 to i32
  %.sroa.435.0.extract.shift = lshr i64 %7, 32
  %.sroa.435.0.extract.trunc = trunc nuw i64 %.sroa.435.0.extract.shift to i32
  store i32 %.sroa.034.0.extract.trunc, ptr %m, align 4
  store i32 %.sroa.435.0.extract.trunc, ptr %6, align 4
  %_19 = call noundef i8 @f_u8(i8 noundef 1, i8 noundef 2, i16 noundef 3, i16 noundef 4) #3
  %_18 = zext i8 %_19 to i32
  %_21 = call noundef zeroext i1 @f_bool(i1 noundef zeroext true) #3
  %_20 = zext i1 %_21 to i32
  %_17 = add nuw nsw i32 %_20, %_18
  %_22 = call noundef i32 (i32, ...) @f_var(i32 noundef 1, i32 noundef 2) #3
  %_16 = add i32 %_17, %_22
  %_24 = call noundef i8 @f_char(i8 noundef 3) #3
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

; Function Attrs: noredzone nounwind uwtable
declare dso_local [2 x i64] @f_pair([2 x i64]) unnamed_addr #0

; Function Attrs: noredzone nounwind uwtable
declare dso_local void @f_big(ptr dead_on_unwind noalias noundef writable sret([24 x i8]) align 8 captures(address) dereferenceable(24), ptr dead_on_return noalias noundef align 8 captures(address) dereferenceable(24)) unnamed_addr #0

; Function Attrs: noredzone nounwind uwtable
declare dso_local i64 @f_small(i64) unnamed_addr #0

; Function Attrs: noredzone nounwind uwtable
declare dso_local [2 x double] @f_fl([2 x double]) unnamed_addr #0

; Function Attrs: noredzone nounwind uwtable
declare dso_local i64 @f_mix(i64) unnamed_addr #0

; Function Attrs: noredzone nounwind uwtable
declare dso_local noundef i8 @f_u8(i8 noundef, i8 noundef, i16 noundef, i16 noundef) unnamed_addr #0

; Function Attrs: noredzone nounwind uwtable
declare dso_local noundef zeroext i1 @f_bool(i1 noundef zeroext) unnamed_addr #0

; Function Attrs: noredzone nounwind uwtable
declare dso_local noundef i32 @f_var(i32 noundef, ...) unnamed_addr #0

; Function Attrs: noredzone nounwind uwtable
declare dso_local noundef i8 @f_char(i8 noundef) unnamed_addr #0

attributes #0 = { noredzone nounwind uwtable "probe-stack"="inline-asm" "target-cpu"="generic" "target-features"="+v8a,+strict-align,+neon,+fp-armv8" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { nounwind }

!llvm.ident = !{!0}

!0 = !{!"rustc version 1.96.0 (ac68faa20 2026-05-25) (built from a source tarball)"}
!1 = !{}

^0 = module: (path: "l.bc", hash: (2506451548, 4206477349, 2782174575, 2730929797, 1830577362))
^1 = gv: (name: "f_fl") ; guid = 690691120615182003
^2 = gv: (name: "use_all", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 66, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^8, tail: 1), (callee: ^10), (callee: ^6), (callee: ^1), (callee: ^13), (callee: ^7), (callee: ^5), (callee: ^11), (callee: ^9))))) ; guid = 1197257392775416891
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
