// R is not on this project's machines, so this test cannot run examples/cli-from-r.R. It holds the script to the
// command's contract instead: the script makes exactly these calls, and each call prints the columns and fields the
// script reads (the script was run by hand with R 4.2, jsonlite 1.8 and processx 3.8 when it was written).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { root, runCli } from "./guide-blocks";

const script = readFileSync(`${root}examples/cli-from-r.R`, "utf8");
/** The script without white space, so calls split over lines compare as one string. */
const packed = script.replace(/\s+/g, "");
const call = (args: string[]) => args.map((a) => JSON.stringify(a)).join(",");

const ranked = ["match", "--determinants", "examples/fixtures/clinic-profile.csv", "--top", "3", "--format", "csv"];
const explained = [...ranked.slice(0, 5), "--explain", "--format", "csv"];
const json = [
  "match",
  "--determinants",
  "examples/fixtures/cfir-barriers.csv",
  "--links",
  "cfir-eric-2019",
  "--mode",
  "cumulative",
  "--top",
  "3",
  "--format",
  "json",
];
const bad = ["match", "--determinants", "examples/fixtures/bad-profile.csv", "--format", "csv"];

describe("examples/cli-from-r.R", () => {
  it("makes these four calls, through system2 (quoted for the shell) and processx", () => {
    expect(packed).toContain(`read.csv(text=impsci(${call(ranked)}))`);
    expect(packed).toContain(`read.csv(text=impsci(${call(explained)}))`);
    expect(packed).toContain(`jsonlite::fromJSON(impsci(${call(json)}))`);
    expect(packed).toContain(`processx::run(impsci_cmd[1],c(impsci_cmd[-1],${call(bad)}),error_on_status=FALSE)`);
    expect(packed).toContain("system2(impsci_cmd[1],shQuote(c(impsci_cmd[-1],...)),stdout=TRUE,stderr=FALSE)");
  });

  it("the ranking CSV has the columns the script reads", () => {
    const run = runCli(ranked);
    expect(run.status).toBe(0);
    expect(run.stdout.split("\n")[0]).toBe("rank,strategy,name,score,level1,level2,determinants");
    expect(packed).toContain('ranked[,c("rank","strategy","score")]');
  }, 60_000);

  it("the explanation CSV has a determinant and a numeric weight on every row", () => {
    const run = runCli(explained);
    expect(run.status).toBe(0);
    const [header, ...rows] = run.stdout.trimEnd().split("\n");
    expect(header).toBe("rank,strategy,determinant,valence,path,weight,evidence,linkSet,citation");
    expect(rows.length).toBeGreaterThan(3);
    expect(packed).toContain("aggregate(weight~determinant,data=explained,FUN=sum)");
  }, 60_000);

  it("the JSON has every field the script reads", () => {
    const run = runCli(json);
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout);
    const [first] = result.recommendations;
    expect(Object.keys(first)).toEqual(["rank", "strategy", "score", "level1", "level2", "contributions"]);
    expect(first.strategy.name).toBe("Develop and implement tools for quality monitoring");
    expect(first.contributions[0].path).toEqual([
      "cfir-2009:reflecting-and-evaluating",
      "eric:develop-and-implement-tools-for-quality-monitoring",
    ]);
    expect(result.warnings.map((w: { code: string }) => w.code)).toContain("not-covered");
    expect(result.manifest.linkSets.map((s: { id: string }) => s.id)).toEqual(["cfir-eric-2019"]);
    for (const read of [
      "recs<-result$recommendations",
      "recs$strategy$name",
      "recs$level1",
      "recs$contributions[[1]]$path",
      "result$warnings$code",
      "result$manifest$linkSets$id",
    ]) {
      expect(packed).toContain(read);
    }
  }, 60_000);

  it("a bad file exits 1 and its first problem is the second line of standard error", () => {
    const run = runCli(bad);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr.split("\n")[1]).toBe('  Row 2, column "importance": "7" is not a whole number from 1 to 5.');
    expect(packed).toContain('strsplit(run$stderr,"\\n",fixed=TRUE)[[1]][2]');
  }, 60_000);
});
