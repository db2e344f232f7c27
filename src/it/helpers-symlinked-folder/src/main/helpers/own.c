// SPDX-License-Identifier: Apache-2.0
__rust_helper int rust_helper_own(int x)
{
	return x + 7;
}
