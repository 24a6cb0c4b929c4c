/** A setting is missing, malformed or unsafe; the message names the variable and what to do. Processes print it and exit. */
export class ConfigurationError extends Error {}
