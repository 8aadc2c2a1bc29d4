/** An event publish input for the tests of the event schema and the bench (no database imports). */

/** What 社区垃圾分类宣传 at 东门社区广场 is and where: a publish input without its sign-up times and slots. */
export const GARBAGE_TALK = {
  title: '社区垃圾分类宣传',
  category: '文明引导',
  description: '在东门社区广场向居民讲解垃圾分类。',
  stationId: 'n-dongmen',
  address: '东门社区广场',
  location: { lat: 26.7325, lng: 110.6402 },
} as const; // the category stays its enum literal, so the fixture spreads into a typed publish input
