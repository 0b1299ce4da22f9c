import { normalizeForExtraction } from "../../src/extract/normalize.js";
console.log(JSON.stringify(normalizeForExtraction("a  b\u00a0c\u202f\u2009d e\u00adf\u200bg \r\n  h\ti\u0306").text));
