# Wraps each tool command of a bench/run replay script with a timer:
#   awk -v steps=FILE -f timed-script.awk SCRIPT > TIMED_SCRIPT
# The timed script appends one line per command to FILE: `K:TOOL MILLISECONDS` (K counts the
# commands, TOOL is the command's program name). The renames and `set -e` stay as they are.
NR == 1 {
	print
	print ": > '" steps "'"
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
		if (w[i] !~ /^[A-Za-z_][A-Za-z0-9_]*=/) {
			tool = w[i]
			break
		}
	gsub(/'/, "", tool)
	sub(/.*\//, "", tool)
	k++
	print "_s=$(date +%s%N)"
	print
	print "echo \"" k ":" tool " $(( ($(date +%s%N) - _s) / 1000000 ))\" >> '" steps "'"
}
