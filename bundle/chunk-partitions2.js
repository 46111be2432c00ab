export { u as readAllLatest } from "./chunk-partitions.js";
