/** What the digital-accessibility register gives the report (templates read it as `digital.*`). */
import type { ChannelType } from './schema.js';

/** The channels of one type (website, mobile app, …) and their audits. */
export interface ChannelTypeFigures {
  type: ChannelType;
  /** The type in words, in the report language. */
  label: string;
  channels: number;
  full: number;
  partial: number;
  none: number;
  criteria_total: number;
  criteria_failed: number;
  criteria_met: number;
  /** criteria_met / criteria_total as a fraction 0..1; null when no criterion was audited. */
  share_met: number | null;
  /** share_met in percent, rounded to 0.1 (the chart's bar length); null with share_met. */
  percent_met: number | null;
}

export interface DigitalSection {
  available: true;
  channels_total: number;
  channels_full: number;
  channels_partial: number;
  channels_none: number;
  criteria_total: number;
  criteria_failed: number;
  criteria_met: number;
  /** criteria_met / criteria_total as a fraction 0..1; null when no criterion was audited. */
  share_criteria_met: number | null;
  open_issues_critical: number;
  /** Channels with a published accessibility statement; null when the register has no `statement` values at all. */
  channels_with_statement: number | null;
  /** By channel type, in the order of the type list, types without channels left out. */
  by_type: ChannelTypeFigures[];
  /** Channels whose latest audit is dated before the reporting year. */
  audits_before_year: number;
  /** Channels whose latest audit is dated after the reporting year (their results describe a later state). */
  audits_after_year: number;
  /** The year of the oldest latest audit, or null when there are no channels. */
  oldest_audit_year: number | null;
}
