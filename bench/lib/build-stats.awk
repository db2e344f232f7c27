# Build-cost tables for bench/run. Input lines: `N VARIANT RUN WALL_MS CPU_MS`, and optionally
# `calls N VARIANT COUNT` (calls to rust_helper_* left in the variant's final object).
#   awk -v variants="plain ..." -v finishes="kernel focused fast" -v svg=FILE -v labels="key=label;..." \
#       [-v goal=0] -f stats.awk -f build-stats.awk times.txt
# Prints, for wall and for CPU time, the median seconds per N and variant and the ratio of each to
# `plain`; the plugin's own overhead (mvn minus the same commands from a shell); each finish against
# the goal (tool commands within 1.05x of plain, whole mvn runs within 1.10x of the out-of-line mvn
# run, at 400 helpers and more); and writes a line chart of the wall times to FILE.

# sort() and median() come from stats.awk, loaded first with -f.

function esc(s) {
	gsub(/&/, "\\&amp;", s)
	gsub(/</, "\\&lt;", s)
	gsub(/>/, "\\&gt;", s)
	return s
}

BEGIN {
	nv = split(variants, V, " ")
	nl = split(labels, L, ";")
	for (i = 1; i <= nl; i++) {
		k = L[i]
		sub(/=.*/, "", k)
		lab = L[i]
		sub(/^[^=]*=/, "", lab)
		label[k] = lab
	}
}

$1 == "calls" {
	calls[$2, $3] = $4
	next
}

NF == 5 {
	n = $1; v = $2
	if (!(n in seenN)) {
		seenN[n] = 1
		NN[++nn] = n
	}
	cnt[n, v]++
	ms["wall", n, v, cnt[n, v]] = $4
	ms["cpu", n, v, cnt[n, v]] = $5
}

# med[k, N, V], lo[...], hi[...] for k = wall or cpu, in seconds
function summarize(k,    a, i, j, c) {
	for (a = 1; a <= nn; a++)
		for (i = 1; i <= nv; i++) {
			c = cnt[NN[a], V[i]]
			if (c == 0)
				continue
			for (j = 1; j <= c; j++)
				tmp[j] = ms[k, NN[a], V[i], j]
			med[k, NN[a], V[i]] = median(tmp, c) / 1000
			lo[k, NN[a], V[i]] = tmp[1] / 1000
			hi[k, NN[a], V[i]] = tmp[c] / 1000
			runs[NN[a], V[i]] = c
		}
}

function table(k, title,    a, i, v) {
	printf "  %s\n", title
	printf "  %-12s", "variant"
	for (a = 1; a <= nn; a++)
		printf " %22s", "N=" NN[a] " s [min-max]"
	for (a = 1; a <= nn; a++)
		printf " %9s", "x N=" NN[a]
	printf "\n"
	for (i = 1; i <= nv; i++) {
		v = V[i]
		printf "  %-12s", v
		for (a = 1; a <= nn; a++) {
			if ((k, NN[a], v) in med)
				printf " %22s", sprintf("%.2f [%.2f-%.2f]", med[k, NN[a], v], lo[k, NN[a], v], hi[k, NN[a], v])
			else
				printf " %22s", "-"
		}
		for (a = 1; a <= nn; a++) {
			if ((k, NN[a], v) in med && (k, NN[a], "plain") in med && med[k, NN[a], "plain"] > 0)
				printf " %9s", sprintf("%.2fx", med[k, NN[a], v] / med[k, NN[a], "plain"])
			else
				printf " %9s", "-"
		}
		printf "\n"
	}
	printf "  (median of %d runs each, seconds; xN = ratio to plain at that N, measured in the same run)\n", runs[NN[1], V[1]]
}

# "1.04x meets it" for a ratio against a bound
function verdict(q, bound) {
	return sprintf("%.2fx %-9s", q, q <= bound ? "meets it" : "misses it")
}

