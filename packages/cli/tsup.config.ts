import { readFileSync } from "node:fs";
import { packageConfig } from "../../scripts/tsup.base.ts";

const { version } = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8")) as { version: string };

export default packageConfig(["src/index.ts", "src/bin.ts"], {
  platform: "node",
  define: { __IMPSCI_VERSION__: JSON.stringify(version) },
});
