// The work the determinism test (src/determinism.test.ts) runs in its own process and in child processes with
// another time zone and locale: matching through every route and mode, a user's CSV link set, a portfolio, seeded
// sensitivity draws, a streamed batch, and the messages of refused input. Its output must be the same bytes
// everywhere.
import { type DeterminantProfileInput, exampleProfile, parseProfileCsv, validateProfile } from "@impsci/determinants";
import { createMatcher, parseLinkSetCsv } from "../src/index";

const cfirProfile: DeterminantProfileInput = {
  determinants: [
    { determinant: "cfir-2009:planning", valence: "barrier", importance: 5, changeability: 4 },
    { determinant: "cfir-2009:Reflecting & Evaluating", valence: "barrier", importance: 3, changeability: 5 },
    { determinant: "cfir-2009:available-resources", valence: "barrier" },
    { determinant: "cfir-2009:leadership-engagement", valence: "facilitator", importance: 4, changeability: 2 },
  ],
};

const wideCsv = [
  "\uFEFFStrategy,Planning,Reflecting & Evaluating,Available Resources",
  "Audit and provide feedback,12%,56%,",
  "Develop a formal implementation blueprint,68%,,4%",
  "Access new funding,,,62.5%",
].join("\r\n");

/** The records of a streamed batch: two sites and a profile that does not validate. */
async function records(matcher: ReturnType<typeof createMatcher>) {
  // The second site does not validate (no valence, an unprefixed reference): it gives an error record.
  const sites = [
    { ...exampleProfile, id: "site-a" },
    { id: "site-b", determinants: [{ determinant: "x" }] } as unknown as DeterminantProfileInput,
    cfirProfile,
  ];
  const out = [];
  for await (const record of matcher.matchMany(sites, { top: 3 })) out.push(record);
  return out;
}

/** Every output the test compares, as one JSON text. */
export async function run(): Promise<string> {
  const all = createMatcher();
  const cfirEric = createMatcher({ linkSets: ["cfir-eric-2019"] });
  const own = parseLinkSetCsv(wideCsv, { id: "own-cfir-eric", from: "cfir-2009", to: "eric", weightKind: "percent" });
  if (!own.success) throw new Error(JSON.stringify(own.issues));
  const ownMatcher = createMatcher({ linkSets: [own.data] });
  return JSON.stringify([
    all.match(exampleProfile),
    all.match(exampleProfile, { mode: "cumulative", top: 10 }),
    all.match(exampleProfile, { minFeasibility: 3.5, exclude: ["eric:audit-and-provide-feedback"] }),
    all.match(exampleProfile, { target: "bcw" }),
    cfirEric.match(cfirProfile, { mode: "cumulative" }),
    cfirEric.match(cfirProfile, {
      include: ["eric:56", "eric:Facilitation", "eric:develop-a-formal-implementation-blueprint"],
    }),
    own,
    ownMatcher.match(cfirProfile),
    all.portfolio(exampleProfile, { k: 5 }),
    cfirEric.portfolio(cfirProfile, { k: 3, cost: { "eric:56": 2, "eric:Facilitation": 1 }, budget: 2 }),
    all.sensitivity(exampleProfile, { method: "resample", k: 5, draws: 200, seed: 42, assumedN: 20 }),
    all.sensitivity(exampleProfile, { method: "weights", k: 5, draws: 100, seed: 7 }),
    cfirEric.sensitivity(cfirProfile, { method: "leave-one-out", k: 3 }),
    await records(all),
    validateProfile({ determinants: [{ determinant: "tdf-v2:Knowlege", valence: "barrier", importance: 9 }] }),
    parseProfileCsv("determinant,valence\ntdf-v2:Identity,barrier\ncfir-2022:Innovation,barrier\n"),
  ]);
}
