/** The analyser's version, written into every record so that stored analyses can be re-run when rules change. */
export const VERSION = '0.1.0';
