/**
 * Every CloudBase collection the project uses, named once. Each must exist before the functions run:
 * CloudBase answers DATABASE_COLLECTION_NOT_EXIST (errCode -502005) to reads, counts, updates and removes
 * on a collection that was never created, and does not create one on a first insert either. In
 * production create them all in the CloudBase console (docs/operations.md lists them); the local
 * CloudBase gets them from the gateway at every start (emulator/seed/collections.ts).
 */
export const COLLECTIONS = {
  users: 'users',
  orgNodes: 'org_nodes',
  teams: 'teams',
  auditLogs: 'audit_logs',
  messages: 'messages',
  settings: 'settings',
  pointsEntries: 'points_entries',
  wishes: 'wishes',
  /** The abuse limits' hit logs (src/server/shared/rate-limit.ts): one document per key, its last hits. */
  rateLimits: 'rate_limits',
  /** When a subscribe message of one kind about one source (a wish) last went to a person: one document each. */
  subscribeSends: 'subscribe_sends',
  /** Rosters of roles the county must never run out of (the center admins): one document per role. */
  rosters: 'rosters',
  /** Villagers registered to sell in the market (善星小集): one document per producer. */
  producers: 'producers',
  /** The market's listings. */
  listings: 'listings',
  /** One image check of one photo (security.mediaCheckAsync), by WeChat's trace_id: what it was for, its verdict. */
  mediaChecks: 'media_checks',
  /** Volunteer events, their slots (with each slot's seat and waitlist counters) inside. */
  events: 'events',
  /** One volunteer's place on one slot of an event: a seat or a place in its waitlist. */
  eventSignups: 'event_signups',
  /** Market orders (善星小集): lines, amounts, payment attempts, the pickup code while open. */
  orders: 'orders',
  /** One buyer's units of one listing with a per-buyer limit (`<userId>:<listingId>`), by order. */
  orderBuyerLimits: 'order_buyer_limits',
  /** Pay and refund notifications that did not match their order, and late payments refunded: for staff. */
  paymentIssues: 'payment_issues',
  /** One seat's attendance (by its sign-up's id): check-in/out, marks; once confirmed, the service record. */
  attendance: 'attendance',
  /** A station's seal image and signatories for 志愿服务证明: one document per station. */
  stationSeals: 'station_seals',
  /** 志愿之星: one document per star per month per scope (its id is the bonus's ledger source). */
  volunteerStars: 'volunteer_stars',
  /** 爱心物资捐赠区: one document per donation registered at a station (what, how much, from whom, what remains). */
  donations: 'donations',
  /** One handover of donated goods to a supported household (never more than the donation's remaining). */
  donationHandovers: 'donation_handovers',
  /** 爱心榜: one counter per month, area (county or 所) and claimer of confirmed wishes (src/server/wish/board.ts). */
  loveBoard: 'love_board',
} as const;

export type CollectionName = (typeof COLLECTIONS)[keyof typeof COLLECTIONS];
