// SPDX-License-Identifier: Apache-2.0
__rust_helper int rust_helper_inc(int x)
{
	return x + 1;
}
