# Normalizes the `llvm-objdump -dr --no-show-raw-insn --disassemble-symbols=FN` output of ONE
# function (x86-64 or aarch64), so that two functions can be compared instruction by instruction:
#   - addresses, raw bytes, symbol names (<...>) and comments (# ..., // ...) are dropped;
#   - padding (nop*, int3) is dropped;
#   - a branch or call target inside the function becomes L<n>, the index of the target
#     instruction; a target outside it (or one a relocation fills in) becomes EXT;
#   - RIP-relative displacements and relocated operands become REL, adrp pages PAGE;
#   - register names are kept, unless -v regs=1 (then every register becomes R).
# Prints one instruction per line; with -v calls=1 prints only "call" or "nocall": whether the
# function refers to a rust_helper_* symbol (a relocation, a call target or a GOT/RIP-relative
# operand naming it: with PIC code the call goes through a register loaded from the GOT), or makes
# an indirect call that no relocation names (linked code).
# mawk-compatible: no strtonum, no \< \>.

function hex(s,    i, c, v) {
	s = tolower(s)
	sub(/^0x/, "", s)
	v = 0
	for (i = 1; i <= length(s); i++) {
		c = index("0123456789abcdef", substr(s, i, 1))
		if (c == 0)
			break
		v = v * 16 + c - 1
	}
	return v
}

# A relocation line belongs to the instruction printed before it (and names what an indirect call
# through the GOT calls).
/^[ \t]*[0-9a-f]+:[ \t]+R_[A-Z0-9_]+/ {
	if ($0 ~ /rust_helper_/)
		helper = 1
	if (n > 0)
		reloc[n] = 1
	indirect = 0
	next
}

/^[ \t]*[0-9a-f]+:/ {
	line = $0
	if (line ~ /<[^>]*rust_helper_[^>]*>/)
		helper = 1
	# an indirect call (PIC: through the GOT, or a register loaded from it) that no relocation
	# names: in linked code the loops have no function pointers, so it can only be a helper
	if (indirect)
		helper = 1
	indirect = line ~ /[ \t]call[a-z]*[ \t]+\*/
	addr = line
	sub(/:.*/, "", addr)
	gsub(/[ \t]/, "", addr)
	sub(/^[ \t]*[0-9a-f]+:[ \t]*/, "", line)
	sub(/[ \t]*(#|\/\/).*$/, "", line)
	gsub(/[ \t]*<[^>]*>/, "", line)
	gsub(/[ \t]+/, " ", line)
	sub(/^ /, "", line)
	sub(/ $/, "", line)
	if (line == "")
		next
	mn = line
	sub(/ .*/, "", mn)
	if (mn ~ /^nop/ || mn == "int3" || mn == "data16")
		next
	n++
	at[n] = hex(addr)
	text[n] = line
	isbranch[n] = (mn ~ /^(j[a-z]*|call[a-z]*|b|bl|b\.[a-z]+|cbn?z|tbn?z)$/) && line ~ /0x[0-9a-f]+$/
	if (isbranch[n]) {
		target[n] = line
		sub(/.*0x/, "0x", target[n])
		target[n] = hex(target[n])
		sub(/0x[0-9a-f]+$/, "", text[n])
	}
}

END {
	if (indirect)
		helper = 1
	if (calls) {
		print (helper ? "call" : "nocall")
		exit
	}
	for (i = 1; i <= n; i++) {
		t = text[i]
		if (isbranch[i]) {
			lab = "EXT"
			if (!reloc[i] && n > 0 && target[i] >= at[1] && target[i] <= at[n]) {
				for (j = 1; j <= n; j++)
					if (at[j] >= target[i]) {
						lab = "L" j
						break
					}
			}
			t = t lab
		} else if (reloc[i]) {
			gsub(/-?0x[0-9a-f]+/, "REL", t)
			if (t ~ /\(%rip\)/ && t !~ /REL\(%rip\)/)
				sub(/\(%rip\)/, "REL(%rip)", t)
		}
		gsub(/-?0x[0-9a-f]+\(%rip\)/, "REL(%rip)", t)
		if (t ~ /^adrp /)
			sub(/0x[0-9a-f]+$/, "PAGE", t)
		if (regs) {
			gsub(/%[a-z][a-z0-9]*/, "%R", t)
			gsub(/0x/, "0h", t)
			gsub(/[xwvqdsbh]([0-9]+|zr)/, "R", t)
			gsub(/0h/, "0x", t)
		}
		print t
	}
}
