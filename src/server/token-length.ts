/** The shortest token accepted: enough that guessing it over the network is hopeless. (No imports: `ops serve --help` shows it.) */
export const MIN_TOKEN_LENGTH = 16;
