# Build-cost tables for bench/run. Input lines: `N VARIANT RUN MILLISECONDS`, and optionally
# `calls N VARIANT COUNT` (calls to rust_helper_* left in the variant's final object).
#   awk -v variants="plain ..." -v svg=FILE -v labels="key=label;..." -f build-stats.awk times.txt
# Prints the median seconds per N and variant, the ratio of each to `plain`, the plugin's own
# overhead (mvn minus the same commands from a shell), and writes a line chart to FILE.

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

NF == 4 {
	n = $1; v = $2
	if (!(n in seenN)) {
		seenN[n] = 1
		NN[++nn] = n
	}
	cnt[n, v]++
	ms[n, v, cnt[n, v]] = $4
}

END {
	if (nn == 0) {
		print "  (no build-time results)"
		exit
	}
	sort(NN, nn)
	for (a = 1; a <= nn; a++)
		for (i = 1; i <= nv; i++) {
			k = cnt[NN[a], V[i]]
			if (k == 0)
				continue
			for (j = 1; j <= k; j++)
				tmp[j] = ms[NN[a], V[i], j]
			med[NN[a], V[i]] = median(tmp, k) / 1000
			lo[NN[a], V[i]] = tmp[1] / 1000
			hi[NN[a], V[i]] = tmp[k] / 1000
			runs[NN[a], V[i]] = k
		}

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
			if ((NN[a], v) in med)
				printf " %22s", sprintf("%.2f [%.2f-%.2f]", med[NN[a], v], lo[NN[a], v], hi[NN[a], v])
			else
				printf " %22s", "-"
		}
		for (a = 1; a <= nn; a++) {
			if ((NN[a], v) in med && (NN[a], "plain") in med && med[NN[a], "plain"] > 0)
				printf " %9s", sprintf("%.2fx", med[NN[a], v] / med[NN[a], "plain"])
			else
				printf " %9s", "-"
		}
		printf "\n"
	}
	printf "  (median of %d runs each, seconds; xN = ratio to plain at that N)\n", runs[NN[1], V[1]]
	printf "\n"
	for (i = 1; i <= nv; i++)
		if (V[i] in label)
			printf "  %-12s %s\n", V[i], label[V[i]]

	# the plugin's own overhead: mvn minus the same tool commands run from a shell
	printf "\n  %-34s", "plugin overhead (mvn - shell), s"
	for (a = 1; a <= nn; a++)
		printf " %9s", "N=" NN[a]
	printf "\n"
	split("ool-mvn:plain kernel-mvn:kernel-sh fast-mvn:fast-sh", P, " ")
	for (p = 1; p <= 3; p++) {
		split(P[p], ab, ":")
		printf "  %-34s", ab[1] " - " ab[2]
		for (a = 1; a <= nn; a++)
			if ((NN[a], ab[1]) in med && (NN[a], ab[2]) in med)
				printf " %9.2f", med[NN[a], ab[1]] - med[NN[a], ab[2]]
			else
				printf " %9s", "-"
		printf "\n"
	}
	printf "  %-34s", "of which Maven + plugin start-up"
	for (a = 1; a <= nn; a++)
		printf " %9s", ((NN[a], "noop-mvn") in med) ? sprintf("%.2f", med[NN[a], "noop-mvn"]) : "-"
	printf "\n"
	printf "  %-34s", "of which verify + exports tools"
	for (a = 1; a <= nn; a++)
		printf " %9s", ((NN[a], "checks-sh") in med) ? sprintf("%.2f", med[NN[a], "checks-sh"]) : "-"
	printf "\n"
	printf "  (start-up = mvn kernel-rust:inline-helpers -DkernelRust.skip=true, at the largest N only; verify +\n"
	printf "   exports = checks-sh, the llvm-dis, llvm-objdump and llvm-nm runs of verify-inlining and exports on\n"
	printf "   the finish=kernel build; the rest is tool discovery and version probes, reading those tools'\n"
	printf "   output, and the JVM.)\n"

	# helper calls left
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

	# the project target: an inline build within 1.15x of plain at 400+ helpers
	big = NN[nn]
	if (big >= 400 && (big, "plain") in med) {
		printf "\n  target \"inline build within 1.15x of plain at 400+ helpers\", at N=%d:\n", big
		printf "  (ratio of the medians; in brackets the ratio of the fastest runs, less sensitive to other load)\n"
		split("kernel-sh:plain fast-sh:plain fastu-sh:plain kernel-mvn:ool-mvn fast-mvn:ool-mvn kernel-mvn:plain fast-mvn:plain", T, " ")
		for (t = 1; t <= 7; t++) {
			split(T[t], ab, ":")
			if (!((big, ab[1]) in med) || !((big, ab[2]) in med))
				continue
			q = med[big, ab[1]] / med[big, ab[2]]
			qm = lo[big, ab[1]] / lo[big, ab[2]]
			printf "    %-22s %.2fx  %-9s   (fastest runs: %.2fx  %s)\n", ab[1] " / " ab[2], q, (q <= 1.15 ? "meets it" : "misses it"), qm, (qm <= 1.15 ? "meets it" : "misses it")
		}
	}

	# ---- the chart ----
	if (svg == "")
		exit
	W = 760; H = 460; x0 = 70; x1 = 520; y0 = 400; y1 = 40
	ymax = 0
	for (i = 1; i <= nv; i++)
		for (a = 1; a <= nn; a++)
			if ((NN[a], V[i]) in med && V[i] != "noop-mvn" && V[i] != "checks-sh" && med[NN[a], V[i]] > ymax)
				ymax = med[NN[a], V[i]]
	step = ymax > 20 ? 5 : (ymax > 8 ? 2 : (ymax > 4 ? 1 : 0.5))
	ytop = step * (int(ymax / step) + 1)
	lmin = log(NN[1]); lmax = log(NN[nn])
	if (lmax == lmin)
		lmax = lmin + 1
	# one colour per build, solid for the tool commands, dashed for the whole mvn run
	col["plain"] = col["ool-mvn"] = "#1f77b4"
	col["kernel-sh"] = col["kernel-mvn"] = "#2ca02c"
	col["fast-sh"] = col["fast-mvn"] = "#ff7f0e"
	col["fastu-sh"] = "#9467bd"
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
		if (!((NN[nn], v) in med))
			continue
		c++
		pts = ""
		for (a = 1; a <= nn; a++) {
			if (!((NN[a], v) in med))
				continue
			px = x0 + (x1 - x0) * (log(NN[a]) - lmin) / (lmax - lmin)
			py = y0 - (y0 - y1) * med[NN[a], v] / ytop
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
