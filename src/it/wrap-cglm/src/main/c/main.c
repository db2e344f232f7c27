// SPDX-License-Identifier: Apache-2.0
// The Rust steps against the same loops in C, over the same inputs: the same floats, bit for bit.
#include <cglm/struct.h>
#include <stdio.h>
#include <string.h>

float step2(vec2s *p, const vec2s *v, size_t n, float dt);
float step3(vec3s *p, const vec3s *v, size_t n, float dt);
float step4(vec4s *p, const vec4s *v, size_t n, float dt);

#define C_STEP(D) \
	static float c_step##D(vec##D##s *p, const vec##D##s *v, size_t n, float dt) \
	{ \
		float e = 0; \
		for (size_t i = 0; i < n; i++) { \
			vec##D##s q = glms_vec##D##_muladds(v[i], dt, p[i]); \
			p[i] = q; \
			e += glms_vec##D##_dot(q, q); \
		} \
		return e; \
	}
C_STEP(2)
C_STEP(3)
C_STEP(4)

#define N 257
#define CHECK(D) \
	{ \
		static vec##D##s pr[N], pc[N], v[N]; \
		for (int i = 0; i < N; i++) \
			for (int k = 0; k < D; k++) { \
				v[i].raw[k] = (float)((i * 7 + k) % 13) * 0.25f - 1.5f; \
				pr[i].raw[k] = pc[i].raw[k] = (float)(i % 5) + 0.5f * k; \
			} \
		float er = 0, ec = 0; \
		for (int r = 0; r < 3; r++) { \
			er = step##D(pr, v, N, 0.125f); \
			ec = c_step##D(pc, v, N, 0.125f); \
		} \
		printf("vec%d %s %.3f\n", D, er == ec && !memcmp(pr, pc, sizeof pr) ? "same" : "DIFFERENT", er); \
	}

int main(void)
{
	CHECK(2)
	CHECK(3)
	CHECK(4)
	return 0;
}
