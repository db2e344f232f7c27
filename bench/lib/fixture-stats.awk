# Run-time tables of the bench fixture's shapes for bench/run. Input lines: `BUILD ROUND FUNCTION NS`,
# one per driver process (a round), build and function; BUILD is a finish (kernel, focused, fast)
# or "c" for the C twin, all measured in the same process.
#   awk -v builds="kernel focused fast" -v names="fx0_use=atomic_add_return ..." -f stats.awk \
#       -f fixture-stats.awk results.txt
# Prints per function: the median ns per element of each build and of C, and the median over
# rounds of each build's ratio to kernel and to C (both taken within one process).

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
}
