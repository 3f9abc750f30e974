import { frameIs2021, proctor2011, proctor2013 } from "./data/citations";
import { strategiesOf } from "./internal/lookup";
import { cell, citationLine, outcomeLabels, table } from "./internal/markdown";
import { elementLabel, strategyName } from "./internal/names";
import { requirePlan } from "./internal/require-plan";
import type { Plan } from "./plan";
import { planProgress } from "./plan-progress";
import { renderLogicModel } from "./render-logic-model";
import type { PlanOptions } from "./validate-plan";

const none = "_None recorded yet._";
const list = (items: readonly string[]) => (items.length === 0 ? none : items.map((item) => `- ${item}`).join("\n"));
const ids = (values: readonly string[]) => values.map((v) => `\`${v}\``).join(", ");

function scope(plan: Plan): string {
  const what = plan.scope.what === undefined ? "_Not yet named._" : plan.scope.what;
  const behaviours =
    plan.scope.behaviours.length === 0
      ? none
      : table(
          ["Actor", "Action", "Context", "Target", "Time"],
          plan.scope.behaviours.map((b) => [b.actor, b.action, b.context, b.target, b.time]),
        );
  return `## Scope of change\n\n**What is being implemented:** ${what}\n\n### Who does what differently\n\n${behaviours}`;
}

function determinants(plan: Plan): string {
  const rows =
    plan.determinants.length === 0
      ? none
      : table(
          [
            "Id",
            "Determinant",
            "Valence",
            "Strength",
            "Importance",
            "Changeability",
            "Level",
            "Populations",
            "Reported by",
          ],
          plan.determinants.map((d) => [
            `\`${d.id}\``,
            elementLabel(d.determinant),
            d.valence,
            d.strength,
            d.importance,
            d.changeability,
            d.level,
            d.populations?.join(", "),
            d.reportedBy,
          ]),
        );
  const notes = plan.determinants.filter((d) => d.note !== undefined).map((d) => `\`${d.id}\`: ${d.note}`);
  const deferrals = plan.deferrals.map((d) => {
    const extra = [
      d.decidedBy === undefined ? undefined : `decided by ${d.decidedBy}`,
      d.revisit === undefined ? undefined : `revisit ${d.revisit}`,
    ].filter((x) => x !== undefined);
    return `\`${d.determinant}\`: ${d.reason}${extra.length === 0 ? "" : ` (${extra.join("; ")})`}`;
  });
  return [
    "## Determinants",
    rows,
    ...(notes.length === 0 ? [] : ["Notes:", list(notes)]),
    "### Deferred barriers",
    list(deferrals),
  ].join("\n\n");
}

function mechanisms(plan: Plan, options: PlanOptions): string {
  const strategies = strategiesOf(options.catalogue);
  return `## Mechanisms of change\n\n${list(
    plan.mechanisms.map((m) => {
      const parts = [
        m.determinants.length === 0 ? undefined : `acts on ${ids(m.determinants)}`,
        m.elements.length === 0 ? undefined : `named as ${m.elements.map(elementLabel).join(", ")}`,
        m.functions.length === 0
          ? undefined
          : `purposes of change: ${m.functions.map((f) => `${strategyName(f, strategies)} (\`${f}\`)`).join(", ")}`,
      ].filter((p) => p !== undefined);
      return `**${m.id}**: ${m.description}${parts.length === 0 ? "" : ` (${parts.join("; ")})`}`;
    }),
  )}`;
}

function strategiesSection(plan: Plan, options: PlanOptions): string {
  const strategies = strategiesOf(options.catalogue);
  if (plan.strategies.length === 0) return `## Strategies\n\n${none}`;
  const blocks = plan.strategies.map((s) => {
    const published = strategyName(s.strategy, strategies);
    const heading = s.name === undefined ? published : `${s.name} (${published})`;
    const spec = s.specification;
    const facts = [
      `Strategy: \`${s.strategy}\` (plan id \`${s.id}\`)`,
      `Addresses: ${s.addresses.length === 0 ? "_no determinant yet_" : ids(s.addresses)}`,
      ...(s.mechanisms.length === 0 ? [] : [`Works through: ${ids(s.mechanisms)}`]),
      ...(s.tailoring === undefined ? [] : [`Tailoring: ${s.tailoring}`]),
    ];
    const specTable = table(
      ["Dimension (Proctor et al. 2013)", "Specification"],
      [
        ["Actor", spec.actor],
        ["Action", spec.action],
        ["Action target", spec.actionTarget],
        ["Temporality", spec.temporality],
        ["Dose", spec.dose],
        ["Implementation outcome", spec.outcomes.map((o) => outcomeLabels[o]).join(", ")],
        ["Justification", spec.justification],
      ].map(([dimension, value]) => [dimension, value === undefined || value === "" ? "_missing_" : value]),
    );
    return `### ${heading}\n\n${list(facts)}\n\n${specTable}`;
  });
  return `## Strategies\n\n${blocks.join("\n\n")}`;
}

