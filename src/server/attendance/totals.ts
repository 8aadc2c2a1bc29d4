import type { StarLevel } from '../../contracts/stars';

/**
 * What confirmed service adds to a user document (users): moved only inside the per-volunteer transaction
 * of a confirmation (./credit.ts), beside the ledger entry, so each sign-up counts once.
 */
export type ServiceTotals = {
  /** Confirmed hours, 0.5 steps. */
  serviceHours?: number;
  /** Service records (confirmed seats with hours > 0). */
  serviceRecords?: number;
  /** The star level the hours reached when last credited (thresholds of the center settings then). */
  serviceStar?: StarLevel;
  /** 志愿者编号, also the record sheet's verification number: set at the first confirmed record. */
  volunteerNo?: string;
};

/** The hours and star a user view shows (absent fields: none yet). */
export const serviceSummary = (u: ServiceTotals): { hours: number; star: StarLevel } => ({
  hours: u.serviceHours ?? 0,
  star: u.serviceStar ?? 0,
});
