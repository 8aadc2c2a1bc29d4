/**
 * The order a tick at the top of an hour runs the registered jobs in (what the registry test and the backlog
 * test expect): the every-5-minutes jobs first, then the hourly ones, each group in registry order.
 */
export const TOP_OF_HOUR_JOBS = [
  'marketImageTimeout',
  'eventDrops',
  'orderRelease',
  'wishLapse',
  'wishAutoConfirm',
  'wishExpire',
  'eventReminders',
];
