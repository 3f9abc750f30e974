// A small case worked by hand, shared by the portfolio and sensitivity tests.
import type { LinkSetInput } from "../src/link-set";

// A small case worked by hand. Four determinants (weighted mode, priority = importance x changeability):
//   A planning    barrier      5 x 4 = 20
//   B cost        barrier      3 x 2 =  6
//   C complexity  barrier      2 x 5 = 10
//   F adaptability facilitator 4 x 2 =  8, leverage 8 / 2 = 4
// Five strategies, percent links (share = percent / 100):
//   S1 audit-and-provide-feedback                A 50, B 50
//   S2 develop-a-formal-implementation-blueprint A 100
//   S3 access-new-funding                        B 100, C 20
//   S4 promote-adaptability                      C 100, F 50
//   S5 conduct-local-consensus-discussions       F 100 (a facilitator only: no barrier reaches it, it never gains)
// Every determinant's largest share is 1, so with decay 1/2 a pick keeps 1 - share / 2 of each residual it reaches.
export const S1 = "eric:audit-and-provide-feedback";
export const S2 = "eric:develop-a-formal-implementation-blueprint";
export const S3 = "eric:access-new-funding";
export const S4 = "eric:promote-adaptability";
export const S5 = "eric:conduct-local-consensus-discussions";
export const A = "cfir-2009:planning";
export const B = "cfir-2009:cost";
export const C = "cfir-2009:complexity";
export const F = "cfir-2009:adaptability";

export const handSet: LinkSetInput = {
  id: "hand",
  version: "1",
  title: "Hand-worked portfolio case",
  from: "cfir-2009",
  to: "eric",
  weightKind: "percent",
  basis: "user",
  links: [
    { from: A, to: S1, weight: 50 },
    { from: B, to: S1, weight: 50 },
    { from: A, to: S2, weight: 100 },
    { from: B, to: S3, weight: 100 },
    { from: C, to: S3, weight: 20 },
    { from: C, to: S4, weight: 100 },
    { from: F, to: S4, weight: 50 },
    { from: F, to: S5, weight: 100 },
  ],
};
export const handProfile = {
  determinants: [
    { determinant: A, valence: "barrier" as const, importance: 5, changeability: 4 },
    { determinant: B, valence: "barrier" as const, importance: 3, changeability: 2 },
    { determinant: C, valence: "barrier" as const, importance: 2, changeability: 5 },
    { determinant: F, valence: "facilitator" as const, importance: 4, changeability: 2 },
  ],
};
