/** Time for the rule tests: units in milliseconds, and one fixed morning to count from. */
export const SEC = 1000;
export const MIN = 60 * SEC;
export const HOUR = 60 * MIN;
export const DAY = 24 * HOUR;
/** 2026-06-01 09:00 China time (01:00 UTC). */
export const NINE = Date.UTC(2026, 5, 1, 1, 0);
