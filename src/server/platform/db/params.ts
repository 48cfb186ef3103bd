/**
 * The parameters of one statement composed from pieces that several modules write (a post's notifications, jobs
 * and event in one round trip): each piece asks `p(value)` for its placeholder, so no piece needs to know how many
 * parameters came before it. Values still travel as bind parameters, never as SQL text.
 */
export class SqlParams {
  readonly values: unknown[] = [];
  readonly p = (value: unknown): string => {
    this.values.push(value);
    return `$${this.values.length}`;
  };
}
