let started: Date | undefined;

/** The time this process first asked for it. */
function firstReading(): Date {
  return (started ??= new Date());
}

/**
 * The build's "now": `SOURCE_DATE_EPOCH` (seconds since 1970, the reproducible-builds convention) when it is set,
 * so that two builds of the same sources write the same files whenever they run; the current time otherwise.
 * Anything else in the variable is an error, so that a typo cannot silently date the build at 1970 or today.
 * Without the variable, the time is read once per process: every page, card and sitemap of one build agrees on
 * it, even a live story whose coverage ends while the build runs.
 */
export function buildClock(epoch = process.env.SOURCE_DATE_EPOCH, current = firstReading): Date {
  if (epoch === undefined || epoch.trim() === '') return new Date(current().getTime());
  if (!/^\d+$/.test(epoch.trim())) {
    throw new Error(`SOURCE_DATE_EPOCH="${epoch}": expected whole seconds since 1970-01-01 UTC, such as 1795564800.`);
  }
  return new Date(Number(epoch.trim()) * 1000);
}