END {
	if (nn == 0) {
		print "  (no build-time results)"
		exit
	}
	sort(NN, nn)
	summarize("wall")
	summarize("cpu")
	table("wall", "wall time:")
	printf "\n"
	table("cpu", "CPU time (user + sys of the build's processes):")
	printf "\n"
	for (i = 1; i <= nv; i++)
		if (V[i] in label)
			printf "  %-12s %s\n", V[i], label[V[i]]

	# the plugin's own overhead: mvn minus the same tool commands run from a shell
	printf "\n  %-34s", "plugin overhead (mvn - shell), s"
	for (a = 1; a <= nn; a++)
		printf " %9s", "N=" NN[a]
	printf "\n"
	nf = split(finishes, FIN, " ")
	np = 0
	P[++np] = "ool-mvn:plain"
	for (f = 1; f <= nf; f++)
		P[++np] = FIN[f] "-mvn:" FIN[f] "-sh"
	for (p = 1; p <= np; p++) {
		split(P[p], ab, ":")
		printf "  %-34s", ab[1] " - " ab[2]
		for (a = 1; a <= nn; a++)
			if (("wall", NN[a], ab[1]) in med && ("wall", NN[a], ab[2]) in med)
				printf " %9.2f", med["wall", NN[a], ab[1]] - med["wall", NN[a], ab[2]]
			else
				printf " %9s", "-"
		printf "\n"
	}
	printf "  %-34s", "of which Maven + plugin start-up"
	for (a = 1; a <= nn; a++)
		printf " %9s", (("wall", NN[a], "noop-mvn") in med) ? sprintf("%.2f", med["wall", NN[a], "noop-mvn"]) : "-"
	printf "\n"
	printf "  %-34s", "of which verify + exports tools"
	for (a = 1; a <= nn; a++)
		printf " %9s", (("wall", NN[a], "checks-sh") in med) ? sprintf("%.2f", med["wall", NN[a], "checks-sh"]) : "-"
	printf "\n"
	printf "  (wall seconds; start-up = mvn kernel-rust:inline-helpers -DkernelRust.skip=true, at the largest N\n"
	printf "   only; verify + exports = checks-sh, the llvm-dis, llvm-objdump and llvm-nm runs of verify-inlining\n"
	printf "   and exports on the finish=kernel build; the rest is tool discovery and version probes, reading\n"
	printf "   those tools' output, and the JVM.)\n"

	# the goal: inline builds within 1.05x of plain (tool commands) and 1.10x of ool-mvn (whole mvn
	# runs) at 400 helpers and more (-v goal=0: not for this table)
	if (goal != "0")
		goal_table()
	calls_table()
	if (svg != "")
		chart()
}

function goal_table(    a, f, nt, t, T, ab) {
	printf "\n  goal: an inline build within 1.05x of plain (tool commands; also shown against bare) and\n"
	printf "  within 1.10x of the out-of-line build (whole mvn runs), at 400 helpers and more; ratios of\n"
	printf "  the medians\n"
	if (NN[nn] < 400)
		printf "    (no N of 400 or more in this run)\n"
	for (a = 1; a <= nn; a++) {
		if (NN[a] < 400)
			continue
		printf "    N=%d %29s %21s\n", NN[a], "wall", "CPU"
		for (f = 1; f <= nf; f++) {
			nt = split(FIN[f] "-sh:plain:1.05 " FIN[f] "-sh:bare:1.05 " FIN[f] "-mvn:ool-mvn:1.10", T, " ")
			for (t = 1; t <= nt; t++) {
				split(T[t], ab, ":")
				if (!(("wall", NN[a], ab[1]) in med) || !(("wall", NN[a], ab[2]) in med))
					continue
				printf "      %-24s %s  %s\n", ab[1] " / " ab[2], \
					verdict(med["wall", NN[a], ab[1]] / med["wall", NN[a], ab[2]], ab[3]), \
					verdict(med["cpu", NN[a], ab[1]] / med["cpu", NN[a], ab[2]], ab[3])
			}
		}
	}
}

# helper calls left
function calls_table(    hc, i, a) {
	hc = 0
	for (i = 1; i <= nv; i++)
		for (a = 1; a <= nn; a++)
			if ((NN[a], V[i]) in calls)
				hc = 1
	if (hc) {
		printf "\n  %-12s", "calls left"
		for (a = 1; a <= nn; a++)
			printf " %9s", "N=" NN[a]
		printf "   (calls to rust_helper_* in the final object)\n"
		for (i = 1; i <= nv; i++) {
			if (!((NN[nn], V[i]) in calls))
				continue
			printf "  %-12s", V[i]
			for (a = 1; a <= nn; a++)
				printf " %9s", ((NN[a], V[i]) in calls) ? calls[NN[a], V[i]] : "-"
			printf "\n"
		}
	}
}

