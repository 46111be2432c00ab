/** The names of a cockpit.yaml, in the order they are looked for (no imports: cheap to load at start-up). */
export const CONFIG_FILE_NAMES = ['cockpit.yaml', 'cockpit.yml'] as const;
