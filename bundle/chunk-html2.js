export { t as formatHtml } from "./chunk-html.js";
