/** A seat counts on a date (YYYY-MM-DD) when its term covers it; open-ended terms cover every date. */
export function seatServesOn(
  seat: { termStart: string | null; termEnd: string | null },
  date: string,
): boolean {
  return (!seat.termStart || seat.termStart <= date) && (!seat.termEnd || seat.termEnd >= date);
}
