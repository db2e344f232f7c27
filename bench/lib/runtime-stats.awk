# Run-time tables for bench/run. Input lines: `VARIANT ROUND SHAPE C_NS RUST_NS`, one per driver
# process and shape (C_NS and RUST_NS were measured in the same process).
#   awk -v variants="v1 v2 ..." -v rounds=R -f runtime-stats.awk results.txt
# Prints: (1) ratio to C per shape and variant, the median over rounds of Rust/C of one process;
# (2) ns per iteration, median [min-max], Rust and the C of the same processes;
# (3) each other inline finish against finish=kernel, per round paired.

# sort() and median() come from stats.awk, loaded first with -f.

# Fills med/lo/hi from the values of key k in store s ("rust", "c", "ratio").
function stats(s, v, sh,    i, n, a) {
	n = 0
	for (i = 1; i <= maxround; i++)
		if ((s, v, sh, i) in val)
			a[++n] = val[s, v, sh, i]
	if (n == 0) {
		med = lo = hi = -1
		return 0
	}
	med = median(a, n)
	lo = a[1]
	hi = a[n]
	return n
}

function fmt_ratio(x) {
	return x < 0 ? "-" : sprintf("%.3f", x)
}

BEGIN {
	nv = split(variants, V, " ")
}

NF == 5 {
	v = $1; r = $2; sh = $3
	if (!(sh in seen)) {
		seen[sh] = 1
		S[++ns] = sh
	}
	val["c", v, sh, r] = $4
	val["rust", v, sh, r] = $5
	if ($4 > 0)
		val["ratio", v, sh, r] = $5 / $4
	if (r > maxround)
		maxround = r
	allc[sh, ++nallc[sh]] = $4
}

END {
	if (ns == 0) {
		print "  (no run-time results)"
		exit
	}
	# ---- (1) ratios ----
	printf "  %-18s %8s", "shape", "C ns"
	for (i = 1; i <= nv; i++)
		printf " %12s", V[i]
	printf "\n"
	for (j = 1; j <= ns; j++) {
		sh = S[j]
		n = 0
		for (i = 1; i <= nallc[sh]; i++)
			tmp[++n] = allc[sh, i]
		printf "  %-18s %8.3f", sh, median(tmp, n)
		for (i = 1; i <= nv; i++) {
			stats("ratio", V[i], sh)
			printf " %12s", fmt_ratio(med)
		}
		printf "\n"
	}
	printf "  (each cell: median over %d rounds of Rust ns / C ns, both measured in the same process;\n", maxround
	printf "   1.000 = as fast as C. \"C ns\" is the median of every C loop measured in the run.)\n"

	# ---- (2) ns per iteration ----
	printf "\n  %-18s %-13s %24s %24s %22s\n", "shape", "variant", "Rust ns med [min-max]", "C ns med [min-max]", "Rust/C med [min-max]"
	for (j = 1; j <= ns; j++) {
		sh = S[j]
		for (i = 1; i <= nv; i++) {
			if (!stats("rust", V[i], sh))
				continue
			rs = sprintf("%.3f [%.3f-%.3f]", med, lo, hi)
			stats("c", V[i], sh)
			cs = sprintf("%.3f [%.3f-%.3f]", med, lo, hi)
			stats("ratio", V[i], sh)
			qs = sprintf("%.3f [%.3f-%.3f]", med, lo, hi)
			printf "  %-18s %-13s %24s %24s %22s\n", (i == 1 ? sh : ""), V[i], rs, cs, qs
		}
	}

	# ---- (3) the other finishes against finish=kernel, paired by round ----
	nw = 0
	for (i = 1; i <= nv; i++)
		if (V[i] ~ /^inl-/ && V[i] != "inl-kernel")
			W[++nw] = V[i]
	if (nw > 0 && ("ratio", "inl-kernel", S[1], 1) in val) {
		printf "\n  %-18s", "shape"
		for (w = 1; w <= nw; w++)
			printf " %24s", W[w] " / inl-kernel"
		printf "\n"
		for (j = 1; j <= ns; j++) {
			sh = S[j]
			line = sprintf("  %-18s", sh)
			for (w = 1; w <= nw; w++) {
				n = 0
				for (r = 1; r <= maxround; r++)
					if (("ratio", W[w], sh, r) in val && ("ratio", "inl-kernel", sh, r) in val)
						tmp[++n] = val["ratio", W[w], sh, r] / val["ratio", "inl-kernel", sh, r]
				if (n == 0) {
					line = line sprintf(" %24s", "-")
					continue
				}
				m = median(tmp, n)
				line = line sprintf(" %24s", sprintf("%.3f [%.3f-%.3f]", m, tmp[1], tmp[n]))
			}
			print line
		}
		printf "  (per round: that variant's Rust/C divided by inl-kernel's Rust/C of the same round;\n"
		printf "   median [min-max] over rounds; below 1 = faster than finish=kernel.)\n"
	}
}
