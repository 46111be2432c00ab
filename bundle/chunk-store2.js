export { u as readAllLatest } from "./chunk-store.js";
