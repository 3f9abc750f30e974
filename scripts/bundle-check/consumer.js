// A small app that uses @impsci/determinants, @impsci/catalogue and @impsci/matcher the way a web page would: read a
// profile and a link set from CSV text, match, look a strategy up. scripts/check-imports.mjs bundles it with esbuild
// for the browser and runs the bundle with no Node globals; `report` is the one global it expects from its host.
import { getStrategy } from "@impsci/catalogue";
import { exampleProfile, getFramework, parseProfileCsv } from "@impsci/determinants";
import { createMatcher, parseLinkSetCsv } from "@impsci/matcher";

const profileCsv =
  "determinant,valence,importance\ncfir-2009:Planning,barrier,5\ncfir-2009:Reflecting & Evaluating,barrier,4\n";
const profile = parseProfileCsv(profileCsv);
const linkCsv =
  "Strategy,Planning,Reflecting & Evaluating\nAudit and provide feedback,56%,70%\nPromote adaptability,20%,\n";
const links = parseLinkSetCsv(linkCsv, { id: "wide-example", from: "cfir-2009", to: "eric", weightKind: "percent" });
const example = createMatcher().match(exampleProfile, { top: 5 });
const own =
  links.success && profile.success ? createMatcher({ linkSets: [links.data] }).match(profile.data) : undefined;

report({
  frameworks: getFramework("tdf-v2").elements.length,
  strategy: getStrategy("eric:56").name,
  profile: profile.success ? profile.data.determinants.map((d) => d.determinant) : profile.issues.map((i) => i.code),
  links: links.success ? links.data.links.length : links.issues.map((i) => i.code),
  example: example.recommendations.map((r) => `${r.rank} ${r.strategy.id} ${r.score}`),
  own: own?.recommendations.map((r) => `${r.rank} ${r.strategy.id} ${r.score}`),
  manifest: example.manifest.linkSets.map((s) => s.hash),
});
