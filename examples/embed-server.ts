// Embedding the matcher in a server: one matcher for the life of the process, one match per request. The handler
// takes a plain request object and returns a plain response, so it fits Node's http module, Express, Fastify or a
// serverless function alike; this example calls it directly and opens no port.
//
// Run: pnpm exec tsx --conditions=@impsci/source examples/embed-server.ts
import { pathToFileURL } from "node:url";
import { validateProfile } from "@impsci/determinants";
import { createMatcher, isMatcherError, type MatchOptions } from "@impsci/matcher";

/** What the handler needs from a request. */
export interface JsonRequest {
  readonly method: string;
  readonly body: string;
}

/** What the handler answers: a status and a JSON body. */
export interface JsonResponse {
  readonly status: number;
  readonly body: string;
}

// Compile once, at start-up: every built-in link set. createMatcher throws a MatcherError on a bad link set, so a
// broken configuration stops the server at once instead of failing each request.
const matcher = createMatcher();

const json = (status: number, value: unknown): JsonResponse => ({ status, body: JSON.stringify(value) });

/** POST { profile, options? } -> 200 with the match result, 422 with every problem, 400 / 405 for the rest. */
export function handleMatch(request: JsonRequest): JsonResponse {
  if (request.method !== "POST") return json(405, { error: "Use POST with { profile, options? }." });
  let input: unknown;
  try {
    input = JSON.parse(request.body);
  } catch {
    return json(400, { error: "The body is not JSON." });
  }
  const { profile, options } = (typeof input === "object" && input !== null ? input : {}) as {
    profile?: unknown;
    options?: MatchOptions;
  };
  // Validation never throws: a bad profile comes back as data, every problem with its code and path.
  const checked = validateProfile(profile);
  if (!checked.success) return json(422, { issues: checked.issues });
  try {
    return json(200, matcher.match(checked.data, options));
  } catch (error) {
    // Operational errors are thrown, each package's with a code; bad options are the caller's to fix.
    if (isMatcherError(error) && error.code === "invalid-options") {
      return json(422, { issues: error.issues });
    }
    throw error; // anything else is a fault: let the server's own error handling log it and answer 500
  }
}

/** Runs the example: prints what it finds. */
export function main(): void {
  const post = (value: unknown) => handleMatch({ method: "POST", body: JSON.stringify(value) });

  const profile = {
    determinants: [
      { determinant: "tdf-v2:knowledge", valence: "barrier", importance: 5, changeability: 4 },
      { determinant: "cfir-2009:reflecting-and-evaluating", valence: "barrier", importance: 4, changeability: 4 },
    ],
  };
  const ok = post({ profile, options: { top: 3 } });
  const result = JSON.parse(ok.body);
  console.log(
    `${ok.status}: ${result.recommendations.map((r: { strategy: { id: string } }) => r.strategy.id).join(", ")}`,
  );

  // Same input, same versions: the same bytes. The manifest says what produced them.
  console.log(`same request, same bytes: ${post({ profile, options: { top: 3 } }).body === ok.body}`);
  console.log(`manifest: ${result.manifest.package}, options ${JSON.stringify(result.manifest.options)}`);
  for (const set of result.manifest.linkSets) {
    console.log(
      `  ${set.id}@${set.version} (${set.basis}), ${/^sha256:[0-9a-f]{64}$/.test(set.hash) ? "sha256:<64 hex digits>" : set.hash}`,
    );
  }

  // The determinants' order does not change the answer either.
  const reversed = { determinants: [...profile.determinants].reverse() };
  console.log(`reversed profile, same bytes: ${post({ profile: reversed, options: { top: 3 } }).body === ok.body}`);

  const typo = post({ profile: { determinants: [{ determinant: "tdf-v2:Knowlege", valence: "barrier" }] } });
  console.log(
    `${typo.status}: ${JSON.parse(typo.body)
      .issues.map((i: { message: string }) => i.message)
      .join(" | ")}`,
  );
  const badOptions = post({ profile, options: { top: 0, mode: "fastest" } });
  for (const issue of JSON.parse(badOptions.body).issues) {
    console.log(`${badOptions.status}: ${issue.code} at ${issue.path.join(".")}`);
  }
  console.log(
    `${handleMatch({ method: "POST", body: "{" }).status}, ${handleMatch({ method: "GET", body: "" }).status}`,
  );
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main();
}