function outcomes(plan: Plan): string {
  const body =
    plan.outcomes.length === 0
      ? none
      : table(
          ["Id", "Outcome", "Description", "Measure", "Anticipated", "Actual", "Strategies"],
          plan.outcomes.map((o) => [
            `\`${o.id}\``,
            outcomeLabels[o.outcome],
            o.description,
            o.measure,
            o.anticipated,
            o.actual,
            ids(o.strategies),
          ]),
        );
  return `## Outcomes\n\n${body}`;
}

function modifications(plan: Plan): string {
  const blocks = plan.modifications.map((m, i) => {
    const facts = [
      ...(m.strategy === undefined ? [] : [`Strategy: \`${m.strategy}\``]),
      `Nature: ${m.nature}`,
      `Goal: ${m.goal}`,
      `Reason: ${m.reason}`,
      `When: ${m.when}`,
      `Planned: ${m.planned ? "yes (proactive)" : "no (reactive)"}`,
      `Decided by: ${m.decidedBy.join(", ")}`,
      ...(m.note === undefined ? [] : [`Note: ${m.note}`]),
    ];
    return `### ${i + 1}. ${m.what}\n\n${list(facts)}`;
  });
  return `## Modifications (FRAME-IS)\n\n${blocks.length === 0 ? none : blocks.join("\n\n")}`;
}

function consulted(plan: Plan): string {
  const body =
    plan.consulted.length === 0
      ? none
      : table(
          ["Role", "Group", "How", "Note"],
          plan.consulted.map((c) => [c.role, c.group, c.how, c.note]),
        );
  return `## Who was consulted\n\n${body}`;
}

/**
 * Renders a plan as a readable Markdown document headed by its title: scope, who was consulted, determinants
 * and deferrals, mechanisms, strategies with their Proctor specification, outcomes, the modifications log, the
 * logic model, progress on the pathway, the checks, and references. Deterministic: the same plan always gives
 * the same text.
 *
 * @param input - A plan; it is validated first.
 * @param options - A pathway that is not built in; a catalogue other than the built-in one.
 * @returns The Markdown text, ending with a newline.
 * @throws {@link PathwaysError} `invalid-plan` or `unknown-pathway`.
 * @example
 * ```ts
 * const markdown = renderPlanMarkdown(createPlan("epis", { title: "Screening" }));
 * markdown.startsWith("# Screening\n"); // true
 * ```
 */
export function renderPlanMarkdown(input: unknown, options: PlanOptions = {}): string {
  const { plan, pathway, warnings } = requirePlan(input, options, "render the plan");
  const progress = planProgress(plan, options);
  const head = [
    `# ${plan.title}`,
    ...(plan.summary === undefined ? [] : [plan.summary]),
    list([
      `Pathway: ${pathway.title} (\`${pathway.id}\`, ${pathway.shape})`,
      ...(plan.id === undefined ? [] : [`Plan id: \`${plan.id}\``]),
      `Plan document: schema version ${plan.schemaVersion}`,
    ]),
  ];
  const staged = progress.steps.some((s) => s.stage !== undefined);
  const progressTable = table(
    staged ? ["Step", "Stage", "Status", "Missing"] : ["Step", "Status", "Missing"],
    progress.steps.map((s) =>
      staged ? [s.title, s.stage, s.status, s.missing.join("; ")] : [s.title, s.status, s.missing.join("; ")],
    ),
  );
  const next = progress.next.map((id) => pathway.steps.find((s) => s.id === id)?.title ?? id);
  const sections = [
    head.join("\n\n"),
    scope(plan),
    consulted(plan),
    determinants(plan),
    mechanisms(plan, options),
    strategiesSection(plan, options),
    outcomes(plan),
    modifications(plan),
    `## Logic model\n\n${plan.determinants.length === 0 ? none : renderLogicModel(plan, options).markdown}`,
    `## Progress\n\n${progressTable}\n\nSuggested next: ${next.length === 0 ? "_every step is complete._" : next.join(", ")}`,
    `## Checks\n\n${warnings.length === 0 ? "No warnings." : list(warnings.map((w) => `${cell(w.code)}: ${w.message}`))}`,
    `## References\n\n${list([...new Set([...pathway.citations, proctor2013, proctor2011, frameIs2021].map(citationLine))])}`,
  ];
  return `${sections.join("\n\n")}\n`;
}
