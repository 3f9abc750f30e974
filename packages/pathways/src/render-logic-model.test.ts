import { describe, expect, it } from "vitest";
import { completePlan } from "./plan.fixture";
import { renderLogicModel } from "./render-logic-model";
import { nth, planWith } from "./test-helpers.fixture";

describe("renderLogicModel", () => {
  it("links each determinant to the strategies that address it, their mechanisms and outcomes", () => {
    const { rows } = renderLogicModel(completePlan);
    expect(rows).toEqual([
      {
        determinant: { id: "knowledge", ref: "tdf-v2:knowledge", name: "Knowledge", valence: "barrier" },
        strategy: { id: "teach", ref: "eric:conduct-educational-meetings", name: "Falls huddles" },
        deferred: false,
        mechanisms: [{ id: "capability", description: "Nurses know the tool and why it matters" }],
        outcomes: [{ outcome: "fidelity", id: "done-right", anticipated: "90 % of at-risk patients with a care plan" }],
      },
      {
        determinant: {
          id: "time",
          ref: "cfir-2022:available-resources",
          name: "Available Resources",
          valence: "barrier",
        },
        strategy: { id: "record", ref: "eric:change-record-systems", name: "Change record systems" },
        deferred: false,
        mechanisms: [{ id: "opportunity", description: "The assessment fits into the admission workflow" }],
        outcomes: [{ outcome: "penetration", id: "reach", anticipated: "80 % by month 3", actual: "72 % at month 3" }],
      },
      {
        determinant: {
          id: "peers",
          ref: "tdf-v2:social-influences",
          name: "Social Influences",
          valence: "facilitator",
        },
        deferred: false,
        mechanisms: [],
        outcomes: [],
      },
      {
        determinant: { id: "cost", ref: "cfir-2022:innovation-cost", name: "Innovation Cost", valence: "barrier" },
        deferred: true,
        mechanisms: [],
        outcomes: [],
      },
    ]);
  });

  it("renders the same content as a Markdown table", () => {
    expect(renderLogicModel(completePlan).markdown).toBe(
      [
        "| Determinant | Strategy | Mechanism | Outcome |",
        "| --- | --- | --- | --- |",
        "| Knowledge (barrier) | Falls huddles (`eric:conduct-educational-meetings`) | Nurses know the tool and why it matters | Fidelity: anticipated 90 % of at-risk patients with a care plan |",
        "| Available Resources (barrier) | Change record systems (`eric:change-record-systems`) | The assessment fits into the admission workflow | Penetration: anticipated 80 % by month 3; actual 72 % at month 3 |",
        "| Social Influences (facilitator) | _none yet_ |  |  |",
        "| Innovation Cost (barrier) | _deferred_ |  |  |",
      ].join("\n"),
    );
  });

  it("gives a strategy addressing two determinants a row for each, and lists specified outcomes not linked to a plan outcome", () => {
    const { rows } = renderLogicModel(
      planWith((p) => {
        nth(p.strategies, 0).addresses.push("peers");
        nth(p.strategies, 0).specification.outcomes = ["fidelity", "acceptability"];
      }),
    );
    expect(rows.filter((r) => r.strategy?.id === "teach").map((r) => r.determinant.id)).toEqual(["knowledge", "peers"]);
    expect(rows[0]?.outcomes).toEqual([
      { outcome: "fidelity", id: "done-right", anticipated: "90 % of at-risk patients with a care plan" },
      { outcome: "acceptability" },
    ]);
    // The mechanism acts on "knowledge" only, so the "peers" row does not borrow it.
    expect(rows.find((r) => r.determinant.id === "peers")?.mechanisms).toEqual([]);
  });
});
