; ModuleID = 'helpers.bc'
source_filename = "target/kernel-rust/helpers.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.__hp_8 = type { [8 x i8] }

@.str = private unnamed_addr constant [5 x i8] c"!ret\00", align 1
@.str.1 = private unnamed_addr constant [53 x i8] c"/usr/include/x86_64-linux-gnu/urcu/static/wfcqueue.h\00", align 1
@__PRETTY_FUNCTION__._cds_wfcq_init = private unnamed_addr constant [68 x i8] c"void _cds_wfcq_init(struct cds_wfcq_head *, struct cds_wfcq_tail *)\00", align 1
@__PRETTY_FUNCTION__._cds_wfcq_destroy = private unnamed_addr constant [71 x i8] c"void _cds_wfcq_destroy(struct cds_wfcq_head *, struct cds_wfcq_tail *)\00", align 1
@__PRETTY_FUNCTION__._cds_wfcq_dequeue_lock = private unnamed_addr constant [76 x i8] c"void _cds_wfcq_dequeue_lock(struct cds_wfcq_head *, struct cds_wfcq_tail *)\00", align 1
@__PRETTY_FUNCTION__._cds_wfcq_dequeue_unlock = private unnamed_addr constant [78 x i8] c"void _cds_wfcq_dequeue_unlock(struct cds_wfcq_head *, struct cds_wfcq_tail *)\00", align 1
@.str.2 = private unnamed_addr constant [52 x i8] c"/usr/include/x86_64-linux-gnu/urcu/static/lfstack.h\00", align 1
@__PRETTY_FUNCTION__._cds_lfs_init = private unnamed_addr constant [43 x i8] c"void _cds_lfs_init(struct cds_lfs_stack *)\00", align 1
@__PRETTY_FUNCTION__._cds_lfs_destroy = private unnamed_addr constant [46 x i8] c"void _cds_lfs_destroy(struct cds_lfs_stack *)\00", align 1
@__PRETTY_FUNCTION__._cds_lfs_pop_lock = private unnamed_addr constant [47 x i8] c"void _cds_lfs_pop_lock(struct cds_lfs_stack *)\00", align 1
@__PRETTY_FUNCTION__._cds_lfs_pop_unlock = private unnamed_addr constant [49 x i8] c"void _cds_lfs_pop_unlock(struct cds_lfs_stack *)\00", align 1

; Function Attrs: alwaysinline mustprogress nofree norecurse nosync nounwind null_pointer_is_valid willreturn memory(argmem: write) uwtable
define dso_local void @rust_helper__cds_wfcq_node_init(ptr noundef writeonly captures(none) initializes((0, 8)) %0) local_unnamed_addr #0 {
  store ptr null, ptr %0, align 8, !tbaa !10
  ret void
}

; Function Attrs: alwaysinline nounwind null_pointer_is_valid uwtable
define dso_local void @rust_helper__cds_wfcq_init(ptr noundef initializes((0, 8)) %0, ptr noundef writeonly captures(none) initializes((0, 8)) %1) local_unnamed_addr #1 {
  store ptr null, ptr %0, align 8, !tbaa !10
  store ptr %0, ptr %1, align 8, !tbaa !14
  %3 = getelementptr inbounds nuw i8, ptr %0, i64 8
  %4 = tail call i32 @pthread_mutex_init(ptr noundef nonnull %3, ptr noundef null) #9
  %5 = icmp eq i32 %4, 0
  br i1 %5, label %7, label %6

6:                                                ; preds = %2
  tail call void @__assert_fail(ptr noundef nonnull @.str, ptr noundef nonnull @.str.1, i32 noundef 107, ptr noundef nonnull @__PRETTY_FUNCTION__._cds_wfcq_init) #10
  unreachable

7:                                                ; preds = %2
  ret void
}

; Function Attrs: alwaysinline nounwind null_pointer_is_valid uwtable
define dso_local void @rust_helper__cds_wfcq_destroy(ptr noundef %0, ptr noundef readnone captures(none) %1) local_unnamed_addr #1 {
  %3 = getelementptr inbounds nuw i8, ptr %0, i64 8
  %4 = tail call i32 @pthread_mutex_destroy(ptr noundef nonnull %3) #9
  %5 = icmp eq i32 %4, 0
  br i1 %5, label %7, label %6

6:                                                ; preds = %2
  tail call void @__assert_fail(ptr noundef nonnull @.str, ptr noundef nonnull @.str.1, i32 noundef 118, ptr noundef nonnull @__PRETTY_FUNCTION__._cds_wfcq_destroy) #10
  unreachable

7:                                                ; preds = %2
  ret void
}

; Function Attrs: alwaysinline nounwind null_pointer_is_valid uwtable
define dso_local zeroext i1 @rust_helper__cds_wfcq_empty(ptr noundef %0, ptr noundef %1) local_unnamed_addr #1 {
  tail call void asm sideeffect "", "~{memory},~{dirflag},~{fpsr},~{flags}"() #11, !srcloc !16
  %3 = load volatile ptr, ptr %0, align 8, !tbaa !17
  %4 = icmp eq ptr %3, null
  br i1 %4, label %5, label %8

5:                                                ; preds = %2
  tail call void asm sideeffect "", "~{memory},~{dirflag},~{fpsr},~{flags}"() #11, !srcloc !18
  %6 = load volatile ptr, ptr %1, align 8, !tbaa !17
  %7 = icmp eq ptr %6, %0
  br label %8

8:                                                ; preds = %5, %2
  %9 = phi i1 [ false, %2 ], [ %7, %5 ]
  ret i1 %9
}

; Function Attrs: alwaysinline nounwind null_pointer_is_valid uwtable
define dso_local void @rust_helper__cds_wfcq_dequeue_lock(ptr noundef %0, ptr noundef readnone captures(none) %1) local_unnamed_addr #1 {
  %3 = getelementptr inbounds nuw i8, ptr %0, i64 8
  %4 = tail call i32 @pthread_mutex_lock(ptr noundef nonnull %3) #9
  %5 = icmp eq i32 %4, 0
  br i1 %5, label %7, label %6

6:                                                ; preds = %2
  tail call void @__assert_fail(ptr noundef nonnull @.str, ptr noundef nonnull @.str.1, i32 noundef 166, ptr noundef nonnull @__PRETTY_FUNCTION__._cds_wfcq_dequeue_lock) #10
  unreachable

7:                                                ; preds = %2
  ret void
}

; Function Attrs: alwaysinline nounwind null_pointer_is_valid uwtable
define dso_local void @rust_helper__cds_wfcq_dequeue_unlock(ptr noundef %0, ptr noundef readnone captures(none) %1) local_unnamed_addr #1 {
  %3 = getelementptr inbounds nuw i8, ptr %0, i64 8
  %4 = tail call i32 @pthread_mutex_unlock(ptr noundef nonnull %3) #9
  %5 = icmp eq i32 %4, 0
  br i1 %5, label %7, label %6

