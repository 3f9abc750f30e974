import type { Citation } from "@impsci/determinants";
import type { ImplementationOutcome } from "../plan";

/** Text made safe for one Markdown table cell: pipes escaped, line breaks folded. */
export function cell(text: string | number | undefined): string {
  if (text === undefined || text === "") return "";
  return String(text)
    .replace(/\\/g, "\\\\")
    .replace(/\|/g, "\\|")
    .replace(/\s*\n\s*/g, " ");
}

/** A Markdown table. */
export function table(headers: readonly string[], rows: readonly (readonly (string | number | undefined)[])[]): string {
  const line = (cells: readonly (string | number | undefined)[]) => `| ${cells.map(cell).join(" | ")} |`;
  return [line(headers), `| ${headers.map(() => "---").join(" | ")} |`, ...rows.map(line)].join("\n");
}

/** Plain labels of Proctor et al. 2011's implementation outcomes. */
export const outcomeLabels: Readonly<Record<ImplementationOutcome, string>> = {
  acceptability: "Acceptability",
  adoption: "Adoption",
  appropriateness: "Appropriateness",
  feasibility: "Feasibility",
  fidelity: "Fidelity",
  "implementation-cost": "Implementation cost",
  penetration: "Penetration",
  sustainability: "Sustainability",
};

/** A citation as one line of a reference list. */
export function citationLine(c: Citation): string {
  const doi = c.doi === undefined ? "" : ` doi:${c.doi}`;
  const url = c.url === undefined ? "" : ` ${c.url}`;
  return `${c.authors} (${c.year}). ${c.title}. ${c.source}.${doi}${url}`;
}
