/**
 * The pane's performance marks (User Timing): when Office was ready, when the first advice was
 * shown, and when the whole pane was. The pane benchmark (bench/pane.bench.mjs) reads them by
 * these names; the preview page waits for the first advice before it builds its own editor.
 */
export const OFFICE_READY_MARK = "moedeguide:office-ready";
export const FIRST_ADVICE_MARK = "moedeguide:first-advice";
export const DETAILS_SHOWN_MARK = "moedeguide:details-shown";
