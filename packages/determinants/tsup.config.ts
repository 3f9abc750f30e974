import { packageConfig } from "../../scripts/tsup.base.ts";

// src/read-csv.ts imports csv-parse's browser build (it carries its own Buffer), which csv-parse ships as ESM only.
// The CommonJS build runs on Node, so it requires csv-parse's Node entry instead, which has a CommonJS file.
const BROWSER_SYNC = '"csv-parse/browser/esm/sync"';

export default packageConfig(["src/index.ts"], {
  plugins: [
    {
      name: "csv-parse-node-entry-for-cjs",
      renderChunk(code) {
        if (this.format !== "cjs" || !code.includes(BROWSER_SYNC)) return;
        return { code: code.replaceAll(BROWSER_SYNC, '"csv-parse/sync"') };
      },
    },
  ],
});
