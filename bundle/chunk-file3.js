export { t as EMPTY_TRIAGE, n as readTriage, r as writeTriage } from "./chunk-file4.js";