6:                                                ; preds = %2
  tail call void @__assert_fail(ptr noundef nonnull @.str, ptr noundef nonnull @.str.1, i32 noundef 175, ptr noundef nonnull @__PRETTY_FUNCTION__._cds_wfcq_dequeue_unlock) #10
  unreachable

7:                                                ; preds = %2
  ret void
}

; Function Attrs: alwaysinline nounwind null_pointer_is_valid uwtable
define dso_local noundef zeroext i1 @rust_helper__cds_wfcq_enqueue(ptr noundef readnone captures(address) %0, ptr noundef %1, ptr noundef %2) local_unnamed_addr #1 {
  %4 = ptrtoint ptr %2 to i64
  %5 = tail call i64 asm sideeffect "xchgq $0, $1", "=r,=*m,0,*m,~{memory},~{dirflag},~{fpsr},~{flags}"(ptr elementtype(%struct.__hp_8) %1, i64 %4, ptr elementtype(%struct.__hp_8) %1) #11, !srcloc !19
  %6 = inttoptr i64 %5 to ptr
  store volatile ptr %2, ptr %6, align 8, !tbaa !17
  tail call void asm sideeffect "", "~{memory},~{dirflag},~{fpsr},~{flags}"() #11, !srcloc !20
  %7 = icmp ne ptr %0, %6
  ret i1 %7
}

; Function Attrs: alwaysinline nounwind null_pointer_is_valid uwtable
define dso_local ptr @rust_helper__cds_wfcq_dequeue_with_state_blocking(ptr noundef %0, ptr noundef %1, ptr noundef captures(address_is_null) %2) local_unnamed_addr #1 {
  %4 = tail call fastcc ptr @_cds_wfcq_dequeue_with_state_blocking(ptr noundef %0, ptr noundef %1, ptr noundef %2) #12
  ret ptr %4
}

; Function Attrs: inlinehint nounwind null_pointer_is_valid uwtable
define internal fastcc ptr @_cds_wfcq_dequeue_with_state_blocking(ptr noundef %0, ptr noundef %1, ptr noundef captures(address_is_null) %2) unnamed_addr #2 {
  %4 = getelementptr inbounds nuw i8, ptr %0, i64 8
  %5 = tail call i32 @pthread_mutex_lock(ptr noundef nonnull %4) #9
  %6 = icmp eq i32 %5, 0
  br i1 %6, label %8, label %7

7:                                                ; preds = %3
  tail call void @__assert_fail(ptr noundef nonnull @.str, ptr noundef nonnull @.str.1, i32 noundef 166, ptr noundef nonnull @__PRETTY_FUNCTION__._cds_wfcq_dequeue_lock) #10
  unreachable

8:                                                ; preds = %3
  %9 = icmp eq ptr %2, null
  br i1 %9, label %11, label %10

10:                                               ; preds = %8
  store i32 0, ptr %2, align 4, !tbaa !6
  br label %11

11:                                               ; preds = %10, %8
  tail call void asm sideeffect "", "~{memory},~{dirflag},~{fpsr},~{flags}"() #11, !srcloc !16
  %12 = load volatile ptr, ptr %0, align 8, !tbaa !17
  %13 = icmp eq ptr %12, null
  br i1 %13, label %14, label %17

14:                                               ; preds = %11
  tail call void asm sideeffect "", "~{memory},~{dirflag},~{fpsr},~{flags}"() #11, !srcloc !18
  %15 = load volatile ptr, ptr %1, align 8, !tbaa !17
  %16 = icmp eq ptr %15, %0
  br i1 %16, label %61, label %17

17:                                               ; preds = %14, %11
  tail call void asm sideeffect "", "~{memory},~{dirflag},~{fpsr},~{flags}"() #11, !srcloc !21
  %18 = load volatile ptr, ptr %0, align 8, !tbaa !17
  %19 = icmp eq ptr %18, null
  br i1 %19, label %20, label %31

20:                                               ; preds = %27, %17
  %21 = phi i32 [ %28, %27 ], [ 0, %17 ]
  %22 = icmp sgt i32 %21, 8
  br i1 %22, label %23, label %25

23:                                               ; preds = %20
  %24 = tail call i32 @poll(ptr noundef null, i64 noundef 0, i32 noundef 10) #9
  br label %27

25:                                               ; preds = %20
  %26 = add nsw i32 %21, 1
  tail call void asm sideeffect "rep; nop", "~{memory},~{dirflag},~{fpsr},~{flags}"() #11, !srcloc !22
  br label %27

27:                                               ; preds = %25, %23
  %28 = phi i32 [ 0, %23 ], [ %26, %25 ]
  tail call void asm sideeffect "", "~{memory},~{dirflag},~{fpsr},~{flags}"() #11, !srcloc !21
  %29 = load volatile ptr, ptr %0, align 8, !tbaa !17
  %30 = icmp eq ptr %29, null
  br i1 %30, label %20, label %31

31:                                               ; preds = %27, %17
  %32 = phi ptr [ %18, %17 ], [ %29, %27 ]
  tail call void asm sideeffect "", "~{memory},~{dirflag},~{fpsr},~{flags}"() #11, !srcloc !23
  %33 = load volatile ptr, ptr %32, align 8, !tbaa !17
  %34 = icmp eq ptr %33, null
  br i1 %34, label %35, label %59

35:                                               ; preds = %31
  store ptr null, ptr %0, align 8, !tbaa !10
  %36 = ptrtoint ptr %32 to i64
  %37 = ptrtoint ptr %0 to i64
  %38 = tail call i64 asm sideeffect "lock; cmpxchgq $2, $1", "={ax},=*m,r,0,*m,~{memory},~{dirflag},~{fpsr},~{flags}"(ptr elementtype(%struct.__hp_8) %1, i64 %37, i64 %36, ptr elementtype(%struct.__hp_8) %1) #11, !srcloc !24
  %39 = inttoptr i64 %38 to ptr
  %40 = icmp eq ptr %32, %39
  br i1 %40, label %41, label %45

41:                                               ; preds = %35
  br i1 %9, label %61, label %42

42:                                               ; preds = %41
  %43 = load i32, ptr %2, align 4, !tbaa !6
  %44 = or i32 %43, 1
  store i32 %44, ptr %2, align 4, !tbaa !6
  br label %61

45:                                               ; preds = %35
  tail call void asm sideeffect "", "~{memory},~{dirflag},~{fpsr},~{flags}"() #11, !srcloc !21
  %46 = load volatile ptr, ptr %32, align 8, !tbaa !17
  %47 = icmp eq ptr %46, null
  br i1 %47, label %48, label %59

