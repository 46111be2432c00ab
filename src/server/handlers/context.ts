import type { Settings } from '../../config/settings.js';
import type { FleetStore } from '../fleet-store.js';

/** What the route handlers read: the app's options with their defaults filled in. */
export interface HandlerContext {
  /** Where records are read from. */
  store: FleetStore;
  settings: Settings;
  now: () => Date;
  /** The workspace on this machine; without it there are no excerpts, heal previews, owners, triage or audits. */
  workspaceRoot: string | undefined;
  /** The lake audits and triage decisions read and write. */
  lakeDir: string;
  /** How the workspace and the lake are shown in responses. */
  rootLabel: string;
  lakeLabel: string;
}
