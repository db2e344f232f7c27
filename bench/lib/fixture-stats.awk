# Run-time tables of the bench fixture's shapes for bench/run. Input lines: `BUILD ROUND FUNCTION NS`,
# one per driver process (a round), build and function; BUILD is a finish (kernel, focused, fast)
# or "c" for the C twin, all measured in the same process.
#   awk -v builds="kernel focused fast" -v names="fx0_use=atomic_add_return ..." -f stats.awk \
#       -f fixture-stats.awk results.txt
# Prints per function: the median ns per element of each build and of C, and the median over
# rounds of each build's ratio to kernel and to C (both taken within one process). BUILD "cptr" is
# a second C twin of some functions, written as a pointer loop (the form of the Rust loop): those
# get one more table, each build's ratio to it.

# sort() and median() come from stats.awk, loaded first with -f.

BEGIN {
	nb = split(builds, B, " ")
	nn = split(names, N, " ")
	for (i = 1; i <= nn; i++) {
		k = N[i]
		sub(/=.*/, "", k)
		v = N[i]
		sub(/^[^=]*=/, "", v)
		shape[k] = v
	}
}

function label(fn) {
	return fn in shape ? fn " " shape[fn] : fn
}

NF == 4 {
	b = $1; r = $2; fn = $3
	if (!(fn in seen)) {
		seen[fn] = 1
		F[++nf] = fn
	}
	ns[b, fn, r] = $4
	if (r > maxround)
		maxround = r
}

# median over rounds of ns[x] / ns[y] (y == "" : of ns[x] itself); sets lo and hi
function med_of(x, y, fn,    r, n, a) {
	n = 0
	for (r = 1; r <= maxround; r++)
		if ((x, fn, r) in ns && (y == "" || ((y, fn, r) in ns && ns[y, fn, r] > 0)))
			a[++n] = y == "" ? ns[x, fn, r] : ns[x, fn, r] / ns[y, fn, r]
	if (n == 0) {
		lo = hi = -1
		return -1
	}
	m = median(a, n)
	lo = a[1]
	hi = a[n]
	return m
}

END {
	if (nf == 0) {
		print "  (no fixture results)"
		exit
	}
	printf "  %-34s %7s", "function", "C ns"
	for (i = 1; i <= nb; i++)
		printf " %9s", B[i] " ns"
	for (i = 2; i <= nb; i++)
		printf " %11s", B[i] "/k"
	for (i = 1; i <= nb; i++)
		printf " %11s", B[i] "/C"
	printf "\n"
	for (j = 1; j <= nf; j++) {
		fn = F[j]
		printf "  %-34s %7.3f", label(fn), med_of("c", "", fn)
		for (i = 1; i <= nb; i++)
			printf " %9.3f", med_of(B[i], "", fn)
		for (i = 2; i <= nb; i++)
			printf " %11.3f", med_of(B[i], B[1], fn)
		for (i = 1; i <= nb; i++)
			printf " %11.3f", med_of(B[i], "c", fn)
		printf "\n"
	}
	printf "  (ns: median over %d processes of each process's median; F/k = finish F's ns divided by\n", maxround
	printf "   finish=%s's in the same process, F/C the same against the C twin; median over processes.)\n", B[1]

	printf "\n  %-34s", "function"
	for (i = 2; i <= nb; i++)
		printf " %24s", B[i] " / " B[1] " [min-max]"
	printf "\n"
	for (j = 1; j <= nf; j++) {
		fn = F[j]
		printf "  %-34s", label(fn)
		for (i = 2; i <= nb; i++) {
			m = med_of(B[i], B[1], fn)
			printf " %24s", sprintf("%.3f [%.3f-%.3f]", m, lo, hi)
		}
		printf "\n"
	}

	np = 0
	for (j = 1; j <= nf; j++)
		if (med_of("cptr", "", F[j]) >= 0)
			P[++np] = F[j]
	if (np == 0)
		exit
	printf "\n  The same functions against a C twin that loops as the Rust code does, a pointer to the end\n"
	printf "  of the slice (the C twin above counts an index):\n"
	printf "  %-34s %7s %8s", "function", "C ns", "Cptr ns"
	for (i = 1; i <= nb; i++)
		printf " %12s", B[i] "/Cptr"
	printf "\n"
	for (j = 1; j <= np; j++) {
		fn = P[j]
		printf "  %-34s %7.3f %8.3f", label(fn), med_of("c", "", fn), med_of("cptr", "", fn)
		for (i = 1; i <= nb; i++)
			printf " %12.3f", med_of(B[i], "cptr", fn)
		printf "\n"
	}
}
