import type { ValidationIssue } from "@impsci/determinants";
import {
  createPlan,
  type PlanProgress,
  planProgress,
  renderLogicModel,
  renderPlanMarkdown,
  validatePlan,
} from "@impsci/pathways";
import { type Command, Option } from "commander";
import { type CommandContext, emit, formatOf, type OutputOptions, withExample, withOutput } from "../internal/command";
import { type Column, chooseFormat, FORMATS, render, renderJson } from "../internal/format";
import { invalidInput, printWarnings } from "../internal/issues";
import { loadJson } from "../internal/load-json";

type Step = PlanProgress["steps"][number];
const stepColumns: Column<Step>[] = [
  { header: "step", value: (s) => s.id },
  { header: "title", value: (s) => s.title },
  { header: "status", value: (s) => s.status },
  { header: "missing", value: (s) => s.missing.join("; ") },
];

interface Finding {
  severity: "error" | "warning";
  issue: ValidationIssue;
}
const findingColumns: Column<Finding>[] = [
  { header: "severity", value: (f) => f.severity },
  { header: "code", value: (f) => f.issue.code },
  { header: "path", value: (f) => f.issue.path.join(".") },
  { header: "message", value: (f) => f.issue.message },
];

/** `impsci plan init|validate|report`: the plan document a team fills in along a pathway. */
export function registerPlan(program: Command, ctx: CommandContext): void {
  const plan = program.command("plan").description("the plan document: start one, check it, report it");

  withExample(
    plan
      .command("init <pathway>")
      .description(
        "print a new, empty plan for a pathway as JSON (strategease, implementation-spread-scale, bcw, implementation-mapping, epis)",
      )
      .option("--title <title>", "the plan's title")
      .option("--out <file>", "write to this file (atomically) instead of standard output"),
    'impsci plan init strategease --title "Depression screening at Clinic A" --out plan.json',
  ).action(async (pathway: string, options: OutputOptions & { title?: string }) => {
    await emit(renderJson(createPlan(pathway, options.title ? { title: options.title } : {})), options, ctx);
  });

  withExample(
    withOutput(
      plan
        .command("validate <plan>")
        .description(
          "check a plan (a JSON file, or - for standard input): errors and warnings with their paths, and each step's progress",
        ),
    ),
    "impsci plan validate plan.json",
  ).action(async (source: string, options: OutputOptions) => {
    const { value, input } = await loadJson(source, ctx.io);
    const result = validatePlan(value);
    const format = formatOf(options, ctx);
    if (!result.success) {
      // With JSON on standard output a script gets the issues as data too; a file is never written.
      if (format === "json" && options.out === undefined) {
        ctx.io.stdout.write(renderJson({ valid: false, issues: result.issues, warnings: result.warnings }));
      }
      throw invalidInput(input.name, result.issues, "plan");
    }
    const progress = planProgress(result.data);
    const findings: Finding[] = result.warnings.map((issue) => ({ severity: "warning", issue }));
    const text =
      format === "json"
        ? renderJson({ valid: true, issues: [], warnings: result.warnings, progress })
        : `${render(format, progress.steps, stepColumns)}${findings.length > 0 ? `\n${render(format, findings, findingColumns)}` : ""}`;
    await emit(text, options, ctx, [input.path]);
  });

  withExample(
    plan
      .command("report <plan>")
      .description(
        "render a plan as a Markdown document, or its logic model (determinants -> strategies -> mechanisms -> outcomes)",
      )
      .option("--logic-model", "print the logic model instead of the whole plan")
      .addOption(
        new Option("--format <format>", "md (default) or json; the logic model also as table or csv").choices(FORMATS),
      )
      .option("--out <file>", "write to this file (atomically) instead of standard output"),
    "impsci plan report plan.json --out plan.md",
    "impsci plan report plan.json --logic-model --format csv",
  ).action(async (source: string, options: OutputOptions & { logicModel?: boolean }) => {
    const { value, input } = await loadJson(source, ctx.io);
    const result = validatePlan(value);
    if (!result.success) throw invalidInput(input.name, result.issues, "plan");
    printWarnings(ctx.io.stderr, result.warnings);
    const format = chooseFormat(options.format ?? "md", false);
    let text: string;
    if (options.logicModel) {
      const model = renderLogicModel(result.data);
      text =
        format === "json"
          ? renderJson(model.rows)
          : format === "md"
            ? model.markdown
            : render(format, model.rows, logicColumns);
    } else {
      text =
        format === "json"
          ? renderJson({
              plan: result.data,
              progress: planProgress(result.data),
              logicModel: renderLogicModel(result.data).rows,
            })
          : renderPlanMarkdown(result.data);
    }
    await emit(text.endsWith("\n") ? text : `${text}\n`, options, ctx, [input.path]);
  });
}

type Row = ReturnType<typeof renderLogicModel>["rows"][number];
const logicColumns: Column<Row>[] = [
  { header: "determinant", value: (r) => r.determinant.ref },
  { header: "valence", value: (r) => r.determinant.valence },
  { header: "strategy", value: (r) => r.strategy?.ref },
  { header: "strategyName", value: (r) => r.strategy?.name },
  { header: "deferred", value: (r) => r.deferred },
  { header: "mechanisms", value: (r) => r.mechanisms.map((m) => m.description).join("; ") },
  { header: "outcomes", value: (r) => r.outcomes.map((o) => o.outcome).join("; ") },
];