48:                                               ; preds = %55, %45
  %49 = phi i32 [ %56, %55 ], [ 0, %45 ]
  %50 = icmp sgt i32 %49, 8
  br i1 %50, label %51, label %53

51:                                               ; preds = %48
  %52 = tail call i32 @poll(ptr noundef null, i64 noundef 0, i32 noundef 10) #9
  br label %55

53:                                               ; preds = %48
  %54 = add nsw i32 %49, 1
  tail call void asm sideeffect "rep; nop", "~{memory},~{dirflag},~{fpsr},~{flags}"() #11, !srcloc !22
  br label %55

55:                                               ; preds = %53, %51
  %56 = phi i32 [ 0, %51 ], [ %54, %53 ]
  tail call void asm sideeffect "", "~{memory},~{dirflag},~{fpsr},~{flags}"() #11, !srcloc !21
  %57 = load volatile ptr, ptr %32, align 8, !tbaa !17
  %58 = icmp eq ptr %57, null
  br i1 %58, label %48, label %59

59:                                               ; preds = %55, %45, %31
  %60 = phi ptr [ %33, %31 ], [ %46, %45 ], [ %57, %55 ]
  store ptr %60, ptr %0, align 8, !tbaa !25
  br label %61

61:                                               ; preds = %59, %42, %41, %14
  %62 = phi ptr [ null, %14 ], [ %32, %59 ], [ %32, %42 ], [ %32, %41 ]
  %63 = tail call i32 @pthread_mutex_unlock(ptr noundef nonnull %4) #9
  %64 = icmp eq i32 %63, 0
  br i1 %64, label %66, label %65

65:                                               ; preds = %61
  tail call void @__assert_fail(ptr noundef nonnull @.str, ptr noundef nonnull @.str.1, i32 noundef 175, ptr noundef nonnull @__PRETTY_FUNCTION__._cds_wfcq_dequeue_unlock) #10
  unreachable

66:                                               ; preds = %61
  ret ptr %62
}

; Function Attrs: alwaysinline nounwind null_pointer_is_valid uwtable
define dso_local ptr @rust_helper__cds_wfcq_dequeue_blocking(ptr noundef %0, ptr noundef %1) local_unnamed_addr #1 {
  %3 = tail call fastcc ptr @_cds_wfcq_dequeue_with_state_blocking(ptr noundef %0, ptr noundef %1, ptr noundef null) #12
  ret ptr %3
}

; Function Attrs: alwaysinline nounwind null_pointer_is_valid uwtable
define dso_local range(i32 0, 3) i32 @rust_helper__cds_wfcq_splice_blocking(ptr noundef readnone captures(address) %0, ptr noundef %1, ptr noundef %2, ptr noundef %3) local_unnamed_addr #1 {
  %5 = getelementptr inbounds nuw i8, ptr %2, i64 8
  %6 = tail call i32 @pthread_mutex_lock(ptr noundef nonnull %5) #9
  %7 = icmp eq i32 %6, 0
  br i1 %7, label %9, label %8

8:                                                ; preds = %4
  tail call void @__assert_fail(ptr noundef nonnull @.str, ptr noundef nonnull @.str.1, i32 noundef 166, ptr noundef nonnull @__PRETTY_FUNCTION__._cds_wfcq_dequeue_lock) #10
  unreachable

9:                                                ; preds = %4
  tail call void asm sideeffect "", "~{memory},~{dirflag},~{fpsr},~{flags}"() #11, !srcloc !16
  %10 = load volatile ptr, ptr %2, align 8, !tbaa !17
  %11 = icmp eq ptr %10, null
  br i1 %11, label %12, label %15

12:                                               ; preds = %9
  tail call void asm sideeffect "", "~{memory},~{dirflag},~{fpsr},~{flags}"() #11, !srcloc !18
  %13 = load volatile ptr, ptr %3, align 8, !tbaa !17
  %14 = icmp eq ptr %13, %2
  br i1 %14, label %41, label %15

15:                                               ; preds = %12, %9
  %16 = tail call i64 asm sideeffect "xchgq $0, $1", "=r,=*m,0,*m,~{memory},~{dirflag},~{fpsr},~{flags}"(ptr elementtype(%struct.__hp_8) %2, i64 0, ptr elementtype(%struct.__hp_8) %2) #11, !srcloc !19
  %17 = icmp eq i64 %16, 0
  br i1 %17, label %18, label %32

18:                                               ; preds = %28, %15
  %19 = phi i32 [ %29, %28 ], [ 0, %15 ]
  tail call void asm sideeffect "", "~{memory},~{dirflag},~{fpsr},~{flags}"() #11, !srcloc !27
  %20 = load volatile ptr, ptr %3, align 8, !tbaa !17
  %21 = icmp eq ptr %20, %2
  br i1 %21, label %41, label %22

22:                                               ; preds = %18
  %23 = icmp sgt i32 %19, 8
  br i1 %23, label %24, label %26

24:                                               ; preds = %22
  %25 = tail call i32 @poll(ptr noundef null, i64 noundef 0, i32 noundef 10) #9
  br label %28

26:                                               ; preds = %22
  %27 = add nsw i32 %19, 1
  tail call void asm sideeffect "rep; nop", "~{memory},~{dirflag},~{fpsr},~{flags}"() #11, !srcloc !22
  br label %28

28:                                               ; preds = %26, %24
  %29 = phi i32 [ 0, %24 ], [ %27, %26 ]
  %30 = tail call i64 asm sideeffect "xchgq $0, $1", "=r,=*m,0,*m,~{memory},~{dirflag},~{fpsr},~{flags}"(ptr elementtype(%struct.__hp_8) %2, i64 0, ptr elementtype(%struct.__hp_8) %2) #11, !srcloc !19
  %31 = icmp eq i64 %30, 0
  br i1 %31, label %18, label %32

32:                                               ; preds = %28, %15
  %33 = phi i64 [ %16, %15 ], [ %30, %28 ]
  %34 = inttoptr i64 %33 to ptr
  %35 = ptrtoint ptr %2 to i64
  %36 = tail call i64 asm sideeffect "xchgq $0, $1", "=r,=*m,0,*m,~{memory},~{dirflag},~{fpsr},~{flags}"(ptr elementtype(%struct.__hp_8) %3, i64 %35, ptr elementtype(%struct.__hp_8) %3) #11, !srcloc !19
  %37 = tail call i64 asm sideeffect "xchgq $0, $1", "=r,=*m,0,*m,~{memory},~{dirflag},~{fpsr},~{flags}"(ptr elementtype(%struct.__hp_8) %1, i64 %36, ptr elementtype(%struct.__hp_8) %1) #11, !srcloc !19
  %38 = inttoptr i64 %37 to ptr
  store volatile ptr %34, ptr %38, align 8, !tbaa !17
  tail call void asm sideeffect "", "~{memory},~{dirflag},~{fpsr},~{flags}"() #11, !srcloc !20
  %39 = icmp ne ptr %0, %38
  %40 = zext i1 %39 to i32
  br label %41

