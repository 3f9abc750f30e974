import { findElement } from "@impsci/determinants";
import { deepFreeze } from "./internal/freeze";
import { strategiesOf } from "./internal/lookup";
import { outcomeLabels, table } from "./internal/markdown";
import { strategyName } from "./internal/names";
import { requirePlan } from "./internal/require-plan";
import type { ImplementationOutcome, Plan } from "./plan";
import type { PlanOptions } from "./validate-plan";

/**
 * One row of the logic model: a determinant, a strategy that addresses it (if any), its mechanisms and outcomes.
 *
 * @example
 * ```ts
 * const rows: readonly LogicModelRow[] = renderLogicModel(plan).rows;
 * rows.filter((row) => !row.strategy && !row.deferred); // barriers nothing addresses yet
 * ```
 */
export interface LogicModelRow {
  /** The determinant: its plan id, qualified id, published name and valence. */
  readonly determinant: {
    readonly id: string;
    readonly ref: string;
    readonly name: string;
    readonly valence: "barrier" | "facilitator";
  };
  /** The strategy addressing it: plan id, qualified id and name (the team's, else the published one); absent when none does. */
  readonly strategy?: { readonly id: string; readonly ref: string; readonly name: string };
  /** Whether the team deferred the determinant (rows without a strategy only). */
  readonly deferred: boolean;
  /** The mechanisms the strategy works through that act on this determinant (or, with no strategy, every mechanism that acts on it). */
  readonly mechanisms: readonly { readonly id: string; readonly description: string }[];
  /** The outcomes the strategy should move: plan outcomes linked to it, then the implementation outcomes of its specification not already listed. */
  readonly outcomes: readonly {
    readonly outcome: ImplementationOutcome;
    readonly id?: string;
    readonly anticipated?: string;
    readonly actual?: string;
  }[];
}

/**
 * A plan's logic model, as a Markdown table and as rows.
 *
 * @example
 * ```ts
 * const model: LogicModel = renderLogicModel(plan);
 * writeFileSync("logic-model.md", model.markdown);
 * ```
 */
export interface LogicModel {
  /** The table: Determinant | Strategy | Mechanism | Outcome. */
  readonly markdown: string;
  /** The same content as data, one row per determinant-strategy pair, in plan order. */
  readonly rows: readonly LogicModelRow[];
}

function outcomesOf(plan: Plan, strategyId: string): LogicModelRow["outcomes"] {
  const strategy = plan.strategies.find((s) => s.id === strategyId);
  const linked = plan.outcomes
    .filter((o) => o.strategies.includes(strategyId))
    .map((o) => ({
      outcome: o.outcome,
      id: o.id,
      ...(o.anticipated === undefined ? {} : { anticipated: o.anticipated }),
      ...(o.actual === undefined ? {} : { actual: o.actual }),
    }));
  const listed = new Set(linked.map((o) => o.outcome));
  const specified = (strategy?.specification.outcomes ?? [])
    .filter((o) => !listed.has(o))
    .map((outcome) => ({ outcome }));
  return [...linked, ...specified];
}

function outcomeText(o: LogicModelRow["outcomes"][number]): string {
  const parts = [
    o.anticipated === undefined ? undefined : `anticipated ${o.anticipated}`,
    o.actual === undefined ? undefined : `actual ${o.actual}`,
  ].filter((p) => p !== undefined);
  return parts.length === 0 ? outcomeLabels[o.outcome] : `${outcomeLabels[o.outcome]}: ${parts.join("; ")}`;
}

/**
 * Renders a plan's logic model: each determinant, the strategies that address it, the mechanisms they work
 * through and the outcomes they should move. Determinants no strategy addresses keep a row, so gaps show.
 *
 * @param input - A plan; it is validated first.
 * @param options - A pathway that is not built in; a catalogue other than the built-in one.
 * @returns `{ markdown, rows }`, frozen; the same plan always gives the same text.
 * @throws {@link PathwaysError} `invalid-plan` or `unknown-pathway`.
 * @example
 * ```ts
 * const { markdown, rows } = renderLogicModel(plan);
 * rows[0]?.strategy?.ref; // e.g. "eric:conduct-educational-meetings"
 * ```
 */
export function renderLogicModel(input: unknown, options: PlanOptions = {}): LogicModel {
  const { plan } = requirePlan(input, options, "render the logic model");
  const strategies = strategiesOf(options.catalogue);
  const deferred = new Set(plan.deferrals.map((d) => d.determinant));
  const rows: LogicModelRow[] = [];
  for (const d of plan.determinants) {
    const determinant = {
      id: d.id,
      ref: d.determinant,
      name: findElement(d.determinant)?.name ?? d.determinant,
      valence: d.valence,
    };
    const actsOn = (m: Plan["mechanisms"][number]) => m.determinants.includes(d.id);
    const addressing = plan.strategies.filter((s) => s.addresses.includes(d.id));
    if (addressing.length === 0) {
      rows.push({
        determinant,
        deferred: deferred.has(d.id),
        mechanisms: plan.mechanisms.filter(actsOn).map((m) => ({ id: m.id, description: m.description })),
        outcomes: [],
      });
    }
    for (const s of addressing) {
      rows.push({
        determinant,
        strategy: { id: s.id, ref: s.strategy, name: s.name ?? strategyName(s.strategy, strategies) },
        deferred: false,
        mechanisms: plan.mechanisms
          .filter((m) => s.mechanisms.includes(m.id) && (m.determinants.length === 0 || actsOn(m)))
          .map((m) => ({ id: m.id, description: m.description })),
        outcomes: outcomesOf(plan, s.id),
      });
    }
  }
  const markdown = table(
    ["Determinant", "Strategy", "Mechanism", "Outcome"],
    rows.map((row) => [
      `${row.determinant.name} (${row.determinant.valence})`,
      row.strategy ? `${row.strategy.name} (\`${row.strategy.ref}\`)` : row.deferred ? "_deferred_" : "_none yet_",
      row.mechanisms.map((m) => m.description).join("; "),
      row.outcomes.map(outcomeText).join("; "),
    ]),
  );
  return deepFreeze({ markdown, rows });
}