# a line chart of the wall times against N, into svg
function chart(    W, H, x0, x1, y0, y1, ymax, i, a, step, ytop, lmin, lmax, col, y, py, px, ly, c, v, pts) {
	W = 760; H = 460; x0 = 70; x1 = 520; y0 = 400; y1 = 40
	ymax = 0
	for (i = 1; i <= nv; i++)
		for (a = 1; a <= nn; a++)
			if (("wall", NN[a], V[i]) in med && V[i] != "noop-mvn" && V[i] != "checks-sh" && med["wall", NN[a], V[i]] > ymax)
				ymax = med["wall", NN[a], V[i]]
	step = ymax > 20 ? 5 : (ymax > 8 ? 2 : (ymax > 4 ? 1 : 0.5))
	ytop = step * (int(ymax / step) + 1)
	lmin = log(NN[1]); lmax = log(NN[nn])
	if (lmax == lmin)
		lmax = lmin + 1
	# one colour per build, solid for the tool commands, dashed for the whole mvn run
	col["plain"] = col["ool-mvn"] = "#1f77b4"
	col["bare"] = "#8c564b"
	col["kernel-sh"] = col["kernel-mvn"] = "#2ca02c"
	col["fast-sh"] = col["fast-mvn"] = "#ff7f0e"
	col["focused-sh"] = col["focused-mvn"] = "#9467bd"
	col["selective-sh"] = col["selective-mvn"] = "#d62728"
	col["thin"] = "#7f7f7f"
	col["full"] = "#17becf"
	print "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" W "\" height=\"" H "\" viewBox=\"0 0 " W " " H "\" font-family=\"sans-serif\" font-size=\"12\">" > svg
	print "<rect width=\"100%\" height=\"100%\" fill=\"white\"/>" > svg
	printf "<text x=\"%d\" y=\"22\" font-size=\"15\" font-weight=\"bold\">Build time against the number of helpers (median of %d runs)</text>\n", x0, runs[NN[1], V[1]] > svg
	# axes and grid
	for (y = 0; y <= ytop + step / 2; y += step) {
		py = y0 - (y0 - y1) * y / ytop
		printf "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#dddddd\"/>\n", x0, py, x1, py > svg
		printf "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%g</text>\n", x0 - 6, py + 4, y > svg
	}
	for (a = 1; a <= nn; a++) {
		px = x0 + (x1 - x0) * (log(NN[a]) - lmin) / (lmax - lmin)
		printf "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#dddddd\"/>\n", px, y1, px, y0 > svg
		printf "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%d</text>\n", px, y0 + 18, NN[a] > svg
	}
	printf "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>\n", x0, y0, x1, y0 > svg
	printf "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>\n", x0, y0, x0, y1 > svg
	printf "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">helpers N (log scale)</text>\n", (x0 + x1) / 2, y0 + 40 > svg
	printf "<text transform=\"translate(20,%d) rotate(-90)\" text-anchor=\"middle\">build time, seconds</text>\n", (y0 + y1) / 2 > svg
	# one line per variant, and the legend
	ly = y1
	c = 0
	for (i = 1; i <= nv; i++) {
		v = V[i]
		if (v == "noop-mvn" || v == "checks-sh")
			continue
		if (!(("wall", NN[nn], v) in med))
			continue
		c++
		pts = ""
		for (a = 1; a <= nn; a++) {
			if (!(("wall", NN[a], v) in med))
				continue
			px = x0 + (x1 - x0) * (log(NN[a]) - lmin) / (lmax - lmin)
			py = y0 - (y0 - y1) * med["wall", NN[a], v] / ytop
			pts = pts sprintf("%.1f,%.1f ", px, py)
			printf "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"/>\n", px, py, (V[i] in col ? col[V[i]] : "#000000") > svg
		}
		printf "<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\" stroke-dasharray=\"%s\"/>\n", pts, (V[i] in col ? col[V[i]] : "#000000"), (V[i] ~ /-mvn$/ ? "7,4" : "none") > svg
		printf "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\" stroke-width=\"2\" stroke-dasharray=\"%s\"/>\n", x1 + 20, ly, x1 + 44, ly, (V[i] in col ? col[V[i]] : "#000000"), (V[i] ~ /-mvn$/ ? "7,4" : "none") > svg
		printf "<text x=\"%d\" y=\"%d\">%s</text>\n", x1 + 50, ly + 4, esc(v) > svg
		ly += 20
	}
	printf "<text x=\"%d\" y=\"%d\" font-size=\"10\" fill=\"#555555\">solid: tool commands from a shell;</text>\n", x1 + 20, ly + 10 > svg
	printf "<text x=\"%d\" y=\"%d\" font-size=\"10\" fill=\"#555555\">dashed (-mvn): the whole mvn run.</text>\n", x1 + 20, ly + 24 > svg
	print "</svg>" > svg
	close(svg)
}