41:                                               ; preds = %32, %18, %12
  %42 = phi i32 [ 2, %12 ], [ %40, %32 ], [ 2, %18 ]
  %43 = tail call i32 @pthread_mutex_unlock(ptr noundef nonnull %5) #9
  %44 = icmp eq i32 %43, 0
  br i1 %44, label %46, label %45

45:                                               ; preds = %41
  tail call void @__assert_fail(ptr noundef nonnull @.str, ptr noundef nonnull @.str.1, i32 noundef 175, ptr noundef nonnull @__PRETTY_FUNCTION__._cds_wfcq_dequeue_unlock) #10
  unreachable

46:                                               ; preds = %41
  ret i32 %42
}

; Function Attrs: alwaysinline mustprogress nofree norecurse nosync nounwind null_pointer_is_valid willreturn memory(none) uwtable
define dso_local void @rust_helper__cds_lfs_node_init(ptr noundef readnone captures(none) %0) local_unnamed_addr #3 {
  ret void
}

; Function Attrs: alwaysinline nounwind null_pointer_is_valid uwtable
define dso_local void @rust_helper__cds_lfs_init(ptr noundef initializes((0, 8)) %0) local_unnamed_addr #1 {
  store ptr null, ptr %0, align 8, !tbaa !28
  %2 = getelementptr inbounds nuw i8, ptr %0, i64 8
  %3 = tail call i32 @pthread_mutex_init(ptr noundef nonnull %2, ptr noundef null) #9
  %4 = icmp eq i32 %3, 0
  br i1 %4, label %6, label %5

5:                                                ; preds = %1
  tail call void @__assert_fail(ptr noundef nonnull @.str, ptr noundef nonnull @.str.2, i32 noundef 79, ptr noundef nonnull @__PRETTY_FUNCTION__._cds_lfs_init) #10
  unreachable

6:                                                ; preds = %1
  ret void
}

; Function Attrs: alwaysinline nounwind null_pointer_is_valid uwtable
define dso_local void @rust_helper__cds_lfs_destroy(ptr noundef %0) local_unnamed_addr #1 {
  %2 = getelementptr inbounds nuw i8, ptr %0, i64 8
  %3 = tail call i32 @pthread_mutex_destroy(ptr noundef nonnull %2) #9
  %4 = icmp eq i32 %3, 0
  br i1 %4, label %6, label %5

5:                                                ; preds = %1
  tail call void @__assert_fail(ptr noundef nonnull @.str, ptr noundef nonnull @.str.2, i32 noundef 90, ptr noundef nonnull @__PRETTY_FUNCTION__._cds_lfs_destroy) #10
  unreachable

6:                                                ; preds = %1
  ret void
}

; Function Attrs: alwaysinline nounwind null_pointer_is_valid uwtable
define dso_local zeroext i1 @rust_helper__cds_lfs_empty(ptr noundef %0) local_unnamed_addr #1 {
  tail call void asm sideeffect "", "~{memory},~{dirflag},~{fpsr},~{flags}"() #11, !srcloc !31
  %2 = load volatile ptr, ptr %0, align 8, !tbaa !32
  %3 = icmp eq ptr %2, null
  ret i1 %3
}

; Function Attrs: alwaysinline nounwind null_pointer_is_valid uwtable
define dso_local zeroext i1 @rust_helper__cds_lfs_push(ptr noundef %0, ptr noundef %1) local_unnamed_addr #1 {
  %3 = ptrtoint ptr %1 to i64
  br label %4

4:                                                ; preds = %4, %2
  %5 = phi ptr [ null, %2 ], [ %8, %4 ]
  store ptr %5, ptr %1, align 8, !tbaa !33
  %6 = ptrtoint ptr %5 to i64
  %7 = tail call i64 asm sideeffect "lock; cmpxchgq $2, $1", "={ax},=*m,r,0,*m,~{memory},~{dirflag},~{fpsr},~{flags}"(ptr elementtype(%struct.__hp_8) %0, i64 %3, i64 %6, ptr elementtype(%struct.__hp_8) %0) #11, !srcloc !24
  %8 = inttoptr i64 %7 to ptr
  %9 = icmp eq ptr %5, %8
  br i1 %9, label %10, label %4

10:                                               ; preds = %4
  %11 = icmp ne i64 %7, 0
  ret i1 %11
}

; Function Attrs: alwaysinline nounwind null_pointer_is_valid uwtable
define dso_local void @rust_helper__cds_lfs_pop_lock(ptr noundef %0) local_unnamed_addr #1 {
  %2 = getelementptr inbounds nuw i8, ptr %0, i64 8
  %3 = tail call i32 @pthread_mutex_lock(ptr noundef nonnull %2) #9
  %4 = icmp eq i32 %3, 0
  br i1 %4, label %6, label %5

5:                                                ; preds = %1
  tail call void @__assert_fail(ptr noundef nonnull @.str, ptr noundef nonnull @.str.2, i32 noundef 270, ptr noundef nonnull @__PRETTY_FUNCTION__._cds_lfs_pop_lock) #10
  unreachable

6:                                                ; preds = %1
  ret void
}

; Function Attrs: alwaysinline nounwind null_pointer_is_valid uwtable
define dso_local void @rust_helper__cds_lfs_pop_unlock(ptr noundef %0) local_unnamed_addr #1 {
  %2 = getelementptr inbounds nuw i8, ptr %0, i64 8
  %3 = tail call i32 @pthread_mutex_unlock(ptr noundef nonnull %2) #9
  %4 = icmp eq i32 %3, 0
  br i1 %4, label %6, label %5

5:                                                ; preds = %1
  tail call void @__assert_fail(ptr noundef nonnull @.str, ptr noundef nonnull @.str.2, i32 noundef 281, ptr noundef nonnull @__PRETTY_FUNCTION__._cds_lfs_pop_unlock) #10
  unreachable

6:                                                ; preds = %1
  ret void
}

; Function Attrs: alwaysinline nounwind null_pointer_is_valid uwtable
define dso_local ptr @rust_helper__cds_lfs_pop_blocking(ptr noundef %0) local_unnamed_addr #1 {
  %2 = getelementptr inbounds nuw i8, ptr %0, i64 8
  %3 = tail call i32 @pthread_mutex_lock(ptr noundef nonnull %2) #9
  %4 = icmp eq i32 %3, 0
  br i1 %4, label %6, label %5

5:                                                ; preds = %1
  tail call void @__assert_fail(ptr noundef nonnull @.str, ptr noundef nonnull @.str.2, i32 noundef 270, ptr noundef nonnull @__PRETTY_FUNCTION__._cds_lfs_pop_lock) #10
  unreachable

