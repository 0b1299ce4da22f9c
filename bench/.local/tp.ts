import { documents } from "../generated-reports.js";
const docs = [...documents(42, 2 * 1024 * 1024)].map((d) => d.text);
const src = "arrest|detain|detention|jail|prison|convict|sentenc|charg|prosecut|releas|freed|free\\b|pardon|amnest|clemency|politic|repress|search|raid|extremis|terror|protest|custody|colon(?:y|ies)|exile|deport|expel|interrogat|fine[ds]?\\b|court|trial|tortur|behind bars|held|hostage|exchang|swap|recogni|case|verdict|crim|law|police|kgb|persecut|dissident|journalist|activist|opposition|lawyer|blogger|inmate|detainee|victim|wanted|flee|fled|emigr|status|list|named|decree|задерж|арест|осужд|приговор|суд|колони|тюрьм|заключ|освобо|помил|амнист|уголовн|обыск|экстремист|террор|репресс|преслед|штраф|протест|полит|этап|сизо|ивс|изолятор|сутк|выслан|депорт|обмен|признан|журналист|активист|адвокат|указ|список|статус|затрыман|арышт|асуджан|прысуд|калоні|турм|зняволен|вызвал|памілав|крымінал|вобшук|экстрэміст|рэпрэс|пераслед|пратэст|палітв|спіс|вы[йш]л|выход|на волю|на свобод|решётк|решетк|посад|груп|rights|правозащ|праваабарон|viasna|вясн|весн|memorial|мемориал|ovd|овд|aapp|amnesty";
const I = new RegExp(src, "i");
const L = new RegExp(src);
const G = new RegExp(src, "gi");
let sink = 0;
function t(name: string, f: (s: string) => number) { const t0 = process.hrtime.bigint(); for (let r = 0; r < 3; r++) for (const d of docs) sink += f(d); console.log(name, (Number(process.hrtime.bigint() - t0) / 3e6).toFixed(1), "ms per 2MB"); }
for (let k = 0; k < 3; k++) {
  t("/i test whole doc", (s) => (I.test(s) ? 1 : 0));
  t("lower + test whole doc", (s) => (L.test(s.toLowerCase()) ? 1 : 0));
  t("/gi all matches", (s) => { G.lastIndex = 0; let n = 0; while (G.exec(s)) n++; return n; });
  t("/i on first 200 chars x7", (s) => { let n = 0; for (let i = 0; i < 7; i++) n += I.test(s.slice(i * 200 + 50, i * 200 + 250)) ? 1 : 0; return n; });
}
console.log(sink);
