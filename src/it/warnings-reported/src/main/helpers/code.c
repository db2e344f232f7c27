// SPDX-License-Identifier: Apache-2.0
// Compiles, with a warning (-Wreturn-type) that must reach the build log.
__rust_helper unsigned int rust_helper_code(int x)
{
	if (x > 0)
		return (unsigned int)x;
}