6:                                                ; preds = %9, %1
  %7 = load volatile ptr, ptr %0, align 8, !tbaa !32
  %8 = icmp eq ptr %7, null
  br i1 %8, label %16, label %9

9:                                                ; preds = %6
  %10 = load volatile ptr, ptr %7, align 8, !tbaa !36
  %11 = ptrtoint ptr %7 to i64
  %12 = ptrtoint ptr %10 to i64
  %13 = tail call i64 asm sideeffect "lock; cmpxchgq $2, $1", "={ax},=*m,r,0,*m,~{memory},~{dirflag},~{fpsr},~{flags}"(ptr elementtype(%struct.__hp_8) %0, i64 %12, i64 %11, ptr elementtype(%struct.__hp_8) %0) #11, !srcloc !24
  %14 = inttoptr i64 %13 to ptr
  %15 = icmp eq ptr %7, %14
  br i1 %15, label %16, label %6

16:                                               ; preds = %9, %6
  %17 = tail call i32 @pthread_mutex_unlock(ptr noundef nonnull %2) #9
  %18 = icmp eq i32 %17, 0
  br i1 %18, label %20, label %19

19:                                               ; preds = %16
  tail call void @__assert_fail(ptr noundef nonnull @.str, ptr noundef nonnull @.str.2, i32 noundef 281, ptr noundef nonnull @__PRETTY_FUNCTION__._cds_lfs_pop_unlock) #10
  unreachable

20:                                               ; preds = %16
  ret ptr %7
}

; Function Attrs: alwaysinline nounwind null_pointer_is_valid uwtable
define dso_local ptr @rust_helper__cds_lfs_pop_all_blocking(ptr noundef %0) local_unnamed_addr #1 {
  %2 = getelementptr inbounds nuw i8, ptr %0, i64 8
  %3 = tail call i32 @pthread_mutex_lock(ptr noundef nonnull %2) #9
  %4 = icmp eq i32 %3, 0
  br i1 %4, label %6, label %5

5:                                                ; preds = %1
  tail call void @__assert_fail(ptr noundef nonnull @.str, ptr noundef nonnull @.str.2, i32 noundef 270, ptr noundef nonnull @__PRETTY_FUNCTION__._cds_lfs_pop_lock) #10
  unreachable

6:                                                ; preds = %1
  %7 = tail call i64 asm sideeffect "xchgq $0, $1", "=r,=*m,0,*m,~{memory},~{dirflag},~{fpsr},~{flags}"(ptr elementtype(%struct.__hp_8) %0, i64 0, ptr elementtype(%struct.__hp_8) %0) #11, !srcloc !19
  %8 = tail call i32 @pthread_mutex_unlock(ptr noundef nonnull %2) #9
  %9 = icmp eq i32 %8, 0
  br i1 %9, label %11, label %10

10:                                               ; preds = %6
  tail call void @__assert_fail(ptr noundef nonnull @.str, ptr noundef nonnull @.str.2, i32 noundef 281, ptr noundef nonnull @__PRETTY_FUNCTION__._cds_lfs_pop_unlock) #10
  unreachable

11:                                               ; preds = %6
  %12 = inttoptr i64 %7 to ptr
  ret ptr %12
}

; Function Attrs: alwaysinline mustprogress nofree norecurse nosync nounwind null_pointer_is_valid willreturn memory(write, argmem: readwrite, inaccessiblemem: none, target_mem0: none, target_mem1: none) uwtable
define dso_local void @rust_helper_cds_list_add(ptr noundef %0, ptr noundef %1) local_unnamed_addr #4 {
  %3 = load ptr, ptr %1, align 8, !tbaa !37
  %4 = getelementptr inbounds nuw i8, ptr %3, i64 8
  store ptr %0, ptr %4, align 8, !tbaa !40
  store ptr %3, ptr %0, align 8, !tbaa !37
  %5 = getelementptr inbounds nuw i8, ptr %0, i64 8
  store ptr %1, ptr %5, align 8, !tbaa !40
  store ptr %0, ptr %1, align 8, !tbaa !37
  ret void
}

; Function Attrs: alwaysinline mustprogress nofree norecurse nosync nounwind null_pointer_is_valid willreturn memory(write, argmem: readwrite, inaccessiblemem: none, target_mem0: none, target_mem1: none) uwtable
define dso_local void @rust_helper_cds_list_add_tail(ptr noundef %0, ptr noundef %1) local_unnamed_addr #4 {
  %3 = getelementptr inbounds nuw i8, ptr %1, i64 8
  %4 = load ptr, ptr %3, align 8, !tbaa !40
  store ptr %0, ptr %4, align 8, !tbaa !37
  store ptr %1, ptr %0, align 8, !tbaa !37
  %5 = getelementptr inbounds nuw i8, ptr %0, i64 8
  store ptr %4, ptr %5, align 8, !tbaa !40
  store ptr %0, ptr %3, align 8, !tbaa !40
  ret void
}

; Function Attrs: alwaysinline mustprogress nofree norecurse nosync nounwind null_pointer_is_valid willreturn memory(write, argmem: readwrite, inaccessiblemem: none, target_mem0: none, target_mem1: none) uwtable
define dso_local void @rust_helper_cds_list_del(ptr noundef readonly captures(none) %0) local_unnamed_addr #4 {
  %2 = getelementptr inbounds nuw i8, ptr %0, i64 8
  %3 = load ptr, ptr %2, align 8, !tbaa !40
  %4 = load ptr, ptr %0, align 8, !tbaa !37
  %5 = getelementptr inbounds nuw i8, ptr %4, i64 8
  store ptr %3, ptr %5, align 8, !tbaa !40
  store ptr %4, ptr %3, align 8, !tbaa !37
  ret void
}

; Function Attrs: alwaysinline mustprogress nofree norecurse nosync nounwind null_pointer_is_valid willreturn memory(write, argmem: readwrite, inaccessiblemem: none, target_mem0: none, target_mem1: none) uwtable
define dso_local void @rust_helper_cds_list_del_init(ptr noundef %0) local_unnamed_addr #4 {
  %2 = getelementptr inbounds nuw i8, ptr %0, i64 8
  %3 = load ptr, ptr %2, align 8, !tbaa !40
  %4 = load ptr, ptr %0, align 8, !tbaa !37
  %5 = getelementptr inbounds nuw i8, ptr %4, i64 8
  store ptr %3, ptr %5, align 8, !tbaa !40
  store ptr %4, ptr %3, align 8, !tbaa !37
  store ptr %0, ptr %2, align 8, !tbaa !40
  store ptr %0, ptr %0, align 8, !tbaa !37
  ret void
}

