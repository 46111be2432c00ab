export { t as applyHealPlan, n as buildHealPlan, r as commitHealBranch, i as limitHealPlan } from "./chunk-heal.js";
