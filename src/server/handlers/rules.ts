import type { OpenAPIHono } from '@hono/zod-openapi';
import { RULES } from '../../rules/index.js';
import { rulesRoute } from '../routes.js';
import { ruleCatalog, ruleFindingCounts, ruleList } from '../rules-catalog.js';
import type { HandlerContext } from './context.js';

/** GET /api/rules: the catalog, built once (it never changes while the server runs), with the fleet's counts now. */
export function registerRuleRoutes(app: OpenAPIHono, context: HandlerContext): void {
  const rules = ruleCatalog(RULES);
  app.openapi(rulesRoute, async (c) => c.json(ruleList(rules, ruleFindingCounts(await context.store.listLatest())), 200));
}