; Function Attrs: alwaysinline mustprogress nofree norecurse nosync nounwind null_pointer_is_valid willreturn memory(write, argmem: readwrite, inaccessiblemem: none, target_mem0: none, target_mem1: none) uwtable
define dso_local void @rust_helper_cds_list_move(ptr noundef %0, ptr noundef %1) local_unnamed_addr #4 {
  %3 = getelementptr inbounds nuw i8, ptr %0, i64 8
  %4 = load ptr, ptr %3, align 8, !tbaa !40
  %5 = load ptr, ptr %0, align 8, !tbaa !37
  %6 = getelementptr inbounds nuw i8, ptr %5, i64 8
  store ptr %4, ptr %6, align 8, !tbaa !40
  store ptr %5, ptr %4, align 8, !tbaa !37
  %7 = load ptr, ptr %1, align 8, !tbaa !37
  %8 = getelementptr inbounds nuw i8, ptr %7, i64 8
  store ptr %0, ptr %8, align 8, !tbaa !40
  store ptr %7, ptr %0, align 8, !tbaa !37
  store ptr %1, ptr %3, align 8, !tbaa !40
  store ptr %0, ptr %1, align 8, !tbaa !37
  ret void
}

; Function Attrs: alwaysinline mustprogress nofree norecurse nosync nounwind null_pointer_is_valid willreturn memory(write, argmem: readwrite, inaccessiblemem: none, target_mem0: none, target_mem1: none) uwtable
define dso_local void @rust_helper_cds_list_replace(ptr noundef readonly captures(none) %0, ptr noundef initializes((0, 16)) %1) local_unnamed_addr #4 {
  %3 = load ptr, ptr %0, align 8, !tbaa !37
  store ptr %3, ptr %1, align 8, !tbaa !37
  %4 = getelementptr inbounds nuw i8, ptr %0, i64 8
  %5 = load ptr, ptr %4, align 8, !tbaa !40
  %6 = getelementptr inbounds nuw i8, ptr %1, i64 8
  store ptr %5, ptr %6, align 8, !tbaa !40
  store ptr %1, ptr %5, align 8, !tbaa !37
  %7 = load ptr, ptr %1, align 8, !tbaa !37
  %8 = getelementptr inbounds nuw i8, ptr %7, i64 8
  store ptr %1, ptr %8, align 8, !tbaa !40
  ret void
}

; Function Attrs: alwaysinline mustprogress nofree norecurse nosync nounwind null_pointer_is_valid willreturn memory(write, argmem: readwrite, inaccessiblemem: none, target_mem0: none, target_mem1: none) uwtable
define dso_local void @rust_helper_cds_list_splice(ptr noundef readonly captures(address) %0, ptr noundef %1) local_unnamed_addr #4 {
  %3 = load ptr, ptr %0, align 8, !tbaa !37
  %4 = icmp eq ptr %0, %3
  br i1 %4, label %12, label %5

5:                                                ; preds = %2
  %6 = getelementptr inbounds nuw i8, ptr %3, i64 8
  store ptr %1, ptr %6, align 8, !tbaa !40
  %7 = load ptr, ptr %1, align 8, !tbaa !37
  %8 = getelementptr inbounds nuw i8, ptr %0, i64 8
  %9 = load ptr, ptr %8, align 8, !tbaa !40
  store ptr %7, ptr %9, align 8, !tbaa !37
  %10 = getelementptr inbounds nuw i8, ptr %7, i64 8
  store ptr %9, ptr %10, align 8, !tbaa !40
  %11 = load ptr, ptr %0, align 8, !tbaa !37
  store ptr %11, ptr %1, align 8, !tbaa !37
  br label %12

12:                                               ; preds = %5, %2
  ret void
}

; Function Attrs: alwaysinline mustprogress nofree norecurse nosync nounwind null_pointer_is_valid willreturn memory(argmem: read) uwtable
define dso_local range(i32 0, 2) i32 @rust_helper_cds_list_empty(ptr noundef readonly captures(address) %0) local_unnamed_addr #5 {
  %2 = load ptr, ptr %0, align 8, !tbaa !37
  %3 = icmp eq ptr %0, %2
  %4 = zext i1 %3 to i32
  ret i32 %4
}

; Function Attrs: alwaysinline mustprogress nofree norecurse nosync nounwind null_pointer_is_valid willreturn memory(write, argmem: readwrite, inaccessiblemem: none, target_mem0: none, target_mem1: none) uwtable
define dso_local void @rust_helper_cds_list_replace_init(ptr noundef %0, ptr noundef %1) local_unnamed_addr #4 {
  %3 = load ptr, ptr %0, align 8, !tbaa !37
  %4 = getelementptr inbounds nuw i8, ptr %0, i64 8
  %5 = load ptr, ptr %4, align 8, !tbaa !40
  %6 = getelementptr inbounds nuw i8, ptr %3, i64 8
  store ptr %1, ptr %5, align 8, !tbaa !37
  store ptr %3, ptr %1, align 8, !tbaa !37
  %7 = getelementptr inbounds nuw i8, ptr %1, i64 8
  store ptr %5, ptr %7, align 8, !tbaa !40
  store ptr %1, ptr %6, align 8, !tbaa !40
  store ptr %0, ptr %4, align 8, !tbaa !40
  store ptr %0, ptr %0, align 8, !tbaa !37
  ret void
}

; Function Attrs: nounwind null_pointer_is_valid
declare i32 @pthread_mutex_init(ptr noundef, ptr noundef) local_unnamed_addr #6

; Function Attrs: noreturn nounwind null_pointer_is_valid
declare void @__assert_fail(ptr noundef, ptr noundef, i32 noundef, ptr noundef) local_unnamed_addr #7

; Function Attrs: nounwind null_pointer_is_valid
declare i32 @pthread_mutex_destroy(ptr noundef) local_unnamed_addr #6

; Function Attrs: nounwind null_pointer_is_valid
declare i32 @pthread_mutex_lock(ptr noundef) local_unnamed_addr #6

; Function Attrs: nounwind null_pointer_is_valid
declare i32 @pthread_mutex_unlock(ptr noundef) local_unnamed_addr #6

; Function Attrs: null_pointer_is_valid
declare i32 @poll(ptr noundef, i64 noundef, i32 noundef) local_unnamed_addr #8

