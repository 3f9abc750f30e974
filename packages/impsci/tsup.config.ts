import { packageConfig } from "../../scripts/tsup.base.ts";

export default packageConfig(["src/index.ts", "src/bin.ts"], { platform: "node" });
