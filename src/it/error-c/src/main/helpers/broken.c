// SPDX-License-Identifier: Apache-2.0
__rust_helper int rust_helper_broken(int x)
{
	return x +;
}