attributes #0 = { alwaysinline mustprogress nofree norecurse nosync nounwind null_pointer_is_valid willreturn memory(argmem: write) uwtable "min-legal-vector-width"="0" "no-builtin-wcslen" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { alwaysinline nounwind null_pointer_is_valid uwtable "min-legal-vector-width"="0" "no-builtin-wcslen" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { inlinehint nounwind null_pointer_is_valid uwtable "min-legal-vector-width"="0" "no-builtin-wcslen" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { alwaysinline mustprogress nofree norecurse nosync nounwind null_pointer_is_valid willreturn memory(none) uwtable "min-legal-vector-width"="0" "no-builtin-wcslen" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { alwaysinline mustprogress nofree norecurse nosync nounwind null_pointer_is_valid willreturn memory(write, argmem: readwrite, inaccessiblemem: none, target_mem0: none, target_mem1: none) uwtable "min-legal-vector-width"="0" "no-builtin-wcslen" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { alwaysinline mustprogress nofree norecurse nosync nounwind null_pointer_is_valid willreturn memory(argmem: read) uwtable "min-legal-vector-width"="0" "no-builtin-wcslen" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nounwind null_pointer_is_valid "no-builtin-wcslen" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { noreturn nounwind null_pointer_is_valid "no-builtin-wcslen" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #8 = { null_pointer_is_valid "no-builtin-wcslen" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #9 = { nounwind "no-builtin-wcslen" }
attributes #10 = { noreturn nounwind "no-builtin-wcslen" }
attributes #11 = { nounwind }
attributes #12 = { "no-builtin-wcslen" }

!llvm.module.flags = !{!0, !1, !2, !3, !4}
!llvm.ident = !{!5}
!llvm.errno.tbaa = !{!6}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{i32 1, !"EnableSplitLTOUnit", i32 0}
!5 = !{!"Debian clang version 22.1.8 (1~deb12u1)"}
!6 = !{!7, !7, i64 0}
!7 = !{!"int", !8, i64 0}
!8 = !{!"omnipotent char", !9, i64 0}
!9 = !{!"Simple C/C++ TBAA"}
!10 = !{!11, !12, i64 0}
!11 = !{!"cds_wfcq_node", !12, i64 0}
!12 = !{!"p1 _ZTS13cds_wfcq_node", !13, i64 0}
!13 = !{!"any pointer", !8, i64 0}
!14 = !{!15, !12, i64 0}
!15 = !{!"cds_wfcq_tail", !12, i64 0}
!16 = !{i64 2147934605}
!17 = !{!12, !12, i64 0}
!18 = !{i64 2147934871}
!19 = !{i64 422592}
!20 = !{i64 2147936301}
!21 = !{i64 2147936563}
!22 = !{i64 2147936403}
!23 = !{i64 2147937540}
!24 = !{i64 421219}
!25 = !{!26, !12, i64 0}
!26 = !{!"__cds_wfcq_head", !11, i64 0}
!27 = !{i64 2147938701}
!28 = !{!29, !30, i64 0}
!29 = !{!"cds_lfs_stack", !30, i64 0, !8, i64 8}
!30 = !{!"p1 _ZTS12cds_lfs_head", !13, i64 0}
!31 = !{i64 2147973822}
!32 = !{!30, !30, i64 0}
!33 = !{!34, !35, i64 0}
!34 = !{!"cds_lfs_node", !35, i64 0}
!35 = !{!"p1 _ZTS12cds_lfs_node", !13, i64 0}
!36 = !{!35, !35, i64 0}
!37 = !{!38, !39, i64 0}
!38 = !{!"cds_list_head", !39, i64 0, !39, i64 8}
!39 = !{!"p1 _ZTS13cds_list_head", !13, i64 0}
!40 = !{!38, !39, i64 8}

