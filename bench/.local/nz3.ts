import { documents } from "../generated-reports.js";
const docs = [...documents(42, 4 * 1024 * 1024)].map((d) => d.text);
const MAY = /[\t\r\u00a0\u00ad\u0300-\u036f\u2000-\u200d\u202f\u205f\u2060\u3000\ufeff]| [ \n]|\n /;
const BOILER = /^[^\n\p{L}\p{N}]{0,4}(?:(?:[Rr]ead|READ) (?:[Aa]lso|ALSO|[Mm]ore|MORE)\b|(?:[Aa]lso|ALSO) (?:[Rr]ead|READ)\b|(?:[Ss]ee|SEE) (?:[Aa]lso|ALSO)\b|(?:[Rr]elated|RELATED)(?: (?:[Aa]rticles?|[Ss]tor(?:y|ies)|[Cc]overage|[Nn]ews|[Rr]eading|[Ll]inks?|ARTICLES?|STORIES|NEWS))?:|(?:[Ss]ubscribe|SUBSCRIBE) to (?:our|the)\b|(?:Читайте|ЧИТАЙТЕ|Читай|Смотрите|СМОТРИТЕ) (?:также|ТАКЖЕ|тоже|еще|ещё)|(?:Чытайце|ЧЫТАЙЦЕ|Глядзіце|ГЛЯДЗІЦЕ) (?:таксама|ТАКСАМА)|(?:По|ПО|Па|ПА) (?:теме|ТЕМЕ|тэме|ТЭМЕ):|(?:Подписывайтесь|Падпісвайцеся|ПОДПИСЫВАЙТЕСЬ) на\b)[^\n]*/mu;
const BOILER_NOU = new RegExp(BOILER.source.replace("\\p{L}\\p{N}", "A-Za-z0-9\\u0400-\\u04ff"), "m");
let sink = 0;
function t(name: string, f: (s: string) => boolean | number) { const t0 = process.hrtime.bigint(); for (let r = 0; r < 5; r++) for (const d of docs) sink += f(d) ? 1 : 0; console.log(name, (Number(process.hrtime.bigint() - t0) / 5e6).toFixed(1), "ms"); }
for (let k = 0; k < 3; k++) {
  t("MAY", (s) => MAY.test(s));
  t("BOILER", (s) => BOILER.test(s));
  t("BOILER no u", (s) => BOILER_NOU.test(s));
}
console.log(sink);
