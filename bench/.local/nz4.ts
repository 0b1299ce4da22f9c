import { documents } from "../generated-reports.js";
const docs = [...documents(42, 4 * 1024 * 1024)].map((d) => d.text);
const CLASS = /[\t\r\u00a0\u00ad\u0300-\u036f\u2000-\u200d\u202f\u205f\u2060\u3000\ufeff]/;
const CLASS2 = /[\t\r\u00a0\u00ad\u0300-\u036f\u2000-\u200d\u202f\u205f\u2060\u3000\ufeff]| [ \n]|\n /;
const SP = / [ \n]|\n /;
const POINTER = /^[^\nA-Za-z0-9\u0400-\u04ff]{0,4}(?:(?:[Rr]ead|READ) (?:[Aa]lso|ALSO|[Mm]ore|MORE)\b|(?:[Aa]lso|ALSO) (?:[Rr]ead|READ)\b)/m;
let sink = 0;
function t(name: string, f: (s: string) => boolean | number) { const t0 = process.hrtime.bigint(); for (let r = 0; r < 5; r++) for (const d of docs) sink += f(d) ? 1 : 0; console.log(name.padEnd(20), (Number(process.hrtime.bigint() - t0) / 5e6).toFixed(1), "ms"); }
for (let k = 0; k < 3; k++) {
  t("CLASS2", (s) => CLASS2.test(s));
  t("CLASS", (s) => CLASS.test(s));
  t("SP", (s) => SP.test(s));
  t("CLASS+SP", (s) => CLASS.test(s) || SP.test(s));
  t("includes x3", (s) => s.includes("  ") || s.includes(" \n") || s.includes("\n "));
  t("POINTER", (s) => POINTER.test(s));
}
console.log(sink);
