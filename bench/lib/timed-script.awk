# Wraps each tool command of a bench/run replay script with a timer:
#   awk -v steps=FILE -f timed-script.awk SCRIPT > TIMED_SCRIPT
# The timed script appends one line per command to FILE: `K:TOOL WALL_MS CPU_MS` (K counts the
# commands, TOOL is the command's program name, past a leading `cd DIR &&` and
# variable assignments, CPU is user + sys from bash's times, read in the
# script's own shell: no subshell, whose times would not count the command). The renames and
# `set -e` stay as they are.
NR == 1 {
	print
	print ": > '" steps "'"
	print "_tf='" steps ".times'"
	print "_cpu() { # sets _ms: CPU ms of the children so far"
	print "	times > \"$_tf\""
	print "	{ read -r _ _; read -r _u _y; } < \"$_tf\""
	print "	local m r t=0 w"
	print "	for w in \"$_u\" \"$_y\"; do"
	print "		m=${w%%m*} r=${w#*m} r=${r%s}"
	print "		t=$(( t + (10#$m * 60 + 10#${r%.*}) * 1000 + 10#${r#*.} ))"
	print "	done"
	print "	_ms=$t"
	print "}"
	next
}
/^for t in / || /^mv -f / {
	print
	next
}
{
	tool = ""
	n = split($0, w, " ")
	for (i = 1; i <= n; i++)
		if (w[i] == "cd" && w[i + 2] == "&&")
			i += 2
		else if (w[i] !~ /^[A-Za-z_][A-Za-z0-9_]*=/) {
			tool = w[i]
			break
		}
	gsub(/'/, "", tool)
	sub(/.*\//, "", tool)
	k++
	print "_s=$(date +%s%N); _cpu; _c=$_ms"
	print
	print "_cpu; echo \"" k ":" tool " $(( ($(date +%s%N) - _s) / 1000000 )) $(( _ms - _c ))\" >> '" steps "'"
}
