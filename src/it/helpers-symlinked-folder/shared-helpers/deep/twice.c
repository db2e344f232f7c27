// SPDX-License-Identifier: Apache-2.0
// Reached through a symbolic link in src/main/helpers.
__rust_helper int rust_helper_twice(int x)
{
	return 2 * x;
}
