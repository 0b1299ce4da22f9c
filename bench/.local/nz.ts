import { documents } from "../generated-reports.js";
const docs = [...documents(42, 4 * 1024 * 1024)].map((d) => d.text);
const EDIT = /[\t \u00a0\u2000-\u200a\u202f\u205f\u3000]+(?=[\r\n])|\r\n?[\t \u00a0\u2000-\u200a\u202f\u205f\u3000]*|\n[\t \u00a0\u2000-\u200a\u202f\u205f\u3000]+|[\t \u00a0\u2000-\u200a\u202f\u205f\u3000]{2,}|[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]|[\u00ad\u200b-\u200d\u2060\ufeff]+|.[\u0300-\u036f]+/g;
const CLASS = /[\t\r\u00a0\u00ad\u0300-\u036f\u2000-\u200d\u202f\u205f\u2060\u3000\ufeff]/;
const CLASS2 = /[\t\r\u00a0\u00ad\u0300-\u036f\u2000-\u200d\u202f\u205f\u2060\u3000\ufeff]| [ \n]|\n /;
const { tokenize } = await import("../../src/extract/tokens.js");
let sink = 0;
function t(name: string, f: (s: string) => boolean | number) { const t0 = process.hrtime.bigint(); for (let r = 0; r < 5; r++) for (const d of docs) sink += f(d) ? 1 : 0; console.log(name, (Number(process.hrtime.bigint() - t0) / 5e6).toFixed(1), "ms"); }
for (let k = 0; k < 3; k++) {
  t("EDIT", (s) => { EDIT.lastIndex = 0; return EDIT.test(s); });
  t("CLASS+includes", (s) => CLASS.test(s) || s.includes("  ") || s.includes(" \n") || s.includes("\n "));
  t("CLASS2", (s) => CLASS2.test(s));
  t("tokenize", (s) => tokenize(s).length);
}
console.log(sink);
