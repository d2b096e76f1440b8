/** [start, end) of the clinic's local calendar day containing `now`, as UTC instants. */
export function clinicDay(now: Date, utcOffsetMinutes: number): { from: Date; to: Date } {
  const offsetMs = utcOffsetMinutes * 60_000;
  const local = new Date(now.getTime() + offsetMs);
  const startLocal = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate());
  return { from: new Date(startLocal - offsetMs), to: new Date(startLocal - offsetMs + 86_400_000) };
}
