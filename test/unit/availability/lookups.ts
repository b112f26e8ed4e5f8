/**
 * A colleague's schedule as the Graph client hands it over (a successful ScheduleLookup), for the
 * tests of the common slot search: the window, the busy periods and the working hours.
 */
import type { DateTime } from "luxon";
import type { BusyPeriod, ScheduleLookup, WorkingHours } from "../../../src/availability/types";

/** Monday to Friday, 08:00–16:00 in Copenhagen (Outlook's Windows name for the zone). */
export const WEEKDAYS_8_TO_16: WorkingHours = {
  days: [1, 2, 3, 4, 5],
  start: "08:00",
  end: "16:00",
  zone: { kind: "named", name: "Romance Standard Time" },
};

/** The instant as Graph's client gives it: UTC, ISO. */
export const utc = (time: DateTime): string => time.toUTC().toISO() as string;

/** A schedule read over [start, end) in 15-minute slots. */
export function scheduleLookup(
  email: string,
  window: { start: DateTime; end: DateTime },
  periods: BusyPeriod[],
  workingHours: WorkingHours = WEEKDAYS_8_TO_16,
): ScheduleLookup {
  return {
    email,
    ok: true,
    schedule: {
      email,
      window: { start: utc(window.start), end: utc(window.end), intervalMinutes: 15 },
      availabilityView: "",
      periods,
      workingHours,
    },
  };
}
