// SPDX-License-Identifier: Apache-2.0
__rust_helper int rust_helper_kr_scale(int x)
{
	return x * 10 + 1;
}
