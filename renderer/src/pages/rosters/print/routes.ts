/** The routes of the roster's print views. */

function route(path: string, params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params))
    if (value !== undefined && value !== '') search.set(key, String(value));
  return `${path}?${search.toString()}`;
}

/** The daily roster: every post of a community ('' = all), or one post. */
export function rosterDayRoute(date: string, community: string, postId?: number): string {
  return route('/print/roster-day', { date, community, postId });
}

/** The week (7 days from `from`) of a community's posts, landscape. */
export function rosterWeekRoute(from: string, community: string): string {
  return route('/print/roster-week', { from, community });
}

/** One person's own schedule. */
export function rosterPersonRoute(cadreId: number, from: string, to: string): string {
  return route('/print/roster-person', { cadreId, from, to });
}