^0 = module: (path: "helpers.bc", hash: (2538216319, 3119146768, 2978834391, 205769802, 1897220992))
^1 = gv: (name: "rust_helper__cds_lfs_empty", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 4, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 1, noUnwind: 1, mayThrow: 0, hasUnknownCall: 1, mustBeUnreachable: 0)))) ; guid = 287701860797927084
^2 = gv: (name: "__PRETTY_FUNCTION__._cds_wfcq_dequeue_unlock", summaries: (variable: (module: ^0, flags: (linkage: private, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), varFlags: (readonly: 1, writeonly: 0, constant: 1)))) ; guid = 846968422711493978
^3 = gv: (name: ".str.1", summaries: (variable: (module: ^0, flags: (linkage: private, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), varFlags: (readonly: 1, writeonly: 0, constant: 1)))) ; guid = 1025024438872975592
^4 = gv: (name: "__PRETTY_FUNCTION__._cds_wfcq_destroy", summaries: (variable: (module: ^0, flags: (linkage: private, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), varFlags: (readonly: 1, writeonly: 0, constant: 1)))) ; guid = 1041021016105602945
^5 = gv: (name: "rust_helper__cds_lfs_pop_all_blocking", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 14, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 1, noUnwind: 1, mayThrow: 0, hasUnknownCall: 1, mustBeUnreachable: 0), calls: ((callee: ^39, tail: 1), (callee: ^28, tail: 1), (callee: ^41, tail: 1)), refs: (^16, ^25, ^18, ^38)))) ; guid = 1071139502357354229
^6 = gv: (name: "rust_helper__cds_lfs_pop_lock", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 7, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 1, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^39, tail: 1), (callee: ^28, tail: 1)), refs: (^16, ^25, ^18)))) ; guid = 1655923734093998102
^7 = gv: (name: "rust_helper__cds_wfcq_dequeue_with_state_blocking", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 2, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 1, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^20, tail: 1))))) ; guid = 1999532686803122008
^8 = gv: (name: "rust_helper__cds_wfcq_init", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 9, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 1, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^19, tail: 1), (callee: ^28, tail: 1)), refs: (^16, ^3, ^11)))) ; guid = 2242857145130951633
^9 = gv: (name: "rust_helper__cds_lfs_pop_unlock", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 7, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 1, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^41, tail: 1), (callee: ^28, tail: 1)), refs: (^16, ^25, ^38)))) ; guid = 2256992284140230283
^10 = gv: (name: "rust_helper_cds_list_del_init", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 9, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 1, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 1, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0)))) ; guid = 2334163171599935010
^11 = gv: (name: "__PRETTY_FUNCTION__._cds_wfcq_init", summaries: (variable: (module: ^0, flags: (linkage: private, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), varFlags: (readonly: 1, writeonly: 0, constant: 1)))) ; guid = 2460398290244428248
^12 = gv: (name: "rust_helper__cds_lfs_node_init", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 1, funcFlags: (readNone: 1, readOnly: 0, noRecurse: 1, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 1, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0)))) ; guid = 3256133112883200308
^13 = gv: (name: "rust_helper__cds_lfs_destroy", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 7, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 1, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^22, tail: 1), (callee: ^28, tail: 1)), refs: (^16, ^25, ^27)))) ; guid = 4034353881939157380
^14 = gv: (name: "rust_helper_cds_list_del", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 7, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 1, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 1, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0)))) ; guid = 4693954889779241318
^15 = gv: (name: "rust_helper__cds_wfcq_dequeue_unlock", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 7, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 1, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^41, tail: 1), (callee: ^28, tail: 1)), refs: (^16, ^3, ^2)))) ; guid = 5170907248034658603
^16 = gv: (name: ".str", summaries: (variable: (module: ^0, flags: (linkage: private, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), varFlags: (readonly: 1, writeonly: 0, constant: 1)))) ; guid = 5460440717994218605
^17 = gv: (name: "rust_helper_cds_list_move", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 13, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 1, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 1, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0)))) ; guid = 6128012596446289844
^18 = gv: (name: "__PRETTY_FUNCTION__._cds_lfs_pop_lock", summaries: (variable: (module: ^0, flags: (linkage: private, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), varFlags: (readonly: 1, writeonly: 0, constant: 1)))) ; guid = 6227370717492981071
^19 = gv: (name: "pthread_mutex_init") ; guid = 6262299023389610766
^20 = gv: (name: "_cds_wfcq_dequeue_with_state_blocking", summaries: (function: (module: ^0, flags: (linkage: internal, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 79, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 0, noUnwind: 1, mayThrow: 0, hasUnknownCall: 1, mustBeUnreachable: 0), calls: ((callee: ^39, tail: 1), (callee: ^28, tail: 1), (callee: ^35, tail: 1), (callee: ^41, tail: 1)), refs: (^16, ^3, ^32, ^2)))) ; guid = 6372584492527734897
^21 = gv: (name: "rust_helper__cds_wfcq_dequeue_blocking", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 2, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 1, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^20, tail: 1))))) ; guid = 7937374640837061027
^22 = gv: (name: "pthread_mutex_destroy") ; guid = 8053149724622410899
^23 = gv: (name: "rust_helper__cds_lfs_pop_blocking", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 22, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 1, noUnwind: 1, mayThrow: 0, hasUnknownCall: 1, mustBeUnreachable: 0), calls: ((callee: ^39, tail: 1), (callee: ^28, tail: 1), (callee: ^41, tail: 1)), refs: (^16, ^25, ^18, ^38)))) ; guid = 8911850328909136885
^24 = gv: (name: "rust_helper_cds_list_splice", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 15, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 1, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 1, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0)))) ; guid = 9183436433237152977
^25 = gv: (name: ".str.2", summaries: (variable: (module: ^0, flags: (linkage: private, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), varFlags: (readonly: 1, writeonly: 0, constant: 1)))) ; guid = 9208430247530208378
^26 = gv: (name: "rust_helper__cds_wfcq_empty", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 10, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 1, noUnwind: 1, mayThrow: 0, hasUnknownCall: 1, mustBeUnreachable: 0)))) ; guid = 9485357365285556461
^27 = gv: (name: "__PRETTY_FUNCTION__._cds_lfs_destroy", summaries: (variable: (module: ^0, flags: (linkage: private, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), varFlags: (readonly: 1, writeonly: 0, constant: 1)))) ; guid = 11164559897163277021
^28 = gv: (name: "__assert_fail") ; guid = 11175333565319670457
^29 = gv: (name: "rust_helper__cds_lfs_push", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 11, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 1, noUnwind: 1, mayThrow: 0, hasUnknownCall: 1, mustBeUnreachable: 0)))) ; guid = 11377185764572597314
^30 = gv: (name: "rust_helper__cds_wfcq_enqueue", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 7, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 1, noUnwind: 1, mayThrow: 0, hasUnknownCall: 1, mustBeUnreachable: 0)))) ; guid = 11685632732481652862
^31 = gv: (name: "rust_helper__cds_wfcq_dequeue_lock", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 7, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 1, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^39, tail: 1), (callee: ^28, tail: 1)), refs: (^16, ^3, ^32)))) ; guid = 11741379965110589648
^32 = gv: (name: "__PRETTY_FUNCTION__._cds_wfcq_dequeue_lock", summaries: (variable: (module: ^0, flags: (linkage: private, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), varFlags: (readonly: 1, writeonly: 0, constant: 1)))) ; guid = 11779241879340435706
^33 = gv: (name: "rust_helper_cds_list_replace_init", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 12, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 1, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 1, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0)))) ; guid = 11922373246756223052
^34 = gv: (name: "rust_helper__cds_lfs_init", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 8, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 1, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^19, tail: 1), (callee: ^28, tail: 1)), refs: (^16, ^25, ^44)))) ; guid = 12261930824037214032
^35 = gv: (name: "poll") ; guid = 12541583985171494576
^36 = gv: (name: "rust_helper__cds_wfcq_splice_blocking", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 51, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 1, noUnwind: 1, mayThrow: 0, hasUnknownCall: 1, mustBeUnreachable: 0), calls: ((callee: ^39, tail: 1), (callee: ^28, tail: 1), (callee: ^35, tail: 1), (callee: ^41, tail: 1)), refs: (^16, ^3, ^32, ^2)))) ; guid = 13214754319748815890
^37 = gv: (name: "rust_helper__cds_wfcq_destroy", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 7, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 0, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 1, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0), calls: ((callee: ^22, tail: 1), (callee: ^28, tail: 1)), refs: (^16, ^3, ^4)))) ; guid = 15220573130639428380
^38 = gv: (name: "__PRETTY_FUNCTION__._cds_lfs_pop_unlock", summaries: (variable: (module: ^0, flags: (linkage: private, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), varFlags: (readonly: 1, writeonly: 0, constant: 1)))) ; guid = 15304104108426127187
^39 = gv: (name: "pthread_mutex_lock") ; guid = 15727324270603851711
^40 = gv: (name: "rust_helper_cds_list_add_tail", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 8, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 1, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 1, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0)))) ; guid = 16719720940806140093
^41 = gv: (name: "pthread_mutex_unlock") ; guid = 16969792673662370541
^42 = gv: (name: "rust_helper__cds_wfcq_node_init", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 2, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 1, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 1, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0)))) ; guid = 17247235351650385177
^43 = gv: (name: "rust_helper_cds_list_add", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 8, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 1, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 1, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0)))) ; guid = 17402082906309313860
^44 = gv: (name: "__PRETTY_FUNCTION__._cds_lfs_init", summaries: (variable: (module: ^0, flags: (linkage: private, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), varFlags: (readonly: 1, writeonly: 0, constant: 1)))) ; guid = 17821830977928629818
^45 = gv: (name: "rust_helper_cds_list_replace", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 11, funcFlags: (readNone: 0, readOnly: 0, noRecurse: 1, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 1, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0)))) ; guid = 18072761202557807627
^46 = gv: (name: "rust_helper_cds_list_empty", summaries: (function: (module: ^0, flags: (linkage: external, visibility: default, notEligibleToImport: 0, live: 0, dsoLocal: 1, canAutoHide: 0, importType: definition), insts: 4, funcFlags: (readNone: 0, readOnly: 1, noRecurse: 1, returnDoesNotAlias: 0, noInline: 0, alwaysInline: 1, noUnwind: 1, mayThrow: 0, hasUnknownCall: 0, mustBeUnreachable: 0)))) ; guid = 18161602918340655696
^47 = blockcount: 0
