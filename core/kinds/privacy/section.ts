/** What the privacy register gives the report: the GRI 418-1 figures of a year (templates read them as `privacy.*`). */
/** GRI 418-1 figures for one reporting year (rows whose `date` falls in that year). */
export interface PrivacyYear {
  year: number;
  /** 418-1 a.i: substantiated complaints from customers or third parties. */
  a_i: number;
  /** 418-1 a.ii: substantiated complaints from regulators. */
  a_ii: number;
  /** 418-1 a = a.i + a.ii. */
  a: number;
  /** 418-1 b: identified leaks + thefts + losses of customer data. */
  b: number;
  leaks: number;
  thefts: number;
  losses: number;
  /** Every complaint received in the year, any source, substantiated or not. */
  complaints_received: number;
  /** Complaints that were not substantiated (all sources). */
  complaints_unsubstantiated: number;
  /** Complaints raised internally (never part of 418-1 a). */
  complaints_internal: number;
  /** Sum of `records_affected` over the year's leaks, thefts and losses (rows without it count 0). */
  records_affected: number;
  /** Rows counted in a or b whose `event_date` lies before the year (418-1 compilation requirement). */
  from_previous_periods: number;
  /** Counted rows (a and b) grouped by `cause`, largest first; rows without a cause are under "". */
  by_cause: { cause: string; count: number }[];
}

export interface PrivacySection extends PrivacyYear {
  available: true;
  /** The same figures for the previous year, or null when the register has no rows from it. */
  prev: PrivacyYear | null;
  /** true when a = 0: the 418-1 c statement is rendered instead of the breakdown. */
  none_substantiated: boolean;
}
